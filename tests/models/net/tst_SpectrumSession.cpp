// Spectrum's token as documented: Bearer plus the SESSION cookie for a session token, the
// renewal before 30 minutes without use or the ttl end (with times given, no waiting), and the
// host check's refusal told apart from other 401s; and the same on the wire through ApiClient.
#include "ApiClient.h"
#include "HostileHttpServer.h"
#include "SpectrumSession.h"

#include <QTest>

using Response = HostileHttpServer::Response;

namespace {

const QString Password = QStringLiteral("s3cret-Pa55");
constexpr qint64 Minute = 60 * 1000;

QJsonObject sessionAnswer()
{
    return QJsonObject{
        {"access_token", "eyJ.token"}, {"session", "09aa1fbb-77"}, {"username", "admin"}};
}

} // namespace

class tst_SpectrumSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenPaths();
    void sessionTokenSendsTheCookie();
    void openTokenSendsNoCookie();
    void refusesIncompleteAnswers();
    void renewsBeforeTheIdleExpiry();
    void renewsBeforeTheTtlEnds();
    void openTokenWithoutTtlNeverRenews();
    void logoutCarriesTheSession();
    void invalidTokenRefusal_data();
    void invalidTokenRefusal();
    // On the wire, through ApiClient against a token service.
    void spectrumSessionCookieAndIdleRenewal();
    void spectrumOpenToken();
    void hostCheckRefusalIsRecognised();

private:
    static ApiResult wait(std::optional<ApiResult> &slot)
    {
        [&] { QTRY_VERIFY_WITH_TIMEOUT(slot.has_value(), 10000); }();
        return slot.value_or(ApiResult());
    }
};

void tst_SpectrumSession::tokenPaths()
{
    QCOMPARE(SpectrumSession::tokenPath(SpectrumSession::Kind::Session, 60),
             QStringLiteral("/security/rest/token/access/session/60"));
    QCOMPARE(SpectrumSession::tokenPath(SpectrumSession::Kind::Open, 0),
             QStringLiteral("/security/rest/token/access/0"));
}

void tst_SpectrumSession::sessionTokenSendsTheCookie()
{
    SpectrumSession session;
    QVERIFY(session.accept(sessionAnswer(), SpectrumSession::Kind::Session, 60, 0));
    QCOMPARE(session.userName(), QStringLiteral("admin"));
    HttpHeaders headers{{"Cookie", "theme=dark"}};
    session.authorize(headers);
    QCOMPARE(headers.value("Authorization"), QByteArray("Bearer eyJ.token"));
    QCOMPARE(headers.value("Cookie"), QByteArray("theme=dark; SESSION=09aa1fbb-77"));
}

void tst_SpectrumSession::openTokenSendsNoCookie()
{
    SpectrumSession session;
    QVERIFY(
        session.accept(QJsonObject{{"access_token", "open"}}, SpectrumSession::Kind::Open, 0, 0));
    HttpHeaders headers;
    session.authorize(headers);
    QCOMPARE(headers.value("Authorization"), QByteArray("Bearer open"));
    QVERIFY(!headers.contains("Cookie"));
}

void tst_SpectrumSession::refusesIncompleteAnswers()
{
    SpectrumSession session;
    QString error;
    QVERIFY(!session.accept(QJsonObject{{"session", "s"}}, SpectrumSession::Kind::Session, 1, 0,
                            &error));
    QVERIFY(error.contains(QLatin1String("access_token")));
    QVERIFY(!session.accept(QJsonObject{{"access_token", "t"}}, SpectrumSession::Kind::Session, 1,
                            0, &error));
    QVERIFY(error.contains(QLatin1String("session")));
    QVERIFY(!error.contains(QLatin1String("t\"")));
    QVERIFY(!session.isValid());
}

void tst_SpectrumSession::renewsBeforeTheIdleExpiry()
{
    SpectrumSession session;
    QVERIFY(session.accept(sessionAnswer(), SpectrumSession::Kind::Session, 0, 0));
    // ttl 0 never ends, but 30 idle minutes do.
    QCOMPARE(session.renewAtMs(), std::optional<qint64>(29 * Minute));
    QVERIFY(!session.needsRenewal(29 * Minute - 1));
    // Each use starts the idle clock again; an older use does not move it back.
    session.noteUse(20 * Minute);
    session.noteUse(10 * Minute);
    QVERIFY(!session.needsRenewal(40 * Minute));
    QVERIFY(session.needsRenewal(49 * Minute));
}

void tst_SpectrumSession::renewsBeforeTheTtlEnds()
{
    SpectrumSession session;
    QVERIFY(session.accept(sessionAnswer(), SpectrumSession::Kind::Session, 10, 0));
    session.noteUse(9 * Minute);
    // A tenth of a 10-minute ttl is the margin: renewed at 9 minutes even though just used.
    QCOMPARE(session.renewAtMs(), std::optional<qint64>(9 * Minute));
    QVERIFY(session.needsRenewal(9 * Minute));
    SpectrumSession longLived;
    QVERIFY(longLived.accept(sessionAnswer(), SpectrumSession::Kind::Session, 120, 0));
    for (qint64 at = 0; at <= 118 * Minute; at += 10 * Minute)
        longLived.noteUse(at);
    QCOMPARE(longLived.renewAtMs(), std::optional<qint64>(119 * Minute));
}

void tst_SpectrumSession::openTokenWithoutTtlNeverRenews()
{
    SpectrumSession session;
    QVERIFY(session.accept(QJsonObject{{"access_token", "t"}}, SpectrumSession::Kind::Open, 0, 0));
    QCOMPARE(session.renewAtMs(), std::nullopt);
    QVERIFY(!session.needsRenewal(1000 * Minute));
}

void tst_SpectrumSession::logoutCarriesTheSession()
{
    SpectrumSession session;
    QVERIFY(session.accept(sessionAnswer(), SpectrumSession::Kind::Session, 60, 0));
    const ApiRequest logout = session.logoutRequest();
    QCOMPARE(logout.path, QStringLiteral("/security/rest/token/logout"));
    QCOMPARE(logout.method, QByteArray("GET"));
    QCOMPARE(logout.headers.value("Cookie"), QByteArray("SESSION=09aa1fbb-77"));
    session.clear();
    QVERIFY(!session.isValid());
    QVERIFY(session.sessionId().isEmpty());
}

void tst_SpectrumSession::invalidTokenRefusal_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("challenge");
    QTest::addColumn<bool>("refusal");
    QTest::newRow("host check") << 401 << QByteArray("Bearer error=\"invalid_token\"") << true;
    QTest::newRow("basic challenge") << 401 << QByteArray("Basic realm=\"spectrum\"") << false;
    QTest::newRow("no challenge") << 401 << QByteArray() << false;
    QTest::newRow("403") << 403 << QByteArray("Bearer error=\"invalid_token\"") << false;
}

void tst_SpectrumSession::invalidTokenRefusal()
{
    QFETCH(int, status);
    QFETCH(QByteArray, challenge);
    QFETCH(bool, refusal);
    ApiResult result;
    result.httpStatus = status;
    if (!challenge.isEmpty())
        result.headers.append("WWW-Authenticate", challenge);
    QCOMPARE(SpectrumSession::isInvalidTokenRefusal(result), refusal);
}

namespace {

// A Spectrum token service: session tokens s<n>-token with session ids sess-<n>, open tokens
// o<n>; every other request answers with the headers it got, or 401 invalid_token when
// `hostCheck` refuses every token (a token presented through another host).
struct SpectrumNode
{
    HostileHttpServer server;
    int issued = 0;
    bool hostCheck = false;

    SpectrumNode()
    {
        server.setHandler([this](const HostileHttpServer::Request &request) {
            const QByteArray path = request.path();
            if (path.startsWith("/security/rest/token/access/")) {
                ++issued;
                const QByteArray n = QByteArray::number(issued);
                if (path.startsWith("/security/rest/token/access/session/"))
                    return Response::json(200, R"({"access_token":"s)" + n +
                                                   R"(-token","session":"sess-)" + n +
                                                   R"(","username":"admin"})");
                return Response::json(200,
                                      R"({"access_token":"o)" + n + R"(","username":"admin"})");
            }
            if (hostCheck) {
                Response refused = Response::problem(401, R"({"status":401})");
                refused.headers.append(HostileHttpServer::Header(
                    "WWW-Authenticate", R"(Bearer error="invalid_token")"));
                return refused;
            }
            return Response::json(200, "{}");
        });
    }
    const HostileHttpServer::Request *last(const QByteArray &path) const
    {
        const auto &all = server.requests();
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            if (it->path() == path)
                return &*it;
        }
        return nullptr;
    }
};

} // namespace

void tst_SpectrumSession::spectrumSessionCookieAndIdleRenewal()
{
    SpectrumNode node;
    QVERIFY(node.server.start());
    qint64 nowMs = 1'000'000;
    ApiClient client;
    client.setBaseUrl(node.server.url());
    client.setClock([&nowMs] { return nowMs; });
    client.setTokenTtlMinutes(1440);
    client.setPasswordCredentials(QStringLiteral("admin"), Password);
    std::optional<ApiResult> slot;
    client.send(ApiRequest::get(QStringLiteral("/rest")), this,
                [&slot](const ApiResult &r) { slot = r; });
    QVERIFY(wait(slot).ok);
    QCOMPARE(node.last("/rest")->header("Authorization"), QByteArray("Bearer s1-token"));
    QCOMPARE(node.last("/rest")->header("Cookie"), QByteArray("SESSION=sess-1"));

    // 20 idle minutes: still the same session.
    nowMs += 20 * 60 * 1000;
    slot.reset();
    client.send(ApiRequest::get(QStringLiteral("/rest")), this,
                [&slot](const ApiResult &r) { slot = r; });
    QVERIFY(wait(slot).ok);
    QCOMPARE(node.issued, 1);

    // 29 more idle minutes would leave one minute: the session is ended and a new one taken
    // before the request goes out, so it never meets an expired token.
    nowMs += 29 * 60 * 1000;
    slot.reset();
    client.send(ApiRequest::get(QStringLiteral("/rest")), this,
                [&slot](const ApiResult &r) { slot = r; });
    QVERIFY(wait(slot).ok);
    QCOMPARE(node.issued, 2);
    QCOMPARE(node.last("/rest")->header("Cookie"), QByteArray("SESSION=sess-2"));
    QTRY_VERIFY(node.last("/security/rest/token/logout"));
    const auto *logout = node.last("/security/rest/token/logout");
    QCOMPARE(logout->header("Authorization"), QByteArray("Bearer s1-token"));
    QCOMPARE(logout->header("Cookie"), QByteArray("SESSION=sess-1"));
    QVERIFY(!client.hostCheckSuspected());
}

void tst_SpectrumSession::spectrumOpenToken()
{
    SpectrumNode node;
    QVERIFY(node.server.start());
    ApiClient client;
    client.setBaseUrl(node.server.url());
    client.setTokenKind(SpectrumSession::Kind::Open);
    client.setPasswordCredentials(QStringLiteral("admin"), Password);
    std::optional<ApiResult> slot;
    client.send(ApiRequest::get(QStringLiteral("/soap")), this,
                [&slot](const ApiResult &r) { slot = r; });
    QVERIFY(wait(slot).ok);
    QVERIFY(node.last("/security/rest/token/access/60"));
    QCOMPARE(node.last("/soap")->header("Authorization"), QByteArray("Bearer o1"));
    QVERIFY(node.last("/soap")->header("Cookie").isEmpty());
}

void tst_SpectrumSession::hostCheckRefusalIsRecognised()
{
    SpectrumNode node;
    node.hostCheck = true;
    QVERIFY(node.server.start());
    ApiClient client;
    client.setBaseUrl(node.server.url());
    client.setPasswordCredentials(QStringLiteral("admin"), Password);
    std::optional<ApiResult> slot;
    client.send(ApiRequest::get(QStringLiteral("/rest")), this,
                [&slot](const ApiResult &r) { slot = r; });
    const ApiResult result = wait(slot);
    QCOMPARE(result.httpStatus, 401);
    // Signed in twice (the first refusal looks like an expired token), refused both times.
    QCOMPARE(node.issued, 2);
    QVERIFY(client.hostCheckSuspected());
    node.hostCheck = false;
    slot.reset();
    client.send(ApiRequest::get(QStringLiteral("/rest")), this,
                [&slot](const ApiResult &r) { slot = r; });
    QVERIFY(wait(slot).ok);
    QVERIFY(!client.hostCheckSuspected());
}

QTEST_GUILESS_MAIN(tst_SpectrumSession)
#include "tst_SpectrumSession.moc"
