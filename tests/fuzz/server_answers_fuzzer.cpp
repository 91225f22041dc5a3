// SPDX-License-Identifier: GPL-3.0-or-later
// What a hostile server answers. The input is served, byte for byte, as the raw HTTP answer of a loopback
// server in this process to a request HttpClient sends (status line, headers, redirects, chunking, a cut);
// whatever body comes through is then read as a Crypt Server check-in and verify answer and as a WebDAV
// file holding a key.
#include "accounts/CryptServerProvider.h"
#include "accounts/HttpClient.h"
#include "formats/KeyFile.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstddef>
#include <cstdint>

namespace {

QCoreApplication* application = nullptr;

// Answers every connection with `answer` once the request's headers are in, then closes it.
class RawServer : public QTcpServer
{
public:
    QByteArray answer;

    RawServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n") || socket->property("answered").toBool())
                        return;
                    socket->setProperty("answered", true);
                    socket->write(answer);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost);
    }
};

keyhaven::HttpResponse fetch(RawServer& server)
{
    keyhaven::HttpClient client;
    keyhaven::HttpResponse result;
    QEventLoop loop;
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/checkin/").arg(server.serverPort()));
    client.send("POST", url, keyhaven::SecureBytes::fromUtf8(u"serial=fuzz"), {},
                [&](keyhaven::HttpResponse& response) {
                    result = std::move(response);
                    loop.quit();
                });
    loop.exec();
    return result;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    qputenv("KEYHAVEN_NETWORK_TIMEOUT_MS", "2000");
    application = new QCoreApplication(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static RawServer server;
    server.answer = QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const keyhaven::HttpResponse response = fetch(server);

    const keyhaven::SecureBytes& body = response.answered() ? response.body : keyhaven::SecureBytes();
    const keyhaven::SecureBytes raw(data, size);
    for (const keyhaven::SecureBytes* bytes : { &body, &raw }) {
        (void)keyhaven::CryptServerProvider::readCheckIn(*bytes);
        (void)keyhaven::CryptServerProvider::readVerify(*bytes);
        const QByteArrayView view(reinterpret_cast<const char*>(bytes->data()),
                                  static_cast<qsizetype>(bytes->size()));
        (void)keyhaven::KeyFile::readBytes(view, QStringLiteral("fuzz"));
    }
    return 0;
}
