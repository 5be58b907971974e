// ConsoleSession with a MemorySecretStore and fake one-node clusters: passwords go to the secret
// store only, profiles to the store; start-up shows the stored snapshot (stale, with its age) and
// then refreshes; testConnection() for the connect dialog; update, reorder and remove; the
// monitors poll on a thread of their own while the UI's clients stay on the session's.

#include "ApiClient.h"
#include "ConsoleSession.h"
#include "FakeClusterHandler.h"
#include "FreePorts.h"
#include "MemorySecretStore.h"
#include "MonitorHub.h"
#include "ReportCollector.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <memory>

namespace {

constexpr int kTimeoutMs = 15000;
const QString kPassword = QStringLiteral("planted-Pa55word-93ab");

ClusterProfile profileFor(const QString &name, const QUrl &url)
{
    ClusterProfile profile = ClusterProfile::create(name, url);
    profile.userName = QStringLiteral("admin");
    profile.pollIntervalMs = 1000;
    return profile;
}

int logoutsWith(const HostileHttpServer &server, const QByteArray &authorization)
{
    const auto requests = server.requests();
    return int(std::count_if(requests.cbegin(), requests.cend(), [&](const auto &request) {
        return request.path() == "/security/rest/token/logout" &&
               request.header("Authorization") == authorization;
    }));
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_ConsoleSession final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void passwordGoesToTheSecretStoreOnly();
    void invalidProfileIsRefusedWithTheField();
    void startUpShowsTheStoredSnapshotStaleThenRefreshes();
    void updateReorderAndRemove();
    void monitorsPollOnTheirOwnThread();
    void testConnectionReportsTheCluster();
    void testConnectionReportsFailures();
    void removingAProfileEndsItsSessions();
    void closingEndsEverySession();
    void reportReadsTheSavedPasswordFile();

private:
    // A fake cluster that insists on the password.
    void startServer();
    bool startSession(ConsoleSession &session);
    StoreWriteResult add(ConsoleSession &session, const ClusterProfile &profile,
                         const QString &password);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HostileHttpServer> m_server;
};

void tst_ConsoleSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    startServer();
}

void tst_ConsoleSession::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

void tst_ConsoleSession::startServer()
{
    m_server = std::make_unique<HostileHttpServer>();
    QVERIFY(m_server->start());
    FakeClusterOptions options;
    options.directUrl = m_server->url();
    options.password = kPassword.toUtf8();
    options.clusterName = QStringLiteral("fake-prod");
    m_server->setHandler(fakeClusterHandler(options));
    m_server->setNodeIdentity(options.nodeId, options.revision);
}

bool tst_ConsoleSession::startSession(ConsoleSession &session)
{
    QSignalSpy started(&session, &ConsoleSession::started);
    session.start(m_dir->path());
    if (!started.wait(kTimeoutMs))
        return false;
    const QString error = started.at(0).at(0).toString();
    if (!error.isEmpty())
        qWarning("start failed: %s", qPrintable(error));
    return error.isEmpty() && session.isStarted();
}

StoreWriteResult tst_ConsoleSession::add(ConsoleSession &session, const ClusterProfile &profile,
                                         const QString &password)
{
    std::optional<StoreWriteResult> result;
    session.profileService()->addProfile(
        profile, password, this, [&](const StoreWriteResult &written) { result = written; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, kTimeoutMs);
    return result.value_or(StoreWriteResult{false, {QStringLiteral("timeout"), {}}});
}

void tst_ConsoleSession::passwordGoesToTheSecretStoreOnly()
{
    auto *secrets = new MemorySecretStore;
    QString databasePath;
    const ClusterProfile profile = profileFor(QStringLiteral("Production"), m_server->url());
    {
        ConsoleSession session(secrets);
        QVERIFY(startSession(session));
        QSignalSpy changed(session.profileService(), &ProfileService::profilesChanged);
        const StoreWriteResult result = add(session, profile, kPassword);
        QVERIFY2(result.ok, qPrintable(result.problem.reason));
        QVERIFY(changed.size() >= 1);
        QCOMPARE(secrets->secret(profile.id), kPassword);
        QCOMPARE(session.profileService()->profiles().size(), 1);
        QCOMPARE(session.profileService()->profiles().constFirst().id, profile.id);
        // The monitor got the password: the fake cluster lets it in.
        QTRY_VERIFY_WITH_TIMEOUT(session.monitorService()->snapshot(profile.id).has_value() &&
                                     session.monitorService()->snapshot(profile.id)->isReachable(),
                                 kTimeoutMs);
        QCOMPARE(session.monitorService()->snapshot(profile.id)->clusterName(),
                 QStringLiteral("fake-prod"));
        databasePath = session.storePath();
    } // the store is closed and checkpointed here
    QByteArray bytes = fileBytes(databasePath);
    bytes += fileBytes(databasePath + QStringLiteral("-wal"));
    QVERIFY(bytes.contains("Production"));
    QVERIFY(!bytes.contains(kPassword.toUtf8()));
}

void tst_ConsoleSession::invalidProfileIsRefusedWithTheField()
{
    auto *secrets = new MemorySecretStore;
    ConsoleSession session(secrets);
    QVERIFY(startSession(session));
    ClusterProfile profile = profileFor(QStringLiteral("No user"), m_server->url());
    profile.userName.clear();
    const StoreWriteResult result = add(session, profile, kPassword);
    QVERIFY(!result.ok);
    QCOMPARE(result.problem.field, QStringLiteral("userName"));
    QVERIFY(secrets->contains(profile.id) == false);

    // A failing secret store: the profile is saved, the result names the password.
    secrets->setFailure(QStringLiteral("keychain locked"));
    QSignalSpy problems(session.profileService(), &ProfileService::secretProblem);
    const ClusterProfile other = profileFor(QStringLiteral("Other"), m_server->url());
    const StoreWriteResult secretFailed = add(session, other, kPassword);
    QVERIFY(!secretFailed.ok);
    QCOMPARE(secretFailed.problem.field, QStringLiteral("password"));
    QCOMPARE(problems.size(), 1);
    QVERIFY(session.profileService()->profile(other.id).has_value());
}

void tst_ConsoleSession::startUpShowsTheStoredSnapshotStaleThenRefreshes()
{
    const ClusterProfile profile = profileFor(QStringLiteral("Production"), m_server->url());
    qint64 liveTakenAtMs = 0;
    {
        auto *secrets = new MemorySecretStore;
        ConsoleSession session(secrets);
        QVERIFY(startSession(session));
        QVERIFY(add(session, profile, kPassword).ok);
        QTRY_VERIFY_WITH_TIMEOUT(session.monitorService()->snapshot(profile.id).has_value() &&
                                     session.monitorService()->snapshot(profile.id)->isReachable(),
                                 kTimeoutMs);
        liveTakenAtMs = session.monitorService()->snapshot(profile.id)->takenAtMs();
    }
    // So the stored snapshot has an age: the clock moves on past it.
    QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch() > liveTakenAtMs);

    auto *secrets = new MemorySecretStore;
    secrets->insert(profile.id, kPassword); // what the keychain kept
    ConsoleSession session(secrets);
    QList<ClusterSnapshot> seen;
    connect(session.monitorService(), &MonitorService::snapshotReady, this,
            [&](const QString &id, const ClusterSnapshot &snapshot) {
                QCOMPARE(id, profile.id);
                seen.append(snapshot);
            });
    QVERIFY(startSession(session));
    QCOMPARE(session.profileService()->profiles().size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(seen.size() >= 2, kTimeoutMs);

    const ClusterSnapshot stale = seen.at(0);
    QVERIFY(stale.isStale());
    QVERIFY(stale.takenAtMs() >= liveTakenAtMs);
    QVERIFY(stale.ageMs(QDateTime::currentMSecsSinceEpoch()) > 0);
    QCOMPARE(stale.nodes().size(), 1);
    const ClusterSnapshot fresh = seen.at(1);
    QVERIFY(!fresh.isStale());
    QVERIFY(fresh.isReachable());
    QVERIFY(fresh.takenAtMs() > stale.takenAtMs());
    QCOMPARE(session.monitorService()->snapshot(profile.id)->takenAtMs(),
             seen.constLast().takenAtMs());
}

void tst_ConsoleSession::updateReorderAndRemove()
{
    auto *secrets = new MemorySecretStore;
    ConsoleSession session(secrets);
    QVERIFY(startSession(session));
    ClusterProfile first = profileFor(QStringLiteral("First"), m_server->url());
    const ClusterProfile second = profileFor(QStringLiteral("Second"), m_server->url());
    QVERIFY(add(session, first, kPassword).ok);
    QVERIFY(add(session, second, QString()).ok);
    QVERIFY(!secrets->contains(second.id));

    first.name = QStringLiteral("First renamed");
    std::optional<StoreWriteResult> updated;
    session.profileService()->updateProfile(
        first, QStringLiteral("new-password"), this,
        [&](const StoreWriteResult &result) { updated = result; });
    QTRY_VERIFY(updated.has_value());
    QVERIFY(updated->ok);
    QCOMPARE(session.profileService()->profile(first.id)->name, QStringLiteral("First renamed"));
    QCOMPARE(secrets->secret(first.id), QStringLiteral("new-password"));

    std::optional<bool> reordered;
    session.profileService()->reorderProfiles({second.id, first.id}, this,
                                              [&](const bool &ok) { reordered = ok; });
    QTRY_VERIFY(reordered.has_value());
    QVERIFY(*reordered);
    QCOMPARE(session.profileService()->profiles().constFirst().id, second.id);

    std::optional<bool> removed;
    session.profileService()->removeProfile(first.id, this, [&](const bool &ok) { removed = ok; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(*removed);
    QCOMPARE(session.profileService()->profiles().size(), 1);
    QVERIFY(!session.monitorService()->snapshot(first.id).has_value());
    QVERIFY(session.clientPool()->client(first.id) == nullptr);
    QVERIFY(session.clientPool()->client(second.id) != nullptr);
    QTRY_VERIFY(!secrets->contains(first.id));
}

void tst_ConsoleSession::monitorsPollOnTheirOwnThread()
{
    ConsoleSession session(new MemorySecretStore);
    QVERIFY(startSession(session));
    const ClusterProfile first = profileFor(QStringLiteral("First"), m_server->url());
    const ClusterProfile second = profileFor(QStringLiteral("Second"), m_server->url());
    QVERIFY(add(session, first, kPassword).ok);
    QVERIFY(add(session, second, kPassword).ok);
    for (const QString &id : {first.id, second.id}) {
        QTRY_VERIFY_WITH_TIMEOUT(session.monitorService()->snapshot(id).has_value() &&
                                     session.monitorService()->snapshot(id)->isReachable(),
                                 kTimeoutMs);
        // The poll state comes across too: after a good poll the next one is scheduled.
        QTRY_VERIFY_WITH_TIMEOUT(session.monitorService()->nextPollAtMs(id) > 0, kTimeoutMs);
    }

    MonitorHub *hub = session.monitorService()->hub();
    QVERIFY(hub->thread() != session.thread());
    QCOMPARE(hub->thread()->objectName(), QStringLiteral("Clusterdesk poll"));
    // Asked on the hub's own thread, as anything touching a monitor must be.
    struct Seen
    {
        QThread *monitorThread = nullptr;
        QThread *clientThread = nullptr;
        ApiClient *client = nullptr;
        RequestDispatcher *dispatcher = nullptr;
    };
    QList<Seen> seen;
    QMetaObject::invokeMethod(
        hub,
        [&] {
            for (const QString &id : {first.id, second.id}) {
                Seen entry;
                if (ClusterMonitor *monitor = hub->monitor(id)) {
                    entry.monitorThread = monitor->thread();
                    entry.clientThread = monitor->apiClient()->thread();
                    entry.client = monitor->apiClient();
                    entry.dispatcher = monitor->apiClient()->dispatcher();
                }
                seen.append(entry);
            }
        },
        Qt::BlockingQueuedConnection);
    QCOMPARE(seen.size(), 2);
    for (const Seen &entry : std::as_const(seen)) {
        QCOMPARE(entry.monitorThread, hub->thread());
        QCOMPARE(entry.clientThread, hub->thread());
    }
    // One network manager for all monitors, not one HTTP thread per cluster.
    QVERIFY(seen.at(0).dispatcher != nullptr);
    QCOMPARE(seen.at(0).dispatcher, seen.at(1).dispatcher);

    // The UI's client is another one, on the session's thread, signed in with the same secret.
    ApiClient *client = session.clientPool()->client(first.id);
    QVERIFY(client != nullptr);
    QVERIFY(client != seen.at(0).client);
    QCOMPARE(client->thread(), session.thread());
    std::optional<ApiResult> answer;
    client->send(ApiRequest::get(QStringLiteral("/api/v1/cluster")), this,
                 [&](const ApiResult &result) { answer = result; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), kTimeoutMs);
    QVERIFY2(answer->ok, qPrintable(answer->errorText));

    // Snapshots keep arriving on the session's thread.
    QSignalSpy more(session.monitorService(), &MonitorService::snapshotReady);
    session.monitorService()->refreshNow(first.id);
    QVERIFY(more.wait(kTimeoutMs));
}

void tst_ConsoleSession::testConnectionReportsTheCluster()
{
    ConsoleSession session(new MemorySecretStore);
    const ClusterProfile profile = profileFor(QStringLiteral("Dialog"), m_server->url());
    std::optional<ConnectionTestResult> result;
    session.connectionTester()->testConnection(
        profile, kPassword, this, [&](const ConnectionTestResult &tested) { result = tested; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kTimeoutMs);
    QVERIFY2(result->ok, qPrintable(result->errorText));
    QCOMPARE(result->clusterName, QStringLiteral("fake-prod"));
    QCOMPARE(result->nodeCount, 1);
    QVERIFY(result->certificate.isNull()); // plain HTTP
    QVERIFY(!result->untrustedCertificate());
}

void tst_ConsoleSession::testConnectionReportsFailures()
{
    ConsoleSession session(new MemorySecretStore);
    const ClusterProfile profile = profileFor(QStringLiteral("Dialog"), m_server->url());
    std::optional<ConnectionTestResult> wrongPassword;
    session.connectionTester()->testConnection(
        profile, QStringLiteral("wrong"), this,
        [&](const ConnectionTestResult &tested) { wrongPassword = tested; });
    QTRY_VERIFY_WITH_TIMEOUT(wrongPassword.has_value(), kTimeoutMs);
    QVERIFY(!wrongPassword->ok);
    QCOMPARE(wrongPassword->errorKind, ApiResult::ErrorKind::Http);
    QVERIFY(!wrongPassword->errorText.isEmpty());

    const auto port = FreePorts::one();
    QVERIFY(port);
    std::optional<ConnectionTestResult> refused;
    session.connectionTester()->testConnection(
        profileFor(QStringLiteral("Nowhere"),
                   QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*port))),
        kPassword, this, [&](const ConnectionTestResult &tested) { refused = tested; });
    QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), kTimeoutMs);
    QVERIFY(!refused->ok);
    QCOMPARE(refused->errorKind, ApiResult::ErrorKind::ConnectionRefused);

    // A context that is gone gets no answer, and no client is left behind for it. The barrier is
    // a second test with a live context: the tester starts tests in the order asked, so once the
    // second has answered the first has been dropped (or answered into the void).
    const auto clients = [&session] {
        return session.connectionTester()->findChildren<ApiClient *>().size();
    };
    const qsizetype idleClients = clients();
    bool called = false;
    auto *context = new QObject;
    session.connectionTester()->testConnection(
        profile, kPassword, context, [&](const ConnectionTestResult &) { called = true; });
    delete context;
    std::optional<ConnectionTestResult> barrier;
    session.connectionTester()->testConnection(
        profile, kPassword, this, [&](const ConnectionTestResult &tested) { barrier = tested; });
    QTRY_VERIFY_WITH_TIMEOUT(barrier.has_value(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(clients(), idleClients, kTimeoutMs);
    QVERIFY(!called);
}

void tst_ConsoleSession::removingAProfileEndsItsSessions()
{
    ConsoleSession session(new MemorySecretStore);
    QVERIFY(startSession(session));
    const ClusterProfile profile = profileFor(QStringLiteral("Leaving"), m_server->url());
    QVERIFY(add(session, profile, kPassword).ok);
    // The monitor signs in; so does the UI thread's client, on its first request.
    QTRY_VERIFY_WITH_TIMEOUT(session.monitorService()->snapshot(profile.id).has_value() &&
                                 session.monitorService()->snapshot(profile.id)->isReachable(),
                             kTimeoutMs);
    std::optional<ApiResult> answered;
    session.clientPool()
        ->client(profile.id)
        ->send(ApiRequest::get(QStringLiteral("/api/v1/cluster")), this,
               [&](const ApiResult &result) { answered = result; });
    QTRY_VERIFY_WITH_TIMEOUT(answered.has_value(), kTimeoutMs);
    QVERIFY2(answered->ok, qPrintable(answered->errorText));
    QCOMPARE(logoutsWith(*m_server, "Bearer fake-token-node-1"), 0);

    std::optional<bool> removed;
    session.profileService()->removeProfile(profile.id, this,
                                            [&](const bool &ok) { removed = ok; });
    QTRY_VERIFY(removed.value_or(false));
    // Both sessions end on the cluster: the monitor's and the UI client's.
    QTRY_COMPARE_WITH_TIMEOUT(logoutsWith(*m_server, "Bearer fake-token-node-1"), 2, kTimeoutMs);
}

void tst_ConsoleSession::closingEndsEverySession()
{
    // The session's destructor blocks this thread while the poll thread logs out, so the
    // cluster answers from a thread of its own.
    QThread serverThread;
    auto *server = new HostileHttpServer;
    FakeClusterOptions options;
    options.password = kPassword.toUtf8();
    server->setHandler(fakeClusterHandler(options));
    server->setNodeIdentity(options.nodeId, options.revision);
    server->moveToThread(&serverThread);
    connect(&serverThread, &QThread::finished, server, &QObject::deleteLater);
    serverThread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        server, [&] { listening = server->start(); }, Qt::BlockingQueuedConnection);
    QVERIFY(listening);
    QUrl url;
    QMetaObject::invokeMethod(
        server, [&] { url = server->url(); }, Qt::BlockingQueuedConnection);
    int logouts = -1;
    {
        ConsoleSession session(new MemorySecretStore);
        QVERIFY(startSession(session));
        const ClusterProfile profile = profileFor(QStringLiteral("Closing"), url);
        QVERIFY(add(session, profile, kPassword).ok);
        QTRY_VERIFY_WITH_TIMEOUT(session.monitorService()->snapshot(profile.id).has_value() &&
                                     session.monitorService()->snapshot(profile.id)->isReachable(),
                                 kTimeoutMs);
    } // closes: the monitor's session is ended before the destructor returns
    QMetaObject::invokeMethod(
        server, [&] { logouts = logoutsWith(*server, "Bearer fake-token-node-1"); },
        Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    QCOMPARE(logouts, 1);
}

// The newcomer's report: File › Export Report said "no password stored" for a cluster whose
// password comes from a password file, which the window's polling used without trouble.
void tst_ConsoleSession::reportReadsTheSavedPasswordFile()
{
    QFile file(m_dir->filePath(QStringLiteral("prod.password")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kPassword.toUtf8() + '\n');
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    ClusterProfile profile = profileFor(QStringLiteral("Production"), m_server->url());
    profile.passwordFile = file.fileName();

    auto *secrets = new MemorySecretStore; // an empty keychain
    ConsoleSession session(secrets);
    QVERIFY(startSession(session));
    QVERIFY(add(session, profile, QString()).ok);
    QVERIFY(!secrets->contains(profile.id));

    ReportCollector *collector = session.newReportCollector(this);
    QSignalSpy finished(collector, &ReportCollector::finished);
    collector->start({ReportTarget{profile, {}, std::nullopt, std::nullopt}},
                     ReportPeriod::last(std::chrono::hours(1), QDateTime::currentMSecsSinceEpoch()),
                     false);
    QVERIFY(finished.wait(kTimeoutMs));
    const auto data = finished.at(0).at(0).value<ReportData>();
    QCOMPARE(data.clusters.size(), 1);
    // (The fake cluster has no change log, dataflows or resources: those problems may stay.)
    const QString problems = data.clusters.at(0).problems.join(QStringLiteral("; "));
    QVERIFY2(!problems.contains(QStringLiteral("password")), qPrintable(problems));
    QVERIFY(data.clusters.at(0).isReachable());
    delete collector;
}

QTEST_GUILESS_MAIN(tst_ConsoleSession)
#include "tst_ConsoleSession.moc"
