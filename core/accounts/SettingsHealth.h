// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace keyhaven {

// Whether the settings file that holds the accounts and the pending uploads can be trusted. QSettings reads
// a damaged INI file without a word (a broken section header moves the accounts after it into another
// section, and a rewrite would keep them there), so the file's lines are checked here before anything
// is shown or written. A damaged file is never rewritten: a copy of it is kept and the user is told where.
struct SettingsHealth
{
    Q_DECLARE_TR_FUNCTIONS(SettingsHealth)

public:
    enum class Status {
        Ok, // readable and well formed, or not there yet
        Unreadable, // there, but cannot be read (permissions, I/O)
        Damaged, // not a well-formed settings file, or the accounts in it are not whole
    };
    Status status = Status::Ok;
    QString problem; // translated; empty when Ok
    QString backup; // the copy kept of a damaged file; empty when none was made

    bool ok() const { return status == Status::Ok; }

    // Checks `settingsFile` (empty: the app's own settings file).
    static SettingsHealth check(const QString& settingsFile);
    // Keeps a copy of a damaged settings file beside it ("keyhaven.conf.damaged-20260105-101500") once, and
    // says so in `problem`. Returns the health with `backup` set, or the problem of making the copy.
    static SettingsHealth keepCopy(SettingsHealth health, const QString& settingsFile);
    // The file behind `settingsFile` (empty: the app's own).
    static QString path(const QString& settingsFile);
};

} // namespace keyhaven
