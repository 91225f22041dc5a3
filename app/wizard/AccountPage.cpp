// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountPage.h"

#include "TargetsPage.h"
#include "WizardSession.h"

#include "accounts/AccountStore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace keyhaven {

AccountPage::AccountPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("accountPage"));
    setTitle(tr("Save to your account"));
    setSubTitle(tr("Choose the account to upload the key to. Its password is read from the system keychain."));

    m_accounts = new QComboBox(this);
    m_accounts->setObjectName(QStringLiteral("accountComboBox"));
    m_accounts->setAccessibleName(tr("Account"));
    m_accounts->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* accountLabel = new QLabel(tr("&Account:"), this);
    accountLabel->setBuddy(m_accounts);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("accountDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* note = new QLabel(tr("Keyhaven says the key is saved only once the server confirmed it. When the server "
                               "cannot be reached, the key waits in the system keychain (never in a file) and "
                               "Keyhaven tries again later."),
                            this);
    note->setObjectName(QStringLiteral("accountNoteLabel"));
    note->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(accountLabel, m_accounts);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_details);
    layout->addWidget(note);
    layout->addStretch(1);

    registerField(QStringLiteral("account.name"), m_accounts, "currentText", SIGNAL(currentTextChanged(QString)));
    connect(m_accounts, &QComboBox::currentIndexChanged, this, &AccountPage::accountChosen);
    connect(&m_session, &WizardSession::wiped, this, &AccountPage::clear);
}

void AccountPage::initializePage()
{
    TargetsPage::labelNextButton(*this, nextId());
    const QString wanted = m_session.accountName;
    const QSignalBlocker blocker(m_accounts);
    m_accounts->clear();
    const QList<Account> accounts = AccountStore(m_session.environment().settingsFile).accounts();
    for (const Account& account : accounts)
        m_accounts->addItem(account.name, account.name);
    const int index = m_accounts->findData(wanted);
    m_accounts->setCurrentIndex(index >= 0 ? index : (accounts.isEmpty() ? -1 : 0));
    accountChosen();
}

void AccountPage::accountChosen()
{
    const QString name = m_accounts->currentData().toString();
    m_session.accountName = name;
    const std::optional<Account> account
        = name.isEmpty() ? std::nullopt : AccountStore(m_session.environment().settingsFile).find(name);
    if (!account) {
        m_details->setText(tr("No account is set up. Add one with “keyhaven-cli account add”, then start again."));
    } else {
        const QString server = account->url.toString(QUrl::RemoveUserInfo);
        QString details = account->kind == AccountKind::CryptServer
            ? tr("Crypt Server at %1: the key is checked in for this computer.").arg(server)
            : tr("WebDAV storage at %1: the key is saved as a text file in the folder “%2”, and a sheet saved "
                 "as a PDF in this backup goes beside it.")
                  .arg(server, account->folder.isEmpty() ? QStringLiteral("/") : account->folder);
        if (!account->user.isEmpty())
            details += QLatin1Char('\n') + tr("User: %1").arg(account->user);
        m_details->setText(details);
    }
    emit completeChanged();
}

bool AccountPage::isComplete() const
{
    return !m_session.accountName.isEmpty();
}

int AccountPage::nextId() const
{
    return TargetsPage::pageAfter(m_session, TargetKind::Account);
}

void AccountPage::clear()
{
    const QSignalBlocker blocker(m_accounts);
    m_accounts->clear();
    m_details->clear();
}

} // namespace keyhaven
