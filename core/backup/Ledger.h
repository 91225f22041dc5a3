// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "volumes/Volume.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace keyhaven {

// One copy of a key that Keyhaven made. Never the key itself.
struct LedgerEntry
{
    QString keyId; // upper case, no braces; empty when the key has none
    QString kind; // keyKindName()
    std::optional<KeyId> volumeGuid; // the volume the key protects, when known
    QString target; // "text", "usb", "sheet", "print", "account"
    QString location; // path, queue or URL
    QDateTime time; // UTC
    QByteArray sha256; // of the written file, when there is one
};

// What was saved where: a small JSON file in the app's data folder (QStandardPaths::AppDataLocation).
class Ledger
{
    Q_DECLARE_TR_FUNCTIONS(Ledger)

public:
    explicit Ledger(QString path = defaultPath());
    // $KEYHAVEN_LEDGER when set (tests, scripts), else ledger.json in the app's data folder.
    static QString defaultPath();
    const QString& path() const { return m_path; }

    // Appends one entry, written atomically; `error` (translated) says what failed.
    bool record(const LedgerEntry& entry, QString* error = nullptr);
    // A copy already recorded (same key ID, target, location and file hash) is not added twice: its time
    // is updated instead.
    QList<LedgerEntry> entries() const;
    // Reads the file; false with `error` (translated) when it exists but cannot be read or is damaged.
    bool load(QList<LedgerEntry>* entries, QString* error) const;
    // Copies of keys for `volume` whose key ID is no longer one of its protectors.
    QList<LedgerEntry> staleEntries(const Volume& volume) const;

    enum class Freshness {
        Current, // the key ID still protects the volume
        Stale, // the copy belongs to the volume, whose protectors no longer include its key ID
        Unknown, // none of the given volumes is the one this copy belongs to
    };
    // Whether `entry` is still a key of one of `volumes`. An entry belongs to a volume by its volume GUID,
    // or, without one, by its key ID being one of the volume's protectors.
    static Freshness freshness(const LedgerEntry& entry, const QList<Volume>& volumes);

private:
    QString m_path;
};

} // namespace keyhaven
