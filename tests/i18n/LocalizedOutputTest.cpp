// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 8's "It must show", through the real keyhaven-cli and the real translations: a bad group named in
// Japanese and Norwegian, the language taken from LANG, and the recovery text file and the recovery sheet
// written in each language and read back to the same key (inspect for the file, the QR code for the sheet).
#include "support/Process.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

using namespace keyhaven;

namespace {

const QByteArray bitLockerKey = "235818-357951-253979-013365-241120-245575-342914-591910";
const QString bitLockerId = QStringLiteral("64311DEA-4587-4029-924A-BA299647998E");
// Group 3 with its last digit changed: its check fails.
const QByteArray badGroup3 = "235818-357951-253970-013365-241120-245575-342914-591910";
const QByteArray fileVaultKey = "7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTL";
const QString fileVaultId = QStringLiteral("5D0E3F3A-8C1B-4F7E-9A0B-2B6C1D3E4F50");

// The language from the environment alone: the variables a desktop session sets, nothing else.
test::ProcessResult runWithLocale(const QStringList& arguments, const QString& lang, const QByteArray& input,
                                  const QString& language = {})
{
    return test::runCliWithEnvironment(arguments,
                                       { { QStringLiteral("LC_ALL"), QString() },
                                         { QStringLiteral("LANG"), lang },
                                         { QStringLiteral("LANGUAGE"), language } },
                                       input);
}

struct Expected
{
    const char* lang;
    QString badGroup; // validate's message for group 3
    QStringList textFileWords; // in the recovery text file
    QStringList bitLockerSheetWords;
    QStringList fileVaultSheetWords;
    QLocale locale;
};

QList<Expected> languages()
{
    return {
        { "ja",
          QStringLiteral("グループ 3 は無効です。数字のどれかが間違っています。"),
          { QStringLiteral("両方の ID が一致したら、回復画面で次の 48 桁の数字 (Recovery Key) "
                           "を入力して、ドライブのロックを解除して"
                           "ください。"),
            QStringLiteral("このファイルは、ロックを解除するコンピューターとは別の場所に保管し、他の人に見られないよう"
                           "にしてください。") },
          { QStringLiteral("BitLocker 回復キー"), QStringLiteral("回復キー ID"), QStringLiteral("このキーの使い方"),
            QStringLiteral("このページの保管場所"), QStringLiteral("メモ") },
          { QStringLiteral("FileVault の個人用回復キー"), QStringLiteral("個人用回復キー"),
            QStringLiteral("ボリューム UUID") },
          QLocale(QLocale::Japanese, QLocale::Japan) },
        { "nb",
          QStringLiteral("Gruppe 3 er ikke gyldig: ett av sifrene er feil."),
          { QStringLiteral("Hvis de to ID-ene stemmer, skriver du inn de 48 sifrene nedenfor (Recovery Key) på "
                           "gjenopprettingsskjermen for å låse opp stasjonen."),
            QStringLiteral(
                "Oppbevar denne filen et annet sted enn datamaskinen den låser opp, og ikke la noen andre lese den.") },
          { QStringLiteral("BitLocker-gjenopprettingsnøkkel"), QStringLiteral("Gjenopprettingsnøkkel-ID"),
            QStringLiteral("Slik bruker du denne nøkkelen"), QStringLiteral("Hvor du bør oppbevare denne siden"),
            QStringLiteral("Notater") },
          { QStringLiteral("Personlig FileVault-gjenopprettingsnøkkel"), QStringLiteral("Volum-UUID") },
          QLocale(QLocale::NorwegianBokmal, QLocale::Norway) },
    };
}

// The recovery text file is UTF-16LE with a byte-order mark (Windows' layout).
QString readUtf16File(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xFF\xFE"));
    return QString::fromUtf16(reinterpret_cast<const char16_t*>(bytes.constData() + 2), (bytes.size() - 2) / 2);
}

#if defined(Q_OS_UNIX)
void requireProgram(const char* program, const char* package)
{
    if (!test::haveProgram(QString::fromLatin1(program)))
        FAIL(program << " is not installed; it comes with the Debian package " << package << '.');
}

QByteArray decodeQr(const QString& pdf, const test::ScratchDir& scratch)
{
    requireProgram("pdftoppm", "poppler-utils");
    requireProgram("zbarimg", "zbar-tools");
    const QString stem = scratch.file(QStringLiteral("page-") + QUuid::createUuid().toString(QUuid::Id128).left(8));
    const test::ProcessResult page = test::run(QStringLiteral("pdftoppm"),
                                               { QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                                                 QStringLiteral("-singlefile"), pdf, stem });
    REQUIRE(page.exitCode == 0);
    const test::ProcessResult decoded = test::run(
        QStringLiteral("zbarimg"),
        { QStringLiteral("-q"), QStringLiteral("--raw"), QStringLiteral("-Sbinary"), stem + QStringLiteral(".png") });
    return decoded.out.endsWith('\n') ? decoded.out.chopped(1) : decoded.out;
}

QString pdfText(const QString& pdf)
{
    requireProgram("pdftotext", "poppler-utils");
    const test::ProcessResult text = test::run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    REQUIRE(text.exitCode == 0);
    return text.outText();
}

// What pdftotext gives back differs from what was drawn in ways that do not matter here: lines wrap (and
// pdftotext drops the space or hyphen there), and CJK glyphs come back as their compatibility forms (⼈ for 人).
QString comparable(const QString& text)
{
    QString result = text.normalized(QString::NormalizationForm_KC);
    result.remove(QRegularExpression(QStringLiteral("[\\s\\-\\x{2010}\\x{2011}]")));
    return result;
}
#endif

QJsonObject onlyKey(const test::ProcessResult& inspect)
{
    const QJsonArray keys = inspect.json()[QStringLiteral("keys")].toArray();
    REQUIRE(keys.size() == 1);
    return keys.first().toObject();
}

} // namespace

TEST_CASE("validate --lang names the bad group in Japanese and Norwegian", "[i18n][cli]")
{
    for (const Expected& expected : languages()) {
        const QString lang = QString::fromLatin1(expected.lang);
        INFO(expected.lang);
        // --lang before the command and after it.
        for (const QStringList& arguments :
             { QStringList { QStringLiteral("--lang"), lang, QStringLiteral("validate") },
               QStringList { QStringLiteral("validate"), QStringLiteral("--lang=") + lang } }) {
            const test::ProcessResult result = test::runCli(arguments, badGroup3 + '\n');
            INFO(result.errText().toStdString());
            CHECK(result.exitCode == 1);
            CHECK(result.errText().contains(expected.badGroup));
            CHECK_FALSE(result.errText().contains(QStringLiteral("Group 3")));
            CHECK(result.out.isEmpty());
        }
        // The JSON's field names stay; its messages are for people, in their language.
        const test::ProcessResult json = test::runCli(
            { QStringLiteral("validate"), QStringLiteral("--json"), QStringLiteral("--lang"), lang }, badGroup3);
        CHECK(json.exitCode == 1);
        const QJsonObject problem = json.json()[QStringLiteral("problems")].toArray().first().toObject();
        CHECK(problem[QStringLiteral("group")].toInt() == 3);
        CHECK(problem[QStringLiteral("message")].toString() == expected.badGroup);
    }
    // English stays English.
    const test::ProcessResult english
        = test::runCli({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("validate") }, badGroup3);
    CHECK(english.errText().contains(QStringLiteral("Group 3 is not valid: one of its digits is wrong.")));
}

// LANG and LANGUAGE choose the language on Linux and the Mac; Windows takes the user's display language.
#if defined(Q_OS_UNIX)
TEST_CASE("the CLI speaks the system's language: LANG=ja_JP.UTF-8, nb_NO.UTF-8, no_NO, nn_NO, LANGUAGE", "[i18n][cli]")
{
    const QString japanese = QStringLiteral("グループ 3 は無効です。");
    const QString norwegian = QStringLiteral("Gruppe 3 er ikke gyldig");
    const QString english = QStringLiteral("Group 3 is not valid");
    const struct
    {
        const char* lang;
        const char* language;
        QString expected;
    } cases[] = {
        { "ja_JP.UTF-8", "", japanese },    { "nb_NO.UTF-8", "", norwegian }, { "no_NO", "", norwegian },
        { "no_NO.UTF-8", "", norwegian },   { "nb_NO", "", norwegian },       { "nn_NO.UTF-8", "", norwegian },
        { "C.UTF-8", "", english },         { "de_DE.UTF-8", "", english },   { "de_DE.UTF-8", "ja:de", japanese },
        { "en_US.UTF-8", "nb", norwegian },
    };
    for (const auto& c : cases) {
        INFO("LANG=" << c.lang << " LANGUAGE=" << c.language);
        const test::ProcessResult result = runWithLocale({ QStringLiteral("validate") }, QString::fromLatin1(c.lang),
                                                         badGroup3, QString::fromLatin1(c.language));
        INFO(result.errText().toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.errText().contains(c.expected));
    }
    // --lang wins over the system.
    const test::ProcessResult chosen
        = runWithLocale({ QStringLiteral("validate"), QStringLiteral("--lang"), QStringLiteral("nb") },
                        QStringLiteral("ja_JP.UTF-8"), badGroup3);
    CHECK(chosen.errText().contains(norwegian));
}
#endif

TEST_CASE("a bad --lang is a usage error, said in the system's language", "[i18n][cli]")
{
    test::ProcessResult result = test::runCli(
        { QStringLiteral("--lang"), QStringLiteral("klingon"), QStringLiteral("validate") }, bitLockerKey);
    CHECK(result.exitCode == 2);
    CHECK(result.errText().contains(QStringLiteral("“klingon”")));
    CHECK(result.out.isEmpty());

    result = test::runCli({ QStringLiteral("validate"), QStringLiteral("--lang") }, bitLockerKey);
    CHECK(result.exitCode == 2);
    CHECK(result.errText().contains(QStringLiteral("--lang")));

    result = runWithLocale({ QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("validate") },
                           QStringLiteral("ja_JP.UTF-8"), bitLockerKey);
    CHECK(result.exitCode == 2);
    CHECK(result.errText().contains(QStringLiteral("不明な言語「xx」です。")));
}

TEST_CASE("the help is all in the chosen language, Qt's own words included", "[i18n][cli]")
{
    const test::ProcessResult norwegian = test::runCli(
        { QStringLiteral("validate"), QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("nb") });
    INFO(norwegian.outText().toStdString());
    CHECK(norwegian.exitCode == 0);
    CHECK(norwegian.outText().startsWith(QStringLiteral("Bruk: ")));
    for (const char* words :
         { "keyhaven-cli validate [alternativer]", "Alternativer:", "Viser hjelp for kommandolinjealternativene.",
           "Nøkkeltypen: bitlocker, filevault eller auto" })
        CHECK(norwegian.outText().contains(QString::fromUtf8(words)));
    CHECK_FALSE(norwegian.outText().contains(QStringLiteral("Options:")));

    const test::ProcessResult japanese = test::runCli(
        { QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("validate"), QStringLiteral("--help") });
    INFO(japanese.outText().toStdString());
    CHECK(japanese.outText().startsWith(QStringLiteral("使い方: ")));
    CHECK(japanese.outText().contains(QStringLiteral("keyhaven-cli validate [オプション]")));
    CHECK(japanese.outText().contains(QStringLiteral("オプション:")));

    const test::ProcessResult usage = test::runCli({ QStringLiteral("--lang"), QStringLiteral("nb") });
    CHECK(usage.exitCode == 2);
    CHECK(usage.errText().contains(QStringLiteral("Bruk: keyhaven-cli COMMAND [options]")));
    CHECK(usage.errText().contains(QStringLiteral("Kommandoer:")));
}

TEST_CASE("the recovery text file in Japanese and Norwegian reads back to the same key", "[i18n][cli][text-file]")
{
    for (const Expected& expected : languages()) {
        INFO(expected.lang);
        test::ScratchDir scratch;
        const QString folder = scratch.file(QStringLiteral("keys"));
        REQUIRE(QDir().mkpath(folder));
        const test::ProcessResult backup
            = test::runCli({ QStringLiteral("--lang"), QString::fromLatin1(expected.lang), QStringLiteral("backup"),
                             QStringLiteral("--to"), QStringLiteral("text:") + folder, QStringLiteral("--id"),
                             bitLockerId, QStringLiteral("--ledger"), scratch.file(QStringLiteral("ledger.json")) },
                           bitLockerKey + '\n');
        INFO(backup.outText().toStdString() << backup.errText().toStdString());
        REQUIRE(backup.exitCode == 0);

        const QString file = folder + QStringLiteral("/BitLocker Recovery Key ") + bitLockerId + QStringLiteral(".TXT");
        const QString text = readUtf16File(file);
        INFO(text.toStdString());
        for (const QString& words : expected.textFileWords)
            CHECK(text.contains(words));
        // Windows' labels stay English: they are what readers (ours, and people's scripts) look for.
        CHECK(text.contains(QStringLiteral("\r\nIdentifier:\r\n")));
        CHECK(text.contains(QStringLiteral("\r\nRecovery Key:\r\n")));
        CHECK_FALSE(text.contains(QStringLiteral("type the following 48 digits")));

        const QJsonObject key = onlyKey(test::runCli({ QStringLiteral("inspect"), QStringLiteral("--json"), file }));
        CHECK(key[QStringLiteral("key")].toString() == QString::fromLatin1(bitLockerKey));
        CHECK(key[QStringLiteral("id")].toString() == bitLockerId);
        CHECK(key[QStringLiteral("kind")].toString() == QStringLiteral("bitlocker-recovery-password"));
        CHECK(key[QStringLiteral("format")].toString() == QStringLiteral("recovery-text-file"));
    }
}

TEST_CASE("the FileVault text file in Japanese and Norwegian reads back to the same key", "[i18n][cli][text-file]")
{
    for (const Expected& expected : languages()) {
        INFO(expected.lang);
        test::ScratchDir scratch;
        const test::ProcessResult backup
            = test::runCli({ QStringLiteral("backup"), QStringLiteral("--lang"), QString::fromLatin1(expected.lang),
                             QStringLiteral("--to"), QStringLiteral("text:") + scratch.path(), QStringLiteral("--id"),
                             fileVaultId, QStringLiteral("--ledger"), scratch.file(QStringLiteral("ledger.json")) },
                           fileVaultKey + '\n');
        INFO(backup.outText().toStdString() << backup.errText().toStdString());
        REQUIRE(backup.exitCode == 0);
        const QString file
            = scratch.file(QStringLiteral("FileVault Recovery Key ") + fileVaultId + QStringLiteral(".txt"));
        const QString text = readUtf16File(file);
        INFO(text.toStdString());
        CHECK_FALSE(text.contains(QStringLiteral("exactly as written")));
        CHECK(text.contains(QStringLiteral("Recovery Key:")));

        const QJsonObject key = onlyKey(test::runCli({ QStringLiteral("inspect"), QStringLiteral("--json"), file }));
        CHECK(key[QStringLiteral("key")].toString() == QString::fromLatin1(fileVaultKey));
        CHECK(key[QStringLiteral("kind")].toString() == QStringLiteral("filevault-personal-recovery-key"));
    }
}

// The PDF is read back with Poppler and zbarimg, programs of the Linux machine.
#if defined(Q_OS_UNIX)
TEST_CASE("the recovery sheet in Japanese and Norwegian decodes to the same key and shows translated words",
          "[i18n][cli][sheet]")
{
    for (const Expected& expected : languages()) {
        INFO(expected.lang);
        const QString lang = QString::fromLatin1(expected.lang);
        test::ScratchDir scratch;
        const struct
        {
            QByteArray key;
            QString id;
            const QStringList& words;
            QByteArray qrText;
        } sheets[] = {
            { bitLockerKey, bitLockerId, expected.bitLockerSheetWords,
              "BitLocker recovery key\nID: " + bitLockerId.toLatin1() + "\nKey: " + bitLockerKey },
            { fileVaultKey, fileVaultId, expected.fileVaultSheetWords,
              "FileVault personal recovery key\nID: " + fileVaultId.toLatin1() + "\nKey: " + fileVaultKey },
        };
        for (const auto& sheet : sheets) {
            const QString pdf = scratch.file(QStringLiteral("sheet-%1-%2.pdf").arg(lang, sheet.id.left(8)));
            const test::ProcessResult backup
                = test::runCli({ QStringLiteral("--lang"), lang, QStringLiteral("backup"), QStringLiteral("--to"),
                                 QStringLiteral("sheet:") + pdf, QStringLiteral("--id"), sheet.id,
                                 QStringLiteral("--ledger"), scratch.file(QStringLiteral("ledger.json")) },
                               sheet.key + '\n');
            INFO(backup.outText().toStdString() << backup.errText().toStdString());
            REQUIRE(backup.exitCode == 0);

            // The QR code stays English (any phone shows it as-is) and holds exactly this key.
            CHECK(decodeQr(pdf, scratch) == sheet.qrText);
            const QString text = comparable(pdfText(pdf));
            INFO(text.toStdString());
            for (const QString& words : sheet.words)
                CHECK(text.contains(comparable(words)));
            CHECK_FALSE(text.contains(comparable(QStringLiteral("How to use this key"))));
            // The date printed is written the language's way.
            CHECK(text.contains(comparable(expected.locale.toString(QDate::currentDate(), QLocale::LongFormat))));
        }
    }
}
#endif
