// Applies one poll of 50 clusters × 64 nodes (synthetic ClusterSnapshots whose clock offsets
// change every poll) to 50 NodeTableModels and times each full application (all 50
// setSnapshot calls) with QElapsedTimer, and the CPU time this thread spent on it (which a busy
// machine's preemption does not inflate). Building the snapshots is not timed. No window, no
// cluster: QtCore only. Prints median and p99 in ms.
//
//   model_bench [--iterations N] [--clusters C] [--nodes N]

#include "BenchOptions.h"
#include "BenchStats.h"
#include "ClockAssessment.h"
#include "NodeTableModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

namespace {

NodeSnapshot baseNode(int index)
{
    const QString id = QStringLiteral("node-%1").arg(index + 1);
    const auto parsed = NodeSnapshot::fromNodeJson(
        QJsonObject{{"id", id},
                    {"name", id},
                    {"url", QStringLiteral("http://10.0.0.%1:9101").arg(index + 1)},
                    {"role", index == 0 ? "primary" : "replica"},
                    {"state", "up"},
                    {"serverVersion", "4.2.0"},
                    {"uptimeSeconds", 3600 + index},
                    {"config", QJsonObject{{"schemaVersion", 1},
                                           {"revision", 42},
                                           {"primaryRevision", 42},
                                           {"lag", 0},
                                           {"syncState", "in-sync"}}}},
        nullptr);
    return parsed->withHealth(NodeHealth::Up, 0).withLatencyMs(1.5).withLastSeenMs(1795759403000);
}

// One cluster's poll number `poll`: every node's offset moves a little, as real clocks do.
ClusterSnapshot pollOf(const QList<NodeSnapshot> &base, int cluster, int poll,
                       const ClockAssessment &clock)
{
    QList<NodeSnapshot> nodes;
    nodes.reserve(base.size());
    for (qsizetype i = 0; i < base.size(); ++i) {
        NodeSnapshot::Clock sample;
        sample.measured = true;
        sample.offsetMs =
            double((poll * 7 + i * 13 + cluster) % 40) - 20.0 + 0.1 * double(poll % 10);
        sample.errorMs = 0.3 + 0.01 * double(i % 5);
        nodes.append(
            base.at(i).withClock(sample).withLatencyMs(1.0 + 0.1 * double((poll + i) % 9)));
    }
    const qint64 now = 1795759403000 + qint64(poll) * 5000;
    return ClusterSnapshot()
        .withCluster(QStringLiteral("cluster-%1").arg(cluster), QStringLiteral("c%1").arg(cluster))
        .withTakenAtMs(now)
        .withReachable(true)
        .withPrimaryId(QStringLiteral("node-1"))
        .withNodes(clock.apply(nodes))
        .assessed(AssessmentThresholds{}, now);
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const BenchOptions::FleetRuns runs(parser, QStringLiteral("Polls."), QStringLiteral("200"));
    parser.process(app);
    const auto [iterations, clusters, nodeCount] = runs.values(parser);

    QList<NodeSnapshot> base;
    for (int i = 0; i < nodeCount; ++i)
        base.append(baseNode(i));
    const ClockAssessment clock;
    std::vector<std::unique_ptr<NodeTableModel>> models;
    qint64 changedSignals = 0;
    for (int c = 0; c < clusters; ++c) {
        models.push_back(std::make_unique<NodeTableModel>());
        QObject::connect(models.back().get(), &QAbstractItemModel::dataChanged,
                         [&changedSignals] { ++changedSignals; });
        models.back()->setSnapshot(pollOf(base, c, 0, clock)); // rows inserted once
    }

    QList<double> times;
    QList<double> cpuTimes;
    for (int poll = 1; poll <= iterations; ++poll) {
        QList<ClusterSnapshot> snapshots;
        for (int c = 0; c < clusters; ++c)
            snapshots.append(pollOf(base, c, poll, clock));
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        for (int c = 0; c < clusters; ++c)
            models[size_t(c)]->setSnapshot(snapshots.at(c));
        cpuTimes.append(threadCpuMs() - cpuStart);
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("model_bench: %d clusters x %d nodes, %d polls applied to NodeTableModels\n",
                clusters, nodeCount, iterations);
    std::printf("  per full application: median %.3f ms, p99 %.3f ms, max %.3f ms\n",
                BenchStats::median(times), BenchStats::percentile(times, 99),
                BenchStats::percentile(times, 100));
    std::printf("  thread CPU time per application: median %.3f ms, p99 %.3f ms\n",
                BenchStats::median(cpuTimes), BenchStats::percentile(cpuTimes, 99));
    std::printf("  dataChanged signals per application: %.1f\n",
                double(changedSignals) / double(iterations));
    return 0;
}
