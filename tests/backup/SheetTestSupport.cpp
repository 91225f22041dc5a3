// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetTestSupport.h"

#include "support/Process.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <unistd.h>

namespace keyhaven::test {

RecoveryKey sheetBitLockerKey()
{
    RecoveryKey key;
    key.kind = KeyKind::BitLockerRecoveryPassword;
    key.id = KeyId::parse(u"64311DEA-4587-4029-924A-BA299647998E");
    key.secret = SecureBytes::fromUtf8(u"235818-357951-253979-013365-241120-245575-342914-591910");
    key.deviceName = QStringLiteral("DESKTOP-7Q2LM4K");
    key.volumeLabel = QStringLiteral("C: (Windows)");
    key.created = QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC);
    return key;
}

RecoveryKey sheetFileVaultKey()
{
    RecoveryKey key;
    key.kind = KeyKind::FileVaultPersonalRecoveryKey;
    key.id = KeyId::parse(u"5D0E3F3A-8C1B-4F7E-9A0B-2B6C1D3E4F50");
    key.secret = SecureBytes::fromUtf8(u"7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTL");
    key.identifier = QStringLiteral("C02XK1ABJG5J");
    key.deviceName = QStringLiteral("Ingrid’s MacBook Air");
    key.volumeLabel = QStringLiteral("Macintosh HD");
    return key;
}

QByteArray expectedQrText(const RecoveryKey& key)
{
    QByteArray text = key.kind == KeyKind::FileVaultPersonalRecoveryKey ? "FileVault personal recovery key\n"
                                                                        : "BitLocker recovery key\n";
    if (key.id)
        text += "ID: " + key.id->toString().toLatin1() + '\n';
    return text + "Key: " + QByteArray(reinterpret_cast<const char*>(key.secret.data()), qsizetype(key.secret.size()));
}

void requireProgram(const QString& program, const char* package)
{
    if (!haveProgram(program))
        FAIL(program.toStdString() << " is not installed; it comes with the Debian package " << package
                                   << " (packaging/debian/setup.sh installs it).");
}

QByteArray zbarDecodePdf(const QString& pdfPath, const ScratchDir& scratch)
{
    requireProgram(QStringLiteral("pdftoppm"), "poppler-utils");
    requireProgram(QStringLiteral("zbarimg"), "zbar-tools");
    const QString stem = scratch.file(QStringLiteral("page-") + QUuid::createUuid().toString(QUuid::Id128).left(8));
    const ProcessResult render = run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"),
                                     QStringLiteral("-png"), QStringLiteral("-singlefile"), pdfPath, stem});
    INFO(render.errText().toStdString());
    REQUIRE(render.exitCode == 0);
    const ProcessResult decoded = run(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"),
                                      QStringLiteral("-Sbinary"), stem + QStringLiteral(".png")});
    QByteArray text = decoded.out;
    if (text.endsWith('\n'))
        text.chop(1);
    return text;
}

QString pdfText(const QString& pdfPath)
{
    requireProgram(QStringLiteral("pdftotext"), "poppler-utils");
    const ProcessResult result = run(QStringLiteral("pdftotext"), {pdfPath, QStringLiteral("-")});
    REQUIRE(result.exitCode == 0);
    return result.outText();
}

QString pdfFonts(const QString& pdfPath)
{
    requireProgram(QStringLiteral("pdffonts"), "poppler-utils");
    const ProcessResult result = run(QStringLiteral("pdffonts"), {pdfPath});
    REQUIRE(result.exitCode == 0);
    return result.outText();
}

void keepSheet(const QString& pdfPath, const QString& name)
{
    const QString folder = qEnvironmentVariable("KEYHAVEN_KEEP_SHEETS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QFile::remove(folder + QLatin1Char('/') + name + QStringLiteral(".pdf"));
    QFile::copy(pdfPath, folder + QLatin1Char('/') + name + QStringLiteral(".pdf"));
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"),
                                     QStringLiteral("-singlefile"), pdfPath, folder + QLatin1Char('/') + name});
}

JapaneseSheet::JapaneseSheet(const ScratchDir& scratch)
{
    QString lrelease = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lrelease");
    if (!QFileInfo(lrelease).isExecutable())
        lrelease = QStandardPaths::findExecutable(QStringLiteral("lrelease"));
    if (lrelease.isEmpty())
        FAIL("lrelease is not installed; it comes with the Debian package qt6-l10n-tools.");
    const QString qm = scratch.file(QStringLiteral("recovery-sheet_ja.qm"));
    const ProcessResult built = run(lrelease, {QStringLiteral(KEYHAVEN_SHEET_TEST_DATA "/recovery-sheet_ja.ts"),
                                               QStringLiteral("-qm"), qm});
    INFO(built.outText().toStdString() << built.errText().toStdString());
    REQUIRE(built.exitCode == 0);
    REQUIRE(m_translator.load(qm));
    REQUIRE(QCoreApplication::installTranslator(&m_translator));
}

JapaneseSheet::~JapaneseSheet()
{
    QCoreApplication::removeTranslator(&m_translator);
}

} // namespace keyhaven::test
