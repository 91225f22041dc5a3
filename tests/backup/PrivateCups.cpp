// SPDX-License-Identifier: GPL-3.0-or-later
// A CUPS server that belongs to the test: its own configuration, spool, logs and socket, one cups-pdf queue.
#include "SheetTestSupport.h"

#include "support/Process.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUuid>

#include <unistd.h>

namespace keyhaven::test {

namespace {

const QString cupsd = QStringLiteral("/usr/sbin/cupsd");
const QString cupsPdfBackend = QStringLiteral("/usr/lib/cups/backend/cups-pdf");
const QString cupsPdfPpd = QStringLiteral("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd");

void writeFile(const QString& path, const QString& text)
{
    QFile file(path);
    INFO("writing " << path.toStdString());
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(text.toUtf8()) >= 0);
}

QString readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

PrivateCups::PrivateCups(const ScratchDir& scratch)
    : m_root(scratch.file(QStringLiteral("cups")))
    , m_socket(m_root + QStringLiteral("/cups.sock"))
    , m_output(m_root + QStringLiteral("/out"))
    , m_queue(QStringLiteral("KeyhavenTest") + QUuid::createUuid().toString(QUuid::Id128).left(8))
    , m_pdfConfig(QStringLiteral("/etc/cups/cups-pdf-") + m_queue + QStringLiteral(".conf"))
{
    if (!QFileInfo::exists(cupsd) || !haveProgram(QStringLiteral("lpadmin")))
        FAIL("CUPS is not installed: the Debian packages cups and cups-client give cupsd and lpadmin.");
    if (!QFileInfo::exists(cupsPdfBackend) || !QFileInfo::exists(cupsPdfPpd))
        FAIL("The PDF printer is not installed: the Debian package printer-driver-cups-pdf gives it.");
    if (::geteuid() != 0)
        FAIL("This test runs its own cupsd with the cups-pdf backend, which CUPS only runs as root (the backend is "
             "mode 0700), and cups-pdf reads its settings only from /etc/cups. Run it as root, as CI does.");
    for (const char* folder : {"spool", "tmp", "cache", "state", "log", "ppd", "out", "pdfspool"})
        REQUIRE(QDir().mkpath(m_root + QLatin1Char('/') + QLatin1String(folder)));
    QFile::setPermissions(m_root + QStringLiteral("/tmp"), QFileDevice::Permissions(0x7777));
    writeConfiguration();

    m_cupsd = std::make_unique<QProcess>();
    m_cupsd->setProcessChannelMode(QProcess::MergedChannels);
    m_cupsd->start(cupsd, {QStringLiteral("-f"), QStringLiteral("-c"), m_root + QStringLiteral("/cupsd.conf"),
                           QStringLiteral("-s"), m_root + QStringLiteral("/cups-files.conf")});
    REQUIRE(m_cupsd->waitForStarted(10000));
    for (int i = 0; i < 100 && !QFileInfo::exists(m_socket); ++i) {
        if (m_cupsd->state() != QProcess::Running)
            FAIL("cupsd stopped at once:\n" << m_cupsd->readAll().toStdString() << log().toStdString());
        QThread::msleep(100);
    }
    if (!QFileInfo::exists(m_socket))
        FAIL("cupsd did not open its socket within 10 s:\n" << log().toStdString());
    addQueue();
}

PrivateCups::~PrivateCups()
{
    if (m_cupsd && m_cupsd->state() != QProcess::NotRunning) {
        m_cupsd->terminate(); // our own cupsd, by its process id
        if (!m_cupsd->waitForFinished(10000)) {
            m_cupsd->kill();
            m_cupsd->waitForFinished(5000);
        }
    }
    QFile::remove(m_pdfConfig);
}

void PrivateCups::writeConfiguration() const
{
    writeFile(m_root + QStringLiteral("/cups-files.conf"),
              QStringLiteral("ServerRoot %1\nRequestRoot %1/spool\nTempDir %1/tmp\nCacheDir %1/cache\n"
                             "StateDir %1/state\nErrorLog %1/log/error_log\nAccessLog %1/log/access_log\n"
                             "PageLog %1/log/page_log\nServerBin /usr/lib/cups\nDataDir /usr/share/cups\n"
                             "FileDevice No\nSandboxing Relaxed\n")
                  .arg(m_root));
    // Only the private socket: nothing on the network, no browsing, everything allowed to the test.
    writeFile(m_root + QStringLiteral("/cupsd.conf"),
              QStringLiteral("Listen %1\nLogLevel warn\nBrowsing Off\nWebInterface No\nDefaultAuthType None\n"
                             "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                             "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n")
                  .arg(m_socket));
    QFile::setPermissions(m_output, QFileDevice::Permissions(0x7700));
    writeFile(m_pdfConfig, QStringLiteral("Out %1\nAnonDirName %1\nSpool %2/pdfspool\nLog %2/log\nLogType 3\n"
                                          "UserUMask 0077\nLabel 1\n")
                               .arg(m_output, m_root));
}

void PrivateCups::addQueue() const
{
    const ProcessResult added = run(QStringLiteral("lpadmin"),
                                    {QStringLiteral("-h"), m_socket, QStringLiteral("-p"), m_queue,
                                     QStringLiteral("-v"), QStringLiteral("cups-pdf:/") + m_queue, QStringLiteral("-P"),
                                     cupsPdfPpd, QStringLiteral("-E")});
    INFO(added.errText().toStdString() << log().toStdString());
    REQUIRE(added.exitCode == 0);
}

QString PrivateCups::waitForOutput(int seconds) const
{
    for (int i = 0; i < seconds * 10; ++i) {
        QDirIterator it(m_output, {QStringLiteral("*.pdf")}, QDir::Files, QDirIterator::Subdirectories);
        if (it.hasNext()) {
            const QString path = it.next();
            QThread::msleep(300); // let cups-pdf finish the file
            return path;
        }
        QThread::msleep(100);
    }
    return {};
}

QString PrivateCups::log() const
{
    QString text;
    QDirIterator it(m_root + QStringLiteral("/log"), QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        text += QStringLiteral("\n--- ") + path + QLatin1Char('\n') + readFile(path).right(4000);
    }
    return text;
}

} // namespace keyhaven::test
