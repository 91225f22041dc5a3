// SPDX-License-Identifier: GPL-3.0-or-later
// keyhaven-cli pending [--retry]: uploads that could not finish yet, waiting in the system keychain.
#include "Cli.h"

#include "accounts/KeychainSecretStore.h"
#include "accounts/PendingRetry.h"
#include "accounts/PendingUploads.h"
#include "accounts/SettingsHealth.h"

#include <QJsonArray>
#include <QJsonObject>

namespace keyhaven::cli {

namespace {

QString idOf(const PendingUpload& upload)
{
    return upload.keyId ? upload.keyId->toString() : QString();
}

QJsonObject uploadToJson(const PendingUpload& upload)
{
    return QJsonObject {
        { QStringLiteral("id"), upload.id },
        { QStringLiteral("account"), upload.account },
        { QStringLiteral("kind"), keyKindName(upload.kind) },
        { QStringLiteral("keyId"), upload.keyId ? QJsonValue(idOf(upload)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("attempts"), upload.attempts },
        { QStringLiteral("created"), upload.created.toString(Qt::ISODate) },
        { QStringLiteral("nextRetry"), upload.nextRetry.toString(Qt::ISODate) },
        { QStringLiteral("lastProblem"), upload.lastProblem },
    };
}

QJsonObject outcomeToJson(const PendingRetry::Outcome& outcome)
{
    QJsonObject object = uploadToJson(outcome.upload);
    object.insert(QStringLiteral("status"), backupStatusName(outcome.result.status));
    object.insert(QStringLiteral("message"), outcome.result.message);
    object.insert(QStringLiteral("location"), outcome.result.location);
    object.insert(QStringLiteral("checks"), QJsonArray::fromStringList(outcome.result.checks));
    object.insert(QStringLiteral("advice"), QJsonArray::fromStringList(outcome.result.advice));
    return object;
}

void printUploads(const QList<PendingUpload>& uploads)
{
    if (uploads.isEmpty()) {
        Cli::out(Cli::tr("No uploads are waiting."));
        return;
    }
    for (const PendingUpload& upload : uploads)
        Cli::out(Cli::tr("%1: key %2 to the account “%3”, tried %n time(s), next try %4. Last problem: %5", nullptr,
                         upload.attempts)
                     .arg(upload.id, idOf(upload), upload.account, upload.nextRetry.toLocalTime().toString(Qt::ISODate),
                          upload.lastProblem));
}

int retry(bool asJson)
{
    auto keychain = std::make_shared<KeychainSecretStore>();
    const QList<PendingRetry::Outcome> outcomes = PendingRetry::run(keychain, false);
    bool allLanded = true;
    QJsonArray results;
    for (const PendingRetry::Outcome& outcome : outcomes) {
        allLanded = allLanded && outcome.result.succeeded();
        results.append(outcomeToJson(outcome));
        if (asJson)
            continue;
        const QString line
            = Cli::tr("Key %1 to “%2”: %3").arg(idOf(outcome.upload), outcome.upload.account, outcome.result.message);
        if (outcome.result.succeeded())
            Cli::out(line);
        else
            Cli::error(line);
        for (const QString& advice : outcome.result.advice)
            Cli::out(QStringLiteral("  ") + advice);
    }
    const QList<PendingUpload> left = PendingUploads(*keychain).list();
    if (asJson) {
        QJsonArray pending;
        for (const PendingUpload& upload : left)
            pending.append(uploadToJson(upload));
        Cli::json(QJsonDocument(
            QJsonObject { { QStringLiteral("results"), results }, { QStringLiteral("pending"), pending } }));
    } else if (outcomes.isEmpty()) {
        Cli::out(Cli::tr("No uploads are waiting."));
    } else if (!left.isEmpty()) {
        Cli::error(Cli::tr("%n upload(s) still waiting.", nullptr, static_cast<int>(left.size())));
    }
    return allLanded ? Success : Environment;
}

} // namespace

int runPending(const QStringList& arguments)
{
    QCommandLineParser parser;
    Cli::setUpParser(parser, QStringLiteral("pending"),
                     Cli::tr("Lists the uploads to accounts that could not finish yet; their keys wait in the "
                             "system keychain. With --retry, tries them all again now. Exit code 0: nothing "
                             "left waiting; 3: some still wait."));
    parser.addOption({ QStringLiteral("retry"), Cli::tr("Try every waiting upload again now.") });
    if (auto stop = Cli::parse(parser, arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        Cli::error(Cli::tr("“pending” takes no arguments; use --retry to try the uploads again."));
        return UsageError;
    }
    const bool asJson = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("retry")))
        return retry(asJson);
    KeychainSecretStore keychain;
    const SettingsHealth health = SettingsHealth::keepCopy(SettingsHealth::check({}), {});
    if (!health.ok())
        Cli::error(Cli::tr("Only the waiting uploads that could be read are listed. %1").arg(health.problem));
    const QList<PendingUpload> uploads = PendingUploads(keychain).list();
    if (asJson) {
        QJsonArray array;
        for (const PendingUpload& upload : uploads)
            array.append(uploadToJson(upload));
        Cli::json(QJsonDocument(QJsonObject { { QStringLiteral("pending"), array } }));
    } else {
        printUploads(uploads);
    }
    return health.ok() ? Success : Environment;
}

void noticePendingUploads(const QString& command)
{
    if (command == QLatin1String("pending"))
        return;
    KeychainSecretStore keychain; // not asked: list() reads only the settings
    const qsizetype count = PendingUploads(keychain).list().size();
    if (count > 0)
        Cli::error(Cli::tr("%n upload(s) to your accounts could not finish yet; their keys wait in the system "
                           "keychain. Run “keyhaven-cli pending --retry” to try again.",
                           nullptr, static_cast<int>(count)));
}

} // namespace keyhaven::cli
