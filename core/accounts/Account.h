// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace keyhaven {

// Where a user can upload a key (escrow.md): a Crypt Server, or a WebDAV storage such as Nextcloud.
enum class AccountKind { CryptServer, WebDav };

QString accountKindName(AccountKind kind); // "crypt", "webdav"
std::optional<AccountKind> accountKindFromName(QStringView name);

// One account's settings. Never its password: that lives only in the system keychain.
struct Account
{
    QString name;
    AccountKind kind = AccountKind::WebDav;
    QUrl url; // Crypt Server: the base before /checkin/; WebDAV: the root of the user's files
    QString user;
    QString caBundle; // PEM file with extra certificate authorities to trust, or empty
    QString clientCert; // PEM file with a client certificate and its unencrypted private key (mutual TLS)
    QString folder; // WebDAV only: the folder the files go into, relative to `url`

    static constexpr QLatin1String DefaultFolder { "Keyhaven" };
};

// Checks what people type when adding an account; the answers are translated, empty when fine.
class AccountRules
{
    Q_DECLARE_TR_FUNCTIONS(AccountRules)

public:
    static QString checkName(const QString& name);
    // HTTPS only; plain http:// only to a loopback address (escrow.md §3).
    static QString checkUrl(const QUrl& url);
    static bool isLoopback(const QUrl& url);
};

} // namespace keyhaven
