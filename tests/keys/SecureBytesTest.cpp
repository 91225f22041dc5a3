// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys/SecureBytes.h"

#include "support/catch.h"

using namespace keyhaven;

TEST_CASE("SecureBytes keeps, copies, grows and clears its bytes", "[keys][secure-bytes]")
{
    SecureBytes bytes("abc", 3);
    CHECK(bytes.view() == "abc");
    bytes.append("defgh", 5);
    CHECK(bytes.view() == "abcdefgh");
    SecureBytes copy = bytes;
    CHECK(copy == bytes);
    SecureBytes moved = std::move(copy);
    CHECK(moved.view() == "abcdefgh");
    CHECK(copy.isEmpty());
    bytes.resize(2);
    CHECK(bytes.view() == "ab");
    bytes.clear();
    CHECK(bytes.isEmpty());
    CHECK(bytes.data() == nullptr);
}

TEST_CASE("Taking bytes from a QByteArray wipes the source", "[keys][secure-bytes]")
{
    QByteArray source("secret");
    const SecureBytes taken = SecureBytes::takeFrom(source);
    CHECK(taken.view() == "secret");
    CHECK(source.isEmpty());
    QString text = QStringLiteral("secret");
    wipe(text);
    CHECK(text.isEmpty());
}
