// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a key from a photo or scan of the recovery sheet (keyhaven-cli inspect, verify --key-file): a real sheet
// PDF, drawn to PNG by pdftoppm, then "photographed" by ImageMagick in the ways a phone or scanner spoils a page.
#include "backup/QrCode.h"

#include "support/Process.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

const QByteArray password("235818-357951-253979-013365-241120-245575-342914-591910");
const QString id = QStringLiteral("64311DEA-4587-4029-924A-BA299647998E");

void requireProgram(const QString& program, const char* package)
{
    if (!haveProgram(program))
        FAIL(program.toStdString() << " is not installed; it comes with the Debian package " << package
                                   << " (packaging/debian/setup.sh installs it).");
}

// One way of spoiling the page: ImageMagick's options between the input and the output file. The page is the
// sheet at 150 dpi (1240 × 1754 pixels, give or take a row); the QR code sits at the right, about a third of the way
// down.
struct Variant
{
    const char* name; // also the output file's name; its extension chooses PNG or JPEG
    QStringList options;
};

QStringList split(const char* options)
{
    return QString::fromLatin1(options).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// The documented set (docs/cli.md lists it too). Every variant must read back.
const QList<Variant>& variants()
{
    static const QList<Variant> list {
        { "01-as-rendered.png", {} },
        { "02-rotated-3.png", split("-background white -rotate 3") },
        { "03-rotated-minus-7.png", split("-background white -rotate -7") },
        { "04-rotated-15.png", split("-background white -rotate 15") },
        { "05-sideways.png", split("-rotate 90") },
        { "06-upside-down.png", split("-rotate 180") },
        { "07-perspective.png",
          split(
              "-virtual-pixel white -distort Perspective 0,0,80,40_1240,0,1160,0_0,1754,0,1754_1240,1754,1240,1700") },
        { "08-perspective-strong.png",
          split("-virtual-pixel white -distort Perspective "
                "0,0,200,120_1240,0,1040,0_0,1754,0,1754_1240,1754,1240,1754") },
        { "09-800-wide.png", split("-resize 800x") },
        { "10-jpeg-40.jpg", split("-quality 40") },
        { "11-blur-1.5.png", split("-blur 0x1.5") },
        { "12-blur-2.5.png", split("-blur 0x2.5") },
        { "13-noise.png", split("-seed 20 -attenuate 0.7 +noise Gaussian") },
        { "14-shadow-across-qr.png", split("-fill rgba(0,0,0,0.5) -draw polygon_0,0_1000,0_1100,1754_0,1754") },
        { "15-uneven-light.png", split("( -size 1240x1754 gradient:white-gray35 ) -compose multiply -composite") },
        { "16-dim-low-contrast.png", split("+level 25%,70%") },
        { "17-on-a-dark-table.jpg", split("-bordercolor gray20 -border 180 -background gray20 -rotate 8 -quality 70") },
        { "18-rotated-5-800-wide-jpeg-40.jpg", split("-background white -rotate 5 -resize 800x -quality 40") },
        { "19-perspective-blur-noise-jpeg.jpg",
          split("-virtual-pixel white -distort Perspective 0,0,60,30_1240,0,1200,0_0,1754,20,1754_1240,1754,1240,1720 "
                "-blur 0x1.2 -seed 21 -attenuate 0.5 +noise Gaussian -quality 60") },
        { "20-shadow-rotated-blurred.jpg",
          split("-fill rgba(0,0,0,0.45) -draw polygon_0,0_1050,0_900,1754_0,1754 -background white -rotate -4 -blur "
                "0x1 -quality 75") },
        { "21-600-wide.png", split("-resize 600x") },
        { "22-grey-scan-jpeg.jpg", split("-colorspace Gray -quality 85") },
        { "23-blur-3.png", split("-blur 0x3") },
        { "24-400-wide-jpeg-10.jpg", split("-resize 400x -quality 10") },
    };
    return list;
}

// A draw primitive or a distortion's coordinates are one argument with spaces in it: they are written with
// underscores above.
QStringList magickArguments(const QString& in, const Variant& variant, const QString& out)
{
    QStringList arguments { in };
    for (QString option : variant.options)
        arguments.append(option.replace(QLatin1Char('_'), QLatin1Char(' ')));
    arguments.append(out);
    return arguments;
}

QString makeSheet(const ScratchDir& dir)
{
    const QString pdf = dir.file(QStringLiteral("sheet.pdf"));
    const ProcessResult saved
        = runCli({ QStringLiteral("backup"), QStringLiteral("--to"), QStringLiteral("sheet:") + pdf,
                   QStringLiteral("--id"), id, QStringLiteral("--ledger"), dir.file(QStringLiteral("ledger.json")) },
                 password + '\n');
    INFO(saved.errText().toStdString());
    REQUIRE(saved.exitCode == 0);
    return pdf;
}

QString renderPage(const ScratchDir& dir, const QString& pdf)
{
    requireProgram(QStringLiteral("pdftoppm"), "poppler-utils");
    const ProcessResult drawn = run(QStringLiteral("pdftoppm"),
                                    { QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                                      QStringLiteral("-singlefile"), pdf, dir.file(QStringLiteral("page")) });
    REQUIRE(drawn.exitCode == 0);
    const QString page = dir.file(QStringLiteral("page.png"));
    const QSize size = QImage(page).size();
    REQUIRE(size.width() == 1240); // A4 at 150 dpi: 1240 × 1754 or 1755 (pdftoppm rounds up)
    REQUIRE(std::abs(size.height() - 1754) <= 1);
    return page;
}

QJsonObject inspectJson(const QStringList& files)
{
    const ProcessResult result = runCli(QStringList { QStringLiteral("inspect"), QStringLiteral("--json") } + files);
    INFO(result.errText().toStdString());
    return result.json().object();
}

QString savedQrPicture(const ScratchDir& dir, const QString& name, const QByteArray& text)
{
    const SecureBytes payload(text.constData(), std::size_t(text.size()));
    const std::optional<QrCode> code = QrCode::encode(payload);
    REQUIRE(code);
    QImage picture = code->toImage(8);
    const QString path = dir.file(name);
    REQUIRE(picture.save(path));
    return path;
}

} // namespace

TEST_CASE("inspect reads the key and ID from every photo of the sheet in the documented set", "[cli][sheet-photo]")
{
    requireProgram(QStringLiteral("convert"), "imagemagick");
    ScratchDir dir;
    const QString page = renderPage(dir, makeSheet(dir));

    QElapsedTimer timer;
    timer.start();
    QStringList files;
    for (const Variant& variant : variants()) {
        const QString out = dir.file(QString::fromLatin1(variant.name));
        const ProcessResult made = run(QStringLiteral("convert"), magickArguments(page, variant, out));
        INFO(variant.name << ": " << made.errText().toStdString());
        REQUIRE(made.exitCode == 0);
        files.append(out);
    }
    REQUIRE(files.size() >= 20);
    WARN("ImageMagick made " << files.size() << " photos in " << timer.restart() << " ms");

    const QJsonObject answer = inspectJson(files);
    WARN("inspect read them in " << timer.elapsed() << " ms");
    QStringList read;
    for (const QJsonValue& key : answer.value(QStringLiteral("keys")).toArray()) {
        const QJsonObject object = key.toObject();
        INFO(object.value(QStringLiteral("source")).toString().toStdString());
        CHECK(object.value(QStringLiteral("key")).toString() == QString::fromLatin1(password));
        CHECK(object.value(QStringLiteral("id")).toString() == id);
        CHECK(object.value(QStringLiteral("format")).toString() == QStringLiteral("recovery-sheet-qr"));
        read.append(object.value(QStringLiteral("source")).toString());
    }
    for (const QString& file : std::as_const(files)) {
        INFO("not read: " << file.toStdString());
        CHECK(read.contains(file));
    }
    CHECK(answer.value(QStringLiteral("problems")).toArray().isEmpty());
}

TEST_CASE("inspect and verify read the sheet PDF Keyhaven wrote, and a photo opens the drive", "[cli][sheet-photo]")
{
    requireProgram(QStringLiteral("convert"), "imagemagick");
    ScratchDir dir;
    const QString pdf = makeSheet(dir);
    const QJsonArray keys = inspectJson({ pdf }).value(QStringLiteral("keys")).toArray();
    REQUIRE(keys.size() == 1);
    CHECK(keys.first().toObject().value(QStringLiteral("id")).toString() == id);
    CHECK(keys.first().toObject().value(QStringLiteral("key")).toString() == QString::fromLatin1(password));

    const QString photo = dir.file(QStringLiteral("photo.jpg"));
    REQUIRE(
        run(QStringLiteral("convert"),
            { renderPage(dir, pdf), QStringLiteral("-background"), QStringLiteral("white"), QStringLiteral("-rotate"),
              QStringLiteral("6"), QStringLiteral("-quality"), QStringLiteral("50"), photo })
            .exitCode
        == 0);
    const QString volume = bitlockerImage(QStringLiteral("bitlk-aes-xts-128"));
    const ProcessResult opens
        = runCli({ QStringLiteral("verify"), QStringLiteral("--volume"), volume, QStringLiteral("--key-file"), photo });
    INFO(opens.errText().toStdString());
    CHECK(opens.exitCode == 0);
    CHECK(opens.outText().contains(id));

    const ProcessResult wrongDrive
        = runCli({ QStringLiteral("verify"), QStringLiteral("--volume"),
                   bitlockerImage(QStringLiteral("bitlk-aes-cbc-128")), QStringLiteral("--key-file"), photo });
    CHECK(wrongDrive.exitCode == 1);
}

TEST_CASE("inspect says clearly when a picture holds no Keyhaven QR code", "[cli][sheet-photo]")
{
    requireProgram(QStringLiteral("convert"), "imagemagick");
    ScratchDir dir;
    const QString photo = dir.file(QStringLiteral("holiday.jpg"));
    REQUIRE(run(QStringLiteral("convert"),
                { QStringLiteral("-size"), QStringLiteral("1600x1200"), QStringLiteral("-seed"), QStringLiteral("5"),
                  QStringLiteral("plasma:"), photo })
                .exitCode
            == 0);
    const QString otherQr = savedQrPicture(dir, QStringLiteral("menu.png"), "https://example.org/menu");
    const QString badKey = savedQrPicture(dir, QStringLiteral("bad-key.png"),
                                          "BitLocker recovery key\nID: " + id.toLatin1()
                                              + "\nKey: 235818-357951-253979-013365-241120-245575-342914-591911");

    const ProcessResult noCode = runCli({ QStringLiteral("inspect"), photo });
    CHECK(noCode.exitCode == 1);
    CHECK(noCode.errText().contains(QStringLiteral("No QR code was found in the picture")));

    const ProcessResult other = runCli({ QStringLiteral("inspect"), otherQr });
    CHECK(other.exitCode == 1);
    CHECK(other.errText().contains(QStringLiteral("not one from a Keyhaven recovery sheet")));
    CHECK_FALSE(other.errText().contains(QStringLiteral("example.org")));

    const ProcessResult invalid = runCli({ QStringLiteral("inspect"), badKey });
    CHECK(invalid.exitCode == 1);
    CHECK(invalid.errText().contains(QStringLiteral("the key in it is not valid")));
    CHECK(invalid.errText().contains(QStringLiteral("group 8"), Qt::CaseInsensitive));
    CHECK_FALSE(invalid.errText().contains(QStringLiteral("591911")));
}
