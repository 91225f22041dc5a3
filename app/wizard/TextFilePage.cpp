// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextFilePage.h"

#include "TargetsPage.h"
#include "WizardSession.h"

#include "backup/RecoveryFileWriter.h"
#include "backup/SameVolumeGuard.h"
#include "formats/RecoveryTextFileWriter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace keyhaven {

TextFilePage::TextFilePage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("textFilePage"));
    setTitle(tr("Save to a file"));
    setSubTitle(tr("Choose the folder to save the recovery key file in."));

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("textFolderLineEdit"));
    m_folder->setAccessibleName(tr("Folder for the key file"));
    auto* folderLabel = new QLabel(tr("F&older:"), this);
    folderLabel->setBuddy(m_folder);
    auto* browse = new QPushButton(tr("Bro&wse…"), this);
    browse->setObjectName(QStringLiteral("browseFolderPushButton"));
    browse->setAccessibleName(tr("Browse for the folder"));

    m_fileName = new QLabel(this);
    m_fileName->setObjectName(QStringLiteral("textFileNameLabel"));
    m_fileName->setWordWrap(true);
    m_fileName->setTextFormat(Qt::PlainText);
    m_fileName->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_check = new QLabel(this);
    m_check->setObjectName(QStringLiteral("folderCheckLabel"));
    m_check->setWordWrap(true);
    m_check->setTextFormat(Qt::PlainText);

    auto* advice = new QLabel(tr("A file on this computer's own encrypted drive is no help on the day the computer "
                                 "asks for the key: you could not open the drive to read it. Choose another drive or "
                                 "a network share, or copy the file to another device afterwards."),
                              this);
    advice->setObjectName(QStringLiteral("sameDriveAdviceLabel"));
    advice->setWordWrap(true);

    auto* grid = new QGridLayout;
    grid->addWidget(folderLabel, 0, 0);
    grid->addWidget(m_folder, 0, 1);
    grid->addWidget(browse, 0, 2);
    grid->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_fileName);
    layout->addWidget(m_check);
    layout->addWidget(advice);
    layout->addStretch(1);

    registerField(QStringLiteral("textFile.folder"), m_folder);
    connect(browse, &QPushButton::clicked, this, &TextFilePage::browse);
    connect(m_folder, &QLineEdit::textChanged, this, &TextFilePage::folderChanged);
    connect(&m_session, &WizardSession::wiped, this, &TextFilePage::clear);
}

void TextFilePage::initializePage()
{
    // Here, not in the constructor: the clear button's icon is looked up in the icon theme, which the start of
    // the wizard should not pay for.
    m_folder->setClearButtonEnabled(true);
    TargetsPage::labelNextButton(*this, nextId());
    QString folder = m_session.textFolder;
    if (folder.isEmpty()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (folder.isEmpty() || !QFileInfo(folder).isDir())
            folder = QDir::homePath();
        folder = QDir::toNativeSeparators(folder);
    }
    m_folder->setText(folder);
    folderChanged();
}

void TextFilePage::setFolder(const QString& folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

void TextFilePage::browse()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the folder for the key file"),
                                                             m_folder->text());
    if (!folder.isEmpty())
        setFolder(folder);
}

void TextFilePage::folderChanged()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    const QFileInfo info(folder);
    m_session.textFolder = folder.isEmpty() ? QString() : info.absoluteFilePath();
    // The name the writer will really use: a different key's file of the same name is left alone.
    const RecoveryFileWriter::Plan plan = m_session.key && info.isDir()
        ? RecoveryFileWriter::plan(info.absoluteFilePath(), *m_session.key)
        : RecoveryFileWriter::Plan();
    const QString name = m_session.key ? recoveryTextFileName(*m_session.key) : QString();
    const QString planned = QFileInfo(plan.path).fileName();
    if (name.isEmpty())
        m_fileName->clear();
    else if (plan.alreadyThere)
        m_fileName->setText(tr("This key is already saved here as “%1”; nothing will be written.").arg(planned));
    else if (!planned.isEmpty() && planned != name)
        m_fileName->setText(tr("“%1” is already here with another key and stays as it is; this key will be saved "
                               "as “%2”.")
                                .arg(name, planned));
    else
        m_fileName->setText(tr("The file will be named “%1”.").arg(name));

    QString check;
    if (folder.isEmpty())
        check = tr("Choose a folder.");
    else if (!info.exists())
        check = tr("This folder does not exist.");
    else if (!info.isDir())
        check = tr("This is a file, not a folder.");
    else if (m_session.key) {
        const SameVolumeGuard::Verdict verdict
            = SameVolumeGuard(m_session.environment().locator).check(info.absoluteFilePath(), *m_session.key);
        if (verdict.level == SameVolumeGuard::Verdict::Level::Refuse)
            check = tr("Keyhaven will not save the key here: %1").arg(verdict.reason);
        else if (verdict.level == SameVolumeGuard::Verdict::Level::Warn)
            check = verdict.reason;
    }
    m_check->setText(check);
    m_check->setVisible(!check.isEmpty());
    emit completeChanged();
}

bool TextFilePage::isComplete() const
{
    return !m_session.textFolder.isEmpty() && QFileInfo(m_session.textFolder).isDir();
}

int TextFilePage::nextId() const
{
    return TargetsPage::pageAfter(m_session, TargetKind::TextFile);
}

void TextFilePage::clear()
{
    const QSignalBlocker blocker(m_folder);
    m_folder->clear();
    m_fileName->clear();
    m_check->clear();
}

} // namespace keyhaven
