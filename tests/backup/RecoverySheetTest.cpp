// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/RecoverySheet.h"

#include "SheetTestSupport.h"
#include "support/Process.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QFile>
#include <QPainter>
#include <QPrinter>
#include <QRegularExpression>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

#if defined(Q_OS_UNIX)
QString writePdf(const ScratchDir& scratch, const QString& name, const SecureBytes& pdf)
{
    REQUIRE_FALSE(pdf.isEmpty());
    return scratch.write(name, QByteArray(reinterpret_cast<const char*>(pdf.data()), qsizetype(pdf.size())));
}

// Every group of the key, in order, with only non-key characters between them (group numbers may sit
// between the rows).
void requireKeyInText(const RecoveryKey& key, const QString& text)
{
    const QStringList groups = key.secret.toQString().split(QLatin1Char('-'));
    qsizetype at = 0;
    for (const QString& group : groups) {
        INFO("group " << group.toStdString() << " in:\n" << text.toStdString());
        at = text.indexOf(group, at);
        REQUIRE(at >= 0);
        at += group.size();
    }
}
#endif

RecoverySheet::Options englishOptions(QLocale::Territory territory = QLocale::UnitedKingdom)
{
    RecoverySheet::Options options;
    options.locale = QLocale(QLocale::English, territory);
    options.printed = QDateTime(QDate(2026, 11, 22), QTime(10, 0));
    return options;
}

} // namespace

TEST_CASE("The QR text says kind, ID and key in a fixed English form", "[backup][sheet]")
{
    const RecoveryKey bitLocker = sheetBitLockerKey();
    CHECK(RecoverySheet::qrText(bitLocker).view()
          == "BitLocker recovery key\nID: 64311DEA-4587-4029-924A-BA299647998E\n"
             "Key: 235818-357951-253979-013365-241120-245575-342914-591910");
    RecoveryKey fileVault = sheetFileVaultKey();
    CHECK(RecoverySheet::qrText(fileVault).view() == expectedQrText(fileVault).toStdString());
    fileVault.id.reset();
    CHECK(RecoverySheet::qrText(fileVault).view()
          == "FileVault personal recovery key\nKey: 7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTL");
    RecoveryKey external = bitLocker;
    external.kind = KeyKind::BitLockerExternalKey;
    CHECK(RecoverySheet::qrText(external).isEmpty());
    CHECK_FALSE(RecoverySheet(external).isValid());
}

TEST_CASE("The paper is Letter where Letter is used and A4 elsewhere", "[backup][sheet]")
{
    for (const auto& [language, territory] : {std::pair{QLocale::English, QLocale::UnitedStates},
                                             {QLocale::French, QLocale::Canada}, {QLocale::Spanish, QLocale::Mexico}})
        CHECK(RecoverySheet::pageSizeFor(QLocale(language, territory)).id() == QPageSize::Letter);
    for (const auto& [language, territory] : {std::pair{QLocale::Japanese, QLocale::Japan},
                                             {QLocale::NorwegianBokmal, QLocale::Norway},
                                             {QLocale::English, QLocale::UnitedKingdom}})
        CHECK(RecoverySheet::pageSizeFor(QLocale(language, territory)).id() == QPageSize::A4);
}

// The PDF is read back with Poppler's pdftoppm and pdftotext and zbarimg, programs of the Linux machine; under Wine,
// wine-checks.sh decodes the sheet keyhaven-cli.exe saved.
#if defined(Q_OS_UNIX)
TEST_CASE("A BitLocker and a FileVault sheet decode with zbarimg and show the key and the full ID", "[backup][sheet]")
{
    const ScratchDir scratch;
    for (const RecoveryKey& key : {sheetBitLockerKey(), sheetFileVaultKey()}) {
        const bool fileVault = key.kind == KeyKind::FileVaultPersonalRecoveryKey;
        INFO(keyKindName(key.kind).toStdString());
        const RecoverySheet sheet(key, englishOptions(fileVault ? QLocale::UnitedStates : QLocale::UnitedKingdom));
        CHECK(sheet.pageLayout().pageSize().id() == (fileVault ? QPageSize::Letter : QPageSize::A4));
        CHECK(sheet.verifyQrCode().passed);
        const QString pdf = writePdf(scratch, fileVault ? QStringLiteral("fv.pdf") : QStringLiteral("bl.pdf"),
                                     sheet.toPdf());
        keepSheet(pdf, fileVault ? QStringLiteral("sheet-en-filevault") : QStringLiteral("sheet-en"));

        CHECK(zbarDecodePdf(pdf, scratch) == expectedQrText(key));
        const QString text = pdfText(pdf);
        INFO(text.toStdString());
        CHECK(text.contains(key.id->toString()));
        requireKeyInText(key, text);
        CHECK(text.contains(fileVault ? QStringLiteral("FileVault personal recovery key")
                                      : QStringLiteral("BitLocker recovery key")));
        CHECK(text.contains(key.deviceName));
        CHECK(text.contains(key.volumeLabel));
        CHECK(text.contains(QStringLiteral("Notes")));
        CHECK(text.contains(fileVault ? QStringLiteral("November 22, 2026") : QStringLiteral("22 November 2026")));
        CHECK_FALSE(sheet.documentTitle().contains(QStringLiteral("235818")));
    }
}

TEST_CASE("A QPrinter gets the same page as the PDF", "[backup][sheet]")
{
    const ScratchDir scratch;
    const RecoveryKey key = sheetBitLockerKey();
    const RecoverySheet sheet(key, englishOptions());
    const QString direct = writePdf(scratch, QStringLiteral("direct.pdf"), sheet.toPdf());

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(scratch.file(QStringLiteral("printer.pdf")));
    REQUIRE(sheet.print(printer));
    CHECK(printer.docName() == sheet.documentTitle());
    CHECK(pdfText(printer.outputFileName()) == pdfText(direct));
    CHECK(zbarDecodePdf(printer.outputFileName(), scratch) == expectedQrText(key));
}

TEST_CASE("In Japanese the sheet's text is Japanese and a CJK font is embedded", "[backup][sheet][ja]")
{
    const ScratchDir scratch;
    const JapaneseSheet japanese(scratch);
    const RecoveryKey key = sheetBitLockerKey();
    RecoverySheet::Options options;
    options.locale = QLocale(QLocale::Japanese, QLocale::Japan);
    options.printed = QDateTime(QDate(2026, 11, 22), QTime(10, 0));
    const RecoverySheet sheet(key, options);
    REQUIRE(sheet.verifyQrCode().passed);
    const QString pdf = writePdf(scratch, QStringLiteral("ja.pdf"), sheet.toPdf());
    keepSheet(pdf, QStringLiteral("sheet-ja"));

    // Qt's PDF writer maps glyphs that Noto Sans CJK shares between a Kangxi radical and an ideograph (方, 日,
    // 月, 入…) back to the radical's code point, so the extracted text is compared in NFKC, which folds them.
    const QString text = pdfText(pdf).normalized(QString::NormalizationForm_KC);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("BitLocker 回復キー")));
    CHECK(text.contains(QStringLiteral("このキーの使い方")));
    CHECK(text.contains(QStringLiteral("このページの保管場所")));
    CHECK(text.contains(QStringLiteral("2026年11月22日")));
    CHECK_FALSE(text.contains(QStringLiteral("How to use this key")));
    CHECK(text.contains(key.id->toString()));
    requireKeyInText(key, text);
    // The QR text stays English, so any reader shows the same thing.
    CHECK(zbarDecodePdf(pdf, scratch) == expectedQrText(key));

    const QString fonts = pdfFonts(pdf);
    INFO(fonts.toStdString());
    const QRegularExpression embeddedCjk(QStringLiteral("^\\S*CJK\\S*\\s.*\\byes\\b"),
                                         QRegularExpression::MultilineOption);
    CHECK(embeddedCjk.match(fonts).hasMatch());

    SECTION("with English alongside")
    {
        options.englishAlongside = true;
        const QString both = writePdf(scratch, QStringLiteral("ja-en.pdf"), RecoverySheet(key, options).toPdf());
        keepSheet(both, QStringLiteral("sheet-ja-en"));
        const QString bothText = pdfText(both).normalized(QString::NormalizationForm_KC);
        CHECK(bothText.contains(QStringLiteral("このキーの使い方")));
        CHECK(bothText.contains(QStringLiteral("How to use this key")));
        CHECK(zbarDecodePdf(both, scratch) == expectedQrText(key));
    }
}
#endif

TEST_CASE("A damaged render fails the self-check", "[backup][sheet]")
{
    RecoverySheet::Options options = englishOptions();
    SECTION("part of the code hidden")
    {
        options.afterPaint = [](QPainter& painter, const QRectF& qr) {
            painter.fillRect(QRectF(qr.topLeft(), QSizeF(qr.width() * 0.45, qr.height() * 0.45)), Qt::white);
        };
        const RecoverySheet::Check check = RecoverySheet(sheetBitLockerKey(), options).verifyQrCode();
        CHECK_FALSE(check.passed);
        CHECK(check.problem.contains(QStringLiteral("could not be read")));
    }
    SECTION("another key's code painted over it")
    {
        RecoveryKey other = sheetBitLockerKey();
        other.secret = SecureBytes::fromUtf8(u"042647-302313-590458-071500-554323-116567-412181-516978");
        options.afterPaint = [other](QPainter& painter, const QRectF& qr) {
            const auto code = QrCode::encode(RecoverySheet::qrText(other));
            code->paint(painter, qr.topLeft(), qr.width() / code->totalSize());
        };
        const RecoverySheet::Check check = RecoverySheet(sheetBitLockerKey(), options).verifyQrCode();
        CHECK_FALSE(check.passed);
        CHECK(check.problem.contains(QStringLiteral("does not hold exactly")));
    }
    SECTION("a second code on the page")
    {
        options.afterPaint = [](QPainter& painter, const QRectF& qr) {
            const auto code = QrCode::encode(RecoverySheet::qrText(sheetFileVaultKey()));
            code->paint(painter, qr.topLeft() - QPointF(qr.width() + 20, 0), qr.width() / code->totalSize());
        };
        const RecoverySheet::Check check = RecoverySheet(sheetBitLockerKey(), options).verifyQrCode();
        CHECK_FALSE(check.passed);
        CHECK(check.problem.contains(QStringLiteral("more than one")));
    }
}

#if defined(Q_OS_UNIX)
TEST_CASE("A drive's sheet keeps its GUID whole, a typed key's has a line for the computer, FileVault names no key ID",
          "[backup][sheet]")
{
    const ScratchDir scratch;

    // From a drive: computer, drive and the volume's GUID, the GUID on one line.
    RecoveryKey fromDrive = sheetBitLockerKey();
    fromDrive.volumeGuid = KeyId::parse(u"8F595209-F5B9-49A0-85D4-CB8F80258C27");
    const QString drivePdf = writePdf(scratch, QStringLiteral("drive.pdf"), RecoverySheet(fromDrive, englishOptions()).toPdf());
    keepSheet(drivePdf, QStringLiteral("sheet-en-drive"));
    const QString driveText = pdfText(drivePdf);
    INFO(driveText.toStdString());
    CHECK(driveText.contains(QStringLiteral("DESKTOP-7Q2LM4K")));
    CHECK(driveText.contains(QStringLiteral("C: (Windows)")));
    CHECK(driveText.contains(QStringLiteral("8F595209-F5B9-49A0-85D4-CB8F80258C27")));
    CHECK(driveText.contains(QStringLiteral("14 March 2026")));
    CHECK_FALSE(driveText.contains(QStringLiteral("For the computer")));

    // Typed: nothing says whose key it is, so there is a line to write it on.
    RecoveryKey typed;
    typed.kind = KeyKind::BitLockerRecoveryPassword;
    typed.id = fromDrive.id;
    typed.secret = fromDrive.secret;
    const QString typedPdf = writePdf(scratch, QStringLiteral("typed.pdf"), RecoverySheet(typed, englishOptions()).toPdf());
    keepSheet(typedPdf, QStringLiteral("sheet-en-typed"));
    CHECK(pdfText(typedPdf).contains(QStringLiteral("For the computer")));

    // FileVault typed, without a volume: no "Volume UUID: Not known", and the QR caption names no key ID.
    RecoveryKey fileVault;
    fileVault.kind = KeyKind::FileVaultPersonalRecoveryKey;
    fileVault.secret = SecureBytes::fromUtf8(u"7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTL");
    fileVault.deviceName = QStringLiteral("Anna's MacBook");
    const RecoverySheet fileVaultSheet(fileVault, englishOptions(QLocale::UnitedStates));
    REQUIRE(fileVaultSheet.isValid());
    const QString fileVaultPdf = writePdf(scratch, QStringLiteral("fv-typed.pdf"), fileVaultSheet.toPdf());
    keepSheet(fileVaultPdf, QStringLiteral("sheet-en-filevault-typed"));
    const QString fileVaultText = pdfText(fileVaultPdf);
    INFO(fileVaultText.toStdString());
    CHECK(fileVaultText.contains(QStringLiteral("Anna's MacBook")));
    CHECK_FALSE(fileVaultText.contains(QStringLiteral("Volume UUID")));
    CHECK_FALSE(fileVaultText.contains(QStringLiteral("Not known")));
    CHECK_FALSE(fileVaultText.contains(QStringLiteral("key ID")));
    CHECK(fileVaultText.contains(QStringLiteral("Scan with a phone camera")));
}
#endif
