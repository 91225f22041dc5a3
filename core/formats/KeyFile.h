// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/RecoveryKey.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace keyhaven {

// What reading one file of key material gave.
struct KeyFileContents
{
    enum class Status {
        Ok,            // at least one key was found
        NoKeyMaterial, // the file was read but holds no usable key (problems say why)
        NotFound,
        NotAFile,      // a directory, a device, …
        Unreadable,    // permissions or an I/O error
        TooLarge,      // far larger than any key file
    };

    Status status = Status::NoKeyMaterial;
    QList<RecoveryKey> keys;
    // Why nothing, or not everything, was read: translated, naming the line or group, never the key.
    QStringList problems;
};

// Reads a file of any supported format: recognises it by its content, not its name, and
// dispatches to the reader for that format. A file may hold several keys.
class KeyFile
{
    Q_DECLARE_TR_FUNCTIONS(KeyFile)

public:
    static constexpr qint64 MaximumSize = 1024 * 1024;

    static KeyFileContents read(const QString& path);
    // `source` is recorded in each key and used in messages.
    static KeyFileContents readBytes(QByteArrayView bytes, const QString& source);
};

} // namespace keyhaven
