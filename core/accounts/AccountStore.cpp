// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountStore.h"

#include <QSettings>

#include <algorithm>

namespace keyhaven {

namespace {

const QString group = QStringLiteral("accounts");

Account readAccount(QSettings& settings, const QString& name)
{
    Account account;
    account.name = name;
    account.kind = accountKindFromName(settings.value(QStringLiteral("kind")).toString()).value_or(AccountKind::WebDav);
    account.url = QUrl(settings.value(QStringLiteral("url")).toString());
    account.user = settings.value(QStringLiteral("user")).toString();
    account.caBundle = settings.value(QStringLiteral("caBundle")).toString();
    account.clientCert = settings.value(QStringLiteral("clientCert")).toString();
    account.folder = settings.value(QStringLiteral("folder")).toString();
    return account;
}

} // namespace

AccountStore::AccountStore(QString settingsFile)
    : m_settingsFile(std::move(settingsFile))
{
}

std::unique_ptr<QSettings> AccountStore::openSettings(const QString& settingsFile)
{
    if (settingsFile.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);
}

QList<Account> AccountStore::accounts() const
{
    auto settings = openSettings(m_settingsFile);
    settings->beginGroup(group);
    QList<Account> result;
    const QStringList names = settings->childGroups();
    for (const QString& name : names) {
        settings->beginGroup(name);
        result.append(readAccount(*settings, name));
        settings->endGroup();
    }
    return result;
}

std::optional<Account> AccountStore::find(const QString& name) const
{
    auto settings = openSettings(m_settingsFile);
    settings->beginGroup(group);
    if (name.isEmpty() || !settings->childGroups().contains(name))
        return std::nullopt;
    settings->beginGroup(name);
    return readAccount(*settings, name);
}

SettingsHealth AccountStore::health() const
{
    return SettingsHealth::check(m_settingsFile);
}

bool AccountStore::writable()
{
    m_lastError.clear();
    const SettingsHealth checked = SettingsHealth::keepCopy(health(), m_settingsFile);
    if (!checked.ok())
        m_lastError = checked.problem;
    return checked.ok();
}

bool AccountStore::written(QSettings& settings)
{
    settings.sync();
    if (settings.status() == QSettings::NoError)
        return true;
    m_lastError = SettingsHealth::tr("The settings file %1 could not be written.").arg(settings.fileName());
    return false;
}

bool AccountStore::save(const Account& account)
{
    if (!writable())
        return false;
    const QList<Account> before = accounts();
    {
        auto settings = openSettings(m_settingsFile);
        settings->beginGroup(group);
        settings->remove(account.name);
        settings->beginGroup(account.name);
        settings->setValue(QStringLiteral("kind"), accountKindName(account.kind));
        settings->setValue(QStringLiteral("url"), account.url.toString());
        settings->setValue(QStringLiteral("user"), account.user);
        settings->setValue(QStringLiteral("caBundle"), account.caBundle);
        settings->setValue(QStringLiteral("clientCert"), account.clientCert);
        settings->setValue(QStringLiteral("folder"), account.folder);
        settings->endGroup();
        settings->endGroup();
        if (!written(*settings))
            return false;
    }
    // Read back from the file: the words "added" and "updated" are promises.
    const std::optional<Account> stored = find(account.name);
    const bool same = stored && stored->kind == account.kind && stored->url == account.url
        && stored->user == account.user && stored->caBundle == account.caBundle
        && stored->clientCert == account.clientCert && stored->folder == account.folder;
    const QList<Account> after = accounts();
    const bool othersKept = std::all_of(before.begin(), before.end(), [&](const Account& earlier) {
        return earlier.name == account.name
            || std::any_of(after.begin(), after.end(), [&](const Account& now) { return now.name == earlier.name; });
    });
    if (!same || !othersKept || !health().ok()) {
        m_lastError = SettingsHealth::tr("The settings file %1 did not hold the accounts as written when read "
                                         "back.")
                          .arg(SettingsHealth::path(m_settingsFile));
        return false;
    }
    return true;
}

bool AccountStore::remove(const QString& name)
{
    if (!writable())
        return false;
    auto settings = openSettings(m_settingsFile);
    settings->beginGroup(group);
    settings->remove(name);
    settings->endGroup();
    return written(*settings);
}

} // namespace keyhaven
