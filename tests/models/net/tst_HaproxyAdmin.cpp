// HaproxyAdmin against a real HAProxy started by scripts/cluster: drain, maintenance and ready
// round-trip in HAProxy's own CSV; a wrong stats password and a statistics page without
// `stats admin` each give their own clear outcome.

#include "ClusterFixture.h"
#include "HaproxyAdmin.h"
#include "RequestDispatcher.h"

#include <QSignalSpy>
#include <QtTest>

#include <memory>

namespace {

constexpr int kTimeoutMs = 20000;

} // namespace

class tst_HaproxyAdmin final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void answerCode_data();
    void answerCode();
    void pageUrls();
    void drainMaintReadyRoundTrip();
    void lastServingNodeIsGuarded();
    void wrongPasswordIsAuthFailed();
    void unknownServerIsRefused();
    void withoutStatsAdminIsDenied();
    void unreachableStatsPage();

private:
    NodeActionRequest request(const ClusterFixture &cluster, NodeAction action,
                              const QString &node) const;
    NodeActionOutcome runAndWait(const NodeActionRequest &request);

    std::unique_ptr<ClusterFixture> m_cluster;
    RequestDispatcher m_dispatcher;
};

void tst_HaproxyAdmin::initTestCase()
{
    ClusterOptions options;
    options.nodes = 2;
    m_cluster = std::make_unique<ClusterFixture>(options);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    QVERIFY(!m_cluster->statsUser().isEmpty());
    QVERIFY(!m_cluster->statsPassword().isEmpty());
}

void tst_HaproxyAdmin::cleanupTestCase()
{
    m_cluster.reset();
}

void tst_HaproxyAdmin::answerCode_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("code");
    QTest::newRow("done") << "http://127.0.0.1:8404/stats;st=DONE"
                          << "DONE";
    QTest::newRow("deny") << "http://127.0.0.1:8404/stats;st=DENY"
                          << "DENY";
    QTest::newRow("lower case") << "http://h/stats;st=errp"
                                << "ERRP";
    QTest::newRow("none given") << "http://127.0.0.1:8404/stats"
                                << "";
    QTest::newRow("followed by option") << "http://h/stats;st=PART;norefresh"
                                        << "PART";
}

void tst_HaproxyAdmin::answerCode()
{
    QFETCH(QString, url);
    QFETCH(QString, code);
    QCOMPARE(HaproxyAdmin::answerCode(QUrl(url)), code);
}

void tst_HaproxyAdmin::pageUrls()
{
    const QUrl page(QStringLiteral("https://lb.example:8404/haproxy?stats"));
    QCOMPARE(HaproxyAdmin::formUrl(QUrl(QStringLiteral("http://h:1/stats;csv"))),
             QUrl(QStringLiteral("http://h:1/stats")));
    QCOMPARE(HaproxyAdmin::csvUrl(QUrl(QStringLiteral("http://h:1/stats"))),
             QUrl(QStringLiteral("http://h:1/stats;csv")));
    QCOMPARE(HaproxyAdmin::formUrl(page), QUrl(QStringLiteral("https://lb.example:8404/haproxy")));
}

NodeActionRequest tst_HaproxyAdmin::request(const ClusterFixture &cluster, NodeAction action,
                                            const QString &node) const
{
    NodeActionRequest request;
    request.clusterId = QStringLiteral("test-id");
    request.clusterName = QStringLiteral("test");
    request.statsUrl = cluster.statsUrl();
    request.statsUser = cluster.statsUser();
    request.statsPassword = cluster.statsPassword();
    request.nodeId = node;
    request.action = action;
    return request;
}

NodeActionOutcome tst_HaproxyAdmin::runAndWait(const NodeActionRequest &request)
{
    HaproxyAdmin admin(&m_dispatcher);
    QSignalSpy finished(&admin, &HaproxyAdmin::finished);
    if (!admin.run(request))
        return {};
    if (!admin.isBusy())
        return {};
    if (!finished.wait(kTimeoutMs))
        return {};
    return finished.constFirst().constFirst().value<NodeActionOutcome>();
}

void tst_HaproxyAdmin::drainMaintReadyRoundTrip()
{
    const QString node = m_cluster->nodeIds().constLast();
    const QDateTime before = QDateTime::currentDateTimeUtc();

    NodeActionOutcome outcome = runAndWait(request(*m_cluster, NodeAction::Drain, node));
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.haproxyCode, QStringLiteral("DONE"));
    QCOMPARE(outcome.stateAfter, LbState::Drain);
    QCOMPARE(outcome.nodeId, node);
    QCOMPARE(outcome.clusterName, QStringLiteral("test"));
    QCOMPARE(outcome.action, NodeAction::Drain);
    QVERIFY(outcome.finishedAt >= before);
    QVERIFY(m_cluster->haproxyServerStatus(node).startsWith(QLatin1String("DRAIN")));

    outcome = runAndWait(request(*m_cluster, NodeAction::Maint, node));
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.stateAfter, LbState::Maint);
    QVERIFY(m_cluster->haproxyServerStatus(node).startsWith(QLatin1String("MAINT")));

    outcome = runAndWait(request(*m_cluster, NodeAction::Ready, node));
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(outcome.stateAfter, LbState::Up);
    QVERIFY(m_cluster->haproxyServerStatus(node).startsWith(QLatin1String("UP")));
}

void tst_HaproxyAdmin::lastServingNodeIsGuarded()
{
    const QString first = m_cluster->nodeIds().constFirst();
    const QString second = m_cluster->nodeIds().constLast();
    NodeActionOutcome outcome = runAndWait(request(*m_cluster, NodeAction::Maint, second));
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));

    // The other node is out: the first is the last one serving, and nothing is sent.
    outcome = runAndWait(request(*m_cluster, NodeAction::Drain, first));
    QCOMPARE(outcome.result, NodeActionOutcome::Result::LastServingNode);
    QVERIFY(outcome.message.contains(QLatin1String("last node serving")));
    QVERIFY(m_cluster->haproxyServerStatus(first).startsWith(QLatin1String("UP")));

    // Confirmed twice, it is sent.
    NodeActionRequest confirmed = request(*m_cluster, NodeAction::Drain, first);
    confirmed.allowLastServingNode = true;
    outcome = runAndWait(confirmed);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QVERIFY(m_cluster->haproxyServerStatus(first).startsWith(QLatin1String("DRAIN")));

    for (const QString &node : {first, second}) {
        outcome = runAndWait(request(*m_cluster, NodeAction::Ready, node));
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    }
}

void tst_HaproxyAdmin::wrongPasswordIsAuthFailed()
{
    const QString node = m_cluster->nodeIds().constFirst();
    NodeActionRequest wrong = request(*m_cluster, NodeAction::Maint, node);
    wrong.statsPassword = QStringLiteral("not-the-password");
    const NodeActionOutcome outcome = runAndWait(wrong);
    QCOMPARE(outcome.result, NodeActionOutcome::Result::AuthFailed);
    QVERIFY2(outcome.message.contains(m_cluster->statsUser()), qPrintable(outcome.message));
    QVERIFY(!outcome.message.contains(QLatin1String("not-the-password")));
    QVERIFY(m_cluster->haproxyServerStatus(node).startsWith(QLatin1String("UP")));
}

void tst_HaproxyAdmin::unknownServerIsRefused()
{
    const NodeActionOutcome outcome =
        runAndWait(request(*m_cluster, NodeAction::Maint, QStringLiteral("node-99")));
    QCOMPARE(outcome.result, NodeActionOutcome::Result::Refused);
    QVERIFY2(outcome.message.contains(QLatin1String("node-99")), qPrintable(outcome.message));
}

void tst_HaproxyAdmin::withoutStatsAdminIsDenied()
{
    ClusterOptions options;
    options.nodes = 1;
    options.noStatsAdmin = true;
    ClusterFixture readOnly(options);
    QString error;
    QVERIFY2(readOnly.start(&error), qPrintable(error));
    const QString node = readOnly.nodeIds().constFirst();
    NodeActionRequest maint = request(readOnly, NodeAction::Maint, node);
    maint.allowLastServingNode = true; // the only node: get past the guard to HAProxy
    const NodeActionOutcome outcome = runAndWait(maint);
    QCOMPARE(outcome.result, NodeActionOutcome::Result::Denied);
    QCOMPARE(outcome.haproxyCode, QStringLiteral("DENY"));
    QVERIFY2(outcome.message.contains(QLatin1String("stats admin")), qPrintable(outcome.message));
    QCOMPARE(outcome.stateAfter, LbState::Up);
}

void tst_HaproxyAdmin::unreachableStatsPage()
{
    NodeActionRequest nowhere = request(*m_cluster, NodeAction::Drain, QStringLiteral("node-1"));
    nowhere.statsUrl = QUrl(QStringLiteral("http://127.0.0.1:1/stats"));
    const NodeActionOutcome outcome = runAndWait(nowhere);
    QCOMPARE(outcome.result, NodeActionOutcome::Result::Unreachable);
}

QTEST_GUILESS_MAIN(tst_HaproxyAdmin)
#include "tst_HaproxyAdmin.moc"
