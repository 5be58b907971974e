// A MonitorHub watching one real cluster and several hostile servers at once: each hostile one
// gets a clear error within the poll's deadline, nothing crashes or hangs, and the real
// cluster's snapshots keep coming meanwhile.

#include "ClusterFixture.h"
#include "HostileHttpServer.h"
#include "MonitorHub.h"

#include <QtTest>

#include <memory>

namespace {

constexpr int kIntervalMs = 1000;
constexpr std::chrono::milliseconds kRequestTimeout{2000};
constexpr int kTimeoutMs = 30000;

struct Hostile
{
    const char *name;
    HostileHttpServer::Mode mode;
    const char *expected; // part of the error text
};

const Hostile kHostiles[] = {
    {"malformed-json", HostileHttpServer::Mode::MalformedJson, "JSON"},
    {"huge-body", HostileHttpServer::Mode::HugeBody, "larger than"},
    {"huge-unannounced", HostileHttpServer::Mode::HugeBodyUnannounced, "larger than"},
    {"never-answers", HostileHttpServer::Mode::NeverAnswers, "no answer"},
    {"foreign-redirect", HostileHttpServer::Mode::RedirectToOtherHost, "redirect"},
    {"html-502", HostileHttpServer::Mode::Html502, "502"},
    {"wrong-content-type", HostileHttpServer::Mode::WrongContentType, "expected a JSON answer"},
};

ClusterProfile profileFor(const QString &name, const QUrl &url)
{
    ClusterProfile profile = ClusterProfile::create(name, url);
    profile.userName = QStringLiteral("admin");
    profile.pollIntervalMs = kIntervalMs;
    return profile;
}

} // namespace

class tst_HostileClusters final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void hostileClustersFailClearlyWhileTheRealOneKeepsReporting();

private:
    std::unique_ptr<ClusterFixture> m_cluster;
};

void tst_HostileClusters::initTestCase()
{
    m_cluster = std::make_unique<ClusterFixture>();
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
}

void tst_HostileClusters::cleanupTestCase()
{
    m_cluster.reset();
}

void tst_HostileClusters::hostileClustersFailClearlyWhileTheRealOneKeepsReporting()
{
    MonitorHub hub;
    hub.setRequestTimeout(kRequestTimeout);
    QHash<QString, QList<ClusterSnapshot>> snapshots;
    QHash<QString, bool> backedOff;
    connect(&hub, &MonitorHub::snapshotReady, this,
            [&](const QString &id, const ClusterSnapshot &snapshot) {
                snapshots[id].append(snapshot);
            });
    connect(&hub, &MonitorHub::pollStateChanged, this,
            [&](const QString &id, ClusterMonitor::PollState state, qint64) {
                if (state == ClusterMonitor::PollState::BackingOff)
                    backedOff[id] = true;
            });

    const ClusterProfile real = profileFor(QStringLiteral("real"), m_cluster->lbUrl());
    hub.addCluster(real);
    hub.setPasswordCredentials(real.id, m_cluster->adminUser(), m_cluster->adminPassword());

    std::vector<std::unique_ptr<HostileHttpServer>> servers;
    QHash<QString, const Hostile *> hostileById;
    for (const Hostile &hostile : kHostiles) {
        auto server = std::make_unique<HostileHttpServer>();
        QVERIFY(server->start());
        server->setMode(hostile.mode);
        const ClusterProfile profile = profileFor(QString::fromLatin1(hostile.name), server->url());
        hub.addCluster(profile);
        // With credentials: the sign-in meets the hostile answer first.
        hub.setPasswordCredentials(profile.id, QStringLiteral("admin"), QStringLiteral("pw"));
        hostileById.insert(profile.id, &hostile);
        servers.push_back(std::move(server));
    }
    hub.startAll();

    // Every hostile cluster fails twice (the second time after backing off).
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (auto it = hostileById.cbegin(); it != hostileById.cend(); ++it) {
                if (snapshots.value(it.key()).size() < 2)
                    return false;
            }
            return true;
        }(),
        kTimeoutMs);

    for (auto it = hostileById.cbegin(); it != hostileById.cend(); ++it) {
        const QString name = QString::fromLatin1(it.value()->name);
        for (const ClusterSnapshot &snapshot : snapshots.value(it.key())) {
            QVERIFY2(!snapshot.isReachable(), qPrintable(name));
            QVERIFY2(snapshot.error().contains(QLatin1String(it.value()->expected)),
                     qPrintable(name + QStringLiteral(": ") + snapshot.error()));
            QCOMPARE(snapshot.worstSeverity(), Severity::Critical);
        }
        QVERIFY2(backedOff.value(it.key()), qPrintable(name));
    }

    // The real cluster kept reporting, healthy, without ever backing off.
    const QList<ClusterSnapshot> realSnapshots = snapshots.value(real.id);
    QVERIFY(realSnapshots.size() >= 3);
    QVERIFY(!backedOff.value(real.id));
    for (const ClusterSnapshot &snapshot : realSnapshots) {
        QVERIFY2(snapshot.isReachable(), qPrintable(snapshot.error()));
        QCOMPARE(snapshot.nodes().size(), 3);
    }
    for (const NodeSnapshot &node : realSnapshots.constLast().nodes())
        QCOMPARE(node.health(), NodeHealth::Up);
    // And keeps doing so.
    const qsizetype count = realSnapshots.size();
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.value(real.id).size() >= count + 2, kTimeoutMs);

    hub.stopAll();
}

QTEST_GUILESS_MAIN(tst_HostileClusters)
#include "tst_HostileClusters.moc"
