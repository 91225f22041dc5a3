// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountSetupForm.h"

#include "RecoveryKeyEdit.h"

#include "accounts/AccountSetup.h"
#include "accounts/AccountStore.h"
#include "accounts/ConnectionCheck.h"
#include "accounts/SecretStore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace keyhaven {

namespace {

QLineEdit* lineEdit(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
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

QString AccountSetupForm::freeName(const QString& base) const
{
    const AccountStore store(m_settingsFile);
    QString name = base;
    for (int number = 2; store.find(name); ++number)
        name = QStringLiteral("%1-%2").arg(base).arg(number);
    return name;
}

AccountSetupForm::AccountSetupForm(std::shared_ptr<SecretStore> secrets, QString settingsFile, QWidget* parent)
    : QWidget(parent)
    , m_secrets(std::move(secrets))
    , m_settingsFile(std::move(settingsFile))
    , m_check(new ConnectionCheck(this))
{
    setObjectName(QStringLiteral("accountSetupForm"));

    m_webDav = new QRadioButton(tr("Cloud storage: Nextcloud, ownCloud or another &WebDAV server"), this);
    m_webDav->setObjectName(QStringLiteral("webDavRadioButton"));
    m_crypt = new QRadioButton(tr("&Your organisation's key server (Crypt Server)"), this);
    m_crypt->setObjectName(QStringLiteral("cryptServerRadioButton"));
    auto* kinds = new QButtonGroup(this);
    kinds->addButton(m_webDav);
    kinds->addButton(m_crypt);
    m_webDav->setChecked(true);

    m_name = lineEdit(this, QStringLiteral("accountNameLineEdit"), tr("Name of the account"));
    m_url = lineEdit(this, QStringLiteral("accountUrlLineEdit"), tr("Server address"));
    m_user = lineEdit(this, QStringLiteral("accountUserLineEdit"), tr("User name"));
    m_password = lineEdit(this, QStringLiteral("accountPasswordLineEdit"), tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhHiddenText);
    m_passwordHint = wrappedLabel(this, QStringLiteral("accountPasswordHintLabel"));
    m_folder = lineEdit(this, QStringLiteral("accountFolderLineEdit"), tr("Folder on the server"));
    m_folderLabel = new QLabel(tr("F&older:"), this);
    m_folderLabel->setBuddy(m_folder);

    m_addressHint = wrappedLabel(this, QStringLiteral("accountAddressHintLabel"));

    m_useCertificates
        = new QCheckBox(tr("The server needs certificate f&iles (your administrator gave you some)"), this);
    m_useCertificates->setObjectName(QStringLiteral("accountCertificatesCheckBox"));
    m_certificates = new QWidget(this);
    m_caFile = lineEdit(m_certificates, QStringLiteral("accountCaLineEdit"), tr("Certificate authority file"));
    m_clientCertificate = lineEdit(m_certificates, QStringLiteral("accountClientCertificateLineEdit"),
                                   tr("Client certificate file"));
    auto* caBrowse = new QPushButton(tr("Browse…"), m_certificates);
    caBrowse->setObjectName(QStringLiteral("accountCaBrowsePushButton"));
    caBrowse->setAccessibleName(tr("Browse for the certificate authority file"));
    auto* clientBrowse = new QPushButton(tr("Browse…"), m_certificates);
    clientBrowse->setObjectName(QStringLiteral("accountClientCertificateBrowsePushButton"));
    clientBrowse->setAccessibleName(tr("Browse for the client certificate file"));
    auto* certificateForm = new QFormLayout(m_certificates);
    certificateForm->setContentsMargins(0, 0, 0, 0);
    certificateForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(caBrowse);
    auto* clientRow = new QHBoxLayout;
    clientRow->addWidget(m_clientCertificate, 1);
    clientRow->addWidget(clientBrowse);
    certificateForm->addRow(tr("Trust this certificate aut&hority (PEM):"), caRow);
    certificateForm->addRow(tr("Sign in with this client certificate and &key (PEM):"), clientRow);
    m_certificates->setVisible(false);

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnectionPushButton"));
    m_save = new QPushButton(tr("Sa&ve account"), this);
    m_save->setObjectName(QStringLiteral("saveAccountPushButton"));
    m_cancel = new QPushButton(tr("Back to the accounts"), this);
    m_cancel->setObjectName(QStringLiteral("cancelAccountPushButton"));

    m_resultIcon = new QLabel(this);
    m_resultIcon->setObjectName(QStringLiteral("connectionResultIconLabel"));
    m_result = wrappedLabel(this, QStringLiteral("connectionResultLabel"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop); // beside its icon, not below it

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("Server addr&ess:"), m_url);
    form->addRow(QString(), m_addressHint);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_passwordHint);
    form->addRow(m_folderLabel, m_folder);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);

    auto* resultRow = new QHBoxLayout;
    resultRow->addWidget(m_resultIcon, 0, Qt::AlignTop);
    resultRow->addWidget(m_result, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_webDav);
    layout->addWidget(m_crypt);
    layout->addLayout(form);
    layout->addWidget(m_useCertificates);
    layout->addWidget(m_certificates);
    layout->addLayout(buttons);
    layout->addLayout(resultRow);
    layout->addStretch(1);

    connect(m_webDav, &QRadioButton::toggled, this, &AccountSetupForm::kindChanged);
    connect(m_useCertificates, &QCheckBox::toggled, m_certificates, &QWidget::setVisible);
    connect(caBrowse, &QPushButton::clicked, this,
            [this] { browse(m_caFile, tr("Choose the certificate authority file")); });
    connect(clientBrowse, &QPushButton::clicked, this,
            [this] { browse(m_clientCertificate, tr("Choose the client certificate file")); });
    connect(m_test, &QPushButton::clicked, this, &AccountSetupForm::testConnection);
    connect(m_save, &QPushButton::clicked, this, &AccountSetupForm::save);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        wipe();
        emit cancelled();
    });
    connect(m_check, &ConnectionCheck::finished, this, &AccountSetupForm::connectionTested);
    kindChanged();
}

AccountSetupForm::~AccountSetupForm()
{
    RecoveryKeyEdit::wipeLineEdit(m_password);
}

void AccountSetupForm::startNew(bool canCancel)
{
    wipe();
    m_editing = false;
    m_name->setReadOnly(false);
    m_name->clear();
    m_suggestedName.clear();
    m_url->clear();
    m_user->clear();
    m_caFile->clear();
    m_clientCertificate->clear();
    m_useCertificates->setChecked(false);
    m_folder->setText(QString(Account::DefaultFolder));
    m_webDav->setChecked(true);
    m_cancel->setVisible(canCancel);
    kindChanged();
}

void AccountSetupForm::startEditing(const Account& account)
{
    wipe();
    m_editing = true;
    (account.kind == AccountKind::CryptServer ? m_crypt : m_webDav)->setChecked(true);
    m_name->setText(account.name);
    m_name->setReadOnly(true);
    m_url->setText(account.url.toString());
    m_user->setText(account.user);
    m_folder->setText(account.folder.isEmpty() ? QString(Account::DefaultFolder) : account.folder);
    m_caFile->setText(account.caBundle);
    m_clientCertificate->setText(account.clientCert);
    m_useCertificates->setChecked(!account.caBundle.isEmpty() || !account.clientCert.isEmpty());
    m_cancel->setVisible(true);
    kindChanged();
}

void AccountSetupForm::wipe()
{
    m_check->cancel();
    RecoveryKeyEdit::wipeLineEdit(m_password);
    m_result->clear();
    m_resultIcon->clear();
    m_test->setEnabled(true);
}

void AccountSetupForm::kindChanged()
{
    const bool webDav = m_webDav->isChecked();
    m_folder->setVisible(webDav);
    m_folderLabel->setVisible(webDav);
    if (!m_name->isReadOnly() && (m_name->text().isEmpty() || m_name->text() == m_suggestedName)) {
        m_suggestedName = freeName(webDav ? QStringLiteral("cloud") : QStringLiteral("work"));
        m_name->setText(m_suggestedName);
    }
    m_url->setPlaceholderText(webDav ? tr("https://cloud.example.org/remote.php/dav/files/USER/")
                                     : tr("https://keys.example.org/"));
    const QString plainHttp = tr("The address must start with https://. Plain http:// is accepted only for a server "
                                 "on this computer itself (such as http://127.0.0.1/), because it sends the key "
                                 "unprotected.");
    m_addressHint->setText(webDav ? tr("For Nextcloud: Files, then Settings at the bottom left, shows the WebDAV "
                                       "address.")
                                        + QLatin1Char(' ') + plainHttp
                                  : tr("The address your administrator gave you: the part before /checkin/.")
                                        + QLatin1Char(' ') + plainHttp);
    QString passwordHint = webDav ? tr("Nextcloud and ownCloud want an app password, made under Settings, Security.")
                                  : tr("Leave the user name and password empty unless your server asks for them.");
    if (m_editing)
        passwordHint += QLatin1Char(' ') + tr("Leave the password empty to keep the one in the system keychain.");
    m_passwordHint->setText(passwordHint);
}

void AccountSetupForm::browse(QLineEdit* field, const QString& title)
{
    const QString start = field->text().isEmpty() ? QDir::homePath() : field->text();
    const QString file = QFileDialog::getOpenFileName(this, title, start, tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        field->setText(QDir::toNativeSeparators(file));
}

std::optional<Account> AccountSetupForm::typedAccount()
{
    Account account;
    account.name = m_name->text().trimmed();
    account.kind = m_webDav->isChecked() ? AccountKind::WebDav : AccountKind::CryptServer;
    account.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    account.user = m_user->text().trimmed();
    if (m_useCertificates->isChecked()) {
        account.caBundle = QDir::fromNativeSeparators(m_caFile->text().trimmed());
        account.clientCert = QDir::fromNativeSeparators(m_clientCertificate->text().trimmed());
    }
    account.folder = m_folder->text().trimmed();
    QString problem = AccountSetup::complete(account, !account.folder.isEmpty());
    if (problem.isEmpty() && !m_editing && AccountStore(m_settingsFile).find(account.name))
        problem = tr("There is already an account called “%1”; choose another name.").arg(account.name);
    if (!problem.isEmpty()) {
        showResult(false, problem);
        return std::nullopt;
    }
    return account;
}

SecureBytes AccountSetupForm::password() const
{
    QString typed = m_password->text(); // shares the line edit's buffer, wiped with it
    if (!typed.isEmpty())
        return SecureBytes::fromUtf8(typed);
    if (!m_editing || !m_secrets)
        return {};
    SecretStore::Result stored = m_secrets->read(SecretStore::accountPasswordKey(m_name->text().trimmed()));
    return stored.ok() ? std::move(stored.secret) : SecureBytes();
}

void AccountSetupForm::testConnection()
{
    const std::optional<Account> account = typedAccount();
    if (!account)
        return;
    const SecureBytes secret = password();
    if (const QString problem = AccountSetup::checkPassword(*account, secret); !problem.isEmpty()) {
        showResult(false, problem);
        return;
    }
    m_test->setEnabled(false);
    m_result->setText(tr("Talking to %1 …").arg(account->url.toString(QUrl::RemoveUserInfo)));
    m_resultIcon->clear();
    m_check->start(*account, secret);
}

void AccountSetupForm::connectionTested(bool ok, const QString& message)
{
    m_test->setEnabled(true);
    showResult(ok, message);
}

void AccountSetupForm::save()
{
    const std::optional<Account> account = typedAccount();
    if (!account)
        return;
    const SecureBytes secret = password();
    if (const QString problem = AccountSetup::checkPassword(*account, secret); !problem.isEmpty()) {
        showResult(false, problem);
        return;
    }
    if (!m_secrets) {
        showResult(false, tr("There is no system keychain to keep the password in; the account was not saved."));
        return;
    }
    const AccountSetup::Saved saved = AccountSetup::save(*account, secret, *m_secrets, m_settingsFile);
    if (!saved.ok) {
        showResult(false, saved.problem);
        return;
    }
    wipe();
    emit this->saved(account->name);
}

void AccountSetupForm::showResult(bool ok, const QString& message)
{
    m_result->setText(message);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QIcon icon
        = style()->standardIcon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical, nullptr, this);
    m_resultIcon->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatioF()));
}

} // namespace keyhaven
