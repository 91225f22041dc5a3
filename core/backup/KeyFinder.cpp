// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyFinder.h"

#include "formats/KeyFile.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace keyhaven {

namespace {

// ASCII letters to lower case; every other byte as it is (UTF-16 zero bytes stay zero).
void lowerAscii(QByteArray& bytes)
{
    char* data = bytes.data();
    for (qsizetype i = 0, size = bytes.size(); i < size; ++i)
        if (data[i] >= 'A' && data[i] <= 'Z')
            data[i] = char(data[i] + ('a' - 'A'));
}

} // namespace

QStringList KeyFinder::Result::distinctIds() const
{
    QStringList ids;
    for (const RecoveryKey& key : matches)
        if (key.id && !ids.contains(key.id->toString()))
            ids.append(key.id->toString());
    return ids;
}

KeyFinder::KeyFinder(KeyIdPrefix prefix)
    : m_prefix(std::move(prefix))
{
    const QString first = m_prefix.hexDigits().left(KeyIdPrefix::MinimumDigits).toLower();
    m_asciiLower = first.toLatin1();
    // "6\0" "4\0" … "a" without the last zero byte: found in UTF-16LE and (one byte on) in UTF-16BE text.
    for (const char c : std::as_const(m_asciiLower)) {
        if (!m_utf16Lower.isEmpty())
            m_utf16Lower.append('\0');
        m_utf16Lower.append(c);
    }
    const QByteArray data1 = QByteArray::fromHex(m_asciiLower);
    m_binary = QByteArray(data1.size(), '\0');
    for (qsizetype i = 0; i < data1.size(); ++i)
        m_binary[i] = data1[data1.size() - 1 - i];
}

bool KeyFinder::mightContain(QByteArrayView bytes) const
{
    if (bytes.indexOf(m_binary) >= 0)
        return true;
    QByteArray lowered = bytes.toByteArray();
    lowerAscii(lowered);
    const bool found = lowered.contains(m_asciiLower) || lowered.contains(m_utf16Lower);
    wipe(lowered);
    return found;
}

void KeyFinder::searchFile(const QString& path, Result& result) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        result.skipped.append({ path, tr("%1 could not be read: %2").arg(path, file.errorString()) });
        return;
    }
    if (file.size() > KeyFile::MaximumSize) {
        result.skipped.append(
            { path, tr("%1 was skipped: at %2 bytes it is far larger than any key file.").arg(path).arg(file.size()) });
        return;
    }
    ++result.filesSearched;
    QByteArray bytes = file.read(KeyFile::MaximumSize + 1);
    if (mightContain(bytes)) {
        const KeyFileContents contents = KeyFile::readBytes(bytes, path);
        for (const RecoveryKey& key : contents.keys)
            if (key.id && key.id->matches(m_prefix))
                result.matches.append(key);
    }
    wipe(bytes);
}

KeyFinder::Result KeyFinder::search(const QStringList& paths) const
{
    Result result;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            result.missing.append(path);
            continue;
        }
        if (!info.isDir() && !info.isFile()) {
            result.skipped.append({ path, tr("%1 is neither a file nor a folder and was skipped.").arg(path) });
            continue;
        }
        if (!info.isDir()) {
            searchFile(path, result);
            continue;
        }
        if (!info.isReadable() || !info.isExecutable()) {
            result.skipped.append({ path, tr("The folder %1 could not be opened.").arg(path) });
            continue;
        }
        // Only regular files (and links to them): FIFOs and devices could block or never end.
        QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot | QDir::AllDirs,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            const QFileInfo entry = it.fileInfo();
            if (entry.isDir()) {
                if (!entry.isSymLink() && (!entry.isReadable() || !entry.isExecutable()))
                    result.skipped.append(
                        { entry.filePath(), tr("The folder %1 could not be opened.").arg(entry.filePath()) });
                continue;
            }
            searchFile(entry.filePath(), result);
        }
    }
    return result;
}

} // namespace keyhaven
