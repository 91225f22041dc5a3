// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsbPage.h"

#include "TargetsPage.h"
#include "WizardSession.h"

#include "formats/RecoveryTextFileWriter.h"
#include "platform/RemovableDrives.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

namespace keyhaven {

namespace {

constexpr int DrivePollMs = 1500;

} // namespace

UsbPage::UsbPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("usbPage"));
    setTitle(tr("Save to a USB flash drive"));
    setSubTitle(tr("Choose the stick to save the key to."));

    auto* listLabel = new QLabel(tr("USB flash &drives:"), this);
    m_drives = new QListWidget(this);
    m_drives->setObjectName(QStringLiteral("usbDriveListWidget"));
    m_drives->setAccessibleName(tr("USB flash drives"));
    m_drives->setSelectionMode(QAbstractItemView::SingleSelection);
    m_drives->setWordWrap(true);
    listLabel->setBuddy(m_drives);

    m_empty = new QLabel(tr("Insert a USB flash drive. It appears here as soon as the computer has mounted it."),
                         this);
    m_empty->setObjectName(QStringLiteral("usbEmptyLabel"));
    m_empty->setWordWrap(true);

    m_fileName = new QLabel(this);
    m_fileName->setObjectName(QStringLiteral("usbFileNameLabel"));
    m_fileName->setWordWrap(true);
    m_fileName->setTextFormat(Qt::PlainText);
    m_fileName->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(listLabel);
    layout->addWidget(m_drives, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_fileName);

    m_poll = new QTimer(this);
    m_poll->setInterval(DrivePollMs);
    connect(m_poll, &QTimer::timeout, this, &UsbPage::refresh);
    connect(m_drives, &QListWidget::itemSelectionChanged, this, &UsbPage::driveChosen);
    connect(&m_session, &WizardSession::wiped, this, &UsbPage::clear);
}

void UsbPage::initializePage()
{
    TargetsPage::labelNextButton(*this, nextId());
    refresh();
}

void UsbPage::refresh()
{
    const auto& drives = m_session.environment().drives;
    const QList<RemovableDrive> sticks = drives ? drives->list() : QList<RemovableDrive>();
    QStringList signature;
    for (const RemovableDrive& stick : sticks)
        signature << stick.mountPoint << stick.label << QString::number(stick.size) << QString::number(stick.free);
    if (signature == m_signature && m_drives->count() == sticks.size()) {
        driveChosen();
        return; // nothing changed: leave the list (and the keyboard focus in it) alone
    }
    m_signature = signature;
    const QString chosen = m_session.usbMountPoint;
    const QLocale locale;
    {
        const QSignalBlocker blocker(m_drives);
        m_drives->clear();
        for (const RemovableDrive& stick : sticks) {
            const QString name = stick.label.isEmpty() ? tr("USB flash drive without a name") : stick.label;
            // "16 GB", as the file manager says it; not "14.9 GiB".
            const auto size = [&locale](qint64 bytes) {
                return locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
            };
            QString space;
            if (stick.size >= 0 && stick.free >= 0)
                space = tr("%1, %2 free").arg(size(stick.size), size(stick.free));
            else if (stick.size >= 0)
                space = size(stick.size);
            QString text = tr("%1 — %2").arg(name, stick.mountPoint);
            if (!space.isEmpty())
                text += QLatin1Char('\n') + space;
            auto* item = new QListWidgetItem(text, m_drives);
            item->setData(Qt::UserRole, stick.mountPoint);
            item->setData(Qt::AccessibleTextRole, text);
        }
        QListWidgetItem* select = nullptr;
        for (int row = 0; row < m_drives->count(); ++row)
            if (m_drives->item(row)->data(Qt::UserRole).toString() == chosen)
                select = m_drives->item(row);
        if (!select && m_drives->count() == 1)
            select = m_drives->item(0); // the only stick there is
        if (select) {
            m_drives->setCurrentItem(select);
            select->setSelected(true);
        }
    }
    m_empty->setVisible(sticks.isEmpty());
    driveChosen();
}

void UsbPage::driveChosen()
{
    const QList<QListWidgetItem*> selected = m_drives->selectedItems();
    m_session.usbMountPoint = selected.isEmpty() ? QString() : selected.first()->data(Qt::UserRole).toString();
    QString name;
    if (m_session.key)
        name = recoveryTextFileName(*m_session.key);
    const bool bitLocker = m_session.key && m_session.key->kind == KeyKind::BitLockerRecoveryPassword;
    if (name.isEmpty())
        m_fileName->clear();
    else if (bitLocker)
        m_fileName->setText(tr("The key is saved as a text file in the top folder of the stick, named the way "
                               "Windows names it: “%1”.")
                                .arg(name));
    else
        m_fileName->setText(tr("The key is saved as a text file in the top folder of the stick: “%1”.").arg(name));
    emit completeChanged();
}

bool UsbPage::isComplete() const
{
    return !m_session.usbMountPoint.isEmpty();
}

int UsbPage::nextId() const
{
    return TargetsPage::pageAfter(m_session, TargetKind::Usb);
}

void UsbPage::showEvent(QShowEvent* event)
{
    QWizardPage::showEvent(event);
    m_poll->start();
}

void UsbPage::hideEvent(QHideEvent* event)
{
    m_poll->stop();
    QWizardPage::hideEvent(event);
}

void UsbPage::clear()
{
    m_signature.clear();
    const QSignalBlocker blocker(m_drives);
    m_drives->clear();
    m_fileName->clear();
}

} // namespace keyhaven
