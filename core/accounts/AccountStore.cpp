// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountStore.h"

#include <QSettings>

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

bool AccountStore::save(const Account& account)
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
    settings->sync();
    return settings->status() == QSettings::NoError;
}

bool AccountStore::remove(const QString& name)
{
    auto settings = openSettings(m_settingsFile);
    settings->beginGroup(group);
    settings->remove(name);
    settings->endGroup();
    settings->sync();
    return settings->status() == QSettings::NoError;
}

} // namespace keyhaven
