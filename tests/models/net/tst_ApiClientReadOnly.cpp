// ApiClient's read-only switch: the one place every write of a read-only profile stops. PUT,
// POST, PATCH and DELETE are answered locally with a ReadOnly error and never reach the server
// (not even a sign-in is made for them); GET goes through as before.
#include "ApiClient.h"
#include "HostileHttpServer.h"

#include <QTest>

#include <optional>

using Kind = ApiResult::ErrorKind;
using Response = HostileHttpServer::Response;

class tst_ApiClientReadOnly final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesWritesLetsReadsThrough_data();
    void refusesWritesLetsReadsThrough();
    void switchedBackWritesAgain();
    void cancelledRefusalCallsBackOnce();
};

void tst_ApiClientReadOnly::refusesWritesLetsReadsThrough_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("PUT") << QByteArray("PUT");
    QTest::newRow("POST") << QByteArray("POST");
    QTest::newRow("DELETE") << QByteArray("DELETE");
    QTest::newRow("PATCH") << QByteArray("PATCH");
    QTest::newRow("lower-case put") << QByteArray("put");
}

void tst_ApiClientReadOnly::refusesWritesLetsReadsThrough()
{
    QFETCH(QByteArray, method);
    HostileHttpServer server;
    QVERIFY(server.start());
    // Answers a sign-in and a read alike.
    server.setDefaultResponse(
        Response::json(200, R"({"ok":true,"access_token":"t1","session":"s","username":"admin"})"));
    ApiClient client;
    client.setBaseUrl(server.url());
    client.setPasswordCredentials(QStringLiteral("admin"), QStringLiteral("pw"));
    client.setReadOnly(true);
    QVERIFY(client.isReadOnly());

    std::optional<ApiResult> write;
    ApiRequest request = ApiRequest::json(method, QStringLiteral("/api/v1/resources/jdbc/orders"),
                                          QJsonDocument(QJsonObject{}));
    client.send(request, this, [&write](const ApiResult &r) { write = r; });
    QVERIFY(!write); // answered from the event loop, never from inside send()
    QTRY_VERIFY(write.has_value());
    QVERIFY(!write->ok);
    QCOMPARE(write->errorKind, Kind::ReadOnly);
    QCOMPARE(write->httpStatus, 0);
    QCOMPARE(write->errorText, ApiClient::readOnlyMessage());
    QVERIFY(write->errorText.contains(QStringLiteral("read-only in Clusterdesk")));
    QCOMPARE(ApiResult::errorKindName(write->errorKind), QStringLiteral("read-only"));

    // A read sent afterwards through the same client is the barrier: once it is answered, the
    // server has seen everything this client sent, and the write was not among it.
    std::optional<ApiResult> read;
    client.send(ApiRequest::get(QStringLiteral("/api/v1/node")), this,
                [&read](const ApiResult &r) { read = r; });
    QTRY_VERIFY(read.has_value());
    QVERIFY2(read->ok, qPrintable(read->errorText));
    for (const auto &seen : server.requests())
        QVERIFY2(!seen.path().startsWith("/api/v1/resources"), seen.method.constData());
    bool sawRead = false;
    for (const auto &seen : server.requests())
        sawRead = sawRead || (seen.method == "GET" && seen.path() == "/api/v1/node");
    QVERIFY(sawRead);
}

void tst_ApiClientReadOnly::switchedBackWritesAgain()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    server.setDefaultResponse(Response::json(201, R"({"name":"orders"})"));
    ApiClient client;
    client.setBaseUrl(server.url());
    client.setToken(QStringLiteral("t"));
    client.setReadOnly(true);
    client.setReadOnly(false);
    std::optional<ApiResult> slot;
    client.sendJson("PUT", QStringLiteral("/api/v1/resources/jdbc/orders"),
                    QJsonDocument(QJsonObject{}), this, [&slot](const ApiResult &r) { slot = r; });
    QTRY_VERIFY(slot.has_value());
    QVERIFY2(slot->ok, qPrintable(slot->errorText));
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().method, QByteArray("PUT"));
}

void tst_ApiClientReadOnly::cancelledRefusalCallsBackOnce()
{
    ApiClient client;
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
    client.setReadOnly(true);
    int calls = 0;
    Kind kind = Kind::None;
    const quint64 id = client.sendJson("DELETE", QStringLiteral("/api/v1/resources/jdbc/a"),
                                       QJsonDocument(QJsonObject{}), this, [&](const ApiResult &r) {
                                           ++calls;
                                           kind = r.errorKind;
                                       });
    QVERIFY(client.cancel(id));
    QCOMPARE(calls, 1);
    QCOMPARE(kind, Kind::Cancelled);
    // The refusal queued before the cancel finds nothing left to answer.
    std::optional<ApiResult> later;
    client.sendJson("POST", QStringLiteral("/x"), QJsonDocument(QJsonObject{}), this,
                    [&later](const ApiResult &r) { later = r; });
    QTRY_VERIFY(later.has_value());
    QCOMPARE(calls, 1);
}

QTEST_GUILESS_MAIN(tst_ApiClientReadOnly)
#include "tst_ApiClientReadOnly.moc"
