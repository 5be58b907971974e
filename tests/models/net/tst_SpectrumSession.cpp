// Spectrum's token as documented: Bearer plus the SESSION cookie for a session token, the
// renewal before 30 minutes without use or the ttl end (with times given, no waiting), and the
// host check's refusal told apart from other 401s.
#include "SpectrumSession.h"

#include <QTest>

namespace {

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

QTEST_GUILESS_MAIN(tst_SpectrumSession)
#include "tst_SpectrumSession.moc"
