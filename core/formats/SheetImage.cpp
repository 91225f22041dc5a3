// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetImage.h"

#include "keys/PersonalRecoveryKey.h"
#include "keys/RecoveryPassword.h"

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

#ifdef KEYHAVEN_HAVE_POPPLER
#include <poppler-qt6.h>
#endif

#include <QBuffer>
#include <QImageReader>

#include <algorithm>
#include <array>
#include <functional>
#include <string_view>

namespace keyhaven {

namespace {

constexpr int PdfDotsPerInch = 200;
// Past this, a photo is shrunk first: ZXing is faster on it and loses nothing (a sheet's QR code in a
// 12-megapixel photo of the page is still 6 or more pixels a module).
constexpr int LargestSide = 2200;
// Below this, a copy twice the size is tried too: a module of 2 or 3 pixels binarizes badly.
constexpr int SmallSide = 1400;

constexpr std::string_view BitLockerTitle = "BitLocker recovery key";
constexpr std::string_view FileVaultTitle = "FileVault personal recovery key";

bool startsWith(QByteArrayView bytes, std::string_view prefix)
{
    return bytes.size() >= qsizetype(prefix.size()) && std::string_view(bytes.data(), prefix.size()) == prefix;
}

bool isPdf(QByteArrayView bytes)
{
    return startsWith(bytes, "%PDF-");
}

QImage greyOf(const QImage& image)
{
    return image.format() == QImage::Format_Grayscale8 ? image : image.convertToFormat(QImage::Format_Grayscale8);
}

// Evens out light: each pixel divided by the page's brightness around it (a heavy blur made by shrinking and
// growing again), then stretched to the full range. A shadow across the page or a dim corner goes away.
QImage normalisedContrast(const QImage& grey)
{
    const QSize small(std::max(1, grey.width() / 24), std::max(1, grey.height() / 24));
    const QImage background = grey.scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                  .scaled(grey.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QImage out(grey.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* in = grey.constScanLine(y);
        const uchar* light = background.constScanLine(y);
        uchar* line = out.scanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            line[x] = uchar(std::min(255, in[x] * 235 / std::max(1, int(light[x]))));
    }
    return out;
}

// An unsharp mask: each pixel pushed away from the brightness around it (a blur made by shrinking to a fifth and
// growing again), so that a blurred photo's modules come apart again.
QImage sharpened(const QImage& grey)
{
    const QSize small(std::max(1, grey.width() / 5), std::max(1, grey.height() / 5));
    const QImage blurred = grey.scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                               .scaled(grey.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QImage out(grey.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height(); ++y) {
        const uchar* in = grey.constScanLine(y);
        const uchar* around = blurred.constScanLine(y);
        uchar* line = out.scanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            line[x] = uchar(std::clamp(in[x] + 2 * (in[x] - int(around[x])), 0, 255));
    }
    return out;
}

QImage scaledBy(const QImage& image, double factor)
{
    return image.scaled(QSize(qRound(image.width() * factor), qRound(image.height() * factor)), Qt::KeepAspectRatio,
                        Qt::SmoothTransformation);
}

std::vector<SecureBytes> decode(const QImage& grey, ZXing::Binarizer binarizer)
{
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    hints.setTryDownscale(true);
    hints.setBinarizer(binarizer);
    hints.setMaxNumberOfSymbols(4);
    std::vector<SecureBytes> found;
    ZXing::Results results = ZXing::ReadBarcodes(view, hints);
    for (ZXing::Result& result : results) {
        // bytes() is the decoder's own buffer; it is overwritten once copied.
        auto& bytes = const_cast<ZXing::ByteArray&>(result.bytes());
        if (result.isValid())
            found.emplace_back(bytes.data(), bytes.size());
        wipe(bytes.data(), bytes.size());
    }
    return found;
}

QImage renderPdf(QByteArrayView bytes, QString* problem)
{
#ifdef KEYHAVEN_HAVE_POPPLER
    QByteArray copy(bytes.data(), bytes.size());
    QImage page;
    {
        const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(copy);
        if (!document || document->isLocked())
            *problem = SheetImage::tr("The PDF cannot be opened (it is damaged or protected by a password).");
        else if (document->numPages() < 1)
            *problem = SheetImage::tr("The PDF has no pages.");
        else if (const std::unique_ptr<Poppler::Page> first = document->page(0))
            page = first->renderToImage(PdfDotsPerInch, PdfDotsPerInch);
        if (problem->isEmpty() && page.isNull())
            *problem = SheetImage::tr("The PDF's first page could not be drawn.");
    }
    wipe(copy);
    return page;
#else
    Q_UNUSED(bytes)
    *problem = SheetImage::tr("This build of Keyhaven cannot read PDF files (it was built without Poppler). "
                              "Print the sheet and use a photo or scan of it, or type the key.");
    return {};
#endif
}

QImage decodeImage(QByteArrayView bytes, QString* problem)
{
    if (isPdf(bytes))
        return renderPdf(bytes, problem);
    QByteArray copy(bytes.data(), bytes.size());
    QImage image;
    {
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true); // a phone's photo stands the way it was taken
        reader.setAllocationLimit(512);
        image = reader.read();
        if (image.isNull())
            *problem = SheetImage::tr("The picture cannot be read: %1").arg(reader.errorString());
    }
    wipe(copy);
    return image;
}

// One line of the QR text after "Label: ", or nothing.
std::optional<std::string_view> valueAfter(std::string_view line, std::string_view label)
{
    if (line.substr(0, label.size()) != label)
        return std::nullopt;
    return line.substr(label.size());
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.back() == '\r' || text.back() == ' '))
        text.remove_suffix(1);
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    return text;
}

} // namespace

void wipeImage(QImage& image)
{
    if (!image.isNull())
        wipe(image.bits(), static_cast<std::size_t>(image.sizeInBytes()));
    image = QImage();
}

bool SheetImage::looksLikeImage(QByteArrayView bytes)
{
    return startsWith(bytes, "\x89PNG\r\n\x1a\n") || startsWith(bytes, "\xff\xd8\xff") || isPdf(bytes);
}

std::vector<SecureBytes> SheetImage::findQrCodes(const QImage& image)
{
    QImage grey = greyOf(image);
    const int longest = std::max(grey.width(), grey.height());
    if (longest > LargestSide) {
        QImage smaller = scaledBy(grey, double(LargestSide) / longest);
        wipeImage(grey);
        grey = smaller;
    }
    // Each attempt makes its own picture, tried with both binarizers; the first that finds a code answers.
    const std::array<std::function<QImage(const QImage&)>, 5> attempts {
        [](const QImage& page) { return page; },
        [](const QImage& page) { return normalisedContrast(page); },
        [](const QImage& page) {
            return std::max(page.width(), page.height()) < SmallSide ? scaledBy(page, 2.0) : QImage();
        },
        [](const QImage& page) { return normalisedContrast(scaledBy(page, 0.5)); },
        [](const QImage& page) { return sharpened(page); },
    };
    std::vector<SecureBytes> found;
    for (const auto& attempt : attempts) {
        QImage picture = attempt(grey);
        for (const ZXing::Binarizer binarizer : { ZXing::Binarizer::LocalAverage, ZXing::Binarizer::GlobalHistogram })
            if (found.empty() && !picture.isNull())
                found = decode(picture, binarizer);
        if (picture.constBits() != grey.constBits())
            wipeImage(picture);
        if (!found.empty())
            break;
    }
    wipeImage(grey);
    return found;
}

FormatResult SheetImage::parseQrText(const SecureBytes& text)
{
    FormatResult result;
    std::string_view rest = text.view();
    auto nextLine = [&rest] {
        const std::size_t end = rest.find('\n');
        const std::string_view line = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        return trimmed(line);
    };
    const std::string_view title = nextLine();
    const bool bitLocker = title == BitLockerTitle;
    if (!bitLocker && title != FileVaultTitle)
        return result;
    result.recognised = true;

    RecoveryKey key;
    key.kind = bitLocker ? KeyKind::BitLockerRecoveryPassword : KeyKind::FileVaultPersonalRecoveryKey;
    std::optional<std::string_view> secret;
    while (!rest.empty()) {
        const std::string_view line = nextLine();
        if (const auto id = valueAfter(line, "ID: "))
            key.id = KeyId::parse(QString::fromLatin1(id->data(), qsizetype(id->size())));
        else if (const auto value = valueAfter(line, "Key: "))
            secret = value;
    }
    if (!secret) {
        result.problems.append(tr("The QR code is from a recovery sheet but holds no key."));
        return result;
    }
    const SecureBytes typed(secret->data(), secret->size());
    KeyProblems problems;
    if (bitLocker) {
        RecoveryPassword::Parsed parsed = RecoveryPassword::parse(typed);
        problems = parsed.problems;
        if (parsed.password)
            key.secret = parsed.password->canonical();
    } else {
        PersonalRecoveryKey::Parsed parsed = PersonalRecoveryKey::parse(typed);
        problems = parsed.problems;
        if (parsed.key)
            key.secret = parsed.key->canonical();
    }
    if (key.secret.isEmpty() || hasErrors(problems)) {
        QStringList why;
        for (const KeyProblem& problem : std::as_const(problems))
            why.append(problem.message);
        result.problems.append(tr("The QR code is from a recovery sheet, but the key in it is not valid: %1")
                                   .arg(why.join(QLatin1Char(' '))));
        return result;
    }
    result.keys.append(std::move(key));
    return result;
}

FormatResult SheetImage::read(QByteArrayView bytes)
{
    FormatResult result;
    result.recognised = true;
    QString problem;
    QImage image = decodeImage(bytes, &problem);
    if (image.isNull()) {
        result.problems.append(problem);
        return result;
    }
    const std::vector<SecureBytes> codes = findQrCodes(image);
    wipeImage(image);
    if (codes.empty()) {
        result.problems.append(tr("No QR code was found in the picture. Photograph the whole recovery sheet, flat "
                                  "and in good light, with the QR code sharp; or type the key."));
        return result;
    }
    bool anyOfOurs = false;
    for (const SecureBytes& code : codes) {
        FormatResult parsed = parseQrText(code);
        anyOfOurs = anyOfOurs || parsed.recognised;
        result.keys += parsed.keys;
        result.problems += parsed.problems;
    }
    if (!anyOfOurs)
        result.problems.append(tr("The picture has a QR code, but not one from a Keyhaven recovery sheet: it holds "
                                  "no recovery key."));
    return result;
}

} // namespace keyhaven
