// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetTarget.h"

#include "FileReaders.h"
#include "SameVolumeGuard.h"

#include "platform/SafeFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace keyhaven {

SheetTarget::SheetTarget(QString pdfPath, RecoverySheet::Options options, std::shared_ptr<const PathLocator> locator,
                         QObject* parent)
    : BackupTarget(parent)
    , m_path(std::move(pdfPath))
    , m_options(std::move(options))
    , m_locator(std::move(locator))
{
}

void SheetTarget::start(const RecoveryKey& key)
{
    m_cancelled = false;
    emit progress(0, tr("Drawing the recovery sheet"));
    // The queued call holds its own copy of the key; it is wiped when the call ends.
    QTimer::singleShot(0, this, [this, key] { emit finished(save(key)); });
}

BackupResult SheetTarget::save(const RecoveryKey& key)
{
    BackupResult result;
    result.target = name();
    result.location = m_path;
    if (m_cancelled) {
        result.message = tr("Cancelled: no PDF was written.");
        return result;
    }
    const SameVolumeGuard::Verdict verdict = SameVolumeGuard(m_locator).check(m_path, key);
    if (verdict.level == SameVolumeGuard::Verdict::Level::Refuse) {
        result.status = BackupResult::Status::Refused;
        result.message = verdict.reason;
        return result;
    }
    if (verdict.level == SameVolumeGuard::Verdict::Level::Warn)
        result.advice.append(verdict.reason);
    if (SafeFile::occupied(m_path)) {
        result.message = tr("%1 already exists and was left as it is. Choose another file name.").arg(m_path);
        return result;
    }

    const RecoverySheet sheet(key, m_options);
    if (!sheet.isValid()) {
        result.message = tr("This kind of key has no text form, so it cannot go on a recovery sheet.");
        return result;
    }
    emit progress(30, tr("Checking the QR code on the rendered page"));
    const RecoverySheet::Check check = sheet.verifyQrCode();
    if (!check.passed) {
        result.message = tr("The recovery sheet failed its own check, so no PDF was written: %1").arg(check.problem);
        return result;
    }
    result.checks.append(tr("the QR code on the rendered page was decoded and holds exactly this key and key ID"));

    emit progress(60, tr("Writing %1").arg(m_path));
    const SecureBytes pdf = sheet.toPdf();
    if (pdf.isEmpty()) {
        result.message = tr("The PDF could not be made.");
        return result;
    }
    if (!write(pdf, result))
        return result;
    result.status = BackupResult::Status::Saved;
    result.message = tr("The recovery sheet was saved as %1.").arg(m_path);
    result.advice.append(tr("Print the page and keep it somewhere safe, away from the computer. A PDF on the "
                            "computer itself does not help when its drive is locked."));
    emit progress(100, result.message);
    return result;
}

bool SheetTarget::write(const SecureBytes& pdf, BackupResult& result) const
{
    const auto size = static_cast<qsizetype>(pdf.size());
    const QByteArrayView bytes(reinterpret_cast<const char*>(pdf.data()), size);
    const SafeFile::Write written = SafeFile::writeAtomically(m_path, bytes, SafeFile::Replace::Never);
    if (!written.ok) {
        result.message = written.nameTaken
            ? tr("%1 already exists and was left as it is. Choose another file name.").arg(m_path)
            : tr("%1 could not be written: %2 Nothing was saved.").arg(m_path, written.message);
        return false;
    }
    if (m_beforeReadBack)
        m_beforeReadBack();
    SafeFile::Read back = SafeFile::readRegular(m_path, size);
    const bool same = back.ok && QByteArrayView(back.bytes) == bytes;
    wipe(back.bytes);
    if (!same) {
        // A copy that cannot be trusted must not stay under the name (it would also block a retry).
        const bool removed = QFile::remove(m_path);
        SafeFile::syncFolder(QFileInfo(m_path).absolutePath());
        const QString why = back.ok ? tr("it read back differently from what was written (the drive may be failing)")
                                    : back.message;
        result.message = removed
            ? tr("%1 was written but did not pass the read-back check, so it was removed: %2. Nothing was saved.")
                  .arg(m_path, why)
            : tr("%1 was written but did not pass the read-back check (%2), and it could not be removed. Delete it "
                 "and do not rely on it.")
                  .arg(m_path, why);
        return false;
    }
    result.checks.append(written.flushCheck);
    result.checks.append(tr("the PDF file was read back byte for byte"));
    FileReaders::describe(m_path,
                          tr("This file system has no file permissions: anyone who can reach the file can read the "
                             "key on the sheet."),
                          result);
    result.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    return true;
}

} // namespace keyhaven
