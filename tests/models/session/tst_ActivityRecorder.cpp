// ActivityRecorder against a real three-node cluster behind HAProxy (ClusterFixture): a create,
// an update, a 412 conflict, a viewer's 403 and a write whose answer is lost (every node delays
// its answers past the client's timeout) are each stored in the local store with the request id
// sent and the right outcome: succeeded with the new revision, conflict, refused, outcome
// unknown. A pending entry is stored before the answer. The password of the resource written
// never reaches the store file, the CSV or the JSON. Also the outcome mapping itself, without a
// server.

#include "ActivityExport.h"
#include "ActivityRecorder.h"
#include "ClusterEndpoint.h"
#include "ClusterFixture.h"
#include "LocalStoreTestSupport.h"
#include "StoreThread.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using Outcome = ActivityEntry::Outcome;

namespace {

constexpr int kTimeoutMs = 20000;
const QString kPassword = u"pw-Activity-7f3c9e"_s;

QJsonObject jdbcBody(int port)
{
    return QJsonObject{{u"description"_s, u"Orders"_s},
                       {u"spec"_s, QJsonObject{{u"driver"_s, u"postgresql"_s},
                                               {u"driverClass"_s, u"org.postgresql.Driver"_s},
                                               {u"url"_s, u"jdbc:postgresql://db:5432/orders"_s},
                                               {u"port"_s, port},
                                               {u"password"_s, kPassword}}}};
}

} // namespace

class tst_ActivityRecorder final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void outcomeMapping_data();
    void outcomeMapping();
    void entryForNamesTheResource();
    void aTestIsRecordedWithTheNodesVerdict();
    void localUserWithoutUserInTheEnvironment();
    void createIsRecordedPendingThenSucceeded();
    void updateIsRecordedWithTheNewRevision();
    void conflictIsRecorded();
    void viewerRefusalIsRecorded();
    void lostAnswerIsRecordedAsUnknown();
    void recordTakesActionsOutsideTheClient();
    void noSecretInStoreCsvOrJson();

private:
    ClusterProfile profile(const QString &name, bool viewer) const;
    // The stored entries with `requestId` once one has left Pending.
    ActivityEntry finished(const QString &requestId);
    QList<ActivityEntry> stored(const ActivityFilter &filter = {});
    ResourceResult run(const std::function<void(ResourceRepository::Callback)> &call);

    std::unique_ptr<ClusterFixture> m_cluster;
    QTemporaryDir m_dir;
    std::unique_ptr<StoreThread> m_store;
    std::unique_ptr<ActivityRecorder> m_recorder;
    std::unique_ptr<ClusterEndpoint> m_admin;
    std::unique_ptr<ClusterEndpoint> m_viewer;
    QList<ActivityEntry> m_recorded;
    QByteArray m_etag;
    qint64 m_createdRevision = -1;
};

void tst_ActivityRecorder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_store = std::make_unique<StoreThread>();
    QString openError = u"not answered"_s;
    m_store->open(m_dir.path(), this, [&openError](const QString &error) { openError = error; });
    QTRY_VERIFY(openError != u"not answered");
    QVERIFY2(openError.isEmpty(), qPrintable(openError));
    m_recorder = std::make_unique<ActivityRecorder>(m_store.get());
    connect(m_recorder.get(), &ActivityRecorder::entryRecorded, this,
            [this](const ActivityEntry &entry) { m_recorded << entry; });

    m_cluster = std::make_unique<ClusterFixture>();
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    m_admin =
        std::make_unique<ClusterEndpoint>(profile(u"Prod"_s, false), m_cluster->adminPassword());
    m_viewer =
        std::make_unique<ClusterEndpoint>(profile(u"Prod"_s, true), m_cluster->viewerPassword());
}

void tst_ActivityRecorder::cleanupTestCase()
{
    m_viewer.reset();
    m_admin.reset();
    m_cluster.reset();
    m_recorder.reset();
    bool closed = false;
    m_store->run<bool>(
        [](LocalStore &s) {
            s.close();
            return true;
        },
        this, [&closed](const bool &) { closed = true; });
    QTRY_VERIFY(closed);
    m_store.reset();
}

ClusterProfile tst_ActivityRecorder::profile(const QString &name, bool viewer) const
{
    ClusterProfile p = ClusterProfile::create(name, m_cluster->lbUrl());
    p.userName = viewer ? m_cluster->viewerUser() : m_cluster->adminUser();
    return p;
}

QList<ActivityEntry> tst_ActivityRecorder::stored(const ActivityFilter &filter)
{
    QList<ActivityEntry> result;
    bool done = false;
    m_store->run<QList<ActivityEntry>>(
        [filter](LocalStore &store) { return store.activity(filter); }, this,
        [&](const QList<ActivityEntry> &entries) {
            result = entries;
            done = true;
        });
    [&] { QTRY_VERIFY(done); }();
    return result;
}

ActivityEntry tst_ActivityRecorder::finished(const QString &requestId)
{
    auto find = [&]() -> std::optional<ActivityEntry> {
        for (const ActivityEntry &entry : std::as_const(m_recorded)) {
            if (entry.requestId == requestId && entry.outcome != Outcome::Pending)
                return entry;
        }
        return std::nullopt;
    };
    [&] { QTRY_VERIFY_WITH_TIMEOUT(find().has_value(), kTimeoutMs); }();
    // What the store holds, not only what the signal said.
    for (const ActivityEntry &entry : stored()) {
        if (entry.requestId == requestId)
            return entry;
    }
    return {};
}

ResourceResult
tst_ActivityRecorder::run(const std::function<void(ResourceRepository::Callback)> &call)
{
    ResourceResult out;
    bool done = false;
    call([&](const ResourceResult &result) {
        out = result;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, kTimeoutMs); }();
    return out;
}

void tst_ActivityRecorder::outcomeMapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("transmitted");
    QTest::addColumn<QString>("outcome");
    using Kind = ApiResult::ErrorKind;
    QTest::newRow("200") << 200 << int(Kind::None) << true << u"succeeded"_s;
    QTest::newRow("201") << 201 << int(Kind::None) << true << u"succeeded"_s;
    QTest::newRow("412") << 412 << int(Kind::Http) << true << u"conflict"_s;
    QTest::newRow("403") << 403 << int(Kind::Http) << true << u"refused"_s;
    QTest::newRow("422") << 422 << int(Kind::Http) << true << u"failed"_s;
    QTest::newRow("503 writes refused") << 503 << int(Kind::Http) << true << u"failed"_s;
    QTest::newRow("502") << 502 << int(Kind::LoadBalancerPage) << true << u"unknown"_s;
    QTest::newRow("504") << 504 << int(Kind::LoadBalancerPage) << true << u"unknown"_s;
    QTest::newRow("timeout") << 0 << int(Kind::Timeout) << true << u"unknown"_s;
    QTest::newRow("dropped") << 0 << int(Kind::Other) << true << u"unknown"_s;
    QTest::newRow("cancelled after sending") << 0 << int(Kind::Cancelled) << true << u"unknown"_s;
    QTest::newRow("refused connection") << 0 << int(Kind::ConnectionRefused) << true << u"failed"_s;
    QTest::newRow("tls") << 0 << int(Kind::Tls) << true << u"failed"_s;
    QTest::newRow("sign-in failed, never sent") << 401 << int(Kind::Http) << false << u"failed"_s;
    QTest::newRow("cancelled before sending") << 0 << int(Kind::Cancelled) << false << u"failed"_s;
}

void tst_ActivityRecorder::outcomeMapping()
{
    QFETCH(int, status);
    QFETCH(int, kind);
    QFETCH(bool, transmitted);
    QFETCH(QString, outcome);
    ApiResult result;
    result.httpStatus = status;
    result.ok = status >= 200 && status < 300;
    result.errorKind = ApiResult::ErrorKind(kind);
    result.errorText = u"why"_s;
    result.configRevision = 7;
    ActivityEntry entry;
    ActivityRecorder::applyOutcome(result, transmitted, entry);
    QCOMPARE(ActivityEntry::outcomeKey(entry.outcome), outcome);
    if (outcome == u"succeeded")
        QCOMPARE(entry.revision, 7);
    else
        QVERIFY(!entry.reason.isEmpty());
}

void tst_ActivityRecorder::entryForNamesTheResource()
{
    WriteNotice notice;
    notice.requestId = u"r"_s;
    notice.method = "PUT";
    notice.path = u"/api/v1/resources/jdbc/orders-db"_s;
    notice.createOnly = true;
    notice.clusterName = u"Prod"_s;
    ActivityEntry entry = ActivityRecorder::entryFor(notice);
    QCOMPARE(entry.action, u"create"_s);
    QCOMPARE(entry.resourceType, u"jdbc"_s);
    QCOMPARE(entry.resourceName, u"orders-db"_s);
    QVERIFY(entry.summary.contains(u"orders-db"));
    notice.createOnly = false;
    QCOMPARE(ActivityRecorder::entryFor(notice).action, u"update"_s);
    notice.method = "DELETE";
    QCOMPARE(ActivityRecorder::entryFor(notice).action, u"delete"_s);
    notice.method = "POST";
    notice.path = u"/api/v1/resources/jdbc/orders-db/test"_s;
    QCOMPARE(ActivityRecorder::entryFor(notice).action, u"test"_s);
    notice.path = u"/api/v1/other"_s;
    QCOMPARE(ActivityRecorder::entryFor(notice).action, u"write"_s);
}

void tst_ActivityRecorder::createIsRecordedPendingThenSucceeded()
{
    const ResourceResult created = run([this](ResourceRepository::Callback done) {
        m_admin->repository()->create(u"jdbc"_s, u"orders-db"_s, jdbcBody(5432), this, done);
    });
    QVERIFY(created.isOk());
    QVERIFY(!created.requestId.isEmpty());
    m_etag = created.resource->etag.toUtf8();
    m_createdRevision = created.resource->revision;
    // Pending first: recorded when sent, before any answer.
    QTRY_VERIFY(!m_recorded.isEmpty());
    QCOMPARE(m_recorded.constFirst().requestId, created.requestId);
    QCOMPARE(m_recorded.constFirst().outcome, Outcome::Pending);

    const ActivityEntry entry = finished(created.requestId);
    QCOMPARE(entry.outcome, Outcome::Succeeded);
    QCOMPARE(entry.httpStatus, 201);
    QCOMPARE(entry.revision, m_createdRevision);
    QCOMPARE(entry.action, u"create"_s);
    QCOMPARE(entry.method, u"PUT"_s);
    QCOMPARE(entry.clusterName, u"Prod"_s);
    QCOMPARE(entry.clusterId, m_admin->profile().id);
    QCOMPARE(entry.clusterUser, m_cluster->adminUser());
    QCOMPARE(entry.localUser, ActivityEntry::currentLocalUser());
    QCOMPARE(entry.resourceName, u"orders-db"_s);
    QVERIFY(entry.timeMs > 0 && entry.finishedMs >= entry.timeMs);
}

void tst_ActivityRecorder::updateIsRecordedWithTheNewRevision()
{
    const ResourceResult updated = run([this](ResourceRepository::Callback done) {
        m_admin->repository()->update(u"jdbc"_s, u"orders-db"_s, m_etag, jdbcBody(6543), this,
                                      done);
    });
    QVERIFY(updated.isOk());
    m_etag = updated.resource->etag.toUtf8();
    const ActivityEntry entry = finished(updated.requestId);
    QCOMPARE(entry.outcome, Outcome::Succeeded);
    QCOMPARE(entry.action, u"update"_s);
    QCOMPARE(entry.revision, updated.resource->revision);
    QVERIFY(entry.revision > m_createdRevision);
}

void tst_ActivityRecorder::conflictIsRecorded()
{
    const ResourceResult stale = run([this](ResourceRepository::Callback done) {
        m_admin->repository()->update(u"jdbc"_s, u"orders-db"_s, "\"not-the-current-version\"",
                                      jdbcBody(7000), this, done);
    });
    QCOMPARE(stale.httpStatus, 412);
    const ActivityEntry entry = finished(stale.requestId);
    QCOMPARE(entry.outcome, Outcome::Conflict);
    QCOMPARE(entry.httpStatus, 412);
    QCOMPARE(entry.revision, -1);
}

void tst_ActivityRecorder::viewerRefusalIsRecorded()
{
    const ResourceResult refused = run([this](ResourceRepository::Callback done) {
        m_viewer->repository()->create(u"jdbc"_s, u"viewer-db"_s, jdbcBody(5432), this, done);
    });
    QCOMPARE(refused.httpStatus, 403);
    const ActivityEntry entry = finished(refused.requestId);
    QCOMPARE(entry.outcome, Outcome::Refused);
    QCOMPARE(entry.clusterUser, m_cluster->viewerUser());
    QVERIFY(!entry.reason.isEmpty());
}

void tst_ActivityRecorder::lostAnswerIsRecordedAsUnknown()
{
    // Every node answers 1.5 s late; the write gives up after 200 ms, after it was sent: it may
    // well be applied, so neither "failed" nor "succeeded" would be true.
    for (const QString &id : m_cluster->nodeIds()) {
        QString error;
        QVERIFY2(m_cluster->setFaults(id, {{u"delayMs"_s, 1500}}, &error), qPrintable(error));
    }
    ApiRequest request =
        ApiRequest::json("PUT", u"/api/v1/resources/jdbc/slow-db"_s, QJsonDocument(jdbcBody(5432)));
    request.headers.set("If-None-Match", "*");
    request.timeout = std::chrono::milliseconds(200);
    ApiResult answer;
    bool done = false;
    m_admin->client()->send(request, this, [&](const ApiResult &result) {
        answer = result;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, kTimeoutMs);
    for (const QString &id : m_cluster->nodeIds())
        QVERIFY(m_cluster->setFaults(id, {{u"delayMs"_s, 0}}));
    QVERIFY(!answer.ok);
    QCOMPARE(answer.httpStatus, 0);

    ActivityFilter filter;
    filter.action = u"create"_s;
    std::optional<ActivityEntry> slow;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 for (const ActivityEntry &e : stored(filter)) {
                                     if (e.resourceName == u"slow-db" &&
                                         e.outcome != Outcome::Pending)
                                         slow = e;
                                 }
                                 return slow.has_value();
                             }()),
                             kTimeoutMs);
    QCOMPARE(slow->outcome, Outcome::Unknown);
    QVERIFY2(slow->reason.contains(u"may or may not"), qPrintable(slow->reason));
    QVERIFY(!slow->requestId.isEmpty());
}

void tst_ActivityRecorder::recordTakesActionsOutsideTheClient()
{
    ActivityEntry drain;
    drain.clusterId = m_admin->profile().id;
    drain.clusterName = u"Prod"_s;
    drain.clusterUser = u"stats"_s;
    drain.action = u"node-drain"_s;
    drain.resourceName = u"node-2"_s;
    drain.summary = u"drain node-2"_s;
    drain.outcome = Outcome::RefusedLocally;
    drain.reason = u"the profile is read-only"_s;
    const ActivityEntry recorded = m_recorder->record(drain);
    QVERIFY(!recorded.requestId.isEmpty());
    QVERIFY(recorded.timeMs > 0 && recorded.finishedMs > 0);
    const ActivityEntry entry = finished(recorded.requestId);
    QCOMPARE(entry.outcome, Outcome::RefusedLocally);
    QCOMPARE(entry.action, u"node-drain"_s);
}

void tst_ActivityRecorder::noSecretInStoreCsvOrJson()
{
    const QList<ActivityEntry> all = stored();
    QVERIFY(all.size() >= 5);
    QVERIFY(!ActivityExport::csv(all).contains(kPassword.toUtf8()));
    QVERIFY(!ActivityExport::json(all).contains(kPassword.toUtf8()));
    QVERIFY(!ActivityExport::text(all).contains(kPassword));
    // Nor anywhere in the database or its log.
    const QString file = QDir(m_dir.path()).filePath(QString::fromLatin1(LocalStore::FileName));
    for (const QString &path : {file, file + u"-wal"_s}) {
        const QByteArray bytes = LocalStoreTest::readAll(path);
        QVERIFY(!bytes.contains(kPassword.toUtf8()));
        QVERIFY(!bytes.contains(m_cluster->adminPassword().toUtf8()));
    }
}

// The newcomer's report: Test on All Nodes, every node failing with "connection refused", was
// kept as "Succeeded (HTTP 200: revision 7)": a test answers 200 whatever it finds.
void tst_ActivityRecorder::aTestIsRecordedWithTheNodesVerdict()
{
    ApiResult result;
    result.httpStatus = 200;
    result.ok = true;
    result.configRevision = 7;
    result.json = QJsonDocument::fromJson(
        R"({"node": "node-2", "ok": false, "checks": [{"check": "resolve", "ok": true},
            {"check": "connect", "ok": false, "reason": "connection refused"}]})");
    ActivityEntry entry;
    entry.action = u"test"_s;
    ActivityRecorder::applyOutcome(result, true, entry);
    QCOMPARE(entry.outcome, ActivityEntry::Outcome::Failed);
    QCOMPARE(entry.reason, u"connect: connection refused"_s);
    QCOMPARE(entry.revision, -1);

    result.json =
        QJsonDocument::fromJson(R"({"ok": true, "checks": [{"check": "connect", "ok": true}]})");
    ActivityRecorder::applyOutcome(result, true, entry);
    QCOMPARE(entry.outcome, ActivityEntry::Outcome::Succeeded);
    QVERIFY(entry.reason.isEmpty());
}

// The newcomer's report: run without USER (as from cron or `env -i`), entries had no local user.
void tst_ActivityRecorder::localUserWithoutUserInTheEnvironment()
{
    QHash<QByteArray, QByteArray> saved;
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        saved.insert(name, qgetenv(name));
        qunsetenv(name);
    }
    const QString user = ActivityEntry::currentLocalUser();
    for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
        if (!it.value().isEmpty())
            qputenv(it.key().constData(), it.value());
    }
    QVERIFY(!user.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ActivityRecorder)
#include "tst_ActivityRecorder.moc"
