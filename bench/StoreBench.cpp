// Writes one poll cycle of 50 clusters × 64 nodes to a LocalStore in a temporary directory, as
// ClusterMonitor does: per cluster, appendSamples() (one transaction with the 64 samples) and
// saveSnapshot() (the cluster's ~64-node snapshot JSON), so 100 commits per cycle. Times each
// whole cycle with QElapsedTimer; serialising the snapshots is not timed. Prints median and p99.
//
//   store_bench [--iterations N] [--clusters C] [--nodes N]

#include "BenchStats.h"
#include "ClusterSnapshot.h"
#include "LocalStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>

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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption iterationsOption(QStringLiteral("iterations"),
                                              QStringLiteral("Cycles."), QStringLiteral("n"),
                                              QStringLiteral("100"));
    const QCommandLineOption clustersOption(QStringLiteral("clusters"), QStringLiteral("Clusters."),
                                            QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption nodesOption(QStringLiteral("nodes"), QStringLiteral("Nodes each."),
                                         QStringLiteral("n"), QStringLiteral("64"));
    parser.addOptions({iterationsOption, clustersOption, nodesOption});
    parser.process(app);
    const int iterations = std::max(1, parser.value(iterationsOption).toInt());
    const int clusters = std::max(1, parser.value(clustersOption).toInt());
    const int nodes = std::max(1, parser.value(nodesOption).toInt());

    QTemporaryDir directory;
    LocalStore store;
    QString error;
    if (!directory.isValid() || !store.open(directory.path(), &error)) {
        std::fprintf(stderr, "store_bench: cannot open a store: %s\n", qPrintable(error));
        return 1;
    }
    QStringList ids;
    for (int c = 0; c < clusters; ++c) {
        ClusterProfile profile =
            ClusterProfile::create(QStringLiteral("cluster %1").arg(c),
                                   QUrl(QStringLiteral("http://10.0.%1.1:8080").arg(c)));
        profile.userName = QStringLiteral("admin");
        if (!store.addProfile(profile)) {
            std::fprintf(stderr, "store_bench: %s\n", qPrintable(store.lastError()));
            return 1;
        }
        ids.append(profile.id);
    }
    const qint64 start = 1795759403000;
    QList<QByteArray> snapshots;
    for (int c = 0; c < clusters; ++c)
        snapshots.append(snapshotJson(c, nodes, start));

    QList<double> times;
    for (int cycle = 0; cycle < iterations; ++cycle) {
        const qint64 now = start + qint64(cycle) * 5000;
        QList<QList<NodeSample>> samples;
        for (int c = 0; c < clusters; ++c) {
            QList<NodeSample> cluster;
            for (int i = 0; i < nodes; ++i) {
                cluster.append({QStringLiteral("node-%1").arg(i + 1), now, QStringLiteral("up"),
                                1.0 + 0.01 * double(i), double((cycle + i) % 40) - 20.0, 0.4,
                                42 + cycle});
            }
            samples.append(cluster);
        }
        QElapsedTimer timer;
        timer.start();
        for (int c = 0; c < clusters; ++c) {
            if (!store.appendSamples(ids.at(c), samples.at(c)) ||
                !store.saveSnapshot(ids.at(c), {now, snapshots.at(c)})) {
                std::fprintf(stderr, "store_bench: %s\n", qPrintable(store.lastError()));
                return 1;
            }
        }
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    const QString file = store.filePath();
    store.close();
    std::printf("store_bench: %d cycles of %d clusters x %d samples + %d snapshots (%lld bytes "
                "of JSON each), one transaction per cluster for the samples, one per snapshot\n",
                iterations, clusters, nodes, clusters, qlonglong(snapshots.constFirst().size()));
    std::printf("  per cycle: median %.3f ms, p99 %.3f ms, max %.3f ms; store file %lld KiB\n",
                BenchStats::median(times), BenchStats::percentile(times, 99),
                BenchStats::percentile(times, 100), QFileInfo(file).size() / 1024);
    return 0;
}
