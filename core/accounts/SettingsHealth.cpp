// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsHealth.h"

#include "Account.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSettings>
#include <QStringDecoder>

namespace keyhaven {

namespace {

constexpr qint64 MaximumSettingsSize = 4 * 1024 * 1024;

const QStringList accountFields { QStringLiteral("kind"),     QStringLiteral("url"),        QStringLiteral("user"),
                                  QStringLiteral("caBundle"), QStringLiteral("clientCert"), QStringLiteral("folder") };
const QStringList pendingFields { QStringLiteral("account"),    QStringLiteral("kind"),       QStringLiteral("keyId"),
                                  QStringLiteral("volumeGuid"), QStringLiteral("identifier"), QStringLiteral("deviceName"),
                                  QStringLiteral("attempts"),   QStringLiteral("created"),    QStringLiteral("nextRetry"),
                                  QStringLiteral("lastProblem") };

SettingsHealth damaged(const QString& problem)
{
    SettingsHealth health;
    health.status = SettingsHealth::Status::Damaged;
    health.problem = problem;
    return health;
}

// "NAME\field" (QSettings writes a group inside a section with a backslash); the field, or empty.
QString fieldOf(const QString& key)
{
    const qsizetype slash = key.lastIndexOf(QLatin1Char('\\'));
    return slash <= 0 ? QString() : key.mid(slash + 1);
}

// One line of the file: what is wrong with it where it stands, or empty.
QString lineProblem(const QString& line, const QString& section, const QString& file, int number)
{
    if (line.startsWith(QLatin1Char('['))) {
        if (!line.endsWith(QLatin1Char(']')) || line.size() < 3)
            return SettingsHealth::tr("The settings file %1 is damaged: line %2 is a section header that is not "
                                      "closed.")
                .arg(file)
                .arg(number);
        return {};
    }
    const qsizetype equals = line.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return SettingsHealth::tr("The settings file %1 is damaged: line %2 is neither a section nor a setting.")
            .arg(file)
            .arg(number);
    const QString key = line.left(equals).trimmed();
    const QString field = fieldOf(key);
    const bool inAccounts = section == u"accounts";
    const bool inPending = section == u"pending";
    if (inAccounts && !accountFields.contains(field))
        return SettingsHealth::tr("The settings file %1 is damaged: line %2 in [accounts] is not an account's "
                                  "setting.")
            .arg(file)
            .arg(number);
    if (inPending && !pendingFields.contains(field))
        return SettingsHealth::tr("The settings file %1 is damaged: line %2 in [pending] is not a pending "
                                  "upload's setting.")
            .arg(file)
            .arg(number);
    return {};
}

// Keys of other sections that look like an account ("NAME\kind" and "NAME\url") or a pending upload
// ("ID\account" and "ID\keyId"): a damaged header above them moved them there.
class StrayGroups
{
public:
    void add(const QString& section, const QString& key, int number)
    {
        if (section == u"accounts" || section == u"pending" || fieldOf(key).isEmpty())
            return;
        const QString group = section + QLatin1Char('/') + key.left(key.lastIndexOf(QLatin1Char('\\')));
        m_fields[group].insert(fieldOf(key));
        m_lines.insert(group, m_lines.value(group, number));
    }
    // The line where the first such group starts, or 0.
    int firstLine() const
    {
        int first = 0;
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
            const bool account = it->contains(QStringLiteral("kind")) && it->contains(QStringLiteral("url"));
            const bool pending = it->contains(QStringLiteral("account")) && it->contains(QStringLiteral("keyId"));
            if ((account || pending) && (first == 0 || m_lines.value(it.key()) < first))
                first = m_lines.value(it.key());
        }
        return first;
    }

private:
    QHash<QString, QSet<QString>> m_fields;
    QHash<QString, int> m_lines;
};

// Every account needs a kind Keyhaven knows and an address.
QString accountsProblem(const QString& settingsFile, const QString& file)
{
    QSettings settings(settingsFile, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return SettingsHealth::tr("The settings file %1 is damaged: Qt could not read it as settings.").arg(file);
    settings.beginGroup(QStringLiteral("accounts"));
    const QStringList names = settings.childGroups();
    for (const QString& name : names) {
        settings.beginGroup(name);
        const bool whole = accountKindFromName(settings.value(QStringLiteral("kind")).toString()).has_value()
            && QUrl(settings.value(QStringLiteral("url")).toString()).isValid()
            && !settings.value(QStringLiteral("url")).toString().isEmpty();
        settings.endGroup();
        if (!whole)
            return SettingsHealth::tr("The settings file %1 is damaged: the account “%2” has no valid kind or URL.")
                .arg(file, name);
    }
    return {};
}

} // namespace

QString SettingsHealth::path(const QString& settingsFile)
{
    return settingsFile.isEmpty() ? QSettings().fileName() : settingsFile;
}

SettingsHealth SettingsHealth::check(const QString& settingsFile)
{
    const QString file = path(settingsFile);
    QFile input(file);
    if (!input.exists())
        return {};
    SettingsHealth unreadable;
    unreadable.status = Status::Unreadable;
    if (!input.open(QIODevice::ReadOnly)) {
        unreadable.problem = tr("The settings file %1 cannot be read: %2").arg(file, input.errorString());
        return unreadable;
    }
    if (input.size() > MaximumSettingsSize)
        return damaged(tr("The settings file %1 is damaged: it is far too large.").arg(file));
    const QByteArray bytes = input.readAll();
    if (input.error() != QFileDevice::NoError) {
        unreadable.problem = tr("The settings file %1 cannot be read: %2").arg(file, input.errorString());
        return unreadable;
    }
    if (bytes.contains('\0'))
        return damaged(tr("The settings file %1 is damaged: it holds binary data.").arg(file));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return damaged(tr("The settings file %1 is damaged: it is not UTF-8 text.").arg(file));

    QString section;
    StrayGroups strays;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#')))
            continue;
        if (const QString problem = lineProblem(line, section, file, int(i + 1)); !problem.isEmpty())
            return damaged(problem);
        if (line.startsWith(QLatin1Char('[')))
            section = line.mid(1, line.size() - 2).trimmed();
        else
            strays.add(section, line.left(line.indexOf(QLatin1Char('='))).trimmed(), int(i + 1));
    }
    if (const int line = strays.firstLine(); line > 0)
        return damaged(tr("The settings file %1 is damaged: line %2 holds an account or a pending upload outside "
                          "its section.")
                           .arg(file)
                           .arg(line));
    if (const QString problem = accountsProblem(file, file); !problem.isEmpty())
        return damaged(problem);
    return {};
}

SettingsHealth SettingsHealth::keepCopy(SettingsHealth health, const QString& settingsFile)
{
    if (health.status != Status::Damaged)
        return health;
    const QString file = path(settingsFile);
    const QFileInfo info(file);
    // One copy per damaged state: an identical earlier copy is reused rather than piling up new ones.
    QFile original(file);
    const QByteArray bytes = original.open(QIODevice::ReadOnly) ? original.readAll() : QByteArray();
    const QStringList earlier = info.dir().entryList({ info.fileName() + QStringLiteral(".damaged-*") }, QDir::Files,
                                                     QDir::Name);
    for (const QString& name : earlier) {
        QFile copy(info.dir().filePath(name));
        if (copy.open(QIODevice::ReadOnly) && copy.readAll() == bytes) {
            health.backup = copy.fileName();
            break;
        }
    }
    if (health.backup.isEmpty()) {
        const QString name = file + QStringLiteral(".damaged-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::copy(file, name)) {
            health.problem += QLatin1Char(' ')
                + tr("A copy of it could not be kept (%1); Keyhaven did not change it.").arg(name);
            return health;
        }
        health.backup = name;
    }
    health.problem += QLatin1Char(' ')
        + tr("Keyhaven did not change it and keeps a copy at %1. Repair the file, or move it aside to start with "
             "empty settings; accounts and pending uploads are not written until then.")
              .arg(health.backup);
    return health;
}

} // namespace keyhaven
