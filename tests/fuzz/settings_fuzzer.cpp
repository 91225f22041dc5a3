// SPDX-License-Identifier: GPL-3.0-or-later
// Keyhaven's own files, damaged or hostile: the settings (accounts and pending uploads, INI) and the ledger
// (JSON). The input is written to a file once per run and read back by every reader. Saving an account
// into a damaged settings file must never lose or move one that could be read before (checked here).
#include "accounts/AccountStore.h"
#include "accounts/PendingUploads.h"
#include "accounts/SecretStore.h"
#include "backup/Ledger.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <algorithm>
#include <cstdlib>

namespace {

class NoSecrets : public keyhaven::SecretStore
{
public:
    Result read(const QString&) override { return { Result::Status::NotFound, {}, {} }; }
    Result write(const QString&, const keyhaven::SecureBytes&) override { return { Result::Status::Ok, {}, {} }; }
    Result remove(const QString&) override { return { Result::Status::Ok, {}, {} }; }
};

QString writeInput(const QString& name, QByteArrayView bytes)
{
    static QTemporaryDir directory;
    const QString path = directory.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    file.write(bytes.data(), bytes.size());
    return path;
}

void checkAccountsSurviveASave(const QString& settingsFile)
{
    keyhaven::AccountStore store(settingsFile);
    if (!store.health().ok())
        return; // a damaged file is never rewritten: save() refuses, and the tests check that
    const QList<keyhaven::Account> accounts = store.accounts();
    keyhaven::Account added;
    added.name = QStringLiteral("fuzz-added");
    added.kind = keyhaven::AccountKind::WebDav;
    added.url = QUrl(QStringLiteral("https://example.invalid/dav/"));
    if (!store.save(added))
        return;
    const QList<keyhaven::Account> after = store.accounts();
    for (const keyhaven::Account& account : accounts)
        if (account.name != added.name
            && std::none_of(after.begin(), after.end(), [&](const keyhaven::Account& kept) {
                   return kept.name == account.name && kept.url == account.url && kept.user == account.user;
               }))
            std::abort(); // an account was lost or changed by saving another one
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    const QString settingsFile = writeInput(QStringLiteral("keyhaven.conf"), bytes);
    const keyhaven::AccountStore store(settingsFile);
    (void)store.health();
    (void)store.accounts();
    (void)store.find(QStringLiteral("work"));
    NoSecrets secrets;
    (void)keyhaven::PendingUploads(secrets, settingsFile).list();
    checkAccountsSurviveASave(settingsFile);

    const QString ledgerFile = writeInput(QStringLiteral("ledger.json"), bytes);
    QList<keyhaven::LedgerEntry> entries;
    QString error;
    (void)keyhaven::Ledger(ledgerFile).load(&entries, &error);
    return 0;
}
