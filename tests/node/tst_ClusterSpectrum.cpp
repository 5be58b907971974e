// A real 3-node cluster in the Spectrum-compatible mode behind HAProxy (scripts/cluster up
// --spectrum-no-host-check): sign-in through the load balancer, the token accepted by every
// node, a session kept alive by use through the load balancer and expiring idle everywhere,
// logout revoking it on every node, catalogues that differ on a node hiding a service, /api/v1
// absent, and a +800 ms node's clock estimated from its Date headers.

#include "ClusterFixture.h"
#include "DateHeaderClock.h"
#include "TestHttp.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QtTest>
#include <chrono>
#include <memory>

namespace {

constexpr int kIdleSeconds = 3;

qint64 nowUs()
{
    const auto sinceEpoch = std::chrono::system_clock::now().time_since_epoch();
    return std::chrono::duration_cast<std::chrono::microseconds>(sinceEpoch).count();
}

struct Session
{
    QByteArray token;
    QByteArray session;
    TestHeaders headers(const QString &node = {}) const
    {
        TestHeaders list{{"Authorization", "Bearer " + token}, {"Cookie", "SESSION=" + session}};
        if (!node.isEmpty())
            list.append({"X-Cluster-Node", node.toUtf8()});
        return list;
    }
};

} // namespace

class tst_ClusterSpectrum final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ClusterFixture> m_cluster;
    std::unique_ptr<TestHttp> m_lb;

    Session signIn()
    {
        TestHttp http(m_cluster->lbUrl());
        http.setBasicAuth(m_cluster->adminUser(), m_cluster->adminPassword());
        const TestResponse answer =
            http.get(QStringLiteral("/security/rest/token/access/session/30"));
        [&] { QVERIFY2(answer.status == 200, qPrintable(answer.summary())); }();
        return {answer.json().value(QLatin1String("access_token")).toString().toLatin1(),
                answer.json().value(QLatin1String("session")).toString().toLatin1()};
    }
    int restStatus(const Session &session, const QString &node)
    {
        return m_lb->get(QStringLiteral("/rest"), session.headers(node)).status;
    }
    // Every node's clock set `offsetMs` ahead of the host's.
    bool moveClocks(qint64 offsetMs)
    {
        bool all = true;
        for (const QString &id : m_cluster->nodeIds())
            all = m_cluster->setFaults(id, {{QStringLiteral("clockOffsetMs"), offsetMs}}) && all;
        return all;
    }
    // The latest use of `session` that node `id` knows of (unix ms by its clock), 0 if none.
    qint64 lastUseOn(const QString &id, const Session &session)
    {
        TestHttp direct(m_cluster->nodeUrl(id));
        const TestResponse answer = direct.get(QStringLiteral("/internal/v1/spectrum-sessions"),
                                               {{"X-Cluster-Secret", m_cluster->secret()}});
        for (const QJsonValue entry : answer.json().value(QLatin1String("sessions")).toArray()) {
            if (entry[QLatin1String("session")].toString().toLatin1() == session.session)
                return entry[QLatin1String("lastUsedMs")].toInteger();
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ClusterOptions options;
        options.spectrum = true;
        options.spectrumHostCheck = false;
        options.name = QStringLiteral("spectrum");
        for (const char *id : {"node-1", "node-2", "node-3"})
            options.extraNodeArgs.insert(
                QLatin1String(id),
                QStringLiteral("--spectrum-session-idle-seconds %1").arg(kIdleSeconds));
        m_cluster = std::make_unique<ClusterFixture>(options);
        QString error;
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
        m_lb = std::make_unique<TestHttp>(m_cluster->lbUrl());
    }
    void cleanupTestCase()
    {
        m_lb.reset();
        m_cluster.reset();
    }

    void tokenAcceptedByEveryNode()
    {
        const Session session = signIn();
        QVERIFY(!session.token.isEmpty() && !session.session.isEmpty());
        for (const QString &id : m_cluster->nodeIds()) {
            const TestResponse answer = m_lb->get(QStringLiteral("/rest"), session.headers(id));
            QVERIFY2(answer.status == 200, qPrintable(id + QLatin1Char(' ') + answer.summary()));
            QCOMPARE(answer.header("X-Cluster-Node-Id"), id.toUtf8());
            QVERIFY(answer.body.contains("/rest/ValidateAddress?_wadl"));
            // Straight at the node too: another Host, and the host check is off.
            TestHttp direct(m_cluster->nodeUrl(id));
            QCOMPARE(direct.get(QStringLiteral("/soap"), session.headers()).status, 200);
        }
        QCOMPARE(m_lb->get(QStringLiteral("/rest")).status, 401);
    }

    void sessionStaysAliveWhileUsedAnywhere()
    {
        // Time passes on the nodes' clocks, moved together (the clocks of a healthy cluster
        // agree) instead of waited for: what is checked is each node's verdict at a given time.
        const qint64 idleMs = kIdleSeconds * 1000;
        const auto restore = qScopeGuard([this] { moveClocks(0); });
        const Session session = signIn();
        // Used only on node-1, for twice the idle time: node-3 hears of each use from node-1.
        for (qint64 offsetMs = idleMs / 3; offsetMs <= 2 * idleMs; offsetMs += idleMs / 3) {
            QVERIFY(moveClocks(offsetMs));
            const qint64 usedFrom = nowUs() / 1000 + offsetMs;
            QCOMPARE(restStatus(session, QStringLiteral("node-1")), 200);
            QTRY_VERIFY_WITH_TIMEOUT(lastUseOn(QStringLiteral("node-3"), session) >= usedFrom,
                                     10000);
        }
        QCOMPARE(restStatus(session, QStringLiteral("node-3")), 200);
        QCOMPARE(restStatus(session, QStringLiteral("node-2")), 200);
        // Then left alone for longer than the idle time: idle on every node.
        QVERIFY(moveClocks(2 * idleMs + idleMs + 1000));
        for (const QString &id : m_cluster->nodeIds())
            QCOMPARE(restStatus(session, id), 401);
    }

    void logoutRevokesOnEveryNode()
    {
        const Session session = signIn();
        const Session other = signIn();
        const TestResponse logout = m_lb->get(QStringLiteral("/security/rest/token/logout"),
                                              session.headers(QStringLiteral("node-2")));
        QVERIFY2(logout.status == 200, qPrintable(logout.summary()));
        QCOMPARE(logout.json().value(QLatin1String("unconfirmedNodes")).toArray().size(), 0);
        for (const QString &id : m_cluster->nodeIds()) {
            QCOMPARE(restStatus(session, id), 401);
            TestHttp direct(m_cluster->nodeUrl(id));
            QCOMPARE(direct.get(QStringLiteral("/rest"), session.headers()).status, 401);
            QCOMPARE(restStatus(other, id), 200);
        }
    }

    void onlyDocumentedEndpoints()
    {
        TestHttp http(m_cluster->lbUrl());
        http.setBasicAuth(m_cluster->adminUser(), m_cluster->adminPassword());
        for (const char *path : {"/api/v1/node", "/api/v1/cluster", "/healthz"})
            QCOMPARE(http.get(QLatin1String(path)).status, 404);
        const TestResponse wadl = m_lb->get(QStringLiteral("/security/rest?_wadl"));
        QCOMPARE(wadl.status, 200);
        QVERIFY(wadl.header("Content-Type").startsWith("application/xml"));
    }

    void hiddenServiceShowsOnOneNodeOnly()
    {
        const Session session = signIn();
        QString error;
        QVERIFY2(m_cluster->setFaults(QStringLiteral("node-3"),
                                      {{QStringLiteral("hiddenServices"),
                                        QJsonArray{QStringLiteral("ValidateAddress")}}},
                                      &error),
                 qPrintable(error));
        QMap<QString, QByteArray> digests;
        for (const QString &id : m_cluster->nodeIds()) {
            const TestResponse list = m_lb->get(QStringLiteral("/rest"), session.headers(id));
            QCOMPARE(list.body.contains("ValidateAddress"), id != QLatin1String("node-3"));
            const TestResponse wadl =
                m_lb->get(QStringLiteral("/rest/ValidateAddress?_wadl"), session.headers(id));
            QCOMPARE(wadl.status, id == QLatin1String("node-3") ? 404 : 200);
            if (wadl.status == 200)
                digests.insert(id, QCryptographicHash::hash(wadl.body, QCryptographicHash::Sha256));
        }
        QCOMPARE(digests.value(QStringLiteral("node-1")), digests.value(QStringLiteral("node-2")));
        QVERIFY(m_cluster->setFaults(QStringLiteral("node-3"),
                                     {{QStringLiteral("hiddenServices"), QJsonArray{}}}));
    }

    void clockOffsetFromDateHeaders()
    {
        QString error;
        QVERIFY2(m_cluster->setFaults(QStringLiteral("node-2"),
                                      {{QStringLiteral("clockOffsetMs"), 800}}, &error),
                 qPrintable(error));
        DateHeaderClock clock;
        qint64 roundTripUs = 2000;
        for (int i = 0; i < 10; ++i) {
            const qint64 sendAt = clock.nextSendUs(nowUs(), roundTripUs);
            if (const qint64 waitMs = (sendAt - nowUs()) / 1000; waitMs > 0)
                QTest::qWait(int(waitMs)); // the chosen instant: no signal says when it comes
            const qint64 t0 = nowUs();
            const TestResponse answer =
                m_lb->get(QStringLiteral("/security/rest?_wadl"), {{"X-Cluster-Node", "node-2"}});
            const qint64 t1 = nowUs();
            QCOMPARE(answer.status, 200);
            const auto second = DateHeaderClock::parseHttpDate(answer.header("Date"), &error);
            QVERIFY2(second, qPrintable(error));
            QVERIFY(clock.add(t0, t1, *second) == DateHeaderClock::Outcome::Accepted);
            roundTripUs = t1 - t0;
        }
        qInfo("node-2 at +800 ms, estimated from 10 Date headers: %+.1f ms ± %.1f ms",
              clock.offsetMs(), clock.errorBoundMs());
        QVERIFY2(qAbs(clock.offsetMs() - 800.0) <= 50.0 && clock.errorBoundMs() <= 50.0,
                 qPrintable(
                     QStringLiteral("%1 ± %2 ms").arg(clock.offsetMs()).arg(clock.errorBoundMs())));
        QVERIFY(
            m_cluster->setFaults(QStringLiteral("node-2"), {{QStringLiteral("clockOffsetMs"), 0}}));
    }
};

QTEST_GUILESS_MAIN(tst_ClusterSpectrum)
#include "tst_ClusterSpectrum.moc"
