// SPDX-License-Identifier: GPL-3.0-or-later
#include "Account.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace keyhaven {

QString accountKindName(AccountKind kind)
{
    return kind == AccountKind::CryptServer ? QStringLiteral("crypt") : QStringLiteral("webdav");
}

std::optional<AccountKind> accountKindFromName(QStringView name)
{
    if (name == QLatin1String("crypt"))
        return AccountKind::CryptServer;
    if (name == QLatin1String("webdav"))
        return AccountKind::WebDav;
    return std::nullopt;
}

QString AccountRules::checkName(const QString& name)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!allowed.match(name).hasMatch())
        return tr("“%1” cannot be an account name: use up to 64 letters, digits, dots, dashes or underscores, "
                  "starting with a letter or digit.")
            .arg(name);
    return {};
}

bool AccountRules::isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString AccountRules::checkUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("“%1” is not a server address; write it like https://keys.example.org/.")
            .arg(url.toString(QUrl::RemoveUserInfo));
    if (!url.userInfo().isEmpty())
        return tr("Leave the user name and password out of the address; give the user name on its own.");
    if (url.hasQuery() || url.hasFragment())
        return tr("The server address must not have a query (?) or fragment (#).");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http"))
        return isLoopback(url) ? QString()
                               : tr("Plain http:// sends the key unprotected over the network; use https:// "
                                    "(http:// is accepted only for this computer itself).");
    return tr("“%1” is not a web address; use https://.").arg(url.scheme());
}

} // namespace keyhaven
