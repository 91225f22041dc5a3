// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountPage.h"

#include "AccountSetupForm.h"
#include "TargetsPage.h"
#include "WizardSession.h"

#include "accounts/AccountSetup.h"
#include "accounts/AccountStore.h"
#include "accounts/KeychainSecretStore.h"
#include "accounts/SettingsHealth.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace keyhaven {

namespace {

std::shared_ptr<SecretStore> secretsOf(const WizardSession& session)
{
    std::shared_ptr<SecretStore> secrets = session.environment().secrets;
    return secrets ? secrets : std::make_shared<KeychainSecretStore>();
}

QLabel* wrappedLabel(QWidget* parent, const QString& objectName, const QString& text = {})
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

AccountPage::AccountPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("accountPage"));
    setTitle(tr("Save to your account"));

    m_chooser = new QWidget(this);
    m_accounts = new QComboBox(m_chooser);
    m_accounts->setObjectName(QStringLiteral("accountComboBox"));
    m_accounts->setAccessibleName(tr("Account"));
    m_accounts->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* accountLabel = new QLabel(tr("&Account:"), m_chooser);
    accountLabel->setBuddy(m_accounts);

    m_details = wrappedLabel(m_chooser, QStringLiteral("accountDetailsLabel"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_add = new QPushButton(tr("A&dd an account…"), m_chooser);
    m_add->setObjectName(QStringLiteral("addAccountPushButton"));
    m_edit = new QPushButton(tr("&Change…"), m_chooser);
    m_edit->setObjectName(QStringLiteral("editAccountPushButton"));
    m_edit->setAccessibleName(tr("Change the account"));
    m_remove = new QPushButton(tr("&Remove"), m_chooser);
    m_remove->setObjectName(QStringLiteral("removeAccountPushButton"));
    m_remove->setAccessibleName(tr("Remove the account"));

    m_confirmRemove = new QWidget(m_chooser);
    m_confirmRemoveLabel = wrappedLabel(m_confirmRemove, QStringLiteral("confirmRemoveLabel"));
    auto* yes = new QPushButton(tr("Yes, remove it"), m_confirmRemove);
    yes->setObjectName(QStringLiteral("confirmRemovePushButton"));
    auto* no = new QPushButton(tr("Keep it"), m_confirmRemove);
    no->setObjectName(QStringLiteral("keepAccountPushButton"));
    auto* confirmLayout = new QHBoxLayout(m_confirmRemove);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->addWidget(m_confirmRemoveLabel, 1);
    confirmLayout->addWidget(yes);
    confirmLayout->addWidget(no);
    m_confirmRemove->hide();
    m_removed = wrappedLabel(m_chooser, QStringLiteral("accountRemovedLabel"));
    m_removed->hide();

    auto* note = wrappedLabel(m_chooser, QStringLiteral("accountNoteLabel"),
                              tr("Keyhaven says the key is saved only once the server confirmed it. When the server "
                                 "cannot be reached, the key waits in the system keychain (never in a file) and "
                                 "Keyhaven tries again later."));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(accountLabel, m_accounts);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* chooserLayout = new QVBoxLayout(m_chooser);
    chooserLayout->setContentsMargins(0, 0, 0, 0);
    chooserLayout->addLayout(form);
    chooserLayout->addWidget(m_details);
    chooserLayout->addLayout(buttons);
    chooserLayout->addWidget(m_confirmRemove);
    chooserLayout->addWidget(m_removed);
    chooserLayout->addWidget(note);
    chooserLayout->addStretch(1);

    m_form = new AccountSetupForm(secretsOf(session), session.environment().settingsFile, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_chooser);
    m_stack->addWidget(m_form);
    // Above both the chooser and the set-up form: what is wrong with the settings file, when something is.
    m_settingsProblem = wrappedLabel(this, QStringLiteral("settingsProblemLabel"));
    m_settingsProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_settingsProblem->setFrameShape(QFrame::StyledPanel);
    m_settingsProblem->setMargin(6);
    m_settingsProblem->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_settingsProblem);
    layout->addWidget(m_stack);

    registerField(QStringLiteral("account.name"), m_accounts, "currentText", SIGNAL(currentTextChanged(QString)));
    connect(m_accounts, &QComboBox::currentIndexChanged, this, &AccountPage::accountChosen);
    connect(m_add, &QPushButton::clicked, this, &AccountPage::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountPage::editAccount);
    connect(m_remove, &QPushButton::clicked, this, &AccountPage::askToRemove);
    connect(yes, &QPushButton::clicked, this, &AccountPage::removeAccount);
    connect(no, &QPushButton::clicked, m_confirmRemove, &QWidget::hide);
    connect(m_form, &AccountSetupForm::saved, this, &AccountPage::accountSaved);
    connect(m_form, &AccountSetupForm::cancelled, this, &AccountPage::showChooser);
    connect(&m_session, &WizardSession::wiped, this, &AccountPage::clear);
}

void AccountPage::initializePage()
{
    TargetsPage::labelNextButton(*this, nextId());
    showSettingsHealth();
    fillAccounts(m_session.accountName);
    m_removed->hide();
    showChooser();
}

// A damaged or unreadable settings file is said plainly, with the copy kept of it; accounts can then only be
// chosen, not added, changed or removed (AccountStore refuses to write such a file anyway).
void AccountPage::showSettingsHealth()
{
    const QString file = m_session.environment().settingsFile;
    const SettingsHealth found = AccountStore(file).health();
    m_add->setEnabled(found.ok());
    if (found.ok()) {
        m_settingsProblem->hide();
        m_settingsProblem->clear();
        return;
    }
    QStringList lines { found.problem };
    if (found.status == SettingsHealth::Status::Damaged) {
        lines.append(tr("No account was dropped: Keyhaven has not changed the file. Only the accounts it could "
                        "read are offered here; accounts cannot be added, changed or removed until the file is "
                        "repaired or moved aside."));
        const SettingsHealth kept = SettingsHealth::keepCopy(found, file);
        lines.append(kept.backup.isEmpty()
                         ? tr("No copy of the damaged file could be kept beside it. The file itself is unchanged "
                              "at %1.")
                               .arg(SettingsHealth::path(file))
                         : tr("A copy of the damaged file is kept at %1.").arg(kept.backup));
    } else {
        lines.append(tr("No account was dropped: Keyhaven has not changed the file. Only the accounts it could "
                        "read are offered here; accounts cannot be added, changed or removed until the file can be "
                        "read."));
    }
    m_settingsProblem->setText(lines.join(QLatin1Char('\n')));
    m_settingsProblem->show();
}

void AccountPage::cleanupPage()
{
    m_form->wipe();
}

bool AccountPage::isSettingUp() const
{
    return m_stack->currentWidget() == m_form;
}

void AccountPage::fillAccounts(const QString& wanted)
{
    const QSignalBlocker blocker(m_accounts);
    m_accounts->clear();
    const QList<Account> accounts = AccountStore(m_session.environment().settingsFile).accounts();
    for (const Account& account : accounts) {
        // A damaged file can leave pieces of an account behind (its user, without kind or address): not offered.
        if (account.url.isValid() && !account.url.isEmpty())
            m_accounts->addItem(account.name, account.name);
    }
    const int index = m_accounts->findData(wanted);
    m_accounts->setCurrentIndex(index >= 0 ? index : (m_accounts->count() == 0 ? -1 : 0));
    accountChosen();
}

bool AccountPage::settingsProblemShown() const
{
    return !m_settingsProblem->isHidden();
}

void AccountPage::accountChosen()
{
    const QString name = m_accounts->currentData().toString();
    m_session.accountName = name;
    m_confirmRemove->hide();
    const std::optional<Account> account
        = name.isEmpty() ? std::nullopt : AccountStore(m_session.environment().settingsFile).find(name);
    m_edit->setEnabled(account.has_value() && !settingsProblemShown());
    m_remove->setEnabled(account.has_value() && !settingsProblemShown());
    if (!account && settingsProblemShown()) {
        m_details->setText(tr("No account could be read from the settings file."));
    } else if (!account) {
        m_details->setText(tr("No account is set up yet. Add one: it takes the server's address, your user name "
                              "and password."));
    } else {
        const QString server = account->url.toString(QUrl::RemoveUserInfo);
        QString details = account->kind == AccountKind::CryptServer
            ? tr("Your organisation's key server (Crypt Server) at %1. The key is stored there for this computer, "
                 "where your administrator can find it.")
                  .arg(server)
            : tr("Cloud storage (WebDAV) at %1. The key is saved as a text file in the folder “%2”; a sheet saved as a PDF "
                 "in this backup goes beside it.")
                  .arg(server, account->folder.isEmpty() ? QStringLiteral("/") : account->folder);
        if (!account->user.isEmpty())
            details += QLatin1Char('\n') + tr("User: %1").arg(account->user);
        m_details->setText(details);
    }
    emit completeChanged();
}

void AccountPage::addAccount()
{
    m_removed->hide();
    m_form->startNew(m_accounts->count() > 0);
    m_stack->setCurrentWidget(m_form);
    setSubTitle(tr("Set up the account on your server. The password goes into the system keychain, never into "
                   "a file."));
    emit completeChanged();
}

void AccountPage::editAccount()
{
    const std::optional<Account> account
        = AccountStore(m_session.environment().settingsFile).find(m_accounts->currentData().toString());
    if (!account)
        return;
    m_removed->hide();
    m_form->startEditing(*account);
    m_stack->setCurrentWidget(m_form);
    setSubTitle(tr("Change the account. The password goes into the system keychain, never into a file."));
    emit completeChanged();
}

void AccountPage::askToRemove()
{
    m_confirmRemoveLabel->setText(tr("Remove the account “%1” from Keyhaven? Its password is deleted from the "
                                     "system keychain. Keys already on the server stay there.")
                                      .arg(m_accounts->currentText()));
    m_confirmRemove->show();
}

void AccountPage::removeAccount()
{
    const QString name = m_accounts->currentData().toString();
    m_confirmRemove->hide();
    std::shared_ptr<SecretStore> secrets = secretsOf(m_session);
    const AccountSetup::Removed removed = AccountSetup::remove(name, *secrets, m_session.environment().settingsFile);
    QStringList lines;
    if (removed.removed)
        lines.append(tr("The account “%1” was removed.").arg(name));
    for (const QString& key : removed.dropped)
        lines.append(tr("The upload of key %1 that was waiting for this account was dropped.").arg(key));
    lines += removed.problems;
    showSettingsHealth();
    fillAccounts({});
    if (m_accounts->count() == 0 && !settingsProblemShown()) {
        addAccount(); // none left: set one up, or go back and choose another place
        return;
    }
    m_removed->setText(lines.join(QLatin1Char('\n')));
    m_removed->show();
}

void AccountPage::accountSaved(const QString& name)
{
    showSettingsHealth();
    fillAccounts(name);
    showChooser();
}

void AccountPage::showChooser()
{
    if (m_accounts->count() == 0 && !settingsProblemShown()) {
        addAccount();
        return;
    }
    m_stack->setCurrentWidget(m_chooser);
    setSubTitle(tr("Choose the account to upload the key to. Its password is read from the system keychain."));
    emit completeChanged();
}

bool AccountPage::isComplete() const
{
    return !isSettingUp() && !m_session.accountName.isEmpty();
}

int AccountPage::nextId() const
{
    return TargetsPage::pageAfter(m_session, TargetKind::Account);
}

void AccountPage::clear()
{
    m_form->wipe();
    const QSignalBlocker blocker(m_accounts);
    m_accounts->clear();
    m_details->clear();
    m_settingsProblem->clear();
    m_settingsProblem->hide();
}

} // namespace keyhaven
