// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/QrCode.h"
#include "keys/SecureBytes.h"

#include <QWidget>

#include <optional>

namespace keyhaven {

// Shows a QR code crisply: whole device pixels per module, dark on light whatever the palette (a camera
// needs that contrast), with its quiet zone, centred in the widget. The code holds key material: clear()
// wipes it, and so does the destructor (QrCode wipes its modules).
class QrView : public QWidget
{
    Q_OBJECT

public:
    explicit QrView(QWidget* parent = nullptr);
    ~QrView() override;

    // Encodes `text` and shows it; false (and shows nothing) when it cannot be encoded.
    bool setText(const SecureBytes& text);
    void clear();
    bool isEmpty() const { return !m_code.has_value(); }
    // Modules per side with the quiet zone; 0 when empty.
    int modules() const { return m_code ? m_code->totalSize() : 0; }
    // Device pixels per module as the code is drawn at the widget's current size.
    int pixelsPerModule() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::optional<QrCode> m_code;
};

} // namespace keyhaven
