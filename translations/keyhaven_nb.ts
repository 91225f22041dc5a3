<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AccountCopyCheck</name>
    <message>
        <source>None of Keyhaven&apos;s accounts leads to %1 any more, so the upload was not checked.</source>
        <translation>Ingen av kontoene i Keyhaven fører lenger til %1, så opplastingen ble ikke kontrollert.</translation>
    </message>
    <message>
        <source>Add the account again (keyhaven-cli account add) and check again.</source>
        <translation>Legg til kontoen på nytt (keyhaven-cli account add), og kontroller igjen.</translation>
    </message>
    <message>
        <source>The password of the account “%1” could not be read: %2</source>
        <translation>Passordet til kontoen «%1» kunne ikke leses: %2</translation>
    </message>
    <message>
        <source>The server of “%1” could not be asked: %2</source>
        <translation>Serveren til «%1» kunne ikke spørres: %2</translation>
    </message>
    <message>
        <source>Check again when the server can be reached.</source>
        <translation>Kontroller igjen når serveren kan nås.</translation>
    </message>
    <message>
        <source>The file is no longer on the server of “%1”: %2.</source>
        <translation>Filen finnes ikke lenger på serveren til «%1»: %2.</translation>
    </message>
    <message>
        <source>Back up %1 to the account again.</source>
        <translation>Sikkerhetskopier %1 til kontoen på nytt.</translation>
    </message>
    <message>
        <source>The server of “%1” refused to show the file (%2).</source>
        <translation>Serveren til «%1» nektet å vise filen (%2).</translation>
    </message>
    <message>
        <source>Check the account&apos;s user name and password (keyhaven-cli account add), then check again.</source>
        <translation>Kontroller brukernavnet og passordet til kontoen (keyhaven-cli account add), og kontroller deretter igjen.</translation>
    </message>
    <message>
        <source>The server of “%1” did not give the file back: %2</source>
        <translation>Serveren til «%1» ga ikke filen tilbake: %2</translation>
    </message>
    <message>
        <source>Check again later; if it stays so, back up the key to the account again.</source>
        <translation>Kontroller igjen senere; hvis det ikke endrer seg, sikkerhetskopier nøkkelen til kontoen på nytt.</translation>
    </message>
    <message>
        <source>read back from the server</source>
        <translation>lest tilbake fra serveren</translation>
    </message>
    <message>
        <source>The Crypt Server of “%1” could not be asked: %2</source>
        <translation>Crypt Server-en til «%1» kunne ikke spørres: %2</translation>
    </message>
    <message>
        <source>The Crypt Server of “%1” did not answer the question: %2</source>
        <translation>Crypt Server-en til «%1» svarte ikke på spørsmålet: %2</translation>
    </message>
    <message>
        <source>Check again later, or ask the server&apos;s administrator.</source>
        <translation>Kontroller igjen senere, eller spør administratoren av serveren.</translation>
    </message>
    <message>
        <source>The Crypt Server of “%1” says it holds no recovery key for %2.</source>
        <translation>Crypt Server-en til «%1» sier at den ikke har noen gjenopprettingsnøkkel for %2.</translation>
    </message>
    <message>
        <source>The Crypt Server of “%1” says it holds a recovery key for %2. A Crypt Server never gives keys back, so whether it is this very key was not checked.</source>
        <translation>Crypt Server-en til «%1» sier at den har en gjenopprettingsnøkkel for %2. En Crypt Server gir aldri nøkler tilbake, så om det er akkurat denne nøkkelen, ble ikke kontrollert.</translation>
    </message>
    <message>
        <source>the server says it holds a recovery key for %1</source>
        <translation>serveren sier at den har en gjenopprettingsnøkkel for %1</translation>
    </message>
    <message>
        <source>the server says it holds a recovery key for %1 (escrowed %2)</source>
        <translation>serveren sier at den har en gjenopprettingsnøkkel for %1 (deponert %2)</translation>
    </message>
</context>
<context>
    <name>AccountRules</name>
    <message>
        <source>“%1” cannot be an account name: use up to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>«%1» kan ikke brukes som kontonavn: bruk opptil 64 bokstaver, sifre, punktum, bindestreker eller understreker, og begynn med en bokstav eller et siffer.</translation>
    </message>
    <message>
        <source>“%1” is not a server address; write it like https://keys.example.org/.</source>
        <translation>«%1» er ikke en serveradresse. Skriv den slik: https://keys.example.org/.</translation>
    </message>
    <message>
        <source>The server address must not have a query (?) or fragment (#).</source>
        <translation>Serveradressen kan ikke ha en spørring (?) eller et fragment (#).</translation>
    </message>
    <message>
        <source>Plain http:// sends the key unprotected over the network; use https:// (http:// is accepted only for this computer itself).</source>
        <translation>Vanlig http:// sender nøkkelen ubeskyttet over nettverket. Bruk https:// (http:// godtas bare for denne datamaskinen selv).</translation>
    </message>
    <message>
        <source>“%1” is not a web address; use https://.</source>
        <translation>«%1» er ikke en nettadresse. Bruk https://.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; give the user name on its own.</source>
        <translation>Ikke ta med brukernavn og passord i adressen; oppgi brukernavnet for seg.</translation>
    </message>
</context>
<context>
    <name>AccountSetup</name>
    <message>
        <source>A WebDAV account needs the user name you sign in to the server with.</source>
        <translation>En WebDAV-konto trenger brukernavnet du logger på serveren med.</translation>
    </message>
    <message>
        <source>A WebDAV account needs its password (or app password).</source>
        <translation>En WebDAV-konto trenger passordet sitt (eller et app-passord).</translation>
    </message>
    <message>
        <source>The account&apos;s password could not be removed from the system keychain: %1</source>
        <translation>Kontoens passord kunne ikke fjernes fra systemets nøkkelring: %1</translation>
    </message>
    <message>
        <source>The account was not saved, and nothing was changed: %1</source>
        <translation>Kontoen ble ikke lagret, og ingenting ble endret: %1</translation>
    </message>
    <message>
        <source>The account was not saved, and nothing was changed: the system keychain did not take its password (%1).</source>
        <translation>Kontoen ble ikke lagret, og ingenting ble endret: systemets nøkkelring tok ikke imot passordet (%1).</translation>
    </message>
    <message>
        <source>The account “%1” was not updated: %2 Its password in the system keychain was already replaced by the new one.</source>
        <translation>Kontoen «%1» ble ikke oppdatert: %2 Passordet i systemets nøkkelring var allerede byttet ut med det nye.</translation>
    </message>
    <message>
        <source>The account was not saved: %1 Its password was taken out of the system keychain again.</source>
        <translation>Kontoen ble ikke lagret: %1 Passordet ble tatt ut av systemets nøkkelring igjen.</translation>
    </message>
    <message>
        <source>The account was not saved: %1 Its password stays in the system keychain (entry %2) and could not be taken out again.</source>
        <translation>Kontoen ble ikke lagret: %1 Passordet ligger fortsatt i systemets nøkkelring (oppføring %2) og kunne ikke tas ut igjen.</translation>
    </message>
    <message>
        <source>The account was not removed, and nothing was changed: %1</source>
        <translation>Kontoen ble ikke fjernet, og ingenting ble endret: %1</translation>
    </message>
    <message>
        <source>The account was not removed: %1</source>
        <translation>Kontoen ble ikke fjernet: %1</translation>
    </message>
</context>
<context>
    <name>BackupTargetFactory</name>
    <message>
        <source>“text:” needs a folder, for example text:/media/me/KEYS.</source>
        <translation>«text:» trenger en mappe, for eksempel text:/media/me/KEYS.</translation>
    </message>
    <message>
        <source>“usb:” needs the folder where the stick is mounted, for example usb:/media/me/STICK. “keyhaven-cli backup --list-drives” lists them.</source>
        <translation>«usb:» trenger mappen der USB-stasjonen er montert, for eksempel usb:/media/me/STICK. «keyhaven-cli backup --list-drives» viser dem.</translation>
    </message>
    <message>
        <source>“sheet:” needs a PDF file to write, for example sheet:/media/me/STICK/key.pdf.</source>
        <translation>«sheet:» trenger en PDF-fil å skrive, for eksempel sheet:/media/me/STICK/key.pdf.</translation>
    </message>
    <message>
        <source>Unknown backup target “%1”. Known targets: %2.</source>
        <translation>Ukjent lagringssted «%1». Kjente lagringssteder: %2.</translation>
    </message>
</context>
<context>
    <name>BackupTest</name>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This copy holds recovery key ID %1 and the key in it is well-formed, but no drive with that key is connected, so Keyhaven could not prove that it opens one.</source>
        <translation>Denne kopien har gjenopprettingsnøkkel-ID %1, og nøkkelen i den er gyldig, men ingen stasjon med den nøkkelen er koblet til, så Keyhaven kunne ikke bevise at den åpner en.</translation>
    </message>
    <message>
        <source>This copy will not open %1: its recovery key ID %2 is no longer one of the drive&apos;s keys (the drive&apos;s recovery key was changed). Back up the drive&apos;s current key, and destroy this copy.</source>
        <translation>Denne kopien åpner ikke %1: gjenopprettingsnøkkel-ID %2 er ikke lenger en av nøklene til stasjonen (gjenopprettingsnøkkelen til stasjonen ble endret). Sikkerhetskopier den gjeldende nøkkelen til stasjonen, og ødelegg denne kopien.</translation>
    </message>
    <message>
        <source>This copy works: Keyhaven proved that its key (recovery key ID %1) opens %2.</source>
        <translation>Denne kopien virker: Keyhaven beviste at nøkkelen i den (gjenopprettingsnøkkel-ID %1) åpner %2.</translation>
    </message>
    <message>
        <source>This copy will not open %1: the key in it (recovery key ID %2) does not unlock the drive. Back up the drive&apos;s current key, and destroy this copy.</source>
        <translation>Denne kopien åpner ikke %1: nøkkelen i den (gjenopprettingsnøkkel-ID %2) låser ikke opp stasjonen. Sikkerhetskopier den gjeldende nøkkelen til stasjonen, og ødelegg denne kopien.</translation>
    </message>
    <message>
        <source>This copy holds recovery key ID %1, but Keyhaven could not try it on %2: %3</source>
        <translation>Denne kopien har gjenopprettingsnøkkel-ID %1, men Keyhaven kunne ikke prøve den på %2: %3</translation>
    </message>
    <message>
        <source>Keyhaven found no recovery key in this copy.</source>
        <translation>Keyhaven fant ingen gjenopprettingsnøkkel i denne kopien.</translation>
    </message>
    <message>
        <source>Keyhaven could not read a recovery key from this copy: %1</source>
        <translation>Keyhaven kunne ikke lese en gjenopprettingsnøkkel fra denne kopien: %1</translation>
    </message>
    <message>
        <source>There is no recovery key file at the top of the USB stick “%1”.</source>
        <translation>Det finnes ingen gjenopprettingsnøkkelfil øverst på USB-stasjonen «%1».</translation>
    </message>
    <message>
        <source>This copy works: it is unchanged, and Keyhaven proved that its key (recovery key ID %1) opens %2.</source>
        <translation>Denne kopien virker: den er uendret, og Keyhaven beviste at nøkkelen i den (gjenopprettingsnøkkel-ID %1) åpner %2.</translation>
    </message>
</context>
<context>
    <name>BekFileReader</name>
    <message numerus="yes">
        <source>The .BEK file is truncated: it has %n byte(s), fewer than its 48-byte header.</source>
        <translation>
            <numerusform>.BEK-filen er avkuttet: den har %n byte, færre enn hodet på 48 byte.</numerusform>
            <numerusform>.BEK-filen er avkuttet: den har %n byte, færre enn hodet på 48 byte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The .BEK file is truncated: its header says %1 bytes, but the file has %2.</source>
        <translation>.BEK-filen er avkuttet: hodet sier %1 byte, men filen har %2.</translation>
    </message>
    <message>
        <source>The .BEK file has %1 bytes, more than the %2 its header says: it is damaged or not a .BEK file.</source>
        <translation>.BEK-filen har %1 byte, mer enn de %2 som hodet sier: den er skadet, eller det er ikke en .BEK-fil.</translation>
    </message>
    <message>
        <source>The .BEK file&apos;s header is damaged: its two size fields disagree.</source>
        <translation>Hodet i .BEK-filen er skadet: de to størrelsesfeltene stemmer ikke overens.</translation>
    </message>
    <message numerus="yes">
        <source>The .BEK file&apos;s key at byte %1 has %n byte(s); an external key has 32.</source>
        <translation>
            <numerusform>Nøkkelen i .BEK-filen ved byte %1 har %n byte; en ekstern nøkkel har 32.</numerusform>
            <numerusform>Nøkkelen i .BEK-filen ved byte %1 har %n byte; en ekstern nøkkel har 32.</numerusform>
        </translation>
    </message>
    <message>
        <source>The .BEK file is damaged: the entry at byte %1 does not fit in the file.</source>
        <translation>.BEK-filen er skadet: oppføringen ved byte %1 får ikke plass i filen.</translation>
    </message>
    <message>
        <source>The .BEK file is damaged: its key entry does not fit in the file.</source>
        <translation>.BEK-filen er skadet: nøkkeloppføringen får ikke plass i filen.</translation>
    </message>
    <message>
        <source>The .BEK file holds no external key: its entry is of type %1, value type %2.</source>
        <translation>.BEK-filen inneholder ingen ekstern nøkkel: oppføringen er av type %1, verditype %2.</translation>
    </message>
    <message>
        <source>The .BEK file holds no key.</source>
        <translation>.BEK-filen inneholder ingen nøkkel.</translation>
    </message>
    <message>
        <source>The .BEK file names two different protector IDs; the one in its header is used.</source>
        <translation>.BEK-filen oppgir to forskjellige beskytter-ID-er. ID-en i hodet brukes.</translation>
    </message>
</context>
<context>
    <name>BitLockerMetadataReader</name>
    <message>
        <source>Only the used space is encrypted (“used space only”): space that was free when encryption started may still hold old, unencrypted data.</source>
        <translation>Bare brukt plass er kryptert («bare brukt diskplass»): plass som var ledig da krypteringen startet, kan fortsatt inneholde gamle, ukrypterte data.</translation>
    </message>
    <message>
        <source>A clear key is stored on the volume (BitLocker protection is suspended): it opens without any key until protection is resumed.</source>
        <translation>En klarnøkkel er lagret på volumet (BitLocker-beskyttelsen er midlertidig stanset): det åpnes uten nøkkel til beskyttelsen gjenopptas.</translation>
    </message>
    <message>
        <source>Encryption or decryption has not finished (BitLocker conversion state %1, next %2).</source>
        <translation>Kryptering eller dekryptering er ikke fullført (BitLocker-konverteringsstatus %1, neste %2).</translation>
    </message>
    <message>
        <source>Metadata copy %1 of 3 was read: the copies before it are damaged.</source>
        <translation>Metadatakopi %1 av 3 ble lest: kopiene før den er skadet.</translation>
    </message>
    <message>
        <source>Part of the BitLocker metadata could not be understood: only what comes before it is shown.</source>
        <translation>En del av BitLocker-metadataene kunne ikke tolkes: bare det som kommer før, vises.</translation>
    </message>
    <message>
        <source>%1 cannot be read here: it must be a file or device open for reading that allows seeking.</source>
        <translation>%1 kan ikke leses her: det må være en fil eller enhet som er åpnet for lesing og tillater søking.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kunne ikke lese %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a BitLocker volume.</source>
        <translation>%1 er ikke et BitLocker-volum.</translation>
    </message>
    <message>
        <source>%1 is a BitLocker volume made by Windows Vista (metadata version 1): that format cannot be read here. Windows 7 or later can upgrade it.</source>
        <translation>%1 er et BitLocker-volum laget av Windows Vista (metadataversjon 1): det formatet kan ikke leses her. Windows 7 eller nyere kan oppgradere det.</translation>
    </message>
    <message>
        <source>Could not read the BitLocker metadata of %1: %2</source>
        <translation>Kunne ikke lese BitLocker-metadataene til %1: %2</translation>
    </message>
    <message>
        <source>%1 ends before its BitLocker metadata: the image or device looks truncated.</source>
        <translation>%1 slutter før BitLocker-metadataene: bildet eller enheten ser ut til å være avkuttet.</translation>
    </message>
    <message>
        <source>%1 has a BitLocker header, but none of its three metadata copies is intact.</source>
        <translation>%1 har et BitLocker-hode, men ingen av de tre metadatakopiene er intakte.</translation>
    </message>
</context>
<context>
    <name>BitLockerUnlock</name>
    <message>
        <source>This startup key belongs to another volume (%1).</source>
        <translation>Denne oppstartsnøkkelen hører til et annet volum (%1).</translation>
    </message>
    <message>
        <source>The volume has no startup-key protector with this key&apos;s ID, so the key belongs to another volume.</source>
        <translation>Volumet har ingen oppstartsnøkkelbeskytter med denne nøkkelens ID, så nøkkelen hører til et annet volum.</translation>
    </message>
    <message>
        <source>The volume has no recovery-key protector, so no recovery key can open it.</source>
        <translation>Volumet har ingen gjenopprettingsnøkkelbeskytter, så ingen gjenopprettingsnøkkel kan åpne det.</translation>
    </message>
    <message>
        <source>The volume has no password protector, so no password can open it.</source>
        <translation>Volumet har ingen passordbeskytter, så ingen passord kan åpne det.</translation>
    </message>
    <message>
        <source>The volume&apos;s metadata holds no encrypted volume key (FVEK), so no key can be proven to open it.</source>
        <translation>Volumets metadata inneholder ingen kryptert volumnøkkel (FVEK), så det kan ikke bevises at noen nøkkel åpner det.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Password or app password for “%1” (not shown): </source>
        <translation>Passord eller app-passord for «%1» (vises ikke): </translation>
    </message>
    <message>
        <source>Say which kind of account with --kind crypt or --kind webdav.</source>
        <translation>Oppgi kontotypen med --kind crypt eller --kind webdav.</translation>
    </message>
    <message>
        <source>Could not read the password from standard input.</source>
        <translation>Kunne ikke lese passordet fra standard inndata.</translation>
    </message>
    <message>
        <source>Give the account&apos;s password (or app password) on standard input.</source>
        <translation>Oppgi kontoens passord (eller app-passord) på standard inndata.</translation>
    </message>
    <message>
        <source>Account “%1” updated.</source>
        <translation>Kontoen «%1» er oppdatert.</translation>
    </message>
    <message>
        <source>Account “%1” added.</source>
        <translation>Kontoen «%1» er lagt til.</translation>
    </message>
    <message>
        <source>Its password is in the system keychain, not in a file.</source>
        <translation>Passordet ligger i systemets nøkkelring, ikke i en fil.</translation>
    </message>
    <message>
        <source>%1  %2  %3  user %4  password %5</source>
        <translation>%1  %2  %3  bruker %4  passord %5</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>i nøkkelringen</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angitt</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>nøkkelringen er ikke tilgjengelig</translation>
    </message>
    <message>
        <source>No accounts. Add one with “keyhaven-cli account add NAME --kind crypt|webdav --url URL --user USER”.</source>
        <translation>Ingen kontoer. Legg til en med «keyhaven-cli account add NAME --kind crypt|webdav --url URL --user USER».</translation>
    </message>
    <message>
        <source>There is no account called “%1”.</source>
        <translation>Det finnes ingen konto som heter «%1».</translation>
    </message>
    <message>
        <source>The upload of key %1 waiting for this account was dropped.</source>
        <translation>Opplastingen av nøkkel %1 som ventet på denne kontoen, ble forkastet.</translation>
    </message>
    <message>
        <source>Account “%1” removed.</source>
        <translation>Kontoen «%1» er fjernet.</translation>
    </message>
    <message>
        <source>Manages the accounts keys can be uploaded to: “add NAME” (the password comes on standard input and goes into the system keychain), “list”, “remove NAME”.</source>
        <translation>Administrerer kontoene som nøkler kan lastes opp til: «add NAME» (passordet kommer på standard inndata og lagres i systemets nøkkelring), «list», «remove NAME».</translation>
    </message>
    <message>
        <source>add, list or remove</source>
        <translation>add, list eller remove</translation>
    </message>
    <message>
        <source>The account&apos;s name, e.g. work.</source>
        <translation>Kontoens navn, for eksempel work.</translation>
    </message>
    <message>
        <source>crypt (a Crypt Server) or webdav (Nextcloud, ownCloud, …).</source>
        <translation>crypt (en Crypt Server) eller webdav (Nextcloud, ownCloud, …).</translation>
    </message>
    <message>
        <source>The server: the Crypt Server&apos;s base address, or the WebDAV root of your files.</source>
        <translation>Serveren: Crypt Server-ens grunnadresse, eller WebDAV-roten for filene dine.</translation>
    </message>
    <message>
        <source>The user name on the server.</source>
        <translation>Brukernavnet på serveren.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in FILE (PEM).</source>
        <translation>Stol også på sertifiseringsinstansene i FILE (PEM).</translation>
    </message>
    <message>
        <source>Identify with the client certificate and private key in FILE (PEM, mutual TLS).</source>
        <translation>Identifiser deg med klientsertifikatet og den private nøkkelen i FILE (PEM, gjensidig TLS).</translation>
    </message>
    <message>
        <source>WebDAV: the folder to upload into (default: Keyhaven).</source>
        <translation>WebDAV: mappen det skal lastes opp til (standard: Keyhaven).</translation>
    </message>
    <message>
        <source>Use “account add NAME --kind crypt|webdav --url URL --user USER”, “account list” or “account remove NAME”.</source>
        <translation>Bruk «account add NAME --kind crypt|webdav --url URL --user USER», «account list» eller «account remove NAME».</translation>
    </message>
    <message>
        <source>“%1” is not a full key ID. Give all 32 hex digits, as in 64311DEA-4587-4029-924A-BA299647998E.</source>
        <translation>«%1» er ikke en fullstendig nøkkel-ID. Oppgi alle de 32 heksadesimale sifrene, som i 64311DEA-4587-4029-924A-BA299647998E.</translation>
    </message>
    <message>
        <source>The key on standard input is not valid: %1</source>
        <translation>Nøkkelen på standard inndata er ikke gyldig: %1</translation>
    </message>
    <message>
        <source>%1 holds no recovery key that could be saved with that ID.</source>
        <translation>%1 inneholder ingen gjenopprettingsnøkkel som kan lagres med den ID-en.</translation>
    </message>
    <message>
        <source>(no ID)</source>
        <translation>(ingen ID)</translation>
    </message>
    <message>
        <source>%1 holds several keys. Choose one with --id:
%2</source>
        <translation>%1 inneholder flere nøkler. Velg én med --id:
%2</translation>
    </message>
    <message>
        <source>The key ID %1 is not one of the protectors of %2: this key does not belong to that volume.</source>
        <translation>Nøkkel-ID-en %1 er ikke en av beskytterne til %2: denne nøkkelen hører ikke til det volumet.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>saved and checked</source>
        <translation>lagret og kontrollert</translation>
    </message>
    <message>
        <source>already saved</source>
        <translation>allerede lagret</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>avvist</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>venter</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislyktes</translation>
    </message>
    <message>
        <source>  checked: %1
</source>
        <translation>  kontrollert: %1
</translation>
    </message>
    <message>
        <source>  note: %1
</source>
        <translation>  merk: %1
</translation>
    </message>
    <message>
        <source>Saves a key to each target and reads every copy back. The key comes on standard input with its ID from --id, or from a key file given with --from. Targets: %1.</source>
        <translation>Lagrer en nøkkel på hvert lagringssted og leser hver kopi tilbake. Nøkkelen kommer på standard inndata med ID-en fra --id, eller fra en nøkkelfil oppgitt med --from. Lagringssteder: %1.</translation>
    </message>
    <message>
        <source>Where to save the key (may be repeated).</source>
        <translation>Hvor nøkkelen skal lagres (kan gjentas).</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>The key&apos;s ID (with a key on standard input), or which key of the --from file to save (8 or more digits).</source>
        <translation>Nøkkelens ID (med en nøkkel på standard inndata), eller hvilken nøkkel i --from-filen som skal lagres (8 eller flere sifre).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Read the key from this key-material file.</source>
        <translation>Les nøkkelen fra denne nøkkelfilen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The volume the key belongs to (checked, and recorded in the ledger so that stale copies can be found).</source>
        <translation>Volumet nøkkelen hører til (kontrolleres og føres i loggen, slik at utdaterte kopier kan finnes).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>The ledger file to record the copies in (default: $KEYHAVEN_LEDGER, else the app&apos;s data folder).</source>
        <translation>Loggfilen kopiene føres i (standard: $KEYHAVEN_LEDGER, ellers appens datamappe).</translation>
    </message>
    <message>
        <source>Eject each USB stick safely once its copy is checked.</source>
        <translation>Løs ut hver USB-stasjon på en trygg måte når kopien på den er kontrollert.</translation>
    </message>
    <message>
        <source>List the removable drives a key can be saved to.</source>
        <translation>Vis de flyttbare stasjonene en nøkkel kan lagres på.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>No removable drive is mounted. Plug in a USB stick and open it once, then try again.</source>
        <translation>Ingen flyttbar stasjon er montert. Sett inn en USB-stasjon og åpne den én gang, og prøv deretter på nytt.</translation>
    </message>
    <message>
        <source>%1  %2  (%3, %4, %5 free, %6)</source>
        <translation>%1  %2  (%3, %4, %5 ledig, %6)</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>ingen etikett</translation>
    </message>
    <message>
        <source>%1 was ejected: you can pull the stick out now.</source>
        <translation>%1 er løst ut: du kan ta ut USB-stasjonen nå.</translation>
    </message>
    <message>
        <source>%1 could not be ejected: %2</source>
        <translation>%1 kunne ikke løses ut: %2</translation>
    </message>
    <message>
        <source>Print one JSON document on standard output.</source>
        <translation>Skriv ut ett JSON-dokument på standard utdata.</translation>
    </message>
    <message>
        <source>Run “keyhaven-cli %1 --help” for how to use it.</source>
        <translation>Kjør «keyhaven-cli %1 --help» for å se hvordan den brukes.</translation>
    </message>
    <message>
        <source>Type the key, then press Enter (it is not shown): </source>
        <translation>Skriv inn nøkkelen, og trykk deretter på Enter (den vises ikke): </translation>
    </message>
    <message>
        <source>Could not read the key from standard input.</source>
        <translation>Kunne ikke lese nøkkelen fra standard inndata.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Kunne ikke åpne %1: %2</translation>
    </message>
    <message>
        <source>The input is far too long to be a key.</source>
        <translation>Inndataene er altfor lange til å være en nøkkel.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 finnes ikke.</translation>
    </message>
    <message>
        <source>(.BEK external key file)</source>
        <translation>(.BEK-fil med ekstern nøkkel)</translation>
    </message>
    <message>
        <source>%1
  Key:  %2
  File: %3</source>
        <translation>%1
  Nøkkel: %2
  Fil:    %3</translation>
    </message>
    <message numerus="yes">
        <source>No key with an ID starting with %1 was found in %n file(s).</source>
        <translation>
            <numerusform>Ingen nøkkel med en ID som begynner med %1, ble funnet i %n fil.</numerusform>
            <numerusform>Ingen nøkkel med en ID som begynner med %1, ble funnet i %n filer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or folder(s) could not be searched (above); the key may be in one of them.</source>
        <translation>
            <numerusform>%n fil eller mappe kunne ikke gjennomsøkes (se over). Nøkkelen kan ligge der.</numerusform>
            <numerusform>%n filer eller mapper kunne ikke gjennomsøkes (se over). Nøkkelen kan ligge i en av dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different keys have an ID starting with %1:</source>
        <translation>
            <numerusform>%n nøkkel har en ID som begynner med %1:</numerusform>
            <numerusform>%n forskjellige nøkler har en ID som begynner med %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Type more digits of the key ID shown on the recovery screen to choose one.</source>
        <translation>Skriv inn flere sifre av nøkkel-ID-en som vises på gjenopprettingsskjermen, for å velge én.</translation>
    </message>
    <message>
        <source>Finds saved keys by their key ID, the digits the recovery screen shows, in files and folders (searched recursively). Give 8 or more digits, or the full ID.</source>
        <translation>Finner lagrede nøkler etter nøkkel-ID-en, sifrene som gjenopprettingsskjermen viser, i filer og mapper (med undermapper). Oppgi 8 eller flere sifre, eller hele ID-en.</translation>
    </message>
    <message>
        <source>The key ID or its first 8 or more digits.</source>
        <translation>Nøkkel-ID-en eller de første 8 eller flere sifrene i den.</translation>
    </message>
    <message>
        <source>Files and folders to search.</source>
        <translation>Filer og mapper som skal gjennomsøkes.</translation>
    </message>
    <message>
        <source>PATH…</source>
        <translation>PATH…</translation>
    </message>
    <message>
        <source>Usage: keyhaven-cli find --id PREFIX PATH…</source>
        <translation>Bruk: keyhaven-cli find --id PREFIX PATH…</translation>
    </message>
    <message>
        <source>BitLocker recovery key (48-digit recovery password)</source>
        <translation>BitLocker-gjenopprettingsnøkkel (gjenopprettingspassord på 48 sifre)</translation>
    </message>
    <message>
        <source>BitLocker external key (.BEK)</source>
        <translation>Ekstern BitLocker-nøkkel (.BEK)</translation>
    </message>
    <message>
        <source>FileVault personal recovery key</source>
        <translation>Personlig FileVault-gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>%1 (first 8 characters: %2)</source>
        <translation>%1 (de første 8 tegnene: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of key material (not shown)</source>
        <translation>
            <numerusform>%n byte nøkkeldata (vises ikke)</numerusform>
            <numerusform>%n byte nøkkeldata (vises ikke)</numerusform>
        </translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Nøkkel:</translation>
    </message>
    <message>
        <source>Volume GUID:</source>
        <translation>Volum-GUID:</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Identifikator:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Enhet:</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volum:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Opprettet:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Kilde:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>The files to read.</source>
        <translation>Filene som skal leses.</translation>
    </message>
    <message>
        <source>FILE…</source>
        <translation>FILE…</translation>
    </message>
    <message>
        <source>inspect needs at least one file to read: keyhaven-cli inspect FILE…</source>
        <translation>inspect trenger minst én fil å lese: keyhaven-cli inspect FILE…</translation>
    </message>
    <message>
        <source>current: the key still unlocks its volume</source>
        <translation>gjeldende: nøkkelen låser fortsatt opp volumet sitt</translation>
    </message>
    <message>
        <source>STALE: the volume no longer has this key; this copy will not unlock it</source>
        <translation>UTDATERT: volumet har ikke lenger denne nøkkelen; denne kopien låser det ikke opp</translation>
    </message>
    <message>
        <source>%1  %2  %3: %4</source>
        <translation>%1  %2  %3: %4</translation>
    </message>
    <message>
        <source>Lists the copies of keys Keyhaven made: which key, where, when. Given the volumes (--volume), marks the copies whose key no longer unlocks their volume as stale.</source>
        <translation>Viser kopiene av nøkler som Keyhaven har laget: hvilken nøkkel, hvor og når. Med volumene (--volume) merkes kopier der nøkkelen ikke lenger låser opp volumet, som utdaterte.</translation>
    </message>
    <message>
        <source>A volume (device or image) to check the copies against; may be repeated.</source>
        <translation>Et volum (enhet eller bilde) kopiene skal kontrolleres mot; kan gjentas.</translation>
    </message>
    <message>
        <source>The ledger file (default: $KEYHAVEN_LEDGER, else the app&apos;s data folder).</source>
        <translation>Loggfilen (standard: $KEYHAVEN_LEDGER, ellers appens datamappe).</translation>
    </message>
    <message>
        <source>Usage: keyhaven-cli ledger [--volume PATH…] [--ledger FILE]</source>
        <translation>Bruk: keyhaven-cli ledger [--volume PATH…] [--ledger FILE]</translation>
    </message>
    <message>
        <source>No copies are recorded in %1 yet.</source>
        <translation>Ingen kopier er ført i %1 ennå.</translation>
    </message>
    <message>
        <source>No uploads are waiting.</source>
        <translation>Ingen opplastinger venter.</translation>
    </message>
    <message numerus="yes">
        <source>%1: key %2 to the account “%3”, tried %n time(s), next try %4. Last problem: %5</source>
        <translation>
            <numerusform>%1: nøkkel %2 til kontoen «%3», prøvd %n gang, neste forsøk %4. Siste problem: %5</numerusform>
            <numerusform>%1: nøkkel %2 til kontoen «%3», prøvd %n ganger, neste forsøk %4. Siste problem: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Key %1 to “%2”: %3</source>
        <translation>Nøkkel %1 til «%2»: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) still waiting.</source>
        <translation>
            <numerusform>%n opplasting venter fortsatt.</numerusform>
            <numerusform>%n opplastinger venter fortsatt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the uploads to accounts that could not finish yet; their keys wait in the system keychain. With --retry, tries them all again now. Exit code 0: nothing left waiting; 3: some still wait.</source>
        <translation>Viser opplastingene til kontoer som ikke er fullført ennå; nøklene deres venter i systemets nøkkelring. Med --retry prøves alle på nytt nå. Avslutningskode 0: ingenting venter; 3: noen venter fortsatt.</translation>
    </message>
    <message>
        <source>Try every waiting upload again now.</source>
        <translation>Prøv alle ventende opplastinger på nytt nå.</translation>
    </message>
    <message>
        <source>“pending” takes no arguments; use --retry to try the uploads again.</source>
        <translation>«pending» tar ingen argumenter. Bruk --retry for å prøve opplastingene på nytt.</translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) to your accounts could not finish yet; their keys wait in the system keychain. Run “keyhaven-cli pending --retry” to try again.</source>
        <translation>
            <numerusform>%n opplasting til kontoene dine er ikke fullført ennå; nøkkelen venter i systemets nøkkelring. Kjør «keyhaven-cli pending --retry» for å prøve på nytt.</numerusform>
            <numerusform>%n opplastinger til kontoene dine er ikke fullført ennå; nøklene venter i systemets nøkkelring. Kjør «keyhaven-cli pending --retry» for å prøve på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Feil: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advarsel: %1</translation>
    </message>
    <message>
        <source>The key is well formed. FileVault keys carry no checksum: only the volume can confirm that it is the right one (keyhaven-cli verify).</source>
        <translation>Nøkkelen er riktig formet. FileVault-nøkler har ingen kontrollsum: bare volumet kan bekrefte at det er riktig nøkkel (keyhaven-cli verify).</translation>
    </message>
    <message>
        <source>The recovery key is valid: all 8 groups pass their check.</source>
        <translation>Gjenopprettingsnøkkelen er gyldig: alle de 8 gruppene består kontrollen.</translation>
    </message>
    <message>
        <source>Checks the recovery key on standard input and prints its canonical form, or which group is wrong.</source>
        <translation>Validerer gjenopprettingsnøkkelen på standard inndata og skriver den ut i standardform, eller viser hvilken gruppe som er feil.</translation>
    </message>
    <message>
        <source>The kind of key: bitlocker, filevault or auto (default).</source>
        <translation>Nøkkeltypen: bitlocker, filevault eller auto (standard).</translation>
    </message>
    <message>
        <source>Read the key from FILE instead of standard input.</source>
        <translation>Les nøkkelen fra FILE i stedet for fra standard inndata.</translation>
    </message>
    <message>
        <source>validate takes the key on standard input, not as an argument: arguments show in the process list.</source>
        <translation>validate tar nøkkelen på standard inndata, ikke som argument: argumenter vises i prosesslisten.</translation>
    </message>
    <message>
        <source>Unknown key type “%1”: use bitlocker, filevault or auto.</source>
        <translation>Ukjent nøkkeltype «%1»: bruk bitlocker, filevault eller auto.</translation>
    </message>
    <message>
        <source>Key ID: %1 (the recovery screen shows %2)</source>
        <translation>Nøkkel-ID: %1 (gjenopprettingsskjermen viser %2)</translation>
    </message>
    <message>
        <source>Checks whether the key on standard input (or in --key-file, e.g. a .BEK file) opens the volume, without mounting it. Exit code 0: it opens the volume; 1: it does not; 3: it cannot be checked here.</source>
        <translation>Kontrollerer om nøkkelen på standard inndata (eller i --key-file, for eksempel en .BEK-fil) åpner volumet, uten å montere det. Avslutningskode 0: den åpner volumet; 1: den gjør ikke det; 3: det kan ikke kontrolleres her.</translation>
    </message>
    <message>
        <source>The volume: a block device or a disk image.</source>
        <translation>Volumet: en blokkenhet eller et diskbilde.</translation>
    </message>
    <message>
        <source>Read the key from FILE (any supported key file, or a file holding just the key).</source>
        <translation>Les nøkkelen fra FILE (en hvilken som helst støttet nøkkelfil, eller en fil som bare inneholder nøkkelen).</translation>
    </message>
    <message>
        <source>Name the volume with --volume PATH; the key comes on standard input or from --key-file.</source>
        <translation>Oppgi volumet med --volume PATH; nøkkelen kommer på standard inndata eller fra --key-file.</translation>
    </message>
    <message>
        <source>recovery password (the 48-digit recovery key)</source>
        <translation>gjenopprettingspassord (gjenopprettingsnøkkelen på 48 sifre)</translation>
    </message>
    <message>
        <source>password</source>
        <translation>passord</translation>
    </message>
    <message>
        <source>startup key (.BEK file)</source>
        <translation>oppstartsnøkkel (.BEK-fil)</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>TPM and PIN</source>
        <translation>TPM og PIN-kode</translation>
    </message>
    <message>
        <source>smart card</source>
        <translation>smartkort</translation>
    </message>
    <message>
        <source>clear key (protection suspended)</source>
        <translation>klarnøkkel (beskyttelsen er stanset)</translation>
    </message>
    <message>
        <source>unknown kind (0x%1)</source>
        <translation>ukjent type (0x%1)</translation>
    </message>
    <message>
        <source>FileVault 2 (CoreStorage)</source>
        <translation>FileVault 2 (CoreStorage)</translation>
    </message>
    <message>
        <source>BitLocker To Go</source>
        <translation>BitLocker To Go</translation>
    </message>
    <message>
        <source>BitLocker</source>
        <translation>BitLocker</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>GUID:</source>
        <translation>GUID:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beskrivelse:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Kryptering:</translation>
    </message>
    <message>
        <source>Protectors:</source>
        <translation>Beskyttere:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Merk:</translation>
    </message>
    <message>
        <source>Lists BitLocker and FileVault 2 volumes with their protectors: the image files or devices given, or else every block device of this computer.</source>
        <translation>Viser BitLocker- og FileVault 2-volumer med beskytterne deres: bildefilene eller enhetene som er oppgitt, ellers alle blokkenhetene på denne datamaskinen.</translation>
    </message>
    <message>
        <source>Image files or devices to look at.</source>
        <translation>Bildefiler eller enheter som skal undersøkes.</translation>
    </message>
    <message>
        <source>No BitLocker or FileVault volume was found.</source>
        <translation>Fant ingen BitLocker- eller FileVault-volumer.</translation>
    </message>
    <message>
        <source>No BitLocker or FileVault volume was found on the devices that could be read.</source>
        <translation>Fant ingen BitLocker- eller FileVault-volumer på enhetene som kunne leses.</translation>
    </message>
    <message>
        <source>check the key on standard input and print its canonical form</source>
        <translation>validerer nøkkelen på standard inndata og skriver den ut i standardform</translation>
    </message>
    <message>
        <source>read key material from files and list the keys found</source>
        <translation>leser nøkkeldata fra filer og viser nøklene som ble funnet</translation>
    </message>
    <message>
        <source>list encrypted volumes and their protectors</source>
        <translation>viser krypterte volumer og beskytterne deres</translation>
    </message>
    <message>
        <source>check whether a key opens a volume, without mounting it</source>
        <translation>kontrollerer om en nøkkel åpner et volum, uten å montere det</translation>
    </message>
    <message>
        <source>save a key to files, USB sticks and more, and read each copy back</source>
        <translation>lagrer en nøkkel i filer, på USB-stasjoner og mer, og leser hver kopi tilbake</translation>
    </message>
    <message>
        <source>find saved keys by key ID in files and folders</source>
        <translation>finner lagrede nøkler etter nøkkel-ID i filer og mapper</translation>
    </message>
    <message>
        <source>list what was saved where, and which copies are stale</source>
        <translation>viser hva som er lagret hvor, og hvilke kopier som er utdaterte</translation>
    </message>
    <message>
        <source>add, list or remove the accounts keys are uploaded to</source>
        <translation>legger til, viser eller fjerner kontoene nøkler lastes opp til</translation>
    </message>
    <message>
        <source>list the uploads still waiting, or retry them (--retry)</source>
        <translation>viser opplastingene som fortsatt venter, eller prøver dem på nytt (--retry)</translation>
    </message>
    <message>
        <source>Usage: keyhaven-cli COMMAND [options]

Keeps a safe, proven copy of a BitLocker or FileVault recovery key.
Keys are read from standard input (or --key-file), never from arguments.

Commands:
</source>
        <translation>Bruk: keyhaven-cli COMMAND [options]

Tar vare på en trygg, kontrollert kopi av en BitLocker- eller FileVault-gjenopprettingsnøkkel.
Nøkler leses fra standard inndata (eller --key-file), aldri fra argumenter.

Kommandoer:
</translation>
    </message>
    <message>
        <source>
Every command takes --lang LANG: the language of its messages, en (English), ja (Japanese) or nb (Norwegian Bokmål); without it, the system&apos;s language.
Run “keyhaven-cli COMMAND --help” for a command&apos;s options.
Exit codes: 0 success, 1 a negative answer, 2 usage error, 3 I/O or environment error.</source>
        <translation>
Alle kommandoer tar --lang LANG: språket for meldingene, en (engelsk), ja (japansk) eller nb (norsk bokmål); uten det brukes systemets språk.
Kjør «keyhaven-cli COMMAND --help» for å se alternativene til en kommando.
Avslutningskoder: 0 vellykket, 1 et negativt svar, 2 bruksfeil, 3 I/U- eller miljøfeil.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Ukjent kommando «%1».</translation>
    </message>
    <message>
        <source>%1  %2 %3: %4</source>
        <translation>%1  %2 %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>All %n copy/copies checked: ok.</source>
        <translation>
            <numerusform>%n kopi er kontrollert: ok.</numerusform>
            <numerusform>Alle %n kopiene er kontrollert: ok.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n copy/copies need attention.</source>
        <translation>
            <numerusform>%1 av %n kopi trenger oppmerksomhet.</numerusform>
            <numerusform>%1 av %n kopier trenger oppmerksomhet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-reads every copy in the ledger: is it still there, the same bytes, the same key and key ID; an upload still on its server; the key still one of its drive&apos;s keys and still opening it, where the drive is at hand. One line per copy: ok, missing, changed, unreadable, stale or cannot-check, and what to do. Exit code 0: all ok; 1: a copy needs attention; 3: the ledger cannot be read.</source>
        <translation>Leser hver kopi i oversikten på nytt: finnes den fortsatt, er det de samme bytene, den samme nøkkelen og nøkkel-ID-en; er en opplasting fortsatt på serveren; er nøkkelen fortsatt en av nøklene til stasjonen og åpner den, når stasjonen er tilgjengelig. Én linje per kopi: ok, missing, changed, unreadable, stale eller cannot-check, og hva du bør gjøre. Avslutningskode 0: alle ok; 1: en kopi trenger oppmerksomhet; 3: oversikten kan ikke leses.</translation>
    </message>
    <message>
        <source>A volume (device or image) to prove the copies against, besides the drives found; may be repeated.</source>
        <translation>Et volum (enhet eller avbildning) å bevise kopiene mot, i tillegg til stasjonene som blir funnet; kan gjentas.</translation>
    </message>
    <message>
        <source>Usage: keyhaven-cli check [--json] [--volume PATH…] [--ledger FILE]</source>
        <translation>Bruk: keyhaven-cli check [--json] [--volume PATH…] [--ledger FILE]</translation>
    </message>
    <message>
        <source>No copies are recorded in %1 yet: there is nothing to check.</source>
        <translation>Ingen kopier er registrert i %1 ennå: det er ingenting å kontrollere.</translation>
    </message>
    <message>
        <source>Reads key material from files and lists the keys found: Windows recovery text files, .BEK files, manage-bde output, PowerShell or Microsoft Graph JSON, fdesetup property lists and FileVault text files, and the QR code of a recovery sheet in a photo or scan (PNG, JPEG) or in the sheet PDF Keyhaven wrote, recognised by their content.</source>
        <translation>Leser nøkkelmateriale fra filer og viser nøklene som blir funnet: Windows-gjenopprettingstekstfiler, .BEK-filer, utdata fra manage-bde, JSON fra PowerShell eller Microsoft Graph, egenskapslister fra fdesetup og FileVault-tekstfiler, og QR-koden på et gjenopprettingsark i et bilde eller en skanning (PNG, JPEG) eller i ark-PDF-en Keyhaven skrev, gjenkjent ut fra innholdet.</translation>
    </message>
    <message>
        <source>re-read every copy in the ledger and say which still work</source>
        <translation>les hver kopi i oversikten på nytt og si hvilke som fortsatt virker</translation>
    </message>
    <message>
        <source>The account was not added, and nothing was changed: %1</source>
        <translation>Kontoen ble ikke lagt til, og ingenting ble endret: %1</translation>
    </message>
    <message>
        <source>Only the accounts that could be read are listed. %1</source>
        <translation>Bare kontoene som kunne leses, vises. %1</translation>
    </message>
    <message>
        <source>Only the waiting uploads that could be read are listed. %1</source>
        <translation>Bare de ventende opplastingene som kunne leses, vises. %1</translation>
    </message>
    <message>
        <source>Read the recovery keys from the --volume itself, as “recover” does (the drive&apos;s password on standard input, or --key-file), and back up each one.</source>
        <translation>Les gjenopprettingsnøklene fra selve --volume, slik «recover» gjør (stasjonens passord på standard inn, eller --key-file), og sikkerhetskopier hver av dem.</translation>
    </message>
    <message>
        <source>With --from-volume: the drive&apos;s startup key (.BEK file).</source>
        <translation>Med --from-volume: stasjonens oppstartsnøkkel (.BEK-fil).</translation>
    </message>
    <message>
        <source>Usage: keyhaven-cli backup --to TARGET… (--id ID &lt; key | --from FILE [--id ID] | --volume PATH --from-volume [--key-file FILE.BEK])</source>
        <translation>Bruk: keyhaven-cli backup --to TARGET… (--id ID &lt; key | --from FILE [--id ID] | --volume PATH --from-volume [--key-file FILE.BEK])</translation>
    </message>
    <message>
        <source>its password (protector %1)</source>
        <translation>stasjonens passord (beskytter %1)</translation>
    </message>
    <message>
        <source>its startup key (protector %1)</source>
        <translation>stasjonens oppstartsnøkkel (beskytter %1)</translation>
    </message>
    <message>
        <source>its clear key (protector %1): BitLocker protection is suspended</source>
        <translation>stasjonens klarnøkkel (beskytter %1): BitLocker-beskyttelsen er midlertidig stanset</translation>
    </message>
    <message>
        <source>a recovery key (protector %1)</source>
        <translation>en gjenopprettingsnøkkel (beskytter %1)</translation>
    </message>
    <message>
        <source>protector %1</source>
        <translation>beskytter %1</translation>
    </message>
    <message>
        <source>Unlocked with %1.</source>
        <translation>Låst opp med %1.</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>Gjenopprettingsnøkkel: %1</translation>
    </message>
    <message>
        <source>Reads the recovery keys of a BitLocker volume back from the drive, with the drive&apos;s password on standard input, its startup key (--key-file FILE.BEK), or nothing at all (empty input) when the drive has a clear key. Only keys proven to open their own protector are printed. Exit code 0: keys read and proven; 1: the secret opens nothing, or there is no recovery key; 3: the volume cannot be read.</source>
        <translation>Leser gjenopprettingsnøklene til et BitLocker-volum tilbake fra stasjonen, med stasjonens passord på standard inn, oppstartsnøkkelen (--key-file FILE.BEK) eller ingenting (tom inndata) når stasjonen har en klarnøkkel. Bare nøkler som er bevist å åpne sin egen beskytter, skrives ut. Avslutningskode 0: nøkler lest og bevist; 1: det som ble gitt, åpner ingenting, eller det finnes ingen gjenopprettingsnøkkel; 3: volumet kan ikke leses.</translation>
    </message>
    <message>
        <source>The drive&apos;s startup key (.BEK file).</source>
        <translation>Stasjonens oppstartsnøkkel (.BEK-fil).</translation>
    </message>
    <message>
        <source>Name the volume with --volume PATH; the password comes on standard input, a startup key from --key-file.</source>
        <translation>Angi volumet med --volume PATH; passordet kommer på standard inn, en oppstartsnøkkel fra --key-file.</translation>
    </message>
    <message>
        <source>%1 holds no startup key (.BEK): give the drive&apos;s password on standard input instead.</source>
        <translation>%1 inneholder ingen oppstartsnøkkel (.BEK): gi heller stasjonens passord på standard inn.</translation>
    </message>
    <message>
        <source>Type the drive&apos;s password, or just press Enter: the drive has a clear key (not shown): </source>
        <translation>Skriv inn stasjonens passord, eller bare trykk Enter: stasjonen har en klarnøkkel (vises ikke): </translation>
    </message>
    <message>
        <source>Type the drive&apos;s password, then press Enter (it is not shown): </source>
        <translation>Skriv inn stasjonens passord og trykk Enter (det vises ikke): </translation>
    </message>
    <message>
        <source>read a drive&apos;s recovery keys back with its password or startup key</source>
        <translation>les en stasjons gjenopprettingsnøkler tilbake med passordet eller oppstartsnøkkelen</translation>
    </message>
    <message>
        <source>%1
This key does not open %2, so it was not saved anywhere.</source>
        <translation>%1
Denne nøkkelen åpner ikke %2, så den ble ikke lagret noe sted.</translation>
    </message>
    <message>
        <source>verified: %1</source>
        <translation>bekreftet: %1</translation>
    </message>
    <message>
        <source>not verified: the key could not be checked against %1, so the copies are saved without that proof. %2</source>
        <translation>ikke bekreftet: nøkkelen kunne ikke kontrolleres mot %1, så kopiene lagres uten det beviset. %2</translation>
    </message>
    <message>
        <source>Run “keyhaven-cli pending --retry” to try again.</source>
        <translation>Kjør «keyhaven-cli pending --retry» for å prøve igjen.</translation>
    </message>
</context>
<context>
    <name>CopyChecker</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the key</source>
        <translation>nøkkelen</translation>
    </message>
    <message>
        <source>key ID %1</source>
        <translation>nøkkel-ID %1</translation>
    </message>
    <message>
        <source>Keyhaven cannot check this kind of copy (“%1”) here.</source>
        <translation>Keyhaven kan ikke kontrollere denne typen kopi («%1») her.</translation>
    </message>
    <message>
        <source>The USB stick “%1” is not plugged in (it was at %2), so the copy on it was not checked.</source>
        <translation>USB-stasjonen «%1» er ikke satt inn (den var på %2), så kopien på den ble ikke kontrollert.</translation>
    </message>
    <message>
        <source>Plug in the stick labelled “%1” and check again.</source>
        <translation>Sett inn USB-stasjonen merket «%1», og kontroller igjen.</translation>
    </message>
    <message>
        <source>The file is gone: %1.</source>
        <translation>Filen er borte: %1.</translation>
    </message>
    <message>
        <source>This copy no longer exists. Back up %1 again to replace it.</source>
        <translation>Denne kopien finnes ikke lenger. Sikkerhetskopier %1 på nytt for å erstatte den.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Filen kan ikke leses: %1.</translation>
    </message>
    <message>
        <source>Check the drive and the file&apos;s permissions; if the drive is failing, back up the key again somewhere else.</source>
        <translation>Kontroller stasjonen og tillatelsene til filen; hvis stasjonen holder på å svikte, sikkerhetskopier nøkkelen på nytt et annet sted.</translation>
    </message>
    <message>
        <source>The file is now far larger than any key file: it is not the copy that was saved.</source>
        <translation>Filen er nå langt større enn noen nøkkelfil: det er ikke kopien som ble lagret.</translation>
    </message>
    <message>
        <source>Back up %1 again: this copy cannot be relied on.</source>
        <translation>Sikkerhetskopier %1 på nytt: denne kopien kan ikke stoles på.</translation>
    </message>
    <message>
        <source>The drive may be failing. Back up the key again somewhere else.</source>
        <translation>Stasjonen kan holde på å svikte. Sikkerhetskopier nøkkelen på nytt et annet sted.</translation>
    </message>
    <message>
        <source>The copy holds the same bytes as when it was saved, but Keyhaven could not read the key in it here: %1</source>
        <translation>Kopien har de samme bytene som da den ble lagret, men Keyhaven kunne ikke lese nøkkelen i den her: %1</translation>
    </message>
    <message>
        <source>the same bytes as when it was saved</source>
        <translation>de samme bytene som da den ble lagret</translation>
    </message>
    <message>
        <source>The copy was changed since it was saved and no longer reads as %1: %2</source>
        <translation>Kopien er endret siden den ble lagret, og leses ikke lenger som %1: %2</translation>
    </message>
    <message>
        <source>This copy will not help on the recovery screen. Back up %1 again, and destroy this copy.</source>
        <translation>Denne kopien hjelper ikke på gjenopprettingsskjermen. Sikkerhetskopier %1 på nytt, og ødelegg denne kopien.</translation>
    </message>
    <message>
        <source>Keyhaven has no record of the bytes it saved here, but the copy still reads as %1.</source>
        <translation>Keyhaven har ingen oversikt over bytene den lagret her, men kopien leses fortsatt som %1.</translation>
    </message>
    <message>
        <source>The copy was changed since it was saved (it is not byte for byte what Keyhaven wrote), but it still reads as %1: the key in it is well-formed.</source>
        <translation>Kopien er endret siden den ble lagret (den er ikke byte for byte det Keyhaven skrev), men den leses fortsatt som %1: nøkkelen i den er gyldig.</translation>
    </message>
    <message>
        <source>It still works. If you did not change it yourself, back up the key again to have a copy you can trust.</source>
        <translation>Den virker fortsatt. Hvis du ikke endret den selv, sikkerhetskopier nøkkelen på nytt for å ha en kopi du kan stole på.</translation>
    </message>
    <message>
        <source>still reads as %1</source>
        <translation>leses fortsatt som %1</translation>
    </message>
    <message>
        <source>There, unchanged, and it still reads as %1.</source>
        <translation>Kopien finnes, er uendret og leses fortsatt som %1.</translation>
    </message>
    <message>
        <source>A printed sheet (sent to %1) cannot be checked from here.</source>
        <translation>Et utskrevet ark (sendt til %1) kan ikke kontrolleres herfra.</translation>
    </message>
    <message>
        <source>Find the sheet and photograph or scan it, then choose “Test a backup” in Keyhaven (or run keyhaven-cli inspect PHOTO).</source>
        <translation>Finn arket og ta bilde av det eller skann det, og velg deretter «Test en sikkerhetskopi» i Keyhaven (eller kjør keyhaven-cli inspect PHOTO).</translation>
    </message>
    <message>
        <source>The drive %1 no longer has %2 among its keys: this copy will not unlock it.</source>
        <translation>Stasjonen %1 har ikke lenger %2 blant nøklene sine: denne kopien låser den ikke opp.</translation>
    </message>
    <message>
        <source>Back up the drive&apos;s current recovery key, then destroy this old copy.</source>
        <translation>Sikkerhetskopier den gjeldende gjenopprettingsnøkkelen til stasjonen, og ødelegg deretter denne gamle kopien.</translation>
    </message>
    <message>
        <source>%1 is still one of the keys of %2</source>
        <translation>%1 er fortsatt en av nøklene til %2</translation>
    </message>
    <message>
        <source>the key opens %1</source>
        <translation>nøkkelen åpner %1</translation>
    </message>
    <message>
        <source>The key in this copy does not open the drive %1.</source>
        <translation>Nøkkelen i denne kopien åpner ikke stasjonen %1.</translation>
    </message>
    <message>
        <source>Back up the drive&apos;s current recovery key, then destroy this copy.</source>
        <translation>Sikkerhetskopier den gjeldende gjenopprettingsnøkkelen til stasjonen, og ødelegg deretter denne kopien.</translation>
    </message>
    <message>
        <source>not tried on %1: %2</source>
        <translation>ikke prøvd på %1: %2</translation>
    </message>
</context>
<context>
    <name>CoreStorageReader</name>
    <message>
        <source>%1 cannot be read here: it must be a file or device open for reading that allows seeking.</source>
        <translation>%1 kan ikke leses her: det må være en fil eller enhet som er åpnet for lesing og tillater søking.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kunne ikke lese %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a CoreStorage (FileVault 2) volume.</source>
        <translation>%1 er ikke et CoreStorage-volum (FileVault 2).</translation>
    </message>
    <message>
        <source>%1 has a CoreStorage header whose checksum does not match: it is damaged.</source>
        <translation>%1 har et CoreStorage-hode med feil kontrollsum: det er skadet.</translation>
    </message>
    <message>
        <source>%1 has a CoreStorage header of a version that cannot be read here.</source>
        <translation>%1 har et CoreStorage-hode i en versjon som ikke kan leses her.</translation>
    </message>
    <message>
        <source>Logical volume group UUID: %1</source>
        <translation>UUID for logisk volumgruppe: %1</translation>
    </message>
</context>
<context>
    <name>FdesetupPlistReader</name>
    <message>
        <source>Entry %1: </source>
        <translation>Oppføring %1: </translation>
    </message>
    <message>
        <source>The property list has no RecoveryKey entry.</source>
        <translation>Egenskapslisten har ingen RecoveryKey-oppføring.</translation>
    </message>
    <message>
        <source>RecoveryKey: %1</source>
        <translation>RecoveryKey: %1</translation>
    </message>
    <message>
        <source>The property list is damaged at line %1: %2</source>
        <translation>Egenskapslisten er skadet på linje %1: %2</translation>
    </message>
</context>
<context>
    <name>FileReaders</name>
    <message>
        <source>only your user account may read the file</source>
        <translation>bare brukerkontoen din kan lese filen</translation>
    </message>
    <message>
        <source>Other user accounts on this computer may be able to read %1: its permissions could not be limited to your account.</source>
        <translation>Andre brukerkontoer på denne datamaskinen kan kanskje lese %1: tillatelsene kunne ikke begrenses til din konto.</translation>
    </message>
    <message>
        <source>Who may read %1 was not checked, because the system did not describe the file or its drive.</source>
        <translation>Hvem som kan lese %1, ble ikke kontrollert, fordi systemet ikke oppga noe om filen eller stasjonen den ligger på.</translation>
    </message>
</context>
<context>
    <name>GraphJsonReader</name>
    <message>
        <source>number %1</source>
        <translation>nummer %1</translation>
    </message>
    <message>
        <source>Recovery key %1 is listed without its digits: ask Microsoft Graph for them with $select=key.</source>
        <translation>Gjenopprettingsnøkkel %1 er oppført uten sifrene: be Microsoft Graph om dem med $select=key.</translation>
    </message>
    <message>
        <source>Recovery key %1: %2</source>
        <translation>Gjenopprettingsnøkkel %1: %2</translation>
    </message>
    <message>
        <source>Recovery key %1 has no valid key ID.</source>
        <translation>Gjenopprettingsnøkkel %1 har ingen gyldig nøkkel-ID.</translation>
    </message>
    <message>
        <source>The Microsoft Graph output lists no recovery keys.</source>
        <translation>Utdataene fra Microsoft Graph inneholder ingen gjenopprettingsnøkler.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>The file looks like JSON but cannot be read: %1 (at position %2).</source>
        <translation>Filen ser ut som JSON, men kan ikke leses: %1 (ved posisjon %2).</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>No recovery key found: the file is JSON but not PowerShell or Microsoft Graph output.</source>
        <translation>Fant ingen gjenopprettingsnøkkel: filen er JSON, men ikke utdata fra PowerShell eller Microsoft Graph.</translation>
    </message>
    <message>
        <source>No recovery key found: the file is XML but not a property list from fdesetup.</source>
        <translation>Fant ingen gjenopprettingsnøkkel: filen er XML, men ikke en egenskapsliste fra fdesetup.</translation>
    </message>
    <message>
        <source>No recovery key found: the file holds neither a BitLocker recovery key (48 digits in 8 groups) nor a FileVault recovery key.</source>
        <translation>Fant ingen gjenopprettingsnøkkel: filen inneholder verken en BitLocker-gjenopprettingsnøkkel (48 sifre i 8 grupper) eller en FileVault-gjenopprettingsnøkkel.</translation>
    </message>
    <message>
        <source>No recovery key found: the file is neither text nor a BitLocker .BEK file.</source>
        <translation>Fant ingen gjenopprettingsnøkkel: filen er verken tekst eller en BitLocker-.BEK-fil.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>The file has %L1 bytes, more than any key file (at most %L2).</source>
        <translation>Filen har %L1 byte, mer enn noen nøkkelfil (høyst %L2).</translation>
    </message>
    <message>
        <source>No recovery key found in the file.</source>
        <translation>Fant ingen gjenopprettingsnøkkel i filen.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Filen finnes ikke.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Dette er en mappe, ikke en fil.</translation>
    </message>
    <message>
        <source>This is not a regular file (it is a device, a pipe or a socket).</source>
        <translation>Dette er ikke en vanlig fil (det er en enhet, et datarør eller en socket).</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>Filen kan ikke åpnes: %1</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Filen kan ikke leses: %1</translation>
    </message>
    <message>
        <source>The file grew to more than any key file while it was read.</source>
        <translation>Filen vokste seg større enn noen nøkkelfil mens den ble lest.</translation>
    </message>
</context>
<context>
    <name>KeyFileDialog</name>
    <message>
        <source>Open a key file</source>
        <translation>Åpne en nøkkelfil</translation>
    </message>
    <message>
        <source>Key files (*.txt *.TXT *.bek *.BEK *.json *.plist *.xml);;All files (*)</source>
        <translation>Nøkkelfiler (*.txt *.TXT *.bek *.BEK *.json *.plist *.xml);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>KeyFinder</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kunne ikke leses: %2</translation>
    </message>
    <message>
        <source>%1 was skipped: at %2 bytes it is far larger than any key file.</source>
        <translation>%1 ble hoppet over: med %2 byte er den altfor stor til å være en nøkkelfil.</translation>
    </message>
    <message>
        <source>%1 is neither a file nor a folder and was skipped.</source>
        <translation>%1 er verken en fil eller en mappe og ble hoppet over.</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation>Mappen %1 kunne ikke åpnes.</translation>
    </message>
</context>
<context>
    <name>KeyIdPrefix</name>
    <message>
        <source>“%1” cannot appear in a key ID: it has only the digits 0–9 and the letters A–F.</source>
        <translation>«%1» kan ikke forekomme i en nøkkel-ID: den har bare sifrene 0–9 og bokstavene A–F.</translation>
    </message>
    <message>
        <source>Enter at least the first 8 characters of the key ID.</source>
        <translation>Skriv inn minst de første 8 tegnene i nøkkel-ID-en.</translation>
    </message>
    <message numerus="yes">
        <source>A key ID has 32 characters, digits 0–9 and letters A–F; this has %n.</source>
        <translation>
            <numerusform>En nøkkel-ID har 32 tegn, sifrene 0–9 og bokstavene A–F; denne har %n.</numerusform>
            <numerusform>En nøkkel-ID har 32 tegn, sifrene 0–9 og bokstavene A–F; denne har %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyVerifier</name>
    <message>
        <source>the recovery key with ID %1</source>
        <translation>gjenopprettingsnøkkelen med ID %1</translation>
    </message>
    <message>
        <source>the password protector %1</source>
        <translation>passordbeskytteren %1</translation>
    </message>
    <message>
        <source>the startup key %1</source>
        <translation>oppstartsnøkkelen %1</translation>
    </message>
    <message>
        <source>This is a FileVault key, and %1 is a BitLocker volume.</source>
        <translation>Dette er en FileVault-nøkkel, og %1 er et BitLocker-volum.</translation>
    </message>
    <message>
        <source>The key opens %1 through %2.</source>
        <translation>Nøkkelen åpner %1 via %2.</translation>
    </message>
    <message>
        <source>This is a BitLocker key, and %1 is a FileVault volume.</source>
        <translation>Dette er en BitLocker-nøkkel, og %1 er et FileVault-volum.</translation>
    </message>
    <message>
        <source>The key opens the FileVault volume %1.</source>
        <translation>Nøkkelen åpner FileVault-volumet %1.</translation>
    </message>
    <message>
        <source>Could not confirm the key: it does not open the first user of the FileVault volume %1. If the volume has several users, macOS itself can still check it (fdesetup validaterecovery).</source>
        <translation>Kunne ikke bekrefte nøkkelen: den åpner ikke den første brukeren på FileVault-volumet %1. Hvis volumet har flere brukere, kan macOS selv fortsatt kontrollere den (fdesetup validaterecovery).</translation>
    </message>
    <message>
        <source>The FileVault volume %1 cannot be checked on this system.</source>
        <translation>FileVault-volumet %1 kan ikke kontrolleres på dette systemet.</translation>
    </message>
    <message>
        <source>The key cannot be checked against the FileVault volume %1: reading it failed (%2). The key was neither confirmed nor refused.</source>
        <translation>Nøkkelen kan ikke kontrolleres mot FileVault-volumet %1: lesingen mislyktes (%2). Nøkkelen ble verken bekreftet eller avvist.</translation>
    </message>
    <message>
        <source>FileVault keys are checked by libcryptsetup, which reads the drive itself, and %1 can be read only with administrator rights: run “sudo keyhaven-cli verify” to check this key.</source>
        <translation>FileVault-nøkler kontrolleres av libcryptsetup, som leser stasjonen selv, og %1 kan bare leses med administratorrettigheter: kjør «sudo keyhaven-cli verify» for å kontrollere denne nøkkelen.</translation>
    </message>
    <message numerus="yes">
        <source>The key does not open %1: the drive has %n key(s) of this kind, and none accepts it.</source>
        <translation>
            <numerusform>Nøkkelen låser ikke opp %1: stasjonen har %n nøkkel av denne typen, og den godtar den ikke.</numerusform>
            <numerusform>Nøkkelen låser ikke opp %1: stasjonen har %n nøkler av denne typen, og ingen av dem godtar den.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain is not available (%1). Keyhaven keeps passwords and waiting keys only there, never in a file.</source>
        <translation>Systemets nøkkelring er ikke tilgjengelig (%1). Keyhaven oppbevarer passord og ventende nøkler bare der, aldri i en fil.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). Keyhaven keeps passwords and waiting keys only there, never in a file.</source>
        <translation>Systemets nøkkelring kunne ikke brukes (%1). Keyhaven oppbevarer passord og ventende nøkler bare der, aldri i en fil.</translation>
    </message>
</context>
<context>
    <name>LanguageOption</name>
    <message>
        <source>The option --lang needs a language: en, ja or nb.</source>
        <translation>Alternativet --lang trenger et språk: en, ja eller nb.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en (English), ja (Japanese) or nb (Norwegian Bokmål).</source>
        <translation>Ukjent språk «%1»: bruk en (engelsk), ja (japansk) eller nb (norsk bokmål).</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>The list of saved copies (%1) could not be read: %2</source>
        <translation>Oversikten over lagrede kopier (%1) kunne ikke leses: %2</translation>
    </message>
    <message>
        <source>The list of saved copies (%1) is damaged and was not changed.</source>
        <translation>Oversikten over lagrede kopier (%1) er skadet og ble ikke endret.</translation>
    </message>
    <message>
        <source>The list of saved copies (%1) could not be updated: %2</source>
        <translation>Oversikten over lagrede kopier (%1) kunne ikke oppdateres: %2</translation>
    </message>
    <message>
        <source>The list of saved copies (%1) was written by a newer version of Keyhaven (format %2); this version reads it but does not change it.</source>
        <translation>Oversikten over lagrede kopier (%1) ble skrevet av en nyere versjon av Keyhaven (format %2). Denne versjonen leser den, men endrer den ikke.</translation>
    </message>
</context>
<context>
    <name>LinuxVolumeSource</name>
    <message>
        <source>Some devices could not be read even with administrator rights: %1. The system does not allow it here (a container, or a security policy such as SELinux or AppArmor).</source>
        <translation>Noen enheter kunne ikke leses selv med administratorrettigheter: %1. Systemet tillater det ikke her (en container, eller en sikkerhetspolicy som SELinux eller AppArmor).</translation>
    </message>
    <message>
        <source>Some devices could not be read for lack of permission: %1. To look at them, run with administrator rights (sudo or pkexec), or add your user to the “disk” group (which lets it read every disk; log in again after adding it).</source>
        <translation>Noen enheter kunne ikke leses fordi tillatelse mangler: %1. For å undersøke dem kan du kjøre med administratorrettigheter (sudo eller pkexec) eller legge brukeren din til i gruppen «disk» (som gir lesetilgang til alle disker; logg på igjen etterpå).</translation>
    </message>
</context>
<context>
    <name>MacVolumeSource</name>
    <message>
        <source>Encryption is in progress (%1 % done).</source>
        <translation>Kryptering pågår (%1 % fullført).</translation>
    </message>
    <message>
        <source>FileVault is being turned off: decryption is in progress (%1 % done).</source>
        <translation>FileVault slås av: dekryptering pågår (%1 % fullført).</translation>
    </message>
    <message>
        <source>Encryption or decryption is paused.</source>
        <translation>Kryptering eller dekryptering er satt på pause.</translation>
    </message>
    <message>
        <source>fdesetup was not found</source>
        <translation>fant ikke fdesetup</translation>
    </message>
    <message>
        <source>fdesetup did not finish</source>
        <translation>fdesetup ble ikke ferdig</translation>
    </message>
    <message>
        <source>that needs administrator rights</source>
        <translation>det krever administratorrettigheter</translation>
    </message>
    <message>
        <source>fdesetup answered with exit code %1</source>
        <translation>fdesetup svarte med avslutningskode %1</translation>
    </message>
    <message>
        <source>Whether a personal recovery key is set could not be checked: %1.</source>
        <translation>Kunne ikke kontrollere om en personlig gjenopprettingsnøkkel er angitt: %1.</translation>
    </message>
    <message>
        <source>A personal recovery key is set. macOS cannot show it again: keep a copy of it, or make a new one.</source>
        <translation>En personlig gjenopprettingsnøkkel er angitt. macOS kan ikke vise den igjen: ta vare på en kopi av den, eller lag en ny.</translation>
    </message>
    <message>
        <source>No personal recovery key is set.</source>
        <translation>Ingen personlig gjenopprettingsnøkkel er angitt.</translation>
    </message>
    <message>
        <source>An institutional recovery key is installed.</source>
        <translation>En institusjonell gjenopprettingsnøkkel er installert.</translation>
    </message>
    <message>
        <source>fdesetup was not found: FileVault can only be read on a Mac.</source>
        <translation>Fant ikke fdesetup: FileVault kan bare leses på en Mac.</translation>
    </message>
    <message>
        <source>fdesetup status did not finish.</source>
        <translation>fdesetup status ble ikke ferdig.</translation>
    </message>
    <message>
        <source>fdesetup status failed (exit code %1): %2</source>
        <translation>fdesetup status mislyktes (avslutningskode %1): %2</translation>
    </message>
    <message>
        <source>fdesetup status printed neither “FileVault is On.” nor “FileVault is Off.”</source>
        <translation>fdesetup status skrev verken «FileVault is On.» eller «FileVault is Off.»</translation>
    </message>
    <message>
        <source>The startup volume&apos;s name and UUID could not be read from diskutil.</source>
        <translation>Navnet og UUID-en til oppstartsvolumet kunne ikke leses fra diskutil.</translation>
    </message>
    <message>
        <source>The key holds characters that cannot be passed to fdesetup.</source>
        <translation>Nøkkelen inneholder tegn som ikke kan sendes til fdesetup.</translation>
    </message>
    <message>
        <source>fdesetup was not found: the key can only be checked on the Mac it belongs to. It was not checked.</source>
        <translation>Fant ikke fdesetup: nøkkelen kan bare kontrolleres på Mac-en den hører til. Den ble ikke kontrollert.</translation>
    </message>
    <message>
        <source>fdesetup did not finish, so the key was not checked.</source>
        <translation>fdesetup ble ikke ferdig, så nøkkelen ble ikke kontrollert.</translation>
    </message>
    <message>
        <source>macOS confirmed that this key unlocks this Mac&apos;s FileVault volume.</source>
        <translation>macOS bekreftet at denne nøkkelen låser opp FileVault-volumet på denne Mac-en.</translation>
    </message>
    <message>
        <source>Checking the key on this Mac needs administrator rights. It was not checked.</source>
        <translation>Det krever administratorrettigheter å kontrollere nøkkelen på denne Mac-en. Den ble ikke kontrollert.</translation>
    </message>
    <message>
        <source>macOS says that this key does not unlock this Mac&apos;s FileVault volume.</source>
        <translation>macOS sier at denne nøkkelen ikke låser opp FileVault-volumet på denne Mac-en.</translation>
    </message>
    <message>
        <source>fdesetup could not check the key (exit code %1): %2</source>
        <translation>fdesetup kunne ikke kontrollere nøkkelen (avslutningskode %1): %2</translation>
    </message>
    <message>
        <source>The user name or password holds a control character that cannot be passed to fdesetup. Nothing was changed.</source>
        <translation>Brukernavnet eller passordet inneholder et kontrolltegn som ikke kan sendes til fdesetup. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>fdesetup was not found: the key can only be changed on a Mac. Nothing was changed.</source>
        <translation>Fant ikke fdesetup: nøkkelen kan bare endres på en Mac. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>fdesetup did not finish, so it is not known whether the personal recovery key was changed. Make a new key before relying on any copy.</source>
        <translation>fdesetup ble ikke ferdig, så det er ukjent om den personlige gjenopprettingsnøkkelen ble endret. Lag en ny nøkkel før du stoler på noen kopi.</translation>
    </message>
    <message>
        <source>The personal recovery key could not be changed. The old key still applies.</source>
        <translation>Den personlige gjenopprettingsnøkkelen kunne ikke endres. Den gamle nøkkelen gjelder fortsatt.</translation>
    </message>
    <message>
        <source>The user name or password was not accepted. The personal recovery key was not changed.</source>
        <translation>Brukernavnet eller passordet ble ikke godtatt. Den personlige gjenopprettingsnøkkelen ble ikke endret.</translation>
    </message>
    <message>
        <source>Changing the personal recovery key needs administrator rights. Nothing was changed.</source>
        <translation>Det krever administratorrettigheter å endre den personlige gjenopprettingsnøkkelen. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>fdesetup could not change the personal recovery key (exit code %1): %2</source>
        <translation>fdesetup kunne ikke endre den personlige gjenopprettingsnøkkelen (avslutningskode %1): %2</translation>
    </message>
    <message>
        <source>fdesetup reported success, but its output holds no new recovery key. The key has probably been changed: make a new one and keep that copy.</source>
        <translation>fdesetup meldte at det lyktes, men utdataene inneholder ingen ny gjenopprettingsnøkkel. Nøkkelen er trolig endret: lag en ny, og ta vare på en kopi av den.</translation>
    </message>
    <message>
        <source>A new personal recovery key was made. The old key no longer unlocks this Mac.</source>
        <translation>En ny personlig gjenopprettingsnøkkel ble laget. Den gamle nøkkelen låser ikke lenger opp denne Mac-en.</translation>
    </message>
</context>
<context>
    <name>MainThreadSecretStore</name>
    <message>
        <source>Keyhaven is closing: the system keychain was not asked.</source>
        <translation>Keyhaven avsluttes: systemets nøkkelring ble ikke spurt.</translation>
    </message>
</context>
<context>
    <name>ManageBdeReader</name>
    <message>
        <source>The manage-bde output lists no recovery password, only protectors without key material (such as a TPM).</source>
        <translation>Utdataene fra manage-bde inneholder ikke noe gjenopprettingspassord, bare beskyttere uten nøkkeldata (for eksempel TPM).</translation>
    </message>
</context>
<context>
    <name>MetadataHelper</name>
    <message>
        <source>The logical volume family UUID is not shown: the helper that read this drive hands back only its header.</source>
        <translation>UUID-en til den logiske volumfamilien vises ikke: hjelpeprogrammet som leste denne stasjonen, gir bare tilbake hodet.</translation>
    </message>
    <message>
        <source>%1 is not a BitLocker or FileVault volume.</source>
        <translation>%1 er ikke et BitLocker- eller FileVault-volum.</translation>
    </message>
    <message>
        <source>%1 has a BitLocker header, but none of its metadata copies is intact.</source>
        <translation>%1 har et BitLocker-hode, men ingen av metadatakopiene er intakte.</translation>
    </message>
    <message>
        <source>%1 is a BitLocker volume made by Windows Vista: that format cannot be read here.</source>
        <translation>%1 er et BitLocker-volum laget av Windows Vista: det formatet kan ikke leses her.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 finnes ikke.</translation>
    </message>
    <message>
        <source>%1 is not a drive: administrator rights are asked for only to read drives.</source>
        <translation>%1 er ikke en stasjon: administratorrettigheter bes bare om for å lese stasjoner.</translation>
    </message>
    <message>
        <source>%1 could not be read even with administrator rights.</source>
        <translation>%1 kunne ikke leses, selv ikke med administratorrettigheter.</translation>
    </message>
    <message>
        <source>The helper that reads drives with administrator rights did not run or did not finish: %1</source>
        <translation>Hjelpeprogrammet som leser stasjoner med administratorrettigheter, startet ikke eller ble ikke ferdig: %1</translation>
    </message>
    <message numerus="yes">
        <source>Administrator rights were not given (the password prompt was closed), so %n drive(s) could not be read.</source>
        <translation>
            <numerusform>Administratorrettigheter ble ikke gitt (passordvinduet ble lukket), så %n stasjon kunne ikke leses.</numerusform>
            <numerusform>Administratorrettigheter ble ikke gitt (passordvinduet ble lukket), så %n stasjoner kunne ikke leses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Administrator rights were refused, or there is no program to ask for them (a polkit authentication agent), so %n drive(s) could not be read.</source>
        <translation>
            <numerusform>Administratorrettigheter ble avslått, eller det finnes ikke noe program som kan be om dem (en polkit-autentiseringsagent), så %n stasjon kunne ikke leses.</numerusform>
            <numerusform>Administratorrettigheter ble avslått, eller det finnes ikke noe program som kan be om dem (en polkit-autentiseringsagent), så %n stasjoner kunne ikke leses.</numerusform>
        </translation>
    </message>
    <message>
        <source>The helper that reads drives with administrator rights failed: %1</source>
        <translation>Hjelpeprogrammet som leser stasjoner med administratorrettigheter, mislyktes: %1</translation>
    </message>
    <message>
        <source>Keyhaven can read the BitLocker or FileVault metadata of %1 with administrator rights: only the metadata that lists the volume and its protectors, not the files on it, and no key. The system will ask for an administrator&apos;s password.</source>
        <translation>Keyhaven kan lese BitLocker- eller FileVault-metadataene på %1 med administratorrettigheter: bare metadataene som beskriver volumet og beskyttelsene, ikke filene på det, og ingen nøkkel. Systemet vil be om passordet til en administrator.</translation>
    </message>
    <message>
        <source>Asking for administrator rights to read the BitLocker or FileVault metadata of %1: only the metadata that lists the volume and its protectors, not the files on it, and no key.</source>
        <translation>Ber om administratorrettigheter for å lese BitLocker- eller FileVault-metadataene på %1: bare metadataene som beskriver volumet og beskyttelsene, ikke filene på det, og ingen nøkkel.</translation>
    </message>
    <message>
        <source>The helper that reads drives with administrator rights gave no answer about %1.</source>
        <translation>Hjelpeprogrammet som leser stasjoner med administratorrettigheter, ga ikke noe svar om %1.</translation>
    </message>
</context>
<context>
    <name>PathVolumeSource</name>
    <message>
        <source>Listing this computer&apos;s volumes is not available on this system yet: give the image files or devices to look at.</source>
        <translation>Å vise volumene på denne datamaskinen er ikke tilgjengelig på dette systemet ennå: oppgi bildefilene eller enhetene som skal undersøkes.</translation>
    </message>
</context>
<context>
    <name>PendingRetry</name>
    <message>
        <source>The account “%1” no longer exists; the key still waits in the system keychain.</source>
        <translation>Kontoen «%1» finnes ikke lenger; nøkkelen venter fortsatt i systemets nøkkelring.</translation>
    </message>
    <message>
        <source>The upload is done, but the ledger could not note it: %1</source>
        <translation>Opplastingen er fullført, men den kunne ikke føres i loggen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not tried this time: the retries took all the %n second(s) they may take together. The key still waits in the system keychain.</source>
        <translation>
            <numerusform>Ikke prøvd denne gangen: de nye forsøkene brukte hele det %n sekundet de kan bruke til sammen. Nøkkelen venter fortsatt i systemets nøkkelring.</numerusform>
            <numerusform>Ikke prøvd denne gangen: de nye forsøkene brukte alle de %n sekundene de kan bruke til sammen. Nøkkelen venter fortsatt i systemets nøkkelring.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingUploads</name>
    <message>
        <source>The waiting key is no longer in the system keychain; back it up again.</source>
        <translation>Den ventende nøkkelen er ikke lenger i systemets nøkkelring; sikkerhetskopier den på nytt.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Innstillingsfilen %1 kunne ikke skrives.</translation>
    </message>
    <message>
        <source>Its copy in the system keychain (pending/%1) could not be removed either: %2</source>
        <translation>Kopien i systemets nøkkelring (pending/%1) kunne heller ikke fjernes: %2</translation>
    </message>
</context>
<context>
    <name>PersonalRecoveryKey</name>
    <message>
        <source>Group %1 contains “%2”, which never appears in a FileVault recovery key. Check that character against your copy.</source>
        <translation>Gruppe %1 inneholder «%2», som aldri forekommer i en FileVault-gjenopprettingsnøkkel. Sjekk det tegnet mot kopien din.</translation>
    </message>
    <message>
        <source>Group %1 contains “%2”, which never appears in a FileVault recovery key. Did you mean “%3”?</source>
        <translation>Gruppe %1 inneholder «%2», som aldri forekommer i en FileVault-gjenopprettingsnøkkel. Mente du «%3»?</translation>
    </message>
    <message>
        <source>No recovery key was entered.</source>
        <translation>Ingen gjenopprettingsnøkkel ble skrevet inn.</translation>
    </message>
    <message>
        <source>“%1” cannot appear in a FileVault recovery key: it has only letters A–Z and digits.</source>
        <translation>«%1» kan ikke forekomme i en FileVault-gjenopprettingsnøkkel: den har bare bokstavene A–Z og sifre.</translation>
    </message>
    <message numerus="yes">
        <source>The key has %n character(s); a FileVault recovery key has 24 in 6 groups of 4.</source>
        <translation>
            <numerusform>Nøkkelen har %n tegn; en FileVault-gjenopprettingsnøkkel har 24 i 6 grupper på 4.</numerusform>
            <numerusform>Nøkkelen har %n tegn; en FileVault-gjenopprettingsnøkkel har 24 i 6 grupper på 4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key has %n group(s); a FileVault recovery key has 6 groups of 4.</source>
        <translation>
            <numerusform>Nøkkelen har %n gruppe; en FileVault-gjenopprettingsnøkkel har 6 grupper på 4.</numerusform>
            <numerusform>Nøkkelen har %n grupper; en FileVault-gjenopprettingsnøkkel har 6 grupper på 4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1 has %n character(s); each group has 4.</source>
        <translation>
            <numerusform>Gruppe %1 har %n tegn; hver gruppe har 4.</numerusform>
            <numerusform>Gruppe %1 har %n tegn; hver gruppe har 4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>Gruppe %1: %2</translation>
    </message>
</context>
<context>
    <name>PowerShellJsonReader</name>
    <message>
        <source>(without an ID)</source>
        <translation>(uten ID)</translation>
    </message>
    <message>
        <source>Protector %1 is a recovery password, but the output does not include its digits.</source>
        <translation>Beskytter %1 er et gjenopprettingspassord, men utdataene inneholder ikke sifrene.</translation>
    </message>
    <message>
        <source>Protector %1: %2</source>
        <translation>Beskytter %1: %2</translation>
    </message>
    <message>
        <source>The PowerShell output names the protectors but leaves out their details: run ConvertTo-Json with -Depth 4.</source>
        <translation>Utdataene fra PowerShell navngir beskytterne, men utelater detaljene: kjør ConvertTo-Json med -Depth 4.</translation>
    </message>
    <message>
        <source>The PowerShell output lists no recovery password, only protectors without key material (such as a TPM).</source>
        <translation>Utdataene fra PowerShell inneholder ikke noe gjenopprettingspassord, bare beskyttere uten nøkkeldata (for eksempel TPM).</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Stasjon</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>[options]</source>
        <translation>[alternativer]</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Viser hjelp for kommandolinjealternativene.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Viser hjelp, også for Qt-spesifikke alternativer.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Viser versjonsinformasjon.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Ukjent alternativ «%1».</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Ukjente alternativer: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Mangler verdi etter «%1».</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Uventet verdi etter «%1».</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Bruk: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Alternativer:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumenter:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Stasjon</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» er skrivebeskyttet.
Vil du slette den likevel?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Er du sikker på at du vil slette «%1»?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Liste over steder og bokmerker</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Fil&amp;navn:</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Filmappe</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ny mappe</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Overordnet mappe</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mappe</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Min datamaskin</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Søk i:</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Opprett en ny mappe</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1-fil</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Filtype:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Finn mappe</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Vis &amp;skjulte filer</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lagre som</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Fant ikke mappen.
Kontroller at mappenavnet er riktig.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidepanel</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listevisning</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Mapper</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Gi nytt navn</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Kunne ikke slette mappen.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 finnes allerede.
Vil du erstatte den?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Fremover</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Gå fremover</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Gå til overordnet mappe</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nylige steder</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Gå tilbake</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Bytt til detaljvisning</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Opprett ny mappe</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Snarvei</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljvisning</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Fant ikke filen.
Kontroller at filnavnet er riktig.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Bytt til listevisning</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; can not be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuations marks.</source>
        <translation>&lt;b&gt;Navnet «%1» kan ikke brukes.&lt;/b&gt;&lt;p&gt;Prøv et annet navn, med færre tegn eller uten skilletegn.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Min datamaskin</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Datamaskin</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Ugyldig filnavn</translation>
    </message>
    <message>
        <source>%1 byte(s)</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Endret</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopier &amp;koblingsadresse</translation>
    </message>
</context>
<context>
    <name>RecoveryFileWriter</name>
    <message>
        <source>The folder %1 disappeared while the key was being saved (was the drive removed?).</source>
        <translation>Mappen %1 forsvant mens nøkkelen ble lagret (ble stasjonen fjernet?).</translation>
    </message>
    <message>
        <source>%1 is no longer a folder.</source>
        <translation>%1 er ikke lenger en mappe.</translation>
    </message>
    <message>
        <source>The drive that holds %1 is read-only (write-protected).</source>
        <translation>Stasjonen som inneholder %1, er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>The drive that holds %1 is full.</source>
        <translation>Stasjonen som inneholder %1, er full.</translation>
    </message>
    <message>
        <source>You may not write to the folder %1.</source>
        <translation>Du har ikke tillatelse til å skrive til mappen %1.</translation>
    </message>
    <message>
        <source>The file could not be written in %1.</source>
        <translation>Filen kunne ikke skrives i %1.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved there; any file that was already there is unchanged. (The system said: %2)</source>
        <translation>%1 Ingenting ble lagret der; filer som allerede lå der, er uendret. (Systemet sa: %2)</translation>
    </message>
    <message>
        <source>%1 already holds %2 other files named like this key&apos;s file; none was changed. Choose another folder.</source>
        <translation>%1 inneholder allerede %2 andre filer med samme navn som denne nøkkelens fil; ingen av dem ble endret. Velg en annen mappe.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Give the folder to save the key in.</source>
        <translation>%1 er en fil, ikke en mappe. Oppgi mappen nøkkelen skal lagres i.</translation>
    </message>
    <message>
        <source>A BitLocker external key (.BEK) has no text form; save the .BEK file itself instead.</source>
        <translation>En ekstern BitLocker-nøkkel (.BEK) har ingen tekstform. Lagre selve .BEK-filen i stedet.</translation>
    </message>
    <message>
        <source>This key was already saved in %1: nothing was written.</source>
        <translation>Denne nøkkelen er allerede lagret i %1: ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>read the file that is there: it holds this key and key ID</source>
        <translation>leste filen som ligger der: den inneholder denne nøkkelen og nøkkel-ID-en</translation>
    </message>
    <message>
        <source>A different file with the same name was already there and was left as it was: %1. The key was saved beside it.</source>
        <translation>En annen fil med samme navn lå der allerede og ble latt være: %1. Nøkkelen ble lagret ved siden av.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Lagret i %1.</translation>
    </message>
    <message>
        <source>This drive&apos;s file system has no file permissions: anyone who has the drive can read the key. Keep the drive somewhere safe.</source>
        <translation>Filsystemet på denne stasjonen har ingen filtillatelser: alle som har stasjonen, kan lese nøkkelen. Oppbevar stasjonen på et trygt sted.</translation>
    </message>
    <message>
        <source>The file %1 read back differently from what was written (the drive may be failing), so it was removed. Nothing was saved.</source>
        <translation>Filen %1 ble lest tilbake annerledes enn den ble skrevet (stasjonen kan være i ferd med å svikte), så den ble fjernet. Ingenting ble lagret.</translation>
    </message>
    <message>
        <source>The file %1 did not read back as this key, so it was removed. Nothing was saved.</source>
        <translation>Filen %1 ble ikke lest tilbake som denne nøkkelen, så den ble fjernet. Ingenting ble lagret.</translation>
    </message>
    <message>
        <source>read back and compared byte for byte</source>
        <translation>lest tilbake og sammenlignet byte for byte</translation>
    </message>
    <message>
        <source>read again as a recovery key file: the same key and key ID</source>
        <translation>lest på nytt som gjenopprettingsnøkkelfil: samme nøkkel og nøkkel-ID</translation>
    </message>
    <message>
        <source>%1 Nothing was saved, and it was left as it is.</source>
        <translation>%1 Ingenting ble lagret, og den ble latt være.</translation>
    </message>
    <message>
        <source>An earlier save was interrupted and had left a temporary copy of a key here; it was removed: %1</source>
        <translation>En tidligere lagring ble avbrutt og hadde etterlatt en midlertidig kopi av en nøkkel her. Den ble fjernet: %1</translation>
    </message>
    <message>
        <source>An earlier save was interrupted and left a temporary copy of a key here that could not be removed. Delete it yourself: %1</source>
        <translation>En tidligere lagring ble avbrutt og etterlot en midlertidig kopi av en nøkkel her som ikke kunne fjernes. Slett den selv: %1</translation>
    </message>
    <message>
        <source>written to a temporary file, then given its name in one step, never over another file</source>
        <translation>skrevet til en midlertidig fil og deretter gitt navnet sitt i ett trinn, aldri over en annen fil</translation>
    </message>
    <message>
        <source>The file %1 was written but could not be read back, so it was removed. Nothing was saved. (%2)</source>
        <translation>Filen %1 ble skrevet, men kunne ikke leses tilbake, så den ble fjernet. Ingenting ble lagret. (%2)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyReader</name>
    <message>
        <source>The recovery key %1 could not be read: its entry in the metadata is damaged.</source>
        <translation>Gjenopprettingsnøkkelen %1 kunne ikke leses: oppføringen i metadataene er skadet.</translation>
    </message>
    <message>
        <source>The recovery key %1 is not stored on the drive in a form that can be read back.</source>
        <translation>Gjenopprettingsnøkkelen %1 er ikke lagret på stasjonen i en form som kan leses tilbake.</translation>
    </message>
    <message>
        <source>The recovery key %1 could not be decrypted: its entry in the metadata is damaged.</source>
        <translation>Gjenopprettingsnøkkelen %1 kunne ikke dekrypteres: oppføringen i metadataene er skadet.</translation>
    </message>
    <message>
        <source>The recovery key read for %1 does not open that protector, so it is not shown: the metadata may be damaged.</source>
        <translation>Gjenopprettingsnøkkelen som ble lest for %1, åpner ikke den beskytteren, så den vises ikke: metadataene kan være skadet.</translation>
    </message>
    <message>
        <source>The recovery key of %1 can only be read on Windows: besides its recovery key, it is protected only by a TPM, a smart card or another protector that opens only there. On that Windows computer, as administrator: manage-bde -protectors -get C: (with the drive&apos;s letter).</source>
        <translation>Gjenopprettingsnøkkelen til %1 kan bare leses i Windows: i tillegg til gjenopprettingsnøkkelen er den bare beskyttet av TPM, smartkort eller en annen beskytter som bare åpnes der. Kjør som administrator på den Windows-datamaskinen: manage-bde -protectors -get C: (med stasjonens bokstav).</translation>
    </message>
    <message>
        <source>%1 has no clear key, so its recovery key cannot be read without a secret: give the drive&apos;s password, or its startup key (.BEK file).</source>
        <translation>%1 har ingen klarnøkkel, så gjenopprettingsnøkkelen kan ikke leses uten noe å låse opp med: gi stasjonens passord eller oppstartsnøkkelen (.BEK-fil).</translation>
    </message>
    <message>
        <source>This startup key does not open %1.</source>
        <translation>Denne oppstartsnøkkelen åpner ikke %1.</translation>
    </message>
    <message>
        <source>This recovery key does not open %1.</source>
        <translation>Denne gjenopprettingsnøkkelen åpner ikke %1.</translation>
    </message>
    <message>
        <source>This password does not open %1.</source>
        <translation>Dette passordet åpner ikke %1.</translation>
    </message>
    <message>
        <source>%1 has no recovery key (no recovery-password protector), so there is none to read or back up. On Windows, add one as administrator with: manage-bde -protectors -add C: -RecoveryPassword (with the drive&apos;s letter), then back up the new key.</source>
        <translation>%1 har ingen gjenopprettingsnøkkel (ingen beskytter med gjenopprettingspassord), så det finnes ingen å lese eller sikkerhetskopiere. Legg til en i Windows som administrator med: manage-bde -protectors -add C: -RecoveryPassword (med stasjonens bokstav), og sikkerhetskopier deretter den nye nøkkelen.</translation>
    </message>
    <message>
        <source>%1 is a FileVault volume: its personal recovery key cannot be read back from the drive. On the Mac, a new one can be made with: sudo fdesetup changerecovery -personal.</source>
        <translation>%1 er et FileVault-volum: den personlige gjenopprettingsnøkkelen kan ikke leses tilbake fra stasjonen. På Macen kan en ny lages med: sudo fdesetup changerecovery -personal.</translation>
    </message>
    <message>
        <source>This is a FileVault key, and %1 is a BitLocker volume.</source>
        <translation>Dette er en FileVault-nøkkel, og %1 er et BitLocker-volum.</translation>
    </message>
    <message>
        <source>%1 opened, but none of its recovery keys could be read back and proven.</source>
        <translation>%1 ble åpnet, men ingen av gjenopprettingsnøklene kunne leses tilbake og bevises.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n recovery key(s) from %1, each proven to open its own protector.</source>
        <translation>
            <numerusform>Leste %n gjenopprettingsnøkkel fra %1, bevist å åpne sin egen beskytter.</numerusform>
            <numerusform>Leste %n gjenopprettingsnøkler fra %1, hver bevist å åpne sin egen beskytter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryPassword</name>
    <message>
        <source>“%1” is not a digit: a recovery key has only digits 0–9.</source>
        <translation>«%1» er ikke et siffer: en gjenopprettingsnøkkel har bare sifrene 0–9.</translation>
    </message>
    <message numerus="yes">
        <source>The key has %n digit(s); a recovery key has 48 digits in 8 groups of 6.</source>
        <translation>
            <numerusform>Nøkkelen har %n siffer; en gjenopprettingsnøkkel har 48 sifre i 8 grupper på 6.</numerusform>
            <numerusform>Nøkkelen har %n sifre; en gjenopprettingsnøkkel har 48 sifre i 8 grupper på 6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1 has %n digit(s); each group has 6.</source>
        <translation>
            <numerusform>Gruppe %1 har %n siffer; hver gruppe har 6.</numerusform>
            <numerusform>Gruppe %1 har %n sifre; hver gruppe har 6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1 is not valid: one of its digits is wrong.</source>
        <translation>Gruppe %1 er ikke gyldig: ett av sifrene er feil.</translation>
    </message>
    <message>
        <source>Group %1 is not valid: it is larger than any group of a recovery key can be.</source>
        <translation>Gruppe %1 er ikke gyldig: den er større enn noen gruppe i en gjenopprettingsnøkkel kan være.</translation>
    </message>
    <message>
        <source>No recovery key was entered.</source>
        <translation>Ingen gjenopprettingsnøkkel ble skrevet inn.</translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>Gruppe %1: %2</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>FileVault recovery key</source>
        <translation>FileVault-gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>BitLocker recovery key</source>
        <translation>BitLocker-gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>This kind of key has no text form, so it cannot be printed.</source>
        <translation>Denne nøkkeltypen har ingen tekstform, så den kan ikke skrives ut.</translation>
    </message>
    <message>
        <source>The QR code on the rendered page could not be read back.</source>
        <translation>QR-koden på den ferdige siden kunne ikke leses tilbake.</translation>
    </message>
    <message>
        <source>The rendered page has more than one QR code.</source>
        <translation>Den ferdige siden har mer enn én QR-kode.</translation>
    </message>
    <message>
        <source>The QR code on the rendered page does not hold exactly this key and key ID.</source>
        <translation>QR-koden på den ferdige siden inneholder ikke nøyaktig denne nøkkelen og nøkkel-ID-en.</translation>
    </message>
    <message>
        <source>FileVault personal recovery key</source>
        <translation>Personlig FileVault-gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>This page unlocks the encrypted drive described below when the computer asks for its recovery key. Keep it private.</source>
        <translation>Denne siden låser opp den krypterte stasjonen som er beskrevet nedenfor, når datamaskinen ber om gjenopprettingsnøkkelen. Ikke vis den til andre.</translation>
    </message>
    <message>
        <source>Personal recovery key</source>
        <translation>Personlig gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>Volume UUID</source>
        <translation>Volum-UUID</translation>
    </message>
    <message>
        <source>Recovery key ID</source>
        <translation>Gjenopprettingsnøkkel-ID</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>The recovery screen shows the first 8 characters of this ID. Check that they match before you type the key.</source>
        <translation>Gjenopprettingsskjermen viser de første 8 tegnene i denne ID-en. Kontroller at de stemmer før du skriver inn nøkkelen.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Stasjon</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifikator</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volum</translation>
    </message>
    <message>
        <source>Key created</source>
        <translation>Nøkkel opprettet</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Skrevet ut</translation>
    </message>
    <message>
        <source>Scan with a phone camera to see the key ID and the key as text.</source>
        <translation>Skann med mobilkameraet for å se nøkkel-ID-en og nøkkelen som tekst.</translation>
    </message>
    <message>
        <source>On the BitLocker recovery screen, compare the recovery key ID it shows with the ID above. If they differ, this is the key of another drive.</source>
        <translation>Sammenlign gjenopprettingsnøkkel-ID-en som BitLocker-gjenopprettingsskjermen viser, med ID-en ovenfor. Hvis de er forskjellige, er dette nøkkelen til en annen stasjon.</translation>
    </message>
    <message>
        <source>Type the 48 digits of the recovery key, group by group. The dashes are added for you.</source>
        <translation>Skriv inn de 48 sifrene i gjenopprettingsnøkkelen, gruppe for gruppe. Bindestrekene settes inn for deg.</translation>
    </message>
    <message>
        <source>Press Enter. The computer starts as usual; afterwards, make a new copy of the key if it asks you to.</source>
        <translation>Trykk på Enter. Datamaskinen starter som vanlig. Lag deretter en ny kopi av nøkkelen hvis du blir bedt om det.</translation>
    </message>
    <message>
        <source>At the Mac&apos;s login window, click the question mark or enter a wrong password a few times, then choose to reset it with your recovery key.</source>
        <translation>Klikk på spørsmålstegnet i påloggingsvinduet på Mac-en, eller skriv inn feil passord noen ganger, og velg deretter å tilbakestille passordet med gjenopprettingsnøkkelen.</translation>
    </message>
    <message>
        <source>Type the 24 characters of the recovery key exactly as printed, with the dashes and in capital letters.</source>
        <translation>Skriv inn de 24 tegnene i gjenopprettingsnøkkelen nøyaktig slik de er skrevet ut, med bindestrekene og med store bokstaver.</translation>
    </message>
    <message>
        <source>Choose a new password. Then check whether the Mac made a new recovery key; if it did, this page no longer works.</source>
        <translation>Velg et nytt passord. Kontroller deretter om Mac-en laget en ny gjenopprettingsnøkkel. I så fall virker ikke denne siden lenger.</translation>
    </message>
    <message>
        <source>How to use this key</source>
        <translation>Slik bruker du denne nøkkelen</translation>
    </message>
    <message>
        <source>Where to keep this page</source>
        <translation>Hvor du bør oppbevare denne siden</translation>
    </message>
    <message>
        <source>Somewhere safe and not with the computer: with your important papers at home, not in the laptop bag. Anyone who has this page and the computer can read the encrypted drive. If the recovery key is ever replaced, print a new page and destroy this one.</source>
        <translation>Et trygt sted, og ikke sammen med datamaskinen: sammen med viktige papirer hjemme, ikke i PC-vesken. Alle som har både denne siden og datamaskinen, kan lese den krypterte stasjonen. Hvis gjenopprettingsnøkkelen noen gang byttes ut, skriver du ut en ny side og makulerer denne.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>For the computer</source>
        <translation>Gjelder datamaskinen</translation>
    </message>
    <message>
        <source>Scan with a phone camera to see the key as text.</source>
        <translation>Skann med mobilkameraet for å se nøkkelen som tekst.</translation>
    </message>
</context>
<context>
    <name>RecoveryTextFileReader</name>
    <message>
        <source>The file has a key ID but no recovery key: no 48 digits in 8 groups of 6 were found.</source>
        <translation>Filen har en nøkkel-ID, men ingen gjenopprettingsnøkkel: fant ingen 48 sifre i 8 grupper på 6.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
</context>
<context>
    <name>RecoveryTextFileWriter</name>
    <message>
        <source>BitLocker recovery key</source>
        <translation>BitLocker-gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>When a computer asks for this recovery key, it shows a key ID. Check that the ID on the screen matches the start of the identifier below before you use this key.</source>
        <translation>Når en datamaskin ber om denne gjenopprettingsnøkkelen, viser den en nøkkel-ID. Kontroller at ID-en på skjermen stemmer med begynnelsen av identifikatoren (Identifier) nedenfor før du bruker denne nøkkelen.</translation>
    </message>
    <message>
        <source>If the two IDs match, type the following 48 digits on the recovery screen to unlock the drive.</source>
        <translation>Hvis de to ID-ene stemmer, skriver du inn de 48 sifrene nedenfor (Recovery Key) på gjenopprettingsskjermen for å låse opp stasjonen.</translation>
    </message>
    <message>
        <source>Type the following 48 digits on the recovery screen to unlock the drive.</source>
        <translation>Skriv inn de 48 sifrene nedenfor (Recovery Key) på gjenopprettingsskjermen for å låse opp stasjonen.</translation>
    </message>
    <message>
        <source>If the ID on the screen is different, this key belongs to another drive: find the copy whose identifier matches.</source>
        <translation>Hvis ID-en på skjermen er en annen, hører denne nøkkelen til en annen stasjon: finn kopien med identifikatoren som stemmer.</translation>
    </message>
    <message>
        <source>Keep this file away from the computer it unlocks, and let no one else read it.</source>
        <translation>Oppbevar denne filen et annet sted enn datamaskinen den låser opp, og ikke la noen andre lese den.</translation>
    </message>
    <message>
        <source>FileVault recovery key</source>
        <translation>FileVault-gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>This is the personal recovery key of a Mac whose disk is encrypted with FileVault. The identifier below tells which Mac or volume it belongs to.</source>
        <translation>Dette er den personlige gjenopprettingsnøkkelen til en Mac med disk kryptert med FileVault. Identifikatoren (Identifier) nedenfor viser hvilken Mac eller hvilket volum den hører til.</translation>
    </message>
    <message>
        <source>When the Mac asks for its recovery key, type the following key exactly as written: capital letters, with the dashes.</source>
        <translation>Når Mac-en ber om gjenopprettingsnøkkelen, skriver du inn nøkkelen nedenfor (Recovery Key) nøyaktig slik den står: med store bokstaver og med bindestrekene.</translation>
    </message>
    <message>
        <source>Keep this file away from the Mac it unlocks, and let no one else read it.</source>
        <translation>Oppbevar denne filen et annet sted enn Mac-en den låser opp, og ikke la noen andre lese den.</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>flushed to the drive (F_FULLFSYNC)</source>
        <translation>tømt til stasjonen (F_FULLFSYNC)</translation>
    </message>
    <message>
        <source>handed to the drive with fsync; this file system refused F_FULLFSYNC, so the drive&apos;s own cache was not flushed</source>
        <translation>overlevert til stasjonen med fsync. Dette filsystemet avviste F_FULLFSYNC, så stasjonens egen hurtigbuffer ble ikke tømt</translation>
    </message>
    <message>
        <source>flushed to the drive (fsync)</source>
        <translation>tømt til stasjonen (fsync)</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not a file; it was not followed.</source>
        <translation>%1 er en symbolsk lenke, ikke en fil. Den ble ikke fulgt.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 kunne ikke åpnes: %2</translation>
    </message>
    <message>
        <source>%1 could not be examined: %2</source>
        <translation>%1 kunne ikke undersøkes: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a pipe or a device); it was not read.</source>
        <translation>%1 er ikke en vanlig fil (det er en mappe, et rør eller en enhet). Den ble ikke lest.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kunne ikke leses: %2</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is.</source>
        <translation>%1 finnes allerede og ble latt være.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a pipe, a device or a link); it was left as it is and nothing was written.</source>
        <translation>%1 er ikke en vanlig fil (det er en mappe, et rør, en enhet eller en lenke). Den ble latt være, og ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>A temporary file could not be created beside %1: %2</source>
        <translation>En midlertidig fil kunne ikke opprettes ved siden av %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunne ikke skrives: %2</translation>
    </message>
    <message>
        <source>%1 could not be flushed to the drive: %2</source>
        <translation>%1 kunne ikke tømmes til stasjonen: %2</translation>
    </message>
    <message>
        <source>Another program created %1 while it was being written; that file was left as it is.</source>
        <translation>Et annet program opprettet %1 mens den ble skrevet. Den filen ble latt være.</translation>
    </message>
    <message>
        <source>%1 could not be given its name: %2</source>
        <translation>%1 kunne ikke få navnet sitt: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>flushed to the drive (FlushFileBuffers)</source>
        <translation>tømt til stasjonen (FlushFileBuffers)</translation>
    </message>
</context>
<context>
    <name>SameVolumeGuard</name>
    <message>
        <source>BitLocker</source>
        <translation>BitLocker</translation>
    </message>
    <message>
        <source>FileVault</source>
        <translation>FileVault</translation>
    </message>
    <message>
        <source>LUKS</source>
        <translation>LUKS</translation>
    </message>
    <message>
        <source>disk encryption</source>
        <translation>diskkryptering</translation>
    </message>
    <message>
        <source>%1 is on the encrypted drive that this key unlocks. On the day the computer asks for the key, that drive is locked, and the copy would be locked inside it. Choose another place, such as a USB stick.</source>
        <translation>%1 ligger på den krypterte stasjonen som denne nøkkelen låser opp. Den dagen datamaskinen ber om nøkkelen, er den stasjonen låst, og kopien ville vært låst inne i den. Velg et annet sted, for eksempel en USB-stasjon.</translation>
    </message>
    <message>
        <source>%1 is on a drive that is itself encrypted (%2). A copy there can only be read after that drive is unlocked, which may not be possible when you need the key. Choose a drive that is not encrypted, such as a USB stick.</source>
        <translation>%1 ligger på en stasjon som selv er kryptert (%2). En kopi der kan bare leses etter at den stasjonen er låst opp, og det er kanskje ikke mulig når du trenger nøkkelen. Velg en stasjon som ikke er kryptert, for eksempel en USB-stasjon.</translation>
    </message>
    <message>
        <source>%1 is on a disk inside this computer. If the computer is lost, stolen or broken, this copy goes with it. Keep another copy away from the computer too: on a USB stick or a printed sheet.</source>
        <translation>%1 ligger på en disk i denne datamaskinen. Hvis datamaskinen blir borte, stjålet eller ødelagt, forsvinner denne kopien også. Oppbevar også en kopi et annet sted enn datamaskinen: på en USB-stasjon eller et utskrevet ark.</translation>
    </message>
    <message>
        <source>Keyhaven could not check whether %1 is on an encrypted drive: %2 Make sure it is not on the drive this key unlocks, or on another encrypted drive.</source>
        <translation>Keyhaven kunne ikke kontrollere om %1 ligger på en kryptert stasjon: %2 Pass på at den ikke ligger på stasjonen denne nøkkelen låser opp, eller på en annen kryptert stasjon.</translation>
    </message>
    <message>
        <source>Keyhaven could not tell which drive %1 is on, so it could not check that the drive is not encrypted, and not inside this computer. Make sure this copy is somewhere you can reach when the computer asks for the key, such as a USB stick or a printed sheet.</source>
        <translation>Keyhaven kunne ikke finne ut hvilken stasjon %1 ligger på, så det kunne ikke kontrollere at stasjonen ikke er kryptert og ikke sitter i denne datamaskinen. Sørg for at denne kopien ligger et sted du kommer til når datamaskinen ber om nøkkelen, for eksempel på en USB-stasjon eller et utskrevet ark.</translation>
    </message>
    <message>
        <source>%1 is on a %2 file system that is not a disk Keyhaven can see (memory, network or a file system in a program), so it could not check that it is not encrypted, and not inside this computer. Make sure this copy is somewhere you can reach when the computer asks for the key.</source>
        <translation>%1 ligger på et %2-filsystem som ikke er en disk Keyhaven kan se (minne, nettverk eller et filsystem i et program), så det kunne ikke kontrollere at det ikke er kryptert og ikke sitter i denne datamaskinen. Sørg for at denne kopien ligger et sted du kommer til når datamaskinen ber om nøkkelen.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
</context>
<context>
    <name>SettingsHealth</name>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Innstillingsfilen %1 kunne ikke skrives.</translation>
    </message>
    <message>
        <source>The settings file %1 did not hold the accounts as written when read back.</source>
        <translation>Da innstillingsfilen %1 ble lest tilbake, inneholdt den ikke kontoene slik de ble skrevet.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged: line %2 is a section header that is not closed.</source>
        <translation>Innstillingsfilen %1 er skadet: linje %2 er en seksjonsoverskrift som ikke er lukket.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged: line %2 is neither a section nor a setting.</source>
        <translation>Innstillingsfilen %1 er skadet: linje %2 er verken en seksjon eller en innstilling.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged: line %2 in [accounts] is not an account&apos;s setting.</source>
        <translation>Innstillingsfilen %1 er skadet: linje %2 i [accounts] er ikke en kontoinnstilling.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged: line %2 in [pending] is not a pending upload&apos;s setting.</source>
        <translation>Innstillingsfilen %1 er skadet: linje %2 i [pending] er ikke en innstilling for en ventende opplasting.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged: line %2 holds an account or a pending upload outside its section.</source>
        <translation>Innstillingsfilen %1 er skadet: linje %2 inneholder en konto eller en ventende opplasting utenfor sin seksjon.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged: Qt could not read it as settings.</source>
        <translation>Innstillingsfilen %1 er skadet: Qt kunne ikke lese den som innstillinger.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged: the account “%2” has no valid kind or URL.</source>
        <translation>Innstillingsfilen %1 er skadet: kontoen «%2» har ingen gyldig type eller URL.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read: %2</source>
        <translation>Innstillingsfilen %1 kan ikke leses: %2</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged: it is far too large.</source>
        <translation>Innstillingsfilen %1 er skadet: den er altfor stor.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged: it holds binary data.</source>
        <translation>Innstillingsfilen %1 er skadet: den inneholder binære data.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged: it is not UTF-8 text.</source>
        <translation>Innstillingsfilen %1 er skadet: den er ikke UTF-8-tekst.</translation>
    </message>
    <message>
        <source>A copy of it could not be kept (%1); Keyhaven did not change it.</source>
        <translation>Det kunne ikke tas en kopi av den (%1); Keyhaven endret den ikke.</translation>
    </message>
    <message>
        <source>Keyhaven did not change it and keeps a copy at %1. Repair the file, or move it aside to start with empty settings; accounts and pending uploads are not written until then.</source>
        <translation>Keyhaven endret den ikke og har tatt en kopi i %1. Reparer filen, eller flytt den bort for å begynne med tomme innstillinger; kontoer og ventende opplastinger skrives ikke før da.</translation>
    </message>
</context>
<context>
    <name>SheetImage</name>
    <message>
        <source>The PDF cannot be opened (it is damaged or protected by a password).</source>
        <translation>PDF-en kan ikke åpnes (den er skadet eller beskyttet med passord).</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>PDF-en har ingen sider.</translation>
    </message>
    <message>
        <source>The PDF&apos;s first page could not be drawn.</source>
        <translation>Den første siden i PDF-en kunne ikke tegnes.</translation>
    </message>
    <message>
        <source>This build of Keyhaven cannot read PDF files (it was built without Poppler). Print the sheet and use a photo or scan of it, or type the key.</source>
        <translation>Denne utgaven av Keyhaven kan ikke lese PDF-filer (den er bygd uten Poppler). Skriv ut arket og bruk et bilde eller en skanning av det, eller skriv inn nøkkelen.</translation>
    </message>
    <message>
        <source>The picture cannot be read: %1</source>
        <translation>Bildet kan ikke leses: %1</translation>
    </message>
    <message>
        <source>The QR code is from a recovery sheet but holds no key.</source>
        <translation>QR-koden er fra et gjenopprettingsark, men har ingen nøkkel.</translation>
    </message>
    <message>
        <source>The QR code is from a recovery sheet, but the key in it is not valid: %1</source>
        <translation>QR-koden er fra et gjenopprettingsark, men nøkkelen i den er ikke gyldig: %1</translation>
    </message>
    <message>
        <source>No QR code was found in the picture. Photograph the whole recovery sheet, flat and in good light, with the QR code sharp; or type the key.</source>
        <translation>Fant ingen QR-kode i bildet. Ta bilde av hele gjenopprettingsarket, flatt og i godt lys, med QR-koden skarp; eller skriv inn nøkkelen.</translation>
    </message>
    <message>
        <source>The picture has a QR code, but not one from a Keyhaven recovery sheet: it holds no recovery key.</source>
        <translation>Bildet har en QR-kode, men ikke en fra et gjenopprettingsark fra Keyhaven: den har ingen gjenopprettingsnøkkel.</translation>
    </message>
</context>
<context>
    <name>SysfsRemovableDrives</name>
    <message>
        <source>“%1” could not be started.</source>
        <translation>«%1» kunne ikke startes.</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>«%1» mislyktes: %2</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>ingen detaljer</translation>
    </message>
    <message>
        <source>No removable drive is mounted at %1.</source>
        <translation>Ingen flyttbar stasjon er montert på %1.</translation>
    </message>
</context>
<context>
    <name>TextScan</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
    <message>
        <source>Line %1: there is no key ID in the file to go with this recovery key.</source>
        <translation>Linje %1: filen har ingen nøkkel-ID som hører til denne gjenopprettingsnøkkelen.</translation>
    </message>
</context>
<context>
    <name>TypedSecret</name>
    <message>
        <source>No key or password was given.</source>
        <translation>Ingen nøkkel eller passord ble oppgitt.</translation>
    </message>
</context>
<context>
    <name>Udisks2Drives</name>
    <message>
        <source>No removable drive is mounted at %1.</source>
        <translation>Ingen flyttbar stasjon er montert på %1.</translation>
    </message>
    <message>
        <source>The drive could not be ejected: %1</source>
        <translation>Stasjonen kunne ikke løses ut: %1</translation>
    </message>
</context>
<context>
    <name>VolumeLabels</name>
    <message>
        <source>FileVault 2</source>
        <translation>FileVault 2</translation>
    </message>
    <message>
        <source>BitLocker To Go</source>
        <translation>BitLocker To Go</translation>
    </message>
    <message>
        <source>BitLocker</source>
        <translation>BitLocker</translation>
    </message>
    <message>
        <source>recovery key (48 digits)</source>
        <translation>gjenopprettingsnøkkel (48 sifre)</translation>
    </message>
    <message>
        <source>password</source>
        <translation>passord</translation>
    </message>
    <message>
        <source>startup key (.BEK file)</source>
        <translation>oppstartsnøkkel (.BEK-fil)</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>TPM and PIN</source>
        <translation>TPM og PIN-kode</translation>
    </message>
    <message>
        <source>smart card</source>
        <translation>smartkort</translation>
    </message>
    <message>
        <source>clear key (protection suspended)</source>
        <translation>klarnøkkel (beskyttelsen er midlertidig stanset)</translation>
    </message>
    <message>
        <source>unknown kind (0x%1)</source>
        <translation>ukjent type (0x%1)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ukjent</translation>
    </message>
</context>
<context>
    <name>VolumeProbe</name>
    <message>
        <source>FileVault&apos;s users and its personal recovery key are kept in encrypted metadata, which is not listed here. A key can still be checked against this volume.</source>
        <translation>FileVault-brukerne og den personlige gjenopprettingsnøkkelen ligger i krypterte metadata, som ikke vises her. En nøkkel kan likevel kontrolleres mot dette volumet.</translation>
    </message>
    <message>
        <source>%1 is a LUKS volume (Linux disk encryption), not BitLocker or FileVault: Keyhaven does not handle LUKS keys.</source>
        <translation>%1 er et LUKS-volum (Linux-diskkryptering), ikke BitLocker eller FileVault: Keyhaven håndterer ikke LUKS-nøkler.</translation>
    </message>
    <message>
        <source>%1 is an APFS container. FileVault on APFS cannot be read on this system: use fdesetup on the Mac itself.</source>
        <translation>%1 er en APFS-container. FileVault på APFS kan ikke leses på dette systemet: bruk fdesetup på selve Mac-en.</translation>
    </message>
    <message>
        <source>%1 holds only zeros at its start: it is not a BitLocker or FileVault volume (an empty or wiped disk?).</source>
        <translation>%1 inneholder bare nuller i starten: det er ikke et BitLocker- eller FileVault-volum (en tom eller slettet disk?).</translation>
    </message>
    <message>
        <source>%1 is a whole disk with a partition table, not a volume: give one of its partitions (such as /dev/sdb1), or give no path to look at every device.</source>
        <translation>%1 er en hel disk med partisjonstabell, ikke et volum: oppgi en av partisjonene (for eksempel /dev/sdb1), eller ikke oppgi noen sti for å undersøke alle enheter.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is far too small to be a BitLocker or FileVault volume: it holds only %n byte(s).</source>
        <translation>
            <numerusform>%1 er altfor lite til å være et BitLocker- eller FileVault-volum: det inneholder bare %n byte.</numerusform>
            <numerusform>%1 er altfor lite til å være et BitLocker- eller FileVault-volum: det inneholder bare %n byte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a BitLocker or FileVault volume: it starts with no signature of either.</source>
        <translation>%1 er ikke et BitLocker- eller FileVault-volum: det begynner ikke med signaturen til noen av dem.</translation>
    </message>
    <message>
        <source>%1 cannot be read even with administrator rights: the system does not allow it here (a container, or a security policy).</source>
        <translation>%1 kan ikke leses selv med administratorrettigheter: systemet tillater det ikke her (en container, eller en sikkerhetspolicy).</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied. Run with administrator rights (sudo or pkexec), or add your user to the “disk” group.</source>
        <translation>%1 kan ikke leses: ingen tilgang. Kjør med administratorrettigheter (sudo eller pkexec), eller legg brukeren din til i gruppen «disk».</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 kan ikke leses: ingen tilgang.</translation>
    </message>
    <message>
        <source>%1 has no medium in it.</source>
        <translation>%1 har ikke noe medium i seg.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Kunne ikke åpne %1: %2</translation>
    </message>
    <message>
        <source>Logical volume family UUID: %1</source>
        <translation>UUID for logisk volumfamilie: %1</translation>
    </message>
    <message>
        <source>The encrypted CoreStorage metadata could not be read: this volume may not use FileVault encryption.</source>
        <translation>De krypterte CoreStorage-metadataene kunne ikke leses: dette volumet bruker kanskje ikke FileVault-kryptering.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 finnes ikke.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give an image file or a device, such as /dev/sdb1.</source>
        <translation>%1 er en mappe. Oppgi en bildefil eller en enhet, for eksempel /dev/sdb1.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kunne ikke lese %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 er tom.</translation>
    </message>
    <message>
        <source>FileVault&apos;s users and its personal recovery key are kept in encrypted metadata, which is not listed here. Keys cannot be checked against FileVault volumes on this system.</source>
        <translation>Brukerne av FileVault og den personlige gjenopprettingsnøkkelen ligger i krypterte metadata, som ikke vises her. Nøkler kan ikke kontrolleres mot FileVault-volumer på dette systemet.</translation>
    </message>
</context>
<context>
    <name>VolumeReader</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Kunne ikke åpne %1: %2</translation>
    </message>
</context>
<context>
    <name>VolumeSource</name>
    <message>
        <source>This system does not hand over the recovery keys of its drives: read them from the drive with its password or startup key.</source>
        <translation>Dette systemet gir ikke fra seg gjenopprettingsnøklene til stasjonene sine: les dem fra stasjonen med passordet eller oppstartsnøkkelen.</translation>
    </message>
</context>
<context>
    <name>WindowsPathLocator</name>
    <message>
        <source>Windows could not tell which drive %1 is on.</source>
        <translation>Windows kunne ikke finne ut hvilken stasjon %1 ligger på.</translation>
    </message>
    <message>
        <source>Windows could not tell what kind of drive %1 is.</source>
        <translation>Windows kunne ikke finne ut hva slags stasjon %1 er.</translation>
    </message>
    <message>
        <source>Get-BitLockerVolume listed no volume at all, not even Windows&apos; own drive.</source>
        <translation>Get-BitLockerVolume viste ikke ett eneste volum, ikke engang stasjonen Windows selv ligger på.</translation>
    </message>
</context>
<context>
    <name>WindowsVolumeSource</name>
    <message>
        <source>TPM and startup key</source>
        <translation>TPM og oppstartsnøkkel</translation>
    </message>
    <message>
        <source>TPM, PIN and startup key</source>
        <translation>TPM, PIN-kode og oppstartsnøkkel</translation>
    </message>
    <message>
        <source>TPM and network unlock</source>
        <translation>TPM og nettverksopplåsing</translation>
    </message>
    <message>
        <source>Active Directory account or group</source>
        <translation>Active Directory-konto eller -gruppe</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>kode %1</translation>
    </message>
    <message>
        <source>Encryption is in progress (%1 % done).</source>
        <translation>Kryptering pågår (%1 % fullført).</translation>
    </message>
    <message>
        <source>BitLocker is being turned off: decryption is in progress (%1 % still encrypted).</source>
        <translation>BitLocker slås av: dekryptering pågår (%1 % er fortsatt kryptert).</translation>
    </message>
    <message>
        <source>Encryption or decryption is paused (%1 % encrypted).</source>
        <translation>Kryptering eller dekryptering er satt på pause (%1 % kryptert).</translation>
    </message>
    <message>
        <source>Protection is off or suspended: until it is turned on or resumed, the volume opens without any key.</source>
        <translation>Beskyttelsen er av eller midlertidig stanset: til den slås på eller gjenopptas, åpnes volumet uten nøkkel.</translation>
    </message>
    <message>
        <source>The volume is locked.</source>
        <translation>Volumet er låst.</translation>
    </message>
    <message>
        <source>Windows showed a recovery password for protector %1 that is not well formed; it was not kept.</source>
        <translation>Windows viste et gjenopprettingspassord for beskytter %1 som ikke er riktig formet; det ble ikke tatt vare på.</translation>
    </message>
    <message>
        <source>A protector without a readable ID was left out.</source>
        <translation>En beskytter uten lesbar ID ble utelatt.</translation>
    </message>
    <message>
        <source>Protector %1 (%2) is listed as “unknown”.</source>
        <translation>Beskytter %1 (%2) er oppført som «ukjent».</translation>
    </message>
    <message>
        <source>Windows listed no protectors for this volume.</source>
        <translation>Windows oppga ingen beskyttere for dette volumet.</translation>
    </message>
    <message>
        <source>The output of Get-BitLockerVolume is not the JSON it should be (%1 at offset %2).</source>
        <translation>Utdataene fra Get-BitLockerVolume er ikke den JSON-en de skulle være (%1 ved forskyvning %2).</translation>
    </message>
    <message>
        <source>Windows PowerShell was not found, so BitLocker volumes cannot be listed.</source>
        <translation>Fant ikke Windows PowerShell, så BitLocker-volumer kan ikke vises.</translation>
    </message>
    <message numerus="yes">
        <source>PowerShell did not answer within %n second(s).</source>
        <translation>
            <numerusform>PowerShell svarte ikke innen %n sekund.</numerusform>
            <numerusform>PowerShell svarte ikke innen %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>PowerShell stopped unexpectedly.</source>
        <translation>PowerShell stoppet uventet.</translation>
    </message>
    <message>
        <source>Windows allows only administrators to read BitLocker volumes. Run Keyhaven as administrator (right-click, “Run as administrator”) and try again.</source>
        <translation>Windows lar bare administratorer lese BitLocker-volumer. Kjør Keyhaven som administrator (høyreklikk, «Kjør som administrator»), og prøv på nytt.</translation>
    </message>
    <message>
        <source>PowerShell has no Get-BitLockerVolume command on this computer: BitLocker&apos;s PowerShell module is not installed.</source>
        <translation>PowerShell har ingen Get-BitLockerVolume-kommando på denne datamaskinen: PowerShell-modulen for BitLocker er ikke installert.</translation>
    </message>
    <message>
        <source>PowerShell could not list the BitLocker volumes (exit code %1): %2</source>
        <translation>PowerShell kunne ikke vise BitLocker-volumene (avslutningskode %1): %2</translation>
    </message>
    <message>
        <source>Windows did not show the recovery key of %1: it shows it only to administrators, and only while the drive is unlocked.</source>
        <translation>Windows viste ikke gjenopprettingsnøkkelen til %1: den vises bare for administratorer, og bare mens stasjonen er låst opp.</translation>
    </message>
    <message numerus="yes">
        <source>Windows handed over %n recovery key(s) of %1 (Get-BitLockerVolume, as administrator). They were not also checked against the drive here, so they are not verified.</source>
        <translation>
            <numerusform>Windows ga fra seg %n gjenopprettingsnøkkel for %1 (Get-BitLockerVolume, som administrator). Den ble ikke i tillegg kontrollert mot stasjonen her, så den er ikke bekreftet.</numerusform>
            <numerusform>Windows ga fra seg %n gjenopprettingsnøkler for %1 (Get-BitLockerVolume, som administrator). De ble ikke i tillegg kontrollert mot stasjonen her, så de er ikke bekreftet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WizardCommandLine</name>
    <message>
        <source>Usage: keyhaven [--lang LANG]

Opens the Keyhaven wizard: back up a BitLocker or FileVault recovery key (to an account, a USB flash drive, a text file or a printed recovery sheet, reading every copy back), or find a saved key by its key ID.

Options:
  --lang LANG  the language: en (English), ja (Japanese) or nb (Norwegian Bokmål); without it, the language chosen on the first page last time, else the system&apos;s
  --version    print the version and exit
  --help       print this help and exit

The command-line tool for scripts is keyhaven-cli.</source>
        <translation>Bruk: keyhaven [--lang LANG]

Åpner Keyhaven-veiviseren: sikkerhetskopier en BitLocker- eller FileVault-gjenopprettingsnøkkel (til en konto, en USB-flash-enhet, en tekstfil eller et utskrevet gjenopprettingsark, og hver kopi leses tilbake), eller finn en lagret nøkkel ut fra gjenopprettingsnøkkel-ID-en.

Alternativer:
  --lang LANG  språket: en (engelsk), ja (japansk) eller nb (norsk bokmål); uten det språket som ble valgt på første side sist, ellers systemets
  --version    skriv ut versjonen og avslutt
  --help       skriv ut denne hjelpen og avslutt

Kommandolinjeverktøyet for skript er keyhaven-cli.</translation>
    </message>
</context>
<context>
    <name>keyhaven::AccountPage</name>
    <message>
        <source>Save to your account</source>
        <translation>Lagre i kontoen</translation>
    </message>
    <message>
        <source>Choose the account to upload the key to. Its password is read from the system keychain.</source>
        <translation>Velg kontoen nøkkelen skal lastes opp til. Passordet til kontoen leses fra systemets nøkkelring.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Keyhaven says the key is saved only once the server confirmed it. When the server cannot be reached, the key waits in the system keychain (never in a file) and Keyhaven tries again later.</source>
        <translation>Keyhaven melder at nøkkelen er lagret først når serveren har bekreftet det. Hvis serveren ikke kan nås, venter nøkkelen i systemets nøkkelring (aldri i en fil), og Keyhaven prøver på nytt senere.</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Bruker: %1</translation>
    </message>
    <message>
        <source>A&amp;dd an account…</source>
        <translation>&amp;Legg til en konto…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Endre…</translation>
    </message>
    <message>
        <source>Change the account</source>
        <translation>Endre kontoen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Remove the account</source>
        <translation>Fjern kontoen</translation>
    </message>
    <message>
        <source>Yes, remove it</source>
        <translation>Ja, fjern den</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behold den</translation>
    </message>
    <message>
        <source>No account is set up yet. Add one: it takes the server&apos;s address, your user name and password.</source>
        <translation>Ingen konto er satt opp ennå. Legg til en: du trenger serverens adresse, brukernavnet ditt og passordet.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s key server (Crypt Server) at %1. The key is stored there for this computer, where your administrator can find it.</source>
        <translation>Organisasjonens nøkkelserver (Crypt Server) på %1. Nøkkelen lagres der for denne datamaskinen, der administratoren din finner den.</translation>
    </message>
    <message>
        <source>Cloud storage (WebDAV) at %1. The key is saved as a text file in the folder “%2”; a sheet saved as a PDF in this backup goes beside it.</source>
        <translation>Skylagring (WebDAV) på %1. Nøkkelen lagres som en tekstfil i mappen «%2»; et ark som lagres som PDF i denne sikkerhetskopien, legges ved siden av.</translation>
    </message>
    <message>
        <source>Set up the account on your server. The password goes into the system keychain, never into a file.</source>
        <translation>Sett opp kontoen på serveren din. Passordet lagres i systemets nøkkelring, aldri i en fil.</translation>
    </message>
    <message>
        <source>Change the account. The password goes into the system keychain, never into a file.</source>
        <translation>Endre kontoen. Passordet lagres i systemets nøkkelring, aldri i en fil.</translation>
    </message>
    <message>
        <source>Remove the account “%1” from Keyhaven? Its password is deleted from the system keychain. Keys already on the server stay there.</source>
        <translation>Vil du fjerne kontoen «%1» fra Keyhaven? Passordet slettes fra systemets nøkkelring. Nøkler som allerede ligger på serveren, blir liggende der.</translation>
    </message>
    <message>
        <source>The account “%1” was removed.</source>
        <translation>Kontoen «%1» ble fjernet.</translation>
    </message>
    <message>
        <source>The upload of key %1 that was waiting for this account was dropped.</source>
        <translation>Opplastingen av nøkkel %1 som ventet på denne kontoen, ble droppet.</translation>
    </message>
    <message>
        <source>No account was dropped: Keyhaven has not changed the file. Only the accounts it could read are offered here; accounts cannot be added, changed or removed until the file is repaired or moved aside.</source>
        <translation>Ingen konto ble fjernet: Keyhaven har ikke endret filen. Bare kontoene som kunne leses, vises her. Kontoer kan ikke legges til, endres eller fjernes før filen er reparert eller flyttet bort.</translation>
    </message>
    <message>
        <source>No copy of the damaged file could be kept beside it. The file itself is unchanged at %1.</source>
        <translation>Det var ikke mulig å ta vare på en kopi av den skadede filen ved siden av den. Selve filen ligger uendret i %1.</translation>
    </message>
    <message>
        <source>A copy of the damaged file is kept at %1.</source>
        <translation>En kopi av den skadede filen er tatt vare på i %1.</translation>
    </message>
    <message>
        <source>No account was dropped: Keyhaven has not changed the file. Only the accounts it could read are offered here; accounts cannot be added, changed or removed until the file can be read.</source>
        <translation>Ingen konto ble fjernet: Keyhaven har ikke endret filen. Bare kontoene som kunne leses, vises her. Kontoer kan ikke legges til, endres eller fjernes før filen kan leses.</translation>
    </message>
    <message>
        <source>No account could be read from the settings file.</source>
        <translation>Ingen konto kunne leses fra innstillingsfilen.</translation>
    </message>
</context>
<context>
    <name>keyhaven::AccountSetupForm</name>
    <message>
        <source>Name of the account</source>
        <translation>Navnet på kontoen</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Folder on the server</source>
        <translation>Mappe på serveren</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Fil med sertifiseringsinstans</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Fil med klientsertifikat</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bla gjennom…</translation>
    </message>
    <message>
        <source>Browse for the certificate authority file</source>
        <translation>Bla etter filen med sertifiseringsinstansen</translation>
    </message>
    <message>
        <source>Browse for the client certificate file</source>
        <translation>Bla etter filen med klientsertifikatet</translation>
    </message>
    <message>
        <source>Sign in with this client certificate and &amp;key (PEM):</source>
        <translation>Logg på med dette klientsertifikatet og denne &amp;nøkkelen (PEM):</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Test tilk&amp;oblingen</translation>
    </message>
    <message>
        <source>Sa&amp;ve account</source>
        <translation>La&amp;gre kontoen</translation>
    </message>
    <message>
        <source>Back to the accounts</source>
        <translation>Tilbake til kontoene</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Velg filen med sertifiseringsinstansen</translation>
    </message>
    <message>
        <source>Choose the client certificate file</source>
        <translation>Velg filen med klientsertifikatet</translation>
    </message>
    <message>
        <source>https://cloud.example.org/remote.php/dav/files/USER/</source>
        <translation>https://sky.example.org/remote.php/dav/files/BRUKER/</translation>
    </message>
    <message>
        <source>https://keys.example.org/</source>
        <translation>https://nokler.example.org/</translation>
    </message>
    <message>
        <source>The address must start with https://. Plain http:// is accepted only for a server on this computer itself (such as http://127.0.0.1/), because it sends the key unprotected.</source>
        <translation>Adressen må begynne med https://. Vanlig http:// godtas bare for en server på denne datamaskinen (for eksempel http://127.0.0.1/), fordi nøkkelen da sendes ubeskyttet.</translation>
    </message>
    <message>
        <source>For Nextcloud: Files, then Settings at the bottom left, shows the WebDAV address.</source>
        <translation>I Nextcloud står WebDAV-adressen under Filer, i Innstillinger nederst til venstre.</translation>
    </message>
    <message>
        <source>The address your administrator gave you: the part before /checkin/.</source>
        <translation>Adressen du har fått av administratoren: delen foran /checkin/.</translation>
    </message>
    <message>
        <source>Nextcloud and ownCloud want an app password, made under Settings, Security.</source>
        <translation>Nextcloud og ownCloud vil ha et app-passord, som du lager under Innstillinger, Sikkerhet.</translation>
    </message>
    <message>
        <source>Leave the user name and password empty unless your server asks for them.</source>
        <translation>La brukernavn og passord stå tomme med mindre serveren ber om dem.</translation>
    </message>
    <message>
        <source>Leave the password empty to keep the one in the system keychain.</source>
        <translation>La passordet stå tomt for å beholde det som ligger i systemets nøkkelring.</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Sertifikater (*.pem *.crt *.cer);;Alle filer (*)</translation>
    </message>
    <message>
        <source>There is already an account called “%1”; choose another name.</source>
        <translation>Det finnes allerede en konto som heter «%1»; velg et annet navn.</translation>
    </message>
    <message>
        <source>Talking to %1 …</source>
        <translation>Kobler til %1 …</translation>
    </message>
    <message>
        <source>There is no system keychain to keep the password in; the account was not saved.</source>
        <translation>Det finnes ingen nøkkelring i systemet å lagre passordet i, så kontoen ble ikke lagret.</translation>
    </message>
    <message>
        <source>Cloud storage: Nextcloud, ownCloud or another &amp;WebDAV server</source>
        <translation>&amp;Skylagring: Nextcloud, ownCloud eller en annen WebDAV-server</translation>
    </message>
    <message>
        <source>&amp;Your organisation&apos;s key server (Crypt Server)</source>
        <translation>Organisasjonens nøkkelserver (&amp;Crypt Server)</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Mappe:</translation>
    </message>
    <message>
        <source>The server needs certificate f&amp;iles (your administrator gave you some)</source>
        <translation>Serveren k&amp;rever sertifikatfiler (du har fått dem av administratoren)</translation>
    </message>
    <message>
        <source>Trust this certificate aut&amp;hority (PEM):</source>
        <translation>Stol på denne sertif&amp;iseringsinstansen (PEM):</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;vn:</translation>
    </message>
    <message>
        <source>Server addr&amp;ess:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
</context>
<context>
    <name>keyhaven::AccountTarget</name>
    <message>
        <source>“account:” needs an account name, for example account:work. “keyhaven-cli account list” lists them.</source>
        <translation>«account:» trenger et kontonavn, for eksempel account:work. «keyhaven-cli account list» viser dem.</translation>
    </message>
    <message>
        <source>There is no account called “%1”. Add it with “keyhaven-cli account add”.</source>
        <translation>Det finnes ingen konto som heter «%1». Legg den til med «keyhaven-cli account add».</translation>
    </message>
    <message>
        <source>The password of the account “%1” is not in the system keychain; add the account again.</source>
        <translation>Passordet til kontoen «%1» er ikke i systemets nøkkelring. Legg til kontoen på nytt.</translation>
    </message>
    <message>
        <source>Could not read the password of the account “%1”: %2</source>
        <translation>Kunne ikke lese passordet til kontoen «%1»: %2</translation>
    </message>
    <message>
        <source>%1 The key still waits in the system keychain.</source>
        <translation>%1 Nøkkelen venter fortsatt i systemets nøkkelring.</translation>
    </message>
    <message>
        <source>%1 The key still waits in the system keychain and will be tried again.</source>
        <translation>%1 Nøkkelen venter fortsatt i systemets nøkkelring og blir prøvd på nytt.</translation>
    </message>
    <message>
        <source>%1 The key could not be kept for a later try either: %2</source>
        <translation>%1 Nøkkelen kunne heller ikke tas vare på for et nytt forsøk senere: %2</translation>
    </message>
    <message>
        <source>Pending upload %1 to the account “%2”.</source>
        <translation>Ventende opplasting %1 til kontoen «%2».</translation>
    </message>
    <message>
        <source>The key landed, but its waiting copy could not be removed from the system keychain: %1</source>
        <translation>Nøkkelen kom frem, men den ventende kopien kunne ikke fjernes fra systemets nøkkelring: %1</translation>
    </message>
    <message>
        <source>This try could not be noted in the settings: %1</source>
        <translation>Dette forsøket kunne ikke noteres i innstillingene: %1</translation>
    </message>
    <message>
        <source>%1 Nothing is saved on the server yet. The key waits in the system keychain (never in a file) for the next try.</source>
        <translation>%1 Ingenting er lagret på serveren ennå. Nøkkelen venter i systemets nøkkelring (aldri i en fil) til neste forsøk.</translation>
    </message>
</context>
<context>
    <name>keyhaven::BackupRun</name>
    <message>
        <source>Not started: the backup was cancelled. Nothing was written here.</source>
        <translation>Ikke startet: sikkerhetskopieringen ble avbrutt. Ingenting ble skrevet her.</translation>
    </message>
</context>
<context>
    <name>keyhaven::BackupWizard</name>
    <message>
        <source>Keyhaven</source>
        <translation>Keyhaven</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
        <source>&amp;Save the key</source>
        <translation>&amp;Lagre nøkkelen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fullfør</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
</context>
<context>
    <name>keyhaven::ConnectionCheck</name>
    <message>
        <source>Could not connect to %1. %2</source>
        <translation>Kunne ikke koble til %1. %2</translation>
    </message>
    <message>
        <source>The server at %1 answered, but refused the user name or password. Check both; Nextcloud and ownCloud want an app password (made in their security settings).</source>
        <translation>Serveren på %1 svarte, men avviste brukernavnet eller passordet. Kontroller begge; Nextcloud og ownCloud vil ha et app-passord (lages i sikkerhetsinnstillingene deres).</translation>
    </message>
    <message>
        <source>The server at %1 answered, but not as a WebDAV folder. Check the address. %2</source>
        <translation>Serveren på %1 svarte, men ikke som en WebDAV-mappe. Kontroller adressen. %2</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2. Keys will be saved at the top of your files.</source>
        <translation>Logget på %1 som %2. Nøklene lagres øverst blant filene dine.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2. The folder “%3” is there; keys will be saved in it.</source>
        <translation>Logget på %1 som %2. Mappen «%3» finnes; nøklene lagres i den.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2. The folder “%3” is not there yet; Keyhaven makes it with the first backup.</source>
        <translation>Logget på %1 som %2. Mappen «%3» finnes ikke ennå; Keyhaven lager den ved første sikkerhetskopi.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2, but the folder “%3” could not be opened. %4</source>
        <translation>Logget på %1 som %2, men mappen «%3» kunne ikke åpnes. %4</translation>
    </message>
    <message>
        <source>The server at %1 answered, but refused the user name or password. Check both.</source>
        <translation>Serveren på %1 svarte, men avviste brukernavnet eller passordet. Kontroller begge.</translation>
    </message>
    <message>
        <source>The server at %1 answered, but it has no Crypt Server check-in there. Check the address: it is the part before /checkin/.</source>
        <translation>Serveren på %1 svarte, men den har ingen Crypt Server-innsjekking der. Kontroller adressen: den er delen foran /checkin/.</translation>
    </message>
    <message>
        <source>Reached the Crypt Server at %1. Its check-in address answers.</source>
        <translation>Fikk kontakt med Crypt Server på %1. Innsjekkingsadressen svarer.</translation>
    </message>
    <message>
        <source>Reached the Crypt Server at %1. It already has this computer (%2) on record.</source>
        <translation>Fikk kontakt med Crypt Server på %1. Den kjenner allerede denne datamaskinen (%2).</translation>
    </message>
    <message>
        <source>Reached the Crypt Server at %1. It has no key for this computer (%2) yet.</source>
        <translation>Fikk kontakt med Crypt Server på %1. Den har ingen nøkkel for denne datamaskinen (%2) ennå.</translation>
    </message>
</context>
<context>
    <name>keyhaven::CopyCheckPanel</name>
    <message>
        <source>&amp;Check all copies</source>
        <translation>&amp;Kontroller alle kopiene</translation>
    </message>
    <message>
        <source>Reads every copy of your keys that Keyhaven made and says which still work</source>
        <translation>Leser hver kopi av nøklene dine som Keyhaven har laget, og sier hvilke som fortsatt virker</translation>
    </message>
    <message>
        <source>Checking the copies</source>
        <translation>Kontrollerer kopiene</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>endret</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>kan ikke leses</translation>
    </message>
    <message>
        <source>out of date</source>
        <translation>utdatert</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>ikke kontrollert</translation>
    </message>
    <message numerus="yes">
        <source>Looking for your drives, then reading %n copy/copies…</source>
        <translation>
            <numerusform>Ser etter stasjonene dine, og leser deretter %n kopi …</numerusform>
            <numerusform>Ser etter stasjonene dine, og leser deretter %n kopier …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n copy/copies…</source>
        <translation>
            <numerusform>Har kontrollert %1 av %n kopi …</numerusform>
            <numerusform>Har kontrollert %1 av %n kopier …</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 — %2: %3</source>
        <translation>• %1 – %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>All %n copy/copies checked: each one is there, unchanged, and reads as its key.</source>
        <translation>
            <numerusform>%n kopi er kontrollert: den finnes, er uendret og leses som nøkkelen sin.</numerusform>
            <numerusform>Alle %n kopiene er kontrollert: hver av dem finnes, er uendret og leses som nøkkelen sin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n copy/copies need attention:</source>
        <translation>
            <numerusform>%1 av %n kopi trenger oppmerksomhet:</numerusform>
            <numerusform>%1 av %n kopier trenger oppmerksomhet:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyhaven::CryptServerProvider</name>
    <message>
        <source>This computer has no serial number Keyhaven can read and the key has no ID, so a Crypt Server could not file it.</source>
        <translation>Denne datamaskinen har ikke noe serienummer Keyhaven kan lese, og nøkkelen har ingen ID, så en Crypt Server kunne ikke arkivere den.</translation>
    </message>
    <message>
        <source>A Crypt Server takes recovery keys and passwords, not a startup key file (.BEK).</source>
        <translation>En Crypt Server tar imot gjenopprettingsnøkler og passord, ikke en oppstartsnøkkelfil (.BEK).</translation>
    </message>
    <message>
        <source>Checking the key in to %1</source>
        <translation>Sjekker inn nøkkelen hos %1</translation>
    </message>
    <message>
        <source>The Crypt Server did not take the key.</source>
        <translation>Crypt Server-en tok ikke imot nøkkelen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the check-in is not a Crypt Server&apos;s; the key may not have been stored. Check the account&apos;s URL.</source>
        <translation>Serverens svar på innsjekkingen kommer ikke fra en Crypt Server; nøkkelen er kanskje ikke lagret. Kontroller kontoens URL.</translation>
    </message>
    <message>
        <source>The server asks for this key to be replaced (rotation required): an administrator has looked at it. Make a new recovery key and back that one up.</source>
        <translation>Serveren ber om at denne nøkkelen byttes ut (rotering kreves): en administrator har sett på den. Lag en ny gjenopprettingsnøkkel, og sikkerhetskopier den.</translation>
    </message>
    <message>
        <source>a FileVault recovery key</source>
        <translation>en FileVault-gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>the BitLocker recovery key %1</source>
        <translation>BitLocker-gjenopprettingsnøkkelen %1</translation>
    </message>
    <message>
        <source>a BitLocker recovery key</source>
        <translation>en BitLocker-gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>Asking %1 what it holds for this computer</source>
        <translation>Spør %1 hva den har for denne datamaskinen</translation>
    </message>
    <message>
        <source>The Crypt Server could not be asked what it holds; the key was not sent.</source>
        <translation>Crypt Server kunne ikke spørres om hva den har; nøkkelen ble ikke sendt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a Crypt Server&apos;s; the key was not sent. Check the account&apos;s URL.</source>
        <translation>Svaret fra serveren er ikke et Crypt Server-svar; nøkkelen ble ikke sendt. Kontroller kontoens URL.</translation>
    </message>
    <message>
        <source>Asking the server what it holds now</source>
        <translation>Spør serveren hva den har nå</translation>
    </message>
    <message>
        <source>The server took the check-in, but could not be asked to confirm it: its confirmation address cannot hold a serial number with “/” (%1). Not confirmed; ask the server&apos;s administrator to look for the computer %1.</source>
        <translation>Serveren tok imot innsjekkingen, men kunne ikke spørres om å bekrefte den: bekreftelsesadressen kan ikke inneholde et serienummer med «/» (%1). Ikke bekreftet; be serverens administrator se etter datamaskinen %1.</translation>
    </message>
    <message>
        <source>The server took the check-in but could not be asked what it holds.</source>
        <translation>Serveren tok imot innsjekkingen, men kunne ikke spørres om hva den har.</translation>
    </message>
    <message>
        <source>The server took the check-in but says it holds no key of this kind for %1.</source>
        <translation>Serveren tok imot innsjekkingen, men sier at den ikke har noen nøkkel av denne typen for %1.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the confirmation is not a Crypt Server&apos;s; the key may not have been stored.</source>
        <translation>Svaret fra serveren på bekreftelsen er ikke et Crypt Server-svar; nøkkelen er kanskje ikke lagret.</translation>
    </message>
    <message>
        <source>The server says it has a key of this kind for %1, but gives no date Keyhaven can read, so it cannot show that it holds %2. Not confirmed.</source>
        <translation>Serveren sier at den har en nøkkel av denne typen for %1, men oppgir ingen dato Keyhaven kan lese, så den kan ikke vise at den har %2. Ikke bekreftet.</translation>
    </message>
    <message>
        <source>The server says its newest key for %1 was stored at %2, which is in the future by this computer&apos;s clock; Keyhaven cannot tell whether it holds %3. Not confirmed.</source>
        <translation>Serveren sier at den nyeste nøkkelen for %1 ble lagret %2, som ifølge denne datamaskinens klokke er i fremtiden; Keyhaven kan ikke avgjøre om den har %3. Ikke bekreftet.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Checked in to the Crypt Server as %1; the server confirmed it stored %2 just now.</source>
        <translation>Sjekket inn på Crypt Server som %1; serveren bekreftet at den lagret %2 akkurat nå.</translation>
    </message>
    <message>
        <source>the server&apos;s newest key of this kind for %1 is new since before this check-in (escrowed %2)</source>
        <translation>serverens nyeste nøkkel av denne typen for %1 er ny siden før denne innsjekkingen (deponert %2)</translation>
    </message>
    <message>
        <source>The server stored nothing new: it says it already has a key of this kind for %1, escrowed %2, before this check-in. That is all it can show; it cannot show that it holds %3. Not confirmed.</source>
        <translation>Serveren lagret ikke noe nytt: den sier at den allerede har en nøkkel av denne typen for %1, deponert %2, før denne innsjekkingen. Mer kan den ikke vise; den kan ikke vise at den har %3. Ikke bekreftet.</translation>
    </message>
    <message>
        <source>If this key was checked in to this server before, the server already has it; otherwise ask its administrator.</source>
        <translation>Hvis denne nøkkelen er sjekket inn på denne serveren før, har serveren den allerede; ellers spør administratoren.</translation>
    </message>
    <message>
        <source>The server stored nothing new: it already had %1 for %2 (escrowed %3). It cannot show that the key it has is this one, only that it has one with this ID.</source>
        <translation>Serveren lagret ikke noe nytt: den hadde allerede %1 for %2 (deponert %3). Den kan ikke vise at nøkkelen den har, er denne, bare at den har en med denne ID-en.</translation>
    </message>
    <message>
        <source>the server has a key with this ID for %1 (escrowed %2)</source>
        <translation>serveren har en nøkkel med denne ID-en for %1 (deponert %2)</translation>
    </message>
</context>
<context>
    <name>keyhaven::DriveList</name>
    <message>
        <source>Looking for encrypted drives</source>
        <translation>Ser etter krypterte stasjoner</translation>
    </message>
    <message>
        <source>Encrypted drives and their protectors</source>
        <translation>Krypterte stasjoner og nøkkelbeskytterne deres</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Stasjon</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plassering</translation>
    </message>
    <message>
        <source>Add a disk &amp;image…</source>
        <translation>Legg til et &amp;diskbilde…</translation>
    </message>
    <message>
        <source>Check a key against a disk image (or a drive) that was not found by itself.</source>
        <translation>Kontroller en nøkkel mot et diskbilde (eller en stasjon) som ikke ble funnet automatisk.</translation>
    </message>
    <message>
        <source>Look a&amp;gain</source>
        <translation>Søk &amp;igjen</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Vis detaljer</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Skjul detaljer</translation>
    </message>
    <message>
        <source>Looking for encrypted drives is not possible on this system.</source>
        <translation>Det er ikke mulig å søke etter krypterte stasjoner på dette systemet.</translation>
    </message>
    <message>
        <source>Looking for encrypted drives…</source>
        <translation>Ser etter krypterte stasjoner…</translation>
    </message>
    <message>
        <source>Add a disk image</source>
        <translation>Legg til et diskbilde</translation>
    </message>
    <message>
        <source>Disk images (*.img *.vhd *.vhdx *.dmg *.raw *.bin);;All files (*)</source>
        <translation>Diskbilder (*.img *.vhd *.vhdx *.dmg *.raw *.bin);;Alle filer (*)</translation>
    </message>
    <message>
        <source>%1 is not a BitLocker or FileVault volume.</source>
        <translation>%1 er ikke et BitLocker- eller FileVault-volum.</translation>
    </message>
    <message>
        <source>Encryption: %1</source>
        <translation>Kryptering: %1</translation>
    </message>
    <message>
        <source>personal recovery key (not listed: the drive keeps it encrypted)</source>
        <translation>personlig gjenopprettingsnøkkel (ikke oppført: stasjonen lagrer den kryptert)</translation>
    </message>
    <message>
        <source>No encrypted drives were found on this computer.</source>
        <translation>Fant ingen krypterte stasjoner på denne datamaskinen.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n encrypted drive(s). Choose the one whose key you want to back up.</source>
        <translation>
            <numerusform>Fant %n kryptert stasjon. Velg stasjonen med nøkkelen du vil sikkerhetskopiere.</numerusform>
            <numerusform>Fant %n krypterte stasjoner. Velg stasjonen med nøkkelen du vil sikkerhetskopiere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some devices on this computer could not be read, so an encrypted drive may be missing from the list.</source>
        <translation>Noen enheter på denne datamaskinen kunne ikke leses, så en kryptert stasjon kan mangle i listen.</translation>
    </message>
    <message>
        <source>Some other devices on this computer could not be read. That does not matter if your drive is in the list.</source>
        <translation>Noen andre enheter på denne datamaskinen kunne ikke leses. Det gjør ingenting hvis stasjonen din står i listen.</translation>
    </message>
    <message>
        <source>&amp;Read them as administrator…</source>
        <translation>&amp;Les dem som administrator …</translation>
    </message>
</context>
<context>
    <name>keyhaven::FindIdPage</name>
    <message>
        <source>Which key are you looking for?</source>
        <translation>Hvilken nøkkel leter du etter?</translation>
    </message>
    <message>
        <source>The recovery screen shows a recovery key ID to tell which key it needs, for example “Recovery key ID: 64311DEA”.</source>
        <translation>Gjenopprettingsskjermen viser en gjenopprettingsnøkkel-ID som forteller hvilken nøkkel den trenger, for eksempel «Gjenopprettingsnøkkel-ID: 64311DEA».</translation>
    </message>
    <message>
        <source>Enter the recovery key &amp;ID shown on the recovery screen (8 or more characters):</source>
        <translation>Skriv inn gjenopprettingsnøkkel-&amp;ID-en som vises på gjenopprettingsskjermen (8 eller flere tegn):</translation>
    </message>
    <message>
        <source>Recovery key ID</source>
        <translation>Gjenopprettingsnøkkel-ID</translation>
    </message>
    <message>
        <source>The first 8 or more characters of the recovery key ID shown on the recovery screen</source>
        <translation>De første 8 eller flere tegnene i gjenopprettingsnøkkel-ID-en som vises på gjenopprettingsskjermen</translation>
    </message>
    <message>
        <source>for example 64311DEA</source>
        <translation>for eksempel 64311DEA</translation>
    </message>
    <message>
        <source>Dashes, spaces, braces and lower case do not matter. If several keys start with the same characters, Keyhaven asks for more of them.</source>
        <translation>Bindestreker, mellomrom, klammeparenteser og små bokstaver spiller ingen rolle. Hvis flere nøkler begynner med de samme tegnene, ber Keyhaven om flere av dem.</translation>
    </message>
    <message>
        <source>The full recovery key ID: %1.</source>
        <translation>Hele gjenopprettingsnøkkel-ID-en: %1.</translation>
    </message>
    <message>
        <source>Keyhaven looks for keys whose ID starts with %1.</source>
        <translation>Keyhaven ser etter nøkler med en ID som begynner med %1.</translation>
    </message>
</context>
<context>
    <name>keyhaven::FindResultPage</name>
    <message>
        <source>Find a recovery key</source>
        <translation>Finn en gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Søker</translation>
    </message>
    <message>
        <source>&amp;More characters of the recovery key ID:</source>
        <translation>Fl&amp;ere tegn i gjenopprettingsnøkkel-ID-en:</translation>
    </message>
    <message>
        <source>More characters of the recovery key ID</source>
        <translation>Flere tegn i gjenopprettingsnøkkel-ID-en</translation>
    </message>
    <message>
        <source>Recovery key &amp;IDs that fit:</source>
        <translation>Gjenopprettingsnøkkel-&amp;ID-er som passer:</translation>
    </message>
    <message>
        <source>Recovery key IDs that fit</source>
        <translation>Gjenopprettingsnøkkel-ID-er som passer</translation>
    </message>
    <message>
        <source>Press Enter or double-click an ID to choose it.</source>
        <translation>Trykk på Enter eller dobbeltklikk på en ID for å velge den.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>&amp;Copy the key</source>
        <translation>&amp;Kopier nøkkelen</translation>
    </message>
    <message>
        <source>Copy the recovery key to the clipboard for 30 seconds</source>
        <translation>Kopier gjenopprettingsnøkkelen til utklippstavlen i 30 sekunder</translation>
    </message>
    <message numerus="yes">
        <source>Looking for the key whose ID starts with %1 in %n place(s)…</source>
        <translation>
            <numerusform>Ser etter nøkkelen med en ID som begynner med %1, på %n sted…</numerusform>
            <numerusform>Ser etter nøkkelen med en ID som begynner med %1, på %n steder…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 finnes ikke lenger.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or place(s) could not be searched; the key may be in one of them:</source>
        <translation>
            <numerusform>%n fil eller sted kunne ikke gjennomsøkes. Nøkkelen kan ligge der:</numerusform>
            <numerusform>%n filer eller steder kunne ikke gjennomsøkes. Nøkkelen kan ligge i en av dem:</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyhaven found the recovery key.</source>
        <translation>Keyhaven fant gjenopprettingsnøkkelen.</translation>
    </message>
    <message numerus="yes">
        <source>%n different keys have an ID starting with %1. Type more characters of the recovery key ID shown on the recovery screen, or choose the ID below.</source>
        <translation>
            <numerusform>%n nøkkel har en ID som begynner med %1. Skriv inn flere tegn i gjenopprettingsnøkkel-ID-en som vises på gjenopprettingsskjermen, eller velg ID-en nedenfor.</numerusform>
            <numerusform>%n forskjellige nøkler har en ID som begynner med %1. Skriv inn flere tegn i gjenopprettingsnøkkel-ID-en som vises på gjenopprettingsskjermen, eller velg ID-en nedenfor.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the keys found has an ID starting with %1.</source>
        <translation>Ingen av nøklene som ble funnet, har en ID som begynner med %1.</translation>
    </message>
    <message>
        <source>Several keys fit; which one does the recovery screen ask for?</source>
        <translation>Flere nøkler passer. Hvilken ber gjenopprettingsskjermen om?</translation>
    </message>
    <message>
        <source>One key fits the characters you typed.</source>
        <translation>Én nøkkel passer til tegnene du skrev inn.</translation>
    </message>
    <message>
        <source>BitLocker recovery key (48-digit)</source>
        <translation>BitLocker-gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>BitLocker startup key file (.BEK)</source>
        <translation>BitLocker-oppstartsnøkkelfil (.BEK)</translation>
    </message>
    <message>
        <source>FileVault personal recovery key</source>
        <translation>Personlig FileVault-gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>Recovery key ID: %1</source>
        <translation>Gjenopprettingsnøkkel-ID: %1</translation>
    </message>
    <message>
        <source>This key is a startup key file, not a key to type. Copy the file to a USB flash drive and start the computer with the drive plugged in.</source>
        <translation>Denne nøkkelen er en oppstartsnøkkelfil, ikke en nøkkel du skriver inn. Kopier filen til en USB-flash-enhet, og start datamaskinen med enheten satt inn.</translation>
    </message>
    <message>
        <source>Type this key on the recovery screen. First check that the recovery key ID the screen shows starts with %1.</source>
        <translation>Skriv inn denne nøkkelen på gjenopprettingsskjermen. Kontroller først at gjenopprettingsnøkkel-ID-en som skjermen viser, begynner med %1.</translation>
    </message>
    <message>
        <source>Careful: the files do not all hold the same key for this ID; the one shown is from %1.</source>
        <translation>Obs! Ikke alle filene inneholder den samme nøkkelen for denne ID-en. Nøkkelen som vises, er fra %1.</translation>
    </message>
    <message>
        <source>No key with an ID starting with %1 was found.</source>
        <translation>Ingen nøkkel med en ID som begynner med %1, ble funnet.</translation>
    </message>
    <message numerus="yes">
        <source>Keyhaven looked through %n file(s) in:</source>
        <translation>
            <numerusform>Keyhaven søkte gjennom %n fil i:</numerusform>
            <numerusform>Keyhaven søkte gjennom %n filer i:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search again (other places or another ID)</source>
        <translation>&amp;Søk på nytt (andre steder eller en annen ID)</translation>
    </message>
    <message>
        <source>Found in this file:</source>
        <translation>Funnet i denne filen:</translation>
    </message>
    <message>
        <source>Found in these files:</source>
        <translation>Funnet i disse filene:</translation>
    </message>
    <message>
        <source>Other places to look: another USB flash drive, a printed recovery sheet, the account you saved the key to, your Microsoft account (aka.ms/myrecoverykey) or your work or school account. Check also that the recovery key ID is the one the recovery screen shows; “Search again” lets you change it or look in more places.</source>
        <translation>Andre steder du kan lete: en annen USB-flash-enhet, et utskrevet gjenopprettingsark, kontoen du lagret nøkkelen i, Microsoft-kontoen din (aka.ms/myrecoverykey) eller jobb- eller skolekontoen din. Kontroller også at gjenopprettingsnøkkel-ID-en er den samme som gjenopprettingsskjermen viser. Med «Søk på nytt» kan du endre den eller lete flere steder.</translation>
    </message>
    <message>
        <source>Keyhaven compares the key ID you entered with every saved key in the places you chose.</source>
        <translation>Keyhaven sammenligner nøkkel-ID-en du skrev inn, med alle lagrede nøkler på stedene du valgte.</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>the files a key ID was found in</comment>
        <translation>i %1</translation>
    </message>
</context>
<context>
    <name>keyhaven::FindWherePage</name>
    <message>
        <source>Where should Keyhaven look?</source>
        <translation>Hvor skal Keyhaven lete?</translation>
    </message>
    <message>
        <source>Keyhaven looks for saved recovery keys in the checked places, folders with all their subfolders. Plug in a USB flash drive you saved a key to, and it appears here.</source>
        <translation>Keyhaven ser etter lagrede gjenopprettingsnøkler på stedene som er merket av (mapper med alle undermapper). Sett inn en USB-flash-enhet du har lagret en nøkkel på, så vises den her.</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Søk i:</translation>
    </message>
    <message>
        <source>Places to look in</source>
        <translation>Steder å søke i</translation>
    </message>
    <message>
        <source>&amp;Add a folder…</source>
        <translation>Legg til en &amp;mappe…</translation>
    </message>
    <message>
        <source>Add a folder to look in</source>
        <translation>Legg til en mappe å søke i</translation>
    </message>
    <message>
        <source>Files larger than any key file are skipped, and Keyhaven tells you which.</source>
        <translation>Filer som er for store til å være nøkkelfiler, hoppes over, og Keyhaven forteller deg hvilke.</translation>
    </message>
    <message>
        <source>Choose a folder to look in</source>
        <translation>Velg en mappe å søke i</translation>
    </message>
    <message>
        <source>%1 (saved by Keyhaven, recovery key ID %2)</source>
        <translation>%1 (lagret av Keyhaven, gjenopprettingsnøkkel-ID %2)</translation>
    </message>
    <message>
        <source>USB flash drive at %1</source>
        <translation>USB-flash-enhet på %1</translation>
    </message>
    <message>
        <source>USB flash drive “%1” at %2</source>
        <translation>USB-flash-enhet «%1» på %2</translation>
    </message>
    <message>
        <source>%1 (saved by Keyhaven)</source>
        <translation>%1 (lagret av Keyhaven)</translation>
    </message>
</context>
<context>
    <name>keyhaven::HttpClient</name>
    <message>
        <source>No certificate could be read from the CA bundle %1.</source>
        <translation>Kunne ikke lese noe sertifikat fra CA-pakken %1.</translation>
    </message>
    <message>
        <source>Could not read the client certificate %1: %2</source>
        <translation>Kunne ikke lese klientsertifikatet %1: %2</translation>
    </message>
    <message>
        <source>%1 must hold the client certificate and its private key (PEM, without a passphrase).</source>
        <translation>%1 må inneholde klientsertifikatet og den private nøkkelen (PEM, uten passordfrase).</translation>
    </message>
    <message>
        <source>The upload was cancelled.</source>
        <translation>Opplastingen ble avbrutt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was far too large; this does not look like the right server.</source>
        <translation>Svaret fra serveren var altfor stort; dette ser ikke ut som riktig server.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>Serveren svarte ikke innen %n sekund.</numerusform>
            <numerusform>Serveren svarte ikke innen %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach the server (%1).</source>
        <translation>Fikk ikke kontakt med serveren (%1).</translation>
    </message>
    <message>
        <source>The connection to the server was cut off (%1).</source>
        <translation>Tilkoblingen til serveren ble brutt (%1).</translation>
    </message>
    <message>
        <source>The request failed: %1</source>
        <translation>Forespørselen mislyktes: %1</translation>
    </message>
    <message>
        <source>The server refused the user name or password (401). Check the account&apos;s user and password (Nextcloud and ownCloud want an app password).</source>
        <translation>Serveren avviste brukernavnet eller passordet (401). Kontroller kontoens bruker og passord (Nextcloud og ownCloud krever et app-passord).</translation>
    </message>
    <message>
        <source>The server does not allow this account to do that (403 Forbidden).</source>
        <translation>Serveren tillater ikke denne kontoen å gjøre det (403 Forbidden).</translation>
    </message>
    <message>
        <source>The server has nothing at this address (404 Not Found). Check the account&apos;s URL.</source>
        <translation>Serveren har ingenting på denne adressen (404 Not Found). Kontroller kontoens URL.</translation>
    </message>
    <message>
        <source>The server does not accept this here (405 Method Not Allowed). Check that the account&apos;s URL points at the right kind of server.</source>
        <translation>Serveren godtar ikke dette her (405 Method Not Allowed). Kontroller at kontoens URL peker på riktig type server.</translation>
    </message>
    <message>
        <source>The server reported a conflict (409): something on the server is in the way, such as a missing folder above this one.</source>
        <translation>Serveren meldte om en konflikt (409): noe på serveren er i veien, for eksempel en manglende mappe over denne.</translation>
    </message>
    <message>
        <source>A file appeared at the same place while uploading (412); nothing was overwritten.</source>
        <translation>En fil dukket opp på samme sted under opplastingen (412); ingenting ble overskrevet.</translation>
    </message>
    <message>
        <source>The server will not take a file this large (413).</source>
        <translation>Serveren tar ikke imot så store filer (413).</translation>
    </message>
    <message>
        <source>The server has no room left for the file (507 Insufficient Storage).</source>
        <translation>Serveren har ikke plass til filen (507 Insufficient Storage).</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1).</source>
        <translation>Serveren hadde et internt problem (HTTP %1).</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Serveren svarte med HTTP-status %1.</translation>
    </message>
    <message numerus="yes">
        <source>The server kept asking for more: Keyhaven stopped after %n request(s) for this upload.</source>
        <translation>
            <numerusform>Serveren ba stadig om mer: Keyhaven stoppet etter %n forespørsel for denne opplastingen.</numerusform>
            <numerusform>Serveren ba stadig om mer: Keyhaven stoppet etter %n forespørsler for denne opplastingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The upload did not finish within the %n second(s) it may take.</source>
        <translation>
            <numerusform>Opplastingen ble ikke ferdig innen det %n sekundet den kan ta.</numerusform>
            <numerusform>Opplastingen ble ikke ferdig innen de %n sekundene den kan ta.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent the request on to another address (%1). Keyhaven follows a redirect only on the same server, so it did not go there: nothing was sent to that address.</source>
        <translation>Serveren sendte forespørselen videre til en annen adresse (%1). Keyhaven følger en omdirigering bare på samme server, så den gikk ikke dit: ingenting ble sendt til den adressen.</translation>
    </message>
    <message numerus="yes">
        <source>The server redirected the request more than %n time(s); Keyhaven stopped.</source>
        <translation>
            <numerusform>Serveren omdirigerte forespørselen mer enn %n gang; Keyhaven stoppet.</numerusform>
            <numerusform>Serveren omdirigerte forespørselen mer enn %n ganger; Keyhaven stoppet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server asked to log in (401), but a Crypt Server&apos;s check-in takes no password: the address may lead to something else, or a proxy in front of the server wants a log-in. Check the account&apos;s URL and ask the server&apos;s administrator (a client certificate is added with --client-cert).</source>
        <translation>Serveren ba om pålogging (401), men innsjekking på en Crypt Server bruker ikke passord: adressen kan føre til noe annet, eller en mellomtjener foran serveren vil ha pålogging. Kontroller kontoens URL og spør serverens administrator (et klientsertifikat legges til med --client-cert).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1), so nothing was sent. If the server uses your organisation&apos;s own certificate authority, add that certificate authority&apos;s file to the account.</source>
        <translation>Serverens sertifikat er ikke klarert (%1), så ingenting ble sendt. Hvis serveren bruker organisasjonens egen sertifiseringsinstans, legger du filen til den sertifiseringsinstansen til i kontoen.</translation>
    </message>
    <message>
        <source>The server refused the secure connection (%1). If it asks for a client certificate, add the client certificate&apos;s file to the account.</source>
        <translation>Serveren avviste den sikre tilkoblingen (%1). Hvis den ber om et klientsertifikat, legger du filen med klientsertifikatet til i kontoen.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be set up (%1). If the server asks for a client certificate, add the client certificate&apos;s file to the account.</source>
        <translation>Kunne ikke opprette en sikker tilkobling til serveren (%1). Hvis serveren ber om et klientsertifikat, legger du filen med klientsertifikatet til i kontoen.</translation>
    </message>
</context>
<context>
    <name>keyhaven::IdleGuard</name>
    <message>
        <source>Are you still there?</source>
        <translation>Er du der fortsatt?</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>Fortsett &amp;arbeidet</translation>
    </message>
    <message numerus="yes">
        <source>Keyhaven will forget the key in %n s.</source>
        <translation>
            <numerusform>Keyhaven glemmer nøkkelen om %n s.</numerusform>
            <numerusform>Keyhaven glemmer nøkkelen om %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has used Keyhaven for a while. To keep the recovery key safe, Keyhaven wipes it from memory and starts again, unless you keep working.</source>
        <translation>Ingen har brukt Keyhaven på en stund. For å beskytte gjenopprettingsnøkkelen sletter Keyhaven den fra minnet og starter på nytt, med mindre du fortsetter arbeidet.</translation>
    </message>
</context>
<context>
    <name>keyhaven::KeyFileChoice</name>
    <message>
        <source>Keys in the file</source>
        <translation>Nøkler i filen</translation>
    </message>
    <message>
        <source>BitLocker recovery key with key ID %1</source>
        <translation>BitLocker-gjenopprettingsnøkkel med nøkkel-ID %1</translation>
    </message>
    <message>
        <source>BitLocker recovery key without a key ID</source>
        <translation>BitLocker-gjenopprettingsnøkkel uten nøkkel-ID</translation>
    </message>
    <message>
        <source>BitLocker startup key (.BEK) with key ID %1</source>
        <translation>BitLocker-oppstartsnøkkel (.BEK) med nøkkel-ID %1</translation>
    </message>
    <message>
        <source>BitLocker startup key (.BEK)</source>
        <translation>BitLocker-oppstartsnøkkel (.BEK)</translation>
    </message>
    <message>
        <source>FileVault personal recovery key for volume %1</source>
        <translation>Personlig FileVault-gjenopprettingsnøkkel for volum %1</translation>
    </message>
    <message>
        <source>FileVault personal recovery key</source>
        <translation>Personlig FileVault-gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>%1 — belongs to %2</source>
        <translation>%1 — hører til %2</translation>
    </message>
    <message>
        <source>No key could be read from %1.</source>
        <translation>Kunne ikke lese noen nøkkel fra %1.</translation>
    </message>
    <message>
        <source>%1 holds one key: %2.</source>
        <translation>%1 inneholder én nøkkel: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n keys. Choose the one to back up:</source>
        <translation>
            <numerusform>%1 inneholder %n nøkkel. Velg den du vil sikkerhetskopiere:</numerusform>
            <numerusform>%1 inneholder %n nøkler. Velg den du vil sikkerhetskopiere:</numerusform>
        </translation>
    </message>
    <message>
        <source>A startup key (.BEK file) can be checked against its drive, but it has no text form: Keyhaven cannot save it as text, print it or upload it. Keep the .BEK file itself on a USB stick, away from the computer, and back up the drive&apos;s 48-digit recovery key as well.</source>
        <translation>En oppstartsnøkkel (.BEK-fil) kan kontrolleres mot stasjonen sin, men den har ingen tekstform: Keyhaven kan ikke lagre den som tekst, skrive den ut eller laste den opp. Oppbevar selve .BEK-filen på en USB-flash-enhet, unna datamaskinen, og sikkerhetskopier også stasjonens 48-sifrede gjenopprettingsnøkkel.</translation>
    </message>
    <message>
        <source>Still looking for the drive this startup key belongs to…</source>
        <translation>Ser fortsatt etter stasjonen denne oppstartsnøkkelen hører til…</translation>
    </message>
    <message>
        <source>None of the drives found here has this startup key, so it cannot be checked. Add the drive&apos;s disk image to check it.</source>
        <translation>Ingen av stasjonene som ble funnet her, har denne oppstartsnøkkelen, så den kan ikke kontrolleres. Legg til stasjonens diskbilde for å kontrollere den.</translation>
    </message>
    <message>
        <source>A startup key cannot be saved as text, and its drive was not found.</source>
        <translation>En oppstartsnøkkel kan ikke lagres som tekst, og stasjonen den hører til, ble ikke funnet.</translation>
    </message>
</context>
<context>
    <name>keyhaven::KeyGroupIndicators</name>
    <message>
        <source>Group %1: not typed yet</source>
        <translation>Gruppe %1: ikke skrevet inn ennå</translation>
    </message>
    <message>
        <source>Group %1: being typed</source>
        <translation>Gruppe %1: skrives inn</translation>
    </message>
    <message>
        <source>Group %1: well formed</source>
        <translation>Gruppe %1: riktig formet</translation>
    </message>
    <message>
        <source>Group %1: check it</source>
        <translation>Gruppe %1: kontroller den</translation>
    </message>
    <message>
        <source>Group %1: wrong</source>
        <translation>Gruppe %1: feil</translation>
    </message>
</context>
<context>
    <name>keyhaven::KeyPage</name>
    <message>
        <source>The recovery key</source>
        <translation>Gjenopprettingsnøkkelen</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>&amp;Gjenopprettingsnøkkel:</translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation>Skriv den inn &amp;igjen:</translation>
    </message>
    <message>
        <source>Recovery key ID</source>
        <translation>Gjenopprettingsnøkkel-ID</translation>
    </message>
    <message>
        <source>XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX</source>
        <translation>XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX</translation>
    </message>
    <message>
        <source>Recovery key &amp;ID:</source>
        <translation>Gjenopprettingsnøkkel-I&amp;D:</translation>
    </message>
    <message>
        <source>Open a key &amp;file for this drive…</source>
        <translation>Å&amp;pne en nøkkelfil for denne stasjonen…</translation>
    </message>
    <message>
        <source>&amp;Type the key instead</source>
        <translation>S&amp;kriv inn nøkkelen i stedet</translation>
    </message>
    <message>
        <source>FileVault personal recovery key</source>
        <translation>Personlig FileVault-gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>BitLocker recovery key</source>
        <translation>BitLocker-gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>FileVault personal recovery key, typed again</source>
        <translation>Personlig FileVault-gjenopprettingsnøkkel, skrevet inn på nytt</translation>
    </message>
    <message>
        <source>BitLocker recovery key, typed again</source>
        <translation>BitLocker-gjenopprettingsnøkkel, skrevet inn på nytt</translation>
    </message>
    <message>
        <source>Volume &amp;UUID:</source>
        <translation>Volum-&amp;UUID:</translation>
    </message>
    <message>
        <source>Volume UUID</source>
        <translation>Volum-UUID</translation>
    </message>
    <message>
        <source>Type the personal recovery key of %1.</source>
        <translation>Skriv inn den personlige gjenopprettingsnøkkelen for %1.</translation>
    </message>
    <message>
        <source>Type the recovery key of %1.</source>
        <translation>Skriv inn gjenopprettingsnøkkelen for %1.</translation>
    </message>
    <message>
        <source>Type the 24-character personal recovery key from your copy, then type it again. Each group is checked as you type; next, the key is checked against the drive.</source>
        <translation>Skriv inn den personlige gjenopprettingsnøkkelen på 24 tegn fra kopien din, og skriv den deretter inn på nytt. Hver gruppe kontrolleres mens du skriver. I neste trinn kontrolleres nøkkelen mot stasjonen.</translation>
    </message>
    <message>
        <source>Type the 48-digit recovery key from your copy (a printout, a file or your account), then type it again. Each group is checked as you type; next, the key is checked against the drive.</source>
        <translation>Skriv inn gjenopprettingsnøkkelen på 48 sifre fra kopien din (en utskrift, en fil eller kontoen din), og skriv den deretter inn på nytt. Hver gruppe kontrolleres mens du skriver. I neste trinn kontrolleres nøkkelen mot stasjonen.</translation>
    </message>
    <message>
        <source>Type the FileVault personal recovery key.</source>
        <translation>Skriv inn den personlige FileVault-gjenopprettingsnøkkelen.</translation>
    </message>
    <message>
        <source>Type the BitLocker recovery key and its key ID.</source>
        <translation>Skriv inn BitLocker-gjenopprettingsnøkkelen og nøkkel-ID-en til den.</translation>
    </message>
    <message>
        <source>Type the key from your copy, then type it again. Each group is checked as you type. Without its drive, Keyhaven can only catch typing mistakes: it cannot prove that this is the right key.</source>
        <translation>Skriv inn nøkkelen fra kopien din, og skriv den deretter inn på nytt. Hver gruppe kontrolleres mens du skriver. Uten stasjonen den hører til, kan Keyhaven bare oppdage skrivefeil, ikke bevise at dette er riktig nøkkel.</translation>
    </message>
    <message>
        <source>The key was read from %1. It was not typed, so it needs no second copy.</source>
        <translation>Nøkkelen ble lest fra %1. Den ble ikke skrevet inn for hånd, så du trenger ikke å skrive den inn på nytt.</translation>
    </message>
    <message>
        <source>Next, it is checked against %1.</source>
        <translation>I neste trinn kontrolleres den mot %1.</translation>
    </message>
    <message>
        <source>None of the drives found here has this key, so it can only be checked for its form, not proven to be right.</source>
        <translation>Ingen av stasjonene som ble funnet her, har denne nøkkelen. Derfor kan bare formen på nøkkelen kontrolleres, og det kan ikke bevises at den er riktig.</translation>
    </message>
    <message>
        <source>The key from the file.</source>
        <translation>Nøkkelen fra filen.</translation>
    </message>
    <message>
        <source>This is a BitLocker startup key (.BEK file). Its 32 bytes have no text form, so they are not shown. Keyhaven can check it against its drive, but cannot save it as text, print it or upload it: keep the .BEK file itself on a USB stick, away from the computer.</source>
        <translation>Dette er en BitLocker-oppstartsnøkkel (.BEK-fil). De 32 bytene har ingen tekstform, så de vises ikke. Keyhaven kan kontrollere den mot stasjonen, men kan ikke lagre den som tekst, skrive den ut eller laste den opp: oppbevar selve .BEK-filen på en USB-stasjon, unna datamaskinen.</translation>
    </message>
    <message>
        <source>Protector &amp;ID:</source>
        <translation>Beskytter-I&amp;D:</translation>
    </message>
    <message>
        <source>FileVault personal recovery key (from the file)</source>
        <translation>Personlig FileVault-gjenopprettingsnøkkel (fra filen)</translation>
    </message>
    <message>
        <source>BitLocker recovery key (from the file)</source>
        <translation>BitLocker-gjenopprettingsnøkkel (fra filen)</translation>
    </message>
    <message>
        <source>%1 holds no key for a %2 drive.</source>
        <translation>%1 inneholder ingen nøkkel for en %2-stasjon.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n keys that could belong to this drive. Go back and open the file there to choose one.</source>
        <translation>
            <numerusform>%1 inneholder %n nøkkel som kan høre til denne stasjonen. Gå tilbake til forrige side, og åpne filen der for å velge den.</numerusform>
            <numerusform>%1 inneholder %n nøkler som kan høre til denne stasjonen. Gå tilbake til forrige side, og åpne filen der for å velge én.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n keys. Go back and open the file there to choose one.</source>
        <translation>
            <numerusform>%1 inneholder %n nøkkel. Gå tilbake til forrige side, og åpne filen der for å velge den.</numerusform>
            <numerusform>%1 inneholder %n nøkler. Gå tilbake til forrige side, og åpne filen der for å velge én.</numerusform>
        </translation>
    </message>
    <message>
        <source>The second copy is not right: %1</source>
        <translation>Den andre inntastingen er ikke riktig: %1</translation>
    </message>
    <message>
        <source>The two copies differ in group %1. Check both against your copy: the keys must match.</source>
        <translation>De to inntastingene er forskjellige i gruppe %1. Kontroller begge mot kopien din: nøklene må være like.</translation>
    </message>
    <message>
        <source>Type the key ID from your copy: 32 letters and digits, shown next to the key. The recovery screen shows its first 8 characters.</source>
        <translation>Skriv inn nøkkel-ID-en fra kopien din: 32 bokstaver og sifre som står ved siden av nøkkelen. Gjenopprettingsskjermen viser de første 8 tegnene.</translation>
    </message>
    <message>
        <source>Optional: the UUID of the FileVault volume, when you know it.</source>
        <translation>Valgfritt: UUID-en til FileVault-volumet, hvis du kjenner den.</translation>
    </message>
    <message>
        <source>The volume&apos;s UUID: %1.</source>
        <translation>Volumets UUID: %1.</translation>
    </message>
    <message>
        <source>The recovery screen shows the first 8 characters of this ID: %1.</source>
        <translation>Gjenopprettingsskjermen viser de første 8 tegnene i denne ID-en: %1.</translation>
    </message>
    <message>
        <source>This drive has no recovery key with this ID; its recovery key ID is %1. The check against the drive will tell which one the key opens.</source>
        <translation>Denne stasjonen har ingen gjenopprettingsnøkkel med denne ID-en. Stasjonens gjenopprettingsnøkkel-ID er %1. Kontrollen mot stasjonen vil vise hva nøkkelen åpner.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The drive&apos;s password</source>
        <translation>Stasjonens passord</translation>
    </message>
    <message>
        <source>The drive&apos;s &amp;password:</source>
        <translation>Stasjonens p&amp;assord:</translation>
    </message>
    <message>
        <source>Read the &amp;key</source>
        <translation>&amp;Hent nøkkelen</translation>
    </message>
    <message>
        <source>Use the drive&apos;s &amp;startup key file (.BEK)…</source>
        <translation>Bruk stasjonens &amp;oppstartsnøkkelfil (.BEK)…</translation>
    </message>
    <message>
        <source>Reading the key from the drive</source>
        <translation>Leser nøkkelen fra stasjonen</translation>
    </message>
    <message>
        <source>The recovery key of %1 can only be read on Windows: besides its recovery key, it is protected only by a TPM, a smart card or another protector that opens only there. Type the key from your copy instead, or on that Windows computer run, as administrator: manage-bde -protectors -get C:</source>
        <translation>Gjenopprettingsnøkkelen til %1 kan bare leses i Windows: i tillegg til gjenopprettingsnøkkelen er den bare beskyttet av TPM, smartkort eller en annen beskytter som bare åpnes der. Skriv heller inn nøkkelen fra kopien din, eller kjør som administrator på den Windows-datamaskinen: manage-bde -protectors -get C:</translation>
    </message>
    <message>
        <source>BitLocker protection of %1 is suspended (it has a clear key), so its recovery key can be read without any password.</source>
        <translation>BitLocker-beskyttelsen av %1 er midlertidig stanset (den har en klarnøkkel), så gjenopprettingsnøkkelen kan leses uten passord.</translation>
    </message>
    <message>
        <source>The drive keeps its recovery key, encrypted. Type the password you unlock %1 with, or use its startup key file, and Keyhaven reads the key and proves it against the drive.</source>
        <translation>Stasjonen oppbevarer gjenopprettingsnøkkelen sin, kryptert. Skriv inn passordet du låser opp %1 med, eller bruk oppstartsnøkkelfilen, så leser Keyhaven nøkkelen og beviser den mot stasjonen.</translation>
    </message>
    <message>
        <source>The drive keeps its recovery key, encrypted. Type the password you unlock %1 with, and Keyhaven reads the key and proves it against the drive.</source>
        <translation>Stasjonen oppbevarer gjenopprettingsnøkkelen sin, kryptert. Skriv inn passordet du låser opp %1 med, så leser Keyhaven nøkkelen og beviser den mot stasjonen.</translation>
    </message>
    <message>
        <source>The drive keeps its recovery key, encrypted. Open the startup key file (.BEK) of %1, and Keyhaven reads the key and proves it against the drive.</source>
        <translation>Stasjonen oppbevarer gjenopprettingsnøkkelen sin, kryptert. Åpne oppstartsnøkkelfilen (.BEK) til %1, så leser Keyhaven nøkkelen og beviser den mot stasjonen.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Type the drive&apos;s password first.</source>
        <translation>Skriv inn stasjonens passord først.</translation>
    </message>
    <message>
        <source>%1 holds no startup key (.BEK).</source>
        <translation>%1 inneholder ingen oppstartsnøkkel (.BEK).</translation>
    </message>
    <message>
        <source>Reading the key from %1 and proving it; this takes a moment…</source>
        <translation>Leser nøkkelen fra %1 og beviser den; dette tar et øyeblikk …</translation>
    </message>
    <message>
        <source>Read from %1 and proven: this key opens the drive. Nothing was typed, so nothing needs checking twice.</source>
        <translation>Lest fra %1 og bevist: denne nøkkelen åpner stasjonen. Ingenting ble skrevet inn, så ingenting må kontrolleres to ganger.</translation>
    </message>
    <message>
        <source>This password does not open %1. Type it again, or type the key from your copy instead.</source>
        <translation>Dette passordet åpner ikke %1. Skriv det inn på nytt, eller skriv heller inn nøkkelen fra kopien din.</translation>
    </message>
    <message>
        <source>Key ID: %1 (the recovery screen shows %2)</source>
        <translation>Nøkkel-ID: %1 (gjenopprettingsskjermen viser %2)</translation>
    </message>
    <message>
        <source>BitLocker recovery key with ID %1 (read from the drive)</source>
        <translation>BitLocker-gjenopprettingsnøkkel med ID %1 (lest fra stasjonen)</translation>
    </message>
    <message>
        <source>No need to type the key ID: the check against the drive finds which of its recovery keys this is, and fills in its ID.</source>
        <translation>Du trenger ikke skrive inn nøkkel-ID-en: kontrollen mot stasjonen finner ut hvilken av gjenopprettingsnøklene dette er, og fyller inn ID-en.</translation>
    </message>
    <message>
        <source>Read the key from this &amp;drive</source>
        <translation>&amp;Les nøkkelen fra denne stasjonen</translation>
    </message>
    <message>
        <source>T&amp;ype the key from your copy</source>
        <translation>Skriv inn nøkkelen f&amp;ra kopien din</translation>
    </message>
    <message>
        <source>The recovery key of %1.</source>
        <translation>Gjenopprettingsnøkkelen til %1.</translation>
    </message>
    <message>
        <source>The drive itself keeps its recovery key: Keyhaven can read it from there, or you can type it from your copy.</source>
        <translation>Stasjonen oppbevarer selv gjenopprettingsnøkkelen sin: Keyhaven kan lese den derfra, eller du kan skrive den inn fra kopien din.</translation>
    </message>
    <message>
        <source>The key was read from %1 and opens it.</source>
        <translation>Nøkkelen ble lest fra %1 og åpner den.</translation>
    </message>
    <message numerus="yes">
        <source>Read from %1 and proven: each of these %n keys opens the drive. Every ticked key is backed up; untick one to leave it out.</source>
        <translation>
            <numerusform>Lest fra %1 og bevist: %n nøkkel åpner stasjonen. Hver avkrysset nøkkel sikkerhetskopieres; fjern avkryssingen for å utelate en.</numerusform>
            <numerusform>Lest fra %1 og bevist: hver av disse %n nøklene åpner stasjonen. Hver avkrysset nøkkel sikkerhetskopieres; fjern avkryssingen for å utelate en.</numerusform>
        </translation>
    </message>
    <message>
        <source>Windows keeps the recovery key of %1 and shows it to administrators: Keyhaven asks Windows for it.</source>
        <translation>Windows oppbevarer gjenopprettingsnøkkelen til %1 og viser den til administratorer: Keyhaven spør Windows om den.</translation>
    </message>
    <message>
        <source>Windows handed the key over; it was not also checked against the drive here.</source>
        <translation>Windows ga fra seg nøkkelen; den ble ikke i tillegg kontrollert mot stasjonen her.</translation>
    </message>
    <message numerus="yes">
        <source>A key ID has 32 characters, digits 0–9 and letters A–F; this has %n.</source>
        <translation>
            <numerusform>En nøkkel-ID har 32 tegn, sifrene 0–9 og bokstavene A–F; denne har %n.</numerusform>
            <numerusform>En nøkkel-ID har 32 tegn, sifrene 0–9 og bokstavene A–F; denne har %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyhaven::MacNameField</name>
    <message>
        <source>Name of the Mac</source>
        <translation>Navnet på Mac-en</translation>
    </message>
    <message>
        <source>e.g. Anna&apos;s MacBook Air</source>
        <translation>f.eks. Annas MacBook Air</translation>
    </message>
    <message>
        <source>Which &amp;Mac is this key for?</source>
        <translation>Hvilken &amp;Mac er nøkkelen for?</translation>
    </message>
    <message>
        <source>The key file (in a folder, on a USB flash drive or in cloud storage) is named after it, and the sheet shows it, so that the keys of two Macs never mix up.</source>
        <translation>Nøkkelfilen (i en mappe, på en USB-flash-enhet eller i skylagring) får navn etter den, og arket viser den, slik at nøklene til to Mac-er aldri blandes sammen.</translation>
    </message>
</context>
<context>
    <name>keyhaven::PrintTarget</name>
    <message>
        <source>Drawing the recovery sheet</source>
        <translation>Lager gjenopprettingsarket</translation>
    </message>
    <message>
        <source>The print job was cancelled.</source>
        <translation>Utskriftsjobben ble avbrutt.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was printed.</source>
        <translation>Avbrutt: ingenting ble skrevet ut.</translation>
    </message>
    <message>
        <source>This kind of key has no text form, so it cannot go on a recovery sheet.</source>
        <translation>Denne nøkkeltypen har ingen tekstform, så den kan ikke stå på et gjenopprettingsark.</translation>
    </message>
    <message>
        <source>Checking the QR code on the rendered page</source>
        <translation>Kontrollerer QR-koden på den ferdige siden</translation>
    </message>
    <message>
        <source>The recovery sheet failed its own check, so nothing was printed: %1</source>
        <translation>Gjenopprettingsarket besto ikke sin egen kontroll, så ingenting ble skrevet ut: %1</translation>
    </message>
    <message>
        <source>the QR code on the rendered page was decoded and holds exactly this key and key ID</source>
        <translation>QR-koden på den ferdige siden ble dekodet og inneholder nøyaktig denne nøkkelen og nøkkel-ID-en</translation>
    </message>
    <message>
        <source>The page could not be made.</source>
        <translation>Siden kunne ikke lages.</translation>
    </message>
    <message>
        <source>Sending the page to the printer</source>
        <translation>Sender siden til skriveren</translation>
    </message>
    <message>
        <source>There is no default printer. Name a print queue.</source>
        <translation>Det finnes ingen standardskriver. Oppgi en utskriftskø.</translation>
    </message>
    <message>
        <source>There is no print queue named “%1”.</source>
        <translation>Det finnes ingen utskriftskø som heter «%1».</translation>
    </message>
    <message>
        <source>The print queue “%1” did not take the page: %2</source>
        <translation>Utskriftskøen «%1» tok ikke imot siden: %2</translation>
    </message>
    <message>
        <source>the print queue “%1” accepted the page as job %2</source>
        <translation>utskriftskøen «%1» tok imot siden som jobb %2</translation>
    </message>
    <message>
        <source>Waiting for the printer (job %1)</source>
        <translation>Venter på skriveren (jobb %1)</translation>
    </message>
    <message>
        <source>the print queue reported the job completed</source>
        <translation>utskriftskøen meldte at jobben er fullført</translation>
    </message>
    <message>
        <source>Check that the page came out whole and the key is readable, then keep it somewhere safe, away from the computer.</source>
        <translation>Kontroller at hele siden kom ut og at nøkkelen er lesbar, og oppbevar den deretter på et trygt sted, unna datamaskinen.</translation>
    </message>
    <message>
        <source>The recovery sheet was printed on “%1”.</source>
        <translation>Gjenopprettingsarket ble skrevet ut på «%1».</translation>
    </message>
    <message>
        <source>The printer “%1” stopped job %2 without printing it.</source>
        <translation>Skriveren «%1» stoppet jobb %2 uten å skrive den ut.</translation>
    </message>
    <message>
        <source>When the page comes out, check that it is whole and readable.</source>
        <translation>Når siden kommer ut, kontrollerer du at den er hel og lesbar.</translation>
    </message>
    <message>
        <source>Job %1 is still waiting in the print queue “%2”; it prints when the printer is ready.</source>
        <translation>Jobb %1 venter fortsatt i utskriftskøen «%2»; den skrives ut når skriveren er klar.</translation>
    </message>
    <message>
        <source>Printing from here needs CUPS. Save the sheet as a PDF and print that.</source>
        <translation>Utskrift herfra krever CUPS. Lagre arket som PDF, og skriv ut den.</translation>
    </message>
</context>
<context>
    <name>keyhaven::RecoveryKeyEdit</name>
    <message>
        <source>FileVault personal recovery key</source>
        <translation>Personlig FileVault-gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>BitLocker recovery key</source>
        <translation>BitLocker-gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>Groups of the key</source>
        <translation>Gruppene i nøkkelen</translation>
    </message>
    <message>
        <source>Type the 24 characters of the key. Each group is checked as soon as it is complete.</source>
        <translation>Skriv inn de 24 tegnene i nøkkelen. Hver gruppe kontrolleres så snart den er ferdig utfylt.</translation>
    </message>
    <message>
        <source>Type the 48 digits of the key. Each group is checked as soon as it is complete.</source>
        <translation>Skriv inn de 48 sifrene i nøkkelen. Hver gruppe kontrolleres så snart den er ferdig utfylt.</translation>
    </message>
    <message numerus="yes">
        <source>All %n groups are complete and well formed.</source>
        <translation>
            <numerusform>%n gruppe er ferdig utfylt og riktig formet.</numerusform>
            <numerusform>Alle de %n gruppene er ferdig utfylt og riktig formet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n groups complete; each group is checked as soon as it is complete.</source>
        <translation>
            <numerusform>%1 av %n gruppe er ferdig utfylt; hver gruppe kontrolleres så snart den er ferdig utfylt.</numerusform>
            <numerusform>%1 av %n grupper er ferdig utfylt; hver gruppe kontrolleres så snart den er ferdig utfylt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyhaven::RunPage</name>
    <message>
        <source>Saving the key</source>
        <translation>Lagrer nøkkelen</translation>
    </message>
    <message>
        <source>Keyhaven saves the key to each place, one after another, and reads every copy back.</source>
        <translation>Keyhaven lagrer nøkkelen på hvert lagringssted, ett etter ett, og leser hver kopi tilbake.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
        <source>There is no key to save: start again and choose the key.</source>
        <translation>Det finnes ingen nøkkel å lagre: start på nytt, og velg nøkkelen.</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Fremdrift: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation>Lagrer nøkkelen…</translation>
    </message>
    <message>
        <source>Saving the key to %1 places…</source>
        <translation>Lagrer nøkkelen på %1 lagringssteder…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starter…</translation>
    </message>
    <message>
        <source>Saving the key: %1 of %2…</source>
        <translation>Lagrer nøkkelen: %1 av %2…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>Venter på opplasting</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Stopped. The key is saved in %1 of %2 places.</source>
        <translation>Stoppet. Nøkkelen er lagret på %1 av %2 lagringssteder.</translation>
    </message>
    <message>
        <source>Done: every copy is saved and was read back.</source>
        <translation>Ferdig: alle kopiene er lagret og lest tilbake.</translation>
    </message>
    <message>
        <source>Done: the key is saved in %1 of %2 places. See below what went wrong.</source>
        <translation>Ferdig: nøkkelen er lagret på %1 av %2 lagringssteder. Se nedenfor hva som gikk galt.</translation>
    </message>
    <message>
        <source>The copies are saved, but Keyhaven&apos;s list of where your copies are could not be updated: %1</source>
        <translation>Kopiene er lagret, men Keyhavens oversikt over hvor kopiene dine ligger, kunne ikke oppdateres: %1</translation>
    </message>
    <message>
        <source>Stop saving the key?</source>
        <translation>Vil du stoppe lagringen av nøkkelen?</translation>
    </message>
    <message>
        <source>Keyhaven is saving the key now. If you stop, the copies already saved stay where they are, the one being saved now is stopped safely, and the others are not made.</source>
        <translation>Keyhaven lagrer nøkkelen nå. Hvis du stopper, blir kopiene som allerede er lagret, liggende der de er. Kopien som lagres akkurat nå, stoppes på en trygg måte, og de resterende kopiene blir ikke laget.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>&amp;Keep saving</source>
        <translation>F&amp;ortsett lagringen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopper…</translation>
    </message>
    <message>
        <source>Done: every copy is saved. The files were read back; the printer reported the page done.</source>
        <translation>Ferdig: alle kopiene er lagret. Filene ble lest tilbake, og skriveren meldte at siden er ferdig.</translation>
    </message>
    <message>
        <source>There is no account called “%1” any more. Go back to the account page and set it up again.</source>
        <translation>Det finnes ikke lenger noen konto som heter «%1». Gå tilbake til kontosiden og sett den opp på nytt.</translation>
    </message>
</context>
<context>
    <name>keyhaven::SecretClipboard</name>
    <message numerus="yes">
        <source>Copied — the clipboard is cleared in %n s.</source>
        <translation>
            <numerusform>Kopiert – utklippstavlen tømmes om %n sekund.</numerusform>
            <numerusform>Kopiert – utklippstavlen tømmes om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Utklippstavlen er tømt.</translation>
    </message>
    <message>
        <source>Something else was copied; the key is no longer on the clipboard.</source>
        <translation>Noe annet ble kopiert; nøkkelen ligger ikke lenger på utklippstavlen.</translation>
    </message>
</context>
<context>
    <name>keyhaven::SheetPage</name>
    <message>
        <source>Print the recovery key</source>
        <translation>Skriv ut gjenopprettingsnøkkelen</translation>
    </message>
    <message>
        <source>This is the page Keyhaven prints: the key in large digits, its key ID, a QR code, and how to use it at the recovery screen.</source>
        <translation>Dette er siden Keyhaven skriver ut: nøkkelen med store tegn, nøkkel-ID-en, en QR-kode og en veiledning for bruk på gjenopprettingsskjermen.</translation>
    </message>
    <message>
        <source>Preview of the recovery sheet</source>
        <translation>Forhåndsvisning av gjenopprettingsarket</translation>
    </message>
    <message>
        <source>P&amp;rint it</source>
        <translation>&amp;Skriv ut</translation>
    </message>
    <message>
        <source>Print the sheet</source>
        <translation>Skriv ut arket</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <source>Prin&amp;ter:</source>
        <translation>S&amp;kriver:</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the sheet as a PDF and print it elsewhere, then delete the PDF.</source>
        <translation>Ingen skriver er konfigurert på denne datamaskinen. Lagre arket som PDF, og skriv det ut et annet sted. Slett deretter PDF-filen.</translation>
    </message>
    <message>
        <source>Save it as a P&amp;DF</source>
        <translation>Lagre som P&amp;DF</translation>
    </message>
    <message>
        <source>Save the sheet as a PDF</source>
        <translation>Lagre arket som PDF</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF-fil</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;il:</translation>
    </message>
    <message>
        <source>Browse for the PDF file</source>
        <translation>Bla gjennom for å velge PDF-filen</translation>
    </message>
    <message>
        <source>&amp;English alongside</source>
        <translation>&amp;Engelsk i tillegg</translation>
    </message>
    <message>
        <source>English alongside</source>
        <translation>Engelsk i tillegg</translation>
    </message>
    <message>
        <source>Print each text in English too, under your language.</source>
        <translation>Skriv også ut hver tekst på engelsk, under teksten på ditt språk.</translation>
    </message>
    <message>
        <source>The QR code on the sheet holds the key as plain text: a phone camera shows it as it is.</source>
        <translation>QR-koden på arket inneholder nøkkelen som ren tekst: et mobilkamera viser den slik den er.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (standard)</translation>
    </message>
    <message>
        <source>Save the recovery sheet as</source>
        <translation>Lagre gjenopprettingsarket som</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Give the PDF file a name.</source>
        <translation>Gi PDF-filen et navn.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>%1 is already there. Keyhaven never replaces a file: choose another name.</source>
        <translation>%1 finnes allerede. Keyhaven erstatter aldri en fil: velg et annet navn.</translation>
    </message>
    <message>
        <source>Keyhaven will not save the sheet here: %1</source>
        <translation>Keyhaven lagrer ikke arket her: %1</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <source>Saved as: %1</source>
        <translation>Lagres som: %1</translation>
    </message>
</context>
<context>
    <name>keyhaven::SheetTarget</name>
    <message>
        <source>Drawing the recovery sheet</source>
        <translation>Lager gjenopprettingsarket</translation>
    </message>
    <message>
        <source>Cancelled: no PDF was written.</source>
        <translation>Avbrutt: ingen PDF ble skrevet.</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is. Choose another file name.</source>
        <translation>%1 finnes allerede og ble latt være. Velg et annet filnavn.</translation>
    </message>
    <message>
        <source>This kind of key has no text form, so it cannot go on a recovery sheet.</source>
        <translation>Denne nøkkeltypen har ingen tekstform, så den kan ikke stå på et gjenopprettingsark.</translation>
    </message>
    <message>
        <source>Checking the QR code on the rendered page</source>
        <translation>Kontrollerer QR-koden på den ferdige siden</translation>
    </message>
    <message>
        <source>The recovery sheet failed its own check, so no PDF was written: %1</source>
        <translation>Gjenopprettingsarket besto ikke sin egen kontroll, så ingen PDF ble skrevet: %1</translation>
    </message>
    <message>
        <source>the QR code on the rendered page was decoded and holds exactly this key and key ID</source>
        <translation>QR-koden på den ferdige siden ble dekodet og inneholder nøyaktig denne nøkkelen og nøkkel-ID-en</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Skriver %1</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>PDF-en kunne ikke lages.</translation>
    </message>
    <message>
        <source>The recovery sheet was saved as %1.</source>
        <translation>Gjenopprettingsarket ble lagret som %1.</translation>
    </message>
    <message>
        <source>Print the page and keep it somewhere safe, away from the computer. A PDF on the computer itself does not help when its drive is locked.</source>
        <translation>Skriv ut siden, og oppbevar den på et trygt sted, unna datamaskinen. En PDF på selve datamaskinen hjelper ikke når stasjonen er låst.</translation>
    </message>
    <message>
        <source>the PDF file was read back byte for byte</source>
        <translation>PDF-filen ble lest tilbake byte for byte</translation>
    </message>
    <message>
        <source>%1 could not be written: %2 Nothing was saved.</source>
        <translation>%1 kunne ikke skrives: %2 Ingenting ble lagret.</translation>
    </message>
    <message>
        <source>it read back differently from what was written (the drive may be failing)</source>
        <translation>den ble lest tilbake annerledes enn den ble skrevet (stasjonen kan være i ferd med å svikte)</translation>
    </message>
    <message>
        <source>%1 was written but did not pass the read-back check, so it was removed: %2. Nothing was saved.</source>
        <translation>%1 ble skrevet, men besto ikke kontrollen ved tilbakelesing, så den ble fjernet: %2. Ingenting ble lagret.</translation>
    </message>
    <message>
        <source>%1 was written but did not pass the read-back check (%2), and it could not be removed. Delete it and do not rely on it.</source>
        <translation>%1 ble skrevet, men besto ikke kontrollen ved tilbakelesing (%2), og den kunne ikke fjernes. Slett den, og ikke stol på den.</translation>
    </message>
    <message>
        <source>This file system has no file permissions: anyone who can reach the file can read the key on the sheet.</source>
        <translation>Dette filsystemet har ingen filtillatelser: alle som kommer til filen, kan lese nøkkelen på arket.</translation>
    </message>
</context>
<context>
    <name>keyhaven::SourcePage</name>
    <message>
        <source>Where is the key?</source>
        <translation>Hvor er nøkkelen?</translation>
    </message>
    <message>
        <source>Choose the encrypted drive whose recovery key you want to back up, type a key, or open a file that holds one.</source>
        <translation>Velg den krypterte stasjonen med gjenopprettingsnøkkelen du vil sikkerhetskopiere, skriv inn en nøkkel, eller åpne en fil som inneholder en nøkkel.</translation>
    </message>
    <message>
        <source>The recovery key of an &amp;encrypted drive on this computer</source>
        <translation>Gjenopprettingsnøkkelen til en &amp;kryptert stasjon på denne datamaskinen</translation>
    </message>
    <message>
        <source>An encrypted drive on this computer</source>
        <translation>En kryptert stasjon på denne datamaskinen</translation>
    </message>
    <message>
        <source>&amp;Type the key:</source>
        <translation>&amp;Skriv inn nøkkelen:</translation>
    </message>
    <message>
        <source>Type the key</source>
        <translation>Skriv inn nøkkelen</translation>
    </message>
    <message>
        <source>Kind of key</source>
        <translation>Nøkkeltype</translation>
    </message>
    <message>
        <source>BitLocker recovery key (48 digits)</source>
        <translation>BitLocker-gjenopprettingsnøkkel (48 sifre)</translation>
    </message>
    <message>
        <source>FileVault personal recovery key (24 characters)</source>
        <translation>Personlig FileVault-gjenopprettingsnøkkel (24 tegn)</translation>
    </message>
    <message>
        <source>A key fi&amp;le (open it, or drop it on this page):</source>
        <translation>&amp;En nøkkelfil (åpne den, eller slipp den på denne siden):</translation>
    </message>
    <message>
        <source>A key file</source>
        <translation>En nøkkelfil</translation>
    </message>
    <message>
        <source>&amp;Open a key file…</source>
        <translation>Å&amp;pne en nøkkelfil…</translation>
    </message>
    <message>
        <source>The file changed after it was opened, so it was read again: check the key and press Next again.</source>
        <translation>Filen ble endret etter at den ble åpnet, så den ble lest på nytt: kontroller nøkkelen, og trykk på Neste igjen.</translation>
    </message>
</context>
<context>
    <name>keyhaven::SummaryPage</name>
    <message>
        <source>Where your recovery key is now</source>
        <translation>Hvor gjenopprettingsnøkkelen din ligger nå</translation>
    </message>
    <message>
        <source>Summary of the backup</source>
        <translation>Sammendrag av sikkerhetskopieringen</translation>
    </message>
    <message>
        <source>saved and read back</source>
        <translation>lagret og lest tilbake</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>ligger der allerede</translation>
    </message>
    <message>
        <source>waiting to upload — Keyhaven will retry</source>
        <translation>venter på opplasting — Keyhaven prøver på nytt</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>avvist: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>mislyktes: %1</translation>
    </message>
    <message>
        <source>Your account “%1”</source>
        <translation>Kontoen din «%1»</translation>
    </message>
    <message>
        <source>Your account “%1”: %2</source>
        <translation>Kontoen din «%1»: %2</translation>
    </message>
    <message>
        <source>USB flash drive: %1</source>
        <translation>USB-flash-enhet: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>Recovery sheet (PDF): %1</source>
        <translation>Gjenopprettingsark (PDF): %1</translation>
    </message>
    <message>
        <source>Printed recovery sheet (default printer)</source>
        <translation>Utskrevet gjenopprettingsark (standardskriver)</translation>
    </message>
    <message>
        <source>Printed recovery sheet: printer %1</source>
        <translation>Utskrevet gjenopprettingsark: skriver %1</translation>
    </message>
    <message>
        <source>Nothing was saved here. Fix what the message says and run the wizard again, or choose another place.</source>
        <translation>Ingenting ble lagret her. Rett opp det meldingen sier, og kjør veiviseren på nytt, eller velg et annet sted.</translation>
    </message>
    <message>
        <source>Nothing was saved here. Choose a place on another drive: a USB flash drive, another disk or a network share.</source>
        <translation>Ingenting ble lagret her. Velg et sted på en annen stasjon: en USB-flash-enhet, en annen disk eller en nettverksressurs.</translation>
    </message>
    <message>
        <source>You can get the key back by signing in to the account from another device.</source>
        <translation>Du kan få nøkkelen tilbake ved å logge på kontoen fra en annen enhet.</translation>
    </message>
    <message>
        <source>opens the drive</source>
        <translation>åpner stasjonen</translation>
    </message>
    <message>
        <source>opens the drive %1</source>
        <translation>åpner stasjonen %1</translation>
    </message>
    <message>
        <source>does NOT open the drive %1: %2</source>
        <translation>åpner IKKE stasjonen %1: %2</translation>
    </message>
    <message>
        <source>not checked against a drive: %1</source>
        <translation>ikke kontrollert mot en stasjon: %1</translation>
    </message>
    <message>
        <source>The key was not saved anywhere.</source>
        <translation>Nøkkelen ble ikke lagret noe sted.</translation>
    </message>
    <message>
        <source>Your recovery key is saved in %1 of %2 places.</source>
        <translation>Gjenopprettingsnøkkelen din er lagret på %1 av %2 steder.</translation>
    </message>
    <message>
        <source>Key ID %1. The recovery screen shows its first 8 characters: %2.</source>
        <translation>Nøkkel-ID %1. Gjenopprettingsskjermen viser de første 8 tegnene: %2.</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Krever din oppmerksomhet</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Kontrollert: %1</translation>
    </message>
    <message>
        <source>Your recovery key is saved in one place, and the copy was read back.</source>
        <translation>Gjenopprettingsnøkkelen din er lagret på ett sted, og kopien ble lest tilbake.</translation>
    </message>
    <message>
        <source>Your recovery key is saved in %1 places, and every copy was read back.</source>
        <translation>Gjenopprettingsnøkkelen din er lagret på %1 steder, og hver kopi ble lest tilbake.</translation>
    </message>
    <message>
        <source>not checked against a drive: no drive was chosen, so only the key&apos;s form was checked</source>
        <translation>ikke kontrollert mot en stasjon: ingen stasjon ble valgt, så bare nøkkelens format ble kontrollert</translation>
    </message>
    <message>
        <source>The key itself: %1</source>
        <translation>Selve nøkkelen: %1</translation>
    </message>
    <message>
        <source>Where each copy went, whether it was read back, and what to do with it now.</source>
        <translation>Hvor hver kopi ble lagret, om den ble lest tilbake, og hva du bør gjøre med den nå.</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>adds the full stop a sentence lacks</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>printed: the printer reported the page done</source>
        <translation>skrevet ut: skriveren meldte at siden er ferdig</translation>
    </message>
    <message>
        <source>Your recovery key was printed. Check that the page came out whole and readable.</source>
        <translation>Gjenopprettingsnøkkelen din ble skrevet ut. Kontroller at siden kom ut hel og er lesbar.</translation>
    </message>
    <message>
        <source>Your recovery key is saved in %1 places. The files were read back; check the printed page yourself.</source>
        <translation>Gjenopprettingsnøkkelen din er lagret på %1 steder. Filene ble lest tilbake; kontroller selv den utskrevne siden.</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Vis &amp;detaljer</translation>
    </message>
    <message>
        <source>What was checked for each copy</source>
        <translation>Hva som ble kontrollert for hver kopi</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Skjul &amp;detaljer</translation>
    </message>
    <message>
        <source>The key is not on the server yet. It waits in the system keychain (never in a file) and Keyhaven tries the upload again while it is open and each time it starts.</source>
        <translation>Nøkkelen er ikke på serveren ennå. Den venter i systemets nøkkelring (aldri i en fil), og Keyhaven prøver opplastingen på nytt mens programmet er åpent og hver gang det starter.</translation>
    </message>
    <message>
        <source>Eject the stick, then keep it somewhere safe, away from the computer.</source>
        <translation>Løs ut USB-flash-enheten, og oppbevar den på et trygt sted, unna datamaskinen.</translation>
    </message>
    <message>
        <source>If this folder is on this computer, copy the file to another device as well.</source>
        <translation>Hvis denne mappen ligger på denne datamaskinen, bør du også kopiere filen til en annen enhet.</translation>
    </message>
    <message>
        <source>Print it, keep the page away from the computer, then delete the PDF.</source>
        <translation>Skriv det ut, oppbevar arket unna datamaskinen, og slett deretter PDF-filen.</translation>
    </message>
    <message>
        <source>Keep the page somewhere safe, away from the computer.</source>
        <translation>Oppbevar arket på et trygt sted, unna datamaskinen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>how a copy went as a sentence, then the one thing to do with it</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — the key with ID %2</source>
        <translation>%1 – nøkkelen med ID %2</translation>
    </message>
    <message numerus="yes">
        <source>Your %n recovery keys are saved, %1 copies in all. The files were read back; check the printed pages yourself.</source>
        <translation>
            <numerusform>%n gjenopprettingsnøkkel er lagret, %1 kopier i alt. Filene ble lest tilbake; kontroller selv de utskrevne sidene.</numerusform>
            <numerusform>Dine %n gjenopprettingsnøkler er lagret, %1 kopier i alt. Filene ble lest tilbake; kontroller selv de utskrevne sidene.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %n recovery keys are saved, %1 copies in all, and every copy was read back.</source>
        <translation>
            <numerusform>%n gjenopprettingsnøkkel er lagret, %1 kopier i alt, og hver kopi ble lest tilbake.</numerusform>
            <numerusform>Dine %n gjenopprettingsnøkler er lagret, %1 kopier i alt, og hver kopi ble lest tilbake.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This run saved %n recovery keys of the drive:</source>
        <translation>
            <numerusform>Denne gjenopprettingsnøkkelen fra stasjonen ble lagret (%n):</numerusform>
            <numerusform>Disse %n gjenopprettingsnøklene fra stasjonen ble lagret:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyhaven::TargetsPage</name>
    <message>
        <source>Where should the key go?</source>
        <translation>Hvor skal nøkkelen lagres?</translation>
    </message>
    <message>
        <source>Choose one or more places. Keyhaven saves the key to each of them and reads every copy back.</source>
        <translation>Velg ett eller flere lagringssteder. Keyhaven lagrer nøkkelen på hvert av dem og leser hver kopi tilbake.</translation>
    </message>
    <message>
        <source>Save to your &amp;account</source>
        <translation>Lagre i &amp;kontoen</translation>
    </message>
    <message>
        <source>Save to your account</source>
        <translation>Lagre i kontoen</translation>
    </message>
    <message>
        <source>Save to a &amp;USB flash drive</source>
        <translation>Lagre på en &amp;USB-flash-enhet</translation>
    </message>
    <message>
        <source>Save to a USB flash drive</source>
        <translation>Lagre på en USB-flash-enhet</translation>
    </message>
    <message>
        <source>Save to a &amp;file</source>
        <translation>Lagre i en f&amp;il</translation>
    </message>
    <message>
        <source>Save to a file</source>
        <translation>Lagre i en fil</translation>
    </message>
    <message>
        <source>&amp;Print the recovery key</source>
        <translation>&amp;Skriv ut gjenopprettingsnøkkelen</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Skriv ut gjenopprettingsnøkkelen</translation>
    </message>
    <message>
        <source>Only one place is chosen. Two copies in different places are safer: if one is lost or stops working, the other still gets you back in.</source>
        <translation>Bare ett lagringssted er valgt. To kopier på forskjellige steder er tryggere: hvis den ene blir borte eller slutter å virke, kommer du likevel inn igjen med den andre.</translation>
    </message>
    <message>
        <source>&amp;Save the key</source>
        <translation>&amp;Lagre nøkkelen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
        <source>No key is chosen yet: go back and choose the key first.</source>
        <translation>Ingen nøkkel er valgt ennå: gå tilbake og velg nøkkelen først.</translation>
    </message>
    <message>
        <source>A BitLocker startup key (.BEK file) has no text form, so it cannot be saved here. Keep the .BEK file itself: copy it to a USB flash drive with your file manager.</source>
        <translation>En BitLocker-oppstartsnøkkel (.BEK-fil) har ingen tekstform, så den kan ikke lagres her. Ta vare på selve .BEK-filen: kopier den til en USB-flash-enhet med filbehandleren.</translation>
    </message>
    <message>
        <source>Uploads the key to your account “%1”, so that you can get it from another device.</source>
        <translation>Laster opp nøkkelen til kontoen «%1», slik at du kan hente den fra en annen enhet.</translation>
    </message>
    <message>
        <source>Insert a USB flash drive. This choice becomes available as soon as the stick appears.</source>
        <translation>Sett inn en USB-flash-enhet. Dette valget blir tilgjengelig så snart den vises.</translation>
    </message>
    <message>
        <source>Saves the key as a text file on the stick “%1”. Keep the stick away from the computer afterwards.</source>
        <translation>Lagrer nøkkelen som en tekstfil på USB-stasjonen «%1». Oppbevar deretter USB-stasjonen et annet sted enn datamaskinen.</translation>
    </message>
    <message>
        <source>Saves the key as a text file on a USB flash drive. Keep the stick away from the computer afterwards.</source>
        <translation>Lagrer nøkkelen som en tekstfil på en USB-flash-enhet. Oppbevar deretter USB-stasjonen et annet sted enn datamaskinen.</translation>
    </message>
    <message>
        <source>Saves the key as a text file in a folder you choose: best on another drive or a network share you can reach when this computer is locked.</source>
        <translation>Lagrer nøkkelen som en tekstfil i en mappe du velger: helst på en annen stasjon eller en delt nettverksressurs som du får tilgang til når denne datamaskinen er låst.</translation>
    </message>
    <message>
        <source>A page with the key in large digits and a QR code: print it, or save it as a PDF to print later.</source>
        <translation>En side med nøkkelen i store tegn og en QR-kode: skriv den ut, eller lagre den som PDF for å skrive den ut senere.</translation>
    </message>
    <message>
        <source>Uploads the key to one of your %1 accounts, so that you can get it from another device.</source>
        <translation>Laster opp nøkkelen til én av de %1 kontoene dine, slik at du kan hente den fra en annen enhet.</translation>
    </message>
    <message>
        <source>Uploads the key to your cloud storage (such as Nextcloud) or your organisation&apos;s key server. You set up the account on the next page.</source>
        <translation>Laster opp nøkkelen til skylagringen din (for eksempel Nextcloud) eller organisasjonens nøkkelserver. Du setter opp kontoen på neste side.</translation>
    </message>
    <message>
        <source>The settings file that holds your accounts is damaged or cannot be read. The next page says what was found and offers only the accounts that could be read.</source>
        <translation>Innstillingsfilen med kontoene dine er skadet eller kan ikke leses. Neste side forteller hva som ble funnet, og viser bare kontoene som kunne leses.</translation>
    </message>
</context>
<context>
    <name>keyhaven::TestBackupPage</name>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>USB flash drive</source>
        <translation>USB-flash-enhet</translation>
    </message>
    <message>
        <source>recovery sheet (PDF)</source>
        <translation>gjenopprettingsark (PDF)</translation>
    </message>
    <message>
        <source>printed recovery sheet</source>
        <translation>utskrevet gjenopprettingsark</translation>
    </message>
    <message>
        <source>account</source>
        <translation>konto</translation>
    </message>
    <message>
        <source>Test a backup</source>
        <translation>Test en sikkerhetskopi</translation>
    </message>
    <message>
        <source>Choose a copy of your recovery key. Keyhaven reads it and, when the drive it belongs to is connected, proves that it opens it. Nothing is changed.</source>
        <translation>Velg en kopi av gjenopprettingsnøkkelen. Keyhaven leser den, og når stasjonen den hører til, er koblet til, beviser Keyhaven at den åpner stasjonen. Ingenting blir endret.</translation>
    </message>
    <message>
        <source>A recovery key file, or a photo or scan of the recovery sheet (PNG, JPEG) or its PDF: Keyhaven reads the sheet&apos;s QR code.</source>
        <translation>En gjenopprettingsnøkkelfil, eller et bilde eller en skanning av gjenopprettingsarket (PNG, JPEG) eller PDF-en av det: Keyhaven leser QR-koden på arket.</translation>
    </message>
    <message>
        <source>A file:</source>
        <translation>En fil:</translation>
    </message>
    <message>
        <source>USB flash drive to test</source>
        <translation>USB-flash-enhet som skal testes</translation>
    </message>
    <message>
        <source>Test the &amp;stick</source>
        <translation>Test USB-&amp;stasjonen</translation>
    </message>
    <message>
        <source>A USB flash &amp;drive:</source>
        <translation>En &amp;USB-flash-enhet:</translation>
    </message>
    <message>
        <source>Copy Keyhaven made, to test</source>
        <translation>Kopi Keyhaven har laget, som skal testes</translation>
    </message>
    <message>
        <source>Test this &amp;copy</source>
        <translation>Test denne &amp;kopien</translation>
    </message>
    <message>
        <source>A copy Keyhaven &amp;made:</source>
        <translation>En kopi Keyhaven har l&amp;aget:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No USB flash drive is plugged in</source>
        <translation>Ingen USB-flash-enhet er satt inn</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Keyhaven has made no copies yet</source>
        <translation>Keyhaven har ikke laget noen kopier ennå</translation>
    </message>
    <message>
        <source>Choose a copy of the recovery key</source>
        <translation>Velg en kopi av gjenopprettingsnøkkelen</translation>
    </message>
    <message>
        <source>Key files and photos of the sheet (*.txt *.TXT *.bek *.BEK *.json *.plist *.xml *.png *.PNG *.jpg *.JPG *.jpeg *.JPEG *.pdf *.PDF);;All files (*)</source>
        <translation>Nøkkelfiler og bilder av arket (*.txt *.TXT *.bek *.BEK *.json *.plist *.xml *.png *.PNG *.jpg *.JPG *.jpeg *.JPEG *.pdf *.PDF);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leser %1 …</translation>
    </message>
    <message>
        <source>Reading the USB flash drive “%1”…</source>
        <translation>Leser USB-flash-enheten «%1» …</translation>
    </message>
    <message>
        <source>Checking the copy at %1…</source>
        <translation>Kontrollerer kopien på %1 …</translation>
    </message>
    <message>
        <source>Choose a file or a &amp;photo of the sheet…</source>
        <translation>Velg en fil eller et &amp;bilde av arket …</translation>
    </message>
</context>
<context>
    <name>keyhaven::TextFilePage</name>
    <message>
        <source>Save to a file</source>
        <translation>Lagre i en fil</translation>
    </message>
    <message>
        <source>Choose the folder to save the recovery key file in.</source>
        <translation>Velg mappen som gjenopprettingsnøkkelfilen skal lagres i.</translation>
    </message>
    <message>
        <source>Folder for the key file</source>
        <translation>Mappe for nøkkelfilen</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>Ma&amp;ppe:</translation>
    </message>
    <message>
        <source>Browse for the folder</source>
        <translation>Bla gjennom for å velge mappen</translation>
    </message>
    <message>
        <source>A file on this computer&apos;s own encrypted drive is no help on the day the computer asks for the key: you could not open the drive to read it. Choose another drive or a network share, or copy the file to another device afterwards.</source>
        <translation>En fil på den krypterte stasjonen i selve denne datamaskinen hjelper ikke den dagen datamaskinen ber om nøkkelen: da kan du ikke åpne stasjonen for å lese filen. Velg en annen stasjon eller en delt nettverksressurs, eller kopier filen til en annen enhet etterpå.</translation>
    </message>
    <message>
        <source>Choose the folder for the key file</source>
        <translation>Velg mappen for nøkkelfilen</translation>
    </message>
    <message>
        <source>The file will be named “%1”.</source>
        <translation>Filen får navnet «%1».</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Velg en mappe.</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>Denne mappen finnes ikke.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Dette er en fil, ikke en mappe.</translation>
    </message>
    <message>
        <source>Keyhaven will not save the key here: %1</source>
        <translation>Keyhaven lagrer ikke nøkkelen her: %1</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <source>This key is already saved here as “%1”; nothing will be written.</source>
        <translation>Denne nøkkelen er allerede lagret her som «%1»; ingenting blir skrevet.</translation>
    </message>
    <message>
        <source>“%1” is already here with another key and stays as it is; this key will be saved as “%2”.</source>
        <translation>«%1» finnes allerede her med en annen nøkkel og blir stående som den er; denne nøkkelen lagres som «%2».</translation>
    </message>
</context>
<context>
    <name>keyhaven::TextFileTarget</name>
    <message>
        <source>Saving the key to %1</source>
        <translation>Lagrer nøkkelen i %1</translation>
    </message>
</context>
<context>
    <name>keyhaven::UsbPage</name>
    <message>
        <source>Save to a USB flash drive</source>
        <translation>Lagre på en USB-flash-enhet</translation>
    </message>
    <message>
        <source>Choose the stick to save the key to.</source>
        <translation>Velg USB-stasjonen som nøkkelen skal lagres på.</translation>
    </message>
    <message>
        <source>USB flash &amp;drives:</source>
        <translation>USB-flash-&amp;enheter:</translation>
    </message>
    <message>
        <source>USB flash drives</source>
        <translation>USB-flash-enheter</translation>
    </message>
    <message>
        <source>Insert a USB flash drive. It appears here as soon as the computer has mounted it.</source>
        <translation>Sett inn en USB-flash-enhet. Den vises her så snart datamaskinen har montert den.</translation>
    </message>
    <message>
        <source>USB flash drive without a name</source>
        <translation>USB-flash-enhet uten navn</translation>
    </message>
    <message>
        <source>%1, %2 free</source>
        <translation>%1, %2 ledig</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The key is saved as a text file in the top folder of the stick, named the way Windows names it: “%1”.</source>
        <translation>Nøkkelen lagres som en tekstfil i den øverste mappen på USB-stasjonen, med samme navn som Windows gir den: «%1».</translation>
    </message>
    <message>
        <source>The key is saved as a text file in the top folder of the stick: “%1”.</source>
        <translation>Nøkkelen lagres som en tekstfil i den øverste mappen på USB-stasjonen: «%1».</translation>
    </message>
</context>
<context>
    <name>keyhaven::UsbTarget</name>
    <message>
        <source>Keyhaven could not confirm that %1 is a removable drive.</source>
        <translation>Keyhaven kunne ikke bekrefte at %1 er en flyttbar stasjon.</translation>
    </message>
    <message>
        <source>Eject the stick safely before you pull it out, so that nothing is lost.</source>
        <translation>Løs ut USB-stasjonen på en trygg måte før du tar den ut, så ingenting går tapt.</translation>
    </message>
    <message>
        <source>Keep the stick somewhere safe and away from the computer: if they are lost or stolen together, the key goes with the computer.</source>
        <translation>Oppbevar USB-stasjonen på et trygt sted, unna datamaskinen: blir de borte eller stjålet sammen, følger nøkkelen med datamaskinen.</translation>
    </message>
    <message>
        <source>%1 is not where a drive is mounted. Give the folder where the USB stick appears.</source>
        <translation>%1 er ikke der en stasjon er montert. Oppgi mappen der USB-flash-enheten vises.</translation>
    </message>
</context>
<context>
    <name>keyhaven::VerifyPage</name>
    <message>
        <source>Checking the key</source>
        <translation>Kontrollerer nøkkelen</translation>
    </message>
    <message>
        <source>Keyhaven checks the key against the drive, without unlocking or changing anything on it.</source>
        <translation>Keyhaven kontrollerer nøkkelen mot stasjonen, uten å låse den opp eller endre noe på den.</translation>
    </message>
    <message>
        <source>No drive was chosen, so there is nothing to check the key against.</source>
        <translation>Ingen stasjon ble valgt, så det er ingenting å kontrollere nøkkelen mot.</translation>
    </message>
    <message>
        <source>Checking the key against %1; this takes a moment…</source>
        <translation>Kontrollerer nøkkelen mot %1. Dette tar et øyeblikk…</translation>
    </message>
    <message>
        <source>the drive</source>
        <translation>stasjonen</translation>
    </message>
    <message>
        <source>The key is verified.</source>
        <translation>Nøkkelen er bekreftet.</translation>
    </message>
    <message>
        <source>This key opens %1.</source>
        <translation>Denne nøkkelen åpner %1.</translation>
    </message>
    <message>
        <source>The key ID you gave, %1, is not the ID of that protector: the key ID was corrected to %2.</source>
        <translation>Nøkkel-ID-en du oppga, %1, er ikke ID-en til den beskytteren: nøkkel-ID-en ble rettet til %2.</translation>
    </message>
    <message>
        <source>The key ID was filled in: %1.</source>
        <translation>Nøkkel-ID-en ble fylt ut: %1.</translation>
    </message>
    <message>
        <source>The recovery screen asks for this key when it shows a key ID starting with %1.</source>
        <translation>Gjenopprettingsskjermen ber om denne nøkkelen når den viser en nøkkel-ID som begynner med %1.</translation>
    </message>
    <message>
        <source>A startup key cannot be saved as text, printed or uploaded. Keep the .BEK file itself on a USB stick, away from the computer. Press Finish to close; to back up the drive&apos;s 48-digit recovery key as well, start again and choose the drive.</source>
        <translation>En oppstartsnøkkel kan ikke lagres som tekst, skrives ut eller lastes opp. Oppbevar selve .BEK-filen på en USB-stasjon, et annet sted enn datamaskinen. Trykk på Fullfør for å lukke. Hvis du også vil sikkerhetskopiere gjenopprettingsnøkkelen på 48 sifre for stasjonen, starter du på nytt og velger stasjonen.</translation>
    </message>
    <message>
        <source>The key does not open the drive.</source>
        <translation>Nøkkelen åpner ikke stasjonen.</translation>
    </message>
    <message>
        <source>This key does not open %1.</source>
        <translation>Denne nøkkelen åpner ikke %1.</translation>
    </message>
    <message>
        <source>Go back and check the key against your copy, group by group, and its key ID. A key that does not open the drive is no use as a backup.</source>
        <translation>Gå tilbake og sammenlign nøkkelen med kopien din, gruppe for gruppe, og kontroller nøkkel-ID-en. En nøkkel som ikke åpner stasjonen, er ubrukelig som sikkerhetskopi.</translation>
    </message>
    <message>
        <source>The key could not be checked.</source>
        <translation>Nøkkelen kunne ikke kontrolleres.</translation>
    </message>
    <message>
        <source>The key could not be checked against %1: %2</source>
        <translation>Nøkkelen kunne ikke kontrolleres mot %1: %2</translation>
    </message>
    <message>
        <source>The key is not verified: it is well formed, but only the drive can prove that it is right. You can still save it, knowing that it was not verified.</source>
        <translation>Nøkkelen er ikke bekreftet: den er riktig formet, men bare stasjonen kan bevise at den er riktig. Du kan likevel lagre den, vel vitende om at den ikke er bekreftet.</translation>
    </message>
    <message>
        <source>It is the drive&apos;s recovery key with the key ID %1.</source>
        <translation>Det er stasjonens gjenopprettingsnøkkel med nøkkel-ID %1.</translation>
    </message>
    <message>
        <source>It opened the drive through its %1, key ID %2.</source>
        <translation>Den låste opp stasjonen via %1, nøkkel-ID %2.</translation>
    </message>
</context>
<context>
    <name>keyhaven::WebDavProvider</name>
    <message>
        <source>A startup key file (.BEK) has no text form to upload; keep it on a USB stick.</source>
        <translation>En oppstartsnøkkelfil (.BEK) har ingen tekstform som kan lastes opp. Oppbevar den på en USB-stasjon.</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Laster opp</translation>
    </message>
    <message>
        <source>Looking for the folder on %1</source>
        <translation>Ser etter mappen på %1</translation>
    </message>
    <message>
        <source>Could not open the folder on the server.</source>
        <translation>Kunne ikke åpne mappen på serveren.</translation>
    </message>
    <message>
        <source>Creating the folder “%1”</source>
        <translation>Oppretter mappen «%1»</translation>
    </message>
    <message>
        <source>Could not create the folder “%1” on the server.</source>
        <translation>Kunne ikke opprette mappen «%1» på serveren.</translation>
    </message>
    <message>
        <source>Checking whether “%1” is already there</source>
        <translation>Sjekker om «%1» allerede finnes der</translation>
    </message>
    <message>
        <source>Could not check the folder for “%1”.</source>
        <translation>Kunne ikke sjekke mappen for «%1».</translation>
    </message>
    <message>
        <source>Other files already use the name “%1” and its numbered variants; nothing was overwritten and nothing was uploaded.</source>
        <translation>Andre filer bruker allerede navnet «%1» og de nummererte variantene av det; ingenting ble overskrevet, og ingenting ble lastet opp.</translation>
    </message>
    <message>
        <source>Uploading “%1”</source>
        <translation>Laster opp «%1»</translation>
    </message>
    <message>
        <source>Could not upload “%1”.</source>
        <translation>Kunne ikke laste opp «%1».</translation>
    </message>
    <message>
        <source>Reading “%1” back from the server</source>
        <translation>Leser «%1» tilbake fra serveren</translation>
    </message>
    <message>
        <source>“%1” was uploaded but could not be read back.</source>
        <translation>«%1» ble lastet opp, men kunne ikke leses tilbake.</translation>
    </message>
    <message>
        <source>“%1” on the server is not what was uploaded; do not rely on it.</source>
        <translation>«%1» på serveren er ikke det som ble lastet opp; ikke stol på den.</translation>
    </message>
    <message>
        <source>“%1” is already in the folder with this key; nothing was uploaded</source>
        <translation>«%1» ligger allerede i mappen med denne nøkkelen; ingenting ble lastet opp</translation>
    </message>
    <message>
        <source>“%1” read back from the server byte for byte</source>
        <translation>«%1» ble lest tilbake fra serveren byte for byte</translation>
    </message>
    <message>
        <source>A different file was already called “%1”; it was left alone and this copy is “%2”.</source>
        <translation>En annen fil het allerede «%1»; den ble latt være, og denne kopien heter «%2».</translation>
    </message>
    <message>
        <source>This key is already in %1 on the server; nothing was uploaded.</source>
        <translation>Denne nøkkelen ligger allerede i %1 på serveren; ingenting ble lastet opp.</translation>
    </message>
    <message>
        <source>Uploaded to %1 and read back.</source>
        <translation>Lastet opp til %1 og lest tilbake.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message numerus="yes">
        <source>The server refused to store “%1” %n time(s) in a row (412: a file is in the way), although the name was free each time Keyhaven looked. Nothing was overwritten and nothing was uploaded; the server may not handle If-None-Match correctly.</source>
        <translation>
            <numerusform>Serveren nektet å lagre «%1» %n gang på rad (412: en fil er i veien), selv om navnet var ledig hver gang Keyhaven så etter. Ingenting ble overskrevet, og ingenting ble lastet opp; serveren håndterer kanskje ikke If-None-Match riktig.</numerusform>
            <numerusform>Serveren nektet å lagre «%1» %n ganger på rad (412: en fil er i veien), selv om navnet var ledig hver gang Keyhaven så etter. Ingenting ble overskrevet, og ingenting ble lastet opp; serveren håndterer kanskje ikke If-None-Match riktig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyhaven::WelcomePage</name>
    <message>
        <source>Welcome to Keyhaven</source>
        <translation>Velkommen til Keyhaven</translation>
    </message>
    <message>
        <source>Keyhaven keeps a copy of your disk-encryption recovery key somewhere safe, before the day your computer asks for it, and finds the key again when it does.</source>
        <translation>Keyhaven tar vare på en kopi av gjenopprettingsnøkkelen for diskkrypteringen på et trygt sted før den dagen datamaskinen ber om den, og finner nøkkelen igjen når det skjer.</translation>
    </message>
    <message>
        <source>&amp;Back up a recovery key</source>
        <translation>&amp;Sikkerhetskopier en gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>Save your BitLocker recovery key or FileVault personal recovery key to your account, a USB flash drive, a file or a printed sheet. Keyhaven checks the key and reads every copy back.</source>
        <translation>Lagre BitLocker-gjenopprettingsnøkkelen eller den personlige FileVault-gjenopprettingsnøkkelen i kontoen din, på en USB-flash-enhet, i en fil eller på et utskrevet ark. Keyhaven kontrollerer nøkkelen og leser hver kopi tilbake.</translation>
    </message>
    <message>
        <source>&amp;Find a recovery key</source>
        <translation>F&amp;inn en gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>Is a computer showing the recovery screen? Enter the recovery key ID it shows, and Keyhaven looks for the key in your files and on your USB flash drives.</source>
        <translation>Viser en datamaskin gjenopprettingsskjermen? Skriv inn gjenopprettingsnøkkel-ID-en som vises, så leter Keyhaven etter nøkkelen i filene dine og på USB-flash-enhetene dine.</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Prøv på nytt nå</translation>
    </message>
    <message>
        <source>Retry the waiting uploads now</source>
        <translation>Prøv de ventende opplastingene på nytt nå</translation>
    </message>
    <message>
        <source>(no key ID)</source>
        <translation>(ingen nøkkel-ID)</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>USB flash drive</source>
        <translation>USB-flash-enhet</translation>
    </message>
    <message>
        <source>recovery sheet (PDF)</source>
        <translation>gjenopprettingsark (PDF)</translation>
    </message>
    <message>
        <source>printed recovery sheet</source>
        <translation>utskrevet gjenopprettingsark</translation>
    </message>
    <message>
        <source>account</source>
        <translation>konto</translation>
    </message>
    <message>
        <source>Keyhaven could not check your saved copies: %1</source>
        <translation>Keyhaven kunne ikke kontrollere de lagrede kopiene dine: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n saved copy/copies no longer unlock their drive: the drive&apos;s recovery keys changed after they were saved. Back up the drive&apos;s current recovery key again, and destroy these old copies:</source>
        <translation>
            <numerusform>%n lagret kopi låser ikke lenger opp stasjonen den hører til: gjenopprettingsnøklene til stasjonen ble endret etter at kopien ble lagret. Sikkerhetskopier den gjeldende gjenopprettingsnøkkelen til stasjonen på nytt, og slett eller makuler denne gamle kopien:</numerusform>
            <numerusform>%n lagrede kopier låser ikke lenger opp stasjonen de hører til: gjenopprettingsnøklene til stasjonen ble endret etter at kopiene ble lagret. Sikkerhetskopier den gjeldende gjenopprettingsnøkkelen til stasjonen på nytt, og slett eller makuler disse gamle kopiene:</numerusform>
        </translation>
    </message>
    <message>
        <source>• recovery key ID %1, %2: %3</source>
        <translation>• gjenopprettingsnøkkel-ID %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) to your accounts could not finish yet. The keys wait in the system keychain, and Keyhaven tries again every few minutes while it runs:</source>
        <translation>
            <numerusform>%n opplasting til kontoene dine er ikke fullført ennå. Nøkkelen venter i systemets nøkkelring, og Keyhaven prøver på nytt med noen minutters mellomrom så lenge programmet kjører:</numerusform>
            <numerusform>%n opplastinger til kontoene dine er ikke fullført ennå. Nøklene venter i systemets nøkkelring, og Keyhaven prøver på nytt med noen minutters mellomrom så lenge programmet kjører:</numerusform>
        </translation>
    </message>
    <message>
        <source>• recovery key ID %1 to “%2”</source>
        <translation>• gjenopprettingsnøkkel-ID %1 til kontoen «%2»</translation>
    </message>
    <message>
        <source> (last problem: %1)</source>
        <translation> (siste problem: %1)</translation>
    </message>
    <message>
        <source>Trying the waiting uploads again…</source>
        <translation>Prøver de ventende opplastingene på nytt…</translation>
    </message>
    <message>
        <source>Recovery key ID %1 to “%2”: %3</source>
        <translation>Gjenopprettingsnøkkel-ID %1 til kontoen «%2»: %3</translation>
    </message>
    <message>
        <source>No uploads were waiting.</source>
        <translation>Ingen opplastinger ventet.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;råk:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>&amp;Test a backup</source>
        <translation>&amp;Test en sikkerhetskopi</translation>
    </message>
    <message>
        <source>Choose a copy of your key — a file, a USB flash drive, a photo of the recovery sheet, or one of the copies Keyhaven made — and Keyhaven proves that it still opens your drive.</source>
        <translation>Velg en kopi av nøkkelen – en fil, en USB-flash-enhet, et bilde av gjenopprettingsarket eller en av kopiene Keyhaven har laget – så beviser Keyhaven at den fortsatt åpner stasjonen din.</translation>
    </message>
    <message>
        <source>Keyhaven went back to the start because it was not used for a while, and forgot the key you had entered, as a precaution. The copies already saved are where they were.</source>
        <translation>Keyhaven gikk tilbake til start fordi programmet ikke ble brukt på en stund, og glemte nøkkelen du hadde skrevet inn, for sikkerhets skyld. Kopiene som allerede er lagret, er der de var.</translation>
    </message>
</context>
</TS>
