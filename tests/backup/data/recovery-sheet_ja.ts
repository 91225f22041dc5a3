<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Test data only: the recovery sheet's words in Japanese, so the sheet test can show Japanese text with an
     embedded CJK font. The product's translations are translations/keyhaven_ja.ts (issue 8). -->
<TS version="2.1" language="ja_JP">
<context>
    <name>RecoverySheet</name>
    <message>
        <source>FileVault personal recovery key</source>
        <translation>FileVault の個人用回復キー</translation>
    </message>
    <message>
        <source>BitLocker recovery key</source>
        <translation>BitLocker 回復キー</translation>
    </message>
    <message>
        <source>This page unlocks the encrypted drive described below when the computer asks for its recovery key. Keep it private.</source>
        <translation>このページは、下に記載された暗号化されたドライブの回復キーです。コンピューターが回復キーを求めたときに使います。他の人には見せないでください。</translation>
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
        <translation>スマートフォンのカメラで読み取ると、回復キー ID と回復キーが文字で表示されます。</translation>
    </message>
    <message>
        <source>On the BitLocker recovery screen, compare the recovery key ID it shows with the ID above. If they differ, this is the key of another drive.</source>
        <translation>BitLocker の回復画面に表示される回復キー ID と、上の ID を比べます。異なる場合は、別のドライブのキーです。</translation>
    </message>
    <message>
        <source>Type the 48 digits of the recovery key, group by group. The dashes are added for you.</source>
        <translation>48 桁の回復キーを、グループごとに入力します。ハイフンは自動的に入ります。</translation>
    </message>
    <message>
        <source>Press Enter. The computer starts as usual; afterwards, make a new copy of the key if it asks you to.</source>
        <translation>Enter キーを押します。コンピューターは通常どおり起動します。その後、求められた場合は、キーの新しいコピーを作成してください。</translation>
    </message>
    <message>
        <source>At the Mac&apos;s login window, click the question mark or enter a wrong password a few times, then choose to reset it with your recovery key.</source>
        <translation>Mac のログイン画面で疑問符をクリックするか、パスワードを何回か間違えて入力してから、回復キーを使ってパスワードをリセットする方法を選びます。</translation>
    </message>
    <message>
        <source>Type the 24 characters of the recovery key exactly as printed, with the dashes and in capital letters.</source>
        <translation>24 文字の回復キーを、ハイフンを含めて、印刷されているとおりに大文字で入力します。</translation>
    </message>
    <message>
        <source>Choose a new password. Then check whether the Mac made a new recovery key; if it did, this page no longer works.</source>
        <translation>新しいパスワードを設定します。その後、Mac が新しい回復キーを作成したかどうかを確認してください。作成された場合、このページは使えなくなります。</translation>
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
        <translation>コンピューターとは別の、安全な場所に保管してください。たとえば自宅の大切な書類と一緒に保管し、ノート PC のかばんには入れないでください。このページとコンピューターの両方を手にした人は、暗号化されたドライブを読むことができます。回復キーが変更されたときは、新しいページを印刷し、このページは破棄してください。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>FileVault recovery key</source>
        <translation>FileVault 回復キー</translation>
    </message>
</context>
</TS>
