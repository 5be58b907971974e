// Membership against fake peers in this process (FakeHttpPeer): a heartbeat answer makes a
// peer reachable with its revision, history and clock offset (NTP arithmetic, the fastest of
// the recent samples); answers from someone else, garbage or impossible instants are not
// taken for a heartbeat; a primary that stops answering is reported unreachable after 3 s.

#include "FakeHttpPeer.h"
#include "FaultState.h"
#include "Membership.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

#include <chrono>

using namespace node;

namespace {

qint64 nowUs()
{
    const auto sinceEpoch = std::chrono::system_clock::now().time_since_epoch();
    return std::chrono::duration_cast<std::chrono::microseconds>(sinceEpoch).count();
}

// What /internal/v1/status answers for a peer whose clock runs `offsetUs` ahead.
QJsonObject statusOf(const QString &id, qint64 revision, qint64 offsetUs)
{
    const qint64 t1 = nowUs() + offsetUs;
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), id + QStringLiteral(" (fake)")},
            {QStringLiteral("role"), QStringLiteral("primary")},
            {QStringLiteral("revision"), revision},
            {QStringLiteral("checksum"), QStringLiteral("abc")},
            {QStringLiteral("historyId"), QStringLiteral("h-1")},
            {QStringLiteral("serverVersion"), QStringLiteral("9.9.9")},
            {QStringLiteral("schemaVersion"), 3},
            {QStringLiteral("t1Us"), t1},
            {QStringLiteral("t2Us"), t1 + 50}};
}

} // namespace

class tst_Membership final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeHttpPeer> m_peer;
    std::unique_ptr<FaultState> m_faults;
    std::unique_ptr<QNetworkAccessManager> m_network;
    NodeOptions m_options;
    std::unique_ptr<Membership> m_membership;

    void startMembership()
    {
        m_membership =
            std::make_unique<Membership>(m_options, "secret", *m_faults, m_network.get());
        m_membership->start();
    }

    PeerStatus peer() const { return m_membership->peers().value(0); }

private Q_SLOTS:
    void init()
    {
        m_peer = std::make_unique<FakeHttpPeer>();
        QVERIFY(m_peer->listen());
        m_options = NodeOptions();
        m_options.id = QStringLiteral("n2");
        m_options.primaryId = QStringLiteral("n1");
        m_options.peers = {{QStringLiteral("n1"), m_peer->url()}};
        m_faults = std::make_unique<FaultState>(true);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_network->setProxy(QNetworkProxy::NoProxy);
    }

    void cleanup()
    {
        m_membership.reset();
        m_peer.reset();
        m_network.reset();
    }

    void clockOffsetArithmetic()
    {
        // Sent at 0, received at 1000 on a clock 900 µs ahead, answered 100 µs later, back at 400.
        QCOMPARE(Membership::clockOffsetMs(0, 1000, 1100, 400), 0.85);
        QCOMPARE(Membership::clockOffsetMs(1000, 1000, 1000, 1000), 0.0);
    }

    void beforeTheFirstAnswer()
    {
        m_peer->setHandler([](const FakeRequest &) { return std::optional<FakeAnswer>(); });
        startMembership();
        const PeerStatus status = peer();
        QCOMPARE(status.id, QStringLiteral("n1"));
        QCOMPARE(status.role, QStringLiteral("primary"));
        QVERIFY(!status.reachable);
        QVERIFY(!status.lastHeartbeat.isValid());
        QVERIFY(!m_membership->isPrimaryReachable());
    }

    void heartbeatAnswer()
    {
        m_peer->setHandler([](const FakeRequest &) {
            return std::optional(FakeAnswer::json(statusOf(QStringLiteral("n1"), 7, 800'000)));
        });
        startMembership();
        QSignalSpy revisions(m_membership.get(), &Membership::primaryRevisionSeen);
        QTRY_VERIFY(peer().reachable);
        const PeerStatus status = peer();
        QCOMPARE(status.name, QStringLiteral("n1 (fake)"));
        QCOMPARE(status.revision, 7);
        QCOMPARE(status.historyId, QStringLiteral("h-1"));
        QCOMPARE(status.serverVersion, QStringLiteral("9.9.9"));
        QCOMPARE(status.schemaVersion, 3);
        QVERIFY(status.lastHeartbeat.isValid());
        QVERIFY(m_membership->isPrimaryReachable());
        // The fake stamps t1 when it answers, so the estimate errs by under one round trip.
        QVERIFY2(qAbs(status.clockOffsetMs - 800.0) < 250.0,
                 qPrintable(QString::number(status.clockOffsetMs)));
        QTRY_VERIFY(!revisions.isEmpty());
        QCOMPARE(revisions.first().first().toLongLong(), 7);
        const FakeRequest &request = m_peer->requests.first();
        QCOMPARE(request.target.path(), QStringLiteral("/internal/v1/status"));
        QCOMPARE(request.headers.value("x-cluster-secret"), QByteArray("secret"));
    }

    void notAHeartbeat_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("garbage") << QByteArray("<html>bad gateway</html>");
        QTest::newRow("someone else")
            << QJsonDocument(statusOf(QStringLiteral("n9"), 7, 0)).toJson();
        QTest::newRow("no id") << QByteArray("{\"revision\": 7}");
    }
    void notAHeartbeat()
    {
        QFETCH(QByteArray, body);
        m_peer->setHandler([body](const FakeRequest &) {
            return std::optional(FakeAnswer{200, body, false});
        });
        startMembership();
        QTRY_VERIFY(m_peer->requests.size() >= 2); // asked on the next beat too
        QVERIFY(!peer().reachable);
        QCOMPARE(peer().revision, 0);
    }

    // t2 before t1 is no clock sample: the heartbeat counts, the offset is left alone.
    void impossibleInstantsKeepTheOffset()
    {
        m_peer->setHandler([](const FakeRequest &) {
            QJsonObject status = statusOf(QStringLiteral("n1"), 3, 0);
            status.insert(QStringLiteral("t2Us"),
                          status.value(QLatin1String("t1Us")).toInteger() - 10);
            return std::optional(FakeAnswer::json(status));
        });
        startMembership();
        QTRY_VERIFY(peer().reachable);
        QCOMPARE(peer().revision, 3);
        QCOMPARE(peer().clockOffsetMs, 0.0);
    }

    void primaryGoesAway()
    {
        m_peer->setHandler([](const FakeRequest &) {
            return std::optional(FakeAnswer::json(statusOf(QStringLiteral("n1"), 1, 0)));
        });
        startMembership();
        QTRY_VERIFY(m_membership->isPrimaryReachable());
        QSignalSpy changed(m_membership.get(), &Membership::primaryReachableChanged);
        m_peer->setHandler([](const FakeRequest &) { return FakeAnswer::dropped(); });
        // Unreachable 3 s after the last answer (and reported once).
        QTRY_VERIFY_WITH_TIMEOUT(!peer().reachable, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
        QCOMPARE(changed.first().first().toBool(), false);
        m_peer->setHandler([](const FakeRequest &) {
            return std::optional(FakeAnswer::json(statusOf(QStringLiteral("n1"), 2, 0)));
        });
        QTRY_VERIFY_WITH_TIMEOUT(peer().reachable, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 5000);
        QCOMPARE(changed.last().first().toBool(), true);
        QCOMPARE(peer().revision, 2);
    }
};

QTEST_GUILESS_MAIN(tst_Membership)
#include "tst_Membership.moc"
