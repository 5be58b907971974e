// Helper for tst_LocalStore's crash test: writes one poll cycle per transaction through
// LocalStore::recordCycles() (samples, the snapshot and the nodes seen up, all with the cycle
// number as their time), forever, printing "committed <cycle>" after each commit, until the test
// kills it (SIGKILL).
// Usage: StoreCrashWriter <dataDir> <clusterId>
#include "LocalStore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: StoreCrashWriter <dataDir> <clusterId>\n");
        return 2;
    }
    LocalStore store;
    QString error;
    if (!store.open(args.at(1), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString clusterId = args.at(2);
    // Bounded so an orphaned writer cannot fill the disk if the test dies first.
    for (qint64 cycle = 0; cycle < 2000000; ++cycle) {
        ClusterCycleRecord record;
        record.clusterId = clusterId;
        record.timeMs = cycle;
        for (int node = 1; node <= 3; ++node) {
            NodeSample sample;
            sample.nodeId = QStringLiteral("node-%1").arg(node);
            sample.timeMs = cycle;
            sample.state = QStringLiteral("up");
            sample.latencyMs = 1.5 * node;
            sample.offsetMs = 0.25;
            sample.errorMs = 0.5;
            sample.revision = cycle;
            record.samples.append(sample);
            record.upNodeIds.append(sample.nodeId);
        }
        // Large enough to span several pages, so a torn write would show.
        record.snapshot = StoredSnapshot{cycle, QStringLiteral("{\"cycle\":%1,\"padding\":\"%2\"}")
                                                    .arg(cycle)
                                                    .arg(QString(20000, u'x'))
                                                    .toUtf8()};
        if (!store.recordCycles({record})) {
            std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
            return 1;
        }
        std::printf("committed %lld\n", static_cast<long long>(cycle));
        std::fflush(stdout);
    }
    return 0;
}
