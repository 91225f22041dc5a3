// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetPage.h"

#include "TargetsPage.h"
#include "WizardSession.h"

#include "backup/RecoverySheet.h"
#include "backup/SameVolumeGuard.h"
#include "formats/RecoveryTextFileWriter.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace keyhaven {

namespace {

// Low enough to be quick and to keep little of the key in memory; the preview shows the layout.
constexpr int PreviewDpi = 48;

} // namespace

// The page's picture, scaled to fit with its aspect ratio. Holds the only full copy of the rendered image,
// so that it can be overwritten when no longer shown.
class SheetPreview : public QLabel
{
public:
    explicit SheetPreview(QWidget* parent)
        : QLabel(parent)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setFrameShape(QFrame::StyledPanel);
    }
    ~SheetPreview() override { wipe(); }

    void setImage(QImage image)
    {
        wipe();
        m_image = std::move(image);
        updateGeometry();
        update();
    }
    void wipe()
    {
        if (!m_image.isNull()) {
            m_image.detach();
            m_image.fill(Qt::white);
        }
        m_image = QImage();
        update();
    }
    bool hasImage() const { return !m_image.isNull(); }

    QSize sizeHint() const override
    {
        // An A4 page's proportions at a size that fits beside the choices.
        const int width = fontMetrics().averageCharWidth() * 32;
        return { width, width * 297 / 210 };
    }
    QSize minimumSizeHint() const override
    {
        const int width = fontMetrics().averageCharWidth() * 16;
        return { width, width * 297 / 210 };
    }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        QLabel::paintEvent(event);
        if (m_image.isNull())
            return;
        const QRect area = contentsRect().adjusted(2, 2, -2, -2);
        QSize size = m_image.size();
        size.scale(area.size(), Qt::KeepAspectRatio);
        const QRect target(area.x() + (area.width() - size.width()) / 2,
                           area.y() + (area.height() - size.height()) / 2, size.width(), size.height());
        QPainter painter(this);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(target, m_image);
    }

private:
    QImage m_image;
};

SheetPage::SheetPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("sheetPage"));
    setTitle(tr("Print the recovery key"));
    setSubTitle(tr("This is the page Keyhaven prints: the key in large digits, its key ID, a QR code, and how to "
                   "use it at the recovery screen."));

    m_preview = new SheetPreview(this);
    m_preview->setObjectName(QStringLiteral("sheetPreviewLabel"));
    m_preview->setAccessibleName(tr("Preview of the recovery sheet"));

    m_print = new QRadioButton(tr("P&rint it"), this);
    m_print->setObjectName(QStringLiteral("printRadioButton"));
    m_print->setAccessibleName(tr("Print the sheet"));
    m_printers = new QComboBox(this);
    m_printers->setObjectName(QStringLiteral("printerComboBox"));
    m_printers->setAccessibleName(tr("Printer"));
    m_printerLabel = new QLabel(tr("Prin&ter:"), this);
    m_printerLabel->setBuddy(m_printers);
    m_noPrinter = new QLabel(tr("No printer is set up on this computer. Save the sheet as a PDF and print it "
                                "elsewhere, then delete the PDF."),
                             this);
    m_noPrinter->setObjectName(QStringLiteral("noPrinterLabel"));
    m_noPrinter->setWordWrap(true);

    m_savePdf = new QRadioButton(tr("Save it as a P&DF"), this);
    m_savePdf->setObjectName(QStringLiteral("savePdfRadioButton"));
    m_savePdf->setAccessibleName(tr("Save the sheet as a PDF"));
    m_pdfPath = new QLineEdit(this);
    m_pdfPath->setObjectName(QStringLiteral("sheetPdfLineEdit"));
    m_pdfPath->setAccessibleName(tr("PDF file"));
    auto* pdfLabel = new QLabel(tr("F&ile:"), this);
    pdfLabel->setBuddy(m_pdfPath);
    auto* browse = new QPushButton(tr("Bro&wse…"), this);
    browse->setObjectName(QStringLiteral("browsePdfPushButton"));
    browse->setAccessibleName(tr("Browse for the PDF file"));
    m_pdfCheck = new QLabel(this);
    m_pdfCheck->setObjectName(QStringLiteral("pdfCheckLabel"));
    m_pdfCheck->setWordWrap(true);
    m_pdfCheck->setTextFormat(Qt::PlainText);

    auto* group = new QButtonGroup(this);
    group->addButton(m_print);
    group->addButton(m_savePdf);

    m_english = new QCheckBox(tr("&English alongside"), this);
    m_english->setObjectName(QStringLiteral("englishAlongsideCheckBox"));
    m_english->setAccessibleName(tr("English alongside"));
    m_english->setToolTip(tr("Print each text in English too, under your language."));

    m_pdfFullPath = new QLabel(this);
    m_pdfFullPath->setObjectName(QStringLiteral("sheetPdfPathLabel"));
    m_pdfFullPath->setWordWrap(true);
    m_pdfFullPath->setTextFormat(Qt::PlainText);
    m_pdfFullPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* qrLabel = new QLabel(tr("The QR code on the sheet holds the key as plain text: a phone camera shows it "
                                  "as it is."),
                               this);
    qrLabel->setObjectName(QStringLiteral("sheetQrNoteLabel"));
    qrLabel->setWordWrap(true);

    auto* options = new QGridLayout;
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
        + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    options->setColumnMinimumWidth(0, indent);
    options->setColumnStretch(2, 1);
    options->addWidget(m_print, 0, 0, 1, 4);
    options->addWidget(m_printerLabel, 1, 1);
    options->addWidget(m_printers, 1, 2, 1, 2);
    options->addWidget(m_noPrinter, 2, 1, 1, 3);
    options->addWidget(m_savePdf, 3, 0, 1, 4);
    options->addWidget(pdfLabel, 4, 1);
    options->addWidget(m_pdfPath, 4, 2);
    options->addWidget(browse, 4, 3);
    options->addWidget(m_pdfFullPath, 5, 1, 1, 3);
    options->addWidget(m_pdfCheck, 6, 1, 1, 3);
    options->addWidget(m_english, 7, 0, 1, 4);

    auto* right = new QVBoxLayout;
    right->addLayout(options);
    right->addWidget(qrLabel);
    right->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_preview, 2);
    layout->addLayout(right, 3);

    registerField(QStringLiteral("sheet.print"), m_print);
    registerField(QStringLiteral("sheet.pdfPath"), m_pdfPath);
    registerField(QStringLiteral("sheet.englishAlongside"), m_english);
    connect(m_print, &QRadioButton::toggled, this, &SheetPage::choiceChanged);
    connect(m_savePdf, &QRadioButton::toggled, this, &SheetPage::choiceChanged);
    connect(m_printers, &QComboBox::currentIndexChanged, this, &SheetPage::choiceChanged);
    connect(m_pdfPath, &QLineEdit::textChanged, this, &SheetPage::choiceChanged);
    connect(m_english, &QCheckBox::toggled, this, [this] {
        choiceChanged();
        renderPreview();
    });
    connect(browse, &QPushButton::clicked, this, &SheetPage::browse);
    connect(&m_session, &WizardSession::wiped, this, &SheetPage::clear);
}

SheetPage::~SheetPage() = default;

QString SheetPage::defaultPdfPath() const
{
    // The folder just chosen for the text file, when there is one; else Documents.
    QString folder = m_session.hasTarget(TargetKind::TextFile) ? m_session.textFolder : QString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    QString name = m_session.key ? recoveryTextFileName(*m_session.key) : QString();
    name = name.isEmpty() ? tr("Recovery key") : QFileInfo(name).completeBaseName();
    return QDir(folder).filePath(name + QStringLiteral(".pdf"));
}

void SheetPage::initializePage()
{
    TargetsPage::labelNextButton(*this, nextId());
    {
        const QSignalBlocker blocker(m_printers);
        m_printers->clear();
        const QString defaultPrinter = QPrinterInfo::defaultPrinterName();
        if (!defaultPrinter.isEmpty())
            m_printers->addItem(tr("%1 (default)").arg(defaultPrinter), defaultPrinter);
        const QStringList printers = QPrinterInfo::availablePrinterNames();
        for (const QString& printer : printers)
            if (printer != defaultPrinter)
                m_printers->addItem(printer, printer);
        const int index = m_printers->findData(m_session.printQueue);
        m_printers->setCurrentIndex(index >= 0 ? index : 0);
    }
    const bool havePrinter = m_printers->count() > 0;
    m_print->setEnabled(havePrinter);
    m_printers->setVisible(havePrinter);
    m_printerLabel->setVisible(havePrinter);
    m_noPrinter->setVisible(!havePrinter);
    {
        const QSignalBlocker printBlocker(m_print);
        const QSignalBlocker pdfBlocker(m_savePdf);
        const QSignalBlocker pathBlocker(m_pdfPath);
        const QSignalBlocker englishBlocker(m_english);
        const bool print = havePrinter && (m_session.sheetPrint || m_session.sheetPdfPath.isEmpty());
        m_print->setChecked(print);
        m_savePdf->setChecked(!print);
        m_pdfPath->setText(QDir::toNativeSeparators(m_session.sheetPdfPath.isEmpty() ? defaultPdfPath()
                                                                                      : m_session.sheetPdfPath));
        m_pdfPath->setCursorPosition(0); // the folder first, not a path cut off at its first character
        m_english->setChecked(m_session.sheetEnglishAlongside);
    }
    choiceChanged();
    renderPreview();
}

void SheetPage::cleanupPage()
{
    wipePreview();
    QWizardPage::cleanupPage();
}

void SheetPage::setPdfPath(const QString& path)
{
    m_savePdf->setChecked(true);
    m_pdfPath->setText(QDir::toNativeSeparators(path));
    m_pdfPath->setCursorPosition(0);
}

void SheetPage::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the recovery sheet as"), m_pdfPath->text(),
                                                      tr("PDF files (*.pdf)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        setPdfPath(path);
}

void SheetPage::choiceChanged()
{
    const bool print = m_print->isChecked();
    m_session.sheetPrint = print;
    m_session.printQueue = print ? m_printers->currentData().toString() : QString();
    m_printers->setEnabled(print);
    m_pdfPath->setEnabled(!print);
    m_session.sheetEnglishAlongside = m_english->isChecked();

    QString path = QDir::fromNativeSeparators(m_pdfPath->text().trimmed());
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    const QFileInfo info(path);
    m_session.sheetPdfPath = path.isEmpty() ? QString() : info.absoluteFilePath();
    // The field shows the end of a long path or its start; the whole of it is said here.
    m_pdfFullPath->setText(print || path.isEmpty()
                               ? QString()
                               : tr("Saved as: %1").arg(QDir::toNativeSeparators(m_session.sheetPdfPath)));
    m_pdfFullPath->setVisible(!m_pdfFullPath->text().isEmpty());

    QString check;
    if (!print) {
        if (path.isEmpty())
            check = tr("Give the PDF file a name.");
        else if (!info.absoluteDir().exists())
            check = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
        else if (info.exists())
            check = tr("%1 is already there. Keyhaven never replaces a file: choose another name.")
                        .arg(info.fileName());
        else if (m_session.key) {
            const SameVolumeGuard::Verdict verdict
                = SameVolumeGuard(m_session.environment().locator).check(info.absoluteFilePath(), *m_session.key);
            if (verdict.level == SameVolumeGuard::Verdict::Level::Refuse)
                check = tr("Keyhaven will not save the sheet here: %1").arg(verdict.reason);
            else if (verdict.level == SameVolumeGuard::Verdict::Level::Warn)
                check = verdict.reason;
        }
    }
    m_pdfCheck->setText(check);
    m_pdfCheck->setVisible(!check.isEmpty());
    emit completeChanged();
}

bool SheetPage::isComplete() const
{
    if (m_print->isChecked())
        return m_print->isEnabled() && m_printers->count() > 0;
    const QFileInfo info(m_session.sheetPdfPath);
    return m_savePdf->isChecked() && !m_session.sheetPdfPath.isEmpty() && info.absoluteDir().exists()
        && !info.exists();
}

bool SheetPage::validatePage()
{
    choiceChanged();
    return isComplete();
}

int SheetPage::nextId() const
{
    return TargetsPage::pageAfter(m_session, TargetKind::Sheet);
}

bool SheetPage::hasPreview() const
{
    return m_preview->hasImage();
}

void SheetPage::renderPreview()
{
    if (!m_session.key || m_session.key->kind == KeyKind::BitLockerExternalKey || !isVisible()) {
        wipePreview();
        return;
    }
    SheetOptions options;
    options.englishAlongside = m_english->isChecked();
    const RecoverySheet sheet(m_session.keyForCopies(), options);
    if (!sheet.isValid()) {
        wipePreview();
        return;
    }
    // Sharp on high-density screens too: as many dots as the screen has pixels for it.
    m_preview->setImage(sheet.toImage(qRound(PreviewDpi * devicePixelRatioF())));
}

void SheetPage::wipePreview()
{
    m_preview->wipe();
}

void SheetPage::showEvent(QShowEvent* event)
{
    QWizardPage::showEvent(event);
    if (!m_preview->hasImage())
        renderPreview();
}

void SheetPage::hideEvent(QHideEvent* event)
{
    // Leaving the page (or the window): the picture of the key goes.
    wipePreview();
    QWizardPage::hideEvent(event);
}

void SheetPage::clear()
{
    wipePreview();
    const QSignalBlocker pathBlocker(m_pdfPath);
    m_pdfPath->clear();
    m_pdfCheck->clear();
}

} // namespace keyhaven
