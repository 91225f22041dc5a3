// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/QrCode.h"
#include "backup/QrReader.h"

#include "support/catch.h"

#include <QPainter>

using namespace keyhaven;

namespace {

SecureBytes bytesOf(const char* text)
{
    return SecureBytes(text, std::strlen(text));
}

} // namespace

TEST_CASE("A QR code uses level Q with a four-module quiet zone and whole-pixel modules", "[backup][qr]")
{
    const SecureBytes payload = bytesOf("BitLocker recovery key\nID: 64311DEA-4587-4029-924A-BA299647998E\n"
                                        "Key: 235818-357951-253979-013365-241120-245575-342914-591910");
    const auto code = QrCode::encode(payload);
    REQUIRE(code);
    CHECK(code->level() == QrCode::Level::Q);
    // 125 bytes in byte mode at level Q need version 9: 53 modules a side (a stable rendering).
    CHECK(code->version() == 9);
    CHECK(code->symbolSize() == 53);
    CHECK(code->totalSize() == 53 + 2 * QrCode::QuietZone);

    const QImage image = code->toImage(3);
    REQUIRE(image.width() == code->totalSize() * 3);
    // The quiet zone is white all round; the top-left finder pattern starts right after it.
    for (int i = 0; i < QrCode::QuietZone * 3; ++i) {
        CHECK(qGray(image.pixel(i, image.height() / 2)) == 255);
        CHECK(qGray(image.pixel(image.width() / 2, image.height() - 1 - i)) == 255);
    }
    CHECK(qGray(image.pixel(12, 12)) == 0);
    CHECK(code->isDark(0, 0));
    CHECK_FALSE(code->isDark(7, 7)); // the separator around the finder pattern

    // Decoded back by an independent reader: the same bytes.
    const auto decoded = readQrCodes(image);
    REQUIRE(decoded.size() == 1);
    CHECK(decoded.front() == payload);
}

TEST_CASE("A QR code too long for level Q falls back to M, and one too long for M is refused", "[backup][qr]")
{
    // 2000 bytes: more than version 40 holds at Q (1663), version 38 at M.
    const SecureBytes medium(std::string(2000, 'A').data(), 2000);
    const auto code = QrCode::encode(medium);
    REQUIRE(code);
    CHECK(code->level() == QrCode::Level::M);
    CHECK(code->version() == 38);
    CHECK_FALSE(QrCode::encode(SecureBytes(std::string(3000, 'A').data(), 3000)));
    CHECK_FALSE(QrCode::encode(SecureBytes()));
}

TEST_CASE("A QR code painted in vector form reads back the same", "[backup][qr]")
{
    const SecureBytes payload = bytesOf("FileVault personal recovery key\nKey: 7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTL");
    const auto code = QrCode::encode(payload);
    REQUIRE(code);
    QImage page(400, 400, QImage::Format_Grayscale8);
    page.fill(Qt::white);
    QPainter painter(&page);
    code->paint(painter, QPointF(37, 41), 4);
    painter.end();
    const auto decoded = readQrCodes(page);
    REQUIRE(decoded.size() == 1);
    CHECK(decoded.front() == payload);
}
