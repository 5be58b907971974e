// StoreThread: LocalStore work runs on the worker thread, results come back on the caller's
// thread in call order, a vanished context gets nothing, poll-cycle records that wait together
// share one transaction (without overtaking other work, and a bad one costs only itself), and
// no secret reaches the file.

#include "StoreThread.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QPointer>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

const QString kPlanted = QStringLiteral("planted-S3cret-7f1c2d");

ClusterProfile makeProfile(const QString &name, const QString &url)
{
    ClusterProfile profile = ClusterProfile::create(name, QUrl(url));
    profile.userName = QStringLiteral("admin");
    return profile;
}

ClusterCycleRecord cycleRecord(const QString &clusterId, qint64 timeMs,
                               const QString &state = u"up"_qs)
{
    NodeSample sample;
    sample.nodeId = QStringLiteral("node-1");
    sample.timeMs = timeMs;
    sample.state = state;
    return {clusterId, timeMs, {sample}, StoredSnapshot{timeMs, "{}"}, {sample.nodeId}};
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_StoreThread final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void workRunsOnTheWorkerAndAnswersOnTheCallersThread();
    void resultsComeBackInCallOrder();
    void vanishedContextGetsNothing();
    void profileRoundTripAndProblems();
    void snapshotsSamplesAndLastUp();
    void openFailureIsReported();
    void waitingCyclesShareOneTransaction();
    void cyclesDoNotOvertakeOtherWork();
    void badCycleRecordCostsOnlyItself();
    void plantedSecretNeverReachesTheFile();

private:
    bool open(StoreThread &store);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_StoreThread::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_StoreThread::cleanup()
{
    m_dir.reset();
}

bool tst_StoreThread::open(StoreThread &store)
{
    std::optional<QString> result;
    store.open(m_dir->path(), this, [&](const QString &error) { result = error; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return false;
    if (!result->isEmpty())
        qWarning("open failed: %s", qPrintable(*result));
    return result->isEmpty();
}

void tst_StoreThread::workRunsOnTheWorkerAndAnswersOnTheCallersThread()
{
    StoreThread store;
    QVERIFY(open(store));
    QVERIFY(store.filePath().startsWith(m_dir->path()));
    QThread *workThread = nullptr;
    QThread *callbackThread = nullptr;
    store.run<QThread *>([](LocalStore &) { return QThread::currentThread(); }, this,
                         [&](QThread *const &worker) {
                             workThread = worker;
                             callbackThread = QThread::currentThread();
                         });
    // Never from inside the call.
    QVERIFY(callbackThread == nullptr);
    QTRY_VERIFY(callbackThread != nullptr);
    QCOMPARE(callbackThread, QThread::currentThread());
    QVERIFY(workThread != QThread::currentThread());
}

void tst_StoreThread::resultsComeBackInCallOrder()
{
    StoreThread store;
    QVERIFY(open(store));
    QList<int> order;
    for (int i = 0; i < 20; ++i) {
        if (i % 3 == 0) {
            ClusterProfile profile =
                makeProfile(QStringLiteral("cluster %1").arg(i), QStringLiteral("http://lb"));
            store.addProfile(profile, this, [&order, i](const StoreWriteResult &result) {
                QVERIFY(result.ok);
                order.append(i);
            });
        } else {
            store.run<int>([i](LocalStore &) { return i; }, this,
                           [&order](const int &value) { order.append(value); });
        }
    }
    std::optional<QList<ClusterProfile>> profiles;
    store.profiles(this, [&](const QList<ClusterProfile> &list) { profiles = list; });
    QTRY_VERIFY(profiles.has_value());
    QCOMPARE(order.size(), 20);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(order.at(i), i);
    QCOMPARE(profiles->size(), 7);
}

void tst_StoreThread::vanishedContextGetsNothing()
{
    StoreThread store;
    QVERIFY(open(store));
    bool called = false;
    auto *context = new QObject;
    QSemaphore contextGone;
    store.run<int>(
        [&contextGone](LocalStore &) {
            contextGone.acquire(); // the context dies while the work runs
            return 1;
        },
        context, [&](const int &) { called = true; });
    delete context;
    contextGone.release();
    bool after = false;
    store.run<int>([](LocalStore &) { return 2; }, this, [&](const int &) { after = true; });
    QTRY_VERIFY(after);
    QVERIFY(!called);
}

void tst_StoreThread::profileRoundTripAndProblems()
{
    StoreThread store;
    QVERIFY(open(store));
    ClusterProfile first =
        makeProfile(QStringLiteral("Production"), QStringLiteral("https://lb:8443"));
    ClusterProfile second = makeProfile(QStringLiteral("Staging"), QStringLiteral("http://lb2"));
    ClusterProfile clash =
        makeProfile(QStringLiteral(" production "), QStringLiteral("http://lb3"));
    QList<StoreWriteResult> results;
    const auto collect = [&](const StoreWriteResult &result) { results.append(result); };
    store.addProfile(first, this, collect);
    store.addProfile(second, this, collect);
    store.addProfile(clash, this, collect);
    QTRY_COMPARE(results.size(), 3);
    QVERIFY(results.at(0).ok);
    QVERIFY(results.at(1).ok);
    QVERIFY(!results.at(2).ok);
    QCOMPARE(results.at(2).problem.field, QStringLiteral("name"));
    QVERIFY(!results.at(2).problem.reason.isEmpty());

    std::optional<bool> reordered;
    store.reorderProfiles({second.id, first.id}, this, [&](const bool &ok) { reordered = ok; });
    std::optional<QList<ClusterProfile>> profiles;
    store.profiles(this, [&](const QList<ClusterProfile> &list) { profiles = list; });
    QTRY_VERIFY(profiles.has_value());
    QVERIFY(*reordered);
    QCOMPARE(profiles->size(), 2);
    QCOMPARE(profiles->at(0).id, second.id);
    QCOMPARE(profiles->at(1).name, QStringLiteral("Production"));

    QSignalSpy failures(&store, &StoreThread::writeFailed);
    std::optional<bool> badOrder;
    store.reorderProfiles({first.id}, this, [&](const bool &ok) { badOrder = ok; });
    QTRY_VERIFY(badOrder.has_value());
    QVERIFY(!*badOrder);
    QCOMPARE(failures.size(), 1);
    QVERIFY(!failures.at(0).at(0).toString().isEmpty());
}

void tst_StoreThread::snapshotsSamplesAndLastUp()
{
    StoreThread store;
    QVERIFY(open(store));
    const QString cluster = QStringLiteral("c1");
    NodeSample sample;
    sample.nodeId = QStringLiteral("node-1");
    sample.timeMs = 1000;
    sample.state = QStringLiteral("up");
    sample.latencyMs = 1.5;
    store.appendSamples(cluster, {sample});
    store.saveSnapshot(cluster, {2000, QByteArrayLiteral("{\"schema\":1}")});
    store.noteNodesUp(cluster, {QStringLiteral("node-1")}, 3000);
    std::optional<QList<NodeSample>> samples;
    std::optional<std::optional<StoredSnapshot>> snapshot;
    std::optional<QHash<QString, qint64>> lastUp;
    store.samples(cluster, QStringLiteral("node-1"), 0, 5000, this,
                  [&](const QList<NodeSample> &list) { samples = list; });
    store.loadSnapshot(cluster, this,
                       [&](const std::optional<StoredSnapshot> &stored) { snapshot = stored; });
    store.lastUp(cluster, this, [&](const QHash<QString, qint64> &times) { lastUp = times; });
    QTRY_VERIFY(samples && snapshot && lastUp);
    QCOMPARE(samples->size(), 1);
    QCOMPARE(samples->first(), sample);
    QVERIFY(snapshot->has_value());
    QCOMPARE((*snapshot)->takenAtMs, 2000);
    QCOMPARE(lastUp->value(QStringLiteral("node-1")), 3000);
}

void tst_StoreThread::waitingCyclesShareOneTransaction()
{
    StoreThread store;
    QVERIFY(open(store));
    QSignalSpy written(&store, &StoreThread::cyclesWritten);
    QSignalSpy failures(&store, &StoreThread::writeFailed);
    // The worker is busy while three clusters' polls arrive.
    QSemaphore gate;
    store.run<int>(
        [&gate](LocalStore &) {
            gate.acquire();
            return 0;
        },
        this, {});
    QList<bool> results;
    for (const QString &cluster : {u"c1"_qs, u"c2"_qs, u"c3"_qs})
        store.recordCycle(cycleRecord(cluster, 1000), this,
                          [&results](const bool &ok) { results.append(ok); });
    gate.release();
    QTRY_COMPARE(results.size(), 3);
    QCOMPARE(results, QList<bool>({true, true, true}));
    QTRY_COMPARE(written.size(), 1);
    QCOMPARE(written.at(0).at(0).toInt(), 3);
    QCOMPARE(failures.size(), 0);

    std::optional<QList<NodeSample>> samples;
    std::optional<std::optional<StoredSnapshot>> snapshot;
    std::optional<QHash<QString, qint64>> lastUp;
    store.samples(u"c3"_qs, u"node-1"_qs, 0, 5000, this,
                  [&](const QList<NodeSample> &list) { samples = list; });
    store.loadSnapshot(u"c2"_qs, this,
                       [&](const std::optional<StoredSnapshot> &stored) { snapshot = stored; });
    store.lastUp(u"c1"_qs, this, [&](const QHash<QString, qint64> &times) { lastUp = times; });
    QTRY_VERIFY(samples && snapshot && lastUp);
    QCOMPARE(samples->size(), 1);
    QCOMPARE(snapshot->value_or(StoredSnapshot{}).takenAtMs, 1000);
    QCOMPARE(lastUp->value(u"node-1"_qs), 1000);
}

void tst_StoreThread::cyclesDoNotOvertakeOtherWork()
{
    StoreThread store;
    QVERIFY(open(store));
    QSignalSpy written(&store, &StoreThread::cyclesWritten);
    QSemaphore gate;
    store.run<int>(
        [&gate](LocalStore &) {
            gate.acquire();
            return 0;
        },
        this, {});
    // A job between two records sees the first and not the second: the second may not join
    // the first's batch, which is written before the job.
    store.recordCycle(cycleRecord(u"c1"_qs, 1000));
    std::optional<std::pair<qsizetype, qsizetype>> seen;
    store.run<std::pair<qsizetype, qsizetype>>(
        [](LocalStore &local) {
            return std::pair(local.samples(u"c1"_qs, u"node-1"_qs, 0, 5000).size(),
                             local.samples(u"c2"_qs, u"node-1"_qs, 0, 5000).size());
        },
        this, [&](const std::pair<qsizetype, qsizetype> &counts) { seen = counts; });
    store.recordCycle(cycleRecord(u"c2"_qs, 1000));
    gate.release();
    QTRY_VERIFY(seen.has_value());
    QCOMPARE(*seen, (std::pair<qsizetype, qsizetype>(1, 0)));
    QTRY_COMPARE(written.size(), 2);
    QCOMPARE(written.at(0).at(0).toInt(), 1);
    QCOMPARE(written.at(1).at(0).toInt(), 1);
}

void tst_StoreThread::badCycleRecordCostsOnlyItself()
{
    StoreThread store;
    QVERIFY(open(store));
    QSignalSpy written(&store, &StoreThread::cyclesWritten);
    QSignalSpy failures(&store, &StoreThread::writeFailed);
    QSemaphore gate;
    store.run<int>(
        [&gate](LocalStore &) {
            gate.acquire();
            return 0;
        },
        this, {});
    QList<bool> results;
    const auto collect = [&results](const bool &ok) { results.append(ok); };
    store.recordCycle(cycleRecord(u"c1"_qs, 1000), this, collect);
    store.recordCycle(cycleRecord(u"c2"_qs, 1000, QString()), this, collect); // NOT NULL state
    store.recordCycle(cycleRecord(u"c3"_qs, 1000), this, collect);
    gate.release();
    QTRY_COMPARE(results.size(), 3);
    QCOMPARE(results, QList<bool>({true, false, true}));
    // The batch failed as a whole; the good records were then written one by one.
    QTRY_COMPARE(written.size(), 2);
    QTRY_COMPARE(failures.size(), 1);
    QVERIFY(!failures.at(0).at(0).toString().isEmpty());
    std::optional<std::pair<qsizetype, qsizetype>> counts;
    store.run<std::pair<qsizetype, qsizetype>>(
        [](LocalStore &local) {
            return std::pair(local.samples(u"c3"_qs, u"node-1"_qs, 0, 5000).size(),
                             local.lastUp(u"c2"_qs).size());
        },
        this, [&](const std::pair<qsizetype, qsizetype> &result) { counts = result; });
    QTRY_VERIFY(counts.has_value());
    QCOMPARE(*counts, (std::pair<qsizetype, qsizetype>(1, 0)));
}

void tst_StoreThread::openFailureIsReported()
{
    // A plain file where the data directory should be.
    const QString blocker = QDir(m_dir->path()).filePath(QStringLiteral("not-a-directory"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
    file.close();
    StoreThread store;
    std::optional<QString> result;
    store.open(blocker, this, [&](const QString &error) { result = error; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->isEmpty());
    QVERIFY(store.filePath().isEmpty());
    // Calls on an unopened store fail instead of crashing.
    std::optional<StoreWriteResult> added;
    store.addProfile(makeProfile(QStringLiteral("x"), QStringLiteral("http://x")), this,
                     [&](const StoreWriteResult &r) { added = r; });
    QTRY_VERIFY(added.has_value());
    QVERIFY(!added->ok);
}

void tst_StoreThread::plantedSecretNeverReachesTheFile()
{
    QString path;
    {
        StoreThread store;
        QVERIFY(open(store));
        path = store.filePath();
        // A profile imported from JSON that carries secrets where none belong.
        QJsonObject json =
            makeProfile(QStringLiteral("Imported"), QStringLiteral("https://lb.example")).toJson();
        json.insert(QStringLiteral("password"), kPlanted);
        json.insert(QStringLiteral("token"), kPlanted);
        const auto profile = ClusterProfile::fromJson(json);
        QVERIFY(profile);
        std::optional<StoreWriteResult> added;
        store.addProfile(*profile, this, [&](const StoreWriteResult &r) { added = r; });
        // A draft whose edit holds write-only secrets.
        ResourceDraft draft;
        draft.clusterId = profile->id;
        draft.resourceType = QStringLiteral("jdbc");
        draft.name = QStringLiteral("orders-db");
        draft.draftJson =
            QStringLiteral(R"({"spec":{"driver":"pg","password":"%1"}})").arg(kPlanted).toUtf8();
        std::optional<bool> saved;
        store.run<bool>([draft](LocalStore &local) { return local.saveDraft(draft); }, this,
                        [&](const bool &ok) { saved = ok; });
        QTRY_VERIFY(added && saved);
        QVERIFY(added->ok);
        QVERIFY(*saved);
    } // closes the store: the WAL is checkpointed into the file
    QVERIFY(!path.isEmpty());
    QByteArray bytes = fileBytes(path);
    QVERIFY(!bytes.isEmpty());
    bytes += fileBytes(path + QStringLiteral("-wal"));
    QVERIFY(bytes.contains("Imported"));
    QVERIFY(!bytes.contains(kPlanted.toUtf8()));
}

QTEST_GUILESS_MAIN(tst_StoreThread)
#include "tst_StoreThread.moc"
