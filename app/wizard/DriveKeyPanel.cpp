// SPDX-License-Identifier: GPL-3.0-or-later
#include "DriveKeyPanel.h"

#include "KeyFileDialog.h"
#include "RecoveryKeyEdit.h"
#include "VolumeLabels.h"
#include "WizardSession.h"

#include "formats/KeyFile.h"
#include "volumes/VolumeSource.h"

#include <QCheckBox>
#include <QDir>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace keyhaven {

namespace {

QLabel* plainLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

DriveKeyPanel::DriveKeyPanel(WizardSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_intro = plainLabel(QStringLiteral("driveKeyIntroLabel"), this);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("drivePasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("The drive's password"));
    m_passwordLabel = new QLabel(tr("The drive's &password:"), this);
    m_passwordLabel->setBuddy(m_password);
    m_readButton = new QPushButton(tr("Read the &key"), this);
    m_readButton->setObjectName(QStringLiteral("readDriveKeyPushButton"));
    m_startupKeyButton = new QPushButton(tr("Use the drive's &startup key file (.BEK)…"), this);
    m_startupKeyButton->setObjectName(QStringLiteral("driveStartupKeyPushButton"));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("driveKeyProgressBar"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Reading the key from the drive"));
    m_progress->hide();
    m_status = plainLabel(QStringLiteral("driveKeyStatusLabel"), this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    m_keysBox = new QWidget(this);
    m_keysBox->setObjectName(QStringLiteral("driveKeysWidget"));
    m_keysLayout = new QVBoxLayout(m_keysBox);
    m_keysLayout->setContentsMargins(0, 0, 0, 0);
    m_keysBox->hide();

    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_passwordLabel);
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_readButton);
    auto* startupRow = new QHBoxLayout;
    startupRow->addWidget(m_startupKeyButton);
    startupRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(passwordRow);
    layout->addLayout(startupRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_keysBox);

    QObject::connect(m_readButton, &QPushButton::clicked, this, [this] { readKey(); });
    QObject::connect(m_password, &QLineEdit::returnPressed, this, [this] { readKey(); });
    QObject::connect(m_startupKeyButton, &QPushButton::clicked, this, [this] { chooseStartupKey(); });
}

DriveKeyPanel::~DriveKeyPanel() = default;

QWidget* DriveKeyPanel::firstField() const
{
    return m_password->isVisible() ? static_cast<QWidget*>(m_password) : m_readButton;
}

void DriveKeyPanel::changed()
{
    if (m_changed)
        m_changed();
}

void DriveKeyPanel::setVolume(const Volume& volume)
{
    wipe();
    m_volume = volume;
    m_access = RecoveryKeyReader::access(volume);
    const std::shared_ptr<VolumeSource> source = m_session.environment().volumes;
    m_systemKeys = source && source->handsOverRecoveryKeys();
    const QString drive = volumeDisplayName(volume);
    QString intro;
    if (!m_access.hasRecoveryKey)
        intro = RecoveryKeyReader::noRecoveryKeyMessage(drive);
    else if (m_systemKeys)
        intro = tr("Windows keeps the recovery key of %1 and shows it to administrators: Keyhaven asks Windows for "
                   "it.")
                    .arg(drive);
    else if (!m_access.readable())
        intro = tr("The recovery key of %1 can only be read on Windows: besides its recovery key, it is protected only "
                   "by a TPM, a smart card or another protector that opens only there. Type the key from your copy "
                   "instead, or on that Windows computer run, as administrator: manage-bde -protectors -get C:")
                    .arg(drive);
    else if (m_access.clearKey)
        intro = tr("BitLocker protection of %1 is suspended (it has a clear key), so its recovery key can be read "
                   "without any password.")
                    .arg(drive);
    else if (m_access.password && m_access.startupKey)
        intro = tr("The drive keeps its recovery key, encrypted. Type the password you unlock %1 with, or use its "
                   "startup key file, and Keyhaven reads the key and proves it against the drive.")
                    .arg(drive);
    else if (m_access.password)
        intro = tr("The drive keeps its recovery key, encrypted. Type the password you unlock %1 with, and Keyhaven "
                   "reads the key and proves it against the drive.")
                    .arg(drive);
    else
        intro = tr("The drive keeps its recovery key, encrypted. Open the startup key file (.BEK) of %1, and "
                   "Keyhaven reads the key and proves it against the drive.")
                    .arg(drive);
    m_intro->setText(intro);
    const bool readable = canRead();
    const bool fromDrive = readable && !m_systemKeys;
    m_passwordLabel->setVisible(fromDrive && m_access.password);
    m_password->setVisible(fromDrive && m_access.password);
    m_readButton->setVisible(m_systemKeys ? readable : fromDrive && (m_access.password || m_access.clearKey));
    m_startupKeyButton->setVisible(fromDrive && m_access.startupKey);
    if (fromDrive && m_access.clearKey)
        readKey(); // nothing to ask for
}

void DriveKeyPanel::wipe()
{
    ++m_run;
    m_reading = false;
    RecoveryKeyEdit::wipeLineEdit(m_password);
    clearKeys();
    m_progress->hide();
    setStatus(QString(), false);
    m_readButton->setEnabled(true);
    m_startupKeyButton->setEnabled(true);
    m_password->setEnabled(true);
}

void DriveKeyPanel::clearKeys()
{
    for (RecoveryKeyEdit* edit : std::as_const(m_keyEdits))
        edit->clear();
    m_keys.clear();
    m_proven = true;
    m_keyProtectors.clear();
    m_ticks.clear();
    m_keyEdits.clear();
    while (QLayoutItem* item = m_keysLayout->takeAt(0)) {
        if (QWidget* widget = item->widget())
            widget->deleteLater();
        delete item;
    }
    m_keysBox->hide();
}

void DriveKeyPanel::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setAccessibleDescription(problem ? tr("Problem") : QString());
}

void DriveKeyPanel::readKey()
{
    if (!m_volume || m_reading)
        return;
    if (m_systemKeys) {
        const std::shared_ptr<VolumeSource> source = m_session.environment().volumes;
        const Volume volume = *m_volume;
        startReading(QtConcurrent::run([source, volume] { return source->recoveryKeysOf(volume); }), false);
        return;
    }
    SecureBytes typed = SecureBytes::fromUtf8(m_password->text());
    RecoveryKeyEdit::wipeLineEdit(m_password);
    if (typed.isEmpty() && !m_access.clearKey) {
        setStatus(tr("Type the drive's password first."), true);
        m_password->setFocus();
        return;
    }
    read(RecoveryKeyReader::typedSecret(typed));
}

void DriveKeyPanel::chooseStartupKey()
{
    const QString path = KeyFileDialog::ask(this);
    if (!path.isEmpty())
        readWithStartupKey(path);
}

void DriveKeyPanel::readWithStartupKey(const QString& path)
{
    if (!m_volume || m_reading)
        return;
    KeyFileContents contents = KeyFile::read(path);
    std::optional<VolumeSecret> secret;
    for (const RecoveryKey& key : std::as_const(contents.keys))
        if (!secret && key.kind == KeyKind::BitLockerExternalKey)
            secret = VolumeSecret::fromRecoveryKey(key);
    contents.keys.clear();
    if (!secret) {
        QStringList lines { tr("%1 holds no startup key (.BEK).").arg(QDir::toNativeSeparators(path)) };
        lines << contents.problems;
        setStatus(lines.join(QLatin1Char('\n')), true);
        return;
    }
    read(secret);
}

void DriveKeyPanel::read(const std::optional<VolumeSecret>& secret)
{
    const bool withPassword = secret && secret->kind != VolumeSecret::Kind::ExternalKey;
    startReading(RecoveryKeyReader::readInBackground(m_volume->path, secret), withPassword);
}

void DriveKeyPanel::startReading(QFuture<RecoveredKeys> reading, bool withPassword)
{
    clearKeys();
    m_session.key.reset();
    m_session.moreKeys.clear();
    m_reading = true;
    const quint64 run = ++m_run;
    m_progress->show();
    m_readButton->setEnabled(false);
    m_startupKeyButton->setEnabled(false);
    m_password->setEnabled(false);
    setStatus(tr("Reading the key from %1 and proving it; this takes a moment…").arg(volumeDisplayName(*m_volume)),
              false);
    auto* watcher = new QFutureWatcher<RecoveredKeys>(this);
    QObject::connect(watcher, &QFutureWatcher<RecoveredKeys>::finished, this, [this, watcher, run, withPassword] {
        watcher->deleteLater();
        RecoveredKeys recovered = watcher->result();
        if (run == m_run) // not Back, another read, or the session wiped meanwhile
            showResult(recovered, withPassword);
        recovered.keys.clear();
    });
    watcher->setFuture(reading);
    changed();
}

void DriveKeyPanel::showResult(const RecoveredKeys& recovered, bool withPassword)
{
    m_reading = false;
    m_progress->hide();
    m_readButton->setEnabled(true);
    m_startupKeyButton->setEnabled(true);
    m_password->setEnabled(true);
    const QString drive = volumeDisplayName(*m_volume);
    QStringList lines;
    switch (recovered.outcome) {
    case RecoveredKeys::Outcome::Read:
        lines << tr("Read from %1 and proven: this key opens the drive. Nothing was typed, so nothing needs "
                    "checking twice.")
                     .arg(drive);
        if (!recovered.proven)
            lines.last() = recovered.message; // handed over by the system, not proven here: it says so
        else if (recovered.keys.size() > 1)
            lines.last() = tr("Read from %1 and proven: each of these %n keys opens the drive. Every ticked key is "
                              "backed up; untick one to leave it out.",
                              nullptr, static_cast<int>(recovered.keys.size()))
                               .arg(drive);
        break;
    case RecoveredKeys::Outcome::SecretOpensNothing:
        // Which part of a password is wrong is not known, and would not be said.
        lines << (withPassword ? tr("This password does not open %1. Type it again, or type the key from your copy "
                                    "instead.")
                                     .arg(drive)
                               : recovered.message);
        break;
    default:
        lines << recovered.message;
        break;
    }
    lines << recovered.problems;
    setStatus(lines.join(QLatin1Char('\n')), recovered.outcome != RecoveredKeys::Outcome::Read);
    if (recovered.outcome == RecoveredKeys::Outcome::Read) {
        m_proven = recovered.proven;
        m_keys = recovered.keys;
        for (const RecoveryKey& key : std::as_const(m_keys))
            for (const Protector& protector : recovered.volume->protectors)
                if (key.id && protector.id == *key.id)
                    m_keyProtectors.append(protector);
        m_session.key = m_keys.first();
        showKeys();
    } else if (m_password->isVisible()) {
        m_password->setFocus();
    }
    changed();
}

void DriveKeyPanel::showKeys()
{
    QFont keyFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    keyFont.setPointSizeF(keyFont.pointSizeF() * 1.5);
    keyFont.setBold(true);
    const bool several = m_keys.size() > 1;
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        const RecoveryKey& key = m_keys.at(i);
        const QString number = QString::number(i);
        const QString idText = tr("Key ID: %1 (the recovery screen shows %2)")
                                   .arg(key.id->toString(), key.id->shortForm());
        if (several) {
            auto* tick = new QCheckBox(idText, m_keysBox);
            tick->setObjectName(QStringLiteral("driveKeyCheckBox") + number);
            tick->setChecked(true);
            QObject::connect(tick, &QCheckBox::toggled, this, [this] { changed(); });
            m_ticks.append(tick);
            m_keysLayout->addWidget(tick);
        } else {
            QLabel* id = plainLabel(QStringLiteral("driveKeyIdLabel") + number, m_keysBox);
            id->setText(idText);
            m_keysLayout->addWidget(id);
        }
        auto* edit = new RecoveryKeyEdit(m_keysBox);
        edit->setObjectName(QStringLiteral("driveKeyEdit") + number);
        edit->lineEdit()->setObjectName(QStringLiteral("driveKeyLineEdit") + number);
        edit->setKind(KeyKind::BitLockerRecoveryPassword);
        edit->setKey(key.secret);
        edit->setReadOnly(true);
        edit->setFeedbackVisible(false);
        edit->lineEdit()->setFont(keyFont);
        edit->setKeyAccessibleName(tr("BitLocker recovery key with ID %1 (read from the drive)").arg(key.id->toString()));
        m_keyEdits.append(edit);
        m_keysLayout->addWidget(edit);
    }
    m_keysBox->show();
}

bool DriveKeyPanel::isComplete() const
{
    return !m_reading && !chosenKeys().isEmpty();
}

QList<RecoveryKey> DriveKeyPanel::chosenKeys() const
{
    QList<RecoveryKey> chosen;
    for (qsizetype i = 0; i < m_keys.size(); ++i)
        if (m_ticks.isEmpty() || m_ticks.at(i)->isChecked())
            chosen.append(m_keys.at(i));
    return chosen;
}

std::optional<Protector> DriveKeyPanel::chosenProtector() const
{
    for (qsizetype i = 0; i < m_keys.size() && i < m_keyProtectors.size(); ++i)
        if (m_ticks.isEmpty() || m_ticks.at(i)->isChecked())
            return m_keyProtectors.at(i);
    return std::nullopt;
}

} // namespace keyhaven
