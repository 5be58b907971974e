// exporter_metrics_bench: what one scrape of `clusterdesk exporter` costs the exporter, without
// HTTP or polling: ExporterMetrics::render over a synthetic fleet (default 50 clusters x 64
// nodes, every node answering with clock, config and kernel clock fields). Prints the median and
// p99 render time and the page size; bench/run-exporter-bench measures the whole process.
// --dump FILE writes the last page, to compare two builds' output byte for byte.
// Usage: exporter_metrics_bench [--clusters 50] [--nodes 64] [--runs 30] [--dump FILE]
#include "BenchStats.h"
#include "ExporterMetrics.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>

#include <cstdio>
#include <ctime>

namespace {

// This thread's CPU time: on a machine shared with other work, the render's own cost.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

NodeSnapshot syntheticNode(int index, qint64 revision)
{
    const QString id = QStringLiteral("node-%1").arg(index + 1);
    const QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("role"),
         index == 0 ? QStringLiteral("primary") : QStringLiteral("replica")},
        {QStringLiteral("serverVersion"), QStringLiteral("4.2.0")},
        {QStringLiteral("state"), QStringLiteral("up")},
        {QStringLiteral("config"), QJsonObject{{QStringLiteral("schemaVersion"), 3},
                                               {QStringLiteral("revision"), revision - index % 3},
                                               {QStringLiteral("checksum"), QStringLiteral("c")}}},
        {QStringLiteral("clock"), QJsonObject{{QStringLiteral("synchronized"), true},
                                              {QStringLiteral("maxErrorUs"), 1200 + index}}},
    };
    QString error;
    const NodeSnapshot node = *NodeSnapshot::fromNodeJson(json, &error);
    NodeSnapshot::Clock clock = node.clock();
    clock.measured = true;
    clock.offsetMs = 0.37 * index;
    clock.errorMs = 0.21;
    clock.offsetVsMedianMs = 0.37 * index - 11.5;
    // A few nodes that missed the poll or are down, so --dump covers what they leave out.
    const NodeHealth health = index % 23 == 7 ? NodeHealth::Unreachable : NodeHealth::Up;
    const int missed = index % 17 == 5 ? 1 : (health == NodeHealth::Unreachable ? 3 : 0);
    return node.withClock(clock).withHealth(health, missed).withLatencyMs(1.5 + index * 0.01);
}

ExporterState syntheticFleet(int clusters, int nodes)
{
    ExporterState state;
    metrics::Histogram durations;
    durations.observe(0.08);
    for (int c = 0; c < clusters; ++c) {
        QList<NodeSnapshot> list;
        for (int n = 0; n < nodes; ++n)
            list.append(syntheticNode(n, 1000 + c));
        ExporterClusterState cluster;
        cluster.name = QStringLiteral("fleet-%1").arg(c + 1, 2, 10, QLatin1Char('0'));
        if (c == 0)
            cluster.name += QStringLiteral(" \"quoted\" back\\slash"); // escaped labels
        if (c % 7 == 3)
            cluster.pollErrors.insert(QStringLiteral("timeout"), c);
        cluster.snapshot = ClusterSnapshot()
                               .withReachable(true)
                               .withPrimaryId(QStringLiteral("node-1"))
                               .withNodes(list);
        cluster.pollDurations = durations.snapshot();
        cluster.lastPollEndMs = 1700000000000 + c;
        state.clusters.append(cluster);
    }
    return state;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption clusters(QStringLiteral("clusters"), QStringLiteral("Clusters."),
                                      QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption nodes(QStringLiteral("nodes"), QStringLiteral("Nodes per cluster."),
                                   QStringLiteral("n"), QStringLiteral("64"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Renders."),
                                  QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption dump(QStringLiteral("dump"), QStringLiteral("Write the page."),
                                  QStringLiteral("file"));
    parser.addOptions({clusters, nodes, runs, dump});
    parser.process(app);

    const ExporterState state =
        syntheticFleet(parser.value(clusters).toInt(), parser.value(nodes).toInt());
    QList<double> ms;
    QList<double> cpuMs;
    QByteArray page;
    for (int i = 0; i < parser.value(runs).toInt(); ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        page = ExporterMetrics::render(state);
        cpuMs.append(threadCpuMs() - cpuStart);
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    if (parser.isSet(dump)) {
        QFile file(parser.value(dump));
        if (!file.open(QIODevice::WriteOnly) || file.write(page) != page.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(dump)));
            return 1;
        }
    }
    std::printf("render %d x %d nodes: median %.1f ms, p99 %.1f ms, %lld bytes\n",
                parser.value(clusters).toInt(), parser.value(nodes).toInt(), BenchStats::median(ms),
                BenchStats::percentile(ms, 99), qint64(page.size()));
    std::printf("render CPU (this thread): median %.1f ms, p99 %.1f ms\n",
                BenchStats::median(cpuMs), BenchStats::percentile(cpuMs, 99));
    return 0;
}
