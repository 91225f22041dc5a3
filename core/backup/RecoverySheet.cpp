// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoverySheet.h"

#include "QrReader.h"
#include "SheetPainter.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>

#include <cstring>

namespace keyhaven {

namespace {

constexpr qreal PointsPerInch = 72.0;

void appendText(SecureBytes& out, const char* text)
{
    out.append(text, std::strlen(text));
}

} // namespace

SecureBytes RecoverySheet::qrText(const RecoveryKey& key)
{
    SecureBytes text;
    switch (key.kind) {
    case KeyKind::BitLockerRecoveryPassword:
        appendText(text, "BitLocker recovery key\n");
        break;
    case KeyKind::FileVaultPersonalRecoveryKey:
        appendText(text, "FileVault personal recovery key\n");
        break;
    case KeyKind::BitLockerExternalKey:
        return {};
    }
    if (key.id) {
        const QByteArray id = key.id->toString().toLatin1();
        appendText(text, "ID: ");
        text.append(id.constData(), static_cast<std::size_t>(id.size()));
        text.append('\n');
    }
    appendText(text, "Key: ");
    text.append(key.secret.data(), key.secret.size());
    return text;
}

QPageSize RecoverySheet::pageSizeFor(const QLocale& locale)
{
    static constexpr QLocale::Territory letterTerritories[] = {
        QLocale::UnitedStates, QLocale::Canada,       QLocale::Mexico,     QLocale::Philippines,
        QLocale::Chile,        QLocale::Colombia,     QLocale::Venezuela,  QLocale::Guatemala,
        QLocale::PuertoRico,   QLocale::CostaRica,    QLocale::ElSalvador, QLocale::DominicanRepublic,
        QLocale::Nicaragua,    QLocale::Panama,       QLocale::Belize,
    };
    for (const QLocale::Territory territory : letterTerritories)
        if (locale.territory() == territory)
            return QPageSize(QPageSize::Letter);
    return QPageSize(QPageSize::A4);
}

RecoverySheet::RecoverySheet(const RecoveryKey& key, Options options)
    : m_key(key)
    , m_options(std::move(options))
    , m_qrText(qrText(key))
{
    if (!m_qrText.isEmpty())
        m_qr = QrCode::encode(m_qrText);
}

RecoverySheet::~RecoverySheet() = default;

QPageLayout RecoverySheet::pageLayout() const
{
    return QPageLayout(pageSizeFor(m_options.locale), QPageLayout::Portrait, QMarginsF(), QPageLayout::Point);
}

QString RecoverySheet::documentTitle() const
{
    const QString kind = m_key.kind == KeyKind::FileVaultPersonalRecoveryKey ? tr("FileVault recovery key")
                                                                             : tr("BitLocker recovery key");
    return m_key.id ? kind + QLatin1Char(' ') + m_key.id->shortForm() : kind;
}

void RecoverySheet::paint(QPainter& painter) const
{
    if (!isValid())
        return;
    const QSizeF page = pageLayout().fullRect(QPageLayout::Point).size();
    SheetPainter(painter, m_key, *m_qr, m_options, page).paint();
}

void RecoverySheet::paintScaled(QPainter& painter, qreal dotsPerInch) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(dotsPerInch / PointsPerInch, dotsPerInch / PointsPerInch);
    paint(painter);
}

SecureBytes RecoverySheet::toPdf() const
{
    if (!isValid())
        return {};
    QByteArray bytes;
    bytes.reserve(2 * 1024 * 1024); // one allocation: no stray copies of the page left in freed memory
    bool painted = false;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(pageLayout());
        writer.setTitle(documentTitle());
        writer.setCreator(QStringLiteral("Keyhaven"));
        QPainter painter;
        if (painter.begin(&writer)) {
            paintScaled(painter, writer.resolution());
            painted = painter.end();
        }
    }
    SecureBytes pdf = SecureBytes::takeFrom(bytes);
    if (!painted)
        pdf.clear();
    return pdf;
}

bool RecoverySheet::print(QPrinter& printer) const
{
    if (!isValid())
        return false;
    printer.setFullPage(true);
    printer.setPageLayout(pageLayout());
    printer.setDocName(documentTitle());
    printer.setCreator(QStringLiteral("Keyhaven"));
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    paintScaled(painter, printer.resolution());
    return painter.end();
}

QImage RecoverySheet::toImage(int dotsPerInch) const
{
    const QSizeF page = pageLayout().fullRect(QPageLayout::Point).size() * (dotsPerInch / PointsPerInch);
    QImage image(qRound(page.width()), qRound(page.height()), QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintScaled(painter, dotsPerInch);
    painter.end();
    return image;
}

RecoverySheet::Check RecoverySheet::verifyQrCode(int dotsPerInch) const
{
    Check check;
    if (!isValid()) {
        check.problem = tr("This kind of key has no text form, so it cannot be printed.");
        return check;
    }
    QImage page = toImage(dotsPerInch);
    const std::vector<SecureBytes> codes = readQrCodes(page);
    wipe(page.bits(), static_cast<std::size_t>(page.sizeInBytes()));
    if (codes.empty())
        check.problem = tr("The QR code on the rendered page could not be read back.");
    else if (codes.size() > 1)
        check.problem = tr("The rendered page has more than one QR code.");
    else if (!(codes.front() == m_qrText))
        check.problem = tr("The QR code on the rendered page does not hold exactly this key and key ID.");
    else
        check.passed = true;
    return check;
}

} // namespace keyhaven
