// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/RecoveryKey.h"
#include "volumes/Volume.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;

namespace keyhaven {

// The key file opened on the source page: what it holds (kinds and IDs, never the keys), which drive each key
// belongs to, and which key the user chose. The key itself is read again, into the session, on Next.
class KeyFileChoice : public QWidget
{
    Q_OBJECT

public:
    // What one key in the file is, without the key itself.
    struct FileKey
    {
        KeyKind kind = KeyKind::BitLockerRecoveryPassword;
        std::optional<KeyId> id;
        std::optional<KeyId> volumeGuid;
    };

    // `volumes`: the drives found so far (they change while the page looks for them); `scanning`: still looking.
    KeyFileChoice(std::function<const QList<Volume>&()> volumes, std::function<bool()> scanning,
                  QWidget* parent = nullptr);

    void open(const QString& path);
    void clear();
    // The drives changed: which key belongs to which drive is said again, keeping the user's choice.
    void refresh();

    const QString& path() const { return m_path; }
    const QList<FileKey>& keys() const { return m_keys; }
    bool isEmpty() const { return m_keys.isEmpty(); }
    std::optional<int> chosen() const;
    // The drive (an index into the volumes) a key of the file belongs to.
    std::optional<int> volumeOf(const FileKey& key) const;
    // A startup key is worth something only checked against its drive.
    bool isUsable(const FileKey& key) const;
    // Says, above what the file holds, why it was read again.
    void prependNote(const QString& note);

signals:
    void changed();

private:
    QString describe(const FileKey& key) const;
    void showContents();

    std::function<const QList<Volume>&()> m_volumes;
    std::function<bool()> m_scanning;
    QString m_path;
    QList<FileKey> m_keys;
    QStringList m_problems;
    QLabel* m_label = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace keyhaven
