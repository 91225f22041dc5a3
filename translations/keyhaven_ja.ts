<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccountCopyCheck</name>
    <message>
        <source>None of Keyhaven&apos;s accounts leads to %1 any more, so the upload was not checked.</source>
        <translation>Keyhaven のアカウントのどれも %1 を指していないため、アップロードは確認されませんでした。</translation>
    </message>
    <message>
        <source>Add the account again (keyhaven-cli account add) and check again.</source>
        <translation>アカウントをもう一度追加して (keyhaven-cli account add)、もう一度確認してください。</translation>
    </message>
    <message>
        <source>The password of the account “%1” could not be read: %2</source>
        <translation>アカウント「%1」のパスワードを読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>The server of “%1” could not be asked: %2</source>
        <translation>「%1」のサーバーに問い合わせできませんでした: %2</translation>
    </message>
    <message>
        <source>Check again when the server can be reached.</source>
        <translation>サーバーに接続できるようになったら、もう一度確認してください。</translation>
    </message>
    <message>
        <source>The file is no longer on the server of “%1”: %2.</source>
        <translation>ファイルは「%1」のサーバーにもうありません: %2。</translation>
    </message>
    <message>
        <source>Back up %1 to the account again.</source>
        <translation>%1 をもう一度アカウントにバックアップしてください。</translation>
    </message>
    <message>
        <source>The server of “%1” refused to show the file (%2).</source>
        <translation>「%1」のサーバーはファイルの表示を拒否しました (%2)。</translation>
    </message>
    <message>
        <source>Check the account&apos;s user name and password (keyhaven-cli account add), then check again.</source>
        <translation>アカウントのユーザー名とパスワードを確認してから (keyhaven-cli account add)、もう一度確認してください。</translation>
    </message>
    <message>
        <source>The server of “%1” did not give the file back: %2</source>
        <translation>「%1」のサーバーはファイルを返しませんでした: %2</translation>
    </message>
    <message>
        <source>Check again later; if it stays so, back up the key to the account again.</source>
        <translation>後でもう一度確認してください。変わらない場合は、キーをもう一度アカウントにバックアップしてください。</translation>
    </message>
    <message>
        <source>read back from the server</source>
        <translation>サーバーから読み戻しました</translation>
    </message>
    <message>
        <source>The Crypt Server of “%1” could not be asked: %2</source>
        <translation>「%1」の Crypt Server に問い合わせできませんでした: %2</translation>
    </message>
    <message>
        <source>The Crypt Server of “%1” did not answer the question: %2</source>
        <translation>「%1」の Crypt Server は問い合わせに答えませんでした: %2</translation>
    </message>
    <message>
        <source>Check again later, or ask the server&apos;s administrator.</source>
        <translation>後でもう一度確認するか、サーバーの管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>The Crypt Server of “%1” says it holds no recovery key for %2.</source>
        <translation>「%1」の Crypt Server には %2 の回復キーがありません。</translation>
    </message>
    <message>
        <source>The Crypt Server of “%1” says it holds a recovery key for %2. A Crypt Server never gives keys back, so whether it is this very key was not checked.</source>
        <translation>「%1」の Crypt Server によると、%2 の回復キーを保管しています。Crypt Server はキーを返さないため、それがこのキーそのものかどうかは確認されていません。</translation>
    </message>
    <message>
        <source>the server says it holds a recovery key for %1</source>
        <translation>サーバーによると、%1 の回復キーを保管しています</translation>
    </message>
    <message>
        <source>the server says it holds a recovery key for %1 (escrowed %2)</source>
        <translation>サーバーによると、%1 の回復キーを保管しています (預託日 %2)</translation>
    </message>
</context>
<context>
    <name>AccountRules</name>
    <message>
        <source>“%1” cannot be an account name: use up to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>「%1」はアカウント名に使用できません。英字、数字、ピリオド、ハイフン、アンダースコアを 64 文字以内で使用し、英字または数字で始めてください。</translation>
    </message>
    <message>
        <source>“%1” is not a server address; write it like https://keys.example.org/.</source>
        <translation>「%1」はサーバーのアドレスではありません。https://keys.example.org/ のように入力してください。</translation>
    </message>
    <message>
        <source>The server address must not have a query (?) or fragment (#).</source>
        <translation>サーバーのアドレスにクエリ (?) やフラグメント (#) を含めることはできません。</translation>
    </message>
    <message>
        <source>Plain http:// sends the key unprotected over the network; use https:// (http:// is accepted only for this computer itself).</source>
        <translation>http:// ではキーが保護されないままネットワークに送信されます。https:// を使用してください (http:// はこのコンピューター自身に対してのみ使用できます)。</translation>
    </message>
    <message>
        <source>“%1” is not a web address; use https://.</source>
        <translation>「%1」は Web アドレスではありません。https:// を使用してください。</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address; give the user name on its own.</source>
        <translation>アドレスにはユーザー名とパスワードを含めず、ユーザー名は別に指定してください。</translation>
    </message>
</context>
<context>
    <name>AccountSetup</name>
    <message>
        <source>A WebDAV account needs the user name you sign in to the server with.</source>
        <translation>WebDAV アカウントには、サーバーへのサインインに使うユーザー名が必要です。</translation>
    </message>
    <message>
        <source>A WebDAV account needs its password (or app password).</source>
        <translation>WebDAV アカウントにはパスワード (またはアプリ パスワード) が必要です。</translation>
    </message>
    <message>
        <source>The account&apos;s password could not be removed from the system keychain: %1</source>
        <translation>アカウントのパスワードをシステムのキーチェーンから削除できませんでした: %1</translation>
    </message>
    <message>
        <source>The account was not saved, and nothing was changed: %1</source>
        <translation>アカウントは保存されず、何も変更されていません: %1</translation>
    </message>
    <message>
        <source>The account was not saved, and nothing was changed: the system keychain did not take its password (%1).</source>
        <translation>アカウントは保存されず、何も変更されていません: システムのキーチェーンがパスワードを受け付けませんでした (%1)。</translation>
    </message>
    <message>
        <source>The account “%1” was not updated: %2 Its password in the system keychain was already replaced by the new one.</source>
        <translation>アカウント「%1」は更新されませんでした: %2 システムのキーチェーンにあるパスワードは、すでに新しいものに置き換えられています。</translation>
    </message>
    <message>
        <source>The account was not saved: %1 Its password was taken out of the system keychain again.</source>
        <translation>アカウントは保存されませんでした: %1 パスワードはシステムのキーチェーンから再び削除しました。</translation>
    </message>
    <message>
        <source>The account was not saved: %1 Its password stays in the system keychain (entry %2) and could not be taken out again.</source>
        <translation>アカウントは保存されませんでした: %1 パスワードはシステムのキーチェーン (エントリ %2) に残っており、削除できませんでした。</translation>
    </message>
    <message>
        <source>The account was not removed, and nothing was changed: %1</source>
        <translation>アカウントは削除されず、何も変更されていません: %1</translation>
    </message>
    <message>
        <source>The account was not removed: %1</source>
        <translation>アカウントは削除されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>BackupTargetFactory</name>
    <message>
        <source>“text:” needs a folder, for example text:/media/me/KEYS.</source>
        <translation>「text:」にはフォルダーを指定する必要があります (例: text:/media/me/KEYS)。</translation>
    </message>
    <message>
        <source>“usb:” needs the folder where the stick is mounted, for example usb:/media/me/STICK. “keyhaven-cli backup --list-drives” lists them.</source>
        <translation>「usb:」には USB フラッシュ ドライブがマウントされているフォルダーを指定する必要があります (例: usb:/media/me/STICK)。一覧は「keyhaven-cli backup --list-drives」で表示できます。</translation>
    </message>
    <message>
        <source>“sheet:” needs a PDF file to write, for example sheet:/media/me/STICK/key.pdf.</source>
        <translation>「sheet:」には書き込む PDF ファイルを指定する必要があります (例: sheet:/media/me/STICK/key.pdf)。</translation>
    </message>
    <message>
        <source>Unknown backup target “%1”. Known targets: %2.</source>
        <translation>不明なバックアップ先「%1」です。使用できるバックアップ先: %2。</translation>
    </message>
</context>
<context>
    <name>BackupTest</name>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This copy holds recovery key ID %1 and the key in it is well-formed, but no drive with that key is connected, so Keyhaven could not prove that it opens one.</source>
        <translation>このコピーには回復キー ID %1 のキーがあり、形式は正しいですが、このキーのドライブが接続されていないため、Keyhaven はドライブを開けることを証明できませんでした。</translation>
    </message>
    <message>
        <source>This copy will not open %1: its recovery key ID %2 is no longer one of the drive&apos;s keys (the drive&apos;s recovery key was changed). Back up the drive&apos;s current key, and destroy this copy.</source>
        <translation>このコピーでは %1 を開けません: 回復キー ID %2 はもうこのドライブのキーではありません (ドライブの回復キーが変更されました)。ドライブの現在のキーをバックアップし、このコピーは破棄してください。</translation>
    </message>
    <message>
        <source>This copy works: Keyhaven proved that its key (recovery key ID %1) opens %2.</source>
        <translation>このコピーは使えます: Keyhaven は、このキー (回復キー ID %1) で %2 を開けることを証明しました。</translation>
    </message>
    <message>
        <source>This copy will not open %1: the key in it (recovery key ID %2) does not unlock the drive. Back up the drive&apos;s current key, and destroy this copy.</source>
        <translation>このコピーでは %1 を開けません: このキー (回復キー ID %2) ではドライブのロックを解除できません。ドライブの現在のキーをバックアップし、このコピーは破棄してください。</translation>
    </message>
    <message>
        <source>This copy holds recovery key ID %1, but Keyhaven could not try it on %2: %3</source>
        <translation>このコピーには回復キー ID %1 のキーがありますが、Keyhaven は %2 で試せませんでした: %3</translation>
    </message>
    <message>
        <source>Keyhaven found no recovery key in this copy.</source>
        <translation>このコピーに回復キーは見つかりませんでした。</translation>
    </message>
    <message>
        <source>Keyhaven could not read a recovery key from this copy: %1</source>
        <translation>このコピーから回復キーを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>There is no recovery key file at the top of the USB stick “%1”.</source>
        <translation>USB フラッシュ ドライブ「%1」の最上位に回復キーのファイルはありません。</translation>
    </message>
    <message>
        <source>This copy works: it is unchanged, and Keyhaven proved that its key (recovery key ID %1) opens %2.</source>
        <translation>このコピーは使えます: 変更されておらず、Keyhaven は、このキー (回復キー ID %1) で %2 を開けることを証明しました。</translation>
    </message>
</context>
<context>
    <name>BekFileReader</name>
    <message numerus="yes">
        <source>The .BEK file is truncated: it has %n byte(s), fewer than its 48-byte header.</source>
        <translation>
            <numerusform>.BEK ファイルが途中で切れています。サイズが %n バイトしかなく、48 バイトのヘッダーより小さくなっています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The .BEK file is truncated: its header says %1 bytes, but the file has %2.</source>
        <translation>.BEK ファイルが途中で切れています。ヘッダーでは %1 バイトですが、ファイルは %2 バイトです。</translation>
    </message>
    <message>
        <source>The .BEK file has %1 bytes, more than the %2 its header says: it is damaged or not a .BEK file.</source>
        <translation>.BEK ファイルは %1 バイトあり、ヘッダーに記載された %2 バイトより大きくなっています。ファイルが破損しているか、.BEK ファイルではありません。</translation>
    </message>
    <message>
        <source>The .BEK file&apos;s header is damaged: its two size fields disagree.</source>
        <translation>.BEK ファイルのヘッダーが破損しています。2 つのサイズ フィールドが一致しません。</translation>
    </message>
    <message numerus="yes">
        <source>The .BEK file&apos;s key at byte %1 has %n byte(s); an external key has 32.</source>
        <translation>
            <numerusform>.BEK ファイルの %1 バイト目にあるキーは %n バイトです。外部キーは 32 バイトです。</numerusform>
        </translation>
    </message>
    <message>
        <source>The .BEK file is damaged: the entry at byte %1 does not fit in the file.</source>
        <translation>.BEK ファイルが破損しています。%1 バイト目のエントリがファイルに収まっていません。</translation>
    </message>
    <message>
        <source>The .BEK file is damaged: its key entry does not fit in the file.</source>
        <translation>.BEK ファイルが破損しています。キーのエントリがファイルに収まっていません。</translation>
    </message>
    <message>
        <source>The .BEK file holds no external key: its entry is of type %1, value type %2.</source>
        <translation>.BEK ファイルに外部キーが含まれていません。エントリの種類は %1、値の種類は %2 です。</translation>
    </message>
    <message>
        <source>The .BEK file holds no key.</source>
        <translation>.BEK ファイルにキーが含まれていません。</translation>
    </message>
    <message>
        <source>The .BEK file names two different protector IDs; the one in its header is used.</source>
        <translation>.BEK ファイルに 2 つの異なる保護機能 ID が記載されています。ヘッダーの ID を使用します。</translation>
    </message>
</context>
<context>
    <name>BitLockerMetadataReader</name>
    <message>
        <source>Only the used space is encrypted (“used space only”): space that was free when encryption started may still hold old, unencrypted data.</source>
        <translation>使用済み領域のみが暗号化されています (「使用済み領域のみ」)。暗号化の開始時に空いていた領域には、暗号化されていない古いデータが残っている可能性があります。</translation>
    </message>
    <message>
        <source>A clear key is stored on the volume (BitLocker protection is suspended): it opens without any key until protection is resumed.</source>
        <translation>ボリュームにクリア キーが保存されています (BitLocker の保護が中断されています)。保護が再開されるまで、キーなしで開くことができます。</translation>
    </message>
    <message>
        <source>Encryption or decryption has not finished (BitLocker conversion state %1, next %2).</source>
        <translation>暗号化または暗号化解除が完了していません (BitLocker の変換状態 %1、次の状態 %2)。</translation>
    </message>
    <message>
        <source>Metadata copy %1 of 3 was read: the copies before it are damaged.</source>
        <translation>メタデータの 3 つのコピーのうち %1 番目を読み取りました。それより前のコピーは破損しています。</translation>
    </message>
    <message>
        <source>Part of the BitLocker metadata could not be understood: only what comes before it is shown.</source>
        <translation>BitLocker メタデータの一部を解釈できませんでした。その手前までの内容のみを表示しています。</translation>
    </message>
    <message>
        <source>%1 cannot be read here: it must be a file or device open for reading that allows seeking.</source>
        <translation>%1 はここでは読み取れません。読み取り用に開かれ、シークできるファイルまたはデバイスである必要があります。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is not a BitLocker volume.</source>
        <translation>%1 は BitLocker ボリュームではありません。</translation>
    </message>
    <message>
        <source>%1 is a BitLocker volume made by Windows Vista (metadata version 1): that format cannot be read here. Windows 7 or later can upgrade it.</source>
        <translation>%1 は Windows Vista で作成された BitLocker ボリュームです (メタデータ バージョン 1)。この形式はここでは読み取れません。Windows 7 以降でアップグレードできます。</translation>
    </message>
    <message>
        <source>Could not read the BitLocker metadata of %1: %2</source>
        <translation>%1 の BitLocker メタデータを読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1 ends before its BitLocker metadata: the image or device looks truncated.</source>
        <translation>%1 は BitLocker メタデータの手前で終わっています。イメージまたはデバイスが途中で切れているようです。</translation>
    </message>
    <message>
        <source>%1 has a BitLocker header, but none of its three metadata copies is intact.</source>
        <translation>%1 には BitLocker ヘッダーがありますが、3 つのメタデータのコピーはいずれも破損しています。</translation>
    </message>
</context>
<context>
    <name>BitLockerUnlock</name>
    <message>
        <source>This startup key belongs to another volume (%1).</source>
        <translation>このスタートアップ キーは別のボリューム (%1) のものです。</translation>
    </message>
    <message>
        <source>The volume has no startup-key protector with this key&apos;s ID, so the key belongs to another volume.</source>
        <translation>このボリュームには、このキーの ID を持つスタートアップ キーの保護機能がありません。このキーは別のボリュームのものです。</translation>
    </message>
    <message>
        <source>The volume has no recovery-key protector, so no recovery key can open it.</source>
        <translation>このボリュームには回復キーの保護機能がないため、どの回復キーでも開くことはできません。</translation>
    </message>
    <message>
        <source>The volume has no password protector, so no password can open it.</source>
        <translation>このボリュームにはパスワードの保護機能がないため、どのパスワードでも開くことはできません。</translation>
    </message>
    <message>
        <source>The volume&apos;s metadata holds no encrypted volume key (FVEK), so no key can be proven to open it.</source>
        <translation>このボリュームのメタデータには暗号化されたボリューム キー (FVEK) がないため、どのキーでも開けることを証明できません。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Password or app password for “%1” (not shown): </source>
        <translation>「%1」のパスワードまたはアプリ パスワード (表示されません): </translation>
    </message>
    <message>
        <source>Say which kind of account with --kind crypt or --kind webdav.</source>
        <translation>アカウントの種類を --kind crypt または --kind webdav で指定してください。</translation>
    </message>
    <message>
        <source>Could not read the password from standard input.</source>
        <translation>標準入力からパスワードを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Give the account&apos;s password (or app password) on standard input.</source>
        <translation>アカウントのパスワード (またはアプリ パスワード) を標準入力から渡してください。</translation>
    </message>
    <message>
        <source>Account “%1” updated.</source>
        <translation>アカウント「%1」を更新しました。</translation>
    </message>
    <message>
        <source>Account “%1” added.</source>
        <translation>アカウント「%1」を追加しました。</translation>
    </message>
    <message>
        <source>Its password is in the system keychain, not in a file.</source>
        <translation>パスワードはファイルではなく、システムのキーチェーンに保存されています。</translation>
    </message>
    <message>
        <source>%1  %2  %3  user %4  password %5</source>
        <translation>%1  %2  %3  ユーザー %4  パスワード %5</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>キーチェーン内</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>キーチェーンを使用できません</translation>
    </message>
    <message>
        <source>No accounts. Add one with “keyhaven-cli account add NAME --kind crypt|webdav --url URL --user USER”.</source>
        <translation>アカウントがありません。「keyhaven-cli account add NAME --kind crypt|webdav --url URL --user USER」で追加してください。</translation>
    </message>
    <message>
        <source>There is no account called “%1”.</source>
        <translation>「%1」という名前のアカウントはありません。</translation>
    </message>
    <message>
        <source>The upload of key %1 waiting for this account was dropped.</source>
        <translation>このアカウントへのアップロードを待っていたキー %1 は破棄されました。</translation>
    </message>
    <message>
        <source>Account “%1” removed.</source>
        <translation>アカウント「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Manages the accounts keys can be uploaded to: “add NAME” (the password comes on standard input and goes into the system keychain), “list”, “remove NAME”.</source>
        <translation>キーのアップロード先のアカウントを管理します: 「add NAME」(パスワードは標準入力から受け取り、システムのキーチェーンに保存します)、「list」、「remove NAME」。</translation>
    </message>
    <message>
        <source>add, list or remove</source>
        <translation>add、list、remove のいずれか</translation>
    </message>
    <message>
        <source>The account&apos;s name, e.g. work.</source>
        <translation>アカウントの名前 (例: work)。</translation>
    </message>
    <message>
        <source>crypt (a Crypt Server) or webdav (Nextcloud, ownCloud, …).</source>
        <translation>crypt (Crypt Server) または webdav (Nextcloud、ownCloud など)。</translation>
    </message>
    <message>
        <source>The server: the Crypt Server&apos;s base address, or the WebDAV root of your files.</source>
        <translation>サーバー: Crypt Server のベース アドレス、またはファイルの WebDAV ルート。</translation>
    </message>
    <message>
        <source>The user name on the server.</source>
        <translation>サーバーでのユーザー名。</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in FILE (PEM).</source>
        <translation>FILE (PEM) 内の証明機関も信頼します。</translation>
    </message>
    <message>
        <source>Identify with the client certificate and private key in FILE (PEM, mutual TLS).</source>
        <translation>FILE (PEM、相互 TLS) 内のクライアント証明書と秘密キーで認証します。</translation>
    </message>
    <message>
        <source>WebDAV: the folder to upload into (default: Keyhaven).</source>
        <translation>WebDAV: アップロード先のフォルダー (既定: Keyhaven)。</translation>
    </message>
    <message>
        <source>Use “account add NAME --kind crypt|webdav --url URL --user USER”, “account list” or “account remove NAME”.</source>
        <translation>「account add NAME --kind crypt|webdav --url URL --user USER」、「account list」、または「account remove NAME」を使用してください。</translation>
    </message>
    <message>
        <source>“%1” is not a full key ID. Give all 32 hex digits, as in 64311DEA-4587-4029-924A-BA299647998E.</source>
        <translation>「%1」は完全なキー ID ではありません。64311DEA-4587-4029-924A-BA299647998E のように、16 進数 32 桁をすべて指定してください。</translation>
    </message>
    <message>
        <source>The key on standard input is not valid: %1</source>
        <translation>標準入力のキーは有効ではありません: %1</translation>
    </message>
    <message>
        <source>%1 holds no recovery key that could be saved with that ID.</source>
        <translation>%1 には、その ID で保存できる回復キーがありません。</translation>
    </message>
    <message>
        <source>(no ID)</source>
        <translation>(ID なし)</translation>
    </message>
    <message>
        <source>%1 holds several keys. Choose one with --id:
%2</source>
        <translation>%1 には複数のキーが含まれています。--id で 1 つ選択してください:
%2</translation>
    </message>
    <message>
        <source>The key ID %1 is not one of the protectors of %2: this key does not belong to that volume.</source>
        <translation>キー ID %1 は %2 の保護機能のいずれでもありません。このキーはそのボリュームのものではありません。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>saved and checked</source>
        <translation>保存して確認済み</translation>
    </message>
    <message>
        <source>already saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>  checked: %1
</source>
        <translation>  確認済み: %1
</translation>
    </message>
    <message>
        <source>  note: %1
</source>
        <translation>  注: %1
</translation>
    </message>
    <message>
        <source>Saves a key to each target and reads every copy back. The key comes on standard input with its ID from --id, or from a key file given with --from. Targets: %1.</source>
        <translation>キーを各保存先に保存し、すべてのコピーを読み戻して確認します。キーは標準入力から受け取り、その ID は --id で指定します。または、--from で指定したキー ファイルから読み取ります。保存先: %1。</translation>
    </message>
    <message>
        <source>Where to save the key (may be repeated).</source>
        <translation>キーの保存先 (複数回指定できます)。</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>The key&apos;s ID (with a key on standard input), or which key of the --from file to save (8 or more digits).</source>
        <translation>キーの ID (標準入力からキーを渡す場合)、または --from のファイルのうち保存するキー (8 桁以上)。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Read the key from this key-material file.</source>
        <translation>このキー ファイルからキーを読み取ります。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The volume the key belongs to (checked, and recorded in the ledger so that stale copies can be found).</source>
        <translation>キーが属するボリューム (確認したうえで台帳に記録し、古くなったコピーを見つけられるようにします)。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>The ledger file to record the copies in (default: $KEYHAVEN_LEDGER, else the app&apos;s data folder).</source>
        <translation>コピーを記録する台帳ファイル (既定: $KEYHAVEN_LEDGER、未設定の場合はアプリのデータ フォルダー)。</translation>
    </message>
    <message>
        <source>Eject each USB stick safely once its copy is checked.</source>
        <translation>コピーの確認が終わったら、各 USB フラッシュ ドライブを安全に取り出します。</translation>
    </message>
    <message>
        <source>List the removable drives a key can be saved to.</source>
        <translation>キーを保存できるリムーバブル ドライブを一覧表示します。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>No removable drive is mounted. Plug in a USB stick and open it once, then try again.</source>
        <translation>マウントされているリムーバブル ドライブがありません。USB フラッシュ ドライブを接続して一度開いてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1  %2  (%3, %4, %5 free, %6)</source>
        <translation>%1  %2  (%3、%4、空き %5、%6)</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>ラベルなし</translation>
    </message>
    <message>
        <source>%1 was ejected: you can pull the stick out now.</source>
        <translation>%1 を取り出しました。USB フラッシュ ドライブを抜いてもかまいません。</translation>
    </message>
    <message>
        <source>%1 could not be ejected: %2</source>
        <translation>%1 を取り出せませんでした: %2</translation>
    </message>
    <message>
        <source>Print one JSON document on standard output.</source>
        <translation>標準出力に JSON ドキュメントを 1 つ出力します。</translation>
    </message>
    <message>
        <source>Run “keyhaven-cli %1 --help” for how to use it.</source>
        <translation>使い方は「keyhaven-cli %1 --help」で確認できます。</translation>
    </message>
    <message>
        <source>Type the key, then press Enter (it is not shown): </source>
        <translation>キーを入力して Enter キーを押してください (入力内容は表示されません): </translation>
    </message>
    <message>
        <source>Could not read the key from standard input.</source>
        <translation>標準入力からキーを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>The input is far too long to be a key.</source>
        <translation>入力が長すぎるため、キーではありません。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>(.BEK external key file)</source>
        <translation>(.BEK 外部キー ファイル)</translation>
    </message>
    <message>
        <source>%1
  Key:  %2
  File: %3</source>
        <translation>%1
  キー:     %2
  ファイル: %3</translation>
    </message>
    <message numerus="yes">
        <source>No key with an ID starting with %1 was found in %n file(s).</source>
        <translation>
            <numerusform>%n 個のファイルに、%1 で始まる ID のキーは見つかりませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or folder(s) could not be searched (above); the key may be in one of them.</source>
        <translation>
            <numerusform>%n 個のファイルまたはフォルダーを検索できませんでした (上記を参照)。キーがその中にある可能性があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n different keys have an ID starting with %1:</source>
        <translation>
            <numerusform>ID が %1 で始まるキーが %n 個あります:</numerusform>
        </translation>
    </message>
    <message>
        <source>Type more digits of the key ID shown on the recovery screen to choose one.</source>
        <translation>回復画面に表示されるキー ID をさらに入力して、1 つに絞り込んでください。</translation>
    </message>
    <message>
        <source>Finds saved keys by their key ID, the digits the recovery screen shows, in files and folders (searched recursively). Give 8 or more digits, or the full ID.</source>
        <translation>保存されたキーを、回復画面に表示されるキー ID でファイルとフォルダー (サブフォルダーも含む) から検索します。8 桁以上、または ID 全体を指定してください。</translation>
    </message>
    <message>
        <source>The key ID or its first 8 or more digits.</source>
        <translation>キー ID、またはその先頭 8 桁以上。</translation>
    </message>
    <message>
        <source>Files and folders to search.</source>
        <translation>検索するファイルとフォルダー。</translation>
    </message>
    <message>
        <source>PATH…</source>
        <translation>PATH…</translation>
    </message>
    <message>
        <source>Usage: keyhaven-cli find --id PREFIX PATH…</source>
        <translation>使い方: keyhaven-cli find --id PREFIX PATH…</translation>
    </message>
    <message>
        <source>BitLocker recovery key (48-digit recovery password)</source>
        <translation>BitLocker 回復キー (48 桁の回復パスワード)</translation>
    </message>
    <message>
        <source>BitLocker external key (.BEK)</source>
        <translation>BitLocker 外部キー (.BEK)</translation>
    </message>
    <message>
        <source>FileVault personal recovery key</source>
        <translation>FileVault の個人用回復キー</translation>
    </message>
    <message>
        <source>%1 (first 8 characters: %2)</source>
        <translation>%1 (先頭 8 文字: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of key material (not shown)</source>
        <translation>
            <numerusform>%n バイトのキー データ (表示されません)</numerusform>
        </translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>キー:</translation>
    </message>
    <message>
        <source>Volume GUID:</source>
        <translation>ボリューム GUID:</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>識別子:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>デバイス:</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>ボリューム:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ソース:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>The files to read.</source>
        <translation>読み取るファイル。</translation>
    </message>
    <message>
        <source>FILE…</source>
        <translation>FILE…</translation>
    </message>
    <message>
        <source>inspect needs at least one file to read: keyhaven-cli inspect FILE…</source>
        <translation>inspect には読み取るファイルを 1 つ以上指定する必要があります: keyhaven-cli inspect FILE…</translation>
    </message>
    <message>
        <source>current: the key still unlocks its volume</source>
        <translation>有効: このキーで引き続きボリュームのロックを解除できます</translation>
    </message>
    <message>
        <source>STALE: the volume no longer has this key; this copy will not unlock it</source>
        <translation>無効: ボリュームにこのキーはもうありません。このコピーではロックを解除できません</translation>
    </message>
    <message>
        <source>%1  %2  %3: %4</source>
        <translation>%1  %2  %3: %4</translation>
    </message>
    <message>
        <source>Lists the copies of keys Keyhaven made: which key, where, when. Given the volumes (--volume), marks the copies whose key no longer unlocks their volume as stale.</source>
        <translation>Keyhaven が作成したキーのコピー (どのキーを、どこに、いつ) を一覧表示します。ボリューム (--volume) を指定すると、ボリュームのロックを解除できなくなったコピーを「無効」として示します。</translation>
    </message>
    <message>
        <source>A volume (device or image) to check the copies against; may be repeated.</source>
        <translation>コピーの確認に使用するボリューム (デバイスまたはイメージ)。複数回指定できます。</translation>
    </message>
    <message>
        <source>The ledger file (default: $KEYHAVEN_LEDGER, else the app&apos;s data folder).</source>
        <translation>台帳ファイル (既定: $KEYHAVEN_LEDGER、未設定の場合はアプリのデータ フォルダー)。</translation>
    </message>
    <message>
        <source>Usage: keyhaven-cli ledger [--volume PATH…] [--ledger FILE]</source>
        <translation>使い方: keyhaven-cli ledger [--volume PATH…] [--ledger FILE]</translation>
    </message>
    <message>
        <source>No copies are recorded in %1 yet.</source>
        <translation>%1 にはまだコピーが記録されていません。</translation>
    </message>
    <message>
        <source>No uploads are waiting.</source>
        <translation>待機中のアップロードはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1: key %2 to the account “%3”, tried %n time(s), next try %4. Last problem: %5</source>
        <translation>
            <numerusform>%1: アカウント「%3」へのキー %2、試行 %n 回、次回の試行 %4。前回の問題: %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Key %1 to “%2”: %3</source>
        <translation>「%2」へのキー %1: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) still waiting.</source>
        <translation>
            <numerusform>%n 件のアップロードがまだ待機中です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the uploads to accounts that could not finish yet; their keys wait in the system keychain. With --retry, tries them all again now. Exit code 0: nothing left waiting; 3: some still wait.</source>
        <translation>まだ完了していないアカウントへのアップロードを一覧表示します。キーはシステムのキーチェーンで待機しています。--retry を指定すると、すべてを今すぐ再試行します。終了コード 0: 待機中のものはありません。3: まだ待機中のものがあります。</translation>
    </message>
    <message>
        <source>Try every waiting upload again now.</source>
        <translation>待機中のアップロードをすべて今すぐ再試行します。</translation>
    </message>
    <message>
        <source>“pending” takes no arguments; use --retry to try the uploads again.</source>
        <translation>「pending」に引数は指定できません。アップロードを再試行するには --retry を使用してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) to your accounts could not finish yet; their keys wait in the system keychain. Run “keyhaven-cli pending --retry” to try again.</source>
        <translation>
            <numerusform>アカウントへの %n 件のアップロードがまだ完了していません。キーはシステムのキーチェーンで待機しています。再試行するには「keyhaven-cli pending --retry」を実行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>The key is well formed. FileVault keys carry no checksum: only the volume can confirm that it is the right one (keyhaven-cli verify).</source>
        <translation>キーの形式は正しいです。FileVault キーにはチェックサムがないため、正しいキーかどうかはボリュームでのみ確認できます (keyhaven-cli verify)。</translation>
    </message>
    <message>
        <source>The recovery key is valid: all 8 groups pass their check.</source>
        <translation>回復キーは有効です。8 つのグループすべてがチェックに合格しました。</translation>
    </message>
    <message>
        <source>Checks the recovery key on standard input and prints its canonical form, or which group is wrong.</source>
        <translation>標準入力の回復キーを検証し、正規の形式、または誤っているグループを表示します。</translation>
    </message>
    <message>
        <source>The kind of key: bitlocker, filevault or auto (default).</source>
        <translation>キーの種類: bitlocker、filevault、auto (既定) のいずれか。</translation>
    </message>
    <message>
        <source>Read the key from FILE instead of standard input.</source>
        <translation>標準入力の代わりに FILE からキーを読み取ります。</translation>
    </message>
    <message>
        <source>validate takes the key on standard input, not as an argument: arguments show in the process list.</source>
        <translation>validate はキーを引数ではなく標準入力から受け取ります。引数はプロセスの一覧に表示されてしまうためです。</translation>
    </message>
    <message>
        <source>Unknown key type “%1”: use bitlocker, filevault or auto.</source>
        <translation>不明なキーの種類「%1」です。bitlocker、filevault、auto のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Key ID: %1 (the recovery screen shows %2)</source>
        <translation>キー ID: %1 (回復画面には %2 と表示されます)</translation>
    </message>
    <message>
        <source>Checks whether the key on standard input (or in --key-file, e.g. a .BEK file) opens the volume, without mounting it. Exit code 0: it opens the volume; 1: it does not; 3: it cannot be checked here.</source>
        <translation>標準入力 (または --key-file、たとえば .BEK ファイル) のキーでボリュームを開けるかどうかを、マウントせずに確認します。終了コード 0: ボリュームを開けます。1: 開けません。3: ここでは確認できません。</translation>
    </message>
    <message>
        <source>The volume: a block device or a disk image.</source>
        <translation>ボリューム: ブロック デバイスまたはディスク イメージ。</translation>
    </message>
    <message>
        <source>Read the key from FILE (any supported key file, or a file holding just the key).</source>
        <translation>FILE からキーを読み取ります (サポートされている任意のキー ファイル、またはキーだけを含むファイル)。</translation>
    </message>
    <message>
        <source>Name the volume with --volume PATH; the key comes on standard input or from --key-file.</source>
        <translation>ボリュームは --volume PATH で指定してください。キーは標準入力または --key-file から受け取ります。</translation>
    </message>
    <message>
        <source>recovery password (the 48-digit recovery key)</source>
        <translation>回復パスワード (48 桁の回復キー)</translation>
    </message>
    <message>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>startup key (.BEK file)</source>
        <translation>スタートアップ キー (.BEK ファイル)</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>TPM and PIN</source>
        <translation>TPM と PIN</translation>
    </message>
    <message>
        <source>smart card</source>
        <translation>スマート カード</translation>
    </message>
    <message>
        <source>clear key (protection suspended)</source>
        <translation>クリア キー (保護は中断中)</translation>
    </message>
    <message>
        <source>unknown kind (0x%1)</source>
        <translation>不明な種類 (0x%1)</translation>
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
        <translation>不明</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>GUID:</source>
        <translation>GUID:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>暗号化:</translation>
    </message>
    <message>
        <source>Protectors:</source>
        <translation>保護機能:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>注:</translation>
    </message>
    <message>
        <source>Lists BitLocker and FileVault 2 volumes with their protectors: the image files or devices given, or else every block device of this computer.</source>
        <translation>BitLocker と FileVault 2 のボリュームを保護機能とともに一覧表示します。対象は指定したイメージ ファイルまたはデバイスで、指定しない場合はこのコンピューターのすべてのブロック デバイスです。</translation>
    </message>
    <message>
        <source>Image files or devices to look at.</source>
        <translation>調べるイメージ ファイルまたはデバイス。</translation>
    </message>
    <message>
        <source>No BitLocker or FileVault volume was found.</source>
        <translation>BitLocker または FileVault のボリュームは見つかりませんでした。</translation>
    </message>
    <message>
        <source>No BitLocker or FileVault volume was found on the devices that could be read.</source>
        <translation>読み取れたデバイスに BitLocker または FileVault のボリュームは見つかりませんでした。</translation>
    </message>
    <message>
        <source>check the key on standard input and print its canonical form</source>
        <translation>標準入力のキーを検証し、正規の形式で表示します</translation>
    </message>
    <message>
        <source>read key material from files and list the keys found</source>
        <translation>ファイルからキーを読み取り、見つかったキーを一覧表示します</translation>
    </message>
    <message>
        <source>list encrypted volumes and their protectors</source>
        <translation>暗号化されたボリュームとその保護機能を一覧表示します</translation>
    </message>
    <message>
        <source>check whether a key opens a volume, without mounting it</source>
        <translation>キーでボリュームを開けるかどうかを、マウントせずに確認します</translation>
    </message>
    <message>
        <source>save a key to files, USB sticks and more, and read each copy back</source>
        <translation>キーをファイルや USB フラッシュ ドライブなどに保存し、各コピーを読み戻して確認します</translation>
    </message>
    <message>
        <source>find saved keys by key ID in files and folders</source>
        <translation>保存されたキーをキー ID でファイルとフォルダーから検索します</translation>
    </message>
    <message>
        <source>list what was saved where, and which copies are stale</source>
        <translation>何をどこに保存したか、どのコピーが無効になったかを一覧表示します</translation>
    </message>
    <message>
        <source>add, list or remove the accounts keys are uploaded to</source>
        <translation>キーのアップロード先のアカウントを追加、一覧表示、削除します</translation>
    </message>
    <message>
        <source>list the uploads still waiting, or retry them (--retry)</source>
        <translation>待機中のアップロードを一覧表示するか、再試行します (--retry)</translation>
    </message>
    <message>
        <source>Usage: keyhaven-cli COMMAND [options]

Keeps a safe, proven copy of a BitLocker or FileVault recovery key.
Keys are read from standard input (or --key-file), never from arguments.

Commands:
</source>
        <translation>使い方: keyhaven-cli COMMAND [options]

BitLocker または FileVault の回復キーを、確認済みのコピーとして安全に保管します。
キーは標準入力 (または --key-file) から読み取ります。引数からは読み取りません。

コマンド:
</translation>
    </message>
    <message>
        <source>
Every command takes --lang LANG: the language of its messages, en (English), ja (Japanese) or nb (Norwegian Bokmål); without it, the system&apos;s language.
Run “keyhaven-cli COMMAND --help” for a command&apos;s options.
Exit codes: 0 success, 1 a negative answer, 2 usage error, 3 I/O or environment error.</source>
        <translation>
どのコマンドでも --lang LANG でメッセージの言語を指定できます: en (英語)、ja (日本語)、nb (ノルウェー語 ブークモール)。指定しない場合はシステムの言語になります。
コマンドのオプションは「keyhaven-cli COMMAND --help」で確認できます。
終了コード: 0 成功、1 否定的な結果、2 使い方の誤り、3 入出力または環境のエラー。</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>不明なコマンド「%1」です。</translation>
    </message>
    <message>
        <source>%1  %2 %3: %4</source>
        <translation>%1  %2 %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>All %n copy/copies checked: ok.</source>
        <translation>
            <numerusform>%n 個のコピーをすべて確認しました: すべて OK です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n copy/copies need attention.</source>
        <translation>
            <numerusform>%n 個のコピーのうち %1 個に対処が必要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-reads every copy in the ledger: is it still there, the same bytes, the same key and key ID; an upload still on its server; the key still one of its drive&apos;s keys and still opening it, where the drive is at hand. One line per copy: ok, missing, changed, unreadable, stale or cannot-check, and what to do. Exit code 0: all ok; 1: a copy needs attention; 3: the ledger cannot be read.</source>
        <translation>保存したコピーの一覧にあるすべてのコピーを読み直します: まだあるか、同じバイトか、同じキーとキー ID か。アップロードがまだサーバーにあるか。ドライブが手元にある場合は、キーがまだドライブのキーで、ドライブを開けるか。コピーごとに 1 行で ok、missing、changed、unreadable、stale、cannot-check のいずれかと、対処方法を示します。終了コード 0: すべて ok、1: 対処が必要なコピーがある、3: 一覧を読み取れない。</translation>
    </message>
    <message>
        <source>A volume (device or image) to prove the copies against, besides the drives found; may be repeated.</source>
        <translation>見つかったドライブに加えて、コピーを検証するボリューム (デバイスまたはイメージ)。複数回指定できます。</translation>
    </message>
    <message>
        <source>Usage: keyhaven-cli check [--json] [--volume PATH…] [--ledger FILE]</source>
        <translation>使い方: keyhaven-cli check [--json] [--volume PATH…] [--ledger FILE]</translation>
    </message>
    <message>
        <source>No copies are recorded in %1 yet: there is nothing to check.</source>
        <translation>%1 にはまだコピーが記録されていません。確認するものはありません。</translation>
    </message>
    <message>
        <source>Reads key material from files and lists the keys found: Windows recovery text files, .BEK files, manage-bde output, PowerShell or Microsoft Graph JSON, fdesetup property lists and FileVault text files, and the QR code of a recovery sheet in a photo or scan (PNG, JPEG) or in the sheet PDF Keyhaven wrote, recognised by their content.</source>
        <translation>ファイルからキー情報を読み取り、見つかったキーを一覧表示します: Windows の回復テキスト ファイル、.BEK ファイル、manage-bde の出力、PowerShell または Microsoft Graph の JSON、fdesetup のプロパティ リスト、FileVault のテキスト ファイル、そして回復シートの写真やスキャン (PNG、JPEG) や Keyhaven が書いたシートの PDF にある QR コード。形式は内容から判別します。</translation>
    </message>
    <message>
        <source>re-read every copy in the ledger and say which still work</source>
        <translation>一覧にあるすべてのコピーを読み直し、まだ使えるかどうかを示します</translation>
    </message>
    <message>
        <source>The account was not added, and nothing was changed: %1</source>
        <translation>アカウントは追加されず、何も変更されていません: %1</translation>
    </message>
    <message>
        <source>Only the accounts that could be read are listed. %1</source>
        <translation>読み取れたアカウントだけを表示しています。%1</translation>
    </message>
    <message>
        <source>Only the waiting uploads that could be read are listed. %1</source>
        <translation>読み取れた待機中のアップロードだけを表示しています。%1</translation>
    </message>
    <message>
        <source>Read the recovery keys from the --volume itself, as “recover” does (the drive&apos;s password on standard input, or --key-file), and back up each one.</source>
        <translation>--volume で指定したボリューム自体から、「recover」と同じ方法で回復キーを読み取り (ドライブのパスワードは標準入力から、または --key-file)、それぞれをバックアップします。</translation>
    </message>
    <message>
        <source>With --from-volume: the drive&apos;s startup key (.BEK file).</source>
        <translation>--from-volume と一緒に使用: ドライブのスタートアップ キー (.BEK ファイル)。</translation>
    </message>
    <message>
        <source>Usage: keyhaven-cli backup --to TARGET… (--id ID &lt; key | --from FILE [--id ID] | --volume PATH --from-volume [--key-file FILE.BEK])</source>
        <translation>使い方: keyhaven-cli backup --to TARGET… (--id ID &lt; key | --from FILE [--id ID] | --volume PATH --from-volume [--key-file FILE.BEK])</translation>
    </message>
    <message>
        <source>its password (protector %1)</source>
        <translation>ドライブのパスワード (保護機能 %1)</translation>
    </message>
    <message>
        <source>its startup key (protector %1)</source>
        <translation>ドライブのスタートアップ キー (保護機能 %1)</translation>
    </message>
    <message>
        <source>its clear key (protector %1): BitLocker protection is suspended</source>
        <translation>ドライブのクリア キー (保護機能 %1)。BitLocker の保護は中断されています</translation>
    </message>
    <message>
        <source>a recovery key (protector %1)</source>
        <translation>回復キー (保護機能 %1)</translation>
    </message>
    <message>
        <source>protector %1</source>
        <translation>保護機能 %1</translation>
    </message>
    <message>
        <source>Unlocked with %1.</source>
        <translation>%1 でロックを解除しました。</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>回復キー: %1</translation>
    </message>
    <message>
        <source>Reads the recovery keys of a BitLocker volume back from the drive, with the drive&apos;s password on standard input, its startup key (--key-file FILE.BEK), or nothing at all (empty input) when the drive has a clear key. Only keys proven to open their own protector are printed. Exit code 0: keys read and proven; 1: the secret opens nothing, or there is no recovery key; 3: the volume cannot be read.</source>
        <translation>BitLocker ボリュームの回復キーをドライブから読み戻します。ドライブのパスワードは標準入力から、スタートアップ キーは --key-file FILE.BEK で指定します。ドライブにクリア キーがある場合は何も必要ありません (空の入力)。表示されるのは、それぞれの保護機能を開けることが証明されたキーだけです。終了コード 0: キーを読み取り、証明しました。1: 指定したもので何も開けないか、回復キーがありません。3: ボリュームを読み取れません。</translation>
    </message>
    <message>
        <source>The drive&apos;s startup key (.BEK file).</source>
        <translation>ドライブのスタートアップ キー (.BEK ファイル)。</translation>
    </message>
    <message>
        <source>Name the volume with --volume PATH; the password comes on standard input, a startup key from --key-file.</source>
        <translation>ボリュームを --volume PATH で指定してください。パスワードは標準入力から、スタートアップ キーは --key-file で渡します。</translation>
    </message>
    <message>
        <source>%1 holds no startup key (.BEK): give the drive&apos;s password on standard input instead.</source>
        <translation>%1 にはスタートアップ キー (.BEK) が含まれていません。代わりにドライブのパスワードを標準入力から渡してください。</translation>
    </message>
    <message>
        <source>Type the drive&apos;s password, or just press Enter: the drive has a clear key (not shown): </source>
        <translation>ドライブのパスワードを入力するか、そのまま Enter キーを押してください。このドライブにはクリア キーがあります (入力内容は表示されません): </translation>
    </message>
    <message>
        <source>Type the drive&apos;s password, then press Enter (it is not shown): </source>
        <translation>ドライブのパスワードを入力して Enter キーを押してください (表示されません): </translation>
    </message>
    <message>
        <source>read a drive&apos;s recovery keys back with its password or startup key</source>
        <translation>パスワードまたはスタートアップ キーを使って、ドライブから回復キーを読み戻す</translation>
    </message>
    <message>
        <source>%1
This key does not open %2, so it was not saved anywhere.</source>
        <translation>%1
このキーでは %2 を開けないため、どこにも保存していません。</translation>
    </message>
    <message>
        <source>verified: %1</source>
        <translation>検証済み: %1</translation>
    </message>
    <message>
        <source>not verified: the key could not be checked against %1, so the copies are saved without that proof. %2</source>
        <translation>未検証: キーを %1 に対して確認できなかったため、その証明なしでコピーを保存します。%2</translation>
    </message>
    <message>
        <source>Run “keyhaven-cli pending --retry” to try again.</source>
        <translation>再試行するには「keyhaven-cli pending --retry」を実行してください。</translation>
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
        <translation>キー</translation>
    </message>
    <message>
        <source>key ID %1</source>
        <translation>キー ID %1</translation>
    </message>
    <message>
        <source>Keyhaven cannot check this kind of copy (“%1”) here.</source>
        <translation>この種類のコピー (「%1」) は、ここでは確認できません。</translation>
    </message>
    <message>
        <source>The USB stick “%1” is not plugged in (it was at %2), so the copy on it was not checked.</source>
        <translation>USB フラッシュ ドライブ「%1」が接続されていないため (以前の場所: %2)、そこにあるコピーは確認されませんでした。</translation>
    </message>
    <message>
        <source>Plug in the stick labelled “%1” and check again.</source>
        <translation>「%1」というラベルの USB フラッシュ ドライブを接続して、もう一度確認してください。</translation>
    </message>
    <message>
        <source>The file is gone: %1.</source>
        <translation>ファイルがありません: %1。</translation>
    </message>
    <message>
        <source>This copy no longer exists. Back up %1 again to replace it.</source>
        <translation>このコピーはもうありません。%1 をもう一度バックアップして置き換えてください。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>ファイルを読み取れません: %1。</translation>
    </message>
    <message>
        <source>Check the drive and the file&apos;s permissions; if the drive is failing, back up the key again somewhere else.</source>
        <translation>ドライブとファイルのアクセス許可を確認してください。ドライブが故障しかけている場合は、キーを別の場所にもう一度バックアップしてください。</translation>
    </message>
    <message>
        <source>The file is now far larger than any key file: it is not the copy that was saved.</source>
        <translation>ファイルはどのキー ファイルよりもはるかに大きくなっています。保存したコピーではありません。</translation>
    </message>
    <message>
        <source>Back up %1 again: this copy cannot be relied on.</source>
        <translation>%1 をもう一度バックアップしてください。このコピーは信頼できません。</translation>
    </message>
    <message>
        <source>The drive may be failing. Back up the key again somewhere else.</source>
        <translation>ドライブが故障しかけている可能性があります。キーを別の場所にもう一度バックアップしてください。</translation>
    </message>
    <message>
        <source>The copy holds the same bytes as when it was saved, but Keyhaven could not read the key in it here: %1</source>
        <translation>コピーは保存時と同じバイトですが、ここではその中のキーを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>the same bytes as when it was saved</source>
        <translation>保存時と同じバイトです</translation>
    </message>
    <message>
        <source>The copy was changed since it was saved and no longer reads as %1: %2</source>
        <translation>コピーは保存後に変更されており、もう %1 として読み取れません: %2</translation>
    </message>
    <message>
        <source>This copy will not help on the recovery screen. Back up %1 again, and destroy this copy.</source>
        <translation>このコピーは回復画面で役に立ちません。%1 をもう一度バックアップし、このコピーは破棄してください。</translation>
    </message>
    <message>
        <source>Keyhaven has no record of the bytes it saved here, but the copy still reads as %1.</source>
        <translation>Keyhaven にはここに保存したバイトの記録がありませんが、コピーはまだ %1 として読み取れます。</translation>
    </message>
    <message>
        <source>The copy was changed since it was saved (it is not byte for byte what Keyhaven wrote), but it still reads as %1: the key in it is well-formed.</source>
        <translation>コピーは保存後に変更されています (Keyhaven が書いた内容とバイト単位で一致しません) が、まだ %1 として読み取れます。中のキーの形式は正しいです。</translation>
    </message>
    <message>
        <source>It still works. If you did not change it yourself, back up the key again to have a copy you can trust.</source>
        <translation>まだ使えます。自分で変更していない場合は、信頼できるコピーを持つために、キーをもう一度バックアップしてください。</translation>
    </message>
    <message>
        <source>still reads as %1</source>
        <translation>まだ %1 として読み取れます</translation>
    </message>
    <message>
        <source>There, unchanged, and it still reads as %1.</source>
        <translation>コピーはあり、変更されておらず、まだ %1 として読み取れます。</translation>
    </message>
    <message>
        <source>A printed sheet (sent to %1) cannot be checked from here.</source>
        <translation>印刷したシート (%1 に送信) は、ここからは確認できません。</translation>
    </message>
    <message>
        <source>Find the sheet and photograph or scan it, then choose “Test a backup” in Keyhaven (or run keyhaven-cli inspect PHOTO).</source>
        <translation>シートを探して写真を撮るかスキャンし、Keyhaven で「バックアップをテストする」を選んでください (または keyhaven-cli inspect PHOTO を実行してください)。</translation>
    </message>
    <message>
        <source>The drive %1 no longer has %2 among its keys: this copy will not unlock it.</source>
        <translation>ドライブ %1 のキーに %2 はもうありません。このコピーではロックを解除できません。</translation>
    </message>
    <message>
        <source>Back up the drive&apos;s current recovery key, then destroy this old copy.</source>
        <translation>ドライブの現在の回復キーをバックアップしてから、この古いコピーを破棄してください。</translation>
    </message>
    <message>
        <source>%1 is still one of the keys of %2</source>
        <translation>%1 はまだ %2 のキーの 1 つです</translation>
    </message>
    <message>
        <source>the key opens %1</source>
        <translation>キーで %1 を開けます</translation>
    </message>
    <message>
        <source>The key in this copy does not open the drive %1.</source>
        <translation>このコピーのキーでは、ドライブ %1 を開けません。</translation>
    </message>
    <message>
        <source>Back up the drive&apos;s current recovery key, then destroy this copy.</source>
        <translation>ドライブの現在の回復キーをバックアップしてから、このコピーを破棄してください。</translation>
    </message>
    <message>
        <source>not tried on %1: %2</source>
        <translation>%1 では試していません: %2</translation>
    </message>
</context>
<context>
    <name>CoreStorageReader</name>
    <message>
        <source>%1 cannot be read here: it must be a file or device open for reading that allows seeking.</source>
        <translation>%1 はここでは読み取れません。読み取り用に開かれ、シークできるファイルまたはデバイスである必要があります。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is not a CoreStorage (FileVault 2) volume.</source>
        <translation>%1 は CoreStorage (FileVault 2) ボリュームではありません。</translation>
    </message>
    <message>
        <source>%1 has a CoreStorage header whose checksum does not match: it is damaged.</source>
        <translation>%1 の CoreStorage ヘッダーのチェックサムが一致しません。破損しています。</translation>
    </message>
    <message>
        <source>%1 has a CoreStorage header of a version that cannot be read here.</source>
        <translation>%1 の CoreStorage ヘッダーは、ここでは読み取れないバージョンです。</translation>
    </message>
    <message>
        <source>Logical volume group UUID: %1</source>
        <translation>論理ボリューム グループの UUID: %1</translation>
    </message>
</context>
<context>
    <name>FdesetupPlistReader</name>
    <message>
        <source>Entry %1: </source>
        <translation>エントリ %1: </translation>
    </message>
    <message>
        <source>The property list has no RecoveryKey entry.</source>
        <translation>プロパティ リストに RecoveryKey エントリがありません。</translation>
    </message>
    <message>
        <source>RecoveryKey: %1</source>
        <translation>RecoveryKey: %1</translation>
    </message>
    <message>
        <source>The property list is damaged at line %1: %2</source>
        <translation>プロパティ リストの %1 行目が破損しています: %2</translation>
    </message>
</context>
<context>
    <name>FileReaders</name>
    <message>
        <source>only your user account may read the file</source>
        <translation>このファイルを読み取れるのはあなたのユーザー アカウントだけです</translation>
    </message>
    <message>
        <source>Other user accounts on this computer may be able to read %1: its permissions could not be limited to your account.</source>
        <translation>このコンピューターの他のユーザー アカウントが %1 を読み取れる可能性があります。アクセス許可をあなたのアカウントだけに制限できませんでした。</translation>
    </message>
    <message>
        <source>Who may read %1 was not checked, because the system did not describe the file or its drive.</source>
        <translation>%1 を誰が読み取れるかは確認していません。システムがこのファイルまたはそのドライブについて情報を返さなかったためです。</translation>
    </message>
</context>
<context>
    <name>GraphJsonReader</name>
    <message>
        <source>number %1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Recovery key %1 is listed without its digits: ask Microsoft Graph for them with $select=key.</source>
        <translation>回復キー %1 は数字なしで記載されています。$select=key を指定して Microsoft Graph に数字を要求してください。</translation>
    </message>
    <message>
        <source>Recovery key %1: %2</source>
        <translation>回復キー %1: %2</translation>
    </message>
    <message>
        <source>Recovery key %1 has no valid key ID.</source>
        <translation>回復キー %1 には有効なキー ID がありません。</translation>
    </message>
    <message>
        <source>The Microsoft Graph output lists no recovery keys.</source>
        <translation>Microsoft Graph の出力に回復キーが含まれていません。</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>The file looks like JSON but cannot be read: %1 (at position %2).</source>
        <translation>このファイルは JSON のようですが、読み取れません: %1 (位置 %2)。</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>No recovery key found: the file is JSON but not PowerShell or Microsoft Graph output.</source>
        <translation>回復キーが見つかりません。このファイルは JSON ですが、PowerShell や Microsoft Graph の出力ではありません。</translation>
    </message>
    <message>
        <source>No recovery key found: the file is XML but not a property list from fdesetup.</source>
        <translation>回復キーが見つかりません。このファイルは XML ですが、fdesetup のプロパティ リストではありません。</translation>
    </message>
    <message>
        <source>No recovery key found: the file holds neither a BitLocker recovery key (48 digits in 8 groups) nor a FileVault recovery key.</source>
        <translation>回復キーが見つかりません。このファイルには BitLocker 回復キー (8 グループ、48 桁) も FileVault 回復キーも含まれていません。</translation>
    </message>
    <message>
        <source>No recovery key found: the file is neither text nor a BitLocker .BEK file.</source>
        <translation>回復キーが見つかりません。このファイルはテキストでも BitLocker の .BEK ファイルでもありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The file has %L1 bytes, more than any key file (at most %L2).</source>
        <translation>ファイルのサイズは %L1 バイトで、キー ファイルの最大サイズ (%L2 バイト) を超えています。</translation>
    </message>
    <message>
        <source>No recovery key found in the file.</source>
        <translation>ファイルに回復キーが見つかりません。</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>そのようなファイルはありません。</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>これはファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>This is not a regular file (it is a device, a pipe or a socket).</source>
        <translation>これは通常のファイルではありません (デバイス、パイプ、またはソケットです)。</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>ファイルを開けません: %1</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>ファイルを読み取れません: %1</translation>
    </message>
    <message>
        <source>The file grew to more than any key file while it was read.</source>
        <translation>読み取り中にファイルが大きくなり、キー ファイルの最大サイズを超えました。</translation>
    </message>
</context>
<context>
    <name>KeyFileDialog</name>
    <message>
        <source>Open a key file</source>
        <translation>キー ファイルを開く</translation>
    </message>
    <message>
        <source>Key files (*.txt *.TXT *.bek *.BEK *.json *.plist *.xml);;All files (*)</source>
        <translation>キー ファイル (*.txt *.TXT *.bek *.BEK *.json *.plist *.xml);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>KeyFinder</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1 was skipped: at %2 bytes it is far larger than any key file.</source>
        <translation>%1 はスキップしました。%2 バイトあり、どのキー ファイルよりもはるかに大きいためです。</translation>
    </message>
    <message>
        <source>%1 is neither a file nor a folder and was skipped.</source>
        <translation>%1 はファイルでもフォルダーでもないため、スキップしました。</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation>フォルダー %1 を開けませんでした。</translation>
    </message>
</context>
<context>
    <name>KeyIdPrefix</name>
    <message>
        <source>“%1” cannot appear in a key ID: it has only the digits 0–9 and the letters A–F.</source>
        <translation>「%1」はキー ID には使われません。キー ID に使われるのは数字 0～9 と英字 A～F だけです。</translation>
    </message>
    <message>
        <source>Enter at least the first 8 characters of the key ID.</source>
        <translation>キー ID の先頭 8 文字以上を入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>A key ID has 32 characters, digits 0–9 and letters A–F; this has %n.</source>
        <translation>
            <numerusform>キー ID は 32 文字 (数字 0～9 と英字 A～F) ですが、入力されたのは %n 文字です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyVerifier</name>
    <message>
        <source>the recovery key with ID %1</source>
        <translation>ID %1 の回復キー</translation>
    </message>
    <message>
        <source>the password protector %1</source>
        <translation>パスワードの保護機能 %1</translation>
    </message>
    <message>
        <source>the startup key %1</source>
        <translation>スタートアップ キー %1</translation>
    </message>
    <message>
        <source>This is a FileVault key, and %1 is a BitLocker volume.</source>
        <translation>これは FileVault のキーですが、%1 は BitLocker ボリュームです。</translation>
    </message>
    <message>
        <source>The key opens %1 through %2.</source>
        <translation>このキーで %1 を開けます (%2 を使用)。</translation>
    </message>
    <message>
        <source>This is a BitLocker key, and %1 is a FileVault volume.</source>
        <translation>これは BitLocker のキーですが、%1 は FileVault ボリュームです。</translation>
    </message>
    <message>
        <source>The key opens the FileVault volume %1.</source>
        <translation>このキーで FileVault ボリューム %1 を開けます。</translation>
    </message>
    <message>
        <source>Could not confirm the key: it does not open the first user of the FileVault volume %1. If the volume has several users, macOS itself can still check it (fdesetup validaterecovery).</source>
        <translation>キーを確認できませんでした。FileVault ボリューム %1 の最初のユーザーを開けません。ボリュームに複数のユーザーがいる場合は、macOS 自体で確認できます (fdesetup validaterecovery)。</translation>
    </message>
    <message>
        <source>The FileVault volume %1 cannot be checked on this system.</source>
        <translation>FileVault ボリューム %1 はこのシステムでは確認できません。</translation>
    </message>
    <message>
        <source>The key cannot be checked against the FileVault volume %1: reading it failed (%2). The key was neither confirmed nor refused.</source>
        <translation>FileVault ボリューム %1 に対してキーを確認できません: 読み取りに失敗しました (%2)。キーは確認も拒否もされていません。</translation>
    </message>
    <message>
        <source>FileVault keys are checked by libcryptsetup, which reads the drive itself, and %1 can be read only with administrator rights: run “sudo keyhaven-cli verify” to check this key.</source>
        <translation>FileVault のキーはドライブを直接読み取る libcryptsetup で検証しますが、%1 は管理者権限がないと読み取れません。このキーを検証するには「sudo keyhaven-cli verify」を実行してください。</translation>
    </message>
    <message numerus="yes">
        <source>The key does not open %1: the drive has %n key(s) of this kind, and none accepts it.</source>
        <translation>
            <numerusform>このキーでは %1 のロックを解除できません。ドライブにはこの種類のキーが %n 個ありますが、どれも一致しません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain is not available (%1). Keyhaven keeps passwords and waiting keys only there, never in a file.</source>
        <translation>システムのキーチェーンを使用できません (%1)。Keyhaven はパスワードと待機中のキーをキーチェーンにのみ保管し、ファイルには保存しません。</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). Keyhaven keeps passwords and waiting keys only there, never in a file.</source>
        <translation>システムのキーチェーンを使用できませんでした (%1)。Keyhaven はパスワードと待機中のキーをキーチェーンにのみ保管し、ファイルには保存しません。</translation>
    </message>
</context>
<context>
    <name>LanguageOption</name>
    <message>
        <source>The option --lang needs a language: en, ja or nb.</source>
        <translation>オプション --lang には言語を指定する必要があります: en、ja、nb のいずれか。</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en (English), ja (Japanese) or nb (Norwegian Bokmål).</source>
        <translation>不明な言語「%1」です。en (英語)、ja (日本語)、nb (ノルウェー語 ブークモール) のいずれかを使用してください。</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>The list of saved copies (%1) could not be read: %2</source>
        <translation>保存したコピーの一覧 (%1) を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>The list of saved copies (%1) is damaged and was not changed.</source>
        <translation>保存したコピーの一覧 (%1) が破損しているため、変更しませんでした。</translation>
    </message>
    <message>
        <source>The list of saved copies (%1) could not be updated: %2</source>
        <translation>保存したコピーの一覧 (%1) を更新できませんでした: %2</translation>
    </message>
    <message>
        <source>The list of saved copies (%1) was written by a newer version of Keyhaven (format %2); this version reads it but does not change it.</source>
        <translation>保存したコピーの一覧 (%1) は新しいバージョンの Keyhaven で書き込まれています (形式 %2)。このバージョンでは読み取るだけで、変更しません。</translation>
    </message>
</context>
<context>
    <name>LinuxVolumeSource</name>
    <message>
        <source>Some devices could not be read even with administrator rights: %1. The system does not allow it here (a container, or a security policy such as SELinux or AppArmor).</source>
        <translation>管理者権限でも読み取れないデバイスがあります: %1。この環境ではシステムが許可していません (コンテナー、または SELinux や AppArmor などのセキュリティ ポリシー)。</translation>
    </message>
    <message>
        <source>Some devices could not be read for lack of permission: %1. To look at them, run with administrator rights (sudo or pkexec), or add your user to the “disk” group (which lets it read every disk; log in again after adding it).</source>
        <translation>権限がないため読み取れないデバイスがあります: %1。これらを調べるには、管理者権限 (sudo または pkexec) で実行するか、ユーザーを「disk」グループに追加してください (すべてのディスクを読み取れるようになります。追加後はログインし直してください)。</translation>
    </message>
</context>
<context>
    <name>MacVolumeSource</name>
    <message>
        <source>Encryption is in progress (%1 % done).</source>
        <translation>暗号化を実行中です (%1% 完了)。</translation>
    </message>
    <message>
        <source>FileVault is being turned off: decryption is in progress (%1 % done).</source>
        <translation>FileVault をオフにしています。暗号化解除を実行中です (%1% 完了)。</translation>
    </message>
    <message>
        <source>Encryption or decryption is paused.</source>
        <translation>暗号化または暗号化解除は一時停止中です。</translation>
    </message>
    <message>
        <source>fdesetup was not found</source>
        <translation>fdesetup が見つかりませんでした</translation>
    </message>
    <message>
        <source>fdesetup did not finish</source>
        <translation>fdesetup が終了しませんでした</translation>
    </message>
    <message>
        <source>that needs administrator rights</source>
        <translation>それには管理者権限が必要です</translation>
    </message>
    <message>
        <source>fdesetup answered with exit code %1</source>
        <translation>fdesetup が終了コード %1 を返しました</translation>
    </message>
    <message>
        <source>Whether a personal recovery key is set could not be checked: %1.</source>
        <translation>個人用回復キーが設定されているかどうかを確認できませんでした: %1。</translation>
    </message>
    <message>
        <source>A personal recovery key is set. macOS cannot show it again: keep a copy of it, or make a new one.</source>
        <translation>個人用回復キーが設定されています。macOS ではこのキーを再表示できないため、コピーを保管するか、新しいキーを作成してください。</translation>
    </message>
    <message>
        <source>No personal recovery key is set.</source>
        <translation>個人用回復キーは設定されていません。</translation>
    </message>
    <message>
        <source>An institutional recovery key is installed.</source>
        <translation>組織の回復キーがインストールされています。</translation>
    </message>
    <message>
        <source>fdesetup was not found: FileVault can only be read on a Mac.</source>
        <translation>fdesetup が見つかりませんでした。FileVault は Mac でのみ読み取れます。</translation>
    </message>
    <message>
        <source>fdesetup status did not finish.</source>
        <translation>fdesetup status が終了しませんでした。</translation>
    </message>
    <message>
        <source>fdesetup status failed (exit code %1): %2</source>
        <translation>fdesetup status が失敗しました (終了コード %1): %2</translation>
    </message>
    <message>
        <source>fdesetup status printed neither “FileVault is On.” nor “FileVault is Off.”</source>
        <translation>fdesetup status の出力が「FileVault is On.」でも「FileVault is Off.」でもありませんでした。</translation>
    </message>
    <message>
        <source>The startup volume&apos;s name and UUID could not be read from diskutil.</source>
        <translation>起動ボリュームの名前と UUID を diskutil から読み取れませんでした。</translation>
    </message>
    <message>
        <source>The key holds characters that cannot be passed to fdesetup.</source>
        <translation>キーに fdesetup に渡せない文字が含まれています。</translation>
    </message>
    <message>
        <source>fdesetup was not found: the key can only be checked on the Mac it belongs to. It was not checked.</source>
        <translation>fdesetup が見つかりませんでした。キーはそのキーの Mac でのみ確認できます。キーは確認されていません。</translation>
    </message>
    <message>
        <source>fdesetup did not finish, so the key was not checked.</source>
        <translation>fdesetup が終了しなかったため、キーは確認されていません。</translation>
    </message>
    <message>
        <source>macOS confirmed that this key unlocks this Mac&apos;s FileVault volume.</source>
        <translation>このキーでこの Mac の FileVault ボリュームのロックを解除できることを macOS が確認しました。</translation>
    </message>
    <message>
        <source>Checking the key on this Mac needs administrator rights. It was not checked.</source>
        <translation>この Mac でキーを確認するには管理者権限が必要です。キーは確認されていません。</translation>
    </message>
    <message>
        <source>macOS says that this key does not unlock this Mac&apos;s FileVault volume.</source>
        <translation>macOS によると、このキーではこの Mac の FileVault ボリュームのロックを解除できません。</translation>
    </message>
    <message>
        <source>fdesetup could not check the key (exit code %1): %2</source>
        <translation>fdesetup でキーを確認できませんでした (終了コード %1): %2</translation>
    </message>
    <message>
        <source>The user name or password holds a control character that cannot be passed to fdesetup. Nothing was changed.</source>
        <translation>ユーザー名またはパスワードに fdesetup に渡せない制御文字が含まれています。何も変更されていません。</translation>
    </message>
    <message>
        <source>fdesetup was not found: the key can only be changed on a Mac. Nothing was changed.</source>
        <translation>fdesetup が見つかりませんでした。キーは Mac でのみ変更できます。何も変更されていません。</translation>
    </message>
    <message>
        <source>fdesetup did not finish, so it is not known whether the personal recovery key was changed. Make a new key before relying on any copy.</source>
        <translation>fdesetup が終了しなかったため、個人用回復キーが変更されたかどうかはわかりません。どのコピーも当てにせず、新しいキーを作成してください。</translation>
    </message>
    <message>
        <source>The personal recovery key could not be changed. The old key still applies.</source>
        <translation>個人用回復キーを変更できませんでした。古いキーが引き続き有効です。</translation>
    </message>
    <message>
        <source>The user name or password was not accepted. The personal recovery key was not changed.</source>
        <translation>ユーザー名またはパスワードが受け付けられませんでした。個人用回復キーは変更されていません。</translation>
    </message>
    <message>
        <source>Changing the personal recovery key needs administrator rights. Nothing was changed.</source>
        <translation>個人用回復キーを変更するには管理者権限が必要です。何も変更されていません。</translation>
    </message>
    <message>
        <source>fdesetup could not change the personal recovery key (exit code %1): %2</source>
        <translation>fdesetup で個人用回復キーを変更できませんでした (終了コード %1): %2</translation>
    </message>
    <message>
        <source>fdesetup reported success, but its output holds no new recovery key. The key has probably been changed: make a new one and keep that copy.</source>
        <translation>fdesetup は成功を報告しましたが、出力に新しい回復キーが含まれていません。キーは変更された可能性が高いため、新しいキーを作成し、そのコピーを保管してください。</translation>
    </message>
    <message>
        <source>A new personal recovery key was made. The old key no longer unlocks this Mac.</source>
        <translation>新しい個人用回復キーを作成しました。古いキーではこの Mac のロックを解除できなくなりました。</translation>
    </message>
</context>
<context>
    <name>MainThreadSecretStore</name>
    <message>
        <source>Keyhaven is closing: the system keychain was not asked.</source>
        <translation>Keyhaven を終了しているため、システムのキーチェーンには問い合わせませんでした。</translation>
    </message>
</context>
<context>
    <name>ManageBdeReader</name>
    <message>
        <source>The manage-bde output lists no recovery password, only protectors without key material (such as a TPM).</source>
        <translation>manage-bde の出力に回復パスワードは含まれていません。キー データを持たない保護機能 (TPM など) のみが記載されています。</translation>
    </message>
</context>
<context>
    <name>MetadataHelper</name>
    <message>
        <source>The logical volume family UUID is not shown: the helper that read this drive hands back only its header.</source>
        <translation>論理ボリューム ファミリの UUID は表示されません。このドライブを読み取ったヘルパーは、ヘッダーしか返さないためです。</translation>
    </message>
    <message>
        <source>%1 is not a BitLocker or FileVault volume.</source>
        <translation>%1 は BitLocker または FileVault のボリュームではありません。</translation>
    </message>
    <message>
        <source>%1 has a BitLocker header, but none of its metadata copies is intact.</source>
        <translation>%1 には BitLocker ヘッダーがありますが、メタデータのコピーはいずれも破損しています。</translation>
    </message>
    <message>
        <source>%1 is a BitLocker volume made by Windows Vista: that format cannot be read here.</source>
        <translation>%1 は Windows Vista で作成された BitLocker ボリュームです。この形式はここでは読み取れません。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is not a drive: administrator rights are asked for only to read drives.</source>
        <translation>%1 はドライブではありません。管理者権限を求めるのは、ドライブを読み取る場合だけです。</translation>
    </message>
    <message>
        <source>%1 could not be read even with administrator rights.</source>
        <translation>%1 は管理者権限でも読み取れませんでした。</translation>
    </message>
    <message>
        <source>The helper that reads drives with administrator rights did not run or did not finish: %1</source>
        <translation>管理者権限でドライブを読み取るヘルパーが実行されなかったか、終了しませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Administrator rights were not given (the password prompt was closed), so %n drive(s) could not be read.</source>
        <translation>
            <numerusform>管理者権限が与えられなかったため (パスワードの入力画面が閉じられました)、%n 台のドライブを読み取れませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Administrator rights were refused, or there is no program to ask for them (a polkit authentication agent), so %n drive(s) could not be read.</source>
        <translation>
            <numerusform>管理者権限が拒否されたか、権限を求めるプログラム (polkit の認証エージェント) がないため、%n 台のドライブを読み取れませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The helper that reads drives with administrator rights failed: %1</source>
        <translation>管理者権限でドライブを読み取るヘルパーが失敗しました: %1</translation>
    </message>
    <message>
        <source>Keyhaven can read the BitLocker or FileVault metadata of %1 with administrator rights: only the metadata that lists the volume and its protectors, not the files on it, and no key. The system will ask for an administrator&apos;s password.</source>
        <translation>Keyhaven は管理者権限で %1 の BitLocker または FileVault のメタデータを読み取ることができます。読み取るのはボリュームとその保護機能を記録したメタデータだけで、ドライブ上のファイルやキーは読み取りません。管理者のパスワードはシステムが尋ねます。</translation>
    </message>
    <message>
        <source>Asking for administrator rights to read the BitLocker or FileVault metadata of %1: only the metadata that lists the volume and its protectors, not the files on it, and no key.</source>
        <translation>%1 の BitLocker または FileVault のメタデータを読み取るために、管理者権限を求めています。読み取るのはボリュームとその保護機能を記録したメタデータだけで、ドライブ上のファイルやキーは読み取りません。</translation>
    </message>
    <message>
        <source>The helper that reads drives with administrator rights gave no answer about %1.</source>
        <translation>管理者権限でドライブを読み取るヘルパーから、%1 についての応答がありませんでした。</translation>
    </message>
</context>
<context>
    <name>PathVolumeSource</name>
    <message>
        <source>Listing this computer&apos;s volumes is not available on this system yet: give the image files or devices to look at.</source>
        <translation>このシステムでは、コンピューターのボリュームの一覧表示にまだ対応していません。調べるイメージ ファイルまたはデバイスを指定してください。</translation>
    </message>
</context>
<context>
    <name>PendingRetry</name>
    <message>
        <source>The account “%1” no longer exists; the key still waits in the system keychain.</source>
        <translation>アカウント「%1」はもう存在しません。キーは引き続きシステムのキーチェーンで待機しています。</translation>
    </message>
    <message>
        <source>The upload is done, but the ledger could not note it: %1</source>
        <translation>アップロードは完了しましたが、台帳に記録できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not tried this time: the retries took all the %n second(s) they may take together. The key still waits in the system keychain.</source>
        <translation>
            <numerusform>今回は試行しませんでした: 再試行全体に使える %n 秒をすべて使い切りました。キーは引き続きシステムのキーチェーンで待機しています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingUploads</name>
    <message>
        <source>The waiting key is no longer in the system keychain; back it up again.</source>
        <translation>待機中のキーがシステムのキーチェーンにもうありません。もう一度バックアップしてください。</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>設定ファイル %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Its copy in the system keychain (pending/%1) could not be removed either: %2</source>
        <translation>システムのキーチェーンにあるコピー (pending/%1) も削除できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>PersonalRecoveryKey</name>
    <message>
        <source>Group %1 contains “%2”, which never appears in a FileVault recovery key. Check that character against your copy.</source>
        <translation>グループ %1 に「%2」が含まれていますが、この文字は FileVault 回復キーには使われません。お手元のコピーでこの文字を確認してください。</translation>
    </message>
    <message>
        <source>Group %1 contains “%2”, which never appears in a FileVault recovery key. Did you mean “%3”?</source>
        <translation>グループ %1 に「%2」が含まれていますが、この文字は FileVault 回復キーには使われません。「%3」ではありませんか?</translation>
    </message>
    <message>
        <source>No recovery key was entered.</source>
        <translation>回復キーが入力されていません。</translation>
    </message>
    <message>
        <source>“%1” cannot appear in a FileVault recovery key: it has only letters A–Z and digits.</source>
        <translation>「%1」は FileVault 回復キーには使われません。FileVault 回復キーに使われるのは英字 A～Z と数字だけです。</translation>
    </message>
    <message numerus="yes">
        <source>The key has %n character(s); a FileVault recovery key has 24 in 6 groups of 4.</source>
        <translation>
            <numerusform>キーは %n 文字です。FileVault 回復キーは 24 文字で、4 文字ずつ 6 つのグループに分かれています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key has %n group(s); a FileVault recovery key has 6 groups of 4.</source>
        <translation>
            <numerusform>キーのグループは %n 個です。FileVault 回復キーは 4 文字ずつ 6 つのグループに分かれています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1 has %n character(s); each group has 4.</source>
        <translation>
            <numerusform>グループ %1 は %n 文字です。各グループは 4 文字です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>グループ %1: %2</translation>
    </message>
</context>
<context>
    <name>PowerShellJsonReader</name>
    <message>
        <source>(without an ID)</source>
        <translation>(ID なし)</translation>
    </message>
    <message>
        <source>Protector %1 is a recovery password, but the output does not include its digits.</source>
        <translation>保護機能 %1 は回復パスワードですが、出力にその数字が含まれていません。</translation>
    </message>
    <message>
        <source>Protector %1: %2</source>
        <translation>保護機能 %1: %2</translation>
    </message>
    <message>
        <source>The PowerShell output names the protectors but leaves out their details: run ConvertTo-Json with -Depth 4.</source>
        <translation>PowerShell の出力には保護機能の名前はありますが、詳細が含まれていません。ConvertTo-Json を -Depth 4 を指定して実行してください。</translation>
    </message>
    <message>
        <source>The PowerShell output lists no recovery password, only protectors without key material (such as a TPM).</source>
        <translation>PowerShell の出力に回復パスワードは含まれていません。キー データを持たない保護機能 (TPM など) のみが記載されています。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ドライブ</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>[options]</source>
        <translation>[オプション]</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>コマンド ライン オプションのヘルプを表示します。</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Qt 固有のオプションを含むヘルプを表示します。</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>バージョン情報を表示します。</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>不明なオプション「%1」です。</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>不明なオプション: %1。</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>「%1」の後に値がありません。</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>「%1」の後に予期しない値があります。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>使い方: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>引数:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>エイリアス</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ドライブ</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>「%1」は書き込み禁止です。
それでも削除しますか?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>「%1」を削除してもよろしいですか?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>アドレスやブックマークのリスト</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ファイル名(&amp;N):</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>ファイルフォルダー</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>新しいフォルダー</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>親フォルダー</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>新しいフォルダー(&amp;N)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>マイコンピューター</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>ファイルの場所:</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>新しいフォルダーの作成</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 ファイル</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>ファイルの種類:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>フォルダーの検索</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>隠しファイルの表示(&amp;H)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
フォルダーが見つかりません。
正しいフォルダー名が入力されているかを確認してください。</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>サイドバー</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>一覧表示</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>選択(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル(*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>すべてのファイル(*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>名前の変更(&amp;R)</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>フォルダーを削除できませんでした。</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>フォルダー:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>「%1」は既に存在します。
置き換えますか?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>親フォルダーへ移動</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>詳細表示モードへ変更</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>新しいフォルダーの作成</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>詳細表示</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ファイルが見つかりません。
正しいファイル名が入力されているかを確認してください。</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>リスト表示モードへ変更</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
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
        <translation>&lt;b&gt;名前「%1」は使用できません。&lt;/b&gt;&lt;p&gt;文字数を減らすか、記号を使わない名前にしてください。</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>マイコンピューター</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>無効なファイル名</translation>
    </message>
    <message>
        <source>%1 byte(s)</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>更新日時</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>すべてを選択</translation>
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
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>デフォルトに戻す</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>すべていいえ(&amp;O)</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>すべて保存</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>すべてはい(&amp;A)</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>すべてを選択</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>リンクの場所をコピー(&amp;L)</translation>
    </message>
</context>
<context>
    <name>RecoveryFileWriter</name>
    <message>
        <source>The folder %1 disappeared while the key was being saved (was the drive removed?).</source>
        <translation>キーの保存中にフォルダー %1 が見つからなくなりました (ドライブが取り外されませんでしたか?)。</translation>
    </message>
    <message>
        <source>%1 is no longer a folder.</source>
        <translation>%1 はフォルダーではなくなりました。</translation>
    </message>
    <message>
        <source>The drive that holds %1 is read-only (write-protected).</source>
        <translation>%1 があるドライブは読み取り専用 (書き込み禁止) です。</translation>
    </message>
    <message>
        <source>The drive that holds %1 is full.</source>
        <translation>%1 があるドライブに空き領域がありません。</translation>
    </message>
    <message>
        <source>You may not write to the folder %1.</source>
        <translation>フォルダー %1 に書き込む権限がありません。</translation>
    </message>
    <message>
        <source>The file could not be written in %1.</source>
        <translation>%1 にファイルを書き込めませんでした。</translation>
    </message>
    <message>
        <source>%1 Nothing was saved there; any file that was already there is unchanged. (The system said: %2)</source>
        <translation>%1 そこには何も保存されていません。既にあったファイルは変更されていません。(システムからのメッセージ: %2)</translation>
    </message>
    <message>
        <source>%1 already holds %2 other files named like this key&apos;s file; none was changed. Choose another folder.</source>
        <translation>%1 には、このキーのファイルと同じような名前のファイルが既に %2 個あります。どれも変更していません。別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Give the folder to save the key in.</source>
        <translation>%1 はフォルダーではなくファイルです。キーを保存するフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>A BitLocker external key (.BEK) has no text form; save the .BEK file itself instead.</source>
        <translation>BitLocker 外部キー (.BEK) にはテキスト形式がありません。代わりに .BEK ファイルそのものを保存してください。</translation>
    </message>
    <message>
        <source>This key was already saved in %1: nothing was written.</source>
        <translation>このキーは既に %1 に保存されています。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>read the file that is there: it holds this key and key ID</source>
        <translation>既存のファイルを読み取り、このキーとキー ID が含まれていることを確認しました</translation>
    </message>
    <message>
        <source>A different file with the same name was already there and was left as it was: %1. The key was saved beside it.</source>
        <translation>同じ名前の別のファイルが既にあったため、そのままにしました: %1。キーはその隣に保存しました。</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>This drive&apos;s file system has no file permissions: anyone who has the drive can read the key. Keep the drive somewhere safe.</source>
        <translation>このドライブのファイル システムにはファイルのアクセス許可がないため、ドライブを持っている人なら誰でもキーを読み取れます。ドライブは安全な場所に保管してください。</translation>
    </message>
    <message>
        <source>The file %1 read back differently from what was written (the drive may be failing), so it was removed. Nothing was saved.</source>
        <translation>ファイル %1 を読み戻した内容が書き込んだ内容と異なっていたため (ドライブが故障しかけている可能性があります)、削除しました。何も保存されていません。</translation>
    </message>
    <message>
        <source>The file %1 did not read back as this key, so it was removed. Nothing was saved.</source>
        <translation>ファイル %1 を読み戻してもこのキーにならなかったため、削除しました。何も保存されていません。</translation>
    </message>
    <message>
        <source>read back and compared byte for byte</source>
        <translation>読み戻して 1 バイトずつ比較しました</translation>
    </message>
    <message>
        <source>read again as a recovery key file: the same key and key ID</source>
        <translation>回復キーのファイルとして読み直しました: 同じキーとキー ID です</translation>
    </message>
    <message>
        <source>%1 Nothing was saved, and it was left as it is.</source>
        <translation>%1 何も保存しておらず、それはそのままにしました。</translation>
    </message>
    <message>
        <source>An earlier save was interrupted and had left a temporary copy of a key here; it was removed: %1</source>
        <translation>以前の保存が中断され、キーの一時的なコピーがここに残っていたため、削除しました: %1</translation>
    </message>
    <message>
        <source>An earlier save was interrupted and left a temporary copy of a key here that could not be removed. Delete it yourself: %1</source>
        <translation>以前の保存が中断され、キーの一時的なコピーがここに残っていますが、削除できませんでした。ご自身で削除してください: %1</translation>
    </message>
    <message>
        <source>written to a temporary file, then given its name in one step, never over another file</source>
        <translation>一時ファイルに書き込み、1 回の操作で名前を付けました (別のファイルを上書きすることはありません)</translation>
    </message>
    <message>
        <source>The file %1 was written but could not be read back, so it was removed. Nothing was saved. (%2)</source>
        <translation>ファイル %1 は書き込みましたが読み戻せなかったため、削除しました。何も保存されていません。(%2)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyReader</name>
    <message>
        <source>The recovery key %1 could not be read: its entry in the metadata is damaged.</source>
        <translation>回復キー %1 を読み取れませんでした。メタデータ内のエントリが破損しています。</translation>
    </message>
    <message>
        <source>The recovery key %1 is not stored on the drive in a form that can be read back.</source>
        <translation>回復キー %1 は、読み戻せる形式でドライブに保存されていません。</translation>
    </message>
    <message>
        <source>The recovery key %1 could not be decrypted: its entry in the metadata is damaged.</source>
        <translation>回復キー %1 を復号できませんでした。メタデータ内のエントリが破損しています。</translation>
    </message>
    <message>
        <source>The recovery key read for %1 does not open that protector, so it is not shown: the metadata may be damaged.</source>
        <translation>%1 について読み取った回復キーではその保護機能を開けないため、表示しません。メタデータが破損している可能性があります。</translation>
    </message>
    <message>
        <source>The recovery key of %1 can only be read on Windows: besides its recovery key, it is protected only by a TPM, a smart card or another protector that opens only there. On that Windows computer, as administrator: manage-bde -protectors -get C: (with the drive&apos;s letter).</source>
        <translation>%1 の回復キーは Windows でしか読み取れません。回復キーのほかには、TPM、スマート カードなど Windows でしか開けない保護機能しかありません。その Windows コンピューターで、管理者として manage-bde -protectors -get C: を実行してください (C: はドライブ文字に置き換えます)。</translation>
    </message>
    <message>
        <source>%1 has no clear key, so its recovery key cannot be read without a secret: give the drive&apos;s password, or its startup key (.BEK file).</source>
        <translation>%1 にはクリア キーがないため、何も指定せずに回復キーを読み取ることはできません。ドライブのパスワードかスタートアップ キー (.BEK ファイル) を指定してください。</translation>
    </message>
    <message>
        <source>This startup key does not open %1.</source>
        <translation>このスタートアップ キーでは %1 を開けません。</translation>
    </message>
    <message>
        <source>This recovery key does not open %1.</source>
        <translation>この回復キーでは %1 を開けません。</translation>
    </message>
    <message>
        <source>This password does not open %1.</source>
        <translation>このパスワードでは %1 を開けません。</translation>
    </message>
    <message>
        <source>%1 has no recovery key (no recovery-password protector), so there is none to read or back up. On Windows, add one as administrator with: manage-bde -protectors -add C: -RecoveryPassword (with the drive&apos;s letter), then back up the new key.</source>
        <translation>%1 には回復キー (回復パスワードの保護機能) がないため、読み取ることもバックアップすることもできません。Windows で管理者として manage-bde -protectors -add C: -RecoveryPassword を実行して回復キーを追加し (C: はドライブ文字に置き換えます)、新しいキーをバックアップしてください。</translation>
    </message>
    <message>
        <source>%1 is a FileVault volume: its personal recovery key cannot be read back from the drive. On the Mac, a new one can be made with: sudo fdesetup changerecovery -personal.</source>
        <translation>%1 は FileVault ボリュームです。個人用回復キーをドライブから読み戻すことはできません。Mac で sudo fdesetup changerecovery -personal を実行すると、新しいキーを作成できます。</translation>
    </message>
    <message>
        <source>This is a FileVault key, and %1 is a BitLocker volume.</source>
        <translation>これは FileVault のキーですが、%1 は BitLocker ボリュームです。</translation>
    </message>
    <message>
        <source>%1 opened, but none of its recovery keys could be read back and proven.</source>
        <translation>%1 は開けましたが、回復キーを 1 つも読み戻して証明できませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Read %n recovery key(s) from %1, each proven to open its own protector.</source>
        <translation>
            <numerusform>%1 から回復キーを %n 個読み取りました。それぞれ自身の保護機能を開けることを証明済みです。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryPassword</name>
    <message>
        <source>“%1” is not a digit: a recovery key has only digits 0–9.</source>
        <translation>「%1」は数字ではありません。回復キーに使われるのは数字 0～9 だけです。</translation>
    </message>
    <message numerus="yes">
        <source>The key has %n digit(s); a recovery key has 48 digits in 8 groups of 6.</source>
        <translation>
            <numerusform>キーは %n 桁です。回復キーは 48 桁で、6 桁ずつ 8 つのグループに分かれています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %1 has %n digit(s); each group has 6.</source>
        <translation>
            <numerusform>グループ %1 は %n 桁です。各グループは 6 桁です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Group %1 is not valid: one of its digits is wrong.</source>
        <translation>グループ %1 は無効です。数字のどれかが間違っています。</translation>
    </message>
    <message>
        <source>Group %1 is not valid: it is larger than any group of a recovery key can be.</source>
        <translation>グループ %1 は無効です。回復キーのグループとしては大きすぎる値です。</translation>
    </message>
    <message>
        <source>No recovery key was entered.</source>
        <translation>回復キーが入力されていません。</translation>
    </message>
    <message>
        <source>Group %1: %2</source>
        <translation>グループ %1: %2</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>FileVault recovery key</source>
        <translation>FileVault 回復キー</translation>
    </message>
    <message>
        <source>BitLocker recovery key</source>
        <translation>BitLocker 回復キー</translation>
    </message>
    <message>
        <source>This kind of key has no text form, so it cannot be printed.</source>
        <translation>この種類のキーにはテキスト形式がないため、印刷できません。</translation>
    </message>
    <message>
        <source>The QR code on the rendered page could not be read back.</source>
        <translation>作成したページの QR コードを読み戻せませんでした。</translation>
    </message>
    <message>
        <source>The rendered page has more than one QR code.</source>
        <translation>作成したページに QR コードが複数あります。</translation>
    </message>
    <message>
        <source>The QR code on the rendered page does not hold exactly this key and key ID.</source>
        <translation>作成したページの QR コードの内容が、このキーとキー ID と完全には一致しません。</translation>
    </message>
    <message>
        <source>FileVault personal recovery key</source>
        <translation>FileVault の個人用回復キー</translation>
    </message>
    <message>
        <source>This page unlocks the encrypted drive described below when the computer asks for its recovery key. Keep it private.</source>
        <translation>コンピューターが回復キーを求めたときは、このページで下に記載された暗号化されたドライブのロックを解除できます。他の人には見せないでください。</translation>
    </message>
    <message>
        <source>Personal recovery key</source>
        <translation>個人用回復キー</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <source>Volume UUID</source>
        <translation>ボリューム UUID</translation>
    </message>
    <message>
        <source>Recovery key ID</source>
        <translation>回復キー ID</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The recovery screen shows the first 8 characters of this ID. Check that they match before you type the key.</source>
        <translation>回復画面には、この ID の最初の 8 文字が表示されます。キーを入力する前に、一致していることを確認してください。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ドライブ</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>識別子</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>Key created</source>
        <translation>キーの作成日</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>印刷日</translation>
    </message>
    <message>
        <source>Scan with a phone camera to see the key ID and the key as text.</source>
        <translation>スマートフォンのカメラでスキャンすると、キー ID とキーがテキストで表示されます。</translation>
    </message>
    <message>
        <source>On the BitLocker recovery screen, compare the recovery key ID it shows with the ID above. If they differ, this is the key of another drive.</source>
        <translation>BitLocker の回復画面に表示される回復キー ID を、上の ID と比べてください。異なる場合、これは別のドライブのキーです。</translation>
    </message>
    <message>
        <source>Type the 48 digits of the recovery key, group by group. The dashes are added for you.</source>
        <translation>回復キーの 48 桁の数字を、グループごとに入力してください。ハイフンは自動的に入力されます。</translation>
    </message>
    <message>
        <source>Press Enter. The computer starts as usual; afterwards, make a new copy of the key if it asks you to.</source>
        <translation>Enter キーを押すと、コンピューターが通常どおり起動します。その後、求められた場合は、キーの新しいコピーを作成してください。</translation>
    </message>
    <message>
        <source>At the Mac&apos;s login window, click the question mark or enter a wrong password a few times, then choose to reset it with your recovery key.</source>
        <translation>Mac のログイン画面で疑問符をクリックするか、誤ったパスワードを何回か入力してから、回復キーを使ってパスワードをリセットする方法を選択してください。</translation>
    </message>
    <message>
        <source>Type the 24 characters of the recovery key exactly as printed, with the dashes and in capital letters.</source>
        <translation>回復キーの 24 文字を、印刷されているとおりに (ハイフンも含め、大文字で) 入力してください。</translation>
    </message>
    <message>
        <source>Choose a new password. Then check whether the Mac made a new recovery key; if it did, this page no longer works.</source>
        <translation>新しいパスワードを設定してください。その後、Mac が新しい回復キーを作成したかどうかを確認してください。作成された場合、このページは使えなくなります。</translation>
    </message>
    <message>
        <source>How to use this key</source>
        <translation>このキーの使い方</translation>
    </message>
    <message>
        <source>Where to keep this page</source>
        <translation>このページの保管場所</translation>
    </message>
    <message>
        <source>Somewhere safe and not with the computer: with your important papers at home, not in the laptop bag. Anyone who has this page and the computer can read the encrypted drive. If the recovery key is ever replaced, print a new page and destroy this one.</source>
        <translation>コンピューターとは別の安全な場所に保管してください。たとえば、ノート PC のバッグの中ではなく、自宅で大切な書類と一緒に保管します。このページとコンピューターの両方を手にした人は、暗号化されたドライブを読み取ることができます。回復キーが変更された場合は、新しいページを印刷し、このページは破棄してください。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>For the computer</source>
        <translation>対象のコンピューター</translation>
    </message>
    <message>
        <source>Scan with a phone camera to see the key as text.</source>
        <translation>スマートフォンのカメラで読み取ると、キーがテキストで表示されます。</translation>
    </message>
</context>
<context>
    <name>RecoveryTextFileReader</name>
    <message>
        <source>The file has a key ID but no recovery key: no 48 digits in 8 groups of 6 were found.</source>
        <translation>ファイルにキー ID はありますが、回復キーがありません。6 桁ずつ 8 つのグループに分かれた 48 桁の数字が見つかりませんでした。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
</context>
<context>
    <name>RecoveryTextFileWriter</name>
    <message>
        <source>BitLocker recovery key</source>
        <translation>BitLocker 回復キー</translation>
    </message>
    <message>
        <source>When a computer asks for this recovery key, it shows a key ID. Check that the ID on the screen matches the start of the identifier below before you use this key.</source>
        <translation>コンピューターがこの回復キーを求めるときは、キー ID が表示されます。このキーを使う前に、画面の ID が下の識別子 (Identifier) の先頭と一致していることを確認してください。</translation>
    </message>
    <message>
        <source>If the two IDs match, type the following 48 digits on the recovery screen to unlock the drive.</source>
        <translation>両方の ID が一致したら、回復画面で次の 48 桁の数字 (Recovery Key) を入力して、ドライブのロックを解除してください。</translation>
    </message>
    <message>
        <source>Type the following 48 digits on the recovery screen to unlock the drive.</source>
        <translation>回復画面で次の 48 桁の数字 (Recovery Key) を入力して、ドライブのロックを解除してください。</translation>
    </message>
    <message>
        <source>If the ID on the screen is different, this key belongs to another drive: find the copy whose identifier matches.</source>
        <translation>画面の ID が異なる場合、このキーは別のドライブのものです。識別子が一致するコピーを探してください。</translation>
    </message>
    <message>
        <source>Keep this file away from the computer it unlocks, and let no one else read it.</source>
        <translation>このファイルは、ロックを解除するコンピューターとは別の場所に保管し、他の人に見られないようにしてください。</translation>
    </message>
    <message>
        <source>FileVault recovery key</source>
        <translation>FileVault 回復キー</translation>
    </message>
    <message>
        <source>This is the personal recovery key of a Mac whose disk is encrypted with FileVault. The identifier below tells which Mac or volume it belongs to.</source>
        <translation>これは、FileVault でディスクが暗号化された Mac の個人用回復キーです。下の識別子 (Identifier) で、どの Mac またはボリュームのキーかがわかります。</translation>
    </message>
    <message>
        <source>When the Mac asks for its recovery key, type the following key exactly as written: capital letters, with the dashes.</source>
        <translation>Mac で回復キーを求められたら、次のキー (Recovery Key) を記載どおりに (大文字で、ハイフンも含めて) 入力してください。</translation>
    </message>
    <message>
        <source>Keep this file away from the Mac it unlocks, and let no one else read it.</source>
        <translation>このファイルは、ロックを解除する Mac とは別の場所に保管し、他の人に見られないようにしてください。</translation>
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
        <translation>ドライブにフラッシュしました (F_FULLFSYNC)</translation>
    </message>
    <message>
        <source>handed to the drive with fsync; this file system refused F_FULLFSYNC, so the drive&apos;s own cache was not flushed</source>
        <translation>fsync でドライブに渡しました。このファイル システムは F_FULLFSYNC を受け付けなかったため、ドライブ自体のキャッシュはフラッシュされていません</translation>
    </message>
    <message>
        <source>flushed to the drive (fsync)</source>
        <translation>ドライブにフラッシュしました (fsync)</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, not a file; it was not followed.</source>
        <translation>%1 はファイルではなくシンボリック リンクです。リンク先はたどっていません。</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>%1 could not be examined: %2</source>
        <translation>%1 を調べられませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a pipe or a device); it was not read.</source>
        <translation>%1 は通常のファイルではありません (フォルダー、パイプ、またはデバイスです)。読み取っていません。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is.</source>
        <translation>%1 は既に存在するため、そのままにしました。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a pipe, a device or a link); it was left as it is and nothing was written.</source>
        <translation>%1 は通常のファイルではありません (フォルダー、パイプ、デバイス、またはリンクです)。そのままにして、何も書き込んでいません。</translation>
    </message>
    <message>
        <source>A temporary file could not be created beside %1: %2</source>
        <translation>%1 の隣に一時ファイルを作成できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1 could not be flushed to the drive: %2</source>
        <translation>%1 をドライブにフラッシュできませんでした: %2</translation>
    </message>
    <message>
        <source>Another program created %1 while it was being written; that file was left as it is.</source>
        <translation>書き込み中に別のプログラムが %1 を作成しました。そのファイルはそのままにしました。</translation>
    </message>
    <message>
        <source>%1 could not be given its name: %2</source>
        <translation>%1 に名前を付けられませんでした: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>flushed to the drive (FlushFileBuffers)</source>
        <translation>ドライブにフラッシュしました (FlushFileBuffers)</translation>
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
        <translation>ディスク暗号化</translation>
    </message>
    <message>
        <source>%1 is on the encrypted drive that this key unlocks. On the day the computer asks for the key, that drive is locked, and the copy would be locked inside it. Choose another place, such as a USB stick.</source>
        <translation>%1 は、このキーでロックを解除する暗号化されたドライブ上にあります。コンピューターがキーを求めるときにはそのドライブはロックされているため、コピーもその中に閉じ込められてしまいます。USB フラッシュ ドライブなど、別の場所を選択してください。</translation>
    </message>
    <message>
        <source>%1 is on a drive that is itself encrypted (%2). A copy there can only be read after that drive is unlocked, which may not be possible when you need the key. Choose a drive that is not encrypted, such as a USB stick.</source>
        <translation>%1 は、それ自体が暗号化されたドライブ (%2) 上にあります。そこにあるコピーは、そのドライブのロックを解除した後でなければ読み取れず、キーが必要になったときにはそれができないかもしれません。USB フラッシュ ドライブなど、暗号化されていないドライブを選択してください。</translation>
    </message>
    <message>
        <source>%1 is on a disk inside this computer. If the computer is lost, stolen or broken, this copy goes with it. Keep another copy away from the computer too: on a USB stick or a printed sheet.</source>
        <translation>%1 はこのコンピューターの内蔵ディスク上にあります。コンピューターを紛失したり、盗まれたり、故障したりすると、このコピーも失われます。USB フラッシュ ドライブや印刷したシートなど、コンピューターとは別の場所にももう 1 つコピーを保管してください。</translation>
    </message>
    <message>
        <source>Keyhaven could not check whether %1 is on an encrypted drive: %2 Make sure it is not on the drive this key unlocks, or on another encrypted drive.</source>
        <translation>%1 が暗号化されたドライブ上にあるかどうかを Keyhaven は確認できませんでした: %2 このキーでロックを解除するドライブや、ほかの暗号化されたドライブ上でないことを確認してください。</translation>
    </message>
    <message>
        <source>Keyhaven could not tell which drive %1 is on, so it could not check that the drive is not encrypted, and not inside this computer. Make sure this copy is somewhere you can reach when the computer asks for the key, such as a USB stick or a printed sheet.</source>
        <translation>Keyhaven は %1 がどのドライブ上にあるかを判別できなかったため、そのドライブが暗号化されていないこと、このコンピューターの内蔵ドライブでないことを確認できませんでした。コンピューターがキーを求めたときに手の届く場所 (USB フラッシュ ドライブや印刷したシートなど) にこのコピーがあることを確かめてください。</translation>
    </message>
    <message>
        <source>%1 is on a %2 file system that is not a disk Keyhaven can see (memory, network or a file system in a program), so it could not check that it is not encrypted, and not inside this computer. Make sure this copy is somewhere you can reach when the computer asks for the key.</source>
        <translation>%1 は、Keyhaven から見えるディスクではない %2 ファイル システム (メモリ、ネットワーク、またはプログラム内のファイル システム) 上にあるため、暗号化されていないこと、このコンピューターの内蔵ドライブでないことを確認できませんでした。コンピューターがキーを求めたときに手の届く場所にこのコピーがあることを確かめてください。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>SettingsHealth</name>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>設定ファイル %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>The settings file %1 did not hold the accounts as written when read back.</source>
        <translation>設定ファイル %1 を読み直したところ、書き込んだとおりのアカウントが含まれていませんでした。</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged: line %2 is a section header that is not closed.</source>
        <translation>設定ファイル %1 は破損しています: %2 行目のセクション見出しが閉じられていません。</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged: line %2 is neither a section nor a setting.</source>
        <translation>設定ファイル %1 は破損しています: %2 行目はセクションでも設定でもありません。</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged: line %2 in [accounts] is not an account&apos;s setting.</source>
        <translation>設定ファイル %1 は破損しています: [accounts] の %2 行目はアカウントの設定ではありません。</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged: line %2 in [pending] is not a pending upload&apos;s setting.</source>
        <translation>設定ファイル %1 は破損しています: [pending] の %2 行目は待機中のアップロードの設定ではありません。</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged: line %2 holds an account or a pending upload outside its section.</source>
        <translation>設定ファイル %1 は破損しています: %2 行目に、本来のセクションの外にあるアカウントまたは待機中のアップロードがあります。</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged: Qt could not read it as settings.</source>
        <translation>設定ファイル %1 は破損しています: Qt が設定として読み取れませんでした。</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged: the account “%2” has no valid kind or URL.</source>
        <translation>設定ファイル %1 は破損しています: アカウント「%2」に有効な種類または URL がありません。</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read: %2</source>
        <translation>設定ファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged: it is far too large.</source>
        <translation>設定ファイル %1 は破損しています: サイズが大きすぎます。</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged: it holds binary data.</source>
        <translation>設定ファイル %1 は破損しています: バイナリ データが含まれています。</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged: it is not UTF-8 text.</source>
        <translation>設定ファイル %1 は破損しています: UTF-8 のテキストではありません。</translation>
    </message>
    <message>
        <source>A copy of it could not be kept (%1); Keyhaven did not change it.</source>
        <translation>コピーを保存できませんでした (%1)。Keyhaven はファイルを変更していません。</translation>
    </message>
    <message>
        <source>Keyhaven did not change it and keeps a copy at %1. Repair the file, or move it aside to start with empty settings; accounts and pending uploads are not written until then.</source>
        <translation>Keyhaven はファイルを変更せず、コピーを %1 に保存しています。ファイルを修復するか、別の場所に移動して空の設定から始めてください。それまでは、アカウントと待機中のアップロードは書き込まれません。</translation>
    </message>
</context>
<context>
    <name>SheetImage</name>
    <message>
        <source>The PDF cannot be opened (it is damaged or protected by a password).</source>
        <translation>PDF を開けません (破損しているか、パスワードで保護されています)。</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>PDF にページがありません。</translation>
    </message>
    <message>
        <source>The PDF&apos;s first page could not be drawn.</source>
        <translation>PDF の最初のページを描画できませんでした。</translation>
    </message>
    <message>
        <source>This build of Keyhaven cannot read PDF files (it was built without Poppler). Print the sheet and use a photo or scan of it, or type the key.</source>
        <translation>この Keyhaven は PDF ファイルを読み取れません (Poppler なしでビルドされています)。シートを印刷して写真やスキャンを使うか、キーを入力してください。</translation>
    </message>
    <message>
        <source>The picture cannot be read: %1</source>
        <translation>画像を読み取れません: %1</translation>
    </message>
    <message>
        <source>The QR code is from a recovery sheet but holds no key.</source>
        <translation>QR コードは回復シートのものですが、キーがありません。</translation>
    </message>
    <message>
        <source>The QR code is from a recovery sheet, but the key in it is not valid: %1</source>
        <translation>QR コードは回復シートのものですが、中のキーが正しくありません: %1</translation>
    </message>
    <message>
        <source>No QR code was found in the picture. Photograph the whole recovery sheet, flat and in good light, with the QR code sharp; or type the key.</source>
        <translation>画像に QR コードが見つかりませんでした。回復シート全体を平らに置き、明るい場所で QR コードがはっきり写るように撮影するか、キーを入力してください。</translation>
    </message>
    <message>
        <source>The picture has a QR code, but not one from a Keyhaven recovery sheet: it holds no recovery key.</source>
        <translation>画像に QR コードがありますが、Keyhaven の回復シートのものではありません。回復キーは含まれていません。</translation>
    </message>
</context>
<context>
    <name>SysfsRemovableDrives</name>
    <message>
        <source>“%1” could not be started.</source>
        <translation>「%1」を開始できませんでした。</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>「%1」が失敗しました: %2</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>詳細なし</translation>
    </message>
    <message>
        <source>No removable drive is mounted at %1.</source>
        <translation>%1 にマウントされているリムーバブル ドライブはありません。</translation>
    </message>
</context>
<context>
    <name>TextScan</name>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>Line %1: there is no key ID in the file to go with this recovery key.</source>
        <translation>%1 行目: この回復キーに対応するキー ID がファイルにありません。</translation>
    </message>
</context>
<context>
    <name>TypedSecret</name>
    <message>
        <source>No key or password was given.</source>
        <translation>キーまたはパスワードが指定されていません。</translation>
    </message>
</context>
<context>
    <name>Udisks2Drives</name>
    <message>
        <source>No removable drive is mounted at %1.</source>
        <translation>%1 にマウントされているリムーバブル ドライブはありません。</translation>
    </message>
    <message>
        <source>The drive could not be ejected: %1</source>
        <translation>ドライブを取り出せませんでした: %1</translation>
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
        <translation>回復キー (48 桁)</translation>
    </message>
    <message>
        <source>password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>startup key (.BEK file)</source>
        <translation>スタートアップ キー (.BEK ファイル)</translation>
    </message>
    <message>
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <source>TPM and PIN</source>
        <translation>TPM と PIN</translation>
    </message>
    <message>
        <source>smart card</source>
        <translation>スマート カード</translation>
    </message>
    <message>
        <source>clear key (protection suspended)</source>
        <translation>クリア キー (保護は中断中)</translation>
    </message>
    <message>
        <source>unknown kind (0x%1)</source>
        <translation>不明な種類 (0x%1)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>VolumeProbe</name>
    <message>
        <source>FileVault&apos;s users and its personal recovery key are kept in encrypted metadata, which is not listed here. A key can still be checked against this volume.</source>
        <translation>FileVault のユーザーと個人用回復キーは暗号化されたメタデータに保管されているため、ここには表示されません。ただし、このボリュームに対してキーを確認することはできます。</translation>
    </message>
    <message>
        <source>%1 is a LUKS volume (Linux disk encryption), not BitLocker or FileVault: Keyhaven does not handle LUKS keys.</source>
        <translation>%1 は BitLocker や FileVault ではなく LUKS ボリューム (Linux のディスク暗号化) です。Keyhaven は LUKS のキーを扱いません。</translation>
    </message>
    <message>
        <source>%1 is an APFS container. FileVault on APFS cannot be read on this system: use fdesetup on the Mac itself.</source>
        <translation>%1 は APFS コンテナーです。APFS 上の FileVault はこのシステムでは読み取れません。Mac 上で fdesetup を使用してください。</translation>
    </message>
    <message>
        <source>%1 holds only zeros at its start: it is not a BitLocker or FileVault volume (an empty or wiped disk?).</source>
        <translation>%1 は先頭がすべてゼロです。BitLocker や FileVault のボリュームではありません (空のディスク、または消去されたディスクかもしれません)。</translation>
    </message>
    <message>
        <source>%1 is a whole disk with a partition table, not a volume: give one of its partitions (such as /dev/sdb1), or give no path to look at every device.</source>
        <translation>%1 はボリュームではなく、パーティション テーブルを持つディスク全体です。そのパーティションのいずれか (/dev/sdb1 など) を指定するか、パスを指定せずにすべてのデバイスを調べてください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is far too small to be a BitLocker or FileVault volume: it holds only %n byte(s).</source>
        <translation>
            <numerusform>%1 は小さすぎるため、BitLocker や FileVault のボリュームではありません。サイズは %n バイトしかありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a BitLocker or FileVault volume: it starts with no signature of either.</source>
        <translation>%1 は BitLocker や FileVault のボリュームではありません。先頭にどちらの署名もありません。</translation>
    </message>
    <message>
        <source>%1 cannot be read even with administrator rights: the system does not allow it here (a container, or a security policy).</source>
        <translation>%1 は管理者権限でも読み取れません。この環境ではシステムが許可していません (コンテナー、またはセキュリティ ポリシー)。</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied. Run with administrator rights (sudo or pkexec), or add your user to the “disk” group.</source>
        <translation>%1 を読み取れません。アクセスが拒否されました。管理者権限 (sudo または pkexec) で実行するか、ユーザーを「disk」グループに追加してください。</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 を読み取れません。アクセスが拒否されました。</translation>
    </message>
    <message>
        <source>%1 has no medium in it.</source>
        <translation>%1 にメディアが入っていません。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>Logical volume family UUID: %1</source>
        <translation>論理ボリューム ファミリの UUID: %1</translation>
    </message>
    <message>
        <source>The encrypted CoreStorage metadata could not be read: this volume may not use FileVault encryption.</source>
        <translation>暗号化された CoreStorage メタデータを読み取れませんでした。このボリュームは FileVault で暗号化されていない可能性があります。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is a folder. Give an image file or a device, such as /dev/sdb1.</source>
        <translation>%1 はフォルダーです。イメージ ファイルまたはデバイス (/dev/sdb1 など) を指定してください。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 は空です。</translation>
    </message>
    <message>
        <source>FileVault&apos;s users and its personal recovery key are kept in encrypted metadata, which is not listed here. Keys cannot be checked against FileVault volumes on this system.</source>
        <translation>FileVault のユーザーと個人用回復キーは暗号化されたメタデータに保存されているため、ここには表示されません。このシステムでは、FileVault ボリュームに対してキーを確認できません。</translation>
    </message>
</context>
<context>
    <name>VolumeReader</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
</context>
<context>
    <name>VolumeSource</name>
    <message>
        <source>This system does not hand over the recovery keys of its drives: read them from the drive with its password or startup key.</source>
        <translation>このシステムはドライブの回復キーを渡しません。パスワードかスタートアップ キーを使って、ドライブから読み取ってください。</translation>
    </message>
</context>
<context>
    <name>WindowsPathLocator</name>
    <message>
        <source>Windows could not tell which drive %1 is on.</source>
        <translation>%1 がどのドライブ上にあるかを Windows は判別できませんでした。</translation>
    </message>
    <message>
        <source>Windows could not tell what kind of drive %1 is.</source>
        <translation>%1 がどの種類のドライブかを Windows は判別できませんでした。</translation>
    </message>
    <message>
        <source>Get-BitLockerVolume listed no volume at all, not even Windows&apos; own drive.</source>
        <translation>Get-BitLockerVolume は、Windows 自身のドライブも含め、ボリュームを 1 つも返しませんでした。</translation>
    </message>
</context>
<context>
    <name>WindowsVolumeSource</name>
    <message>
        <source>TPM and startup key</source>
        <translation>TPM とスタートアップ キー</translation>
    </message>
    <message>
        <source>TPM, PIN and startup key</source>
        <translation>TPM、PIN、スタートアップ キー</translation>
    </message>
    <message>
        <source>TPM and network unlock</source>
        <translation>TPM とネットワーク ロック解除</translation>
    </message>
    <message>
        <source>Active Directory account or group</source>
        <translation>Active Directory のアカウントまたはグループ</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>コード %1</translation>
    </message>
    <message>
        <source>Encryption is in progress (%1 % done).</source>
        <translation>暗号化を実行中です (%1% 完了)。</translation>
    </message>
    <message>
        <source>BitLocker is being turned off: decryption is in progress (%1 % still encrypted).</source>
        <translation>BitLocker をオフにしています。暗号化解除を実行中です (%1% がまだ暗号化されています)。</translation>
    </message>
    <message>
        <source>Encryption or decryption is paused (%1 % encrypted).</source>
        <translation>暗号化または暗号化解除は一時停止中です (%1% 暗号化済み)。</translation>
    </message>
    <message>
        <source>Protection is off or suspended: until it is turned on or resumed, the volume opens without any key.</source>
        <translation>保護がオフまたは中断されています。保護をオンにするか再開するまで、このボリュームはキーなしで開けます。</translation>
    </message>
    <message>
        <source>The volume is locked.</source>
        <translation>ボリュームはロックされています。</translation>
    </message>
    <message>
        <source>Windows showed a recovery password for protector %1 that is not well formed; it was not kept.</source>
        <translation>Windows が保護機能 %1 について表示した回復パスワードは形式が正しくないため、保持しませんでした。</translation>
    </message>
    <message>
        <source>A protector without a readable ID was left out.</source>
        <translation>読み取れる ID がない保護機能は除外しました。</translation>
    </message>
    <message>
        <source>Protector %1 (%2) is listed as “unknown”.</source>
        <translation>保護機能 %1 (%2) は「不明」として記載されています。</translation>
    </message>
    <message>
        <source>Windows listed no protectors for this volume.</source>
        <translation>Windows はこのボリュームの保護機能を 1 つも表示しませんでした。</translation>
    </message>
    <message>
        <source>The output of Get-BitLockerVolume is not the JSON it should be (%1 at offset %2).</source>
        <translation>Get-BitLockerVolume の出力が正しい JSON ではありません (オフセット %2 で %1)。</translation>
    </message>
    <message>
        <source>Windows PowerShell was not found, so BitLocker volumes cannot be listed.</source>
        <translation>Windows PowerShell が見つからないため、BitLocker ボリュームを一覧表示できません。</translation>
    </message>
    <message numerus="yes">
        <source>PowerShell did not answer within %n second(s).</source>
        <translation>
            <numerusform>PowerShell が %n 秒以内に応答しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>PowerShell stopped unexpectedly.</source>
        <translation>PowerShell が予期せず停止しました。</translation>
    </message>
    <message>
        <source>Windows allows only administrators to read BitLocker volumes. Run Keyhaven as administrator (right-click, “Run as administrator”) and try again.</source>
        <translation>Windows では、BitLocker ボリュームを読み取れるのは管理者だけです。Keyhaven を管理者として実行し (右クリックして [管理者として実行])、もう一度お試しください。</translation>
    </message>
    <message>
        <source>PowerShell has no Get-BitLockerVolume command on this computer: BitLocker&apos;s PowerShell module is not installed.</source>
        <translation>このコンピューターの PowerShell には Get-BitLockerVolume コマンドがありません。BitLocker の PowerShell モジュールがインストールされていません。</translation>
    </message>
    <message>
        <source>PowerShell could not list the BitLocker volumes (exit code %1): %2</source>
        <translation>PowerShell で BitLocker ボリュームを一覧表示できませんでした (終了コード %1): %2</translation>
    </message>
    <message>
        <source>Windows did not show the recovery key of %1: it shows it only to administrators, and only while the drive is unlocked.</source>
        <translation>Windows は %1 の回復キーを表示しませんでした。回復キーが表示されるのは管理者に対してだけで、ドライブのロックが解除されている間に限られます。</translation>
    </message>
    <message numerus="yes">
        <source>Windows handed over %n recovery key(s) of %1 (Get-BitLockerVolume, as administrator). They were not also checked against the drive here, so they are not verified.</source>
        <translation>
            <numerusform>Windows から %1 の回復キーを %n 個受け取りました (Get-BitLockerVolume、管理者として実行)。ここではドライブに対する検証は行っていないため、検証済みではありません。</numerusform>
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
        <translation>使い方: keyhaven [--lang LANG]

Keyhaven ウィザードを開きます。BitLocker または FileVault の回復キーをバックアップする (アカウント、USB フラッシュ ドライブ、テキスト ファイル、印刷した回復シートに保存し、どのコピーも読み戻して確かめます) か、保存したキーを回復キー ID で探します。

オプション:
  --lang LANG  言語: en (英語)、ja (日本語)、nb (ノルウェー語 ブークモール)。指定しない場合は、前回最初のページで選んだ言語、なければシステムの言語
  --version    バージョンを表示して終了します
  --help       このヘルプを表示して終了します

スクリプト向けのコマンドライン ツールは keyhaven-cli です。</translation>
    </message>
</context>
<context>
    <name>keyhaven::AccountPage</name>
    <message>
        <source>Save to your account</source>
        <translation>アカウントに保存</translation>
    </message>
    <message>
        <source>Choose the account to upload the key to. Its password is read from the system keychain.</source>
        <translation>キーのアップロード先のアカウントを選択してください。アカウントのパスワードはシステムのキーチェーンから読み取ります。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>アカウント(&amp;A):</translation>
    </message>
    <message>
        <source>Keyhaven says the key is saved only once the server confirmed it. When the server cannot be reached, the key waits in the system keychain (never in a file) and Keyhaven tries again later.</source>
        <translation>Keyhaven がキーを保存済みと表示するのは、サーバーが保存を確認した後だけです。サーバーに接続できない場合、キーはシステムのキーチェーンで待機し (ファイルには保存されません)、Keyhaven が後で再試行します。</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>ユーザー: %1</translation>
    </message>
    <message>
        <source>A&amp;dd an account…</source>
        <translation>アカウントを追加(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>変更(&amp;C)…</translation>
    </message>
    <message>
        <source>Change the account</source>
        <translation>アカウントを変更</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the account</source>
        <translation>アカウントを削除</translation>
    </message>
    <message>
        <source>Yes, remove it</source>
        <translation>削除する</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>削除しない</translation>
    </message>
    <message>
        <source>No account is set up yet. Add one: it takes the server&apos;s address, your user name and password.</source>
        <translation>アカウントはまだ設定されていません。追加してください。必要なのはサーバーのアドレス、ユーザー名、パスワードです。</translation>
    </message>
    <message>
        <source>Your organisation&apos;s key server (Crypt Server) at %1. The key is stored there for this computer, where your administrator can find it.</source>
        <translation>%1 にある組織のキー サーバー (Crypt Server) です。キーはこのコンピューターのものとしてそこに保管され、管理者が見つけられます。</translation>
    </message>
    <message>
        <source>Cloud storage (WebDAV) at %1. The key is saved as a text file in the folder “%2”; a sheet saved as a PDF in this backup goes beside it.</source>
        <translation>%1 のクラウド ストレージ (WebDAV) です。キーはフォルダー「%2」にテキスト ファイルとして保存されます。このバックアップで PDF として保存した回復シートも同じ場所に保存されます。</translation>
    </message>
    <message>
        <source>Set up the account on your server. The password goes into the system keychain, never into a file.</source>
        <translation>サーバー上のアカウントを設定します。パスワードはファイルではなく、システムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Change the account. The password goes into the system keychain, never into a file.</source>
        <translation>アカウントを変更します。パスワードはファイルではなく、システムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Remove the account “%1” from Keyhaven? Its password is deleted from the system keychain. Keys already on the server stay there.</source>
        <translation>アカウント「%1」を Keyhaven から削除しますか? パスワードはシステムのキーチェーンから削除されます。サーバー上にあるキーはそのまま残ります。</translation>
    </message>
    <message>
        <source>The account “%1” was removed.</source>
        <translation>アカウント「%1」を削除しました。</translation>
    </message>
    <message>
        <source>The upload of key %1 that was waiting for this account was dropped.</source>
        <translation>このアカウントへのアップロードを待っていたキー %1 は、アップロードを取りやめました。</translation>
    </message>
    <message>
        <source>No account was dropped: Keyhaven has not changed the file. Only the accounts it could read are offered here; accounts cannot be added, changed or removed until the file is repaired or moved aside.</source>
        <translation>削除されたアカウントはありません。Keyhaven はファイルを変更していません。ここには読み取れたアカウントだけが表示されます。ファイルを修復するか別の場所に移動するまで、アカウントの追加、変更、削除はできません。</translation>
    </message>
    <message>
        <source>No copy of the damaged file could be kept beside it. The file itself is unchanged at %1.</source>
        <translation>破損したファイルのコピーを同じ場所に保存できませんでした。ファイル自体は %1 に変更されないまま残っています。</translation>
    </message>
    <message>
        <source>A copy of the damaged file is kept at %1.</source>
        <translation>破損したファイルのコピーを %1 に保存しています。</translation>
    </message>
    <message>
        <source>No account was dropped: Keyhaven has not changed the file. Only the accounts it could read are offered here; accounts cannot be added, changed or removed until the file can be read.</source>
        <translation>削除されたアカウントはありません。Keyhaven はファイルを変更していません。ここには読み取れたアカウントだけが表示されます。ファイルを読み取れるようになるまで、アカウントの追加、変更、削除はできません。</translation>
    </message>
    <message>
        <source>No account could be read from the settings file.</source>
        <translation>設定ファイルからアカウントを 1 つも読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>keyhaven::AccountSetupForm</name>
    <message>
        <source>Name of the account</source>
        <translation>アカウントの名前</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Folder on the server</source>
        <translation>サーバー上のフォルダー</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>証明機関のファイル</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>クライアント証明書のファイル</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Browse for the certificate authority file</source>
        <translation>証明機関のファイルを参照</translation>
    </message>
    <message>
        <source>Browse for the client certificate file</source>
        <translation>クライアント証明書のファイルを参照</translation>
    </message>
    <message>
        <source>Sign in with this client certificate and &amp;key (PEM):</source>
        <translation>サインインに使うクライアント証明書と秘密キー (PEM)(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Sa&amp;ve account</source>
        <translation>アカウントを保存(&amp;V)</translation>
    </message>
    <message>
        <source>Back to the accounts</source>
        <translation>アカウントの一覧に戻る</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>証明機関のファイルを選択</translation>
    </message>
    <message>
        <source>Choose the client certificate file</source>
        <translation>クライアント証明書のファイルを選択</translation>
    </message>
    <message>
        <source>https://cloud.example.org/remote.php/dav/files/USER/</source>
        <translation>https://cloud.example.org/remote.php/dav/files/USER/</translation>
    </message>
    <message>
        <source>https://keys.example.org/</source>
        <translation>https://keys.example.org/</translation>
    </message>
    <message>
        <source>The address must start with https://. Plain http:// is accepted only for a server on this computer itself (such as http://127.0.0.1/), because it sends the key unprotected.</source>
        <translation>アドレスは https:// で始まる必要があります。http:// はキーを保護せずに送信するため、このコンピューター上のサーバー (http://127.0.0.1/ など) にだけ使えます。</translation>
    </message>
    <message>
        <source>For Nextcloud: Files, then Settings at the bottom left, shows the WebDAV address.</source>
        <translation>Nextcloud の場合: [ファイル] を開き、左下の [設定] に WebDAV のアドレスが表示されます。</translation>
    </message>
    <message>
        <source>The address your administrator gave you: the part before /checkin/.</source>
        <translation>管理者から伝えられたアドレスの、/checkin/ より前の部分です。</translation>
    </message>
    <message>
        <source>Nextcloud and ownCloud want an app password, made under Settings, Security.</source>
        <translation>Nextcloud と ownCloud では、[設定] の [セキュリティ] で作成するアプリ パスワードを使います。</translation>
    </message>
    <message>
        <source>Leave the user name and password empty unless your server asks for them.</source>
        <translation>サーバーから求められない限り、ユーザー名とパスワードは空のままにしてください。</translation>
    </message>
    <message>
        <source>Leave the password empty to keep the one in the system keychain.</source>
        <translation>システムのキーチェーンにあるパスワードをそのまま使う場合は、パスワードを空のままにしてください。</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>There is already an account called “%1”; choose another name.</source>
        <translation>「%1」という名前のアカウントは既にあります。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>Talking to %1 …</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>There is no system keychain to keep the password in; the account was not saved.</source>
        <translation>パスワードを保管するシステムのキーチェーンがないため、アカウントは保存されませんでした。</translation>
    </message>
    <message>
        <source>Cloud storage: Nextcloud, ownCloud or another &amp;WebDAV server</source>
        <translation>クラウド ストレージ: Nextcloud、ownCloud などの WebDAV サーバー(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Your organisation&apos;s key server (Crypt Server)</source>
        <translation>組織のキー サーバー (Crypt Server)(&amp;Y)</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>フォルダー(&amp;O):</translation>
    </message>
    <message>
        <source>The server needs certificate f&amp;iles (your administrator gave you some)</source>
        <translation>サーバーに証明書ファイルが必要 (管理者から受け取った場合)(&amp;I)</translation>
    </message>
    <message>
        <source>Trust this certificate aut&amp;hority (PEM):</source>
        <translation>信頼する証明機関 (PEM)(&amp;H):</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名前(&amp;M):</translation>
    </message>
    <message>
        <source>Server addr&amp;ess:</source>
        <translation>サーバーのアドレス(&amp;E):</translation>
    </message>
</context>
<context>
    <name>keyhaven::AccountTarget</name>
    <message>
        <source>“account:” needs an account name, for example account:work. “keyhaven-cli account list” lists them.</source>
        <translation>「account:」にはアカウント名を指定する必要があります (例: account:work)。一覧は「keyhaven-cli account list」で表示できます。</translation>
    </message>
    <message>
        <source>There is no account called “%1”. Add it with “keyhaven-cli account add”.</source>
        <translation>「%1」という名前のアカウントはありません。「keyhaven-cli account add」で追加してください。</translation>
    </message>
    <message>
        <source>The password of the account “%1” is not in the system keychain; add the account again.</source>
        <translation>アカウント「%1」のパスワードがシステムのキーチェーンにありません。アカウントをもう一度追加してください。</translation>
    </message>
    <message>
        <source>Could not read the password of the account “%1”: %2</source>
        <translation>アカウント「%1」のパスワードを読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1 The key still waits in the system keychain.</source>
        <translation>%1 キーは引き続きシステムのキーチェーンで待機しています。</translation>
    </message>
    <message>
        <source>%1 The key still waits in the system keychain and will be tried again.</source>
        <translation>%1 キーは引き続きシステムのキーチェーンで待機しており、後で再試行されます。</translation>
    </message>
    <message>
        <source>%1 The key could not be kept for a later try either: %2</source>
        <translation>%1 後で再試行するためにキーを保管することもできませんでした: %2</translation>
    </message>
    <message>
        <source>Pending upload %1 to the account “%2”.</source>
        <translation>アカウント「%2」への待機中のアップロード %1。</translation>
    </message>
    <message>
        <source>The key landed, but its waiting copy could not be removed from the system keychain: %1</source>
        <translation>キーはアップロードされましたが、待機用のコピーをシステムのキーチェーンから削除できませんでした: %1</translation>
    </message>
    <message>
        <source>This try could not be noted in the settings: %1</source>
        <translation>今回の試行を設定に記録できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 Nothing is saved on the server yet. The key waits in the system keychain (never in a file) for the next try.</source>
        <translation>%1 サーバーにはまだ何も保存されていません。キーはファイルではなくシステムのキーチェーンで、次の試行を待っています。</translation>
    </message>
</context>
<context>
    <name>keyhaven::BackupRun</name>
    <message>
        <source>Not started: the backup was cancelled. Nothing was written here.</source>
        <translation>開始されませんでした。バックアップがキャンセルされました。ここには何も書き込まれていません。</translation>
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
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Save the key</source>
        <translation>キーを保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>keyhaven::ConnectionCheck</name>
    <message>
        <source>Could not connect to %1. %2</source>
        <translation>%1 に接続できませんでした。%2</translation>
    </message>
    <message>
        <source>The server at %1 answered, but refused the user name or password. Check both; Nextcloud and ownCloud want an app password (made in their security settings).</source>
        <translation>%1 のサーバーから応答はありましたが、ユーザー名またはパスワードが拒否されました。両方を確認してください。Nextcloud と ownCloud では、セキュリティ設定で作成するアプリ パスワードが必要です。</translation>
    </message>
    <message>
        <source>The server at %1 answered, but not as a WebDAV folder. Check the address. %2</source>
        <translation>%1 のサーバーから応答はありましたが、WebDAV のフォルダーとしての応答ではありませんでした。アドレスを確認してください。%2</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2. Keys will be saved at the top of your files.</source>
        <translation>%2 として %1 にサインインしました。キーはファイルの最上位に保存されます。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2. The folder “%3” is there; keys will be saved in it.</source>
        <translation>%2 として %1 にサインインしました。フォルダー「%3」があり、キーはそこに保存されます。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2. The folder “%3” is not there yet; Keyhaven makes it with the first backup.</source>
        <translation>%2 として %1 にサインインしました。フォルダー「%3」はまだありません。最初のバックアップのときに Keyhaven が作成します。</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2, but the folder “%3” could not be opened. %4</source>
        <translation>%2 として %1 にサインインしましたが、フォルダー「%3」を開けませんでした。%4</translation>
    </message>
    <message>
        <source>The server at %1 answered, but refused the user name or password. Check both.</source>
        <translation>%1 のサーバーから応答はありましたが、ユーザー名またはパスワードが拒否されました。両方を確認してください。</translation>
    </message>
    <message>
        <source>The server at %1 answered, but it has no Crypt Server check-in there. Check the address: it is the part before /checkin/.</source>
        <translation>%1 のサーバーから応答はありましたが、そこには Crypt Server のチェックイン先がありません。アドレスを確認してください。/checkin/ より前の部分を指定します。</translation>
    </message>
    <message>
        <source>Reached the Crypt Server at %1. Its check-in address answers.</source>
        <translation>%1 の Crypt Server に接続できました。チェックイン先から応答があります。</translation>
    </message>
    <message>
        <source>Reached the Crypt Server at %1. It already has this computer (%2) on record.</source>
        <translation>%1 の Crypt Server に接続できました。このコンピューター (%2) は既にサーバーに登録されています。</translation>
    </message>
    <message>
        <source>Reached the Crypt Server at %1. It has no key for this computer (%2) yet.</source>
        <translation>%1 の Crypt Server に接続できました。このコンピューター (%2) のキーはまだ保管されていません。</translation>
    </message>
</context>
<context>
    <name>keyhaven::CopyCheckPanel</name>
    <message>
        <source>&amp;Check all copies</source>
        <translation>すべてのコピーを確認(&amp;C)</translation>
    </message>
    <message>
        <source>Reads every copy of your keys that Keyhaven made and says which still work</source>
        <translation>Keyhaven が作成したキーのコピーをすべて読み直し、まだ使えるかどうかを示します</translation>
    </message>
    <message>
        <source>Checking the copies</source>
        <translation>コピーを確認しています</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更されています</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み取れません</translation>
    </message>
    <message>
        <source>out of date</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>確認できません</translation>
    </message>
    <message numerus="yes">
        <source>Looking for your drives, then reading %n copy/copies…</source>
        <translation>
            <numerusform>ドライブを探してから、%n 個のコピーを読み取ります…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n copy/copies…</source>
        <translation>
            <numerusform>%n 個のコピーのうち %1 個を確認しました…</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 — %2: %3</source>
        <translation>• %1 — %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>All %n copy/copies checked: each one is there, unchanged, and reads as its key.</source>
        <translation>
            <numerusform>%n 個のコピーをすべて確認しました: どれもあり、変更されておらず、キーとして読み取れます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n copy/copies need attention:</source>
        <translation>
            <numerusform>%n 個のコピーのうち %1 個に対処が必要です:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyhaven::CryptServerProvider</name>
    <message>
        <source>This computer has no serial number Keyhaven can read and the key has no ID, so a Crypt Server could not file it.</source>
        <translation>このコンピューターには Keyhaven が読み取れるシリアル番号がなく、キーにも ID がないため、Crypt Server に登録できません。</translation>
    </message>
    <message>
        <source>A Crypt Server takes recovery keys and passwords, not a startup key file (.BEK).</source>
        <translation>Crypt Server が受け付けるのは回復キーとパスワードで、スタートアップ キーのファイル (.BEK) は受け付けません。</translation>
    </message>
    <message>
        <source>Checking the key in to %1</source>
        <translation>キーを %1 に登録しています</translation>
    </message>
    <message>
        <source>The Crypt Server did not take the key.</source>
        <translation>Crypt Server はキーを受け付けませんでした。</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the check-in is not a Crypt Server&apos;s; the key may not have been stored. Check the account&apos;s URL.</source>
        <translation>登録に対するサーバーの応答が Crypt Server のものではありません。キーは保存されていない可能性があります。アカウントの URL を確認してください。</translation>
    </message>
    <message>
        <source>The server asks for this key to be replaced (rotation required): an administrator has looked at it. Make a new recovery key and back that one up.</source>
        <translation>サーバーがこのキーの交換 (ローテーション) を求めています。管理者がこのキーを閲覧しました。新しい回復キーを作成し、そのキーをバックアップしてください。</translation>
    </message>
    <message>
        <source>a FileVault recovery key</source>
        <translation>FileVault の回復キー</translation>
    </message>
    <message>
        <source>the BitLocker recovery key %1</source>
        <translation>BitLocker 回復キー %1</translation>
    </message>
    <message>
        <source>a BitLocker recovery key</source>
        <translation>BitLocker 回復キー</translation>
    </message>
    <message>
        <source>Asking %1 what it holds for this computer</source>
        <translation>このコンピューターについて %1 が保管しているものを確認しています</translation>
    </message>
    <message>
        <source>The Crypt Server could not be asked what it holds; the key was not sent.</source>
        <translation>Crypt Server に保管内容を問い合わせることができませんでした。キーは送信されていません。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a Crypt Server&apos;s; the key was not sent. Check the account&apos;s URL.</source>
        <translation>サーバーの応答が Crypt Server のものではありません。キーは送信されていません。アカウントの URL を確認してください。</translation>
    </message>
    <message>
        <source>Asking the server what it holds now</source>
        <translation>サーバーが現在保管しているものを確認しています</translation>
    </message>
    <message>
        <source>The server took the check-in, but could not be asked to confirm it: its confirmation address cannot hold a serial number with “/” (%1). Not confirmed; ask the server&apos;s administrator to look for the computer %1.</source>
        <translation>サーバーはチェックインを受け付けましたが、確認を問い合わせることができませんでした: 確認用のアドレスには「/」を含むシリアル番号 (%1) を入れられません。確認されていません。サーバーの管理者にコンピューター %1 を確認するよう依頼してください。</translation>
    </message>
    <message>
        <source>The server took the check-in but could not be asked what it holds.</source>
        <translation>サーバーはチェックインを受け付けましたが、保管内容を問い合わせることができませんでした。</translation>
    </message>
    <message>
        <source>The server took the check-in but says it holds no key of this kind for %1.</source>
        <translation>サーバーはチェックインを受け付けましたが、%1 についてこの種類のキーを保管していないと応答しました。</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the confirmation is not a Crypt Server&apos;s; the key may not have been stored.</source>
        <translation>確認に対するサーバーの応答が Crypt Server のものではありません。キーは保存されていない可能性があります。</translation>
    </message>
    <message>
        <source>The server says it has a key of this kind for %1, but gives no date Keyhaven can read, so it cannot show that it holds %2. Not confirmed.</source>
        <translation>サーバーは %1 についてこの種類のキーを保管していると応答しましたが、Keyhaven が読み取れる日付を示していないため、%2 を保管していることは示せません。確認されていません。</translation>
    </message>
    <message>
        <source>The server says its newest key for %1 was stored at %2, which is in the future by this computer&apos;s clock; Keyhaven cannot tell whether it holds %3. Not confirmed.</source>
        <translation>サーバーは %1 の最新のキーが %2 に保存されたと応答しましたが、これはこのコンピューターの時計では未来の日時です。%3 を保管しているかどうか Keyhaven には判断できません。確認されていません。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Checked in to the Crypt Server as %1; the server confirmed it stored %2 just now.</source>
        <translation>シリアル番号 %1 として Crypt Server にチェックインしました。サーバーは %2 を今保存したことを確認しました。</translation>
    </message>
    <message>
        <source>the server&apos;s newest key of this kind for %1 is new since before this check-in (escrowed %2)</source>
        <translation>%1 についてのサーバーの最新のこの種類のキーは、今回のチェックインの前にはなかったものです (預託日時 %2)</translation>
    </message>
    <message>
        <source>The server stored nothing new: it says it already has a key of this kind for %1, escrowed %2, before this check-in. That is all it can show; it cannot show that it holds %3. Not confirmed.</source>
        <translation>サーバーは新しいものを何も保存しませんでした: 今回のチェックインより前の %2 に預託された、この種類のキーを %1 についてすでに保管していると応答しています。サーバーが示せるのはそこまでで、%3 を保管していることは示せません。確認されていません。</translation>
    </message>
    <message>
        <source>If this key was checked in to this server before, the server already has it; otherwise ask its administrator.</source>
        <translation>このキーを以前このサーバーにチェックインしたことがあれば、サーバーはすでにそのキーを保管しています。そうでない場合は、サーバーの管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>The server stored nothing new: it already had %1 for %2 (escrowed %3). It cannot show that the key it has is this one, only that it has one with this ID.</source>
        <translation>サーバーは新しいものを何も保存しませんでした: %2 について %1 をすでに保管していました (預託日時 %3)。サーバーが示せるのは、この ID のキーを保管していることだけで、保管しているキーがこのキーであることは示せません。</translation>
    </message>
    <message>
        <source>the server has a key with this ID for %1 (escrowed %2)</source>
        <translation>サーバーは %1 についてこの ID のキーを保管しています (預託日時 %2)</translation>
    </message>
</context>
<context>
    <name>keyhaven::DriveList</name>
    <message>
        <source>Looking for encrypted drives</source>
        <translation>暗号化されたドライブを探しています</translation>
    </message>
    <message>
        <source>Encrypted drives and their protectors</source>
        <translation>暗号化されたドライブとそのキー</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ドライブ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Add a disk &amp;image…</source>
        <translation>ディスク イメージを追加(&amp;I)…</translation>
    </message>
    <message>
        <source>Check a key against a disk image (or a drive) that was not found by itself.</source>
        <translation>自動的に見つからなかったディスク イメージ (またはドライブ) でキーを確かめます。</translation>
    </message>
    <message>
        <source>Look a&amp;gain</source>
        <translation>再検索(&amp;G)</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>詳細を表示</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>詳細を隠す</translation>
    </message>
    <message>
        <source>Looking for encrypted drives is not possible on this system.</source>
        <translation>このシステムでは、暗号化されたドライブを探すことはできません。</translation>
    </message>
    <message>
        <source>Looking for encrypted drives…</source>
        <translation>暗号化されたドライブを探しています…</translation>
    </message>
    <message>
        <source>Add a disk image</source>
        <translation>ディスク イメージを追加</translation>
    </message>
    <message>
        <source>Disk images (*.img *.vhd *.vhdx *.dmg *.raw *.bin);;All files (*)</source>
        <translation>ディスク イメージ (*.img *.vhd *.vhdx *.dmg *.raw *.bin);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 is not a BitLocker or FileVault volume.</source>
        <translation>%1 は BitLocker または FileVault のボリュームではありません。</translation>
    </message>
    <message>
        <source>Encryption: %1</source>
        <translation>暗号化: %1</translation>
    </message>
    <message>
        <source>personal recovery key (not listed: the drive keeps it encrypted)</source>
        <translation>個人用回復キー (ドライブ内で暗号化されているため、一覧には表示されません)</translation>
    </message>
    <message>
        <source>No encrypted drives were found on this computer.</source>
        <translation>このコンピューターに暗号化されたドライブは見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Found %n encrypted drive(s). Choose the one whose key you want to back up.</source>
        <translation>
            <numerusform>暗号化されたドライブが %n 個見つかりました。キーをバックアップするドライブを選択してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some devices on this computer could not be read, so an encrypted drive may be missing from the list.</source>
        <translation>このコンピューターの一部のデバイスを読み取れなかったため、一覧に表示されていない暗号化されたドライブがあるかもしれません。</translation>
    </message>
    <message>
        <source>Some other devices on this computer could not be read. That does not matter if your drive is in the list.</source>
        <translation>このコンピューターのほかのデバイスの一部を読み取れませんでした。目的のドライブが一覧にあれば問題ありません。</translation>
    </message>
    <message>
        <source>&amp;Read them as administrator…</source>
        <translation>管理者として読み取る(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>keyhaven::FindIdPage</name>
    <message>
        <source>Which key are you looking for?</source>
        <translation>どのキーをお探しですか?</translation>
    </message>
    <message>
        <source>The recovery screen shows a recovery key ID to tell which key it needs, for example “Recovery key ID: 64311DEA”.</source>
        <translation>回復画面には、どのキーが必要かを示す回復キー ID が表示されます (例: 「回復キー ID: 64311DEA」)。</translation>
    </message>
    <message>
        <source>Enter the recovery key &amp;ID shown on the recovery screen (8 or more characters):</source>
        <translation>回復画面に表示されている回復キー ID を入力してください (8 文字以上)(&amp;I):</translation>
    </message>
    <message>
        <source>Recovery key ID</source>
        <translation>回復キー ID</translation>
    </message>
    <message>
        <source>The first 8 or more characters of the recovery key ID shown on the recovery screen</source>
        <translation>回復画面に表示されている回復キー ID の先頭 8 文字以上</translation>
    </message>
    <message>
        <source>for example 64311DEA</source>
        <translation>例: 64311DEA</translation>
    </message>
    <message>
        <source>Dashes, spaces, braces and lower case do not matter. If several keys start with the same characters, Keyhaven asks for more of them.</source>
        <translation>ハイフン、スペース、中かっこは入れても入れなくてもかまいません。小文字で入力してもかまいません。同じ文字で始まるキーが複数ある場合は、Keyhaven が続きの文字の入力を求めます。</translation>
    </message>
    <message>
        <source>The full recovery key ID: %1.</source>
        <translation>完全な回復キー ID: %1。</translation>
    </message>
    <message>
        <source>Keyhaven looks for keys whose ID starts with %1.</source>
        <translation>Keyhaven は、ID が %1 で始まるキーを探します。</translation>
    </message>
</context>
<context>
    <name>keyhaven::FindResultPage</name>
    <message>
        <source>Find a recovery key</source>
        <translation>回復キーを探す</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>検索中</translation>
    </message>
    <message>
        <source>&amp;More characters of the recovery key ID:</source>
        <translation>回復キー ID の続きの文字(&amp;M):</translation>
    </message>
    <message>
        <source>More characters of the recovery key ID</source>
        <translation>回復キー ID の続きの文字</translation>
    </message>
    <message>
        <source>Recovery key &amp;IDs that fit:</source>
        <translation>該当する回復キー ID(&amp;I):</translation>
    </message>
    <message>
        <source>Recovery key IDs that fit</source>
        <translation>該当する回復キー ID</translation>
    </message>
    <message>
        <source>Press Enter or double-click an ID to choose it.</source>
        <translation>ID を選択するには、Enter キーを押すか、ID をダブルクリックしてください。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <source>&amp;Copy the key</source>
        <translation>キーをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the recovery key to the clipboard for 30 seconds</source>
        <translation>回復キーを 30 秒間クリップボードにコピーします</translation>
    </message>
    <message numerus="yes">
        <source>Looking for the key whose ID starts with %1 in %n place(s)…</source>
        <translation>
            <numerusform>%n か所で、ID が %1 で始まるキーを探しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer there.</source>
        <translation>%1 はもう存在しません。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or place(s) could not be searched; the key may be in one of them:</source>
        <translation>
            <numerusform>%n 個のファイルまたは場所を検索できませんでした。キーがその中にある可能性があります:</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyhaven found the recovery key.</source>
        <translation>Keyhaven が回復キーを見つけました。</translation>
    </message>
    <message numerus="yes">
        <source>%n different keys have an ID starting with %1. Type more characters of the recovery key ID shown on the recovery screen, or choose the ID below.</source>
        <translation>
            <numerusform>ID が %1 で始まるキーが %n 個あります。回復画面に表示されている回復キー ID の続きの文字を入力するか、下の一覧から ID を選択してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the keys found has an ID starting with %1.</source>
        <translation>見つかったキーの中に、ID が %1 で始まるものはありません。</translation>
    </message>
    <message>
        <source>Several keys fit; which one does the recovery screen ask for?</source>
        <translation>該当するキーが複数あります。回復画面が求めているのはどのキーですか?</translation>
    </message>
    <message>
        <source>One key fits the characters you typed.</source>
        <translation>入力した文字に該当するキーが 1 つあります。</translation>
    </message>
    <message>
        <source>BitLocker recovery key (48-digit)</source>
        <translation>BitLocker 回復キー (48 桁の回復キー)</translation>
    </message>
    <message>
        <source>BitLocker startup key file (.BEK)</source>
        <translation>BitLocker スタートアップ キー ファイル (.BEK)</translation>
    </message>
    <message>
        <source>FileVault personal recovery key</source>
        <translation>FileVault の個人用回復キー</translation>
    </message>
    <message>
        <source>Recovery key ID: %1</source>
        <translation>回復キー ID: %1</translation>
    </message>
    <message>
        <source>This key is a startup key file, not a key to type. Copy the file to a USB flash drive and start the computer with the drive plugged in.</source>
        <translation>このキーは入力するキーではなく、スタートアップ キー ファイルです。このファイルを USB フラッシュ ドライブにコピーし、そのドライブを接続したままコンピューターを起動してください。</translation>
    </message>
    <message>
        <source>Type this key on the recovery screen. First check that the recovery key ID the screen shows starts with %1.</source>
        <translation>回復画面でこのキーを入力してください。その前に、画面に表示されている回復キー ID が %1 で始まることを確認してください。</translation>
    </message>
    <message>
        <source>Careful: the files do not all hold the same key for this ID; the one shown is from %1.</source>
        <translation>注意: この ID のキーは、ファイルによって内容が異なります。表示しているキーは %1 のものです。</translation>
    </message>
    <message>
        <source>No key with an ID starting with %1 was found.</source>
        <translation>ID が %1 で始まるキーは見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Keyhaven looked through %n file(s) in:</source>
        <translation>
            <numerusform>次の場所にある %n 個のファイルを調べました:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Search again (other places or another ID)</source>
        <translation>もう一度検索 (別の場所または別の ID)(&amp;S)</translation>
    </message>
    <message>
        <source>Found in this file:</source>
        <translation>このファイルで見つかりました:</translation>
    </message>
    <message>
        <source>Found in these files:</source>
        <translation>次のファイルで見つかりました:</translation>
    </message>
    <message>
        <source>Other places to look: another USB flash drive, a printed recovery sheet, the account you saved the key to, your Microsoft account (aka.ms/myrecoverykey) or your work or school account. Check also that the recovery key ID is the one the recovery screen shows; “Search again” lets you change it or look in more places.</source>
        <translation>ほかに探す場所: 別の USB フラッシュ ドライブ、印刷した回復シート、キーを保存したアカウント、Microsoft アカウント (aka.ms/myrecoverykey)、職場または学校アカウント。入力した回復キー ID が回復画面に表示されているものと同じかどうかも確認してください。[もう一度検索] で ID を変更したり、ほかの場所を探したりできます。</translation>
    </message>
    <message>
        <source>Keyhaven compares the key ID you entered with every saved key in the places you chose.</source>
        <translation>Keyhaven は、入力されたキー ID を、選択された場所に保存されているすべてのキーと照らし合わせます。</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>the files a key ID was found in</comment>
        <translation>ファイル: %1</translation>
    </message>
</context>
<context>
    <name>keyhaven::FindWherePage</name>
    <message>
        <source>Where should Keyhaven look?</source>
        <translation>どこを探しますか?</translation>
    </message>
    <message>
        <source>Keyhaven looks for saved recovery keys in the checked places, folders with all their subfolders. Plug in a USB flash drive you saved a key to, and it appears here.</source>
        <translation>Keyhaven は、チェックを付けた場所 (フォルダーはサブフォルダーも含む) から、保存された回復キーを探します。キーを保存した USB フラッシュ ドライブを接続すると、ここに表示されます。</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>探す場所(&amp;L):</translation>
    </message>
    <message>
        <source>Places to look in</source>
        <translation>探す場所</translation>
    </message>
    <message>
        <source>&amp;Add a folder…</source>
        <translation>フォルダーを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a folder to look in</source>
        <translation>探す場所にフォルダーを追加</translation>
    </message>
    <message>
        <source>Files larger than any key file are skipped, and Keyhaven tells you which.</source>
        <translation>キー ファイルとしては大きすぎるファイルはスキップし、どのファイルをスキップしたかをお知らせします。</translation>
    </message>
    <message>
        <source>Choose a folder to look in</source>
        <translation>探すフォルダーを選択</translation>
    </message>
    <message>
        <source>%1 (saved by Keyhaven, recovery key ID %2)</source>
        <translation>%1 (Keyhaven で保存、回復キー ID %2)</translation>
    </message>
    <message>
        <source>USB flash drive at %1</source>
        <translation>USB フラッシュ ドライブ (%1)</translation>
    </message>
    <message>
        <source>USB flash drive “%1” at %2</source>
        <translation>USB フラッシュ ドライブ「%1」(%2)</translation>
    </message>
    <message>
        <source>%1 (saved by Keyhaven)</source>
        <translation>%1 (Keyhaven で保存)</translation>
    </message>
</context>
<context>
    <name>keyhaven::HttpClient</name>
    <message>
        <source>No certificate could be read from the CA bundle %1.</source>
        <translation>CA バンドル %1 から証明書を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Could not read the client certificate %1: %2</source>
        <translation>クライアント証明書 %1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1 must hold the client certificate and its private key (PEM, without a passphrase).</source>
        <translation>%1 には、クライアント証明書とその秘密キー (PEM、パスフレーズなし) が含まれている必要があります。</translation>
    </message>
    <message>
        <source>The upload was cancelled.</source>
        <translation>アップロードはキャンセルされました。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was far too large; this does not look like the right server.</source>
        <translation>サーバーの応答が大きすぎます。正しいサーバーではないようです。</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>サーバーが %n 秒以内に応答しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach the server (%1).</source>
        <translation>サーバーに接続できませんでした (%1)。</translation>
    </message>
    <message>
        <source>The connection to the server was cut off (%1).</source>
        <translation>サーバーとの接続が切断されました (%1)。</translation>
    </message>
    <message>
        <source>The request failed: %1</source>
        <translation>要求が失敗しました: %1</translation>
    </message>
    <message>
        <source>The server refused the user name or password (401). Check the account&apos;s user and password (Nextcloud and ownCloud want an app password).</source>
        <translation>サーバーがユーザー名またはパスワードを拒否しました (401)。アカウントのユーザーとパスワードを確認してください (Nextcloud と ownCloud ではアプリ パスワードが必要です)。</translation>
    </message>
    <message>
        <source>The server does not allow this account to do that (403 Forbidden).</source>
        <translation>サーバーはこのアカウントにその操作を許可していません (403 Forbidden)。</translation>
    </message>
    <message>
        <source>The server has nothing at this address (404 Not Found). Check the account&apos;s URL.</source>
        <translation>このアドレスにはサーバー上に何もありません (404 Not Found)。アカウントの URL を確認してください。</translation>
    </message>
    <message>
        <source>The server does not accept this here (405 Method Not Allowed). Check that the account&apos;s URL points at the right kind of server.</source>
        <translation>サーバーはここでこの操作を受け付けません (405 Method Not Allowed)。アカウントの URL が正しい種類のサーバーを指していることを確認してください。</translation>
    </message>
    <message>
        <source>The server reported a conflict (409): something on the server is in the way, such as a missing folder above this one.</source>
        <translation>サーバーが競合を報告しました (409)。上位のフォルダーがないなど、サーバー上の何かが妨げになっています。</translation>
    </message>
    <message>
        <source>A file appeared at the same place while uploading (412); nothing was overwritten.</source>
        <translation>アップロード中に同じ場所にファイルが作成されました (412)。何も上書きしていません。</translation>
    </message>
    <message>
        <source>The server will not take a file this large (413).</source>
        <translation>サーバーはこのサイズのファイルを受け付けません (413)。</translation>
    </message>
    <message>
        <source>The server has no room left for the file (507 Insufficient Storage).</source>
        <translation>サーバーにファイルを保存する空き領域がありません (507 Insufficient Storage)。</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1).</source>
        <translation>サーバーで内部的な問題が発生しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>サーバーは HTTP ステータス %1 を返しました。</translation>
    </message>
    <message numerus="yes">
        <source>The server kept asking for more: Keyhaven stopped after %n request(s) for this upload.</source>
        <translation>
            <numerusform>サーバーが要求を繰り返したため、Keyhaven はこのアップロードで %n 回要求を送ったところで停止しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The upload did not finish within the %n second(s) it may take.</source>
        <translation>
            <numerusform>アップロードは、許可された %n 秒以内に完了しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent the request on to another address (%1). Keyhaven follows a redirect only on the same server, so it did not go there: nothing was sent to that address.</source>
        <translation>サーバーが要求を別のアドレス (%1) に転送しようとしました。Keyhaven は同じサーバー内のリダイレクトにしか従わないため、そこには接続していません: そのアドレスには何も送信されていません。</translation>
    </message>
    <message numerus="yes">
        <source>The server redirected the request more than %n time(s); Keyhaven stopped.</source>
        <translation>
            <numerusform>サーバーが要求を %n 回を超えてリダイレクトしたため、Keyhaven は停止しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server asked to log in (401), but a Crypt Server&apos;s check-in takes no password: the address may lead to something else, or a proxy in front of the server wants a log-in. Check the account&apos;s URL and ask the server&apos;s administrator (a client certificate is added with --client-cert).</source>
        <translation>サーバーがログインを求めました (401) が、Crypt Server のチェックインにパスワードは使いません: アドレスが別のものを指しているか、サーバーの前にあるプロキシがログインを求めている可能性があります。アカウントの URL を確認し、サーバーの管理者に問い合わせてください (クライアント証明書は --client-cert で追加します)。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1), so nothing was sent. If the server uses your organisation&apos;s own certificate authority, add that certificate authority&apos;s file to the account.</source>
        <translation>サーバーの証明書が信頼されていないため (%1)、何も送信しませんでした。サーバーが組織独自の証明機関を使っている場合は、その証明機関のファイルをアカウントに追加してください。</translation>
    </message>
    <message>
        <source>The server refused the secure connection (%1). If it asks for a client certificate, add the client certificate&apos;s file to the account.</source>
        <translation>サーバーが安全な接続を拒否しました (%1)。クライアント証明書が求められている場合は、クライアント証明書のファイルをアカウントに追加してください。</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be set up (%1). If the server asks for a client certificate, add the client certificate&apos;s file to the account.</source>
        <translation>サーバーとの安全な接続を確立できませんでした (%1)。サーバーからクライアント証明書を求められている場合は、クライアント証明書のファイルをアカウントに追加してください。</translation>
    </message>
</context>
<context>
    <name>keyhaven::IdleGuard</name>
    <message>
        <source>Are you still there?</source>
        <translation>まだ使用していますか?</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>作業を続ける(&amp;K)</translation>
    </message>
    <message numerus="yes">
        <source>Keyhaven will forget the key in %n s.</source>
        <translation>
            <numerusform>Keyhaven は %n 秒後にキーを消去します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has used Keyhaven for a while. To keep the recovery key safe, Keyhaven wipes it from memory and starts again, unless you keep working.</source>
        <translation>しばらくの間 Keyhaven が操作されていません。回復キーを安全に保つため、作業を続けない場合は、Keyhaven がキーをメモリから消去して最初からやり直します。</translation>
    </message>
</context>
<context>
    <name>keyhaven::KeyFileChoice</name>
    <message>
        <source>Keys in the file</source>
        <translation>ファイル内のキー</translation>
    </message>
    <message>
        <source>BitLocker recovery key with key ID %1</source>
        <translation>キー ID %1 の BitLocker 回復キー</translation>
    </message>
    <message>
        <source>BitLocker recovery key without a key ID</source>
        <translation>キー ID のない BitLocker 回復キー</translation>
    </message>
    <message>
        <source>BitLocker startup key (.BEK) with key ID %1</source>
        <translation>キー ID %1 の BitLocker スタートアップ キー (.BEK)</translation>
    </message>
    <message>
        <source>BitLocker startup key (.BEK)</source>
        <translation>BitLocker スタートアップ キー (.BEK)</translation>
    </message>
    <message>
        <source>FileVault personal recovery key for volume %1</source>
        <translation>ボリューム %1 の FileVault の個人用回復キー</translation>
    </message>
    <message>
        <source>FileVault personal recovery key</source>
        <translation>FileVault の個人用回復キー</translation>
    </message>
    <message>
        <source>%1 — belongs to %2</source>
        <translation>%1 — %2 のキー</translation>
    </message>
    <message>
        <source>No key could be read from %1.</source>
        <translation>%1 からキーを読み取れませんでした。</translation>
    </message>
    <message>
        <source>%1 holds one key: %2.</source>
        <translation>%1 にはキーが 1 つ含まれています: %2。</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n keys. Choose the one to back up:</source>
        <translation>
            <numerusform>%1 にはキーが %n 個含まれています。バックアップするキーを選択してください:</numerusform>
        </translation>
    </message>
    <message>
        <source>A startup key (.BEK file) can be checked against its drive, but it has no text form: Keyhaven cannot save it as text, print it or upload it. Keep the .BEK file itself on a USB stick, away from the computer, and back up the drive&apos;s 48-digit recovery key as well.</source>
        <translation>スタートアップ キー (.BEK ファイル) はそのドライブで確かめられますが、テキスト形式がないため、Keyhaven はテキストとして保存したり、印刷したり、アップロードしたりできません。.BEK ファイルそのものを USB フラッシュ ドライブに保存してコンピューターとは別の場所に保管し、ドライブの 48 桁の回復キーもバックアップしてください。</translation>
    </message>
    <message>
        <source>Still looking for the drive this startup key belongs to…</source>
        <translation>このスタートアップ キーに対応するドライブをまだ探しています…</translation>
    </message>
    <message>
        <source>None of the drives found here has this startup key, so it cannot be checked. Add the drive&apos;s disk image to check it.</source>
        <translation>ここで見つかったドライブには、このスタートアップ キーに対応するものがないため、確かめられません。確かめるには、そのドライブのディスク イメージを追加してください。</translation>
    </message>
    <message>
        <source>A startup key cannot be saved as text, and its drive was not found.</source>
        <translation>スタートアップ キーはテキストとして保存できません。また、対応するドライブも見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>keyhaven::KeyGroupIndicators</name>
    <message>
        <source>Group %1: not typed yet</source>
        <translation>グループ %1: 未入力</translation>
    </message>
    <message>
        <source>Group %1: being typed</source>
        <translation>グループ %1: 入力中</translation>
    </message>
    <message>
        <source>Group %1: well formed</source>
        <translation>グループ %1: 形式は正しいです</translation>
    </message>
    <message>
        <source>Group %1: check it</source>
        <translation>グループ %1: 確認してください</translation>
    </message>
    <message>
        <source>Group %1: wrong</source>
        <translation>グループ %1: 誤りがあります</translation>
    </message>
</context>
<context>
    <name>keyhaven::KeyPage</name>
    <message>
        <source>The recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>回復キー(&amp;R):</translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation>もう一度入力(&amp;A):</translation>
    </message>
    <message>
        <source>Recovery key ID</source>
        <translation>回復キー ID</translation>
    </message>
    <message>
        <source>XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX</source>
        <translation>XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX</translation>
    </message>
    <message>
        <source>Recovery key &amp;ID:</source>
        <translation>回復キー ID(&amp;I):</translation>
    </message>
    <message>
        <source>Open a key &amp;file for this drive…</source>
        <translation>このドライブのキー ファイルを開く(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Type the key instead</source>
        <translation>代わりにキーを入力する(&amp;T)</translation>
    </message>
    <message>
        <source>FileVault personal recovery key</source>
        <translation>FileVault の個人用回復キー</translation>
    </message>
    <message>
        <source>BitLocker recovery key</source>
        <translation>BitLocker 回復キー</translation>
    </message>
    <message>
        <source>FileVault personal recovery key, typed again</source>
        <translation>FileVault の個人用回復キー (2 回目の入力)</translation>
    </message>
    <message>
        <source>BitLocker recovery key, typed again</source>
        <translation>BitLocker 回復キー (2 回目の入力)</translation>
    </message>
    <message>
        <source>Volume &amp;UUID:</source>
        <translation>ボリューム UUID(&amp;U):</translation>
    </message>
    <message>
        <source>Volume UUID</source>
        <translation>ボリューム UUID</translation>
    </message>
    <message>
        <source>Type the personal recovery key of %1.</source>
        <translation>%1 の個人用回復キーを入力してください。</translation>
    </message>
    <message>
        <source>Type the recovery key of %1.</source>
        <translation>%1 の回復キーを入力してください。</translation>
    </message>
    <message>
        <source>Type the 24-character personal recovery key from your copy, then type it again. Each group is checked as you type; next, the key is checked against the drive.</source>
        <translation>お手元のコピーを見ながら 24 文字の個人用回復キーを入力し、もう一度入力してください。各グループは入力中に確認されます。次の手順で、キーがドライブに合うかどうかを検証します。</translation>
    </message>
    <message>
        <source>Type the 48-digit recovery key from your copy (a printout, a file or your account), then type it again. Each group is checked as you type; next, the key is checked against the drive.</source>
        <translation>お手元のコピー (印刷した紙、ファイル、またはアカウント) を見ながら 48 桁の回復キーを入力し、もう一度入力してください。各グループは入力中に確認されます。次の手順で、キーがドライブに合うかどうかを検証します。</translation>
    </message>
    <message>
        <source>Type the FileVault personal recovery key.</source>
        <translation>FileVault の個人用回復キーを入力してください。</translation>
    </message>
    <message>
        <source>Type the BitLocker recovery key and its key ID.</source>
        <translation>BitLocker 回復キーとそのキー ID を入力してください。</translation>
    </message>
    <message>
        <source>Type the key from your copy, then type it again. Each group is checked as you type. Without its drive, Keyhaven can only catch typing mistakes: it cannot prove that this is the right key.</source>
        <translation>お手元のコピーを見ながらキーを入力し、もう一度入力してください。各グループは入力中に確認されます。ドライブがない場合、Keyhaven が見つけられるのは入力ミスだけで、正しいキーであることは証明できません。</translation>
    </message>
    <message>
        <source>The key was read from %1. It was not typed, so it needs no second copy.</source>
        <translation>キーは %1 から読み取りました。入力したものではないため、2 回目の入力は不要です。</translation>
    </message>
    <message>
        <source>Next, it is checked against %1.</source>
        <translation>次の手順で、%1 に対してキーを検証します。</translation>
    </message>
    <message>
        <source>None of the drives found here has this key, so it can only be checked for its form, not proven to be right.</source>
        <translation>ここで見つかったドライブには、このキーに対応するものがありません。そのため形式しか確認できず、正しいキーであることは証明できません。</translation>
    </message>
    <message>
        <source>The key from the file.</source>
        <translation>ファイルから読み取ったキーです。</translation>
    </message>
    <message>
        <source>This is a BitLocker startup key (.BEK file). Its 32 bytes have no text form, so they are not shown. Keyhaven can check it against its drive, but cannot save it as text, print it or upload it: keep the .BEK file itself on a USB stick, away from the computer.</source>
        <translation>これは BitLocker スタートアップ キー (.BEK ファイル) です。32 バイトのデータにはテキスト形式がないため、表示されません。Keyhaven はこのキーをドライブに対して検証できますが、テキストとして保存したり、印刷したり、アップロードしたりすることはできません。.BEK ファイルそのものを USB フラッシュ ドライブに保存し、コンピューターとは別の場所に保管してください。</translation>
    </message>
    <message>
        <source>Protector &amp;ID:</source>
        <translation>保護機能 ID(&amp;I):</translation>
    </message>
    <message>
        <source>FileVault personal recovery key (from the file)</source>
        <translation>FileVault の個人用回復キー (ファイルから読み取り)</translation>
    </message>
    <message>
        <source>BitLocker recovery key (from the file)</source>
        <translation>BitLocker 回復キー (ファイルから読み取り)</translation>
    </message>
    <message>
        <source>%1 holds no key for a %2 drive.</source>
        <translation>%1 には %2 ドライブのキーが含まれていません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n keys that could belong to this drive. Go back and open the file there to choose one.</source>
        <translation>
            <numerusform>%1 には、このドライブのものである可能性があるキーが %n 個含まれています。前のページに戻り、そこでファイルを開いてキーを 1 つ選択してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n keys. Go back and open the file there to choose one.</source>
        <translation>
            <numerusform>%1 にはキーが %n 個含まれています。前のページに戻り、そこでファイルを開いてキーを 1 つ選択してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The second copy is not right: %1</source>
        <translation>2 回目の入力に誤りがあります: %1</translation>
    </message>
    <message>
        <source>The two copies differ in group %1. Check both against your copy: the keys must match.</source>
        <translation>1 回目と 2 回目の入力がグループ %1 で異なります。お手元のコピーと見比べて、両方を確認してください。2 つのキーは一致している必要があります。</translation>
    </message>
    <message>
        <source>Type the key ID from your copy: 32 letters and digits, shown next to the key. The recovery screen shows its first 8 characters.</source>
        <translation>お手元のコピーからキー ID を入力してください。キーの横に記載されている 32 文字の英数字です。回復画面にはその先頭 8 文字が表示されます。</translation>
    </message>
    <message>
        <source>Optional: the UUID of the FileVault volume, when you know it.</source>
        <translation>省略可能: FileVault ボリュームの UUID (わかる場合)。</translation>
    </message>
    <message>
        <source>The volume&apos;s UUID: %1.</source>
        <translation>ボリュームの UUID: %1。</translation>
    </message>
    <message>
        <source>The recovery screen shows the first 8 characters of this ID: %1.</source>
        <translation>回復画面には、この ID の先頭 8 文字が表示されます: %1。</translation>
    </message>
    <message>
        <source>This drive has no recovery key with this ID; its recovery key ID is %1. The check against the drive will tell which one the key opens.</source>
        <translation>このドライブには、この ID の回復キーはありません。このドライブの回復キー ID は %1 です。キーがどれに対応するかは、ドライブに対する検証でわかります。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The drive&apos;s password</source>
        <translation>ドライブのパスワード</translation>
    </message>
    <message>
        <source>The drive&apos;s &amp;password:</source>
        <translation>ドライブのパスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Read the &amp;key</source>
        <translation>キーを読み取る(&amp;K)</translation>
    </message>
    <message>
        <source>Use the drive&apos;s &amp;startup key file (.BEK)…</source>
        <translation>ドライブのスタートアップ キー ファイル (.BEK) を使う(&amp;S)…</translation>
    </message>
    <message>
        <source>Reading the key from the drive</source>
        <translation>ドライブからキーを読み取っています</translation>
    </message>
    <message>
        <source>The recovery key of %1 can only be read on Windows: besides its recovery key, it is protected only by a TPM, a smart card or another protector that opens only there. Type the key from your copy instead, or on that Windows computer run, as administrator: manage-bde -protectors -get C:</source>
        <translation>%1 の回復キーは Windows でしか読み取れません。回復キーのほかには、TPM、スマート カードなど Windows でしか開けない保護機能しかありません。代わりにお手元のコピーからキーを入力するか、その Windows コンピューターで管理者として manage-bde -protectors -get C: を実行してください。</translation>
    </message>
    <message>
        <source>BitLocker protection of %1 is suspended (it has a clear key), so its recovery key can be read without any password.</source>
        <translation>%1 の BitLocker の保護は中断されています (クリア キーがあります)。そのため、パスワードなしで回復キーを読み取れます。</translation>
    </message>
    <message>
        <source>The drive keeps its recovery key, encrypted. Type the password you unlock %1 with, or use its startup key file, and Keyhaven reads the key and proves it against the drive.</source>
        <translation>回復キーは暗号化されてドライブ自体に保存されています。%1 のロック解除に使うパスワードを入力するか、スタートアップ キー ファイルを使うと、Keyhaven がキーを読み取り、ドライブに対して証明します。</translation>
    </message>
    <message>
        <source>The drive keeps its recovery key, encrypted. Type the password you unlock %1 with, and Keyhaven reads the key and proves it against the drive.</source>
        <translation>回復キーは暗号化されてドライブ自体に保存されています。%1 のロック解除に使うパスワードを入力すると、Keyhaven がキーを読み取り、ドライブに対して証明します。</translation>
    </message>
    <message>
        <source>The drive keeps its recovery key, encrypted. Open the startup key file (.BEK) of %1, and Keyhaven reads the key and proves it against the drive.</source>
        <translation>回復キーは暗号化されてドライブ自体に保存されています。%1 のスタートアップ キー ファイル (.BEK) を開くと、Keyhaven がキーを読み取り、ドライブに対して証明します。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Type the drive&apos;s password first.</source>
        <translation>先にドライブのパスワードを入力してください。</translation>
    </message>
    <message>
        <source>%1 holds no startup key (.BEK).</source>
        <translation>%1 にはスタートアップ キー (.BEK) が含まれていません。</translation>
    </message>
    <message>
        <source>Reading the key from %1 and proving it; this takes a moment…</source>
        <translation>%1 からキーを読み取って証明しています。しばらくお待ちください…</translation>
    </message>
    <message>
        <source>Read from %1 and proven: this key opens the drive. Nothing was typed, so nothing needs checking twice.</source>
        <translation>%1 から読み取り、証明しました。このキーでドライブを開けます。何も入力していないので、2 回確認する必要はありません。</translation>
    </message>
    <message>
        <source>This password does not open %1. Type it again, or type the key from your copy instead.</source>
        <translation>このパスワードでは %1 を開けません。もう一度入力するか、代わりにお手元のコピーからキーを入力してください。</translation>
    </message>
    <message>
        <source>Key ID: %1 (the recovery screen shows %2)</source>
        <translation>キー ID: %1 (回復画面には %2 と表示されます)</translation>
    </message>
    <message>
        <source>BitLocker recovery key with ID %1 (read from the drive)</source>
        <translation>ID が %1 の BitLocker 回復キー (ドライブから読み取り)</translation>
    </message>
    <message>
        <source>No need to type the key ID: the check against the drive finds which of its recovery keys this is, and fills in its ID.</source>
        <translation>キー ID を入力する必要はありません。ドライブに対する検証で、これがどの回復キーかがわかり、ID が自動的に入力されます。</translation>
    </message>
    <message>
        <source>Read the key from this &amp;drive</source>
        <translation>このドライブからキーを読み取る(&amp;D)</translation>
    </message>
    <message>
        <source>T&amp;ype the key from your copy</source>
        <translation>お手元のコピーからキーを入力する(&amp;Y)</translation>
    </message>
    <message>
        <source>The recovery key of %1.</source>
        <translation>%1 の回復キー。</translation>
    </message>
    <message>
        <source>The drive itself keeps its recovery key: Keyhaven can read it from there, or you can type it from your copy.</source>
        <translation>回復キーはドライブ自体に保存されています。Keyhaven がそこから読み取ることも、お手元のコピーから入力することもできます。</translation>
    </message>
    <message>
        <source>The key was read from %1 and opens it.</source>
        <translation>キーは %1 から読み取ったもので、このドライブを開けます。</translation>
    </message>
    <message numerus="yes">
        <source>Read from %1 and proven: each of these %n keys opens the drive. Every ticked key is backed up; untick one to leave it out.</source>
        <translation>
            <numerusform>%1 から読み取り、証明しました。これら %n 個のキーはどれもドライブを開けます。チェックされているキーはすべてバックアップされます。除外するキーはチェックを外してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Windows keeps the recovery key of %1 and shows it to administrators: Keyhaven asks Windows for it.</source>
        <translation>Windows は %1 の回復キーを保持していて、管理者に表示します。Keyhaven は Windows に回復キーを問い合わせます。</translation>
    </message>
    <message>
        <source>Windows handed the key over; it was not also checked against the drive here.</source>
        <translation>キーは Windows から渡されたものです。ここではドライブに対する検証は行っていません。</translation>
    </message>
    <message numerus="yes">
        <source>A key ID has 32 characters, digits 0–9 and letters A–F; this has %n.</source>
        <translation>
            <numerusform>キー ID は 32 文字 (数字 0～9 と英字 A～F) ですが、入力されたのは %n 文字です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyhaven::MacNameField</name>
    <message>
        <source>Name of the Mac</source>
        <translation>Mac の名前</translation>
    </message>
    <message>
        <source>e.g. Anna&apos;s MacBook Air</source>
        <translation>例: 花子の MacBook Air</translation>
    </message>
    <message>
        <source>Which &amp;Mac is this key for?</source>
        <translation>このキーはどの Mac のものですか?(&amp;M)</translation>
    </message>
    <message>
        <source>The key file (in a folder, on a USB flash drive or in cloud storage) is named after it, and the sheet shows it, so that the keys of two Macs never mix up.</source>
        <translation>キー ファイル (フォルダー、USB フラッシュ ドライブ、クラウド ストレージのいずれに保存する場合も) にはこの名前が付き、回復シートにも表示されるので、2 台の Mac のキーが混ざることはありません。</translation>
    </message>
</context>
<context>
    <name>keyhaven::PrintTarget</name>
    <message>
        <source>Drawing the recovery sheet</source>
        <translation>回復シートを作成しています</translation>
    </message>
    <message>
        <source>The print job was cancelled.</source>
        <translation>印刷ジョブはキャンセルされました。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was printed.</source>
        <translation>キャンセルしました。何も印刷されていません。</translation>
    </message>
    <message>
        <source>This kind of key has no text form, so it cannot go on a recovery sheet.</source>
        <translation>この種類のキーにはテキスト形式がないため、回復シートに載せることはできません。</translation>
    </message>
    <message>
        <source>Checking the QR code on the rendered page</source>
        <translation>作成したページの QR コードを確認しています</translation>
    </message>
    <message>
        <source>The recovery sheet failed its own check, so nothing was printed: %1</source>
        <translation>回復シートが自己チェックに合格しなかったため、何も印刷していません: %1</translation>
    </message>
    <message>
        <source>the QR code on the rendered page was decoded and holds exactly this key and key ID</source>
        <translation>作成したページの QR コードを読み取り、このキーとキー ID に完全に一致することを確認しました</translation>
    </message>
    <message>
        <source>The page could not be made.</source>
        <translation>ページを作成できませんでした。</translation>
    </message>
    <message>
        <source>Sending the page to the printer</source>
        <translation>ページをプリンターに送信しています</translation>
    </message>
    <message>
        <source>There is no default printer. Name a print queue.</source>
        <translation>既定のプリンターがありません。印刷キューを指定してください。</translation>
    </message>
    <message>
        <source>There is no print queue named “%1”.</source>
        <translation>「%1」という名前の印刷キューはありません。</translation>
    </message>
    <message>
        <source>The print queue “%1” did not take the page: %2</source>
        <translation>印刷キュー「%1」がページを受け付けませんでした: %2</translation>
    </message>
    <message>
        <source>the print queue “%1” accepted the page as job %2</source>
        <translation>印刷キュー「%1」がページをジョブ %2 として受け付けました</translation>
    </message>
    <message>
        <source>Waiting for the printer (job %1)</source>
        <translation>プリンターを待っています (ジョブ %1)</translation>
    </message>
    <message>
        <source>the print queue reported the job completed</source>
        <translation>印刷キューがジョブの完了を報告しました</translation>
    </message>
    <message>
        <source>Check that the page came out whole and the key is readable, then keep it somewhere safe, away from the computer.</source>
        <translation>ページが欠けずに印刷され、キーが読み取れることを確認してから、コンピューターとは別の安全な場所に保管してください。</translation>
    </message>
    <message>
        <source>The recovery sheet was printed on “%1”.</source>
        <translation>回復シートを「%1」で印刷しました。</translation>
    </message>
    <message>
        <source>The printer “%1” stopped job %2 without printing it.</source>
        <translation>プリンター「%1」はジョブ %2 を印刷せずに停止しました。</translation>
    </message>
    <message>
        <source>When the page comes out, check that it is whole and readable.</source>
        <translation>ページが印刷されたら、欠けがなく読み取れることを確認してください。</translation>
    </message>
    <message>
        <source>Job %1 is still waiting in the print queue “%2”; it prints when the printer is ready.</source>
        <translation>ジョブ %1 は印刷キュー「%2」でまだ待機中です。プリンターの準備ができると印刷されます。</translation>
    </message>
    <message>
        <source>Printing from here needs CUPS. Save the sheet as a PDF and print that.</source>
        <translation>ここから印刷するには CUPS が必要です。シートを PDF として保存し、それを印刷してください。</translation>
    </message>
</context>
<context>
    <name>keyhaven::RecoveryKeyEdit</name>
    <message>
        <source>FileVault personal recovery key</source>
        <translation>FileVault の個人用回復キー</translation>
    </message>
    <message>
        <source>BitLocker recovery key</source>
        <translation>BitLocker 回復キー</translation>
    </message>
    <message>
        <source>Groups of the key</source>
        <translation>キーのグループ</translation>
    </message>
    <message>
        <source>Type the 24 characters of the key. Each group is checked as soon as it is complete.</source>
        <translation>キーの 24 文字を入力してください。各グループは、入力し終えるとすぐに確認されます。</translation>
    </message>
    <message>
        <source>Type the 48 digits of the key. Each group is checked as soon as it is complete.</source>
        <translation>キーの 48 桁の数字を入力してください。各グループは、入力し終えるとすぐに確認されます。</translation>
    </message>
    <message numerus="yes">
        <source>All %n groups are complete and well formed.</source>
        <translation>
            <numerusform>%n 個のグループすべてが入力済みで、形式も正しいです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n groups complete; each group is checked as soon as it is complete.</source>
        <translation>
            <numerusform>%n 個中 %1 個のグループが入力済みです。各グループは、入力し終えるとすぐに確認されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyhaven::RunPage</name>
    <message>
        <source>Saving the key</source>
        <translation>キーの保存</translation>
    </message>
    <message>
        <source>Keyhaven saves the key to each place, one after another, and reads every copy back.</source>
        <translation>Keyhaven はキーを各保存先に順番に保存し、すべてのコピーを読み戻して確認します。</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>There is no key to save: start again and choose the key.</source>
        <translation>保存するキーがありません。最初からやり直して、キーを選択してください。</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>進行状況: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation>キーを保存しています…</translation>
    </message>
    <message>
        <source>Saving the key to %1 places…</source>
        <translation>キーを %1 か所に保存しています…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>Saving the key: %1 of %2…</source>
        <translation>キーを保存しています (%2 か所中 %1 か所目)…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>アップロード待ち</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存されていません</translation>
    </message>
    <message>
        <source>Stopped. The key is saved in %1 of %2 places.</source>
        <translation>中止しました。キーは %2 か所中 %1 か所に保存されています。</translation>
    </message>
    <message>
        <source>Done: every copy is saved and was read back.</source>
        <translation>完了しました。すべてのコピーを保存し、読み戻して確認しました。</translation>
    </message>
    <message>
        <source>Done: the key is saved in %1 of %2 places. See below what went wrong.</source>
        <translation>完了しました。キーは %2 か所中 %1 か所に保存されています。問題の内容は下に表示されています。</translation>
    </message>
    <message>
        <source>The copies are saved, but Keyhaven&apos;s list of where your copies are could not be updated: %1</source>
        <translation>コピーは保存されましたが、コピーの保存先を記録した Keyhaven の一覧 (台帳) を更新できませんでした: %1</translation>
    </message>
    <message>
        <source>Stop saving the key?</source>
        <translation>キーの保存を中止しますか?</translation>
    </message>
    <message>
        <source>Keyhaven is saving the key now. If you stop, the copies already saved stay where they are, the one being saved now is stopped safely, and the others are not made.</source>
        <translation>Keyhaven は現在キーを保存しています。中止すると、既に保存したコピーはそのまま残り、保存中のコピーは安全に停止され、残りのコピーは作成されません。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>中止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep saving</source>
        <translation>保存を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <source>Done: every copy is saved. The files were read back; the printer reported the page done.</source>
        <translation>完了しました。すべてのコピーを保存しました。ファイルは読み戻して確認し、プリンターから印刷完了の報告がありました。</translation>
    </message>
    <message>
        <source>There is no account called “%1” any more. Go back to the account page and set it up again.</source>
        <translation>「%1」という名前のアカウントはもうありません。アカウントのページに戻って、もう一度設定してください。</translation>
    </message>
</context>
<context>
    <name>keyhaven::SecretClipboard</name>
    <message numerus="yes">
        <source>Copied — the clipboard is cleared in %n s.</source>
        <translation>
            <numerusform>コピーしました — %n 秒後にクリップボードを消去します。</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>クリップボードを消去しました。</translation>
    </message>
    <message>
        <source>Something else was copied; the key is no longer on the clipboard.</source>
        <translation>別の内容がコピーされたため、キーはもうクリップボードにありません。</translation>
    </message>
</context>
<context>
    <name>keyhaven::SheetPage</name>
    <message>
        <source>Print the recovery key</source>
        <translation>回復キーを印刷</translation>
    </message>
    <message>
        <source>This is the page Keyhaven prints: the key in large digits, its key ID, a QR code, and how to use it at the recovery screen.</source>
        <translation>Keyhaven が印刷するページです。大きな文字で書かれたキー、キー ID、QR コード、回復画面での使い方が記載されています。</translation>
    </message>
    <message>
        <source>Preview of the recovery sheet</source>
        <translation>回復シートのプレビュー</translation>
    </message>
    <message>
        <source>P&amp;rint it</source>
        <translation>印刷する(&amp;R)</translation>
    </message>
    <message>
        <source>Print the sheet</source>
        <translation>シートを印刷する</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>プリンター</translation>
    </message>
    <message>
        <source>Prin&amp;ter:</source>
        <translation>プリンター(&amp;T):</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the sheet as a PDF and print it elsewhere, then delete the PDF.</source>
        <translation>このコンピューターにはプリンターが設定されていません。シートを PDF として保存して別の場所で印刷し、その後 PDF を削除してください。</translation>
    </message>
    <message>
        <source>Save it as a P&amp;DF</source>
        <translation>PDF として保存する(&amp;D)</translation>
    </message>
    <message>
        <source>Save the sheet as a PDF</source>
        <translation>シートを PDF として保存する</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF ファイル</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>ファイル(&amp;I):</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>Browse for the PDF file</source>
        <translation>PDF ファイルを参照</translation>
    </message>
    <message>
        <source>&amp;English alongside</source>
        <translation>英語を併記(&amp;E)</translation>
    </message>
    <message>
        <source>English alongside</source>
        <translation>英語を併記</translation>
    </message>
    <message>
        <source>Print each text in English too, under your language.</source>
        <translation>各テキストの下に英語も印刷します。</translation>
    </message>
    <message>
        <source>The QR code on the sheet holds the key as plain text: a phone camera shows it as it is.</source>
        <translation>シートの QR コードには、キーがそのままテキストとして含まれています。スマートフォンのカメラで読み取ると、そのまま表示されます。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (既定)</translation>
    </message>
    <message>
        <source>Save the recovery sheet as</source>
        <translation>回復シートの保存先</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Give the PDF file a name.</source>
        <translation>PDF ファイルの名前を指定してください。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is already there. Keyhaven never replaces a file: choose another name.</source>
        <translation>%1 は既に存在します。Keyhaven はファイルを置き換えないため、別の名前を選択してください。</translation>
    </message>
    <message>
        <source>Keyhaven will not save the sheet here: %1</source>
        <translation>Keyhaven はここにシートを保存しません: %1</translation>
    </message>
    <message>
        <source>Saved as: %1</source>
        <translation>保存先: %1</translation>
    </message>
</context>
<context>
    <name>keyhaven::SheetTarget</name>
    <message>
        <source>Drawing the recovery sheet</source>
        <translation>回復シートを作成しています</translation>
    </message>
    <message>
        <source>Cancelled: no PDF was written.</source>
        <translation>キャンセルしました。PDF は書き込まれていません。</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is. Choose another file name.</source>
        <translation>%1 は既に存在するため、そのままにしました。別のファイル名を選択してください。</translation>
    </message>
    <message>
        <source>This kind of key has no text form, so it cannot go on a recovery sheet.</source>
        <translation>この種類のキーにはテキスト形式がないため、回復シートに載せることはできません。</translation>
    </message>
    <message>
        <source>Checking the QR code on the rendered page</source>
        <translation>作成したページの QR コードを確認しています</translation>
    </message>
    <message>
        <source>The recovery sheet failed its own check, so no PDF was written: %1</source>
        <translation>回復シートが自己チェックに合格しなかったため、PDF は書き込んでいません: %1</translation>
    </message>
    <message>
        <source>the QR code on the rendered page was decoded and holds exactly this key and key ID</source>
        <translation>作成したページの QR コードを読み取り、このキーとキー ID に完全に一致することを確認しました</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>%1 を書き込んでいます</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>PDF を作成できませんでした。</translation>
    </message>
    <message>
        <source>The recovery sheet was saved as %1.</source>
        <translation>回復シートを %1 として保存しました。</translation>
    </message>
    <message>
        <source>Print the page and keep it somewhere safe, away from the computer. A PDF on the computer itself does not help when its drive is locked.</source>
        <translation>ページを印刷し、コンピューターとは別の安全な場所に保管してください。コンピューター自体に保存した PDF は、そのドライブがロックされているときには役に立ちません。</translation>
    </message>
    <message>
        <source>the PDF file was read back byte for byte</source>
        <translation>PDF ファイルを読み戻して 1 バイトずつ確認しました</translation>
    </message>
    <message>
        <source>%1 could not be written: %2 Nothing was saved.</source>
        <translation>%1 を書き込めませんでした: %2 何も保存されていません。</translation>
    </message>
    <message>
        <source>it read back differently from what was written (the drive may be failing)</source>
        <translation>読み戻した内容が書き込んだ内容と異なっていました (ドライブが故障しかけている可能性があります)</translation>
    </message>
    <message>
        <source>%1 was written but did not pass the read-back check, so it was removed: %2. Nothing was saved.</source>
        <translation>%1 は書き込みましたが、読み戻しの確認に合格しなかったため、削除しました: %2。何も保存されていません。</translation>
    </message>
    <message>
        <source>%1 was written but did not pass the read-back check (%2), and it could not be removed. Delete it and do not rely on it.</source>
        <translation>%1 は書き込みましたが、読み戻しの確認に合格せず (%2)、削除もできませんでした。このファイルを削除し、頼りにしないでください。</translation>
    </message>
    <message>
        <source>This file system has no file permissions: anyone who can reach the file can read the key on the sheet.</source>
        <translation>このファイル システムにはファイルのアクセス許可がないため、このファイルにアクセスできる人なら誰でもシートのキーを読み取れます。</translation>
    </message>
</context>
<context>
    <name>keyhaven::SourcePage</name>
    <message>
        <source>Where is the key?</source>
        <translation>キーはどこにありますか?</translation>
    </message>
    <message>
        <source>Choose the encrypted drive whose recovery key you want to back up, type a key, or open a file that holds one.</source>
        <translation>回復キーをバックアップする暗号化されたドライブを選択するか、キーを入力するか、キーが含まれているファイルを開いてください。</translation>
    </message>
    <message>
        <source>The recovery key of an &amp;encrypted drive on this computer</source>
        <translation>このコンピューターの暗号化されたドライブの回復キー(&amp;E)</translation>
    </message>
    <message>
        <source>An encrypted drive on this computer</source>
        <translation>このコンピューターの暗号化されたドライブ</translation>
    </message>
    <message>
        <source>&amp;Type the key:</source>
        <translation>キーを入力(&amp;T):</translation>
    </message>
    <message>
        <source>Type the key</source>
        <translation>キーを入力</translation>
    </message>
    <message>
        <source>Kind of key</source>
        <translation>キーの種類</translation>
    </message>
    <message>
        <source>BitLocker recovery key (48 digits)</source>
        <translation>BitLocker 回復キー (48 桁)</translation>
    </message>
    <message>
        <source>FileVault personal recovery key (24 characters)</source>
        <translation>FileVault の個人用回復キー (24 文字)</translation>
    </message>
    <message>
        <source>A key fi&amp;le (open it, or drop it on this page):</source>
        <translation>キー ファイル (開くか、このページにドロップします)(&amp;L):</translation>
    </message>
    <message>
        <source>A key file</source>
        <translation>キー ファイル</translation>
    </message>
    <message>
        <source>&amp;Open a key file…</source>
        <translation>キー ファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>The file changed after it was opened, so it was read again: check the key and press Next again.</source>
        <translation>ファイルを開いた後に内容が変更されたため、もう一度読み取りました。キーを確認して、もう一度 [次へ] を押してください。</translation>
    </message>
</context>
<context>
    <name>keyhaven::SummaryPage</name>
    <message>
        <source>Where your recovery key is now</source>
        <translation>回復キーの保存先</translation>
    </message>
    <message>
        <source>Summary of the backup</source>
        <translation>バックアップの概要</translation>
    </message>
    <message>
        <source>saved and read back</source>
        <translation>保存し、読み戻して確認済み</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>既に保存済み</translation>
    </message>
    <message>
        <source>waiting to upload — Keyhaven will retry</source>
        <translation>アップロード待ち — Keyhaven が再試行します</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>拒否されました: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗しました: %1</translation>
    </message>
    <message>
        <source>Your account “%1”</source>
        <translation>アカウント「%1」</translation>
    </message>
    <message>
        <source>Your account “%1”: %2</source>
        <translation>アカウント「%1」: %2</translation>
    </message>
    <message>
        <source>USB flash drive: %1</source>
        <translation>USB フラッシュ ドライブ: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ファイル: %1</translation>
    </message>
    <message>
        <source>Recovery sheet (PDF): %1</source>
        <translation>回復シート (PDF): %1</translation>
    </message>
    <message>
        <source>Printed recovery sheet (default printer)</source>
        <translation>印刷した回復シート (既定のプリンター)</translation>
    </message>
    <message>
        <source>Printed recovery sheet: printer %1</source>
        <translation>印刷した回復シート: プリンター %1</translation>
    </message>
    <message>
        <source>Nothing was saved here. Fix what the message says and run the wizard again, or choose another place.</source>
        <translation>ここには何も保存されていません。メッセージに従って問題を解決してからウィザードをもう一度実行するか、別の場所を選択してください。</translation>
    </message>
    <message>
        <source>Nothing was saved here. Choose a place on another drive: a USB flash drive, another disk or a network share.</source>
        <translation>ここには何も保存されていません。USB フラッシュ ドライブ、別のディスク、ネットワーク共有など、別のドライブ上の場所を選択してください。</translation>
    </message>
    <message>
        <source>You can get the key back by signing in to the account from another device.</source>
        <translation>別のデバイスからアカウントにサインインすると、キーを取り出せます。</translation>
    </message>
    <message>
        <source>opens the drive</source>
        <translation>ドライブを開けることを確認しました。</translation>
    </message>
    <message>
        <source>opens the drive %1</source>
        <translation>ドライブ %1 を開けることを確認しました。</translation>
    </message>
    <message>
        <source>does NOT open the drive %1: %2</source>
        <translation>ドライブ %1 を開けません: %2</translation>
    </message>
    <message>
        <source>not checked against a drive: %1</source>
        <translation>ドライブに対しては検証されていません: %1</translation>
    </message>
    <message>
        <source>The key was not saved anywhere.</source>
        <translation>キーはどこにも保存されませんでした。</translation>
    </message>
    <message>
        <source>Your recovery key is saved in %1 of %2 places.</source>
        <translation>回復キーは %2 か所中 %1 か所に保存されています。</translation>
    </message>
    <message>
        <source>Key ID %1. The recovery screen shows its first 8 characters: %2.</source>
        <translation>キー ID は %1 です。回復画面にはその先頭 8 文字が表示されます: %2。</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>確認が必要な項目</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>確認済み: %1</translation>
    </message>
    <message>
        <source>Your recovery key is saved in one place, and the copy was read back.</source>
        <translation>回復キーを 1 か所に保存し、コピーを読み戻して確認しました。</translation>
    </message>
    <message>
        <source>Your recovery key is saved in %1 places, and every copy was read back.</source>
        <translation>回復キーを %1 か所に保存し、すべてのコピーを読み戻して確認しました。</translation>
    </message>
    <message>
        <source>not checked against a drive: no drive was chosen, so only the key&apos;s form was checked</source>
        <translation>ドライブに対しては検証されていません。ドライブが選択されていないため、キーの形式だけを確認しました。</translation>
    </message>
    <message>
        <source>The key itself: %1</source>
        <translation>キー自体の検証: %1</translation>
    </message>
    <message>
        <source>Where each copy went, whether it was read back, and what to do with it now.</source>
        <translation>各コピーの保存先、読み戻して確認できたかどうか、これから行うことを示します。</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>adds the full stop a sentence lacks</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>printed: the printer reported the page done</source>
        <translation>印刷済み: プリンターから印刷完了の報告がありました</translation>
    </message>
    <message>
        <source>Your recovery key was printed. Check that the page came out whole and readable.</source>
        <translation>回復キーを印刷しました。ページが欠けずに印刷され、読み取れることを確認してください。</translation>
    </message>
    <message>
        <source>Your recovery key is saved in %1 places. The files were read back; check the printed page yourself.</source>
        <translation>回復キーを %1 か所に保存しました。ファイルは読み戻して確認しました。印刷したページはご自身で確認してください。</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>詳細を表示(&amp;D)</translation>
    </message>
    <message>
        <source>What was checked for each copy</source>
        <translation>各コピーで確認した内容</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>詳細を隠す(&amp;D)</translation>
    </message>
    <message>
        <source>The key is not on the server yet. It waits in the system keychain (never in a file) and Keyhaven tries the upload again while it is open and each time it starts.</source>
        <translation>キーはまだサーバーにありません。キーはファイルではなくシステムのキーチェーンで待機し、Keyhaven は開いている間と起動するたびにアップロードを再試行します。</translation>
    </message>
    <message>
        <source>Eject the stick, then keep it somewhere safe, away from the computer.</source>
        <translation>USB フラッシュ ドライブを取り出し、コンピューターとは別の安全な場所に保管してください。</translation>
    </message>
    <message>
        <source>If this folder is on this computer, copy the file to another device as well.</source>
        <translation>このフォルダーがこのコンピューター上にある場合は、ファイルを別のデバイスにもコピーしてください。</translation>
    </message>
    <message>
        <source>Print it, keep the page away from the computer, then delete the PDF.</source>
        <translation>印刷してコンピューターとは別の場所に保管し、その後 PDF を削除してください。</translation>
    </message>
    <message>
        <source>Keep the page somewhere safe, away from the computer.</source>
        <translation>印刷したページは、コンピューターとは別の安全な場所に保管してください。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>how a copy went as a sentence, then the one thing to do with it</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1 — the key with ID %2</source>
        <translation>%1 — ID が %2 のキー</translation>
    </message>
    <message numerus="yes">
        <source>Your %n recovery keys are saved, %1 copies in all. The files were read back; check the printed pages yourself.</source>
        <translation>
            <numerusform>%n 個の回復キーを保存しました (コピーは全部で %1 個)。ファイルは読み戻して確認しました。印刷したページはご自身で確認してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %n recovery keys are saved, %1 copies in all, and every copy was read back.</source>
        <translation>
            <numerusform>%n 個の回復キーを保存し (コピーは全部で %1 個)、すべてのコピーを読み戻して確認しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This run saved %n recovery keys of the drive:</source>
        <translation>
            <numerusform>このドライブの回復キーを %n 個保存しました:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyhaven::TargetsPage</name>
    <message>
        <source>Where should the key go?</source>
        <translation>キーをどこに保存しますか?</translation>
    </message>
    <message>
        <source>Choose one or more places. Keyhaven saves the key to each of them and reads every copy back.</source>
        <translation>保存先を 1 つ以上選択してください。Keyhaven はキーをそれぞれに保存し、すべてのコピーを読み戻して確認します。</translation>
    </message>
    <message>
        <source>Save to your &amp;account</source>
        <translation>アカウントに保存(&amp;A)</translation>
    </message>
    <message>
        <source>Save to your account</source>
        <translation>アカウントに保存</translation>
    </message>
    <message>
        <source>Save to a &amp;USB flash drive</source>
        <translation>USB フラッシュ ドライブに保存(&amp;U)</translation>
    </message>
    <message>
        <source>Save to a USB flash drive</source>
        <translation>USB フラッシュ ドライブに保存</translation>
    </message>
    <message>
        <source>Save to a &amp;file</source>
        <translation>ファイルに保存(&amp;F)</translation>
    </message>
    <message>
        <source>Save to a file</source>
        <translation>ファイルに保存</translation>
    </message>
    <message>
        <source>&amp;Print the recovery key</source>
        <translation>回復キーを印刷(&amp;P)</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>回復キーを印刷</translation>
    </message>
    <message>
        <source>Only one place is chosen. Two copies in different places are safer: if one is lost or stops working, the other still gets you back in.</source>
        <translation>選択されている保存先は 1 か所だけです。別々の場所に 2 つのコピーがあるほうが安全です。1 つをなくしたり使えなくなったりしても、もう 1 つでロックを解除できます。</translation>
    </message>
    <message>
        <source>&amp;Save the key</source>
        <translation>キーを保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>No key is chosen yet: go back and choose the key first.</source>
        <translation>キーがまだ選択されていません。前のページに戻って、先にキーを選択してください。</translation>
    </message>
    <message>
        <source>A BitLocker startup key (.BEK file) has no text form, so it cannot be saved here. Keep the .BEK file itself: copy it to a USB flash drive with your file manager.</source>
        <translation>BitLocker スタートアップ キー (.BEK ファイル) にはテキスト形式がないため、ここでは保存できません。.BEK ファイルそのものを、ファイル マネージャーで USB フラッシュ ドライブにコピーして保管してください。</translation>
    </message>
    <message>
        <source>Uploads the key to your account “%1”, so that you can get it from another device.</source>
        <translation>キーをアカウント「%1」にアップロードし、別のデバイスから取り出せるようにします。</translation>
    </message>
    <message>
        <source>Insert a USB flash drive. This choice becomes available as soon as the stick appears.</source>
        <translation>USB フラッシュ ドライブを挿入してください。ドライブが認識されるとすぐに、この項目を選択できるようになります。</translation>
    </message>
    <message>
        <source>Saves the key as a text file on the stick “%1”. Keep the stick away from the computer afterwards.</source>
        <translation>キーを USB フラッシュ ドライブ「%1」にテキスト ファイルとして保存します。保存後は、USB フラッシュ ドライブをコンピューターとは別の場所に保管してください。</translation>
    </message>
    <message>
        <source>Saves the key as a text file on a USB flash drive. Keep the stick away from the computer afterwards.</source>
        <translation>キーを USB フラッシュ ドライブにテキスト ファイルとして保存します。保存後は、USB フラッシュ ドライブをコンピューターとは別の場所に保管してください。</translation>
    </message>
    <message>
        <source>Saves the key as a text file in a folder you choose: best on another drive or a network share you can reach when this computer is locked.</source>
        <translation>選択したフォルダーにキーをテキスト ファイルとして保存します。このコンピューターがロックされていてもアクセスできる、別のドライブやネットワーク共有がおすすめです。</translation>
    </message>
    <message>
        <source>A page with the key in large digits and a QR code: print it, or save it as a PDF to print later.</source>
        <translation>大きな文字のキーと QR コードが載ったページです。印刷するか、後で印刷するために PDF として保存します。</translation>
    </message>
    <message>
        <source>Uploads the key to one of your %1 accounts, so that you can get it from another device.</source>
        <translation>%1 個のアカウントのいずれかにキーをアップロードし、別のデバイスから取り出せるようにします。</translation>
    </message>
    <message>
        <source>Uploads the key to your cloud storage (such as Nextcloud) or your organisation&apos;s key server. You set up the account on the next page.</source>
        <translation>キーをクラウド ストレージ (Nextcloud など) または組織のキー サーバーにアップロードします。アカウントは次のページで設定します。</translation>
    </message>
    <message>
        <source>The settings file that holds your accounts is damaged or cannot be read. The next page says what was found and offers only the accounts that could be read.</source>
        <translation>アカウントを保存している設定ファイルが破損しているか、読み取れません。次のページに見つかった問題が表示され、読み取れたアカウントだけが選択肢に出ます。</translation>
    </message>
</context>
<context>
    <name>keyhaven::TestBackupPage</name>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>USB flash drive</source>
        <translation>USB フラッシュ ドライブ</translation>
    </message>
    <message>
        <source>recovery sheet (PDF)</source>
        <translation>回復シート (PDF)</translation>
    </message>
    <message>
        <source>printed recovery sheet</source>
        <translation>印刷した回復シート</translation>
    </message>
    <message>
        <source>account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Test a backup</source>
        <translation>バックアップをテストする</translation>
    </message>
    <message>
        <source>Choose a copy of your recovery key. Keyhaven reads it and, when the drive it belongs to is connected, proves that it opens it. Nothing is changed.</source>
        <translation>回復キーのコピーを選んでください。Keyhaven がそれを読み取り、そのキーのドライブが接続されていれば、ドライブを開けることを証明します。何も変更されません。</translation>
    </message>
    <message>
        <source>A recovery key file, or a photo or scan of the recovery sheet (PNG, JPEG) or its PDF: Keyhaven reads the sheet&apos;s QR code.</source>
        <translation>回復キーのファイル、または回復シートの写真やスキャン (PNG、JPEG) や PDF: Keyhaven はシートの QR コードを読み取ります。</translation>
    </message>
    <message>
        <source>A file:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>USB flash drive to test</source>
        <translation>テストする USB フラッシュ ドライブ</translation>
    </message>
    <message>
        <source>Test the &amp;stick</source>
        <translation>USB フラッシュ ドライブをテスト(&amp;S)</translation>
    </message>
    <message>
        <source>A USB flash &amp;drive:</source>
        <translation>USB フラッシュ ドライブ(&amp;D):</translation>
    </message>
    <message>
        <source>Copy Keyhaven made, to test</source>
        <translation>テストする、Keyhaven が作成したコピー</translation>
    </message>
    <message>
        <source>Test this &amp;copy</source>
        <translation>このコピーをテスト(&amp;C)</translation>
    </message>
    <message>
        <source>A copy Keyhaven &amp;made:</source>
        <translation>Keyhaven が作成したコピー(&amp;M):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No USB flash drive is plugged in</source>
        <translation>USB フラッシュ ドライブが接続されていません</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1、%2: %3</translation>
    </message>
    <message>
        <source>Keyhaven has made no copies yet</source>
        <translation>Keyhaven はまだコピーを作成していません</translation>
    </message>
    <message>
        <source>Choose a copy of the recovery key</source>
        <translation>回復キーのコピーを選択</translation>
    </message>
    <message>
        <source>Key files and photos of the sheet (*.txt *.TXT *.bek *.BEK *.json *.plist *.xml *.png *.PNG *.jpg *.JPG *.jpeg *.JPEG *.pdf *.PDF);;All files (*)</source>
        <translation>キー ファイルとシートの写真 (*.txt *.TXT *.bek *.BEK *.json *.plist *.xml *.png *.PNG *.jpg *.JPG *.jpeg *.JPEG *.pdf *.PDF);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み取っています…</translation>
    </message>
    <message>
        <source>Reading the USB flash drive “%1”…</source>
        <translation>USB フラッシュ ドライブ「%1」を読み取っています…</translation>
    </message>
    <message>
        <source>Checking the copy at %1…</source>
        <translation>%1 のコピーを確認しています…</translation>
    </message>
    <message>
        <source>Choose a file or a &amp;photo of the sheet…</source>
        <translation>ファイルまたはシートの写真を選択...(&amp;P)</translation>
    </message>
</context>
<context>
    <name>keyhaven::TextFilePage</name>
    <message>
        <source>Save to a file</source>
        <translation>ファイルに保存</translation>
    </message>
    <message>
        <source>Choose the folder to save the recovery key file in.</source>
        <translation>回復キーのファイルを保存するフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Folder for the key file</source>
        <translation>キー ファイルの保存先フォルダー</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>フォルダー(&amp;O):</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>Browse for the folder</source>
        <translation>フォルダーを参照</translation>
    </message>
    <message>
        <source>A file on this computer&apos;s own encrypted drive is no help on the day the computer asks for the key: you could not open the drive to read it. Choose another drive or a network share, or copy the file to another device afterwards.</source>
        <translation>このコンピューター自体の暗号化されたドライブにあるファイルは、コンピューターがキーを求めたときには役に立ちません。そのドライブを開けないので、ファイルを読み取れないからです。別のドライブやネットワーク共有を選択するか、保存後にファイルを別のデバイスにコピーしてください。</translation>
    </message>
    <message>
        <source>Choose the folder for the key file</source>
        <translation>キー ファイルの保存先フォルダーを選択</translation>
    </message>
    <message>
        <source>The file will be named “%1”.</source>
        <translation>ファイル名は「%1」になります。</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>フォルダーを選択してください。</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>このフォルダーは存在しません。</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>これはフォルダーではなくファイルです。</translation>
    </message>
    <message>
        <source>Keyhaven will not save the key here: %1</source>
        <translation>Keyhaven はここにキーを保存しません: %1</translation>
    </message>
    <message>
        <source>This key is already saved here as “%1”; nothing will be written.</source>
        <translation>このキーは既に「%1」としてここに保存されています。何も書き込まれません。</translation>
    </message>
    <message>
        <source>“%1” is already here with another key and stays as it is; this key will be saved as “%2”.</source>
        <translation>「%1」には既に別のキーが保存されているため、そのまま残します。このキーは「%2」として保存されます。</translation>
    </message>
</context>
<context>
    <name>keyhaven::TextFileTarget</name>
    <message>
        <source>Saving the key to %1</source>
        <translation>キーを %1 に保存しています</translation>
    </message>
</context>
<context>
    <name>keyhaven::UsbPage</name>
    <message>
        <source>Save to a USB flash drive</source>
        <translation>USB フラッシュ ドライブに保存</translation>
    </message>
    <message>
        <source>Choose the stick to save the key to.</source>
        <translation>キーを保存する USB フラッシュ ドライブを選択してください。</translation>
    </message>
    <message>
        <source>USB flash &amp;drives:</source>
        <translation>USB フラッシュ ドライブ(&amp;D):</translation>
    </message>
    <message>
        <source>USB flash drives</source>
        <translation>USB フラッシュ ドライブ</translation>
    </message>
    <message>
        <source>Insert a USB flash drive. It appears here as soon as the computer has mounted it.</source>
        <translation>USB フラッシュ ドライブを挿入してください。コンピューターがドライブをマウントすると、すぐにここに表示されます。</translation>
    </message>
    <message>
        <source>USB flash drive without a name</source>
        <translation>名前のない USB フラッシュ ドライブ</translation>
    </message>
    <message>
        <source>%1, %2 free</source>
        <translation>%1、空き %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The key is saved as a text file in the top folder of the stick, named the way Windows names it: “%1”.</source>
        <translation>キーは、USB フラッシュ ドライブの最上位のフォルダーに、Windows と同じ名前のテキスト ファイル「%1」として保存されます。</translation>
    </message>
    <message>
        <source>The key is saved as a text file in the top folder of the stick: “%1”.</source>
        <translation>キーは、USB フラッシュ ドライブの最上位のフォルダーに、テキスト ファイル「%1」として保存されます。</translation>
    </message>
</context>
<context>
    <name>keyhaven::UsbTarget</name>
    <message>
        <source>Keyhaven could not confirm that %1 is a removable drive.</source>
        <translation>%1 がリムーバブル ドライブであることを Keyhaven は確認できませんでした。</translation>
    </message>
    <message>
        <source>Eject the stick safely before you pull it out, so that nothing is lost.</source>
        <translation>データが失われないように、USB フラッシュ ドライブは抜く前に安全に取り出してください。</translation>
    </message>
    <message>
        <source>Keep the stick somewhere safe and away from the computer: if they are lost or stolen together, the key goes with the computer.</source>
        <translation>USB フラッシュ ドライブは、コンピューターとは別の安全な場所に保管してください。一緒に紛失したり盗まれたりすると、キーもコンピューターと一緒に失われます。</translation>
    </message>
    <message>
        <source>%1 is not where a drive is mounted. Give the folder where the USB stick appears.</source>
        <translation>%1 はドライブのマウント先ではありません。USB フラッシュ ドライブが表示されるフォルダーを指定してください。</translation>
    </message>
</context>
<context>
    <name>keyhaven::VerifyPage</name>
    <message>
        <source>Checking the key</source>
        <translation>キーの検証</translation>
    </message>
    <message>
        <source>Keyhaven checks the key against the drive, without unlocking or changing anything on it.</source>
        <translation>Keyhaven は、ドライブのロックを解除したりドライブ上の内容を変更したりせずに、キーをドライブに対して検証します。</translation>
    </message>
    <message>
        <source>No drive was chosen, so there is nothing to check the key against.</source>
        <translation>ドライブが選択されていないため、キーを検証する対象がありません。</translation>
    </message>
    <message>
        <source>Checking the key against %1; this takes a moment…</source>
        <translation>%1 に対してキーを検証しています。しばらくお待ちください…</translation>
    </message>
    <message>
        <source>the drive</source>
        <translation>ドライブ</translation>
    </message>
    <message>
        <source>The key is verified.</source>
        <translation>キーを検証しました。</translation>
    </message>
    <message>
        <source>This key opens %1.</source>
        <translation>このキーで %1 を開けます。</translation>
    </message>
    <message>
        <source>The key ID you gave, %1, is not the ID of that protector: the key ID was corrected to %2.</source>
        <translation>入力されたキー ID %1 はその保護機能の ID ではないため、キー ID を %2 に修正しました。</translation>
    </message>
    <message>
        <source>The key ID was filled in: %1.</source>
        <translation>キー ID を自動的に入力しました: %1。</translation>
    </message>
    <message>
        <source>The recovery screen asks for this key when it shows a key ID starting with %1.</source>
        <translation>回復画面に %1 で始まるキー ID が表示されたときは、このキーを入力します。</translation>
    </message>
    <message>
        <source>A startup key cannot be saved as text, printed or uploaded. Keep the .BEK file itself on a USB stick, away from the computer. Press Finish to close; to back up the drive&apos;s 48-digit recovery key as well, start again and choose the drive.</source>
        <translation>スタートアップ キーは、テキストとして保存したり、印刷したり、アップロードしたりすることはできません。.BEK ファイルそのものを USB フラッシュ ドライブに保存し、コンピューターとは別の場所に保管してください。[完了] を押すと閉じます。ドライブの 48 桁の回復キーもバックアップするには、最初からやり直してドライブを選択してください。</translation>
    </message>
    <message>
        <source>The key does not open the drive.</source>
        <translation>このキーではドライブを開けません。</translation>
    </message>
    <message>
        <source>This key does not open %1.</source>
        <translation>このキーでは %1 を開けません。</translation>
    </message>
    <message>
        <source>Go back and check the key against your copy, group by group, and its key ID. A key that does not open the drive is no use as a backup.</source>
        <translation>前のページに戻り、お手元のコピーと見比べながら、キーをグループごとに確認し、キー ID も確認してください。ドライブを開けないキーは、バックアップとして役に立ちません。</translation>
    </message>
    <message>
        <source>The key could not be checked.</source>
        <translation>キーを検証できませんでした。</translation>
    </message>
    <message>
        <source>The key could not be checked against %1: %2</source>
        <translation>%1 に対してキーを検証できませんでした: %2</translation>
    </message>
    <message>
        <source>The key is not verified: it is well formed, but only the drive can prove that it is right. You can still save it, knowing that it was not verified.</source>
        <translation>キーは検証されていません。形式は正しいですが、正しいキーかどうかはドライブでしか証明できません。検証されていないことを承知のうえで、保存することもできます。</translation>
    </message>
    <message>
        <source>It is the drive&apos;s recovery key with the key ID %1.</source>
        <translation>これは、キー ID %1 のドライブの回復キーです。</translation>
    </message>
    <message>
        <source>It opened the drive through its %1, key ID %2.</source>
        <translation>ドライブの %1 (キー ID %2) でロックを解除できました。</translation>
    </message>
</context>
<context>
    <name>keyhaven::WebDavProvider</name>
    <message>
        <source>A startup key file (.BEK) has no text form to upload; keep it on a USB stick.</source>
        <translation>スタートアップ キーのファイル (.BEK) にはアップロードできるテキスト形式がありません。USB フラッシュ ドライブに保存してください。</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>アップロードしています</translation>
    </message>
    <message>
        <source>Looking for the folder on %1</source>
        <translation>%1 でフォルダーを探しています</translation>
    </message>
    <message>
        <source>Could not open the folder on the server.</source>
        <translation>サーバー上のフォルダーを開けませんでした。</translation>
    </message>
    <message>
        <source>Creating the folder “%1”</source>
        <translation>フォルダー「%1」を作成しています</translation>
    </message>
    <message>
        <source>Could not create the folder “%1” on the server.</source>
        <translation>サーバー上にフォルダー「%1」を作成できませんでした。</translation>
    </message>
    <message>
        <source>Checking whether “%1” is already there</source>
        <translation>「%1」が既にあるかどうかを確認しています</translation>
    </message>
    <message>
        <source>Could not check the folder for “%1”.</source>
        <translation>フォルダーに「%1」があるかどうかを確認できませんでした。</translation>
    </message>
    <message>
        <source>Other files already use the name “%1” and its numbered variants; nothing was overwritten and nothing was uploaded.</source>
        <translation>「%1」という名前とその番号付きの名前は、既に他のファイルで使われています。何も上書きせず、何もアップロードしていません。</translation>
    </message>
    <message>
        <source>Uploading “%1”</source>
        <translation>「%1」をアップロードしています</translation>
    </message>
    <message>
        <source>Could not upload “%1”.</source>
        <translation>「%1」をアップロードできませんでした。</translation>
    </message>
    <message>
        <source>Reading “%1” back from the server</source>
        <translation>サーバーから「%1」を読み戻しています</translation>
    </message>
    <message>
        <source>“%1” was uploaded but could not be read back.</source>
        <translation>「%1」はアップロードしましたが、読み戻せませんでした。</translation>
    </message>
    <message>
        <source>“%1” on the server is not what was uploaded; do not rely on it.</source>
        <translation>サーバー上の「%1」はアップロードした内容と異なります。このファイルは当てにしないでください。</translation>
    </message>
    <message>
        <source>“%1” is already in the folder with this key; nothing was uploaded</source>
        <translation>「%1」はこのキーを含んだ状態で既にフォルダーにあります。何もアップロードしていません</translation>
    </message>
    <message>
        <source>“%1” read back from the server byte for byte</source>
        <translation>サーバーから「%1」を読み戻し、1 バイトずつ確認しました</translation>
    </message>
    <message>
        <source>A different file was already called “%1”; it was left alone and this copy is “%2”.</source>
        <translation>「%1」という名前の別のファイルが既にあったため、そのままにし、このコピーは「%2」としました。</translation>
    </message>
    <message>
        <source>This key is already in %1 on the server; nothing was uploaded.</source>
        <translation>このキーはサーバー上の %1 に既にあります。何もアップロードしていません。</translation>
    </message>
    <message>
        <source>Uploaded to %1 and read back.</source>
        <translation>%1 にアップロードし、読み戻して確認しました。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message numerus="yes">
        <source>The server refused to store “%1” %n time(s) in a row (412: a file is in the way), although the name was free each time Keyhaven looked. Nothing was overwritten and nothing was uploaded; the server may not handle If-None-Match correctly.</source>
        <translation>
            <numerusform>サーバーは「%1」の保存を %n 回続けて拒否しました (412: 同じ場所にファイルがあります)。Keyhaven が確認したときには毎回その名前は空いていました。何も上書きされず、何もアップロードされていません。サーバーが If-None-Match を正しく処理していない可能性があります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyhaven::WelcomePage</name>
    <message>
        <source>Welcome to Keyhaven</source>
        <translation>Keyhaven へようこそ</translation>
    </message>
    <message>
        <source>Keyhaven keeps a copy of your disk-encryption recovery key somewhere safe, before the day your computer asks for it, and finds the key again when it does.</source>
        <translation>Keyhaven は、コンピューターが回復キーを求める日に備えて、ディスク暗号化の回復キーのコピーを安全な場所に保管します。回復キーが必要になったときには、そのキーを探し出します。</translation>
    </message>
    <message>
        <source>&amp;Back up a recovery key</source>
        <translation>回復キーをバックアップする(&amp;B)</translation>
    </message>
    <message>
        <source>Save your BitLocker recovery key or FileVault personal recovery key to your account, a USB flash drive, a file or a printed sheet. Keyhaven checks the key and reads every copy back.</source>
        <translation>BitLocker 回復キーまたは FileVault の個人用回復キーを、アカウント、USB フラッシュ ドライブ、ファイル、印刷した回復シートに保存します。Keyhaven はキーを検証し、すべてのコピーを読み戻して確認します。</translation>
    </message>
    <message>
        <source>&amp;Find a recovery key</source>
        <translation>回復キーを探す(&amp;F)</translation>
    </message>
    <message>
        <source>Is a computer showing the recovery screen? Enter the recovery key ID it shows, and Keyhaven looks for the key in your files and on your USB flash drives.</source>
        <translation>コンピューターに回復画面が表示されていますか? 表示されている回復キー ID を入力すると、Keyhaven がファイルや USB フラッシュ ドライブからキーを探します。</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>今すぐ再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Retry the waiting uploads now</source>
        <translation>待機中のアップロードを今すぐ再試行</translation>
    </message>
    <message>
        <source>(no key ID)</source>
        <translation>(キー ID なし)</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>USB flash drive</source>
        <translation>USB フラッシュ ドライブ</translation>
    </message>
    <message>
        <source>recovery sheet (PDF)</source>
        <translation>回復シート (PDF)</translation>
    </message>
    <message>
        <source>printed recovery sheet</source>
        <translation>印刷した回復シート</translation>
    </message>
    <message>
        <source>account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Keyhaven could not check your saved copies: %1</source>
        <translation>Keyhaven は保存したコピーを確認できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n saved copy/copies no longer unlock their drive: the drive&apos;s recovery keys changed after they were saved. Back up the drive&apos;s current recovery key again, and destroy these old copies:</source>
        <translation>
            <numerusform>保存したコピーのうち %n 個で、ドライブのロックを解除できなくなりました。保存した後にドライブの回復キーが変更されたためです。ドライブの現在の回復キーをもう一度バックアップし、次の古いコピーは破棄してください:</numerusform>
        </translation>
    </message>
    <message>
        <source>• recovery key ID %1, %2: %3</source>
        <translation>• 回復キー ID %1、%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) to your accounts could not finish yet. The keys wait in the system keychain, and Keyhaven tries again every few minutes while it runs:</source>
        <translation>
            <numerusform>アカウントへの %n 件のアップロードがまだ完了していません。キーはシステムのキーチェーンで待機しており、Keyhaven の実行中は数分おきに再試行します:</numerusform>
        </translation>
    </message>
    <message>
        <source>• recovery key ID %1 to “%2”</source>
        <translation>• 回復キー ID %1 → アカウント「%2」</translation>
    </message>
    <message>
        <source> (last problem: %1)</source>
        <translation> (前回の問題: %1)</translation>
    </message>
    <message>
        <source>Trying the waiting uploads again…</source>
        <translation>待機中のアップロードを再試行しています…</translation>
    </message>
    <message>
        <source>Recovery key ID %1 to “%2”: %3</source>
        <translation>回復キー ID %1 → アカウント「%2」: %3</translation>
    </message>
    <message>
        <source>No uploads were waiting.</source>
        <translation>待機中のアップロードはありませんでした。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>&amp;Test a backup</source>
        <translation>バックアップをテストする(&amp;T)</translation>
    </message>
    <message>
        <source>Choose a copy of your key — a file, a USB flash drive, a photo of the recovery sheet, or one of the copies Keyhaven made — and Keyhaven proves that it still opens your drive.</source>
        <translation>キーのコピー (ファイル、USB フラッシュ ドライブ、回復シートの写真、または Keyhaven が作成したコピー) を選ぶと、Keyhaven がそれでまだドライブを開けることを証明します。</translation>
    </message>
    <message>
        <source>Keyhaven went back to the start because it was not used for a while, and forgot the key you had entered, as a precaution. The copies already saved are where they were.</source>
        <translation>しばらく操作がなかったため、Keyhaven は安全のために入力されたキーを消去し、最初の画面に戻りました。保存済みのコピーはそのまま残っています。</translation>
    </message>
</context>
</TS>
