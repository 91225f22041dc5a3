<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BekFileReader</name>
    <message numerus="yes">
        <source>The .BEK file is truncated: it has %n byte(s), fewer than its 48-byte header.</source>
        <translation>
            <numerusform>The .BEK file is truncated: it has %n byte, fewer than its 48-byte header.</numerusform>
            <numerusform>The .BEK file is truncated: it has %n bytes, fewer than its 48-byte header.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The .BEK file&apos;s key at byte %1 has %n byte(s); an external key has 32.</source>
        <translation>
            <numerusform>The .BEK file&apos;s key at byte %1 has %n byte; an external key has 32.</numerusform>
            <numerusform>The .BEK file&apos;s key at byte %1 has %n bytes; an external key has 32.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>No key with an ID starting with %1 was found in %n file(s).</source>
        <translation>
            <numerusform>No key with an ID starting with %1 was found in %n file.</numerusform>
            <numerusform>No key with an ID starting with %1 was found in %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or folder(s) could not be searched (above); the key may be in one of them.</source>
        <translation>
            <numerusform>%n file or folder could not be searched (above); the key may be in one of them.</numerusform>
            <numerusform>%n files or folders could not be searched (above); the key may be in one of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different keys have an ID starting with %1:</source>
        <translation>
            <numerusform>%n different keys have an ID starting with %1:</numerusform>
            <numerusform>%n different keys have an ID starting with %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of key material (not shown)</source>
        <translation>
            <numerusform>%n byte of key material (not shown)</numerusform>
            <numerusform>%n bytes of key material (not shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: key %2 to the account “%3”, tried %n time(s), next try %4. Last problem: %5</source>
        <translation>
            <numerusform>%1: key %2 to the account “%3”, tried %n time, next try %4. Last problem: %5</numerusform>
            <numerusform>%1: key %2 to the account “%3”, tried %n times, next try %4. Last problem: %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) still waiting.</source>
        <translation>
            <numerusform>%n upload still waiting.</numerusform>
            <numerusform>%n uploads still waiting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) to your accounts could not finish yet; their keys wait in the system keychain. Run “keyhaven-cli pending --retry” to try again.</source>
        <translation>
            <numerusform>%n upload to your accounts could not finish yet; its key waits in the system keychain. Run “keyhaven-cli pending --retry” to try again.</numerusform>
            <numerusform>%n uploads to your accounts could not finish yet; their keys wait in the system keychain. Run “keyhaven-cli pending --retry” to try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n copy/copies checked: ok.</source>
        <translation>
            <numerusform>The %n copy checked: ok.</numerusform>
            <numerusform>All %n copies checked: ok.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n copy/copies need attention.</source>
        <translation>
            <numerusform>%1 of %n copy needs attention.</numerusform>
            <numerusform>%1 of %n copies need attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyIdPrefix</name>
    <message numerus="yes">
        <source>A key ID has 32 characters, digits 0–9 and letters A–F; this has %n.</source>
        <translation>
            <numerusform>A key ID has 32 characters, digits 0–9 and letters A–F; this has %n.</numerusform>
            <numerusform>A key ID has 32 characters, digits 0–9 and letters A–F; this has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyVerifier</name>
    <message numerus="yes">
        <source>The key does not open %1: the drive has %n key(s) of this kind, and none accepts it.</source>
        <translation>
            <numerusform>The key does not open %1: the drive has %n key of this kind, and it does not accept it.</numerusform>
            <numerusform>The key does not open %1: the drive has %n keys of this kind, and none accepts it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetadataHelper</name>
    <message numerus="yes">
        <source>Administrator rights were not given (the password prompt was closed), so %n drive(s) could not be read.</source>
        <translation>
            <numerusform>Administrator rights were not given (the password prompt was closed), so %n drive could not be read.</numerusform>
            <numerusform>Administrator rights were not given (the password prompt was closed), so %n drives could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Administrator rights were refused, or there is no program to ask for them (a polkit authentication agent), so %n drive(s) could not be read.</source>
        <translation>
            <numerusform>Administrator rights were refused, or there is no program to ask for them (a polkit authentication agent), so %n drive could not be read.</numerusform>
            <numerusform>Administrator rights were refused, or there is no program to ask for them (a polkit authentication agent), so %n drives could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingRetry</name>
    <message numerus="yes">
        <source>Not tried this time: the retries took all the %n second(s) they may take together. The key still waits in the system keychain.</source>
        <translation>
            <numerusform>Not tried this time: the retries took the %n second they may take together. The key still waits in the system keychain.</numerusform>
            <numerusform>Not tried this time: the retries took all the %n seconds they may take together. The key still waits in the system keychain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalRecoveryKey</name>
    <message numerus="yes">
        <source>The key has %n character(s); a FileVault recovery key has 24 in 6 groups of 4.</source>
        <translation>
            <numerusform>The key has %n character; a FileVault recovery key has 24 in 6 groups of 4.</numerusform>
            <numerusform>The key has %n characters; a FileVault recovery key has 24 in 6 groups of 4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key has %n group(s); a FileVault recovery key has 6 groups of 4.</source>
        <translation>
            <numerusform>The key has %n group; a FileVault recovery key has 6 groups of 4.</numerusform>
            <numerusform>The key has %n groups; a FileVault recovery key has 6 groups of 4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1 has %n character(s); each group has 4.</source>
        <translation>
            <numerusform>Group %1 has %n character; each group has 4.</numerusform>
            <numerusform>Group %1 has %n characters; each group has 4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryKeyReader</name>
    <message numerus="yes">
        <source>Read %n recovery key(s) from %1, each proven to open its own protector.</source>
        <translation>
            <numerusform>Read %n recovery key from %1, proven to open its own protector.</numerusform>
            <numerusform>Read %n recovery keys from %1, each proven to open its own protector.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryPassword</name>
    <message numerus="yes">
        <source>The key has %n digit(s); a recovery key has 48 digits in 8 groups of 6.</source>
        <translation>
            <numerusform>The key has %n digit; a recovery key has 48 digits in 8 groups of 6.</numerusform>
            <numerusform>The key has %n digits; a recovery key has 48 digits in 8 groups of 6.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1 has %n digit(s); each group has 6.</source>
        <translation>
            <numerusform>Group %1 has %n digit; each group has 6.</numerusform>
            <numerusform>Group %1 has %n digits; each group has 6.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VolumeProbe</name>
    <message numerus="yes">
        <source>%1 is far too small to be a BitLocker or FileVault volume: it holds only %n byte(s).</source>
        <translation>
            <numerusform>%1 is far too small to be a BitLocker or FileVault volume: it holds only %n byte.</numerusform>
            <numerusform>%1 is far too small to be a BitLocker or FileVault volume: it holds only %n bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowsVolumeSource</name>
    <message numerus="yes">
        <source>PowerShell did not answer within %n second(s).</source>
        <translation>
            <numerusform>PowerShell did not answer within %n second.</numerusform>
            <numerusform>PowerShell did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Windows handed over %n recovery key(s) of %1 (Get-BitLockerVolume, as administrator). They were not also checked against the drive here, so they are not verified.</source>
        <translation>
            <numerusform>Windows handed over %n recovery key of %1 (Get-BitLockerVolume, as administrator). It was not also checked against the drive here, so it is not verified.</numerusform>
            <numerusform>Windows handed over %n recovery keys of %1 (Get-BitLockerVolume, as administrator). They were not also checked against the drive here, so they are not verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyhaven::CopyCheckPanel</name>
    <message numerus="yes">
        <source>Looking for your drives, then reading %n copy/copies…</source>
        <translation>
            <numerusform>Looking for your drives, then reading %n copy…</numerusform>
            <numerusform>Looking for your drives, then reading %n copies…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n copy/copies…</source>
        <translation>
            <numerusform>Checked %1 of %n copy…</numerusform>
            <numerusform>Checked %1 of %n copies…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n copy/copies checked: each one is there, unchanged, and reads as its key.</source>
        <translation>
            <numerusform>The %n copy checked: it is there, unchanged, and reads as its key.</numerusform>
            <numerusform>All %n copies checked: each one is there, unchanged, and reads as its key.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n copy/copies need attention:</source>
        <translation>
            <numerusform>%1 of %n copy needs attention:</numerusform>
            <numerusform>%1 of %n copies need attention:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyhaven::DriveList</name>
    <message numerus="yes">
        <source>Found %n encrypted drive(s). Choose the one whose key you want to back up.</source>
        <translation>
            <numerusform>Found %n encrypted drive. Choose the one whose key you want to back up.</numerusform>
            <numerusform>Found %n encrypted drives. Choose the one whose key you want to back up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyhaven::FindResultPage</name>
    <message numerus="yes">
        <source>Looking for the key whose ID starts with %1 in %n place(s)…</source>
        <translation>
            <numerusform>Looking for the key whose ID starts with %1 in %n place…</numerusform>
            <numerusform>Looking for the key whose ID starts with %1 in %n places…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or place(s) could not be searched; the key may be in one of them:</source>
        <translation>
            <numerusform>%n file or place could not be searched; the key may be in one of them:</numerusform>
            <numerusform>%n files or places could not be searched; the key may be in one of them:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different keys have an ID starting with %1. Type more characters of the recovery key ID shown on the recovery screen, or choose the ID below.</source>
        <translation>
            <numerusform>%n different keys have an ID starting with %1. Type more characters of the recovery key ID shown on the recovery screen, or choose the ID below.</numerusform>
            <numerusform>%n different keys have an ID starting with %1. Type more characters of the recovery key ID shown on the recovery screen, or choose the ID below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keyhaven looked through %n file(s) in:</source>
        <translation>
            <numerusform>Keyhaven looked through %n file in:</numerusform>
            <numerusform>Keyhaven looked through %n files in:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyhaven::HttpClient</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>The server did not answer within %n second.</numerusform>
            <numerusform>The server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server kept asking for more: Keyhaven stopped after %n request(s) for this upload.</source>
        <translation>
            <numerusform>The server kept asking for more: Keyhaven stopped after %n request for this upload.</numerusform>
            <numerusform>The server kept asking for more: Keyhaven stopped after %n requests for this upload.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The upload did not finish within the %n second(s) it may take.</source>
        <translation>
            <numerusform>The upload did not finish within the %n second it may take.</numerusform>
            <numerusform>The upload did not finish within the %n seconds it may take.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server redirected the request more than %n time(s); Keyhaven stopped.</source>
        <translation>
            <numerusform>The server redirected the request more than %n time; Keyhaven stopped.</numerusform>
            <numerusform>The server redirected the request more than %n times; Keyhaven stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyhaven::IdleGuard</name>
    <message numerus="yes">
        <source>Keyhaven will forget the key in %n s.</source>
        <translation>
            <numerusform>Keyhaven will forget the key in %n s.</numerusform>
            <numerusform>Keyhaven will forget the key in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyhaven::KeyFileChoice</name>
    <message numerus="yes">
        <source>%1 holds %n keys. Choose the one to back up:</source>
        <translation>
            <numerusform>%1 holds %n key. Choose the one to back up:</numerusform>
            <numerusform>%1 holds %n keys. Choose the one to back up:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyhaven::KeyPage</name>
    <message numerus="yes">
        <source>%1 holds %n keys that could belong to this drive. Go back and open the file there to choose one.</source>
        <translation>
            <numerusform>%1 holds %n keys that could belong to this drive. Go back and open the file there to choose one.</numerusform>
            <numerusform>%1 holds %n keys that could belong to this drive. Go back and open the file there to choose one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n keys. Go back and open the file there to choose one.</source>
        <translation>
            <numerusform>%1 holds %n keys. Go back and open the file there to choose one.</numerusform>
            <numerusform>%1 holds %n keys. Go back and open the file there to choose one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read from %1 and proven: each of these %n keys opens the drive. Every ticked key is backed up; untick one to leave it out.</source>
        <translation>
            <numerusform>Read from %1 and proven: this %n key opens the drive. Every ticked key is backed up; untick one to leave it out.</numerusform>
            <numerusform>Read from %1 and proven: each of these %n keys opens the drive. Every ticked key is backed up; untick one to leave it out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A key ID has 32 characters, digits 0–9 and letters A–F; this has %n.</source>
        <translation>
            <numerusform>A key ID has 32 characters, digits 0–9 and letters A–F; this has %n.</numerusform>
            <numerusform>A key ID has 32 characters, digits 0–9 and letters A–F; this has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyhaven::RecoveryKeyEdit</name>
    <message numerus="yes">
        <source>All %n groups are complete and well formed.</source>
        <translation>
            <numerusform>All %n groups are complete and well formed.</numerusform>
            <numerusform>All %n groups are complete and well formed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n groups complete; each group is checked as soon as it is complete.</source>
        <translation>
            <numerusform>%1 of %n groups complete; each group is checked as soon as it is complete.</numerusform>
            <numerusform>%1 of %n groups complete; each group is checked as soon as it is complete.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyhaven::SecretClipboard</name>
    <message numerus="yes">
        <source>Copied — the clipboard is cleared in %n s.</source>
        <translation>
            <numerusform>Copied — the clipboard is cleared in %n s.</numerusform>
            <numerusform>Copied — the clipboard is cleared in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyhaven::SummaryPage</name>
    <message numerus="yes">
        <source>Your %n recovery keys are saved, %1 copies in all. The files were read back; check the printed pages yourself.</source>
        <translation>
            <numerusform>Your %n recovery key is saved, %1 copies in all. The files were read back; check the printed pages yourself.</numerusform>
            <numerusform>Your %n recovery keys are saved, %1 copies in all. The files were read back; check the printed pages yourself.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %n recovery keys are saved, %1 copies in all, and every copy was read back.</source>
        <translation>
            <numerusform>Your %n recovery key is saved, %1 copies in all, and every copy was read back.</numerusform>
            <numerusform>Your %n recovery keys are saved, %1 copies in all, and every copy was read back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This run saved %n recovery keys of the drive:</source>
        <translation>
            <numerusform>This run saved %n recovery key of the drive:</numerusform>
            <numerusform>This run saved %n recovery keys of the drive:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyhaven::WebDavProvider</name>
    <message numerus="yes">
        <source>The server refused to store “%1” %n time(s) in a row (412: a file is in the way), although the name was free each time Keyhaven looked. Nothing was overwritten and nothing was uploaded; the server may not handle If-None-Match correctly.</source>
        <translation>
            <numerusform>The server refused to store “%1” %n time (412: a file is in the way), although the name was free when Keyhaven looked. Nothing was overwritten and nothing was uploaded; the server may not handle If-None-Match correctly.</numerusform>
            <numerusform>The server refused to store “%1” %n times in a row (412: a file is in the way), although the name was free each time Keyhaven looked. Nothing was overwritten and nothing was uploaded; the server may not handle If-None-Match correctly.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyhaven::WelcomePage</name>
    <message numerus="yes">
        <source>%n saved copy/copies no longer unlock their drive: the drive&apos;s recovery keys changed after they were saved. Back up the drive&apos;s current recovery key again, and destroy these old copies:</source>
        <translation>
            <numerusform>%n saved copy no longer unlocks its drive: the drive&apos;s recovery keys changed after it was saved. Back up the drive&apos;s current recovery key again, and destroy this old copy:</numerusform>
            <numerusform>%n saved copies no longer unlock their drive: the drive&apos;s recovery keys changed after they were saved. Back up the drive&apos;s current recovery key again, and destroy these old copies:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) to your accounts could not finish yet. The keys wait in the system keychain, and Keyhaven tries again every few minutes while it runs:</source>
        <translation>
            <numerusform>%n upload to your accounts could not finish yet. Its key waits in the system keychain, and Keyhaven tries again every few minutes while it runs:</numerusform>
            <numerusform>%n uploads to your accounts could not finish yet. The keys wait in the system keychain, and Keyhaven tries again every few minutes while it runs:</numerusform>
        </translation>
    </message>
</context>
</TS>
