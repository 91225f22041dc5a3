// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

namespace keyhaven {

namespace {

// QtKeychain's jobs are asynchronous; the callers here want an answer, so wait in a local event loop.
void runJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

SecretStore::Result resultOf(const QKeychain::Job& job)
{
    SecretStore::Result result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = SecretStore::Result::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretStore::Result::Status::NotFound;
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::NotImplemented:
        result.status = SecretStore::Result::Status::Unavailable;
        result.error = KeychainSecretStore::tr("The system keychain is not available (%1). Keyhaven keeps "
                                               "passwords and waiting keys only there, never in a file.")
                           .arg(job.errorString());
        return result;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    result.status = SecretStore::Result::Status::Failed;
    result.error = KeychainSecretStore::tr("The system keychain could not be used (%1). Keyhaven keeps passwords "
                                           "and waiting keys only there, never in a file.")
                       .arg(job.errorString());
    return result;
}

// Overwrites the bytes of `bytes` in place, also when the job still shares them (wipe() would detach).
void wipeShared(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        wipe(const_cast<char*>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{
}

QString KeychainSecretStore::entryName(const QString& key) const
{
#if defined(Q_OS_WIN)
    // Credential Manager ignores the service name: keep the entries apart from other programs' ones.
    return m_service + QLatin1Char('/') + key;
#else
    return key;
#endif
}

SecretStore::Result KeychainSecretStore::read(const QString& key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(entryName(key));
    runJob(job);
    Result result = resultOf(job);
    if (result.ok()) {
        QByteArray data = job.binaryData();
        result.secret = SecureBytes(data.constData(), static_cast<std::size_t>(data.size()));
        wipeShared(data);
    }
    return result;
}

SecretStore::Result KeychainSecretStore::write(const QString& key, const SecureBytes& secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(entryName(key));
    QByteArray data(reinterpret_cast<const char*>(secret.data()), static_cast<qsizetype>(secret.size()));
    job.setBinaryData(data);
    runJob(job);
    wipeShared(data);
    return resultOf(job);
}

SecretStore::Result KeychainSecretStore::remove(const QString& key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(entryName(key));
    runJob(job);
    Result result = resultOf(job);
    if (result.status == Result::Status::NotFound)
        result.status = Result::Status::Ok;
    return result;
}

} // namespace keyhaven
