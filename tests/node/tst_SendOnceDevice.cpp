// SendOnceDevice and the replica's forwarded write: Qt re-sends a POST whose connection closes
// before the answer (the cause of "nothing was written" for writes the primary had applied);
// with SendOnceDevice the request reaches the server once, and a forwarded write that got no
// answer is reported as unknown, never as not written.
#include "ConfigDatabase.h"
#include "FaultState.h"
#include "Replicator.h"
#include "SendOnceDevice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace node;

namespace {

// Reads each request whole, counts it and closes the connection without answering: what a
// primary killed between applying a write and answering it looks like.
class DroppingServer final : public QTcpServer
{
public:
    int requests = 0;

    DroppingServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = buffer->left(end).toLower();
                    const qsizetype at = head.indexOf("content-length:");
                    const qsizetype length =
                        at < 0 ? 0 : head.mid(at + 15).split('\r').first().trimmed().toLongLong();
                    if (buffer->size() < end + 4 + length)
                        return;
                    ++requests;
                    socket->abort();
                    socket->deleteLater();
                });
            }
        });
    }
};

} // namespace

class tst_SendOnceDevice final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    DroppingServer m_server;

    QNetworkRequest postTo(const QUrl &url, qsizetype size)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setHeader(QNetworkRequest::ContentLengthHeader, size);
        return request;
    }

    QUrl serverUrl() const
    {
        return QUrl(
            QStringLiteral("http://127.0.0.1:%1/internal/v1/write").arg(m_server.serverPort()));
    }

private slots:
    void initTestCase()
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    void init() { m_server.requests = 0; }

    void qtResendsABufferedPost()
    {
        // The reproduction of the defect: a plain POST is sent again after the drop.
        const QByteArray body = "{\"write\":1}";
        QNetworkReply *reply = m_network.post(postTo(serverUrl(), body.size()), body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(reply->error() != QNetworkReply::NoError);
        QVERIFY2(m_server.requests > 1, qPrintable(QString::number(m_server.requests)));
        reply->deleteLater();
    }

    void sendOnceDeviceIsSentOnce()
    {
        const QByteArray body = "{\"write\":1}";
        QNetworkRequest request = postTo(serverUrl(), body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *device = new SendOnceDevice(body);
        QNetworkReply *reply = m_network.post(request, device);
        device->setParent(reply);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(reply->error() != QNetworkReply::NoError);
        QCOMPARE(m_server.requests, 1);
        reply->deleteLater();
    }

    void deviceReadsOnceAndCannotRewind()
    {
        SendOnceDevice device(QByteArray("abcdef"));
        QVERIFY(device.isSequential());
        QCOMPARE(device.bytesAvailable(), 6);
        QCOMPARE(device.read(4), QByteArray("abcd"));
        QCOMPARE(device.read(10), QByteArray("ef"));
        QVERIFY(!device.reset());
        QVERIFY(!device.seek(0));
        QVERIFY(device.read(10).isEmpty());
    }

    void forwardedWriteWithoutAnswerIsUnknown_data()
    {
        QTest::addColumn<bool>("listening");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        QTest::addColumn<int>("requests");
        QTest::newRow("dropped after sending")
            << true << 502 << QStringLiteral("the outcome is unknown") << 1;
        QTest::newRow("refused connection")
            << false << 503 << QStringLiteral("nothing was written") << 0;
    }

    void forwardedWriteWithoutAnswerIsUnknown()
    {
        QFETCH(bool, listening);
        QFETCH(int, status);
        QFETCH(QString, says);
        QFETCH(int, requests);
        QTemporaryDir dir;
        ConfigDatabase database(QStringLiteral("forward-test"));
        QString error;
        QVERIFY2(database.open(dir.path(), {}, &error), qPrintable(error));
        FaultState faults(false);
        NodeOptions options;
        options.id = QStringLiteral("r");
        options.primaryId = QStringLiteral("p");
        QTcpServer closed; // a port nobody listens on
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 closedPort = closed.serverPort();
        closed.close();
        const quint16 port = listening ? m_server.serverPort() : closedPort;
        options.peers = {
            {QStringLiteral("p"), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))}};
        Replicator replicator(options, database, faults, "secret", &m_network);

        std::optional<HttpResponse> answer;
        replicator.forwardWrite(QJsonObject{{QStringLiteral("method"), QStringLiteral("PUT")}},
                                QStringLiteral("req-42"),
                                [&answer](HttpResponse response) { answer = response; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
        QCOMPARE(answer->status, status);
        const QJsonObject problem = QJsonDocument::fromJson(answer->body).object();
        QVERIFY2(problem.value(QStringLiteral("detail")).toString().contains(says),
                 answer->body.constData());
        QCOMPARE(problem.value(QStringLiteral("requestId")).toString(), QStringLiteral("req-42"));
        QCOMPARE(m_server.requests, requests);
    }
};

QTEST_GUILESS_MAIN(tst_SendOnceDevice)
#include "tst_SendOnceDevice.moc"
