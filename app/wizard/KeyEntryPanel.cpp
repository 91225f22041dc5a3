// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyEntryPanel.h"

#include "RecoveryKeyEdit.h"

#include "keys/KeyId.h"
#include "keys/TypedText.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QValidator>
#include <QVBoxLayout>

#include <algorithm>

namespace keyhaven {

namespace {

// The ID field accepts any spelling while it is typed; it is acceptable once it is a whole key ID.
class KeyIdValidator : public QValidator
{
public:
    using QValidator::QValidator;
    State validate(QString& input, int&) const override { return KeyId::parse(input) ? Acceptable : Intermediate; }
};

QList<KeyId> recoveryPasswordIds(const Volume& volume)
{
    QList<KeyId> ids;
    for (const Protector& protector : volume.protectors)
        if (protector.type == ProtectorType::RecoveryPassword)
            ids.append(protector.id);
    return ids;
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'F') || (u >= u'a' && u <= u'f');
}

// The first group in which two canonical keys differ (1-based), or 0 when they are the same.
int firstDifferentGroup(const SecureBytes& a, const SecureBytes& b)
{
    const std::string_view left = a.view();
    const std::string_view right = b.view();
    int group = 1;
    for (std::size_t i = 0; i < std::max(left.size(), right.size()); ++i) {
        const char l = i < left.size() ? left[i] : '\0';
        const char r = i < right.size() ? right[i] : '\0';
        if (l != r)
            return group;
        if (l == '-')
            ++group;
    }
    return 0;
}

QLabel* plainLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

KeyEntryPanel::KeyEntryPanel(QWidget* parent)
    : QWidget(parent)
{
    m_keyEdit = new RecoveryKeyEdit(this);
    m_keyLabel = new QLabel(tr("&Recovery key:"), this);
    m_keyLabel->setBuddy(m_keyEdit->lineEdit());

    m_confirmEdit = new RecoveryKeyEdit(this);
    m_confirmEdit->setObjectName(QStringLiteral("confirmKeyEdit"));
    m_confirmEdit->lineEdit()->setObjectName(QStringLiteral("confirmKeyLineEdit"));
    m_confirmEdit->setFeedbackVisible(false);
    m_confirmLabel = new QLabel(tr("Type it &again:"), this);
    m_confirmLabel->setBuddy(m_confirmEdit->lineEdit());

    // The icon right beside its message, under the fields: a child of the message, in its left margin (a layout of
    // the two in the form would give the wrapped message more height than it needs).
    m_mismatchLabel = plainLabel(QStringLiteral("keyMismatchLabel"), this);
    m_mismatchLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_mismatchIcon = new QLabel(m_mismatchLabel);
    m_mismatchIcon->setObjectName(QStringLiteral("keyMismatchIconLabel"));
    m_mismatchIcon->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_externalKeyLabel = plainLabel(QStringLiteral("externalKeyLabel"), this);

    m_idEdit = new QLineEdit(this);
    m_idEdit->setObjectName(QStringLiteral("keyIdLineEdit"));
    m_idEdit->setAccessibleName(tr("Recovery key ID"));
    m_idEdit->setValidator(new KeyIdValidator(m_idEdit));
    m_idEdit->setPlaceholderText(tr("XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX"));
    m_idEdit->setMaxLength(80);
    m_idLabel = new QLabel(tr("Recovery key &ID:"), this);
    m_idLabel->setBuddy(m_idEdit);
    m_idStatusLabel = plainLabel(QStringLiteral("keyIdStatusLabel"), this);
    m_idStatusLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(m_keyLabel, m_keyEdit);
    m_form->addRow(m_confirmLabel, m_confirmEdit);
    m_form->addRow(QString(), m_mismatchLabel);
    m_form->addRow(QString(), m_externalKeyLabel);
    m_form->addRow(m_idLabel, m_idEdit);
    m_form->addRow(QString(), m_idStatusLabel);
    m_form->setRowVisible(m_mismatchLabel, false);
    m_form->setRowVisible(m_externalKeyLabel, false);

    setTabOrder(m_keyEdit->lineEdit(), m_confirmEdit->lineEdit());
    setTabOrder(m_confirmEdit->lineEdit(), m_idEdit);

    QObject::connect(m_keyEdit, &RecoveryKeyEdit::changed, this, [this] {
        updateMismatch();
        changed();
    });
    QObject::connect(m_confirmEdit, &RecoveryKeyEdit::changed, this, [this] {
        updateMismatch();
        changed();
    });
    QObject::connect(m_idEdit, &QLineEdit::textChanged, this, [this] {
        updateId();
        changed();
    });
    QObject::connect(m_idEdit, &QLineEdit::editingFinished, this, [this] {
        // Any spelling is accepted; once complete it is shown the way recovery screens and files write it.
        if (const std::optional<KeyId> id = KeyId::parse(m_idEdit->text());
            id && !m_idEdit->isReadOnly() && m_idEdit->text() != id->toString())
            m_idEdit->setText(id->toString());
    });
}

void KeyEntryPanel::prepare()
{
    if (!m_mismatchIcon->pixmap().isNull())
        return;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_mismatchIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(QSize(iconSize, iconSize)));
    m_mismatchIcon->setGeometry(0, 0, iconSize, iconSize);
    const int spacing = std::max(4, style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, this));
    m_mismatchLabel->setContentsMargins(iconSize + spacing, 0, 0, 0);
    m_idEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

QWidget* KeyEntryPanel::firstField() const
{
    return m_keyEdit->lineEdit();
}

void KeyEntryPanel::changed()
{
    if (m_changed)
        m_changed();
}

void KeyEntryPanel::wipe()
{
    m_keyEdit->clear();
    m_confirmEdit->clear();
    m_idEdit->clear();
    m_mismatchLabel->clear();
    m_form->setRowVisible(m_mismatchLabel, false);
}

bool KeyEntryPanel::idRequired() const
{
    // A found drive's protectors give the ID (the check against it fills it in). Without a drive, a BitLocker key
    // needs one; a FileVault key's ID is its volume's UUID, which people seldom have.
    return !m_volume && m_kind != KeyKind::FileVaultPersonalRecoveryKey;
}

KeyEntryPanel::IdState KeyEntryPanel::idState() const
{
    const QString text = m_idEdit->text();
    if (text.trimmed().isEmpty())
        return IdState::Missing;
    return KeyId::parse(text) ? IdState::Valid : IdState::Invalid;
}

void KeyEntryPanel::setIdText(const QString& text, bool readOnly)
{
    m_idEdit->setText(text);
    m_idEdit->setReadOnly(readOnly);
    updateId();
}

void KeyEntryPanel::showTyped(KeyKind kind, const std::optional<Volume>& volume)
{
    m_fromFile = false;
    m_kind = kind;
    m_volume = volume;
    m_driveIds = volume ? recoveryPasswordIds(*volume) : QList<KeyId>();
    m_keyEdit->setKind(kind);
    m_confirmEdit->setKind(kind);
    m_keyEdit->setReadOnly(false);
    m_form->setRowVisible(m_keyEdit, true);
    m_form->setRowVisible(m_confirmEdit, true);
    m_form->setRowVisible(m_externalKeyLabel, false);
    const bool fileVault = kind == KeyKind::FileVaultPersonalRecoveryKey;
    m_keyEdit->setKeyAccessibleName(fileVault ? tr("FileVault personal recovery key") : tr("BitLocker recovery key"));
    m_confirmEdit->setKeyAccessibleName(fileVault ? tr("FileVault personal recovery key, typed again")
                                                  : tr("BitLocker recovery key, typed again"));
    m_idLabel->setText(fileVault ? tr("Volume &UUID:") : tr("Recovery key &ID:"));
    m_idEdit->setAccessibleName(fileVault ? tr("Volume UUID") : tr("Recovery key ID"));
    if (volume && fileVault)
        setIdText(volume->guid ? volume->guid->toString() : QString(), volume->guid.has_value());
    else if (volume)
        setIdText(m_driveIds.size() == 1 ? m_driveIds.first().toString() : QString(), false);
    else
        setIdText(QString(), false);
    updateMismatch();
    changed();
}

void KeyEntryPanel::showFromFile(const RecoveryKey& key, const std::optional<Volume>& volume)
{
    m_fromFile = true;
    m_kind = key.kind;
    m_volume = volume;
    m_driveIds = volume ? recoveryPasswordIds(*volume) : QList<KeyId>();
    m_confirmEdit->clear();
    m_form->setRowVisible(m_confirmEdit, false);
    m_form->setRowVisible(m_mismatchLabel, false);
    const bool fileVault = key.kind == KeyKind::FileVaultPersonalRecoveryKey;
    m_idLabel->setText(fileVault ? tr("Volume &UUID:") : tr("Recovery key &ID:"));
    m_idEdit->setAccessibleName(fileVault ? tr("Volume UUID") : tr("Recovery key ID"));

    if (key.kind == KeyKind::BitLockerExternalKey) {
        m_keyEdit->clear();
        m_form->setRowVisible(m_keyEdit, false);
        m_externalKeyLabel->setText(
            tr("This is a BitLocker startup key (.BEK file). Its 32 bytes have no text form, so they are not shown. "
               "Keyhaven can check it against its drive, but cannot save it as text, print it or upload it: keep "
               "the .BEK file itself on a USB stick, away from the computer."));
        m_form->setRowVisible(m_externalKeyLabel, true);
        m_idLabel->setText(tr("Protector &ID:"));
    } else {
        m_form->setRowVisible(m_externalKeyLabel, false);
        m_keyEdit->setKind(key.kind);
        m_keyEdit->setKey(key.secret);
        m_keyEdit->setReadOnly(true);
        m_keyEdit->setKeyAccessibleName(fileVault ? tr("FileVault personal recovery key (from the file)")
                                                  : tr("BitLocker recovery key (from the file)"));
        m_form->setRowVisible(m_keyEdit, true);
    }

    if (key.id)
        setIdText(key.id->toString(), true);
    else if (fileVault && volume && volume->guid)
        setIdText(volume->guid->toString(), true);
    else if (volume && !fileVault)
        setIdText(m_driveIds.size() == 1 ? m_driveIds.first().toString() : QString(), false);
    else
        setIdText(QString(), false);
    changed();
}

void KeyEntryPanel::updateMismatch()
{
    if (m_fromFile || m_confirmEdit->isEmpty()) {
        m_form->setRowVisible(m_mismatchLabel, false);
        return;
    }
    QString text;
    if (!m_confirmEdit->isAcceptable()) {
        const QList<RecoveryKeyEdit::GroupState> states = m_confirmEdit->groupStates();
        const bool stillTyping = !states.contains(RecoveryKeyEdit::GroupState::Wrong)
            && (states.contains(RecoveryKeyEdit::GroupState::Partial)
                || states.contains(RecoveryKeyEdit::GroupState::Empty));
        if (!stillTyping && !m_confirmEdit->problems().isEmpty())
            text = tr("The second copy is not right: %1").arg(m_confirmEdit->problems().first().message);
    } else if (m_keyEdit->isAcceptable()) {
        const SecureBytes first = m_keyEdit->canonicalKey();
        const SecureBytes second = m_confirmEdit->canonicalKey();
        const int group = firstDifferentGroup(first, second);
        if (group > 0)
            text = tr("The two copies differ in group %1. Check both against your copy: the keys must match.")
                       .arg(group);
    }
    m_mismatchLabel->setText(text);
    m_form->setRowVisible(m_mismatchLabel, !text.isEmpty());
}

void KeyEntryPanel::updateId()
{
    const QString text = m_idEdit->text();
    QString status;
    switch (idState()) {
    case IdState::Missing:
        if (m_volume && m_kind != KeyKind::FileVaultPersonalRecoveryKey)
            status = tr("No need to type the key ID: the check against the drive finds which of its recovery keys "
                        "this is, and fills in its ID.");
        else if (idRequired())
            status = tr("Type the key ID from your copy: 32 letters and digits, shown next to the key. The recovery "
                        "screen shows its first 8 characters.");
        else
            status = tr("Optional: the UUID of the FileVault volume, when you know it.");
        break;
    case IdState::Invalid: {
        QString folded = foldTypedText(text);
        int digits = 0;
        bool foreign = false;
        for (QChar c : std::as_const(folded)) {
            if (isHexDigit(c))
                ++digits;
            else if (!isSeparator(c) && c != QLatin1Char('{') && c != QLatin1Char('}'))
                foreign = true;
        }
        // KeyIdPrefix names the character that cannot be in an ID.
        status = foreign ? KeyIdPrefix::parse(text).error
                         : tr("A key ID has 32 characters, digits 0–9 and letters A–F; this has %n.", nullptr,
                              digits);
        break;
    }
    case IdState::Valid: {
        const KeyId id = *KeyId::parse(text);
        if (m_kind == KeyKind::FileVaultPersonalRecoveryKey) {
            status = tr("The volume's UUID: %1.").arg(id.toString());
            break;
        }
        status = tr("The recovery screen shows the first 8 characters of this ID: %1.").arg(id.shortForm());
        if (m_volume && m_kind == KeyKind::BitLockerRecoveryPassword && !m_driveIds.isEmpty()
            && !m_driveIds.contains(id)) {
            QStringList known;
            for (const KeyId& other : std::as_const(m_driveIds))
                known << other.toString();
            status += QLatin1Char(' ')
                + tr("This drive has no recovery key with this ID; its recovery key ID is %1. The check against "
                     "the drive will tell which one the key opens.")
                      .arg(known.join(tr(", ")));
        }
        break;
    }
    }
    m_idStatusLabel->setText(status);
}

bool KeyEntryPanel::isComplete() const
{
    const IdState id = idState();
    const bool idOk = id == IdState::Valid || (id == IdState::Missing && !idRequired());
    if (m_fromFile)
        return idOk;
    if (!idOk || !m_keyEdit->isAcceptable() || !m_confirmEdit->isAcceptable())
        return false;
    return m_keyEdit->canonicalKey() == m_confirmEdit->canonicalKey();
}

SecureBytes KeyEntryPanel::typedKey() const
{
    return m_keyEdit->canonicalKey();
}

std::optional<KeyId> KeyEntryPanel::id() const
{
    return KeyId::parse(m_idEdit->text());
}

} // namespace keyhaven
