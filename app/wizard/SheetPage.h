// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace keyhaven {

class SheetPreview;
class WizardSession;

// The recovery sheet: a preview of the real page, then print it on a printer or save it as a PDF, optionally
// with English alongside. The preview shows the key, so it is wiped when the page is left and on wipe.
class SheetPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SheetPage(WizardSession& session, QWidget* parent = nullptr);
    ~SheetPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    // The file chosen in the Save as… dialog (tests call it directly).
    void setPdfPath(const QString& path);
    bool hasPreview() const;

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void browse();
    void choiceChanged();
    void renderPreview();
    void wipePreview();
    void clear();
    QString defaultPdfPath() const;

    WizardSession& m_session;
    SheetPreview* m_preview = nullptr;
    QLabel* m_pdfFullPath = nullptr;
    QRadioButton* m_print = nullptr;
    QComboBox* m_printers = nullptr;
    QLabel* m_printerLabel = nullptr;
    QLabel* m_noPrinter = nullptr;
    QRadioButton* m_savePdf = nullptr;
    QLineEdit* m_pdfPath = nullptr;
    QLabel* m_pdfCheck = nullptr;
    QCheckBox* m_english = nullptr;
};

} // namespace keyhaven
