// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyFileChoice.h"

#include "VolumeLabels.h"

#include "formats/KeyFile.h"
#include "volumes/KeyBelonging.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace keyhaven {

KeyFileChoice::KeyFileChoice(std::function<const QList<Volume>&()> volumes, std::function<bool()> scanning,
                             QWidget* parent)
    : QWidget(parent)
    , m_volumes(std::move(volumes))
    , m_scanning(std::move(scanning))
{
    setObjectName(QStringLiteral("keyFileChoice"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("keyFileLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->hide();
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("keyFileKeysListWidget"));
    m_list->setAccessibleName(tr("Keys in the file"));
    m_list->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::currentRowChanged, this, &KeyFileChoice::changed);
}

void KeyFileChoice::open(const QString& path)
{
    clear();
    m_path = path;
    KeyFileContents contents = KeyFile::read(path);
    for (const RecoveryKey& key : std::as_const(contents.keys))
        m_keys.append({ key.kind, key.id, key.volumeGuid });
    contents.keys.clear(); // the keys themselves are read again, into the session, on Next
    m_problems = contents.problems;
    showContents();
    emit changed();
}

void KeyFileChoice::clear()
{
    m_path.clear();
    m_keys.clear();
    m_problems.clear();
    m_list->clear();
    m_list->hide();
    m_label->clear();
    m_label->hide();
}

void KeyFileChoice::refresh()
{
    if (m_keys.isEmpty())
        return;
    const int row = m_list->currentRow();
    showContents();
    if (m_list->count() > row)
        m_list->setCurrentRow(row);
}

std::optional<int> KeyFileChoice::chosen() const
{
    if (m_keys.size() == 1)
        return 0;
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_keys.size())
        return std::nullopt;
    const QListWidgetItem* item = m_list->item(row);
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return std::nullopt;
    return row;
}

std::optional<int> KeyFileChoice::volumeOf(const FileKey& key) const
{
    RecoveryKey described; // what the file says about the key, without the key
    described.kind = key.kind;
    described.id = key.id;
    described.volumeGuid = key.volumeGuid;
    const QList<Volume>& volumes = m_volumes();
    for (int i = 0; i < volumes.size(); ++i)
        if (keyBelongsTo(described, volumes.at(i)))
            return i;
    return std::nullopt;
}

bool KeyFileChoice::isUsable(const FileKey& key) const
{
    return key.kind != KeyKind::BitLockerExternalKey || volumeOf(key).has_value();
}

void KeyFileChoice::prependNote(const QString& note)
{
    m_label->setText(note + QLatin1Char('\n') + m_label->text());
}

QString KeyFileChoice::describe(const FileKey& key) const
{
    QString text;
    switch (key.kind) {
    case KeyKind::BitLockerRecoveryPassword:
        text = key.id ? tr("BitLocker recovery key with key ID %1").arg(key.id->toString())
                      : tr("BitLocker recovery key without a key ID");
        break;
    case KeyKind::BitLockerExternalKey:
        text = key.id ? tr("BitLocker startup key (.BEK) with key ID %1").arg(key.id->toString())
                      : tr("BitLocker startup key (.BEK)");
        break;
    case KeyKind::FileVaultPersonalRecoveryKey:
        text = key.id ? tr("FileVault personal recovery key for volume %1").arg(key.id->toString())
                      : tr("FileVault personal recovery key");
        break;
    }
    if (const std::optional<int> volume = volumeOf(key))
        text = tr("%1 — belongs to %2").arg(text, volumeDisplayName(m_volumes().at(*volume)));
    return text;
}

void KeyFileChoice::showContents()
{
    const QString name = QDir::toNativeSeparators(m_path);
    QStringList lines;
    m_list->clear();
    if (m_keys.isEmpty())
        lines << tr("No key could be read from %1.").arg(name);
    else if (m_keys.size() == 1)
        lines << tr("%1 holds one key: %2.").arg(name, describe(m_keys.first()));
    else
        lines << tr("%1 holds %n keys. Choose the one to back up:", nullptr, static_cast<int>(m_keys.size())).arg(name);
    lines << m_problems;

    bool externalWithoutDrive = false;
    bool external = false;
    for (const FileKey& key : std::as_const(m_keys)) {
        if (key.kind != KeyKind::BitLockerExternalKey)
            continue;
        external = true;
        externalWithoutDrive = externalWithoutDrive || !volumeOf(key);
    }
    if (external)
        lines << tr("A startup key (.BEK file) can be checked against its drive, but it has no text form: Keyhaven "
                    "cannot save it as text, print it or upload it. Keep the .BEK file itself on a USB stick, "
                    "away from the computer, and back up the drive's 48-digit recovery key as well.");
    if (externalWithoutDrive)
        lines << (m_scanning() ? tr("Still looking for the drive this startup key belongs to…")
                               : tr("None of the drives found here has this startup key, so it cannot be checked. "
                                    "Add the drive's disk image to check it."));
    m_label->setText(lines.join(QLatin1Char('\n')));
    m_label->show();

    if (m_keys.size() > 1) {
        for (const FileKey& key : std::as_const(m_keys)) {
            auto* item = new QListWidgetItem(describe(key), m_list);
            if (!isUsable(key)) {
                // Nothing to do with it here: it cannot be saved, nor checked without its drive.
                item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
                item->setToolTip(tr("A startup key cannot be saved as text, and its drive was not found."));
            }
        }
        m_list->setCurrentRow(-1);
        m_list->show();
    } else {
        m_list->hide();
    }
}

} // namespace keyhaven
