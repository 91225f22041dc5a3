// SPDX-License-Identifier: GPL-3.0-or-later
#include "TargetsPage.h"

#include "BackupWizard.h"
#include "MacNameField.h"

#include "accounts/AccountStore.h"
#include "platform/RemovableDrives.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace keyhaven {

namespace {

constexpr int DrivePollMs = 1500;

const TargetKind allKinds[] = { TargetKind::Account, TargetKind::Usb, TargetKind::TextFile, TargetKind::Sheet };

} // namespace

TargetsPage::TargetsPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("targetsPage"));
    setTitle(tr("Where should the key go?"));
    setSubTitle(tr("Choose one or more places. Keyhaven saves the key to each of them and reads every copy back."));

    auto* grid = new QGridLayout;
    // The explanations line up with the check boxes' text: indented by the width of the box itself.
    grid->setColumnMinimumWidth(0, style()->pixelMetric(QStyle::PM_IndicatorWidth)
                                       + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing));
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(0);
    struct Text
    {
        TargetKind kind;
        QString name;
        QString label;
        QString accessible;
    };
    const Text texts[] = {
        { TargetKind::Account, QStringLiteral("account"), tr("Save to your &account"), tr("Save to your account") },
        { TargetKind::Usb, QStringLiteral("usb"), tr("Save to a &USB flash drive"), tr("Save to a USB flash drive") },
        { TargetKind::TextFile, QStringLiteral("textFile"), tr("Save to a &file"), tr("Save to a file") },
        { TargetKind::Sheet, QStringLiteral("sheet"), tr("&Print the recovery key"), tr("Print the recovery key") },
    };
    int row = 0;
    for (const Text& text : texts) {
        Choice choice;
        choice.kind = text.kind;
        choice.checkBox = new QCheckBox(text.label, this);
        choice.checkBox->setObjectName(text.name + QStringLiteral("CheckBox"));
        choice.checkBox->setAccessibleName(text.accessible);
        choice.reason = new QLabel(this);
        choice.reason->setObjectName(text.name + QStringLiteral("ReasonLabel"));
        choice.reason->setWordWrap(true);
        choice.reason->setTextFormat(Qt::PlainText);
        choice.reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(choice.checkBox, row, 0, 1, 2);
        grid->addWidget(choice.reason, row + 1, 1);
        grid->setRowMinimumHeight(row + 2, fontMetrics().height() / 2);
        row += 3;
        registerField(QStringLiteral("target.") + text.name, choice.checkBox);
        const TargetKind kind = text.kind;
        connect(choice.checkBox, &QCheckBox::clicked, this, [this, kind] { this->choice(kind).touched = true; });
        connect(choice.checkBox, &QCheckBox::toggled, this, &TargetsPage::chosenChanged);
        m_choices.append(choice);
    }

    // Its icon is set when the page is first shown (initializePage), not while the wizard starts.
    auto* warningIcon = new QLabel(this);
    warningIcon->setObjectName(QStringLiteral("onePlaceWarningIconLabel"));
    warningIcon->setAlignment(Qt::AlignTop);
    m_onePlaceWarningIcon = warningIcon;
    auto* warningText = new QLabel(
        tr("Only one place is chosen. Two copies in different places are safer: if one is lost or stops working, "
           "the other still gets you back in."),
        this);
    warningText->setObjectName(QStringLiteral("onePlaceWarningLabel"));
    warningText->setWordWrap(true);
    m_onePlaceWarning = new QWidget(this);
    m_onePlaceWarning->setObjectName(QStringLiteral("onePlaceWarningWidget"));
    auto* warningLayout = new QHBoxLayout(m_onePlaceWarning);
    warningLayout->setContentsMargins(0, 0, 0, 0);
    warningLayout->addWidget(warningIcon);
    warningLayout->addWidget(warningText, 1);
    m_onePlaceWarning->hide();

    m_mac = new MacNameField(session, QStringLiteral("macNameLineEdit"), this);
    connect(m_mac, &MacNameField::changed, this, &TargetsPage::completeChanged);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_mac);
    layout->addLayout(grid);
    layout->addWidget(m_onePlaceWarning);
    layout->addStretch(1);

    m_poll = new QTimer(this);
    m_poll->setInterval(DrivePollMs);
    connect(m_poll, &QTimer::timeout, this, &TargetsPage::refresh);
    connect(&m_session, &WizardSession::wiped, this, &TargetsPage::clear);
}

TargetsPage::Choice& TargetsPage::choice(TargetKind kind)
{
    for (Choice& choice : m_choices)
        if (choice.kind == kind)
            return choice;
    Q_UNREACHABLE();
    return m_choices.first();
}

int TargetsPage::pageOf(TargetKind kind)
{
    switch (kind) {
    case TargetKind::Account:
        return BackupWizard::AccountPageId;
    case TargetKind::Usb:
        return BackupWizard::UsbPageId;
    case TargetKind::TextFile:
        return BackupWizard::TextFilePageId;
    case TargetKind::Sheet:
        break;
    }
    return BackupWizard::SheetPageId;
}

int TargetsPage::pageAfter(const WizardSession& session, std::optional<TargetKind> after)
{
    bool passed = !after.has_value();
    for (TargetKind kind : allKinds) {
        if (passed && session.hasTarget(kind))
            return pageOf(kind);
        if (after && kind == *after)
            passed = true;
    }
    return BackupWizard::RunPageId;
}

void TargetsPage::labelNextButton(QWizardPage& page, int nextId)
{
    page.setButtonText(QWizard::NextButton, nextId == BackupWizard::RunPageId ? tr("&Save the key") : tr("&Next >"));
}

void TargetsPage::initializePage()
{
    if (m_onePlaceWarningIcon->pixmap().isNull()) {
        const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_onePlaceWarningIcon->setPixmap(
            style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    }
    const QList<TargetKind> chosen = m_session.targets;
    m_updating = true;
    for (Choice& choice : m_choices) {
        choice.touched = !chosen.isEmpty(); // coming back: keep what the user chose
        choice.checkBox->setChecked(chosen.contains(choice.kind));
    }
    m_updating = false;
    m_mac->refresh();
    refresh();
    if (chosen.isEmpty()) {
        // A stick that is in, and an account that is set up, are what people most likely want.
        m_updating = true;
        for (TargetKind kind : { TargetKind::Usb, TargetKind::Account }) {
            Choice& c = choice(kind);
            const bool accountSetUp = kind != TargetKind::Account
                || !AccountStore(m_session.environment().settingsFile).accounts().isEmpty();
            c.checkBox->setChecked(c.checkBox->isEnabled() && accountSetUp);
        }
        m_updating = false;
    }
    chosenChanged();
}

void TargetsPage::setAvailable(Choice& choice, const QString& whyNot)
{
    const bool available = whyNot.isEmpty();
    const bool was = choice.checkBox->isEnabled();
    choice.checkBox->setEnabled(available);
    m_updating = true;
    if (!available)
        choice.checkBox->setChecked(false);
    else if (!was && !choice.touched && choice.kind == TargetKind::Usb)
        choice.checkBox->setChecked(true); // a stick was plugged in while the page was shown
    m_updating = false;
    choice.checkBox->setAccessibleDescription(whyNot);
}

void TargetsPage::refresh()
{
    const bool haveKey = m_session.key.has_value();
    const bool externalKey = haveKey && m_session.key->kind == KeyKind::BitLockerExternalKey;
    const QString noKey = tr("No key is chosen yet: go back and choose the key first.");
    const QString noTextForm = tr("A BitLocker startup key (.BEK file) has no text form, so it cannot be saved "
                                  "here. Keep the .BEK file itself: copy it to a USB flash drive with your file "
                                  "manager.");
    const QString commonProblem = !haveKey ? noKey : externalKey ? noTextForm : QString();

    // The account: one already set up, or one set up on the next page.
    const QList<Account> accounts = AccountStore(m_session.environment().settingsFile).accounts();
    Choice& account = choice(TargetKind::Account);
    setAvailable(account, commonProblem);
    if (!commonProblem.isEmpty())
        account.reason->setText(commonProblem);
    else if (!AccountStore(m_session.environment().settingsFile).health().ok())
        account.reason->setText(tr("The settings file that holds your accounts is damaged or cannot be read. The "
                                   "next page says what was found and offers only the accounts that could be "
                                   "read."));
    else if (accounts.isEmpty())
        account.reason->setText(tr("Uploads the key to your cloud storage (such as Nextcloud) or your "
                                   "organisation's key server. You set up the account on the next page."));
    else if (accounts.size() == 1)
        account.reason->setText(tr("Uploads the key to your account “%1”, so that you can get it from another "
                                   "device.")
                                    .arg(accounts.first().name));
    else
        account.reason->setText(tr("Uploads the key to one of your %1 accounts, so that you can get it from another "
                                   "device.")
                                    .arg(accounts.size()));

    // The USB stick: one must be in now.
    const auto& drives = m_session.environment().drives;
    const QList<RemovableDrive> sticks = drives ? drives->list() : QList<RemovableDrive>();
    Choice& usb = choice(TargetKind::Usb);
    QString usbProblem = commonProblem;
    if (usbProblem.isEmpty() && sticks.isEmpty())
        usbProblem = tr("Insert a USB flash drive. This choice becomes available as soon as the stick appears.");
    setAvailable(usb, usbProblem);
    if (!usbProblem.isEmpty())
        usb.reason->setText(usbProblem);
    else if (sticks.size() == 1 && !sticks.first().label.isEmpty())
        usb.reason->setText(tr("Saves the key as a text file on the stick “%1”. Keep the stick away from the "
                               "computer afterwards.")
                                .arg(sticks.first().label));
    else
        usb.reason->setText(tr("Saves the key as a text file on a USB flash drive. Keep the stick away from the "
                               "computer afterwards."));

    Choice& text = choice(TargetKind::TextFile);
    setAvailable(text, commonProblem);
    text.reason->setText(commonProblem.isEmpty()
                             ? tr("Saves the key as a text file in a folder you choose: best on another drive or a "
                                  "network share you can reach when this computer is locked.")
                             : commonProblem);

    Choice& sheet = choice(TargetKind::Sheet);
    setAvailable(sheet, commonProblem);
    sheet.reason->setText(commonProblem.isEmpty()
                              ? tr("A page with the key in large digits and a QR code: print it, or save it as a "
                                   "PDF to print later.")
                              : commonProblem);
    chosenChanged();
}

void TargetsPage::chosenChanged()
{
    if (m_updating)
        return;
    QList<TargetKind> targets;
    for (TargetKind kind : allKinds) {
        const QCheckBox* box = choice(kind).checkBox;
        if (box->isEnabled() && box->isChecked())
            targets.append(kind);
    }
    m_session.targets = targets;
    m_onePlaceWarning->setVisible(targets.size() == 1);
    emit completeChanged();
}

bool TargetsPage::isComplete() const
{
    return !m_session.targets.isEmpty() && !m_mac->isMissing();
}

bool TargetsPage::validatePage()
{
    chosenChanged();
    return isComplete();
}

int TargetsPage::nextId() const
{
    return pageAfter(m_session);
}

void TargetsPage::showEvent(QShowEvent* event)
{
    QWizardPage::showEvent(event);
    m_poll->start();
}

void TargetsPage::hideEvent(QHideEvent* event)
{
    m_poll->stop();
    QWizardPage::hideEvent(event);
}

void TargetsPage::clear()
{
    m_updating = true;
    for (Choice& choice : m_choices) {
        choice.checkBox->setChecked(false);
        choice.touched = false;
    }
    m_updating = false;
    m_onePlaceWarning->hide();
    emit completeChanged();
}

} // namespace keyhaven
