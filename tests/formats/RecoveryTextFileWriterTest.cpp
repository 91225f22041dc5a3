// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/RecoveryTextFileWriter.h"

#include "FormatSamples.h"

#include "support/catch.h"

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

// The lines of a written file; fails when any line ends other than in CRLF.
QStringList crlfLines(const SecureBytes& bytes)
{
    const QString text = decodeWrittenFile(bytes);
    REQUIRE(text.endsWith(QStringLiteral("\r\n")));
    QStringList lines = text.split(QStringLiteral("\r\n"));
    lines.removeLast();
    for (const QString& line : lines) {
        INFO(line.toStdString());
        CHECK_FALSE(line.contains(QLatin1Char('\r')));
        CHECK_FALSE(line.contains(QLatin1Char('\n')));
    }
    return lines;
}

// `label`, a blank line, then the TAB-indented value, as in Windows' file.
void checkLabelledValue(const QStringList& lines, const QString& label, const QString& value)
{
    const qsizetype at = lines.indexOf(label);
    REQUIRE(at >= 0);
    REQUIRE(at + 2 < lines.size());
    CHECK(lines.at(at + 1).isEmpty());
    CHECK(lines.at(at + 2) == QLatin1Char('\t') + value);
}

} // namespace

TEST_CASE("The BitLocker text file keeps Windows' layout: labels, TABs, UTF-16LE with BOM, CRLF", "[formats][writer]")
{
    const RecoveryKey key = bitLockerKey(firstPassword, firstId);
    const SecureBytes bytes = recoveryTextFileBytes(key);
    REQUIRE(bytesOf(bytes).startsWith("\xFF\xFE"));
    const QStringList lines = crlfLines(bytes);
    checkLabelledValue(lines, QStringLiteral("Identifier:"), firstId);
    checkLabelledValue(lines, QStringLiteral("Recovery Key:"), firstPassword);
    CHECK(lines.indexOf(QStringLiteral("Identifier:")) < lines.indexOf(QStringLiteral("Recovery Key:")));
    CHECK_FALSE(lines.first().isEmpty()); // a title

    CHECK(recoveryTextFileName(key) == QStringLiteral("BitLocker Recovery Key %1.TXT").arg(firstId));
}

TEST_CASE("The sentences are Keyhaven's own, not Microsoft's", "[formats][writer]")
{
    const QString text = decodeWrittenFile(recoveryTextFileBytes(bitLockerKey(firstPassword, firstId)));
    for (const char* microsofts :
         { "To verify that this is the correct recovery key",
           "If the above identifier matches the one displayed by your PC", "If the above identifier doesn't match",
           "Try another recovery key", "go.microsoft.com", "aka.ms", "BitLocker Drive Encryption recovery key" }) {
        INFO(microsofts);
        CHECK_FALSE(text.contains(QLatin1String(microsofts), Qt::CaseInsensitive));
    }
}

TEST_CASE("A key without an ID is written without the Identifier label", "[formats][writer]")
{
    RecoveryKey key = bitLockerKey(firstPassword, firstId);
    key.id.reset();
    const QStringList lines = crlfLines(recoveryTextFileBytes(key));
    CHECK(lines.indexOf(QStringLiteral("Identifier:")) < 0);
    checkLabelledValue(lines, QStringLiteral("Recovery Key:"), firstPassword);
    CHECK(recoveryTextFileName(key) == QStringLiteral("BitLocker Recovery Key.TXT"));
}

TEST_CASE("The FileVault text file has the same structure and its own name", "[formats][writer][filevault]")
{
    const RecoveryKey byUuid = fileVaultKey(personalKey, hardwareUuid, QStringLiteral("C02XK0ZZJGH5"));
    const QStringList lines = crlfLines(recoveryTextFileBytes(byUuid));
    checkLabelledValue(lines, QStringLiteral("Identifier:"), hardwareUuid);
    checkLabelledValue(lines, QStringLiteral("Recovery Key:"), personalKey);
    CHECK(recoveryTextFileName(byUuid) == QStringLiteral("FileVault Recovery Key %1.txt").arg(hardwareUuid));

    const RecoveryKey bySerial = fileVaultKey(personalKey, {}, QStringLiteral("C02XK0ZZJGH5"));
    checkLabelledValue(crlfLines(recoveryTextFileBytes(bySerial)), QStringLiteral("Identifier:"),
                       QStringLiteral("C02XK0ZZJGH5"));
    CHECK(recoveryTextFileName(bySerial) == QStringLiteral("FileVault Recovery Key C02XK0ZZJGH5.txt"));

    const RecoveryKey oddSerial = fileVaultKey(personalKey, {}, QStringLiteral("A/B:C"));
    CHECK(recoveryTextFileName(oddSerial) == QStringLiteral("FileVault Recovery Key A_B_C.txt"));
    CHECK(recoveryTextFileName(fileVaultKey(personalKey)) == QStringLiteral("FileVault Recovery Key.txt"));
}

TEST_CASE("An external key has no text file", "[formats][writer]")
{
    RecoveryKey key;
    key.kind = KeyKind::BitLockerExternalKey;
    key.id = KeyId::parse(realBekId);
    key.secret = SecureBytes(32);
    CHECK(recoveryTextFileBytes(key).isEmpty());
    CHECK(recoveryTextFileName(key).isEmpty());
}
