// fleet_poll_bench: the console's polling alone (MonitorHub, no window) against
// bench/fleet_sim_server: every cluster polled at --interval-ms for --seconds after a warm-up.
// Reports the intervals between a cluster's snapshots (p50/p95/max over all clusters), polls
// that were incomplete (cluster unreachable, a node without its answer or clock) or late
// (finding poll.late), the process's CPU (getrusage) over the measured window and its resident
// memory at the end. bench/run-fleet-poll-bench starts the simulator and runs this.
//
//   fleet_poll_bench --ports-file F --password P --nodes N [--seconds 60] [--warmup 10]
//                    [--interval-ms 2000] [--clear-text-http2] [--request-budget 128]

#include "BenchOptions.h"
#include "BenchStats.h"
#include "MonitorHub.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double residentMb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? double(fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE)) / 1048576.0
                             : 0;
}

struct Tally
{
    QHash<QString, qint64> lastMs; // per cluster, its last snapshot on the bench's clock
    QList<double> intervalsMs;
    int polls = 0;
    int incomplete = 0;
    int late = 0;
};

void count(Tally &tally, const QString &id, const ClusterSnapshot &snapshot, qint64 atMs, int nodes)
{
    ++tally.polls;
    int measured = 0;
    for (const NodeSnapshot &node : snapshot.nodes())
        measured += node.clock().measured && node.health() != NodeHealth::Unreachable ? 1 : 0;
    if (!snapshot.isReachable() || snapshot.nodes().size() != nodes || measured != nodes)
        ++tally.incomplete;
    for (const Finding &finding : snapshot.findings())
        tally.late += finding.code == QLatin1String("poll.late") ? 1 : 0;
    if (tally.lastMs.contains(id))
        tally.intervalsMs.append(double(atMs - tally.lastMs.value(id)));
    tally.lastMs.insert(id, atMs);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const BenchOptions::SimulatedFleet fleet;
    const BenchOptions::MeasuredPeriod period;
    const QCommandLineOption intervalOption(QStringLiteral("interval-ms"),
                                            QStringLiteral("Poll interval."), QStringLiteral("ms"),
                                            QStringLiteral("2000"));
    const QCommandLineOption http2Option(QStringLiteral("clear-text-http2"),
                                         QStringLiteral("HTTP/2 with prior knowledge."));
    const QCommandLineOption budgetOption(
        QStringLiteral("request-budget"), QStringLiteral("Requests in flight in all; 0: no cap."),
        QStringLiteral("n"), QString::number(MonitorHub::DefaultRequestBudget));
    parser.addOptions(fleet.options() + period.options());
    parser.addOptions({intervalOption, http2Option, budgetOption});
    parser.process(app);
    QFile ports(parser.value(fleet.portsFile));
    if (!ports.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "fleet_poll_bench: needs a readable --ports-file\n");
        return 64;
    }
    const int nodes = parser.value(fleet.nodes).toInt();
    const int seconds = parser.value(period.seconds).toInt();
    const int warmup = parser.value(period.warmup).toInt();

    MonitorHub hub;
    hub.setClearTextHttp2(parser.isSet(http2Option));
    hub.setRequestBudget(parser.value(budgetOption).toInt());
    for (const QByteArray &line : ports.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        ClusterProfile profile = ClusterProfile::create(
            QStringLiteral("sim-") + QString::fromLatin1(line.trimmed()),
            QUrl(QStringLiteral("http://127.0.0.1:") + QString::fromLatin1(line.trimmed())));
        profile.userName = QStringLiteral("admin");
        profile.pollIntervalMs = parser.value(intervalOption).toInt();
        hub.addCluster(profile);
        hub.setPasswordCredentials(profile.id, profile.userName, parser.value(fleet.password));
    }
    QElapsedTimer clock;
    clock.start();
    bool measuring = false;
    Tally tally;
    QObject::connect(&hub, &MonitorHub::snapshotReady, &app,
                     [&](const QString &id, const ClusterSnapshot &snapshot) {
                         if (measuring)
                             count(tally, id, snapshot, clock.elapsed(), nodes);
                         else
                             tally.lastMs.insert(id, clock.elapsed());
                     });
    double cpuAtStart = 0;
    QTimer::singleShot(warmup * 1000, &app, [&] {
        measuring = true;
        cpuAtStart = cpuSeconds();
        clock.restart();
        tally.lastMs.clear();
        QTimer::singleShot(seconds * 1000, &app, [&] { QCoreApplication::quit(); });
    });
    hub.startAll();
    QCoreApplication::exec();
    const double cpu = cpuSeconds() - cpuAtStart;
    const double wall = double(clock.elapsed()) / 1000.0;
    hub.stopAll();
    std::printf("fleet_poll_bench: %d clusters x %d nodes, %d s measured after %d s warm-up, "
                "request budget %d%s\n",
                hub.count(), nodes, seconds, warmup, hub.requestBudget(),
                parser.isSet(http2Option) ? ", clear-text HTTP/2" : "");
    std::printf("polls %d (%.1f/s), incomplete %d, late %d\n", tally.polls,
                double(tally.polls) / wall, tally.incomplete, tally.late);
    std::printf("interval between a cluster's snapshots: p50 %.0f ms, p95 %.0f ms, max %.0f ms\n",
                BenchStats::median(tally.intervalsMs),
                BenchStats::percentile(tally.intervalsMs, 95),
                BenchStats::percentile(tally.intervalsMs, 100));
    std::printf("process CPU %.1f s in %.1f s: %.0f%% of one core; resident %.0f MB\n", cpu, wall,
                100.0 * cpu / wall, residentMb());
    // Per node answer: the figure a busy machine moves least (it counts work, not waiting).
    if (tally.polls > 0)
        std::printf("process CPU per poll %.1f ms, per node %.0f us\n", 1000.0 * cpu / tally.polls,
                    1e6 * cpu / (double(tally.polls) * nodes));
    return 0;
}
