// SPDX-License-Identifier: GPL-3.0-or-later
// The rules that need no server: addresses, names, the check-in form, file names, back-off.
#include "accounts/Account.h"
#include "accounts/AccountStore.h"
#include "accounts/CryptServerProvider.h"
#include "accounts/PendingUploads.h"
#include "accounts/WebDavProvider.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QFile>

using namespace keyhaven;

TEST_CASE("Only HTTPS is accepted, and plain HTTP only to this computer", "[accounts][rules]")
{
    CHECK(AccountRules::checkUrl(QUrl(QStringLiteral("https://keys.example.org/"))).isEmpty());
    CHECK(AccountRules::checkUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/"))).isEmpty());
    CHECK(AccountRules::checkUrl(QUrl(QStringLiteral("http://localhost/"))).isEmpty());
    CHECK(AccountRules::checkUrl(QUrl(QStringLiteral("http://[::1]:81/"))).isEmpty());
    CHECK(AccountRules::checkUrl(QUrl(QStringLiteral("http://keys.example.org/"))).contains(QStringLiteral("https")));
    CHECK(AccountRules::checkUrl(QUrl(QStringLiteral("http://127.0.0.1.example.org/")))
              .contains(QStringLiteral("https")));
    CHECK_FALSE(AccountRules::checkUrl(QUrl(QStringLiteral("ftp://keys.example.org/"))).isEmpty());
    CHECK_FALSE(AccountRules::checkUrl(QUrl(QStringLiteral("https://bob:pw@keys.example.org/"))).isEmpty());
    CHECK_FALSE(AccountRules::checkUrl(QUrl(QStringLiteral("keys.example.org"))).isEmpty());
}

TEST_CASE("Account names are short and safe to use as keychain and settings keys", "[accounts][rules]")
{
    CHECK(AccountRules::checkName(QStringLiteral("work")).isEmpty());
    CHECK(AccountRules::checkName(QStringLiteral("home-nextcloud_2.0")).isEmpty());
    CHECK_FALSE(AccountRules::checkName(QString()).isEmpty());
    CHECK_FALSE(AccountRules::checkName(QStringLiteral("a/b")).isEmpty());
    CHECK_FALSE(AccountRules::checkName(QStringLiteral("-x")).isEmpty());
    CHECK_FALSE(AccountRules::checkName(QStringLiteral("with space")).isEmpty());
}

TEST_CASE("The check-in form is form-encoded with the documented fields", "[accounts][crypt]")
{
    const SecureBytes form
        = CryptServerProvider::checkInForm(QStringLiteral("C02X&1 Z"), SecureBytes::fromUtf8(QStringLiteral("1234-56")),
                                           QStringLiteral("anna"), QStringLiteral("anna's pc"));
    CHECK(QString::fromUtf8(form.view().data(), static_cast<qsizetype>(form.size()))
          == QStringLiteral("serial=C02X%261+Z&recovery_password=1234-56&username=anna&macname=anna%27s+pc"
                            "&secret_type=recovery_key"));
    const SecureBytes noName = CryptServerProvider::checkInForm(QStringLiteral("S1"), SecureBytes::fromUtf8(u"k"),
                                                                QStringLiteral("u"), QString());
    CHECK(QString::fromUtf8(noName.view().data(), static_cast<qsizetype>(noName.size()))
              .contains(QStringLiteral("macname=S1")));
}

TEST_CASE("A different file's name gets a number, before the extension", "[accounts][webdav]")
{
    CHECK(WebDavProvider::suffixedName(QStringLiteral("BitLocker Recovery Key X.TXT"), 1)
          == QStringLiteral("BitLocker Recovery Key X.TXT"));
    CHECK(WebDavProvider::suffixedName(QStringLiteral("BitLocker Recovery Key X.TXT"), 2)
          == QStringLiteral("BitLocker Recovery Key X (2).TXT"));
    CHECK(WebDavProvider::suffixedName(QStringLiteral("noext"), 3) == QStringLiteral("noext (3)"));
}

TEST_CASE("Pending uploads back off: 1, 2, 4 … minutes, at most a day", "[accounts][pending]")
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CHECK(now.secsTo(PendingUploads::nextRetryAfter(1, now)) == 60);
    CHECK(now.secsTo(PendingUploads::nextRetryAfter(2, now)) == 120);
    CHECK(now.secsTo(PendingUploads::nextRetryAfter(4, now)) == 480);
    CHECK(now.secsTo(PendingUploads::nextRetryAfter(40, now)) == 24 * 3600);
}

TEST_CASE("The account store keeps settings and never a password", "[accounts][store]")
{
    test::ScratchDir scratch;
    const QString file = scratch.file(QStringLiteral("settings.ini"));
    AccountStore store(file);
    Account account;
    account.name = QStringLiteral("cloud");
    account.kind = AccountKind::WebDav;
    account.url = QUrl(QStringLiteral("https://cloud.example.org/remote.php/dav/files/anna/"));
    account.user = QStringLiteral("anna");
    account.folder = QStringLiteral("Keys/Laptop");
    REQUIRE(store.save(account));
    const std::optional<Account> found = store.find(QStringLiteral("cloud"));
    REQUIRE(found);
    CHECK(found->url == account.url);
    CHECK(found->folder == account.folder);
    CHECK(found->kind == AccountKind::WebDav);
    CHECK_FALSE(store.find(QStringLiteral("other")));
    QFile settings(file);
    REQUIRE(settings.open(QIODevice::ReadOnly));
    CHECK_FALSE(settings.readAll().toLower().contains("password"));
    REQUIRE(store.remove(QStringLiteral("cloud")));
    CHECK(store.accounts().isEmpty());
}
