// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Account.h"

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

    QList<Account> accounts() const;
    std::optional<Account> find(const QString& name) const;
    // Adds or replaces the account of that name. False when the settings could not be written.
    bool save(const Account& account);
    bool remove(const QString& name);

    // The app's settings, or the file given (shared with PendingUploads).
    static std::unique_ptr<QSettings> openSettings(const QString& settingsFile);

private:
    QString m_settingsFile;
};

} // namespace keyhaven
