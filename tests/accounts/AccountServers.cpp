// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountServers.h"

#include "accounts/MachineIdentity.h"
#include "support/catch.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace keyhaven::test {

namespace {

// The servers go when the test process goes, whatever way it ends.
void dieWithParent(QProcess& process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    return socket.waitForConnected(200);
}

void stop(QProcess& process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(2000);
    }
}

QString readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(contents) == contents.size());
}

} // namespace

quint16 freePort()
{
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));
    return server.serverPort();
}

ThrowAwayCertificate::ThrowAwayCertificate(const QString& directory, const QString& name)
    : certificate(directory + QLatin1Char('/') + name + QStringLiteral("-cert.pem"))
    , key(directory + QLatin1Char('/') + name + QStringLiteral("-key.pem"))
    , pem(directory + QLatin1Char('/') + name + QStringLiteral(".pem"))
{
    const ProcessResult made
        = run(QStringLiteral("openssl"),
              { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate, QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost") });
    INFO(made.errText().toStdString());
    REQUIRE(made.exitCode == 0);
    writeFile(pem, readFile(certificate).toUtf8() + readFile(key).toUtf8());
    QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
}

ApacheDav::ApacheDav(const QString& scratch, const ThrowAwayCertificate& certificate)
    : m_root(scratch + QStringLiteral("/apache"))
{
    REQUIRE(haveProgram(QStringLiteral("apache2")));
    for (const char* folder : { "htdocs/dav", "htdocs/forbidden", "lock", "run" })
        REQUIRE(QDir().mkpath(m_root + QLatin1Char('/') + QLatin1String(folder)));
    const ProcessResult passwords
        = run(QStringLiteral("htpasswd"),
              { QStringLiteral("-bc"), m_root + QStringLiteral("/htpasswd"), davUser, davPassword });
    REQUIRE(passwords.exitCode == 0);
    m_port = freePort();
    const QString config = writeConfig(certificate);

    m_process.setProcessChannelMode(QProcess::MergedChannels);
    dieWithParent(m_process);
    m_process.start(QStandardPaths::findExecutable(QStringLiteral("apache2"),
                                                   { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin") }),
                    { QStringLiteral("-f"), config, QStringLiteral("-DFOREGROUND") });
    REQUIRE(m_process.waitForStarted(5000));
    for (int i = 0; i < 100 && !accepts(m_port); ++i) {
        if (m_process.state() == QProcess::NotRunning)
            break;
        QThread::msleep(50);
    }
    INFO(QString::fromUtf8(m_process.readAll()).toStdString()
         << readFile(m_root + QStringLiteral("/error.log")).toStdString());
    REQUIRE(accepts(m_port));
}

QString ApacheDav::writeConfig(const ThrowAwayCertificate& certificate)
{
    // Apache will not serve as root: its workers run as www-data, which must own what it writes.
    QString user;
    if (::geteuid() == 0 && ::getpwnam("www-data")) {
        user = QStringLiteral("User www-data\nGroup www-data\n");
        for (const char* folder : { "htdocs/dav", "lock" })
            REQUIRE(run(QStringLiteral("chown"),
                        { QStringLiteral("-R"), QStringLiteral("www-data:www-data"),
                          m_root + QLatin1Char('/') + QLatin1String(folder) })
                        .exitCode
                    == 0);
    }
    const QString modules = QStringLiteral("/usr/lib/apache2/modules");
    QString config = QStringLiteral("ServerRoot \"%1\"\nServerName 127.0.0.1\nListen 127.0.0.1:%2\n"
                                    "PidFile %1/run/httpd.pid\nDefaultRuntimeDir %1/run\nMutex file:%1/run default\n"
                                    "ErrorLog %1/error.log\nLogLevel warn\n")
                         .arg(m_root)
                         .arg(m_port)
        + user;
    for (const char* module :
         { "mpm_event", "authn_core", "authn_file", "authz_core", "authz_user", "auth_basic", "dav", "dav_fs", "ssl" })
        config += QStringLiteral("LoadModule %1_module %2/mod_%1.so\n").arg(QLatin1String(module), modules);
    config
        += QStringLiteral("SSLEngine on\nSSLCertificateFile %1\nSSLCertificateKeyFile %2\nSSLSessionCache none\n"
                          "DavLockDB %3/lock/davlock\nDocumentRoot %3/htdocs\n"
                          "<Directory %3/htdocs>\n    Require all denied\n</Directory>\n"
                          "<Directory %3/htdocs/dav>\n    Dav On\n    AuthType Basic\n    AuthName \"Keyhaven test\"\n"
                          "    AuthUserFile %3/htpasswd\n    Require valid-user\n</Directory>\n"
                          "<Directory %3/htdocs/forbidden>\n    Dav On\n    Require all denied\n</Directory>\n")
               .arg(certificate.certificate, certificate.key, m_root);
    const QString path = m_root + QStringLiteral("/httpd.conf");
    writeFile(path, config.toUtf8());
    return path;
}

ApacheDav::~ApacheDav()
{
    stop(m_process);
}

QString ApacheDav::url(const QString& path) const
{
    return QStringLiteral("https://127.0.0.1:%1%2").arg(m_port).arg(path);
}

CryptTestServer::CryptTestServer(const QString& scratch, const ThrowAwayCertificate& certificate,
                                 const Options& options)
    : m_state(scratch + QStringLiteral("/crypt-state-%1.json").arg(QString::number(freePort())))
    , m_tls(options.tls)
{
    const QString ready = m_state + QStringLiteral(".port");
    QStringList arguments { QStringLiteral(KEYHAVEN_CRYPT_SERVER),
                            QStringLiteral("--ready"),
                            ready,
                            QStringLiteral("--state"),
                            m_state,
                            QStringLiteral("--port"),
                            QString::number(options.port) };
    if (options.tls)
        arguments << QStringLiteral("--cert") << certificate.certificate << QStringLiteral("--key") << certificate.key;
    if (!options.preload.isEmpty())
        arguments << QStringLiteral("--preload") << options.preload;
    if (options.cut)
        arguments << QStringLiteral("--cut");
    if (options.drip)
        arguments << QStringLiteral("--drip");
    if (options.lie)
        arguments << QStringLiteral("--lie");
    if (options.put412)
        arguments << QStringLiteral("--put-412");
    if (!options.redirectMethod.isEmpty())
        arguments << QStringLiteral("--redirect-method") << options.redirectMethod;
    if (options.redirectStatus != 302)
        arguments << QStringLiteral("--redirect-status") << QString::number(options.redirectStatus);
    if (options.status)
        arguments << QStringLiteral("--status") << QString::number(options.status);
    if (options.silent)
        arguments << QStringLiteral("--silent");
    if (options.reset)
        arguments << QStringLiteral("--reset");
    if (!options.redirect.isEmpty())
        arguments << QStringLiteral("--redirect") << options.redirect;
    if (!options.clientCa.isEmpty())
        arguments << QStringLiteral("--client-ca") << options.clientCa;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    dieWithParent(m_process);
    m_process.start(QStringLiteral("python3"), arguments);
    REQUIRE(m_process.waitForStarted(5000));
    for (int i = 0; i < 800 && !QFile::exists(ready) && m_process.state() == QProcess::Running; ++i)
        QThread::msleep(25);
    REQUIRE(QFile::exists(ready));
    m_port = static_cast<quint16>(readFile(ready).toUInt());
    REQUIRE(m_port != 0);
}

CryptTestServer::~CryptTestServer()
{
    stop(m_process);
}

QString CryptTestServer::url() const
{
    return QStringLiteral("%1://127.0.0.1:%2/")
        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(m_port);
}

QJsonObject CryptTestServer::state() const
{
    QFile file(m_state);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

AccountEnvironment::AccountEnvironment(int timeoutMs)
    : m_keyringDataHome(qEnvironmentVariable("XDG_DATA_HOME"))
{
    set("XDG_CONFIG_HOME", configDir());
    set("XDG_DATA_HOME", dataDir());
    set("KEYHAVEN_LEDGER", m_scratch.file(QStringLiteral("data/ledger.json")));
    // The hardware serial: in this process through the core's setter, in the CLI through the test build
    // (keyhaven-cli-test), the only one that reads KEYHAVEN_HARDWARE_SERIAL_FILE.
    m_savedSerialFile = MachineIdentity::hardwareSerialFile();
    MachineIdentity::setHardwareSerialFile(m_scratch.file(QStringLiteral("no-hardware-serial")));
    set("KEYHAVEN_HARDWARE_SERIAL_FILE", m_scratch.file(QStringLiteral("no-hardware-serial")));
    set("KEYHAVEN_CLI", QStringLiteral(KEYHAVEN_CLI_TEST_BUILD));
    set("KEYHAVEN_NETWORK_TIMEOUT_MS", QString::number(timeoutMs));
    m_certificate = std::make_unique<ThrowAwayCertificate>(m_scratch.path());
}

AccountEnvironment::~AccountEnvironment()
{
    MachineIdentity::setHardwareSerialFile(m_savedSerialFile);
    for (auto it = m_saved.crbegin(); it != m_saved.crend(); ++it) {
        if (it->second.isNull())
            qunsetenv(it->first.constData());
        else
            qputenv(it->first.constData(), it->second);
    }
}

void AccountEnvironment::set(const char* name, const QString& value)
{
    m_saved.append({ QByteArray(name), qEnvironmentVariableIsSet(name) ? qgetenv(name) : QByteArray() });
    qputenv(name, value.toUtf8());
}

ProcessResult AccountEnvironment::addAccount(const QString& name, const QStringList& options, const QString& password)
{
    return runCli(QStringList { QStringLiteral("account"), QStringLiteral("add"), name } + options,
                  password.toUtf8() + '\n');
}

ProcessResult AccountEnvironment::backup(const QString& account, const QString& key, const QString& id)
{
    return runCli({ QStringLiteral("backup"), QStringLiteral("--json"), QStringLiteral("--to"),
                    QStringLiteral("account:") + account, QStringLiteral("--id"), id },
                  key.toUtf8() + '\n', 60);
}

QJsonObject AccountEnvironment::onlyResult(const ProcessResult& result)
{
    const QJsonArray results = result.json().object().value(QStringLiteral("results")).toArray();
    INFO(result.errText().toStdString());
    REQUIRE(results.size() == 1);
    return results.first().toObject();
}

QStringList AccountEnvironment::filesHolding(const QString& directory, const QString& secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2);
    QStringList found;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray contents = file.readAll();
            if (contents.contains(utf8) || contents.contains(utf16))
                found.append(file.fileName());
        }
    }
    return found;
}

QString pendingKeychainEntries()
{
    // QtKeychain's libsecret attributes: server = the service, user = the entry's key.
    const ProcessResult found = run(
        QStringLiteral("secret-tool"),
        { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), QStringLiteral("keyhaven") });
    const QString output = found.outText() + found.errText();
    QStringList entries;
    for (const QString& line : output.split(QLatin1Char('\n')))
        if (line.contains(QLatin1String("attribute.user = pending/")))
            entries.append(line.trimmed());
    return entries.join(QLatin1Char('\n'));
}

bool haveSessionBus()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace keyhaven::test
