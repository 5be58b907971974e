// Writes poll cycles of 50 clusters × 64 nodes to a LocalStore in a temporary directory, each
// cluster's share being what ClusterMonitor persists after a poll (a ClusterCycleRecord: 64
// samples, the cluster's snapshot JSON, 64 nodes seen up). Times each whole cycle with
// QElapsedTimer; building the records and serialising the snapshots is not timed.
//
//   store_bench [--iterations N] [--clusters C] [--nodes N] [--mode batch|thread|per-cluster]
//
// batch (default): LocalStore::recordCycles() with all clusters' records: one transaction, what
//   StoreThread's worker runs when a whole cycle waits for it.
// thread: the app's path: StoreThread::recordCycle() once per cluster from this thread, timed
//   until the last record's callback is back; prints how many transactions that took.
// per-cluster: the old path, appendSamples(), saveSnapshot() and noteNodesUp() per cluster,
//   three commits per cluster.

#include "BenchOptions.h"
#include "BenchStats.h"
#include "ClusterSnapshot.h"
#include "LocalStore.h"
#include "StoreThread.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
#include <ctime>

namespace {

QByteArray snapshotJson(int cluster, int nodes, qint64 now)
{
    QList<NodeSnapshot> list;
    for (int i = 0; i < nodes; ++i) {
        const QString id = QStringLiteral("node-%1").arg(i + 1);
        const auto parsed = NodeSnapshot::fromNodeJson(
            QJsonObject{{"id", id},
                        {"name", id},
                        {"url", QStringLiteral("http://10.0.%1.%2:9101").arg(cluster).arg(i + 1)},
                        {"role", i == 0 ? "primary" : "replica"},
                        {"state", "up"},
                        {"serverVersion", "4.2.0"},
                        {"config", QJsonObject{{"schemaVersion", 1}, {"revision", 42}}}},
            nullptr);
        NodeSnapshot::Clock clock;
        clock.measured = true;
        clock.offsetMs = double(i % 17) - 8.0;
        clock.errorMs = 0.4;
        list.append(parsed->withHealth(NodeHealth::Up, 0).withClock(clock).withLatencyMs(1.2));
    }
    const ClusterSnapshot snapshot = ClusterSnapshot()
                                         .withCluster(QStringLiteral("c%1").arg(cluster),
                                                      QStringLiteral("cluster %1").arg(cluster))
                                         .withTakenAtMs(now)
                                         .withReachable(true)
                                         .withPrimaryId(QStringLiteral("node-1"))
                                         .withNodes(list)
                                         .assessed(AssessmentThresholds{}, now);
    return QJsonDocument(snapshot.toJson()).toJson(QJsonDocument::Compact);
}

// The whole process's CPU time (the worker thread's included), which a busy machine's
// preemption does not inflate the way it inflates wall time.
double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

ClusterProfile benchProfile(int cluster)
{
    ClusterProfile profile =
        ClusterProfile::create(QStringLiteral("cluster %1").arg(cluster),
                               QUrl(QStringLiteral("http://10.0.%1.1:8080").arg(cluster)));
    profile.userName = QStringLiteral("admin");
    return profile;
}

// One cycle's records, one per cluster, as ClusterMonitor::persist() builds them.
QList<ClusterCycleRecord> cycleRecords(const QStringList &ids, const QList<QByteArray> &snapshots,
                                       int nodes, int cycle, qint64 now)
{
    QList<ClusterCycleRecord> records;
    for (qsizetype c = 0; c < ids.size(); ++c) {
        ClusterCycleRecord record{ids.at(c), now, {}, StoredSnapshot{now, snapshots.at(c)}, {}};
        for (int i = 0; i < nodes; ++i) {
            const QString nodeId = QStringLiteral("node-%1").arg(i + 1);
            record.samples.append({nodeId, now, QStringLiteral("up"), 1.0 + 0.01 * double(i),
                                   double((cycle + i) % 40) - 20.0, 0.4, 42 + cycle, i % 5,
                                   qint64(200 + i) * 1024 * 1024});
            record.upNodeIds.append(nodeId);
        }
        records.append(record);
    }
    return records;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const BenchOptions::FleetRuns runs(parser, QStringLiteral("Cycles."), QStringLiteral("100"));
    const QCommandLineOption modeOption(QStringLiteral("mode"),
                                        QStringLiteral("batch, thread or per-cluster."),
                                        QStringLiteral("mode"), QStringLiteral("batch"));
    const QCommandLineOption partsOption(
        QStringLiteral("parts"),
        QStringLiteral("What each record carries: all, samples, snapshot or last-up (to see what "
                       "each part costs)."),
        QStringLiteral("parts"), QStringLiteral("all"));
    parser.addOptions({modeOption, partsOption});
    parser.process(app);
    const auto [iterations, clusters, nodes] = runs.values(parser);
    const QString mode = parser.value(modeOption);
    const QString parts = parser.value(partsOption);
    if (!QStringList{u"all"_s, u"samples"_s, u"snapshot"_s, u"last-up"_s}.contains(parts)) {
        std::fprintf(stderr, "store_bench: unknown --parts %s\n", qPrintable(parts));
        return 2;
    }
    if (mode != QLatin1String("batch") && mode != QLatin1String("thread") &&
        mode != QLatin1String("per-cluster")) {
        std::fprintf(stderr, "store_bench: unknown --mode %s\n", qPrintable(mode));
        return 2;
    }

    QTemporaryDir directory;
    if (!directory.isValid()) {
        std::fprintf(stderr, "store_bench: no temporary directory\n");
        return 1;
    }
    QStringList ids;
    {
        LocalStore setup;
        QString error;
        if (!setup.open(directory.path(), &error)) {
            std::fprintf(stderr, "store_bench: cannot open a store: %s\n", qPrintable(error));
            return 1;
        }
        for (int c = 0; c < clusters; ++c) {
            const ClusterProfile profile = benchProfile(c);
            if (!setup.addProfile(profile)) {
                std::fprintf(stderr, "store_bench: %s\n", qPrintable(setup.lastError()));
                return 1;
            }
            ids.append(profile.id);
        }
    }
    const qint64 start = 1795759403000;
    QList<QByteArray> snapshots;
    for (int c = 0; c < clusters; ++c)
        snapshots.append(snapshotJson(c, nodes, start));

    // Only one of the two is open: LocalStore binds its connection to the opening thread.
    LocalStore store;
    StoreThread storeThread;
    qint64 transactions = 0;
    QObject::connect(&storeThread, &StoreThread::cyclesWritten,
                     [&transactions] { ++transactions; });
    QObject::connect(&storeThread, &StoreThread::writeFailed, [](const QString &message) {
        std::fprintf(stderr, "store_bench: %s\n", qPrintable(message));
    });
    QString error;
    if (mode == QLatin1String("thread")) {
        QEventLoop loop;
        storeThread.open(directory.path(), nullptr, [&](const QString &message) {
            error = message;
            loop.quit();
        });
        loop.exec();
    } else {
        store.open(directory.path(), &error);
    }
    if (!error.isEmpty()) {
        std::fprintf(stderr, "store_bench: cannot open a store: %s\n", qPrintable(error));
        return 1;
    }

    QList<double> times;
    QList<double> cpuTimes;
    bool ok = true;
    for (int cycle = 0; cycle < iterations && ok; ++cycle) {
        const qint64 now = start + qint64(cycle) * 5000;
        QList<ClusterCycleRecord> records = cycleRecords(ids, snapshots, nodes, cycle, now);
        for (ClusterCycleRecord &record : records) {
            if (parts != u"all" && parts != u"samples")
                record.samples.clear();
            if (parts != u"all" && parts != u"snapshot")
                record.snapshot.reset();
            if (parts != u"all" && parts != u"last-up")
                record.upNodeIds.clear();
        }
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = processCpuMs();
        if (mode == QLatin1String("batch")) {
            ok = store.recordCycles(records);
        } else if (mode == QLatin1String("per-cluster")) {
            for (const ClusterCycleRecord &record : records) {
                ok = ok && store.appendSamples(record.clusterId, record.samples) &&
                     (!record.snapshot || store.saveSnapshot(record.clusterId, *record.snapshot)) &&
                     store.noteNodesUp(record.clusterId, record.upNodeIds, record.timeMs);
            }
        } else {
            QEventLoop loop;
            qsizetype pending = records.size();
            for (const ClusterCycleRecord &record : records) {
                storeThread.recordCycle(record, &loop, [&](const bool &written) {
                    ok = ok && written;
                    if (--pending == 0)
                        loop.quit();
                });
            }
            loop.exec();
        }
        cpuTimes.append(processCpuMs() - cpuStart);
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    if (!ok) {
        std::fprintf(stderr, "store_bench: a write failed: %s\n",
                     qPrintable(mode == QLatin1String("thread") ? QStringLiteral("(written above)")
                                                                : store.lastError()));
        return 1;
    }
    const QString file =
        mode == QLatin1String("thread") ? storeThread.filePath() : store.filePath();
    store.close();
    std::printf(
        "store_bench --mode %s --parts %s: %d cycles of %d clusters x (%d samples + a snapshot of "
        "%lld bytes of JSON + %d last-up times)\n",
        qPrintable(mode), qPrintable(parts), iterations, clusters, nodes,
        qlonglong(snapshots.constFirst().size()), nodes);
    if (mode == QLatin1String("thread")) {
        QCoreApplication::processEvents(); // the last cyclesWritten signals
        std::printf("  transactions per cycle: %.2f\n", double(transactions) / iterations);
    }
    std::printf("  per cycle: median %.3f ms, mean %.3f ms, p99 %.3f ms, max %.3f ms; store file "
                "%lld KiB\n",
                BenchStats::median(times), BenchStats::mean(times),
                BenchStats::percentile(times, 99), BenchStats::percentile(times, 100),
                QFileInfo(file).size() / 1024);
    std::printf("  process CPU time per cycle: median %.3f ms, mean %.3f ms, p99 %.3f ms\n",
                BenchStats::median(cpuTimes), BenchStats::mean(cpuTimes),
                BenchStats::percentile(cpuTimes, 99));
    return 0;
}
