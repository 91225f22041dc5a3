// SPDX-License-Identifier: GPL-3.0-or-later
// What `cryptsetup bitlkDump IMAGE` says about a BitLocker image: an independent reader to compare with.
// Header-only so that the volume tests and the CLI tests can both use it.
#pragma once

#include "support/Process.h"
#include "support/TestData.h"
#include "support/catch.h"

#include "volumes/Volume.h"

#include <QDateTime>
#include <QStandardPaths>
#include <QStringList>
#include <QTimeZone>

namespace keyhaven::test {

struct DumpedVmk
{
    QString guid; // lower case, as cryptsetup prints it
    QString protection;
    QString name;
    QString salt;
    int keyDataSize = -1;
};

struct BitlkDump
{
    bool toGo = false;
    QString guid;
    QString description;
    QDateTime created; // UTC, to the second
    QString cipherName, cipherMode;
    int keyBits = 0;
    QList<DumpedVmk> vmks;
    int fvekDataSize = -1;
};

inline QString cryptsetupProgram()
{
    QString program = QStandardPaths::findExecutable(QStringLiteral("cryptsetup"));
    if (program.isEmpty())
        program = QStandardPaths::findExecutable(QStringLiteral("cryptsetup"),
                                                 { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin") });
    if (program.isEmpty())
        FAIL("cryptsetup is not installed (Debian package cryptsetup-bin): the BitLocker reader is checked against "
             "its bitlkDump");
    return program;
}

// "Thu Jul  4 07:01:55 2019", as ctime() writes it (run with TZ=UTC).
inline QDateTime parseCtime(const QString& text)
{
    static const QStringList months { QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
                                      QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"),
                                      QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"),
                                      QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec") };
    const QStringList parts = text.simplified().split(QLatin1Char(' '));
    if (parts.size() != 5)
        return{};
    const QDate date(parts[4].toInt(), int(months.indexOf(parts[1])) + 1, parts[2].toInt());
    const QTime time = QTime::fromString(parts[3], QStringLiteral("hh:mm:ss"));
    return QDateTime(date, time, QTimeZone::utc());
}

// cryptsetup's wording → the CLI contract's protector type.
inline ProtectorType protectorTypeFromDump(const QString& protection)
{
    if (protection == QLatin1String("VMK protected with recovery passphrase"))
        return ProtectorType::RecoveryPassword;
    if (protection == QLatin1String("VMK protected with passphrase"))
        return ProtectorType::Password;
    if (protection == QLatin1String("VMK protected with startup key"))
        return ProtectorType::StartupKey;
    if (protection == QLatin1String("VMK protected with clear key"))
        return ProtectorType::ClearKey;
    if (protection == QLatin1String("VMK protected with smart card"))
        return ProtectorType::SmartCard;
    if (protection == QLatin1String("VMK protected with TPM"))
        return ProtectorType::Tpm;
    if (protection == QLatin1String("VMK protected with TPM and PIN"))
        return ProtectorType::TpmPin;
    return ProtectorType::Unknown;
}

inline void parseDumpLine(BitlkDump& dump, const QString& label, const QString& value, bool inFvek)
{
    if (label == QLatin1String("GUID") && !dump.vmks.isEmpty() && !inFvek)
        dump.vmks.last().guid = value;
    else if (label == QLatin1String("GUID"))
        dump.guid = value;
    else if (label == QLatin1String("Created"))
        dump.created = parseCtime(value);
    else if (label == QLatin1String("Description"))
        dump.description = value;
    else if (label == QLatin1String("Cipher name"))
        dump.cipherName = value;
    else if (label == QLatin1String("Cipher mode"))
        dump.cipherMode = value;
    else if (label == QLatin1String("Cipher key"))
        dump.keyBits = value.section(QLatin1Char(' '), 0, 0).toInt();
    else if (label == QLatin1String("Name") && !dump.vmks.isEmpty())
        dump.vmks.last().name = value;
    else if (label == QLatin1String("Protection") && !dump.vmks.isEmpty())
        dump.vmks.last().protection = value;
    else if (label == QLatin1String("Salt") && !dump.vmks.isEmpty())
        dump.vmks.last().salt = value;
    else if (label == QLatin1String("Key data size") && inFvek)
        dump.fvekDataSize = value.section(QLatin1Char(' '), 0, 0).toInt();
    else if (label == QLatin1String("Key data size") && !dump.vmks.isEmpty())
        dump.vmks.last().keyDataSize = value.section(QLatin1Char(' '), 0, 0).toInt();
}

inline BitlkDump bitlkDump(const QString& image)
{
    const ProcessResult result = run(QStringLiteral("env"),
                                     { QStringLiteral("TZ=UTC"), QStringLiteral("LC_ALL=C"), cryptsetupProgram(),
                                       QStringLiteral("bitlkDump"), image });
    INFO("cryptsetup bitlkDump " << image.toStdString() << ": " << result.errText().toStdString());
    REQUIRE(result.exitCode == 0);
    BitlkDump dump;
    bool inFvek = false;
    const QStringList lines = result.outText().split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("Info for BITLK")))
            dump.toGo = line.contains(QLatin1String("To Go"));
        if (line.startsWith(QLatin1String("Metadata segments")))
            break;
        const QString trimmed = line.trimmed();
        if (trimmed.endsWith(QLatin1String(": VMK"))) {
            dump.vmks.append(DumpedVmk{});
            continue;
        }
        if (trimmed.endsWith(QLatin1String(": FVEK"))) {
            inFvek = true;
            continue;
        }
        const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
        if (colon > 0)
            parseDumpLine(dump, trimmed.left(colon), trimmed.mid(colon + 1).trimmed(), inFvek);
    }
    return dump;
}

// The reader's readable name for what cryptsetup calls the cipher mode and the key size in bits.
inline QString encryptionNameFromDump(const BitlkDump& dump)
{
    if (dump.cipherMode == QLatin1String("xts-plain64"))
        return QStringLiteral("AES-XTS %1").arg(dump.keyBits / 2);
    if (dump.cipherMode == QLatin1String("cbc-elephant"))
        return QStringLiteral("AES-CBC %1 with Elephant diffuser").arg(dump.keyBits / 2);
    if (dump.cipherMode == QLatin1String("cbc-eboiv"))
        return QStringLiteral("AES-CBC %1").arg(dump.keyBits);
    return QStringLiteral("?");
}

// A real LUKS2 header written by cryptsetup (it needs no root on a file). Should that fail, only the
// LUKS magic is written, which is all the probe looks at.
inline QString makeLuksVolume(const ScratchDir& scratch)
{
#if !defined(Q_OS_LINUX) // cryptsetup is Linux's: elsewhere the LUKS 2 header starts as it would
    return scratch.write(QStringLiteral("luks.img"), QByteArray("LUKS\xba\xbe\x00\x02", 8) + QByteArray(4096, '\0'));
#else
    const QString path = scratch.write(QStringLiteral("luks.img"), QByteArray(16 << 20, '\0'));
    const ProcessResult formatted
        = run(cryptsetupProgram(),
              { QStringLiteral("luksFormat"), QStringLiteral("--batch-mode"), QStringLiteral("--type"),
                QStringLiteral("luks2"), QStringLiteral("--pbkdf"), QStringLiteral("pbkdf2"),
                QStringLiteral("--pbkdf-force-iterations"), QStringLiteral("1000"), QStringLiteral("--key-file"),
                QStringLiteral("-"), path },
              QByteArray("not a real secret"));
    if (formatted.exitCode != 0) {
        WARN("cryptsetup luksFormat failed here (" << formatted.errText().toStdString()
                                                   << "): writing the LUKS magic by hand");
        scratch.write(QStringLiteral("luks.img"), QByteArray("LUKS\xba\xbe\x00\x02", 8) + QByteArray(4096, '\0'));
    }
    return path;
#endif
}

} // namespace keyhaven::test
