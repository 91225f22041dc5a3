// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryTextFileWriter.h"

#include <QCoreApplication>

namespace keyhaven {

namespace {

constexpr QStringView lineEnd = u"\r\n";

void appendUtf16(SecureBytes& out, QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        out.append(static_cast<char>(u & 0xFF));
        out.append(static_cast<char>(u >> 8));
    }
}

void appendLine(SecureBytes& out, QStringView text = {})
{
    appendUtf16(out, text);
    appendUtf16(out, lineEnd);
}

// The key itself goes from its buffer into the file's, one character at a time, never through a QString.
void appendSecretLine(SecureBytes& out, const SecureBytes& secret)
{
    appendUtf16(out, u"\t");
    for (std::uint8_t byte : secret.bytes()) {
        out.append(static_cast<char>(byte));
        out.append('\0');
    }
    appendUtf16(out, lineEnd);
}

// What the Identifier: line says: the key ID, or for FileVault the Mac's serial number when that is all
// there is.
QString identifierOf(const RecoveryKey& key)
{
    if (key.id)
        return key.id->toString();
    return key.kind == KeyKind::FileVaultPersonalRecoveryKey ? key.identifier.trimmed() : QString();
}

// Keeps a file name portable: characters that some file system refuses become '_'.
QString portableFileNamePart(const QString& text)
{
    QString portable;
    for (QChar c : text) {
        const bool refused = c.unicode() < 0x20 || QStringView(u"<>:\"/\\|?*").contains(c);
        portable.append(refused ? QLatin1Char('_') : c);
    }
    return portable;
}

struct Sentences
{
    QString title;
    QString beforeIdentifier;
    QString beforeKey;
    QString beforeKeyWithoutIdentifier;
    QStringList closing;
};

// The file's sentences, in the UI language (translation context "RecoveryTextFileWriter").
class RecoveryTextFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryTextFileWriter)

public:
    static Sentences bitLockerSentences();
    static Sentences fileVaultSentences();
};

Sentences RecoveryTextFileWriter::bitLockerSentences()
{
    return {
        tr("BitLocker recovery key"),
        tr("When a computer asks for this recovery key, it shows a key ID. Check that the ID on the screen matches the "
           "start of the identifier below before you use this key."),
        tr("If the two IDs match, type the following 48 digits on the recovery screen to unlock the drive."),
        tr("Type the following 48 digits on the recovery screen to unlock the drive."),
        { tr("If the ID on the screen is different, this key belongs to another drive: find the copy whose identifier "
             "matches."),
          tr("Keep this file away from the computer it unlocks, and let no one else read it.") },
    };
}

Sentences RecoveryTextFileWriter::fileVaultSentences()
{
    return {
        tr("FileVault recovery key"),
        tr("This is the personal recovery key of a Mac whose disk is encrypted with FileVault. The identifier below "
           "tells which Mac or volume it belongs to."),
        tr("When the Mac asks for its recovery key, type the following key exactly as written: capital letters, with "
           "the dashes."),
        tr("When the Mac asks for its recovery key, type the following key exactly as written: capital letters, with "
           "the dashes."),
        { tr("Keep this file away from the Mac it unlocks, and let no one else read it.") },
    };
}

} // namespace

SecureBytes recoveryTextFileBytes(const RecoveryKey& key)
{
    if (key.kind == KeyKind::BitLockerExternalKey)
        return {};
    const Sentences sentences
        = key.kind == KeyKind::FileVaultPersonalRecoveryKey ? RecoveryTextFileWriter::fileVaultSentences()
                                                            : RecoveryTextFileWriter::bitLockerSentences();
    const QString identifier = identifierOf(key);

    SecureBytes out;
    out.append("\xFF\xFE", 2);
    appendLine(out, sentences.title);
    appendLine(out);
    if (!identifier.isEmpty()) {
        appendLine(out, sentences.beforeIdentifier);
        appendLine(out);
        appendLine(out, u"Identifier:");
        appendLine(out);
        appendLine(out, QString(QLatin1Char('\t') + identifier));
        appendLine(out);
    }
    appendLine(out, identifier.isEmpty() ? sentences.beforeKeyWithoutIdentifier : sentences.beforeKey);
    appendLine(out);
    appendLine(out, u"Recovery Key:");
    appendLine(out);
    appendSecretLine(out, key.secret);
    appendLine(out);
    for (const QString& sentence : sentences.closing)
        appendLine(out, sentence);
    return out;
}

QString recoveryTextFileName(const RecoveryKey& key)
{
    const QString identifier = portableFileNamePart(identifierOf(key));
    switch (key.kind) {
    case KeyKind::BitLockerRecoveryPassword:
        return identifier.isEmpty() ? QStringLiteral("BitLocker Recovery Key.TXT")
                                    : QStringLiteral("BitLocker Recovery Key %1.TXT").arg(identifier);
    case KeyKind::FileVaultPersonalRecoveryKey: {
        // Without a volume UUID or serial number, the Mac's name keeps two Macs' files apart.
        const QString mac = identifier.isEmpty() ? portableFileNamePart(key.deviceName.trimmed()) : identifier;
        return mac.isEmpty() ? QStringLiteral("FileVault Recovery Key.txt")
                             : QStringLiteral("FileVault Recovery Key %1.txt").arg(mac);
    }
    case KeyKind::BitLockerExternalKey:
        break;
    }
    return {};
}

} // namespace keyhaven
