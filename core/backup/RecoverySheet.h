// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QrCode.h"
#include "keys/RecoveryKey.h"
#include "keys/SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QRectF>
#include <QString>

#include <functional>
#include <optional>

class QPainter;
class QPrinter;

namespace keyhaven {

// What a recovery sheet is drawn with, besides the key.
struct SheetOptions
{
    QLocale locale;                // page size and dates; the language is the installed translator's
    bool englishAlongside = false; // English under each translated text
    QDateTime printed = QDateTime::currentDateTime();
    // For tests: called after the page is painted, with the QR code's area (quiet zone included).
    std::function<void(QPainter& painter, const QRectF& qrArea)> afterPaint;
};

// The printed recovery sheet: one A4 or Letter page with the key in large grouped type, the key ID, what
// is known about the device, a QR code, how to use the key and where to keep the page, and a notes box.
// The same painting goes to a PDF (in memory), to a QPrinter and to an image for the self-check.
// Its words come from tr() in the "RecoverySheet" context: the caller installs the translator.
class RecoverySheet
{
    Q_DECLARE_TR_FUNCTIONS(RecoverySheet)

public:
    using Options = SheetOptions;

    // The QR code's text, in English whatever the UI language, so any phone shows it as-is:
    //   BitLocker recovery key\nID: 64311DEA-4587-4029-924A-BA299647998E\nKey: 123456-…-123456
    //   FileVault personal recovery key\nID: <volume UUID>\nKey: ABCD-…-WXYZ
    // The ID line is left out when the ID is not known. Empty for an external key (it has no text form).
    static SecureBytes qrText(const RecoveryKey& key);
    // Letter where it is the usual paper (the Americas that use it, the Philippines), A4 elsewhere.
    static QPageSize pageSizeFor(const QLocale& locale);

    // Copies what it needs from `key`. isValid() is false for a key without a text form.
    explicit RecoverySheet(const RecoveryKey& key, Options options = {});
    ~RecoverySheet();
    RecoverySheet(const RecoverySheet&) = delete;
    RecoverySheet& operator=(const RecoverySheet&) = delete;

    bool isValid() const { return m_qr.has_value(); }
    const QrCode& qrCode() const { return *m_qr; }
    QPageLayout pageLayout() const; // portrait, no margins (the sheet keeps its own)
    QString documentTitle() const;  // never contains the key: "BitLocker recovery key 64311DEA"

    // Paints the page; the painter's user space must be the page in points (1/72 inch), origin top left.
    void paint(QPainter& painter) const;
    // The whole PDF file, in memory. Empty when painting failed.
    SecureBytes toPdf() const;
    // Paints onto a printer the caller set up (a dialog's choice of queue); same page as toPdf().
    bool print(QPrinter& printer) const;
    // The page as a grey image at `dotsPerInch`. Wipe it when done.
    QImage toImage(int dotsPerInch) const;

    // The self-check: renders the page, decodes its QR code and compares it with qrText().
    struct Check
    {
        bool passed = false;
        QString problem; // translated, for people; never contains the key
    };
    Check verifyQrCode(int dotsPerInch = DefaultCheckDpi) const;
    static constexpr int DefaultCheckDpi = 150;

private:
    void paintScaled(QPainter& painter, qreal dotsPerInch) const;

    RecoveryKey m_key;
    Options m_options;
    SecureBytes m_qrText;
    std::optional<QrCode> m_qr;
};

} // namespace keyhaven
