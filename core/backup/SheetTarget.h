// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupTarget.h"
#include "RecoverySheet.h"

#include <QString>

#include <functional>
#include <memory>

namespace keyhaven {

class PathLocator;

// Saves the recovery sheet as a one-page PDF. The page is first checked by decoding the QR code of its own
// rendering; the PDF is made in memory (no temporary file), passes the same-volume guard, is written
// atomically with owner-only permissions and read back byte for byte. An existing file is never replaced.
// Runs on the calling thread (painting text needs the GUI thread's fonts); finished() comes from the
// event loop, never from inside start().
class SheetTarget : public BackupTarget
{
    Q_OBJECT

public:
    explicit SheetTarget(QString pdfPath, RecoverySheet::Options options = {},
                         std::shared_ptr<const PathLocator> locator = {}, QObject* parent = nullptr);

    QString name() const override { return QStringLiteral("sheet"); }
    void start(const RecoveryKey& key) override;
    void cancel() override { m_cancelled = true; }
    const QString& path() const { return m_path; }
    // Tests: runs after the PDF has its name and before it is read back (to damage it there).
    void setBeforeReadBack(std::function<void()> hook) { m_beforeReadBack = std::move(hook); }

private:
    BackupResult save(const RecoveryKey& key);
    bool write(const SecureBytes& pdf, BackupResult& result) const;

    QString m_path;
    RecoverySheet::Options m_options;
    std::shared_ptr<const PathLocator> m_locator;
    bool m_cancelled = false;
    std::function<void()> m_beforeReadBack;
};

} // namespace keyhaven
