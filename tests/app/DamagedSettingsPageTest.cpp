// SPDX-License-Identifier: GPL-3.0-or-later
// The account page over a really damaged settings file (issue 15): each kind of damage the CLI reports is
// said on the page (what was found, that no account was dropped, where the copy of the damaged file is), the
// file is never rewritten, and accounts can only be chosen, not added, changed or removed.
#include "WizardTestSupport.h"

#include "accounts/AccountStore.h"
#include "support/catch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void saveAccount(const QString& settingsFile, const QString& name, const QString& url)
{
    Account account;
    account.name = name;
    account.kind = AccountKind::WebDav;
    account.url = QUrl(url);
    account.user = QStringLiteral("anna");
    account.folder = QString(Account::DefaultFolder);
    REQUIRE(AccountStore(settingsFile).save(account));
}

QStringList copiesBeside(const QString& settingsFile)
{
    const QDir folder = QFileInfo(settingsFile).dir();
    QStringList copies;
    for (const QString& name : folder.entryList({ QFileInfo(settingsFile).fileName() + QStringLiteral(".damaged-*") }))
        copies.append(folder.filePath(name));
    return copies;
}

// From the targets page to the account page, the account chosen.
void openAccountPage(WizardFixture& fixture)
{
    startAtTargets(fixture);
    setChecked(fixture.find<QCheckBox>(QStringLiteral("accountCheckBox")), true);
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::AccountPageId);
}

QStringList offeredAccounts(const WizardFixture& fixture)
{
    auto* accounts = fixture.find<QComboBox>(QStringLiteral("accountComboBox"));
    QStringList names;
    for (int i = 0; i < accounts->count(); ++i)
        names.append(accounts->itemText(i));
    return names;
}

} // namespace

TEST_CASE("Account page: damaged settings are shown with what was found, no account dropped, and the copy kept",
          "[wizard][account][settings]")
{
    WizardFixture fixture;
    const QString file = fixture.settingsFile();
    saveAccount(file, QStringLiteral("home"), QStringLiteral("https://cloud.example.org/dav/"));
    saveAccount(file, QStringLiteral("work"), QStringLiteral("https://files.example.com/dav/"));
    const QByteArray good = contents(file);
    REQUIRE(good.contains("[accounts]"));
    REQUIRE(good.contains("work\\kind"));

    struct Damage
    {
        const char* what;
        QByteArray bytes;
        QString found; // what the page must say was found
        QStringList readable; // the accounts that can still be read, and only those are offered
    };
    QByteArray truncated = good.left(good.indexOf("home\\url") + 6);
    QByteArray brokenHeader = good;
    brokenHeader.replace("[accounts]", "[accounts");
    QByteArray renamedHeader = good;
    renamedHeader.replace("[accounts]", "[acc\x01unts]");
    QByteArray movedAccounts = good;
    movedAccounts.replace("work\\folder", "[x]\nwork\\folder");
    QByteArray binary = good;
    binary.insert(binary.size() / 2, QByteArray("\0\0\xff\xfe", 4));
    QByteArray lostUrl = good;
    lostUrl.replace("work\\url", "work\\uRl");
    const QStringList both { QStringLiteral("home"), QStringLiteral("work") };
    const Damage damages[] = {
        { "cut off in the middle of a line", truncated, QStringLiteral("is neither a section nor a setting"), {} },
        { "an unclosed section header", brokenHeader, QStringLiteral("section header that is not closed"), {} },
        { "a garbled section header", renamedHeader, QStringLiteral("outside its section"), {} },
        { "accounts moved under another section", movedAccounts, QStringLiteral("outside its section"),
          { QStringLiteral("home") } },
        { "binary bytes", binary, QStringLiteral("it holds binary data"), {} },
        { "an account without its URL", lostUrl, QStringLiteral("in [accounts] is not an account's setting"),
          { QStringLiteral("home") } }, // what is left of "work" has no address: not offered
    };
    for (const Damage& damage : damages) {
        INFO(damage.what);
        for (const QString& old : copiesBeside(file))
            QFile::remove(old);
        QFile::remove(file);
        fixture.scratch.write(QStringLiteral("config/keyhaven.conf"), damage.bytes);

        startAtTargets(fixture);
        const QString reason = fixture.find<QLabel>(QStringLiteral("accountReasonLabel"))->text();
        CHECK(reason.contains(QStringLiteral("is damaged or cannot be read")));
        openAccountPage(fixture);

        auto* problem = fixture.find<QLabel>(QStringLiteral("settingsProblemLabel"));
        REQUIRE(problem->isVisible());
        const QString text = problem->text();
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("The settings file %1 is damaged").arg(file)));
        CHECK(text.contains(damage.found));
        CHECK(text.contains(QStringLiteral("No account was dropped: Keyhaven has not changed the file.")));
        const QStringList copies = copiesBeside(file);
        REQUIRE(copies.size() == 1);
        CHECK(contents(copies.first()) == damage.bytes);
        CHECK(text.contains(QStringLiteral("A copy of the damaged file is kept at %1.").arg(copies.first())));

        // Only what could be read is offered, and nothing can be added, changed or removed.
        const QStringList offered = offeredAccounts(fixture);
        for (const QString& name : offered)
            CHECK(both.contains(name));
        if (!damage.readable.isEmpty())
            CHECK(offered == damage.readable);
        CHECK_FALSE(fixture.find<QWidget>(QStringLiteral("accountSetupForm"))->isVisible());
        CHECK_FALSE(fixture.find<QPushButton>(QStringLiteral("addAccountPushButton"))->isEnabled());
        CHECK_FALSE(fixture.find<QPushButton>(QStringLiteral("editAccountPushButton"))->isEnabled());
        CHECK_FALSE(fixture.find<QPushButton>(QStringLiteral("removeAccountPushButton"))->isEnabled());
        const QString details = fixture.find<QLabel>(QStringLiteral("accountDetailsLabel"))->text();
        CHECK_FALSE(details.contains(QStringLiteral("Add one")));
        if (offered.isEmpty())
            CHECK(details == QStringLiteral("No account could be read from the settings file."));

        // Shown twice, the file is still as it was and there is still one copy.
        fixture.wizard->back();
        fixture.next();
        CHECK(contents(file) == damage.bytes);
        CHECK(copiesBeside(file).size() == 1);
    }

    // A settings file that cannot be read at all (a folder in its place): said, and no copy is claimed.
    for (const QString& old : copiesBeside(file))
        QFile::remove(old);
    QFile::remove(file);
    REQUIRE(QDir().mkpath(file));
    openAccountPage(fixture);
    {
        auto* problem = fixture.find<QLabel>(QStringLiteral("settingsProblemLabel"));
        REQUIRE(problem->isVisible());
        INFO(problem->text().toStdString());
        CHECK(problem->text().contains(QStringLiteral("The settings file %1 cannot be read").arg(file)));
        CHECK(problem->text().contains(QStringLiteral("No account was dropped")));
        CHECK_FALSE(problem->text().contains(QStringLiteral("copy")));
        CHECK_FALSE(fixture.find<QPushButton>(QStringLiteral("addAccountPushButton"))->isEnabled());
        CHECK(copiesBeside(file).isEmpty());
    }
    REQUIRE(QDir(file).removeRecursively());

    // Repaired: nothing is said any more, both accounts are offered and can be changed again.
    fixture.scratch.write(QStringLiteral("config/keyhaven.conf"), good);
    openAccountPage(fixture);
    CHECK(fixture.find<QLabel>(QStringLiteral("settingsProblemLabel"))->isHidden());
    CHECK(offeredAccounts(fixture) == both);
    CHECK(fixture.find<QPushButton>(QStringLiteral("addAccountPushButton"))->isEnabled());
    CHECK(fixture.find<QPushButton>(QStringLiteral("editAccountPushButton"))->isEnabled());
    CHECK_FALSE(fixture.find<QLabel>(QStringLiteral("accountReasonLabel"))->text().contains(QStringLiteral("damaged")));
}
