// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindIdPage.h"

#include "BackupWizard.h"
#include "WizardSession.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace keyhaven {

FindIdPage::FindIdPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("findIdPage"));
    setTitle(tr("Which key are you looking for?"));
    setSubTitle(tr("The recovery screen shows a recovery key ID to tell which key it needs, for example "
                   "“Recovery key ID: 64311DEA”."));

    auto* label
        = new QLabel(tr("Enter the recovery key &ID shown on the recovery screen (8 or more characters):"), this);
    label->setObjectName(QStringLiteral("keyIdPrefixLabel"));
    label->setWordWrap(true);

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("keyIdPrefixLineEdit"));
    m_edit->setAccessibleName(tr("Recovery key ID"));
    m_edit->setAccessibleDescription(tr("The first 8 or more characters of the recovery key ID shown on the "
                                        "recovery screen"));
    m_edit->setPlaceholderText(tr("for example 64311DEA"));
    m_edit->setMaxLength(120); // a full ID with braces, dashes and spaces fits many times over
    label->setBuddy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &FindIdPage::textChanged);
    registerField(QStringLiteral("keyIdPrefix"), m_edit);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("keyIdProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);

    auto* hint = new QLabel(tr("Dashes, spaces, braces and lower case do not matter. If several keys start with "
                               "the same characters, Keyhaven asks for more of them."),
                            this);
    hint->setObjectName(QStringLiteral("keyIdHintLabel"));
    hint->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_problemLabel);
    layout->addSpacing(style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
    layout->addWidget(hint);
    layout->addStretch();

    // A key ID is not secret, but a restart starts afresh.
    connect(&m_session, &WizardSession::wiped, this, [this] { m_edit->clear(); });
}

void FindIdPage::initializePage()
{
    // Here, not in the constructor, which runs while the wizard starts: the clear button's icon is looked up in
    // the icon theme, and a line edit loads its font as soon as it gets one.
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setClearButtonEnabled(true);
    QWizardPage::initializePage();
}

std::optional<KeyIdPrefix> FindIdPage::prefix() const
{
    return KeyIdPrefix::parse(m_edit->text()).prefix;
}

bool FindIdPage::isComplete() const
{
    return prefix().has_value();
}

int FindIdPage::nextId() const
{
    return BackupWizard::FindWherePageId;
}

void FindIdPage::textChanged()
{
    const QString text = m_edit->text();
    if (text.trimmed().isEmpty()) {
        m_problemLabel->clear();
    } else {
        const KeyIdPrefix::Parsed parsed = KeyIdPrefix::parse(text);
        if (parsed.prefix)
            m_problemLabel->setText(
                parsed.prefix->isFullId()
                    ? tr("The full recovery key ID: %1.").arg(parsed.prefix->hexDigits())
                    : tr("Keyhaven looks for keys whose ID starts with %1.").arg(parsed.prefix->hexDigits()));
        else
            m_problemLabel->setText(parsed.error);
    }
    emit completeChanged();
}

} // namespace keyhaven
