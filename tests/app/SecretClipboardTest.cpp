// SPDX-License-Identifier: GPL-3.0-or-later
// A key on the clipboard: marked concealed, and gone after the countdown unless the user copied something else.
#include "SecretClipboard.h"
#include "WizardTestSupport.h"

#include "support/catch.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

const QString key = QStringLiteral("111111-222222-333333-444444-555555-666666-000000-123321");

QClipboard* clipboard()
{
    return QGuiApplication::clipboard();
}

} // namespace

TEST_CASE("SecretClipboard: the key goes on the clipboard marked concealed and is cleared after the countdown",
          "[wizard][clipboard]")
{
    clipboard()->clear();
    SecretClipboard secret;
    CHECK(secret.clearAfter() == 30000);
    secret.setClearAfter(300);
    int statusChanges = 0;
    QObject::connect(&secret, &SecretClipboard::statusChanged, [&] { ++statusChanges; });
    secret.copy(SecureBytes::fromUtf8(key));

    CHECK(clipboard()->text() == key);
    const QMimeData* mime = clipboard()->mimeData();
    REQUIRE(mime);
    CHECK(mime->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
    CHECK(mime->data(QStringLiteral("x-kde-passwordManagerHint")) == QByteArray("secret"));
    CHECK(secret.isActive());
    CHECK(secret.secondsLeft() == 1);
    CHECK(secret.statusText() == QStringLiteral("Copied — the clipboard is cleared in 1 s."));
    CHECK(statusChanges >= 1);

    REQUIRE(waitUntil([&] { return !secret.isActive(); }, 5000));
    CHECK(clipboard()->text().isEmpty());
    CHECK(secret.statusText() == QStringLiteral("The clipboard was cleared."));
}

TEST_CASE("SecretClipboard: the countdown of the default 30 s is shown in whole seconds", "[wizard][clipboard]")
{
    SecretClipboard secret;
    secret.copy(SecureBytes::fromUtf8(key));
    CHECK(secret.secondsLeft() == 30);
    CHECK(secret.statusText().contains(QStringLiteral("30 s")));
    secret.wipe();
    CHECK(clipboard()->text().isEmpty());
    CHECK_FALSE(secret.isActive());
}

TEST_CASE("SecretClipboard: what the user copied meanwhile is left alone", "[wizard][clipboard]")
{
    SecretClipboard secret;
    secret.setClearAfter(300);
    secret.copy(SecureBytes::fromUtf8(key));
    REQUIRE(clipboard()->text() == key);
    clipboard()->setText(QStringLiteral("a shopping list"));
    QCoreApplication::processEvents();
    // Noticed at once, or at the latest when the countdown ends.
    REQUIRE(waitUntil([&] { return !secret.isActive(); }, 5000));
    waitUntil([] { return false; }, 400); // past the countdown
    CHECK(clipboard()->text() == QStringLiteral("a shopping list"));
    CHECK(secret.statusText().contains(QStringLiteral("Something else was copied")));
    clipboard()->clear();
}

TEST_CASE("SecretClipboard: wiped and destroyed, it takes the key off the clipboard", "[wizard][clipboard]")
{
    {
        SecretClipboard secret;
        secret.copy(SecureBytes::fromUtf8(key));
        REQUIRE(clipboard()->text() == key);
    }
    CHECK(clipboard()->text().isEmpty());

    SecretClipboard secret;
    secret.copy(SecureBytes::fromUtf8(key));
    REQUIRE(clipboard()->text() == key);
    secret.wipe();
    CHECK(clipboard()->text().isEmpty());
    CHECK_FALSE(secret.isActive());

    // Something else on the clipboard survives a wipe.
    clipboard()->setText(QStringLiteral("mine"));
    secret.copy(SecureBytes::fromUtf8(key));
    clipboard()->setText(QStringLiteral("mine again"));
    secret.wipe();
    CHECK(clipboard()->text() == QStringLiteral("mine again"));
    clipboard()->clear();
}
