// Helper for tst_LocalStore's crash test: appends one poll cycle of samples per transaction,
// forever, printing "committed <cycle>" after each commit, until the test kills it (SIGKILL).
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
        QList<NodeSample> samples;
        for (int node = 1; node <= 3; ++node) {
            NodeSample sample;
            sample.nodeId = QStringLiteral("node-%1").arg(node);
            sample.timeMs = cycle;
            sample.state = QStringLiteral("up");
            sample.latencyMs = 1.5 * node;
            sample.offsetMs = 0.25;
            sample.errorMs = 0.5;
            sample.revision = cycle;
            samples.append(sample);
        }
        if (!store.appendSamples(clusterId, samples)) {
            std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
            return 1;
        }
        std::printf("committed %lld\n", static_cast<long long>(cycle));
        std::fflush(stdout);
    }
    return 0;
}
