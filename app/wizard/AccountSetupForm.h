// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/Account.h"
#include "keys/SecureBytes.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace keyhaven {

class ConnectionCheck;
class SecretStore;

// Setting up one account in the wizard, as `keyhaven-cli account add` does (the same rules, AccountSetup): the
// kind of server, its address, the user and password (into the system keychain), optional certificate files,
// "Test connection" against the real server, and saving. Editing an account keeps its stored password unless a
// new one is typed.
class AccountSetupForm : public QWidget
{
    Q_OBJECT

public:
    AccountSetupForm(std::shared_ptr<SecretStore> secrets, QString settingsFile, QWidget* parent = nullptr);
    ~AccountSetupForm() override;

    // An empty form for a new account; `canCancel`: there are other accounts to go back to.
    void startNew(bool canCancel);
    void startEditing(const Account& account);
    // Forgets the password typed and stops a running test.
    void wipe();

signals:
    void saved(const QString& name);
    void cancelled();

private:
    void kindChanged();
    void browse(QLineEdit* field, const QString& title);
    void testConnection();
    void connectionTested(bool ok, const QString& message);
    void save();
    // The account as typed and checked, or nothing with the problem shown.
    std::optional<Account> typedAccount();
    // The typed password, or (editing, nothing typed) the one in the keychain.
    SecureBytes password() const;
    void showResult(bool ok, const QString& message);
    // `base`, or base-2, base-3 … when an account of that name exists.
    QString freeName(const QString& base) const;

    std::shared_ptr<SecretStore> m_secrets;
    QString m_settingsFile;
    bool m_editing = false;
    QString m_suggestedName;
    QRadioButton* m_webDav = nullptr;
    QRadioButton* m_crypt = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_passwordHint = nullptr;
    QLabel* m_folderLabel = nullptr;
    QLineEdit* m_folder = nullptr;
    QCheckBox* m_useCertificates = nullptr;
    QWidget* m_certificates = nullptr;
    QLineEdit* m_caFile = nullptr;
    QLineEdit* m_clientCertificate = nullptr;
    QLabel* m_addressHint = nullptr;
    QLabel* m_resultIcon = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_test = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
    ConnectionCheck* m_check = nullptr;
};

} // namespace keyhaven
