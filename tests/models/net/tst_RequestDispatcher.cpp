// RequestDispatcher against hostile and programmed local servers: every failure mode ends with
// the right ErrorKind and a readable message, the per-host limit holds, the deadline starts at
// send, cancellation works.
#include "HostileHttpServer.h"
#include "RequestDispatcher.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <optional>

using Kind = ApiResult::ErrorKind;
using Mode = HostileHttpServer::Mode;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(HostileHttpServer::Mode)
Q_DECLARE_METATYPE(ApiResult::ErrorKind)

class tst_RequestDispatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileModes_data();
    void hostileModes();
    void connectionRefused();
    void hostNotFound();
    void invalidUrlFailsAfterReturn();
    void loadBalancerPage503();
    void problemDetails();
    void httpErrorWithoutProblem();
    void misrouted_data();
    void misrouted();
    void sameHostRedirectFollowed();
    void headersRevisionAndTimings();
    void requestShape();
    void perHostLimitAndDeadlineStartsAtSend_data();
    void perHostLimitAndDeadlineStartsAtSend();
    void hostsAreIndependent();
    void cancelRunningAndQueued();
    void cancelTag();
    void destroyedContextIsNotCalled();
    void destroyedContextStopsTheRequest();
    void bodyCapIsConfigurable();

private:
    static ApiResult run(RequestDispatcher &dispatcher, const QUrl &base,
                         const ApiRequest &request);
    static ApiRequest shortRequest(const QString &path = QStringLiteral("/api/v1/node"));
};

ApiRequest tst_RequestDispatcher::shortRequest(const QString &path)
{
    ApiRequest request = ApiRequest::get(path);
    request.timeout = 1s;
    return request;
}

ApiResult tst_RequestDispatcher::run(RequestDispatcher &dispatcher, const QUrl &base,
                                     const ApiRequest &request)
{
    std::optional<ApiResult> result;
    dispatcher.dispatch(request, base, TlsPolicy(), QString(), nullptr,
                        [&result](const ApiResult &r) { result = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
    return result.value_or(ApiResult());
}

void tst_RequestDispatcher::hostileModes_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("text");

    QTest::newRow("normal") << Mode::Normal << Kind::None << QString();
    QTest::newRow("malformed JSON")
        << Mode::MalformedJson << Kind::BadJson << QStringLiteral("not valid JSON");
    QTest::newRow("huge body") << Mode::HugeBody << Kind::TooLarge << QStringLiteral("larger than");
    QTest::newRow("huge body, no length")
        << Mode::HugeBodyUnannounced << Kind::TooLarge << QStringLiteral("larger than");
    QTest::newRow("never answers") << Mode::NeverAnswers << Kind::Timeout
                                   << QStringLiteral("no answer from 127.0.0.1 within 1000 ms");
    QTest::newRow("slow") << Mode::Slow << Kind::Timeout << QStringLiteral("no answer");
    QTest::newRow("redirect to other host")
        << Mode::RedirectToOtherHost << Kind::RedirectRefused
        << QStringLiteral("refused a redirect from 127.0.0.1 to another server (http://127.0.0.2");
    QTest::newRow("HTML 502") << Mode::Html502 << Kind::LoadBalancerPage
                              << QStringLiteral("the load balancer answered 502");
    QTest::newRow("wrong content type")
        << Mode::WrongContentType << Kind::WrongContentType
        << QStringLiteral("expected a JSON answer but got text/plain");
}

void tst_RequestDispatcher::hostileModes()
{
    QFETCH(Mode, mode);
    QFETCH(Kind, kind);
    QFETCH(QString, text);

    HostileHttpServer server;
    QVERIFY(server.start());
    server.setMode(mode);
    server.setSlowDelay(3s);
    RequestDispatcher dispatcher;
    const ApiResult result = run(dispatcher, server.url(), shortRequest());

    QCOMPARE(result.errorKind, kind);
    QCOMPARE(result.ok, kind == Kind::None);
    QVERIFY2(result.errorText.contains(text), qPrintable(result.errorText));
    if (!result.ok)
        QVERIFY(!result.errorText.isEmpty());
    if (kind == Kind::TooLarge) {
        QVERIFY(result.body.isEmpty());
        // Aborted early: the 50 MiB were never all sent, let alone buffered.
        QVERIFY2(server.hugeBytesSent() < 50 * 1024 * 1024,
                 qPrintable(QString::number(server.hugeBytesSent())));
    }
    QCOMPARE(dispatcher.inFlightCount(), 0);
    QCOMPARE(dispatcher.queuedCount(), 0);
}

void tst_RequestDispatcher::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    QUrl base(QStringLiteral("http://127.0.0.1"));
    base.setPort(probe.serverPort());
    probe.close(); // nobody listens there now
    RequestDispatcher dispatcher;
    const ApiResult result = run(dispatcher, base, shortRequest());
    QCOMPARE(result.errorKind, Kind::ConnectionRefused);
    QCOMPARE(result.errorText, QStringLiteral("127.0.0.1 refused the connection"));
}

void tst_RequestDispatcher::hostNotFound()
{
    RequestDispatcher dispatcher;
    ApiRequest request = shortRequest();
    request.timeout = 10s; // name resolution, not the deadline, must end this
    const ApiResult result =
        run(dispatcher, QUrl(QStringLiteral("http://no-such-host.invalid:8080")), request);
    QCOMPARE(result.errorKind, Kind::HostNotFound);
    QCOMPARE(result.errorText, QStringLiteral("host no-such-host.invalid not found"));
}

void tst_RequestDispatcher::invalidUrlFailsAfterReturn()
{
    RequestDispatcher dispatcher;
    bool called = false;
    ApiResult result;
    for (const QString &base :
         {QStringLiteral("ftp://127.0.0.1/"), QString(), QStringLiteral("http:///nohost")}) {
        called = false;
        const quint64 id = dispatcher.dispatch(shortRequest(), QUrl(base), TlsPolicy(), QString(),
                                               nullptr, [&](const ApiResult &r) {
                                                   called = true;
                                                   result = r;
                                               });
        QVERIFY(id != 0);
        QVERIFY(!called); // never from inside dispatch()
        QTRY_VERIFY(called);
        QCOMPARE(result.errorKind, Kind::Other);
        QVERIFY(result.errorText.startsWith(QStringLiteral("invalid URL")));
        QCOMPARE(result.requestId, id);
    }
}

void tst_RequestDispatcher::loadBalancerPage503()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    server.setDefaultResponse({503,
                               {{"Content-Type", "text/html; charset=utf-8"}},
                               "<html><body><h1>503 Service Unavailable</h1></body></html>"});
    RequestDispatcher dispatcher;
    const ApiResult result = run(dispatcher, server.url(), shortRequest());
    QCOMPARE(result.errorKind, Kind::LoadBalancerPage);
    QCOMPARE(result.httpStatus, 503);
    QCOMPARE(result.errorText,
             QStringLiteral("the load balancer answered 503: no node is available"));
}

void tst_RequestDispatcher::problemDetails()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    server.setNodeIdentity("node-1", 42);
    server.setDefaultResponse(HostileHttpServer::Response::problem(
        422,
        R"({"type":"https://clusterdesk.example/problems/validation","title":"Invalid resource","status":422,"detail":"port must be 1..65535","field":"spec.port"})"));
    RequestDispatcher dispatcher;
    const ApiResult result = run(dispatcher, server.url(), shortRequest());
    QCOMPARE(result.errorKind, Kind::Http);
    QCOMPARE(result.httpStatus, 422);
    QCOMPARE(result.errorText,
             QStringLiteral("Invalid resource: port must be 1..65535 (spec.port)"));
    QCOMPARE(result.problem.field, QStringLiteral("spec.port"));
    QCOMPARE(result.problem.slug(), QStringLiteral("validation"));
    QCOMPARE(result.nodeId, QStringLiteral("node-1"));
    QCOMPARE(result.configRevision, 42);
}

void tst_RequestDispatcher::httpErrorWithoutProblem()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    server.setDefaultResponse({404, {{"Content-Type", "text/plain"}}, "nope"});
    RequestDispatcher dispatcher;
    const ApiResult result = run(dispatcher, server.url(), shortRequest());
    QCOMPARE(result.errorKind, Kind::Http);
    QCOMPARE(result.errorText, QStringLiteral("HTTP 404 Not Found"));
    QCOMPARE(result.body, QByteArray("nope"));
    QVERIFY(!result.problem.isValid());
}

void tst_RequestDispatcher::misrouted_data()
{
    QTest::addColumn<QByteArray>("answeringNode");
    QTest::addColumn<int>("status");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("text");

    QTest::newRow("right node") << QByteArray("node-2") << 200 << Kind::None << QString();
    QTest::newRow("other node") << QByteArray("node-1") << 200 << Kind::Misrouted
                                << QStringLiteral(
                                       "the request for node node-2 was answered by node-1");
    QTest::newRow("no node id") << QByteArray() << 200 << Kind::Misrouted
                                << QStringLiteral("answered by an unknown node");
    QTest::newRow("421 misdirected") << QByteArray("node-3") << 421 << Kind::Misrouted
                                     << QStringLiteral("reached node-3, which refused it");
    QTest::newRow("right node, 404")
        << QByteArray("node-2") << 404 << Kind::Http << QStringLiteral("Not found");
}

void tst_RequestDispatcher::misrouted()
{
    QFETCH(QByteArray, answeringNode);
    QFETCH(int, status);
    QFETCH(Kind, kind);
    QFETCH(QString, text);

    HostileHttpServer server;
    QVERIFY(server.start());
    if (!answeringNode.isEmpty())
        server.setNodeIdentity(answeringNode, 5);
    server.setDefaultResponse(status == 200 ? HostileHttpServer::Response::json(200, "{}")
                                            : HostileHttpServer::Response::problem(
                                                  status, R"({"title":"Not found","status":404})"));
    RequestDispatcher dispatcher;
    ApiRequest request = shortRequest();
    request.targetNodeId = QStringLiteral("node-2");
    const ApiResult result = run(dispatcher, server.url(), request);
    QCOMPARE(result.errorKind, kind);
    QVERIFY2(result.errorText.contains(text), qPrintable(result.errorText));
    QCOMPARE(server.requests().value(0).header("x-cluster-node"), QByteArray("node-2"));
}

void tst_RequestDispatcher::sameHostRedirectFollowed()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    server.setRoute("/old", {302, {{"Location", "/api/v1/node"}}, {}});
    server.setRoute("/api/v1/node", HostileHttpServer::Response::json(200, R"({"id":"node-1"})"));
    RequestDispatcher dispatcher;
    const ApiResult result = run(dispatcher, server.url(), shortRequest(QStringLiteral("/old")));
    QVERIFY2(result.ok, qPrintable(result.errorText));
    QCOMPARE(result.url.path(), QStringLiteral("/api/v1/node"));
    QCOMPARE(result.json.object().value(QStringLiteral("id")).toString(), QStringLiteral("node-1"));
    QCOMPARE(server.requestCount(), 2);
}

void tst_RequestDispatcher::headersRevisionAndTimings()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    server.setNodeIdentity("node-7", 1234);
    server.setDefaultResponse(
        {200, {{"Content-Type", "application/json"}, {"ETag", "\"17\""}}, R"({"revision":17})"});
    RequestDispatcher dispatcher;
    const ApiResult result = run(dispatcher, server.url(), shortRequest());
    QVERIFY2(result.ok, qPrintable(result.errorText));
    QCOMPARE(result.errorKind, Kind::None);
    QCOMPARE(result.nodeId, QStringLiteral("node-7"));
    QCOMPARE(result.configRevision, 1234);
    QCOMPARE(result.headers.value("etag"), QByteArray("\"17\""));
    QCOMPARE(result.headers.value("ETAG"), QByteArray("\"17\""));
    QVERIFY(result.timings.sentAtUs > 1'600'000'000'000'000); // microseconds, not milliseconds
    QVERIFY(result.timings.firstByteAtUs >= result.timings.sentAtUs);
    QVERIFY(result.timings.finishedAtUs >= result.timings.firstByteAtUs);
    QVERIFY(result.timings.elapsedUs > 0);
}

void tst_RequestDispatcher::requestShape()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    RequestDispatcher dispatcher;
    ApiRequest request = ApiRequest::json("PUT", QStringLiteral("/api/v1/resources/jdbc/orders"),
                                          QJsonDocument(QJsonObject{{"description", "x"}}));
    request.headers.set("If-Match", "\"17\"");
    request.query.addQueryItem(QStringLiteral("type"), QStringLiteral("jdbc"));
    QUrl base = server.url();
    base.setPath(QStringLiteral("/prefix/"));
    const ApiResult result = run(dispatcher, base, request);
    QVERIFY2(result.ok, qPrintable(result.errorText));
    const HostileHttpServer::Request received = server.requests().value(0);
    QCOMPARE(received.method, QByteArray("PUT"));
    QCOMPARE(received.target, QByteArray("/prefix/api/v1/resources/jdbc/orders?type=jdbc"));
    QCOMPARE(received.header("If-Match"), QByteArray("\"17\""));
    QCOMPARE(received.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(received.body, QByteArray(R"({"description":"x"})"));

    // baseUrlOverride wins over the base URL (the direct node fallback).
    HostileHttpServer direct;
    QVERIFY(direct.start());
    ApiRequest viaNode = shortRequest();
    viaNode.baseUrlOverride = direct.url();
    QVERIFY(run(dispatcher, server.url(), viaNode).ok);
    QCOMPARE(direct.requestCount(), 1);
    QCOMPARE(server.requestCount(), 1);
}

void tst_RequestDispatcher::perHostLimitAndDeadlineStartsAtSend_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("count");
    QTest::newRow("default 6, 20 requests") << 6 << 20;
    QTest::newRow("limit 2, 8 requests") << 2 << 8;
}

void tst_RequestDispatcher::perHostLimitAndDeadlineStartsAtSend()
{
    QFETCH(int, limit);
    QFETCH(int, count);

    HostileHttpServer server;
    QVERIFY(server.start());
    server.setMode(Mode::Slow);
    server.setSlowDelay(400ms);
    RequestDispatcher dispatcher;
    if (limit != RequestDispatcher::MaxConnectionsPerHostLimit)
        dispatcher.setMaxConnectionsPerHost(limit);
    QCOMPARE(dispatcher.maxConnectionsPerHost(), limit);

    int maxInFlight = 0;
    connect(&dispatcher, &RequestDispatcher::started, this,
            [&] { maxInFlight = std::max(maxInFlight, dispatcher.inFlightCount(server.url())); });
    QList<ApiResult> results;
    for (int i = 0; i < count; ++i) {
        ApiRequest request = shortRequest();
        // Every request waits longer in the queue than this deadline in total, but each takes
        // well under it on the network: only a deadline that starts at send lets all succeed.
        request.timeout = 1500ms;
        dispatcher.dispatch(request, server.url(), TlsPolicy(), QString(), this,
                            [&results](const ApiResult &r) { results.append(r); });
    }
    QCOMPARE(dispatcher.inFlightCount(server.url()), limit);
    QCOMPARE(dispatcher.queuedCount(), count - limit);
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), count, 30000);
    for (const ApiResult &result : std::as_const(results))
        QVERIFY2(result.ok, qPrintable(result.errorText));
    QVERIFY(maxInFlight <= limit);
    QVERIFY2(server.maxConcurrentRequests() <= limit,
             qPrintable(QString::number(server.maxConcurrentRequests())));
    QVERIFY(server.maxConcurrentConnections() <= RequestDispatcher::MaxConnectionsPerHostLimit);
    QVERIFY(server.maxConcurrentRequests() >= 2); // they did overlap
    QVERIFY(results.last().timings.queuedUs > 0);
    QCOMPARE(server.requestCount(), count);
}

void tst_RequestDispatcher::hostsAreIndependent()
{
    HostileHttpServer stuck;
    HostileHttpServer healthy;
    QVERIFY(stuck.start());
    QVERIFY(healthy.start());
    stuck.setMode(Mode::NeverAnswers);
    RequestDispatcher dispatcher;
    int stuckDone = 0;
    for (int i = 0; i < 10; ++i) {
        ApiRequest request = shortRequest();
        request.timeout = 20s;
        dispatcher.dispatch(request, stuck.url(), TlsPolicy(), QString(), this,
                            [&](const ApiResult &) { ++stuckDone; });
    }
    QCOMPARE(dispatcher.queuedCount(), 4);
    const ApiResult result = run(dispatcher, healthy.url(), shortRequest());
    QVERIFY2(result.ok, qPrintable(result.errorText));
    QCOMPARE(stuckDone, 0);
    QCOMPARE(dispatcher.cancelTag(QString()), 10);
    QCOMPARE(stuckDone, 10);
}

void tst_RequestDispatcher::cancelRunningAndQueued()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    server.setMode(Mode::NeverAnswers);
    RequestDispatcher dispatcher;
    dispatcher.setMaxConnectionsPerHost(1);
    QList<ApiResult> results;
    const auto collect = [&results](const ApiResult &r) { results.append(r); };
    ApiRequest request = shortRequest();
    request.timeout = 20s;
    const quint64 running =
        dispatcher.dispatch(request, server.url(), TlsPolicy(), {}, this, collect);
    const quint64 queued =
        dispatcher.dispatch(request, server.url(), TlsPolicy(), {}, this, collect);
    QCOMPARE(dispatcher.queuedCount(), 1);

    QVERIFY(dispatcher.cancel(queued));
    QTRY_COMPARE(results.size(), 1);
    QCOMPARE(results.at(0).requestId, queued);
    QCOMPARE(results.at(0).errorKind, Kind::Cancelled);
    QCOMPARE(results.at(0).errorText, QStringLiteral("the request was cancelled"));
    QCOMPARE(dispatcher.inFlightCount(), 1);

    QTRY_COMPARE(server.requestCount(), 1);
    QVERIFY(dispatcher.cancel(running));
    QTRY_COMPARE(results.size(), 2);
    QCOMPARE(results.at(1).requestId, running);
    QCOMPARE(results.at(1).errorKind, Kind::Cancelled);
    QCOMPARE(dispatcher.inFlightCount(), 0);
    QVERIFY(!dispatcher.cancel(running));
    QVERIFY(!dispatcher.cancel(12345));
}

void tst_RequestDispatcher::cancelTag()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    server.setMode(Mode::NeverAnswers);
    RequestDispatcher dispatcher;
    dispatcher.setMaxConnectionsPerHost(2);
    QList<QString> cancelled;
    ApiRequest request = shortRequest();
    request.timeout = 20s;
    for (const QString &tag : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a"),
                               QStringLiteral("a"), QStringLiteral("b")}) {
        dispatcher.dispatch(request, server.url(), TlsPolicy(), tag, this,
                            [&cancelled, tag](const ApiResult &r) {
                                if (r.errorKind == Kind::Cancelled)
                                    cancelled.append(tag);
                            });
    }
    QCOMPARE(dispatcher.cancelTag(QStringLiteral("a")), 3);
    QTRY_COMPARE(cancelled.size(), 3);
    QCOMPARE(cancelled, QList<QString>(3, QStringLiteral("a")));
    // The b requests took the freed places and are still running.
    QCOMPARE(dispatcher.inFlightCount(), 2);
    QCOMPARE(dispatcher.queuedCount(), 0);
    QCOMPARE(dispatcher.cancelTag(QStringLiteral("b")), 2);
    QTRY_COMPARE(cancelled.size(), 5);
    QCOMPARE(dispatcher.cancelTag(QStringLiteral("b")), 0);
}

void tst_RequestDispatcher::destroyedContextIsNotCalled()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    server.setMode(Mode::Slow);
    server.setSlowDelay(200ms);
    RequestDispatcher dispatcher;
    auto context = std::make_unique<QObject>();
    bool called = false;
    dispatcher.dispatch(shortRequest(), server.url(), TlsPolicy(), {}, context.get(),
                        [&called](const ApiResult &) { called = true; });
    context.reset();
    const ApiResult witness = run(dispatcher, server.url(), shortRequest()); // FIFO: after it
    QVERIFY(witness.ok);
    QTRY_COMPARE(dispatcher.inFlightCount(), 0);
    QVERIFY(!called);
}

// A cancelled operation deletes the object its requests answer to: the request on the wire is
// aborted at once (the connection closes), not left to run into its timeout.
void tst_RequestDispatcher::destroyedContextStopsTheRequest()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    server.setMode(Mode::NeverAnswers);
    RequestDispatcher dispatcher;
    auto context = std::make_unique<QObject>();
    bool called = false;
    ApiRequest request = shortRequest();
    request.timeout = std::chrono::minutes(1);
    dispatcher.dispatch(request, server.url(), TlsPolicy(), {}, context.get(),
                        [&called](const ApiResult &) { called = true; });
    QTRY_COMPARE(server.requestCount(), 1);
    QCOMPARE(server.openConnections(), 1);
    context.reset();
    QTRY_COMPARE(dispatcher.inFlightCount(), 0);
    QTRY_COMPARE(server.openConnections(), 0);
    QVERIFY(!called);
}

void tst_RequestDispatcher::bodyCapIsConfigurable()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    server.setDefaultResponse(
        HostileHttpServer::Response::json(200, "[\"" + QByteArray(100, 'x') + "\"]"));
    RequestDispatcher dispatcher;
    QCOMPARE(dispatcher.maxBodyBytes(), 4 * 1024 * 1024);
    QVERIFY(run(dispatcher, server.url(), shortRequest()).ok);
    dispatcher.setMaxBodyBytes(10);
    const ApiResult result = run(dispatcher, server.url(), shortRequest());
    QCOMPARE(result.errorKind, Kind::TooLarge);
    QCOMPARE(result.errorText, QStringLiteral("the answer from 127.0.0.1 is larger than 10 bytes"));
}

QTEST_GUILESS_MAIN(tst_RequestDispatcher)
#include "tst_RequestDispatcher.moc"
