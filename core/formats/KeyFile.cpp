// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyFile.h"

#include "BekFile.h"
#include "DecodedText.h"
#include "FdesetupPlist.h"
#include "GraphJson.h"
#include "JsonInput.h"
#include "ManageBdeOutput.h"
#include "PowerShellJson.h"
#include "RecoveryTextFile.h"
#include "SheetImage.h"
#include "TextScan.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace keyhaven {

namespace {

constexpr qint64 ReadChunk = 16 * 1024;

// One reader's findings, and the name it records in each key.
struct ReaderResult
{
    FormatResult result;
    QLatin1String format;
};

struct Dispatched
{
    QList<ReaderResult> readers; // the readers that recognised the bytes
    QStringList problems; // why none did, when none did
};

Dispatched readJson(QByteArrayView bytes)
{
    const JsonInput input = parseJsonInput(bytes);
    if (input.document.isNull())
        return { {}, { input.error } };
    if (FormatResult powerShell = readPowerShellJson(bytes); powerShell.recognised)
        return { { { std::move(powerShell), formats::PowerShellJson } }, {} };
    if (FormatResult graph = readGraphJson(bytes); graph.recognised)
        return { { { std::move(graph), formats::GraphJson } }, {} };
    return { {},
             { KeyFile::tr("No recovery key found: the file is JSON but not PowerShell or Microsoft Graph output.") } };
}

Dispatched readXml(QByteArrayView bytes)
{
    if (FormatResult plist = readFdesetupPlist(bytes); plist.recognised)
        return { { { std::move(plist), formats::FdesetupPlist } }, {} };
    return { {}, { KeyFile::tr("No recovery key found: the file is XML but not a property list from fdesetup.") } };
}

// Plain text: manage-bde output has its protector IDs in braces; otherwise a recovery text file
// (BitLocker, FileVault, or a note holding both) found by the shapes of keys and IDs.
Dispatched readText(QByteArrayView bytes, const DecodedText& text)
{
    const TextShapes shapes = textShapesOf(text.lines());
    FormatResult fileVault = readFileVaultTextFile(bytes);
    if (shapes.bracedGuid && !fileVault.recognised)
        return { { { readManageBdeOutput(bytes), formats::ManageBde } }, {} };

    Dispatched dispatched;
    if (shapes.recoveryPassword || (shapes.guid && !fileVault.recognised))
        dispatched.readers.append({ readRecoveryTextFile(bytes), formats::RecoveryTextFile });
    if (fileVault.recognised)
        dispatched.readers.append({ std::move(fileVault), formats::FileVaultTextFile });
    if (dispatched.readers.isEmpty())
        dispatched.problems.append(KeyFile::tr("No recovery key found: the file holds neither a BitLocker recovery "
                                               "key (48 digits in 8 groups) nor a FileVault recovery key."));
    return dispatched;
}

Dispatched dispatch(QByteArrayView bytes)
{
    if (SheetImage::looksLikeImage(bytes))
        return { { { SheetImage::read(bytes), formats::SheetQrCode } }, {} };
    if (looksLikeBekFile(bytes))
        return { { { readBekFile(bytes), formats::Bek } }, {} };
    const DecodedText text(bytes);
    const QChar first = text.firstNonSpace();
    if (first == QLatin1Char('{') || first == QLatin1Char('['))
        return readJson(bytes);
    if (first == QLatin1Char('<'))
        return readXml(bytes);
    if (!text.looksLikeText())
        return { {}, { KeyFile::tr("No recovery key found: the file is neither text nor a BitLocker .BEK file.") } };
    return readText(bytes, text);
}

qint64 maximumSizeFor(QByteArrayView firstBytes)
{
    return SheetImage::looksLikeImage(firstBytes) ? SheetImage::MaximumSize : KeyFile::MaximumSize;
}

bool sameKey(const RecoveryKey& a, const RecoveryKey& b)
{
    return a.kind == b.kind && a.id == b.id && a.secret == b.secret;
}

QString withSource(const QString& source, const QString& message)
{
    return source.isEmpty() ? message : KeyFile::tr("%1: %2").arg(source, message);
}

KeyFileContents failure(KeyFileContents::Status status, const QString& source, const QString& message)
{
    KeyFileContents contents;
    contents.status = status;
    contents.problems.append(withSource(source, message));
    return contents;
}

} // namespace

KeyFileContents KeyFile::readBytes(QByteArrayView bytes, const QString& source)
{
    if (bytes.isEmpty())
        return failure(KeyFileContents::Status::NoKeyMaterial, source, tr("The file is empty."));
    const qint64 limit = maximumSizeFor(bytes);
    if (bytes.size() > limit)
        return failure(KeyFileContents::Status::TooLarge, source,
                       tr("The file has %L1 bytes, more than any key file (at most %L2).").arg(bytes.size()).arg(limit));

    KeyFileContents contents;
    Dispatched dispatched = dispatch(bytes);
    for (ReaderResult& reader : dispatched.readers) {
        for (RecoveryKey& key : reader.result.keys) {
            const bool duplicate = std::any_of(contents.keys.cbegin(), contents.keys.cend(),
                                               [&key](const RecoveryKey& other) { return sameKey(key, other); });
            if (duplicate)
                continue;
            key.source = source;
            key.format = reader.format;
            contents.keys.append(std::move(key));
        }
        dispatched.problems += reader.result.problems;
    }
    for (const QString& problem : std::as_const(dispatched.problems))
        contents.problems.append(withSource(source, problem));
    contents.status = contents.keys.isEmpty() ? KeyFileContents::Status::NoKeyMaterial : KeyFileContents::Status::Ok;
    if (contents.keys.isEmpty() && contents.problems.isEmpty())
        contents.problems.append(withSource(source, tr("No recovery key found in the file.")));
    return contents;
}

KeyFileContents KeyFile::read(const QString& path)
{
    using Status = KeyFileContents::Status;
    const QFileInfo info(path);
    if (!info.exists())
        return failure(Status::NotFound, path, tr("There is no such file."));
    if (info.isDir())
        return failure(Status::NotAFile, path, tr("This is a folder, not a file."));
    if (!info.isFile())
        return failure(Status::NotAFile, path, tr("This is not a regular file (it is a device, a pipe or a socket)."));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return failure(Status::Unreadable, path, tr("The file cannot be opened: %1").arg(file.errorString()));
    SecureBytes data;
    char chunk[ReadChunk];
    qint64 count = file.read(chunk, ReadChunk);
    // A photo of the sheet may be larger than any key file: the first bytes say which limit holds.
    const qint64 limit = count > 0 ? maximumSizeFor(QByteArrayView(chunk, count)) : MaximumSize;
    if (info.size() > limit) {
        wipe(chunk, sizeof chunk);
        return failure(Status::TooLarge, path,
                       tr("The file has %L1 bytes, more than any key file (at most %L2).").arg(info.size()).arg(limit));
    }
    for (; count > 0 && data.size() <= static_cast<std::size_t>(limit); count = file.read(chunk, ReadChunk))
        data.append(chunk, static_cast<std::size_t>(count));
    wipe(chunk, sizeof chunk);
    if (count < 0)
        return failure(Status::Unreadable, path, tr("The file cannot be read: %1").arg(file.errorString()));
    if (data.size() > static_cast<std::size_t>(limit))
        return failure(Status::TooLarge, path, tr("The file grew to more than any key file while it was read."));
    return readBytes(QByteArrayView(reinterpret_cast<const char*>(data.data()), static_cast<qsizetype>(data.size())),
                     path);
}

} // namespace keyhaven
