// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebDavProvider.h"

#include "formats/KeyFile.h"
#include "formats/RecoveryTextFileWriter.h"

#include <QCryptographicHash>

namespace keyhaven {

namespace {

QByteArrayView viewOf(const SecureBytes& bytes)
{
    return { reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()) };
}

} // namespace

void WebDavProvider::addFile(const QString& fileName, SecureBytes bytes, const QByteArray& contentType)
{
    m_files.append(File { fileName, std::move(bytes), contentType, {}, false, false });
}

QString WebDavProvider::suffixedName(const QString& fileName, int number)
{
    if (number <= 1)
        return fileName;
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    const QString suffix = QStringLiteral(" (%1)").arg(number);
    if (dot <= 0)
        return fileName + suffix;
    return fileName.left(dot) + suffix + fileName.mid(dot);
}

QStringList WebDavProvider::folderSegments() const
{
    return m_account.folder.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

QUrl WebDavProvider::folderUrl(qsizetype depth) const
{
    QUrl url = m_account.url;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    const QStringList segments = folderSegments();
    for (qsizetype i = 0; i < segments.size() && (depth < 0 || i < depth); ++i)
        path += segments[i] + QLatin1Char('/');
    url.setPath(path);
    return url;
}

QUrl WebDavProvider::fileUrl(const QString& name) const
{
    QUrl url = folderUrl();
    url.setPath(url.path() + name);
    return url;
}

void WebDavProvider::start(const RecoveryKey& key)
{
    const QString name = recoveryTextFileName(key);
    SecureBytes text = recoveryTextFileBytes(key);
    if (name.isEmpty() || text.isEmpty()) {
        BackupResult result = baseResult();
        result.status = BackupResult::Status::Refused;
        result.message = tr("A startup key file (.BEK) has no text form to upload; keep it on a USB stick.");
        finishWith(result);
        return;
    }
    m_key = key;
    connect(&m_http, &HttpClient::transferProgress, this, [this](qint64 sent, qint64 total) {
        if (total > 0)
            emit progress(40 + static_cast<int>(30 * sent / total), tr("Uploading"));
    });
    m_files.prepend(File { name, std::move(text), QByteArrayLiteral("text/plain; charset=utf-16"), {}, false, false });
    emit progress(5, tr("Looking for the folder on %1").arg(m_account.url.host()));
    m_http.send("PROPFIND", folderUrl(), {}, { { QByteArrayLiteral("Depth"), QByteArrayLiteral("0") } },
                [this](HttpResponse& response) { folderChecked(response); });
}

void WebDavProvider::folderChecked(HttpResponse& response)
{
    if (response.answered() && response.status == 207) {
        uploadNext();
        return;
    }
    if (response.answered() && response.status == 404 && !folderSegments().isEmpty()) {
        makeFolder(1);
        return;
    }
    finishWithProblem(response, tr("Could not open the folder on the server."));
}

void WebDavProvider::makeFolder(qsizetype depth)
{
    if (depth > folderSegments().size()) {
        uploadNext();
        return;
    }
    emit progress(10, tr("Creating the folder “%1”").arg(m_account.folder));
    m_http.send("MKCOL", folderUrl(depth), {}, {}, [this, depth](HttpResponse& response) {
        // 405: that level exists already.
        if (response.answered() && (response.status == 201 || response.status == 405))
            makeFolder(depth + 1);
        else
            finishWithProblem(response, tr("Could not create the folder “%1” on the server.").arg(m_account.folder));
    });
}

void WebDavProvider::uploadNext()
{
    if (m_current >= m_files.size()) {
        complete();
        return;
    }
    m_attempt = 1;
    probe();
}

void WebDavProvider::probe()
{
    File& file = m_files[m_current];
    file.storedAs = suffixedName(file.name, m_attempt);
    emit progress(20, tr("Checking whether “%1” is already there").arg(file.storedAs));
    m_http.send("GET", fileUrl(file.storedAs), {}, {}, [this](HttpResponse& response) { probed(response); });
}

void WebDavProvider::probed(HttpResponse& response)
{
    File& file = m_files[m_current];
    if (response.answered() && response.status == 404) {
        put();
        return;
    }
    if (!response.answered() || response.status != 200) {
        finishWithProblem(response, tr("Could not check the folder for “%1”.").arg(file.storedAs));
        return;
    }
    const bool same = response.body == file.bytes || (m_current == 0 && holdsSameKey(response.body));
    if (same) {
        file.already = true;
        ++m_current;
        uploadNext();
        return;
    }
    file.moved = true;
    if (++m_attempt > MaximumSuffix) {
        BackupResult result = baseResult();
        result.message = tr("Other files already use the name “%1” and its numbered variants; nothing was "
                            "overwritten and nothing was uploaded.")
                             .arg(file.name);
        finishWith(result);
        return;
    }
    probe();
}

bool WebDavProvider::holdsSameKey(const SecureBytes& bytes) const
{
    const KeyFileContents contents = KeyFile::readBytes(viewOf(bytes), m_account.name);
    for (const RecoveryKey& found : contents.keys)
        if (found.kind == m_key.kind && found.secret == m_key.secret && found.id == m_key.id)
            return true;
    return false;
}

void WebDavProvider::put()
{
    const File& file = m_files[m_current];
    emit progress(40, tr("Uploading “%1”").arg(file.storedAs));
    m_http.send("PUT", fileUrl(file.storedAs), file.bytes,
                { { QByteArrayLiteral("Content-Type"), file.contentType },
                  { QByteArrayLiteral("If-None-Match"), QByteArrayLiteral("*") } },
                [this](HttpResponse& response) {
                    if (response.answered() && response.status == 412) {
                        preconditionFailed();
                        return;
                    }
                    if (!response.isSuccess()) {
                        finishWithProblem(response, tr("Could not upload “%1”.").arg(m_files[m_current].storedAs));
                        return;
                    }
                    readBack();
                });
}

void WebDavProvider::preconditionFailed()
{
    // Someone put a file there meanwhile: look again, never overwrite. A server that answers 412 to every
    // PUT would have this go on for ever, so it is done a few times only.
    if (++m_preconditionFailures < MaximumPreconditionFailures) {
        probe();
        return;
    }
    BackupResult result = baseResult();
    result.message = tr("The server refused to store “%1” %n time(s) in a row (412: a file is in the way), "
                        "although the name was free each time Keyhaven looked. Nothing was overwritten and "
                        "nothing was uploaded; the server may not handle If-None-Match correctly.",
                        nullptr, m_preconditionFailures)
                         .arg(m_files[m_current].storedAs);
    finishWith(result);
}

void WebDavProvider::readBack()
{
    const File& file = m_files[m_current];
    emit progress(80, tr("Reading “%1” back from the server").arg(file.storedAs));
    m_http.send("GET", fileUrl(file.storedAs), {}, {}, [this](HttpResponse& response) {
        File& uploaded = m_files[m_current];
        if (!response.answered() || response.status != 200) {
            finishWithProblem(response, tr("“%1” was uploaded but could not be read back.").arg(uploaded.storedAs));
            return;
        }
        if (!(response.body == uploaded.bytes)) {
            BackupResult result = baseResult();
            result.location = fileUrl(uploaded.storedAs).toString();
            result.message
                = tr("“%1” on the server is not what was uploaded; do not rely on it.").arg(uploaded.storedAs);
            finishWith(result);
            return;
        }
        ++m_current;
        uploadNext();
    });
}

void WebDavProvider::complete()
{
    BackupResult result = baseResult();
    const File& text = m_files.first();
    result.location = fileUrl(text.storedAs).toString();
    result.sha256 = QCryptographicHash::hash(viewOf(text.bytes), QCryptographicHash::Sha256);
    bool allAlready = true;
    for (const File& file : std::as_const(m_files)) {
        allAlready = allAlready && file.already;
        if (file.already)
            result.checks.append(
                tr("“%1” is already in the folder with this key; nothing was uploaded").arg(file.storedAs));
        else
            result.checks.append(tr("“%1” read back from the server byte for byte").arg(file.storedAs));
        if (file.moved)
            result.advice.append(tr("A different file was already called “%1”; it was left alone and this copy is "
                                    "“%2”.")
                                     .arg(file.name, file.storedAs));
    }
    result.status = allAlready ? BackupResult::Status::AlreadySaved : BackupResult::Status::Saved;
    result.message = allAlready
        ? tr("This key is already in %1 on the server; nothing was uploaded.").arg(folderUrl().toString())
        : tr("Uploaded to %1 and read back.").arg(result.location);
    emit progress(100, tr("Done"));
    finishWith(result);
}

} // namespace keyhaven
