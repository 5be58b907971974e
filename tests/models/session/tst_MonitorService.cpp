// MonitorService through the console's composition, against two fake one-node clusters: a
// ClusterFeed carries its own cluster's snapshots and poll states and nothing of the other's;
// a feed whose owner is gone is forgotten; a removed cluster's cached snapshot goes with it.
#include "ConsoleSession.h"
#include "FakeClusterHandler.h"
#include "MemorySecretStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 15000;
const QString kPassword = u"feed-Pa55word"_s;

std::unique_ptr<HostileHttpServer> fakeCluster(const QString &name)
{
    auto server = std::make_unique<HostileHttpServer>();
    if (!server->start())
        return nullptr;
    FakeClusterOptions options;
    options.directUrl = server->url();
    options.password = kPassword.toUtf8();
    options.clusterName = name;
    server->setHandler(fakeClusterHandler(options));
    server->setNodeIdentity(options.nodeId, options.revision);
    return server;
}

ClusterProfile profileFor(const QString &name, const QUrl &url)
{
    ClusterProfile profile = ClusterProfile::create(name, url);
    profile.userName = u"admin"_s;
    profile.pollIntervalMs = 1000;
    return profile;
}

} // namespace

class tst_MonitorService final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aFeedCarriesItsOwnClusterOnly();
    void aDroppedFeedIsForgottenAndRemovalClearsTheCache();
    void aRefusedPasswordStopsPollingAndAsksForIt();

private:
    bool startConsole();
    bool add(const ClusterProfile &profile, const QString &password = kPassword);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HostileHttpServer> m_a;
    std::unique_ptr<HostileHttpServer> m_b;
    std::unique_ptr<ConsoleSession> m_session;
};

void tst_MonitorService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_a = fakeCluster(u"fake-a"_s);
    m_b = fakeCluster(u"fake-b"_s);
    QVERIFY(m_dir->isValid() && m_a && m_b);
    QVERIFY(startConsole());
}

void tst_MonitorService::cleanup()
{
    m_session.reset();
    m_a.reset();
    m_b.reset();
    m_dir.reset();
}

bool tst_MonitorService::startConsole()
{
    m_session = std::make_unique<ConsoleSession>(new MemorySecretStore);
    QSignalSpy started(m_session.get(), &ConsoleSession::started);
    m_session->start(m_dir->path());
    return started.wait(kTimeoutMs) && started.at(0).at(0).toString().isEmpty();
}

bool tst_MonitorService::add(const ClusterProfile &profile, const QString &password)
{
    std::optional<bool> ok;
    m_session->profileService()->addProfile(profile, password, this,
                                            [&](const StoreWriteResult &r) { ok = r.ok; });
    return QTest::qWaitFor([&] { return ok.has_value(); }, kTimeoutMs) && *ok;
}

void tst_MonitorService::aFeedCarriesItsOwnClusterOnly()
{
    MonitorService *monitor = m_session->monitorService();
    const ClusterProfile a = profileFor(u"A"_s, m_a->url());
    const ClusterProfile b = profileFor(u"B"_s, m_b->url());
    QObject pageA;
    QObject pageB;
    ClusterFeed *feedA = monitor->subscribe(a.id, &pageA);
    ClusterFeed *feedB = monitor->subscribe(b.id, &pageB);
    QCOMPARE(feedA->profileId(), a.id);
    QSignalSpy snapshotsA(feedA, &ClusterFeed::snapshotReady);
    QSignalSpy snapshotsB(feedB, &ClusterFeed::snapshotReady);
    QSignalSpy statesA(feedA, &ClusterFeed::pollStateChanged);
    QSignalSpy statesB(feedB, &ClusterFeed::pollStateChanged);
    QSignalSpy all(monitor, &MonitorService::snapshotReady);
    QVERIFY(add(a));
    QVERIFY(add(b));

    QTRY_VERIFY_WITH_TIMEOUT(!snapshotsA.isEmpty() && !snapshotsB.isEmpty(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!statesA.isEmpty() && !statesB.isEmpty(), kTimeoutMs);
    // The service-wide signal saw both clusters; each feed saw its own only.
    QSet<QString> seen;
    for (const QList<QVariant> &args : std::as_const(all))
        seen.insert(args.at(0).toString());
    QCOMPARE(seen, (QSet<QString>{a.id, b.id}));
    for (const QList<QVariant> &args : std::as_const(snapshotsA)) {
        const auto snapshot = args.at(0).value<ClusterSnapshot>();
        QCOMPARE(snapshot.profileId(), a.id);
        QCOMPARE(snapshot.clusterName(), u"fake-a"_s);
    }
    for (const QList<QVariant> &args : std::as_const(snapshotsB)) {
        const auto snapshot = args.at(0).value<ClusterSnapshot>();
        QCOMPARE(snapshot.profileId(), b.id);
        QCOMPARE(snapshot.clusterName(), u"fake-b"_s);
    }
    // The feed's last word is the service's cached one.
    QCOMPARE(snapshotsA.constLast().at(0).value<ClusterSnapshot>().takenAtMs(),
             monitor->snapshot(a.id)->takenAtMs());
}

void tst_MonitorService::aDroppedFeedIsForgottenAndRemovalClearsTheCache()
{
    MonitorService *monitor = m_session->monitorService();
    const ClusterProfile a = profileFor(u"A"_s, m_a->url());
    const ClusterProfile b = profileFor(u"B"_s, m_b->url());
    auto pageA = std::make_unique<QObject>();
    QObject pageB;
    monitor->subscribe(a.id, pageA.get());
    ClusterFeed *feedB = monitor->subscribe(b.id, &pageB);
    QSignalSpy snapshotsB(feedB, &ClusterFeed::snapshotReady);
    QVERIFY(add(a));
    QVERIFY(add(b));
    QTRY_VERIFY_WITH_TIMEOUT(monitor->snapshot(a.id).has_value(), kTimeoutMs);

    // A closed page: its feed goes with it and A's next snapshots reach nobody's dead feed.
    pageA.reset();
    QSignalSpy all(monitor, &MonitorService::snapshotReady);
    monitor->refreshNow(a.id);
    QTRY_VERIFY_WITH_TIMEOUT(!all.isEmpty(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!snapshotsB.isEmpty(), kTimeoutMs);

    std::optional<bool> removed;
    m_session->profileService()->removeProfile(b.id, this, [&](const bool &ok) { removed = ok; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(!monitor->snapshot(b.id).has_value());
    QCOMPARE(monitor->pollState(b.id), ClusterMonitor::PollState::Idle);
    QVERIFY(monitor->snapshot(a.id).has_value());
}

// The newcomer's report: a changed password read as "Unreachable", every node "missed the last
// poll", Sign In disabled, and the console went on sending the refused password every poll.
void tst_MonitorService::aRefusedPasswordStopsPollingAndAsksForIt()
{
    MonitorService *monitor = m_session->monitorService();
    ProfileService *profiles = m_session->profileService();
    const ClusterProfile a = profileFor(u"A"_s, m_a->url());
    QSignalSpy needed(profiles, &ProfileService::passwordNeededChanged);
    QVERIFY(add(a, u"not-the-password"_s));

    QTRY_VERIFY_WITH_TIMEOUT(profiles->isPasswordNeeded(a.id), kTimeoutMs);
    QVERIFY2(profiles->passwordNeededReason(a.id).contains(u"refused"_s),
             qPrintable(profiles->passwordNeededReason(a.id)));
    QCOMPARE(needed.constLast().at(0).toString(), a.id);
    QVERIFY(needed.constLast().at(1).toBool());
    QCOMPARE(monitor->snapshot(a.id)->errorCode(), u"sign-in-failed"_s);
    // Not polled any more: the monitor is stopped until the user signs in.
    QTRY_COMPARE_WITH_TIMEOUT(monitor->pollState(a.id), ClusterMonitor::PollState::Idle,
                              kTimeoutMs);

    QSignalSpy snapshots(monitor, &MonitorService::snapshotReady);
    profiles->signIn(a.id, kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(monitor->snapshot(a.id) && monitor->snapshot(a.id)->isReachable(),
                             kTimeoutMs);
    QVERIFY(!profiles->isPasswordNeeded(a.id));
    QVERIFY(!needed.constLast().at(1).toBool());
}

QTEST_GUILESS_MAIN(tst_MonitorService)
#include "tst_MonitorService.moc"
