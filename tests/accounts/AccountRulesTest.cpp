// SPDX-License-Identifier: GPL-3.0-or-later
// The rules that need no server: addresses, names, the check-in form, file names, back-off.
#include "accounts/Account.h"
#include "accounts/AccountStore.h"
#include "accounts/CryptServerProvider.h"
#include "accounts/HttpClient.h"
#include "accounts/PendingUploads.h"
#include "accounts/WebDavProvider.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QFile>

#include <cstring>

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
                                           QStringLiteral("anna"), QStringLiteral("anna's pc"),
                                           QStringLiteral("bitlocker:64311DEA-4587-4029-924A-BA299647998E"));
    CHECK(QString::fromUtf8(form.view().data(), static_cast<qsizetype>(form.size()))
          == QStringLiteral("serial=C02X%261+Z&recovery_password=1234-56&username=anna&macname=anna%27s+pc"
                            "&secret_type=bitlocker%3A64311DEA-4587-4029-924A-BA299647998E"));
    const SecureBytes noName = CryptServerProvider::checkInForm(QStringLiteral("S1"), SecureBytes::fromUtf8(u"k"),
                                                                QStringLiteral("u"), QString(),
                                                                QStringLiteral("recovery_key"));
    CHECK(QString::fromUtf8(noName.view().data(), static_cast<qsizetype>(noName.size()))
              .contains(QStringLiteral("macname=S1")));
}

TEST_CASE("Crypt Server: each kind of key has its own secret_type, paths are percent-encoded", "[accounts][crypt]")
{
    RecoveryKey bitLocker;
    bitLocker.kind = KeyKind::BitLockerRecoveryPassword;
    CHECK(CryptServerProvider::secretType(bitLocker) == QStringLiteral("bitlocker"));
    bitLocker.id = KeyId::parse(QStringLiteral("64311DEA-4587-4029-924A-BA299647998E"));
    CHECK(CryptServerProvider::secretType(bitLocker) == QStringLiteral("bitlocker:64311DEA-4587-4029-924A-BA299647998E"));
    RecoveryKey fileVault;
    fileVault.kind = KeyKind::FileVaultPersonalRecoveryKey;
    CHECK(CryptServerProvider::secretType(fileVault) == QStringLiteral("recovery_key"));

    const QUrl url = CryptServerProvider::endpoint(QUrl(QStringLiteral("https://crypt.example.org/base")),
                                                   { QStringLiteral("verify"), QStringLiteral("C02/X1 ?#%"),
                                                     QStringLiteral("recovery_key") });
    CHECK(url.toString(QUrl::FullyEncoded)
          == QStringLiteral("https://crypt.example.org/base/verify/C02%2FX1%20%3F%23%25/recovery_key/"));
}

TEST_CASE("Crypt Server: the answers are read strictly, and Django's dates with Z are understood", "[accounts][crypt]")
{
    const auto bytes = [](const char* text) { return SecureBytes(text, std::strlen(text)); };
    CHECK(CryptServerProvider::readCheckIn(bytes(R"({"rotation_required": true})"))->rotationRequired);
    CHECK_FALSE(CryptServerProvider::readCheckIn(bytes(R"({"rotation_required": "yes"})")));
    CHECK_FALSE(CryptServerProvider::readCheckIn(bytes("<html>")));
    const auto verify
        = CryptServerProvider::readVerify(bytes(R"({"escrowed": true, "date_escrowed": "2026-01-05T10:15:00.123Z"})"));
    REQUIRE(verify);
    CHECK(verify->escrowed);
    CHECK(verify->escrowedAt == QDateTime(QDate(2026, 1, 5), QTime(10, 15, 0, 123), Qt::UTC));
    const auto offset
        = CryptServerProvider::readVerify(bytes(R"({"escrowed": true, "date_escrowed": "2026-01-05T11:15:00+01:00"})"));
    CHECK(offset->escrowedAt == QDateTime(QDate(2026, 1, 5), QTime(10, 15), Qt::UTC));
    // Without a zone the moment is unknown: not a date to compare with.
    CHECK_FALSE(CryptServerProvider::readVerify(bytes(R"({"escrowed": true, "date_escrowed": "2026-01-05T10:15:00"})"))
                    ->escrowedAt.isValid());
    CHECK_FALSE(CryptServerProvider::readVerify(bytes(R"({"escrowed": "true"})")));
}

TEST_CASE("HTTP redirects are followed only to the same scheme, host and port", "[accounts][redirect]")
{
    const auto same = [](const char* a, const char* b) {
        return HttpClient::sameOrigin(QUrl(QString::fromLatin1(a)), QUrl(QString::fromLatin1(b)));
    };
    CHECK(same("https://a.example/x", "https://A.example:443/y"));
    CHECK(same("http://127.0.0.1:8080/", "http://127.0.0.1:8080/checkin/"));
    CHECK_FALSE(same("https://a.example/", "http://a.example/"));
    CHECK_FALSE(same("https://a.example/", "https://b.example/"));
    CHECK_FALSE(same("https://a.example/", "https://a.example:8443/"));
    CHECK_FALSE(same("http://127.0.0.1:80/", "http://0.0.0.0:80/"));
    CHECK_FALSE(same("http://127.0.0.1/", "relative/path"));
}

TEST_CASE("The 401 text fits the kind of account", "[accounts]")
{
    CHECK(HttpClient::statusProblem(401, AccountKind::WebDav).contains(QStringLiteral("app password")));
    const QString crypt = HttpClient::statusProblem(401, AccountKind::CryptServer);
    CHECK_FALSE(crypt.contains(QStringLiteral("app password")));
    CHECK_FALSE(crypt.contains(QStringLiteral("Nextcloud")));
    CHECK(crypt.contains(QStringLiteral("Crypt Server")));
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
