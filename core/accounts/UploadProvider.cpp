// SPDX-License-Identifier: GPL-3.0-or-later
#include "UploadProvider.h"

namespace keyhaven {

UploadProvider::UploadProvider(Account account, QObject* parent)
    : QObject(parent)
    , m_account(std::move(account))
{
}

QString UploadProvider::prepare(const SecureBytes& password)
{
    if (!password.isEmpty())
        m_http.setCredentials(m_account.user, password);
    return m_http.configure(m_account);
}

BackupResult UploadProvider::baseResult() const
{
    BackupResult result;
    result.target = QStringLiteral("account");
    result.location = m_account.url.toString(QUrl::RemoveUserInfo);
    return result;
}

void UploadProvider::finishWithProblem(const HttpResponse& response, const QString& context)
{
    BackupResult result = baseResult();
    const bool transient = response.answered() ? HttpClient::isTransientStatus(response.status)
                                               : response.failure == HttpResponse::Failure::Transient;
    result.status = transient ? BackupResult::Status::Pending : BackupResult::Status::Failed;
    const QString problem = response.answered() ? HttpClient::statusProblem(response.status, m_account.kind) : response.problem;
    result.message = context.isEmpty() ? problem : context + QLatin1Char(' ') + problem;
    finishWith(result);
}

void UploadProvider::finishWith(BackupResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
}

} // namespace keyhaven
