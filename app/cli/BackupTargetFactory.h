// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupTarget.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace keyhaven::cli {

// Makes the backup target that a `--to SCHEME[:ARGUMENT]` option names. The table of schemes is in
// BackupTargetFactory.cpp: add a line there for a new kind of target.
class BackupTargetFactory
{
    Q_DECLARE_TR_FUNCTIONS(BackupTargetFactory)

public:
    // Builds one target from its argument (the part after the first colon, possibly empty).
    // Returns null and sets `error` (translated) when the argument does not fit.
    using Maker = std::unique_ptr<BackupTarget> (*)(const QString& argument, QString* error);

    struct Scheme
    {
        const char* name;    // "text", "usb", …
        const char* syntax;  // for the help: "text:DIR"
        Maker make;
    };

    // Returns null and sets `error` for an unknown scheme or a bad argument.
    static std::unique_ptr<BackupTarget> make(const QString& spec, QString* error);
    static QStringList syntaxes(); // every "scheme:ARGUMENT" form, for --help
};

} // namespace keyhaven::cli
