// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven-cli account add|list|remove: the accounts keys can be uploaded to (escrow.md).
#include "Cli.h"

#include "accounts/AccountSetup.h"
#include "accounts/AccountStore.h"
#include "accounts/KeychainSecretStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#endif

namespace keyhaven::cli {

namespace {

constexpr qint64 MaximumPassword = 4096;

// The password from standard input: hidden when typed at a terminal, else everything piped in.
SecureBytes readPassword(const QString& accountName, bool* ok)
{
    SecureBytes password;
    *ok = true;
#if defined(Q_OS_UNIX)
    if (::isatty(STDIN_FILENO) == 1) {
        std::fputs(qPrintable(Cli::tr("Password or app password for “%1” (not shown): ").arg(accountName)), stderr);
        termios saved {};
        const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
        termios hidden = saved;
        hidden.c_lflag &= static_cast<tcflag_t>(~ECHO);
        if (terminal)
            ::tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
        char c = 0;
        while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n' && password.size() < MaximumPassword)
            password.append(c);
        c = 0;
        if (terminal)
            ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputc('\n', stderr);
        return password;
    }
#endif
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        *ok = false;
        return password;
    }
    char buffer[512];
    qint64 n = 0;
    while ((n = input.read(buffer, sizeof buffer)) > 0 && password.size() < MaximumPassword)
        password.append(buffer, static_cast<std::size_t>(n));
    wipe(buffer, sizeof buffer);
    std::size_t size = password.size();
    while (size > 0 && (password.data()[size - 1] == '\n' || password.data()[size - 1] == '\r'))
        --size;
    password.resize(size);
    return password;
}

// Checks what was typed with the rules every account meets (AccountSetup); returns the account or prints why not.
std::optional<Account> accountFromOptions(const QCommandLineParser& parser, const QString& name)
{
    Account account;
    account.name = name;
    const auto kind = accountKindFromName(parser.value(QStringLiteral("kind")));
    account.kind = kind.value_or(AccountKind::WebDav);
    account.url = QUrl(parser.value(QStringLiteral("url")), QUrl::StrictMode);
    account.user = parser.value(QStringLiteral("user"));
    account.caBundle = parser.value(QStringLiteral("ca"));
    account.clientCert = parser.value(QStringLiteral("client-cert"));
    account.folder = parser.value(QStringLiteral("folder"));
    QString problem = AccountRules::checkName(name);
    if (problem.isEmpty() && !kind)
        problem = Cli::tr("Say which kind of account with --kind crypt or --kind webdav.");
    if (problem.isEmpty())
        problem = AccountSetup::complete(account, parser.isSet(QStringLiteral("folder")));
    if (!problem.isEmpty()) {
        Cli::error(problem);
        return std::nullopt;
    }
    return account;
}

int addAccount(const QCommandLineParser& parser, const QString& name)
{
    const std::optional<Account> account = accountFromOptions(parser, name);
    if (!account)
        return UsageError;
    bool readable = true;
    const SecureBytes password = readPassword(name, &readable);
    if (!readable) {
        Cli::error(Cli::tr("Could not read the password from standard input."));
        return Environment;
    }
    if (const QString problem = AccountSetup::checkPassword(*account, password); !problem.isEmpty()) {
        Cli::error(Cli::tr("Give the account's password (or app password) on standard input."));
        return UsageError;
    }
    KeychainSecretStore keychain;
    const AccountSetup::Saved saved = AccountSetup::save(*account, password, keychain);
    if (!saved.ok) {
        Cli::error(saved.keychainProblem.isEmpty()
                       ? Cli::tr("Could not write the settings; the account was not added.")
                       : Cli::tr("The account was not added: %1").arg(saved.keychainProblem));
        return Environment;
    }
    Cli::out(saved.existed ? Cli::tr("Account “%1” updated.").arg(name) : Cli::tr("Account “%1” added.").arg(name));
    if (!password.isEmpty())
        Cli::out(Cli::tr("Its password is in the system keychain, not in a file."));
    return Success;
}

QString passwordState(KeychainSecretStore& keychain, const Account& account)
{
    const SecretStore::Result result = keychain.read(SecretStore::accountPasswordKey(account.name));
    switch (result.status) {
    case SecretStore::Result::Status::Ok:
        return QStringLiteral("stored");
    case SecretStore::Result::Status::NotFound:
        return QStringLiteral("missing");
    case SecretStore::Result::Status::Unavailable:
    case SecretStore::Result::Status::Failed:
        break;
    }
    return QStringLiteral("unavailable");
}

int listAccounts(bool asJson)
{
    KeychainSecretStore keychain;
    QJsonArray array;
    const QList<Account> accounts = AccountStore().accounts();
    for (const Account& account : accounts) {
        const QString password = passwordState(keychain, account);
        array.append(QJsonObject {
            { QStringLiteral("name"), account.name },
            { QStringLiteral("kind"), accountKindName(account.kind) },
            { QStringLiteral("url"), account.url.toString() },
            { QStringLiteral("user"), account.user },
            { QStringLiteral("ca"), account.caBundle },
            { QStringLiteral("clientCert"), account.clientCert },
            { QStringLiteral("folder"), account.folder },
            { QStringLiteral("password"), password },
        });
        if (!asJson)
            Cli::out(Cli::tr("%1  %2  %3  user %4  password %5")
                         .arg(account.name, accountKindName(account.kind), account.url.toString(), account.user,
                              password == QLatin1String("stored")        ? Cli::tr("in the keychain")
                                  : password == QLatin1String("missing") ? Cli::tr("not set")
                                                                         : Cli::tr("keychain unavailable")));
    }
    if (asJson)
        Cli::json(QJsonDocument(QJsonObject { { QStringLiteral("accounts"), array } }));
    else if (accounts.isEmpty())
        Cli::out(Cli::tr("No accounts. Add one with “keyhaven-cli account add NAME --kind crypt|webdav --url URL "
                         "--user USER”."));
    return Success;
}

int removeAccount(const QString& name)
{
    KeychainSecretStore keychain;
    const AccountSetup::Removed removed = AccountSetup::remove(name, keychain);
    if (!removed.found) {
        Cli::error(Cli::tr("There is no account called “%1”.").arg(name));
        return Negative;
    }
    for (const QString& upload : removed.dropped)
        Cli::out(Cli::tr("The upload of key %1 waiting for this account was dropped.").arg(upload));
    for (const QString& problem : removed.problems)
        Cli::error(problem);
    if (!removed.removed)
        return Environment;
    Cli::out(Cli::tr("Account “%1” removed.").arg(name));
    return removed.problems.isEmpty() ? Success : Environment;
}

} // namespace

int runAccount(const QStringList& arguments)
{
    QCommandLineParser parser;
    Cli::setUpParser(parser, QStringLiteral("account"),
                     Cli::tr("Manages the accounts keys can be uploaded to: “add NAME” (the password comes on "
                             "standard input and goes into the system keychain), “list”, “remove NAME”."));
    parser.addPositionalArgument(QStringLiteral("action"), Cli::tr("add, list or remove"));
    parser.addPositionalArgument(QStringLiteral("name"), Cli::tr("The account's name, e.g. work."),
                                 QStringLiteral("[NAME]"));
    parser.addOption({ QStringLiteral("kind"), Cli::tr("crypt (a Crypt Server) or webdav (Nextcloud, ownCloud, …)."),
                       QStringLiteral("KIND") });
    parser.addOption({ QStringLiteral("url"),
                       Cli::tr("The server: the Crypt Server's base address, or the WebDAV "
                               "root of your files."),
                       QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("user"), Cli::tr("The user name on the server."), QStringLiteral("USER") });
    parser.addOption({ QStringLiteral("ca"), Cli::tr("Also trust the certificate authorities in FILE (PEM)."),
                       QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("client-cert"),
                       Cli::tr("Identify with the client certificate and private key in FILE (PEM, mutual TLS)."),
                       QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("folder"), Cli::tr("WebDAV: the folder to upload into (default: Keyhaven)."),
                       QStringLiteral("F") });
    if (auto stop = Cli::parse(parser, arguments))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString name = positional.value(1);
    if (action == QLatin1String("list") && positional.size() == 1)
        return listAccounts(parser.isSet(QStringLiteral("json")));
    if (action == QLatin1String("add") && positional.size() == 2)
        return addAccount(parser, name);
    if (action == QLatin1String("remove") && positional.size() == 2)
        return removeAccount(name);
    Cli::error(Cli::tr("Use “account add NAME --kind crypt|webdav --url URL --user USER”, “account list” or "
                       "“account remove NAME”."));
    return UsageError;
}

} // namespace keyhaven::cli
