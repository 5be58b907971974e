// ApiClient: the token flow (one fetch for many requests, renew once on 401, token-only mode),
// cancellation, and two clusters that do not disturb each other.
#include "ApiClient.h"
#include "HostileHttpServer.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using Kind = ApiResult::ErrorKind;
using Response = HostileHttpServer::Response;
using namespace std::chrono_literals;

namespace {

const QByteArray TokenPath = "/security/rest/token/access/session/60";
const QString Password = QStringLiteral("s3cret-Pa55");

QStringList g_messages;
void recordMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages.append(message);
}

// A node that hands out tokens t1, t2, ... and accepts only the newest one, so the first
// token is "expired" as soon as a second exists; `rejectFirst` expires t1 on its first use.
struct TokenNode
{
    HostileHttpServer server;
    int issued = 0;
    bool rejectFirst = false;
    bool alwaysReject = false;

    TokenNode()
    {
        server.setNodeIdentity("node-1", 9);
        server.setHandler([this](const HostileHttpServer::Request &request) {
            if (request.path() == TokenPath) {
                const QByteArray expected =
                    "Basic " + QByteArray("admin:" + Password.toUtf8()).toBase64();
                if (request.header("Authorization") != expected)
                    return Response::problem(401, R"({"title":"Unauthorized","status":401})");
                ++issued;
                return Response::json(200, R"({"access_token":"t)" + QByteArray::number(issued) +
                                               R"(","session":"s","username":"admin"})");
            }
            if (request.header("Authorization") == "Bearer t1" && rejectFirst) {
                rejectFirst = false;
                ++issued; // pretend the server rotated its secret: t1 is now invalid
            }
            const QByteArray current = "Bearer t" + QByteArray::number(issued);
            if (alwaysReject || request.header("Authorization") != current) {
                Response unauthorized = Response::problem(
                    401, R"({"title":"Unauthorized","status":401,"detail":"token expired"})");
                unauthorized.headers.append(
                    HostileHttpServer::Header("WWW-Authenticate", R"(Bearer realm="clusterdesk")"));
                return unauthorized;
            }
            return Response::json(200, R"({"id":"node-1"})");
        });
    }
    int count(const QByteArray &path) const
    {
        return int(std::count_if(server.requests().cbegin(), server.requests().cend(),
                                 [&](const auto &r) { return r.path() == path; }));
    }
};

} // namespace

class tst_ApiClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneTokenFetchServesManyRequests();
    void renewsOnceOn401AndRetries();
    void givesUpAfterOneRenewal();
    void rejectedCredentials();
    void tokenOnly();
    void noCredentials();
    void sendJson();
    void twoClustersDoNotDisturbEachOther();
    void cancelAndCancelAll();
    void cancelWhileWaitingForToken();
    void destroyedClientCallsNobody();
    void logoutEndsItsOwnSessionOnly();
    void destroyedReceiverStopsTheCall();

private:
    static ApiResult wait(std::optional<ApiResult> &slot);
};

ApiResult tst_ApiClient::wait(std::optional<ApiResult> &slot)
{
    [&] { QTRY_VERIFY_WITH_TIMEOUT(slot.has_value(), 15000); }();
    return slot.value_or(ApiResult());
}

void tst_ApiClient::oneTokenFetchServesManyRequests()
{
    TokenNode node;
    QVERIFY(node.server.start());
    ApiClient client;
    client.setBaseUrl(node.server.url());
    client.setPasswordCredentials(QStringLiteral("admin"), Password);
    QSignalSpy renewed(&client, &ApiClient::tokenRenewed);

    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(recordMessage);
    QList<ApiResult> results;
    QList<quint64> ids;
    for (int i = 0; i < 3; ++i) {
        ids.append(client.send(ApiRequest::get(QStringLiteral("/api/v1/node")), this,
                               [&results](const ApiResult &r) { results.append(r); }));
    }
    QTRY_COMPARE(results.size(), 3);
    qInstallMessageHandler(previous);

    for (const ApiResult &result : std::as_const(results)) {
        QVERIFY2(result.ok, qPrintable(result.errorText));
        QVERIFY(ids.contains(result.requestId));
    }
    QCOMPARE(node.count(TokenPath), 1);
    QCOMPARE(renewed.size(), 1);
    QVERIFY(client.hasToken());
    for (const auto &request : node.server.requests()) {
        if (request.path() != TokenPath)
            QCOMPARE(request.header("Authorization"), QByteArray("Bearer t1"));
    }
    for (const QString &message : std::as_const(g_messages))
        QVERIFY2(!message.contains(Password), qPrintable(message));
}

void tst_ApiClient::renewsOnceOn401AndRetries()
{
    TokenNode node;
    node.rejectFirst = true;
    QVERIFY(node.server.start());
    ApiClient client;
    client.setBaseUrl(node.server.url());
    client.setPasswordCredentials(QStringLiteral("admin"), Password);
    QSignalSpy renewed(&client, &ApiClient::tokenRenewed);

    std::optional<ApiResult> slot;
    client.send(ApiRequest::get(QStringLiteral("/api/v1/node")), this,
                [&slot](const ApiResult &r) { slot = r; });
    const ApiResult result = wait(slot);
    QVERIFY2(result.ok, qPrintable(result.errorText));
    QCOMPARE(node.count(TokenPath), 2);
    QCOMPARE(node.count("/api/v1/node"), 2);
    QCOMPARE(renewed.size(), 2);
    QCOMPARE(node.server.requests().last().header("Authorization"), QByteArray("Bearer t3"));
}

void tst_ApiClient::givesUpAfterOneRenewal()
{
    TokenNode node;
    node.alwaysReject = true;
    QVERIFY(node.server.start());
    ApiClient client;
    client.setBaseUrl(node.server.url());
    client.setPasswordCredentials(QStringLiteral("admin"), Password);
    std::optional<ApiResult> slot;
    client.send(ApiRequest::get(QStringLiteral("/api/v1/node")), this,
                [&slot](const ApiResult &r) { slot = r; });
    const ApiResult result = wait(slot);
    QCOMPARE(result.errorKind, Kind::Http);
    QCOMPARE(result.httpStatus, 401);
    QCOMPARE(result.errorText, QStringLiteral("Unauthorized: token expired"));
    QCOMPARE(node.count(TokenPath), 2);
    QCOMPARE(node.count("/api/v1/node"), 2);
}

void tst_ApiClient::rejectedCredentials()
{
    TokenNode node;
    QVERIFY(node.server.start());
    ApiClient client;
    client.setBaseUrl(node.server.url());
    client.setPasswordCredentials(QStringLiteral("admin"), QStringLiteral("wrong"));
    QSignalSpy failed(&client, &ApiClient::authenticationFailed);
    std::optional<ApiResult> slot;
    client.send(ApiRequest::get(QStringLiteral("/api/v1/node")), this,
                [&slot](const ApiResult &r) { slot = r; });
    const ApiResult result = wait(slot);
    QCOMPARE(result.errorKind, Kind::Http);
    QCOMPARE(result.errorText,
             QStringLiteral("sign-in failed: the user name or password was rejected"));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(node.count("/api/v1/node"), 0);
    QVERIFY(!client.hasToken());
}

void tst_ApiClient::tokenOnly()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    server.setDefaultResponse(Response::problem(401, R"({"title":"Unauthorized","status":401})"));
    ApiClient client;
    client.setBaseUrl(server.url());
    client.setToken(QStringLiteral("given-token"));
    std::optional<ApiResult> slot;
    client.send(ApiRequest::get(QStringLiteral("/api/v1/node")), this,
                [&slot](const ApiResult &r) { slot = r; });
    const ApiResult result = wait(slot);
    QCOMPARE(result.errorKind, Kind::Http);
    QCOMPARE(server.requestCount(), 1); // nothing to renew with: no retry
    QCOMPARE(server.requests().first().header("Authorization"), QByteArray("Bearer given-token"));
}

void tst_ApiClient::noCredentials()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    ApiClient client;
    client.setBaseUrl(server.url());
    std::optional<ApiResult> slot;
    client.send(ApiRequest::get(QStringLiteral("/healthz")), this,
                [&slot](const ApiResult &r) { slot = r; });
    QVERIFY(wait(slot).ok);
    QVERIFY(server.requests().first().header("Authorization").isEmpty());
}

void tst_ApiClient::sendJson()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    server.setDefaultResponse(Response::json(201, R"({"name":"orders"})"));
    ApiClient client;
    client.setBaseUrl(server.url());
    client.setToken(QStringLiteral("t"));
    std::optional<ApiResult> slot;
    client.sendJson(
        "PUT", QStringLiteral("/api/v1/resources/jdbc/orders"),
        QJsonDocument(QJsonObject{{QStringLiteral("description"), QStringLiteral("d")}}), this,
        [&slot](const ApiResult &r) { slot = r; });
    const ApiResult result = wait(slot);
    QVERIFY2(result.ok, qPrintable(result.errorText));
    QCOMPARE(result.httpStatus, 201);
    QCOMPARE(result.json.object().value(QStringLiteral("name")).toString(),
             QStringLiteral("orders"));
    const auto request = server.requests().first();
    QCOMPARE(request.method, QByteArray("PUT"));
    QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(request.body, QByteArray(R"({"description":"d"})"));
}

void tst_ApiClient::twoClustersDoNotDisturbEachOther()
{
    HostileHttpServer stuck;
    HostileHttpServer healthy;
    QVERIFY(stuck.start());
    QVERIFY(healthy.start());
    stuck.setMode(HostileHttpServer::Mode::NeverAnswers);
    healthy.setNodeIdentity("node-1", 1);

    ApiClient stuckCluster;
    stuckCluster.setBaseUrl(stuck.url());
    ApiClient healthyCluster;
    healthyCluster.setBaseUrl(healthy.url());

    QList<ApiResult> stuckResults;
    for (int i = 0; i < 8; ++i) {
        ApiRequest request = ApiRequest::get(QStringLiteral("/api/v1/node"));
        request.timeout = 3s;
        stuckCluster.send(request, this, [&](const ApiResult &r) { stuckResults.append(r); });
    }
    std::optional<ApiResult> slot;
    healthyCluster.send(ApiRequest::get(QStringLiteral("/api/v1/node")), this,
                        [&slot](const ApiResult &r) { slot = r; });
    const ApiResult result = wait(slot);
    QVERIFY2(result.ok, qPrintable(result.errorText));
    QCOMPARE(result.nodeId, QStringLiteral("node-1"));
    QVERIFY(stuckResults.isEmpty()); // the healthy cluster did not wait for the stuck one

    QTRY_COMPARE_WITH_TIMEOUT(stuckResults.size(), 8, 20000);
    for (const ApiResult &r : std::as_const(stuckResults))
        QCOMPARE(r.errorKind, Kind::Timeout);
}

void tst_ApiClient::cancelAndCancelAll()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    server.setMode(HostileHttpServer::Mode::NeverAnswers);
    ApiClient client;
    client.setBaseUrl(server.url());
    QList<ApiResult> results;
    ApiRequest request = ApiRequest::get(QStringLiteral("/api/v1/node"));
    request.timeout = 20s;
    const quint64 first =
        client.send(request, this, [&](const ApiResult &r) { results.append(r); });
    const quint64 second =
        client.send(request, this, [&](const ApiResult &r) { results.append(r); });
    QVERIFY(client.cancel(first));
    QTRY_COMPARE(results.size(), 1);
    QCOMPARE(results.at(0).requestId, first);
    QCOMPARE(results.at(0).errorKind, Kind::Cancelled);
    QVERIFY(!client.cancel(first));
    client.cancelAll();
    QTRY_COMPARE(results.size(), 2);
    QCOMPARE(results.at(1).requestId, second);
    QCOMPARE(results.at(1).errorKind, Kind::Cancelled);
    QCOMPARE(client.dispatcher()->inFlightCount(), 0);
}

void tst_ApiClient::cancelWhileWaitingForToken()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    server.setMode(HostileHttpServer::Mode::NeverAnswers);
    ApiClient client;
    client.setBaseUrl(server.url());
    client.setPasswordCredentials(QStringLiteral("admin"), Password);
    QList<ApiResult> results;
    const quint64 waiting = client.send(ApiRequest::get(QStringLiteral("/api/v1/node")), this,
                                        [&](const ApiResult &r) { results.append(r); });
    QTRY_COMPARE(server.requestCount(), 1); // the token request
    QVERIFY(client.cancel(waiting));
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0).errorKind, Kind::Cancelled);
    client.send(ApiRequest::get(QStringLiteral("/api/v1/node")), this,
                [&](const ApiResult &r) { results.append(r); });
    client.cancelAll();
    QTRY_COMPARE(results.size(), 2);
    QCOMPARE(results.at(1).errorKind, Kind::Cancelled);
    QCOMPARE(client.dispatcher()->inFlightCount(), 0);
}

// The receiver of a call goes (a cancelled comparison deletes its fetchers): the call and the
// sign-in it waits for stop at once, closing their connection, instead of running on.
void tst_ApiClient::destroyedReceiverStopsTheCall()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    server.setMode(HostileHttpServer::Mode::NeverAnswers);
    ApiClient client;
    client.setBaseUrl(server.url());
    client.setPasswordCredentials(QStringLiteral("admin"), Password);
    auto receiver = std::make_unique<QObject>();
    bool called = false;
    ApiRequest request = ApiRequest::get(QStringLiteral("/api/v1/node"));
    request.timeout = std::chrono::minutes(1);
    client.send(request, receiver.get(), [&called](const ApiResult &) { called = true; });
    QTRY_COMPARE(server.requestCount(), 1); // the token request
    QTRY_COMPARE(server.openConnections(), 1);
    receiver.reset();
    QTRY_COMPARE(client.dispatcher()->inFlightCount(), 0);
    QTRY_COMPARE(server.openConnections(), 0);
    QVERIFY(!called);
    // The client still works for others afterwards.
    server.setMode(HostileHttpServer::Mode::Normal);
    bool answered = false;
    client.send(ApiRequest::get(QStringLiteral("/api/v1/node")), this,
                [&answered](const ApiResult &) { answered = true; });
    QTRY_VERIFY(answered);
}

void tst_ApiClient::destroyedClientCallsNobody()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    server.setMode(HostileHttpServer::Mode::NeverAnswers);
    RequestDispatcher shared;
    bool called = false;
    {
        ApiClient client(&shared);
        client.setBaseUrl(server.url());
        client.send(ApiRequest::get(QStringLiteral("/api/v1/node")), this,
                    [&called](const ApiResult &) { called = true; });
        QTRY_COMPARE(server.requestCount(), 1);
    }
    QCOMPARE(shared.inFlightCount(), 0); // its requests were cancelled with it
    // The barrier: a request through the same dispatcher, answered after anything the cancelled
    // one could still deliver.
    server.setMode(HostileHttpServer::Mode::Normal);
    ApiClient other(&shared);
    other.setBaseUrl(server.url());
    bool answered = false;
    other.send(ApiRequest::get(QStringLiteral("/api/v1/node")), this,
               [&answered](const ApiResult &) { answered = true; });
    QTRY_VERIFY(answered);
    QVERIFY(!called);
}

void tst_ApiClient::logoutEndsItsOwnSessionOnly()
{
    TokenNode node;
    QVERIFY(node.server.start());
    const QByteArray logoutPath = "/security/rest/token/logout";
    auto client = std::make_unique<ApiClient>();
    client->setBaseUrl(node.server.url());
    client->setPasswordCredentials(QStringLiteral("admin"), Password);
    // Nothing signed in yet: nothing to end.
    QVERIFY(!client->logout());
    std::optional<ApiResult> slot;
    client->send(ApiRequest::get(QStringLiteral("/api/v1/node")), this,
                 [&slot](const ApiResult &r) { slot = r; });
    QVERIFY(wait(slot).ok);
    QVERIFY(client->hasToken());

    std::optional<bool> confirmed;
    QVERIFY(client->logout([&](bool ok) { confirmed = ok; }));
    QVERIFY(!client->hasToken());
    QTRY_VERIFY(confirmed.has_value());
    QCOMPARE(node.count(logoutPath), 1);
    const auto logout = std::find_if(node.server.requests().cbegin(), node.server.requests().cend(),
                                     [&](const auto &r) { return r.path() == logoutPath; });
    QCOMPARE(logout->header("Authorization"), QByteArray("Bearer t1"));
    QVERIFY(!client->logout()); // ended already

    // The next request signs in afresh.
    slot.reset();
    client->send(ApiRequest::get(QStringLiteral("/api/v1/node")), this,
                 [&slot](const ApiResult &r) { slot = r; });
    QVERIFY(wait(slot).ok);
    QCOMPARE(node.count(TokenPath), 2);

    // A logout is not cancelled when the client goes right after sending it (shared dispatcher).
    RequestDispatcher shared;
    auto sharing = std::make_unique<ApiClient>(&shared);
    sharing->setBaseUrl(node.server.url());
    sharing->setPasswordCredentials(QStringLiteral("admin"), Password);
    slot.reset();
    sharing->send(ApiRequest::get(QStringLiteral("/api/v1/node")), this,
                  [&slot](const ApiResult &r) { slot = r; });
    QVERIFY(wait(slot).ok);
    QVERIFY(sharing->logout());
    sharing.reset();
    QTRY_COMPARE(node.count(logoutPath), 2);

    // A token the user gave is theirs: never logged out.
    ApiClient given;
    given.setBaseUrl(node.server.url());
    given.setToken(QStringLiteral("given-token"));
    QVERIFY(!given.logout());
    QVERIFY(given.hasToken());
    QVERIFY(given.takeSessionToken().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ApiClient)
#include "tst_ApiClient.moc"
