// SPDX-License-Identifier: GPL-3.0-or-later
#include "MacNameField.h"

#include "WizardSession.h"

#include "accounts/MachineIdentity.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace keyhaven {

MacNameField::MacNameField(WizardSession& session, const QString& editName, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("macNameField"));
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(editName);
    m_edit->setAccessibleName(tr("Name of the Mac"));
    m_edit->setPlaceholderText(tr("e.g. Anna's MacBook Air"));
    auto* label = new QLabel(tr("Which &Mac is this key for?"), this);
    label->setBuddy(m_edit);
    auto* why = new QLabel(tr("The key file (in a folder, on a USB flash drive or in cloud storage) is named after "
                              "it, and the sheet shows it, so that the keys of two Macs never mix up."),
                           this);
    why->setObjectName(QStringLiteral("macNameWhyLabel"));
    why->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_edit, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(why);
    hide();
    connect(m_edit, &QLineEdit::textChanged, this, &MacNameField::typed);
    connect(&m_session, &WizardSession::wiped, this, [this] {
        const QSignalBlocker blocker(m_edit);
        m_edit->clear();
    });
}

bool MacNameField::isNeeded() const
{
    const std::optional<RecoveryKey>& key = m_session.key;
    return key && key->kind == KeyKind::FileVaultPersonalRecoveryKey && !key->id && key->identifier.trimmed().isEmpty();
}

bool MacNameField::isMissing() const
{
    return isNeeded() && m_edit->text().trimmed().isEmpty();
}

void MacNameField::refresh()
{
    setVisible(isNeeded());
    if (!isNeeded())
        return;
    QString mac = m_session.key->deviceName;
#if defined(Q_OS_MACOS)
    if (mac.isEmpty())
        mac = MachineIdentity::computerName(); // this Mac, most likely
#endif
    const QSignalBlocker blocker(m_edit);
    m_edit->setText(mac);
    m_session.key->deviceName = mac.trimmed();
}

void MacNameField::typed()
{
    if (isNeeded())
        m_session.key->deviceName = m_edit->text().trimmed();
    emit changed();
}

} // namespace keyhaven
