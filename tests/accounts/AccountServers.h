// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/Process.h"
#include "support/TestData.h"

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>

#include <memory>

namespace keyhaven::test {

// The recovery password the account tests upload, and its protector ID.
inline const QString accountKey = QStringLiteral("235818-357951-253979-013365-241120-245575-342914-591910");
inline const QString accountKeyId = QStringLiteral("64311DEA-4587-4029-924A-BA299647998E");
inline const QString davUser = QStringLiteral("alice");
inline const QString davPassword = QStringLiteral("Tr0ub4dor-keyhaven-7731");

quint16 freePort();

// A self-signed certificate for 127.0.0.1 made with openssl now; `pem` holds certificate and key.
struct ThrowAwayCertificate
{
    explicit ThrowAwayCertificate(const QString& directory, const QString& name = QStringLiteral("server"));
    QString certificate;
    QString key;
    QString pem;
};

// A real Apache with mod_dav over TLS on a free loopback port, in its own ServerRoot under `scratch`:
// /dav/ needs basic authentication (davUser, davPassword), /forbidden/ is a DAV folder nobody may use.
// Stopped when the object goes (and by the kernel if the test process dies).
class ApacheDav
{
public:
    ApacheDav(const QString& scratch, const ThrowAwayCertificate& certificate);
    ~ApacheDav();
    QString url(const QString& path = QStringLiteral("/dav/")) const;
    QString davFolder() const { return m_root + QStringLiteral("/htdocs/dav"); }

private:
    QString writeConfig(const ThrowAwayCertificate& certificate);
    QString m_root;
    quint16 m_port = 0;
    QProcess m_process;
};

// The project's loopback Crypt Server (crypt_server.py), or one of its broken-server modes.
class CryptTestServer
{
public:
    struct Options
    {
        bool tls = true;
        QString preload = {}; // a JSON file {"computers": …}: what the server holds from the start
        int status = 0; // answer every request with this status
        bool silent = false; // accept and say nothing
        bool reset = false; // cut the connection after reading the request
        bool cut = false; // send the start of an answer, then cut the connection
        bool drip = false; // send an answer's headers, then one byte a second for ever
        bool lie = false; // store nothing, and say every key is escrowed
        bool put412 = false; // a WebDAV server answering every PUT with 412
        QString redirect = {}; // send every request there
        int redirectStatus = 302;
        QString redirectMethod = {}; // only requests with this method are redirected; empty: all
        QString clientCa = {}; // require a client certificate
        quint16 port = 0; // 0: any free port
    };
    CryptTestServer(const QString& scratch, const ThrowAwayCertificate& certificate, const Options& options);
    ~CryptTestServer();
    quint16 port() const { return m_port; }
    QString url() const;
    QJsonObject state() const;

private:
    QString m_state;
    quint16 m_port = 0;
    bool m_tls = true;
    QProcess m_process;
};

// Per test: XDG config and data folders, the ledger and the hardware serial in a scratch folder, a short
// network timeout; the environment is restored afterwards. The keychain is the session's real one.
class AccountEnvironment
{
public:
    explicit AccountEnvironment(int timeoutMs = 10000);
    ~AccountEnvironment();
    AccountEnvironment(const AccountEnvironment&) = delete;
    AccountEnvironment& operator=(const AccountEnvironment&) = delete;

    const ScratchDir& scratch() const { return m_scratch; }
    const ThrowAwayCertificate& certificate() const { return *m_certificate; }
    QString configDir() const { return m_scratch.file(QStringLiteral("config")); }
    QString dataDir() const { return m_scratch.file(QStringLiteral("data")); }
    QString keyringDir() const { return m_keyringDataHome; }

    ProcessResult addAccount(const QString& name, const QStringList& options, const QString& password);
    // Sets an environment variable for this test (restored afterwards).
    void setVariable(const char* name, const QString& value) { set(name, value); }
    ProcessResult backup(const QString& account, const QString& key = accountKey, const QString& id = accountKeyId);
    // The one result of `backup --json`.
    static QJsonObject onlyResult(const ProcessResult& result);
    // Files under `directory` whose bytes hold `secret` (as UTF-8 or UTF-16).
    static QStringList filesHolding(const QString& directory, const QString& secret);

private:
    QList<std::pair<QByteArray, QByteArray>> m_saved;
    void set(const char* name, const QString& value);
    QString m_keyringDataHome;
    QString m_savedSerialFile;
    ScratchDir m_scratch;
    std::unique_ptr<ThrowAwayCertificate> m_certificate;
};

// The keychain's entries for waiting keys ("attribute.user = pending/ID" lines of secret-tool), empty when none.
QString pendingKeychainEntries();

// True when this process runs with a D-Bus session (the keyring wrapper script sets one up).
bool haveSessionBus();

} // namespace keyhaven::test
