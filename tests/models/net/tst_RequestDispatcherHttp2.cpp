// RequestDispatcher's clear-text HTTP/2 against servers that do not speak it: an HTTP/1.1 server
// that answers the HTTP/2 preface with HTTP/1.1 bytes, and one that stays silent after it (as a
// server waiting for the rest of a request would). Either way the request is answered over
// HTTP/1.1 well within its own deadline, the host is remembered as HTTP/1.1, and a write is
// never the one sent to find out.
#include "HostileHttpServer.h"
#include "RequestDispatcher.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

using namespace std::chrono_literals;

namespace {

// Answers HTTP/1.1 GETs with "{}" and ignores anything else (an HTTP/2 preface) for good.
class SilentToHttp2Server final : public QTcpServer
{
public:
    SilentToHttp2Server()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    QByteArray &buffer = m_buffers[socket];
                    buffer += socket->readAll();
                    if (buffer.startsWith("PRI ")) {
                        ++prefaces;
                        buffer.clear();
                        return;
                    }
                    while (buffer.contains("\r\n\r\n")) {
                        buffer.remove(0, buffer.indexOf("\r\n\r\n") + 4);
                        ++http1Requests;
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                      "Content-Length: 2\r\n\r\n{}");
                    }
                });
            }
        });
    }
    int prefaces = 0;
    int http1Requests = 0;

private:
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

ApiResult run(RequestDispatcher &dispatcher, const QUrl &base, const ApiRequest &request)
{
    std::optional<ApiResult> result;
    dispatcher.dispatch(request, base, TlsPolicy(), QStringLiteral("t"), nullptr,
                        [&result](const ApiResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return ApiResult();
    return *result;
}

ApiRequest getRequest()
{
    ApiRequest request = ApiRequest::get(QStringLiteral("/api/v1/node"));
    request.timeout = 8s;
    return request;
}

} // namespace

class tst_RequestDispatcherHttp2 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void http1ServerFallsBackAtOnce();
    void silentServerFallsBackAfterTheProbeTimeout();
    void aWriteIsNeverTheProbe();
    void offByDefault();
};

void tst_RequestDispatcherHttp2::http1ServerFallsBackAtOnce()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    server.setRoute("/api/v1/node", HostileHttpServer::Response::json(200, "{}"));
    RequestDispatcher dispatcher;
    dispatcher.setClearTextHttp2(true);
    QElapsedTimer timer;
    timer.start();
    const ApiResult first = run(dispatcher, server.url(), getRequest());
    QVERIFY2(first.ok, qPrintable(first.errorText));
    QVERIFY(!first.http2);
    QVERIFY(timer.elapsed() < 8000); // never the request's own deadline
    QCOMPARE(dispatcher.protocol(server.url()), RequestDispatcher::Protocol::Http1);
    // Later requests go straight to HTTP/1.1: no second preface.
    const int before = server.requestCount();
    const ApiResult second = run(dispatcher, server.url(), getRequest());
    QVERIFY(second.ok);
    QCOMPARE(server.requestCount(), before + 1);
    QCOMPARE(server.requests().last().method, QByteArray("GET"));
}

void tst_RequestDispatcherHttp2::silentServerFallsBackAfterTheProbeTimeout()
{
    SilentToHttp2Server server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    RequestDispatcher dispatcher;
    dispatcher.setClearTextHttp2(true);
    // Several at once: one finds out, the others wait for the answer instead of all hanging.
    std::vector<std::optional<ApiResult>> results(4);
    for (auto &result : results)
        dispatcher.dispatch(getRequest(), base, TlsPolicy(), QStringLiteral("t"), nullptr,
                            [&result](const ApiResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(results.cbegin(), results.cend(), [](const auto &r) { return r.has_value(); }),
        20000);
    for (const auto &result : results) {
        QVERIFY2(result->ok, qPrintable(result->errorText));
        QVERIFY(!result->http2);
        // The probe's budget, not the request's 8 s, was spent finding out.
        QVERIFY(result->timings.elapsedUs < 8000000);
    }
    QCOMPARE(server.prefaces, 1);
    QCOMPARE(server.http1Requests, 4);
    QCOMPARE(dispatcher.protocol(base), RequestDispatcher::Protocol::Http1);
}

void tst_RequestDispatcherHttp2::aWriteIsNeverTheProbe()
{
    SilentToHttp2Server server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    RequestDispatcher dispatcher;
    dispatcher.setClearTextHttp2(true);
    ApiRequest write =
        ApiRequest::json("PUT", QStringLiteral("/api/v1/x"), QJsonDocument(QJsonObject{{"a", 1}}));
    write.timeout = 8s;
    const ApiResult result = run(dispatcher, base, write);
    QVERIFY2(result.ok, qPrintable(result.errorText));
    QCOMPARE(server.prefaces, 0);
    QCOMPARE(dispatcher.protocol(base), RequestDispatcher::Protocol::Unknown);
}

void tst_RequestDispatcherHttp2::offByDefault()
{
    SilentToHttp2Server server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    RequestDispatcher dispatcher;
    QVERIFY(!dispatcher.clearTextHttp2());
    QVERIFY(run(dispatcher, base, getRequest()).ok);
    QCOMPARE(server.prefaces, 0);
}

QTEST_GUILESS_MAIN(tst_RequestDispatcherHttp2)
#include "tst_RequestDispatcherHttp2.moc"
