// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Account.h"
#include "SettingsHealth.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace keyhaven {

// The accounts, kept in the app's settings (QSettings: ~/.config/Keyhaven/keyhaven.conf on Linux).
// Holds no password: AccountTarget and the CLI read that from the SecretStore.
class AccountStore
{
public:
    // `settingsFile` empty: the app's own settings.
    explicit AccountStore(QString settingsFile = {});

    // What can be read; check health() to know whether that is all there is.
    QList<Account> accounts() const;
    std::optional<Account> find(const QString& name) const;
    // Whether the settings file is whole (see SettingsHealth). A damaged file is never rewritten.
    SettingsHealth health() const;
    // Adds or replaces the account of that name, then reads the file back: true only when the account is
    // there as given and every other account is still there. False otherwise, with lastError() saying why
    // (a damaged file is left alone, and a copy of it kept).
    bool save(const Account& account);
    bool remove(const QString& name);
    // Translated: why the last save() or remove() failed; empty after one that worked.
    QString lastError() const { return m_lastError; }

    // The app's settings, or the file given (shared with PendingUploads).
    static std::unique_ptr<QSettings> openSettings(const QString& settingsFile);

private:
    // Checks the file before a write; false (and lastError) when it must not be written.
    bool writable();
    bool written(QSettings& settings);

    QString m_settingsFile;
    QString m_lastError;
};

} // namespace keyhaven
