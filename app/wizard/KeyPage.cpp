// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyPage.h"

#include "BackupWizard.h"
#include "KeyFileDialog.h"
#include "RecoveryKeyEdit.h"
#include "VolumeLabels.h"
#include "WizardSession.h"

#include "formats/KeyFile.h"
#include "keys/KeyId.h"
#include "keys/TypedText.h"
#include "volumes/KeyBelonging.h"

#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QValidator>

namespace keyhaven {

namespace {

// The ID field accepts any spelling while it is typed; it is acceptable once it is a whole key ID.
class KeyIdValidator : public QValidator
{
public:
    using QValidator::QValidator;
    State validate(QString& input, int&) const override { return KeyId::parse(input) ? Acceptable : Intermediate; }
};

bool fitsVolume(KeyKind kind, const Volume& volume)
{
    return keyKindFits(kind, volume.type);
}

// A FileVault key typed without an ID is taken as the volume's own (its ID is the volume's UUID).
bool belongsToVolume(const RecoveryKey& key, const Volume& volume)
{
    if (volume.type == VolumeType::FileVault && !key.id && !key.volumeGuid)
        return keyKindFits(key.kind, volume.type);
    return keyBelongsTo(key, volume);
}

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

} // namespace

KeyPage::KeyPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("keyPage"));
    setTitle(tr("The recovery key"));

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("keyIntroLabel"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    m_keyEdit = new RecoveryKeyEdit(this);
    m_keyLabel = new QLabel(tr("&Recovery key:"), this);
    m_keyLabel->setBuddy(m_keyEdit->lineEdit());

    m_confirmEdit = new RecoveryKeyEdit(this);
    m_confirmEdit->setObjectName(QStringLiteral("confirmKeyEdit"));
    m_confirmEdit->lineEdit()->setObjectName(QStringLiteral("confirmKeyLineEdit"));
    m_confirmEdit->setFeedbackVisible(false);
    m_confirmLabel = new QLabel(tr("Type it &again:"), this);
    m_confirmLabel->setBuddy(m_confirmEdit->lineEdit());

    // Its icon is set when the page is first shown (initializePage), like the ID field's fixed-pitch font.
    auto* mismatchIcon = new QLabel(this);
    mismatchIcon->setObjectName(QStringLiteral("keyMismatchIconLabel"));
    m_mismatchLabel = new QLabel(this);
    m_mismatchLabel->setObjectName(QStringLiteral("keyMismatchLabel"));
    m_mismatchLabel->setWordWrap(true);
    m_mismatchLabel->setTextFormat(Qt::PlainText);
    m_mismatchLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    mismatchIcon->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_mismatchIcon = mismatchIcon;

    m_externalKeyLabel = new QLabel(this);
    m_externalKeyLabel->setObjectName(QStringLiteral("externalKeyLabel"));
    m_externalKeyLabel->setWordWrap(true);
    m_externalKeyLabel->setTextFormat(Qt::PlainText);

    m_idEdit = new QLineEdit(this);
    m_idEdit->setObjectName(QStringLiteral("keyIdLineEdit"));
    m_idEdit->setAccessibleName(tr("Recovery key ID"));
    m_idEdit->setValidator(new KeyIdValidator(m_idEdit));
    m_idEdit->setPlaceholderText(tr("XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX"));
    m_idEdit->setMaxLength(80);
    m_idLabel = new QLabel(tr("Recovery key &ID:"), this);
    m_idLabel->setBuddy(m_idEdit);
    m_idStatusLabel = new QLabel(this);
    m_idStatusLabel->setObjectName(QStringLiteral("keyIdStatusLabel"));
    m_idStatusLabel->setWordWrap(true);
    m_idStatusLabel->setTextFormat(Qt::PlainText);
    m_idStatusLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_openFileButton = new QPushButton(tr("Open a key &file for this drive…"), this);
    m_openFileButton->setObjectName(QStringLiteral("keyPageOpenKeyFilePushButton"));
    m_typeInsteadButton = new QPushButton(tr("&Type the key instead"), this);
    m_typeInsteadButton->setObjectName(QStringLiteral("typeKeyInsteadPushButton"));
    m_fileProblemLabel = new QLabel(this);
    m_fileProblemLabel->setObjectName(QStringLiteral("keyFileProblemLabel"));
    m_fileProblemLabel->setWordWrap(true);
    m_fileProblemLabel->setTextFormat(Qt::PlainText);
    m_fileProblemLabel->hide();

    auto* form = new QFormLayout;
    m_form = form;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_keyLabel, m_keyEdit);
    form->addRow(m_confirmLabel, m_confirmEdit);
    form->addRow(m_mismatchIcon, m_mismatchLabel);
    form->addRow(QString(), m_externalKeyLabel);
    form->addRow(m_idLabel, m_idEdit);
    form->addRow(QString(), m_idStatusLabel);
    form->setRowVisible(m_mismatchLabel, false);
    form->setRowVisible(m_externalKeyLabel, false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openFileButton);
    buttons->addWidget(m_typeInsteadButton);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_fileProblemLabel);
    layout->addStretch(1);

    setTabOrder(m_keyEdit->lineEdit(), m_confirmEdit->lineEdit());
    setTabOrder(m_confirmEdit->lineEdit(), m_idEdit);
    setTabOrder(m_idEdit, m_openFileButton);
    setTabOrder(m_openFileButton, m_typeInsteadButton);

    registerField(QStringLiteral("keyId"), m_idEdit);

    connect(m_keyEdit, &RecoveryKeyEdit::changed, this, [this] {
        updateMismatch();
        emit completeChanged();
    });
    connect(m_confirmEdit, &RecoveryKeyEdit::changed, this, [this] {
        updateMismatch();
        emit completeChanged();
    });
    connect(m_idEdit, &QLineEdit::textChanged, this, [this] {
        updateId();
        emit completeChanged();
    });
    connect(m_idEdit, &QLineEdit::editingFinished, this, [this] {
        // Any spelling is accepted; once complete it is shown the way recovery screens and files write it.
        if (const std::optional<KeyId> id = KeyId::parse(m_idEdit->text());
            id && !m_idEdit->isReadOnly() && m_idEdit->text() != id->toString())
            m_idEdit->setText(id->toString());
    });
    connect(m_openFileButton, &QPushButton::clicked, this, &KeyPage::chooseKeyFile);
    connect(m_typeInsteadButton, &QPushButton::clicked, this, &KeyPage::typeInstead);
    connect(&m_session, &WizardSession::wiped, this, [this] {
        wipeFields();
        showTyped();
    });
    showTyped();
}

KeyPage::~KeyPage() = default;

bool KeyPage::keyFromFile() const
{
    return m_session.key && !m_session.key->source.isEmpty();
}

void KeyPage::initializePage()
{
    // Here rather than in the constructor, which runs while the wizard starts: the first icon of the icon theme
    // costs about 10 ms, and a line edit loads its font as soon as it gets one.
    if (m_mismatchIcon->pixmap().isNull()) {
        const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_mismatchIcon->setPixmap(
            style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(QSize(iconSize, iconSize)));
        m_idEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    wipeFields();
    if (const std::optional<Volume>& volume = m_session.volume)
        m_kind = volume->type == VolumeType::FileVault ? KeyKind::FileVaultPersonalRecoveryKey
                                                       : KeyKind::BitLockerRecoveryPassword;
    else
        m_kind = static_cast<KeyKind>(field(QStringLiteral("typedKeyKind")).toInt());
    if (m_kind == KeyKind::BitLockerExternalKey)
        m_kind = KeyKind::BitLockerRecoveryPassword;
    if (keyFromFile())
        showFromFile();
    else
        showTyped();
}

void KeyPage::cleanupPage()
{
    // Going back to choose another source: nothing typed or read here stays.
    wipeFields();
    m_session.key.reset();
    m_session.verification.reset();
    QWizardPage::cleanupPage();
}

void KeyPage::wipeFields()
{
    m_keyEdit->clear();
    m_confirmEdit->clear();
    m_idEdit->clear();
    m_mismatchLabel->clear();
    m_form->setRowVisible(m_mismatchLabel, false);
    m_fileProblemLabel->clear();
    m_fileProblemLabel->hide();
}

bool KeyPage::idRequired() const
{
    // A FileVault key's ID is its volume's UUID, which people seldom have: without a drive it is optional.
    const KeyKind kind = m_session.key && keyFromFile() ? m_session.key->kind : m_kind;
    return kind != KeyKind::FileVaultPersonalRecoveryKey;
}

KeyPage::IdState KeyPage::idState() const
{
    const QString text = m_idEdit->text();
    if (text.trimmed().isEmpty())
        return IdState::Missing;
    return KeyId::parse(text) ? IdState::Valid : IdState::Invalid;
}

void KeyPage::setIdText(const QString& text, bool readOnly)
{
    m_idEdit->setText(text);
    m_idEdit->setReadOnly(readOnly);
    updateId();
}

void KeyPage::showTyped()
{
    const std::optional<Volume>& volume = m_session.volume;
    m_keyEdit->setKind(m_kind);
    m_confirmEdit->setKind(m_kind);
    m_keyEdit->setReadOnly(false);
    m_form->setRowVisible(m_keyEdit, true);
    m_form->setRowVisible(m_confirmEdit, true);
    m_form->setRowVisible(m_externalKeyLabel, false);
    m_typeInsteadButton->hide();
    m_openFileButton->setVisible(volume.has_value());
    const bool fileVault = m_kind == KeyKind::FileVaultPersonalRecoveryKey;
    m_keyEdit->setKeyAccessibleName(fileVault ? tr("FileVault personal recovery key") : tr("BitLocker recovery key"));
    m_confirmEdit->setKeyAccessibleName(fileVault ? tr("FileVault personal recovery key, typed again")
                                                  : tr("BitLocker recovery key, typed again"));
    m_idLabel->setText(fileVault ? tr("Volume &UUID:") : tr("Recovery key &ID:"));
    m_idEdit->setAccessibleName(fileVault ? tr("Volume UUID") : tr("Recovery key ID"));

    if (volume) {
        const QString drive = volumeDisplayName(*volume);
        setSubTitle(fileVault ? tr("Type the personal recovery key of %1.").arg(drive)
                              : tr("Type the recovery key of %1.").arg(drive));
        m_intro->setText(fileVault
                             ? tr("Type the 24-character personal recovery key from your copy, then type it again. "
                                  "Each group is checked as you type; next, the key is checked against the drive.")
                             : tr("Type the 48-digit recovery key from your copy (a printout, a file or your "
                                  "account), then type it again. Each group is checked as you type; next, the key "
                                  "is checked against the drive."));
        if (fileVault) {
            setIdText(volume->guid ? volume->guid->toString() : QString(), volume->guid.has_value());
        } else {
            const QList<KeyId> ids = recoveryPasswordIds(*volume);
            setIdText(ids.size() == 1 ? ids.first().toString() : QString(), false);
        }
    } else {
        setSubTitle(fileVault ? tr("Type the FileVault personal recovery key.")
                              : tr("Type the BitLocker recovery key and its key ID."));
        m_intro->setText(
            tr("Type the key from your copy, then type it again. Each group is checked as you type. Without its "
               "drive, Keyhaven can only catch typing mistakes: it cannot prove that this is the right key."));
        setIdText(QString(), false);
    }
    updateMismatch();
    updateId();
    emit completeChanged();
}

void KeyPage::showFromFile()
{
    const RecoveryKey& key = *m_session.key;
    const std::optional<Volume>& volume = m_session.volume;
    const QString file = QDir::toNativeSeparators(key.source);
    m_confirmEdit->clear();
    m_form->setRowVisible(m_confirmEdit, false);
    m_form->setRowVisible(m_mismatchLabel, false);
    m_openFileButton->hide();
    m_typeInsteadButton->setVisible(volume.has_value());
    const bool fileVault = key.kind == KeyKind::FileVaultPersonalRecoveryKey;
    m_idLabel->setText(fileVault ? tr("Volume &UUID:") : tr("Recovery key &ID:"));
    m_idEdit->setAccessibleName(fileVault ? tr("Volume UUID") : tr("Recovery key ID"));

    QString intro = tr("The key was read from %1. It was not typed, so it needs no second copy.").arg(file);
    if (volume)
        intro += QLatin1Char(' ') + tr("Next, it is checked against %1.").arg(volumeDisplayName(*volume));
    else
        intro += QLatin1Char(' ')
            + tr("None of the drives found here has this key, so it can only be checked for its form, not proven "
                 "to be right.");
    m_intro->setText(intro);
    setSubTitle(tr("The key from the file."));

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
    else if (volume && !fileVault && recoveryPasswordIds(*volume).size() == 1)
        setIdText(recoveryPasswordIds(*volume).first().toString(), false);
    else
        setIdText(QString(), false);
    updateId();
    emit completeChanged();
}

void KeyPage::chooseKeyFile()
{
    const QString path = KeyFileDialog::ask(this);
    if (!path.isEmpty())
        openKeyFile(path);
}

void KeyPage::openKeyFile(const QString& path)
{
    m_fileProblemLabel->hide();
    KeyFileContents contents = KeyFile::read(path);
    const std::optional<Volume>& volume = m_session.volume;
    QString problem;
    std::optional<qsizetype> chosen;
    if (contents.status != KeyFileContents::Status::Ok) {
        problem = contents.problems.join(QLatin1Char('\n'));
    } else if (volume) {
        QList<qsizetype> belonging;
        QList<qsizetype> fitting;
        for (qsizetype i = 0; i < contents.keys.size(); ++i) {
            if (belongsToVolume(contents.keys.at(i), *volume))
                belonging.append(i);
            if (fitsVolume(contents.keys.at(i).kind, *volume))
                fitting.append(i);
        }
        if (belonging.size() == 1)
            chosen = belonging.first();
        else if (belonging.isEmpty() && fitting.size() == 1)
            chosen = fitting.first(); // its ID is not the drive's; the check against the drive tells
        else if (fitting.isEmpty())
            problem
                = tr("%1 holds no key for a %2 drive.").arg(QDir::toNativeSeparators(path), volumeTypeLabel(*volume));
        else
            problem = tr("%1 holds %n keys that could belong to this drive. Go back and open the file there to "
                         "choose one.",
                         nullptr, static_cast<int>(std::max(belonging.size(), fitting.size())))
                          .arg(QDir::toNativeSeparators(path));
    } else if (contents.keys.size() == 1) {
        chosen = 0;
    } else {
        problem = tr("%1 holds %n keys. Go back and open the file there to choose one.", nullptr,
                     static_cast<int>(contents.keys.size()))
                      .arg(QDir::toNativeSeparators(path));
    }
    if (!chosen) {
        contents.keys.clear();
        m_fileProblemLabel->setText(problem);
        m_fileProblemLabel->show();
        return;
    }
    RecoveryKey key = std::move(contents.keys[*chosen]);
    contents.keys.clear();
    if (volume) {
        if (!key.volumeGuid)
            key.volumeGuid = volume->guid;
        if (key.volumeLabel.isEmpty())
            key.volumeLabel = volume->description;
    }
    wipeFields();
    m_session.key = std::move(key);
    m_session.verification.reset();
    showFromFile();
}

void KeyPage::typeInstead()
{
    wipeFields();
    m_session.key.reset();
    m_session.verification.reset();
    showTyped();
}

void KeyPage::updateMismatch()
{
    if (keyFromFile() || m_confirmEdit->isEmpty()) {
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

void KeyPage::updateId()
{
    const QString text = m_idEdit->text();
    QString status;
    switch (idState()) {
    case IdState::Missing:
        status = idRequired()
            ? tr("Type the key ID from your copy: 32 letters and digits, shown next to the key. The recovery screen "
                 "shows its first 8 characters.")
            : tr("Optional: the UUID of the FileVault volume, when you know it.");
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
                         : tr("A key ID has 32 hexadecimal digits (0–9, A–F); this has %n.", nullptr, digits);
        break;
    }
    case IdState::Valid: {
        const KeyId id = *KeyId::parse(text);
        const KeyKind kind = keyFromFile() ? m_session.key->kind : m_kind;
        if (kind == KeyKind::FileVaultPersonalRecoveryKey) {
            status = tr("The volume's UUID: %1.").arg(id.toString());
            break;
        }
        status = tr("The recovery screen shows the first 8 characters of this ID: %1.").arg(id.shortForm());
        if (m_session.volume && kind == KeyKind::BitLockerRecoveryPassword) {
            const QList<KeyId> ids = recoveryPasswordIds(*m_session.volume);
            if (!ids.isEmpty() && !ids.contains(id)) {
                QStringList known;
                for (const KeyId& other : ids)
                    known << other.toString();
                status += QLatin1Char(' ')
                    + tr("This drive has no recovery key with this ID; its recovery key ID is %1. The check against "
                         "the drive will tell which one the key opens.")
                          .arg(known.join(tr(", ")));
            }
        }
        break;
    }
    }
    m_idStatusLabel->setText(status);
}

bool KeyPage::isComplete() const
{
    const IdState id = idState();
    const bool idOk = id == IdState::Valid || (id == IdState::Missing && !idRequired());
    if (keyFromFile())
        return idOk && (m_session.key->kind != KeyKind::BitLockerExternalKey || m_session.volume.has_value());
    if (!idOk || !m_keyEdit->isAcceptable() || !m_confirmEdit->isAcceptable())
        return false;
    return m_keyEdit->canonicalKey() == m_confirmEdit->canonicalKey();
}

bool KeyPage::validatePage()
{
    if (!isComplete())
        return false;
    const std::optional<KeyId> id = KeyId::parse(m_idEdit->text());
    const std::optional<Volume>& volume = m_session.volume;
    if (keyFromFile()) {
        if (id)
            m_session.key->id = id;
    } else {
        RecoveryKey key;
        key.kind = m_kind;
        key.secret = m_keyEdit->canonicalKey();
        if (key.secret.isEmpty())
            return false;
        key.id = id;
        m_session.key = std::move(key);
    }
    if (volume) {
        if (!m_session.key->volumeGuid)
            m_session.key->volumeGuid = volume->guid;
        if (m_session.key->volumeLabel.isEmpty())
            m_session.key->volumeLabel = volume->description;
        if (m_session.key->kind == KeyKind::FileVaultPersonalRecoveryKey && !m_session.key->id)
            m_session.key->id = volume->guid;
    }
    m_session.verification.reset();
    return true;
}

int KeyPage::nextId() const
{
    return m_session.volume ? BackupWizard::VerifyPageId : BackupWizard::TargetsPageId;
}

} // namespace keyhaven
