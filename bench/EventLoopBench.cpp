// event_loop_bench: is the window responsive while it polls a large fleet? The real MainWindow
// (ConsoleSession, MonitorHub, StoreThread, ClusterPage, as app/main.cpp wires them) with one
// saved profile per simulated cluster (bench/fleet_sim_server), the first cluster's Nodes tab in
// front with a node selected (table, details, history charts update every poll). A precise
// timer re-armed every --tick-ms on the UI thread records how late each tick fires; after a
// warm-up, --seconds of ticks give p50/p99/max. Polls are counted and checked: the bench fails
// when a poll in the window is incomplete (unreachable or a node unanswered) or a cluster was
// not polled at all. Run it with bench/run-eventloop-bench.
//
// With --profile it also says where the UI thread's time went: per receiver class and event
// type, the thread CPU time of each top-level event dispatch (so time the scheduler gave to
// other processes does not count) and its wall time.
//
// Usage: event_loop_bench --ports-file FILE [--password P] [--nodes 64] [--seconds 60]
//        [--warmup 10] [--tick-ms 5] [--poll-interval-ms 2000] [--profile]
#include "AppSettings.h"
#include "BenchOptions.h"
#include "BenchStats.h"
#include "ClusterPage.h"
#include "ClusterSnapshot.h"
#include "ConsoleSession.h"
#include "LocalStore.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "NodeTableModel.h"
#include "NodesPanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>

#include <cstdio>
#include <ctime>
#include <optional>

namespace {

struct Options
{
    QList<quint16> ports;
    QString password;
    int nodes = 64;
    int seconds = 60;
    int warmupSeconds = 10;
    int tickMs = 5;
    int pollIntervalMs = 2000;
    bool profile = false;
};

int failed(const QString &text)
{
    std::fprintf(stderr, "event_loop_bench: FAILED: %s\n", qPrintable(text));
    return 1;
}

std::optional<Options> parseOptions(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    const BenchOptions::SimulatedFleet fleet;
    const BenchOptions::MeasuredPeriod period;
    const QCommandLineOption tick(QStringLiteral("tick-ms"), QStringLiteral("Probe period."),
                                  QStringLiteral("ms"), QStringLiteral("5"));
    const QCommandLineOption interval(QStringLiteral("poll-interval-ms"),
                                      QStringLiteral("Each profile's poll interval."),
                                      QStringLiteral("ms"), QStringLiteral("2000"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QStringLiteral("Time the UI thread's event dispatches."));
    parser.addOptions(fleet.options() + period.options());
    parser.addOptions({tick, interval, profile});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    Options options;
    options.password = parser.value(fleet.password);
    options.nodes = parser.value(fleet.nodes).toInt();
    options.seconds = parser.value(period.seconds).toInt();
    options.warmupSeconds = parser.value(period.warmup).toInt();
    options.tickMs = parser.value(tick).toInt();
    options.pollIntervalMs = parser.value(interval).toInt();
    options.profile = parser.isSet(profile);
    QFile file(parser.value(fleet.portsFile));
    if (!parser.isSet(fleet.portsFile) || !file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("--ports-file is missing or unreadable");
        return std::nullopt;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        bool ok = false;
        const uint port = line.trimmed().toUInt(&ok);
        if (ok && port > 0 && port < 65536)
            options.ports.append(quint16(port));
    }
    if (options.ports.isEmpty() || options.nodes < 1 || options.seconds < 1 ||
        options.warmupSeconds < 0 || options.tickMs < 1 ||
        options.pollIntervalMs < ClusterProfile::MinPollIntervalMs) {
        *error = QStringLiteral("bad arguments (no ports, or a value out of range)");
        return std::nullopt;
    }
    return options;
}

// Saved profiles, as a user who added them earlier would have them when the window starts.
QStringList seedProfiles(const QString &dataDir, const Options &options, MemorySecretStore *secrets,
                         QString *error)
{
    LocalStore store;
    if (!store.open(dataDir, error))
        return {};
    QStringList ids;
    for (int i = 0; i < options.ports.size(); ++i) {
        ClusterProfile profile = ClusterProfile::create(
            QStringLiteral("sim-%1").arg(i + 1, 2, 10, QLatin1Char('0')),
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(options.ports.at(i))));
        profile.userName = QStringLiteral("admin");
        profile.pollIntervalMs = options.pollIntervalMs;
        profile.sortOrder = i;
        ProfileValidationError problem;
        if (!store.addProfile(profile, &problem)) {
            *error =
                QStringLiteral("cannot save a profile: %1 %2").arg(problem.field, problem.reason);
            return {};
        }
        secrets->insert(profile.id, options.password);
        ids.append(profile.id);
    }
    return ids;
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Times every top-level event dispatch on the UI thread while profiling is on.
class ProfilingApplication final : public QApplication
{
public:
    struct Cost
    {
        qint64 count = 0;
        double cpuMs = 0;
        double maxCpuMs = 0;
        double maxWallMs = 0;
    };

    using QApplication::QApplication;

    void setProfiling(bool on) { m_profiling = on; }
    const QHash<QByteArray, Cost> &costs() const { return m_costs; }

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_profiling || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        // Read before dispatching: the receiver may delete itself (DeferredDelete).
        QByteArray key = QByteArray(receiver->metaObject()->className()) + ' ' +
                         QByteArray::number(int(event->type()));
        if (qobject_cast<QTimer *>(receiver) && receiver->parent()) // whose timer it is
            key += QByteArray(" in ") + receiver->parent()->metaObject()->className();
        ++m_depth;
        m_wall.start();
        const double cpuBefore = threadCpuSeconds();
        const bool result = QApplication::notify(receiver, event);
        const double cpuMs = (threadCpuSeconds() - cpuBefore) * 1000.0;
        const double wallMs = double(m_wall.nsecsElapsed()) / 1e6;
        --m_depth;
        Cost &cost = m_costs[key];
        ++cost.count;
        cost.cpuMs += cpuMs;
        cost.maxCpuMs = std::max(cost.maxCpuMs, cpuMs);
        cost.maxWallMs = std::max(cost.maxWallMs, wallMs);
        return result;
    }

private:
    bool m_profiling = false;
    int m_depth = 0;
    QElapsedTimer m_wall;
    QHash<QByteArray, Cost> m_costs;
};

void printProfile(const QHash<QByteArray, ProfilingApplication::Cost> &costs, int seconds)
{
    QList<std::pair<QByteArray, ProfilingApplication::Cost>> rows;
    for (auto it = costs.cbegin(); it != costs.cend(); ++it)
        rows.append({it.key(), it.value()});
    std::sort(rows.begin(), rows.end(),
              [](const auto &a, const auto &b) { return a.second.cpuMs > b.second.cpuMs; });
    std::printf("event_loop_bench: UI thread dispatches by receiver class and QEvent type "
                "(CPU ms per second of run, count per second, longest CPU / wall ms):\n");
    for (qsizetype i = 0; i < std::min<qsizetype>(rows.size(), 15); ++i) {
        const auto &[key, cost] = rows.at(i);
        std::printf("  %-48s %7.1f ms/s %7.0f/s  max %6.1f / %6.1f ms\n", key.constData(),
                    cost.cpuMs / seconds, double(cost.count) / seconds, cost.maxCpuMs,
                    cost.maxWallMs);
    }
    std::sort(rows.begin(), rows.end(),
              [](const auto &a, const auto &b) { return a.second.maxCpuMs > b.second.maxCpuMs; });
    std::printf("event_loop_bench: longest single dispatches (CPU ms):");
    for (qsizetype i = 0; i < std::min<qsizetype>(rows.size(), 6); ++i)
        std::printf(" %s %.1f;", rows.at(i).first.constData(), rows.at(i).second.maxCpuMs);
    std::printf("\n");
}

// What the measurement window saw of the polls.
struct PollTally
{
    int complete = 0;
    int failed = 0;
    QString firstFailure;
    QHash<QString, int> perCluster;
    QHash<QString, qint64> pollStartedNs;
    QList<double> durationsMs;
};

} // namespace

int main(int argc, char **argv)
{
    ProfilingApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Clusterdesk"));
    QApplication::setApplicationName(QStringLiteral("ClusterdeskEventLoopBench"));
    QStandardPaths::setTestModeEnabled(true); // never the user's own settings or data
    QString error;
    const std::optional<Options> parsed = parseOptions(QApplication::arguments(), &error);
    if (!parsed) {
        std::fprintf(stderr, "event_loop_bench: %s\n", qPrintable(error));
        return 2;
    }
    const Options options = *parsed;

    QTemporaryDir dir;
    if (!dir.isValid())
        return failed(QStringLiteral("no temporary directory"));
    const QString dataDir = dir.filePath(QStringLiteral("data"));
    auto *secrets = new MemorySecretStore;
    const QStringList ids = seedProfiles(dataDir, options, secrets, &error);
    if (ids.isEmpty()) {
        delete secrets;
        return failed(error);
    }

    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    ConsoleSession session(secrets);
    MainWindow window(&session, &settings);
    window.resize(1280, 800);
    window.show();

    QElapsedTimer clock;
    clock.start();
    const qint64 warmupEndNs = qint64(options.warmupSeconds) * 1'000'000'000;
    const qint64 endNs = warmupEndNs + qint64(options.seconds) * 1'000'000'000;
    auto measuring = [&] {
        const qint64 now = clock.nsecsElapsed();
        return now >= warmupEndNs && now < endNs;
    };

    // A failure during the run ends the event loop; the teardown below is the normal one.
    QString failure;
    auto failNow = [&failure](const QString &text) {
        if (failure.isEmpty())
            failure = text;
        QApplication::exit(1);
    };

    PollTally tally;
    QObject::connect(session.monitorService(), &MonitorService::pollStateChanged, &app,
                     [&](const QString &id, ClusterMonitor::PollState state, qint64) {
                         if (state == ClusterMonitor::PollState::Polling)
                             tally.pollStartedNs.insert(id, clock.nsecsElapsed());
                     });
    QString shownProfile;
    QObject::connect(
        session.monitorService(), &MonitorService::snapshotReady, &app,
        [&](const QString &id, const ClusterSnapshot &snapshot) {
            if (snapshot.isStale())
                return;
            if (shownProfile.isEmpty() && id == window.currentProfileId() &&
                snapshot.isReachable()) {
                // The first live answer of the cluster in front: show its Nodes tab with a node
                // selected, so the table, details pane and history charts all follow the polls.
                if (auto *page = qobject_cast<ClusterPage *>(window.currentPage())) {
                    page->setCurrentWidget(page->nodes());
                    QTimer::singleShot(0, page, [page, failNow] {
                        if (!page->nodes()->selectNode(QStringLiteral("node-2")))
                            failNow(QStringLiteral("node-2 is not in the Nodes table"));
                    });
                    shownProfile = id;
                }
            }
            if (!measuring())
                return;
            // Complete: every node answered /api/v1/node and its clock was measured.
            int answered = 0;
            QString nodeError;
            for (const NodeSnapshot &node : snapshot.nodes()) {
                if (node.lastSeenMs() == snapshot.takenAtMs() && node.clock().measured)
                    ++answered;
                else if (nodeError.isEmpty())
                    nodeError = node.id() + QStringLiteral(": ") + node.error();
            }
            if (!snapshot.isReachable() || answered != options.nodes) {
                ++tally.failed;
                if (tally.firstFailure.isEmpty())
                    tally.firstFailure = QStringLiteral("%1: reachable %2, %3 of %4 nodes "
                                                        "answered with a clock (%5 %6)")
                                             .arg(snapshot.clusterName())
                                             .arg(snapshot.isReachable())
                                             .arg(answered)
                                             .arg(options.nodes)
                                             .arg(snapshot.error(), nodeError);
                return;
            }
            ++tally.complete;
            ++tally.perCluster[id];
            if (tally.pollStartedNs.contains(id))
                tally.durationsMs.append(
                    double(clock.nsecsElapsed() - tally.pollStartedNs.take(id)) / 1e6);
        });
    QObject::connect(&session, &ConsoleSession::started, &app, [&](const QString &startError) {
        if (!startError.isEmpty())
            failNow(QStringLiteral("the session did not start: %1").arg(startError));
    });

    // The probe: a single-shot precise timer re-armed at every tick; lateness is how much later
    // than asked it fired, which is how long any event arriving then would have waited.
    QList<double> latenessMs;
    latenessMs.reserve(int(qint64(options.seconds) * 1000 / options.tickMs) + 16);
    QTimer probe;
    probe.setSingleShot(true);
    probe.setTimerType(Qt::PreciseTimer);
    qint64 armedAtNs = 0;
    double uiCpuAtStart = 0;
    double processCpuAtStart = 0;
    bool probing = false;
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (now >= endNs) {
            app.setProfiling(false);
            QApplication::exit(0);
            return;
        }
        if (now >= warmupEndNs) {
            if (!probing) {
                probing = true;
                app.setProfiling(options.profile);
                uiCpuAtStart = threadCpuSeconds();
                processCpuAtStart = processCpuSeconds();
            }
            latenessMs.append(double(now - armedAtNs) / 1e6 - options.tickMs);
        }
        armedAtNs = clock.nsecsElapsed();
        probe.start(options.tickMs);
    });

    session.start(dataDir);
    armedAtNs = clock.nsecsElapsed();
    probe.start(options.tickMs);
    const int exitCode = app.exec();
    if (exitCode != 0)
        return failed(failure);
    const double uiCpu = threadCpuSeconds() - uiCpuAtStart;
    const double processCpu = processCpuSeconds() - processCpuAtStart;

    const int clusters = int(ids.size());
    std::printf("event_loop_bench: %d clusters x %d nodes, poll interval %d ms, %d s measured "
                "after %d s warm-up, %d ms probe timer\n",
                clusters, options.nodes, options.pollIntervalMs, options.seconds,
                options.warmupSeconds, options.tickMs);
    const double periodS =
        tally.complete > 0 ? double(options.seconds) * clusters / tally.complete : 0;
    std::printf("event_loop_bench: polls completed %d (%.1f/s, each cluster every %.2f s on "
                "average), incomplete %d\n",
                tally.complete, double(tally.complete) / options.seconds, periodS, tally.failed);
    std::printf("event_loop_bench: poll duration (start to snapshot) p50 %.0f ms, p99 %.0f ms\n",
                BenchStats::percentile(tally.durationsMs, 50),
                BenchStats::percentile(tally.durationsMs, 99));
    int over16 = 0;
    int over50 = 0;
    for (const double late : std::as_const(latenessMs)) {
        over16 += late > 16 ? 1 : 0;
        over50 += late > 50 ? 1 : 0;
    }
    const double p99 = BenchStats::percentile(latenessMs, 99);
    std::printf("event_loop_bench: tick lateness over %lld ticks: p50 %.2f ms, p90 %.2f ms, "
                "p99 %.2f ms, p99.9 %.2f ms, max %.1f ms; %d ticks over 16 ms, %d over 50 ms\n",
                static_cast<long long>(latenessMs.size()), BenchStats::percentile(latenessMs, 50),
                BenchStats::percentile(latenessMs, 90), p99,
                BenchStats::percentile(latenessMs, 99.9), BenchStats::percentile(latenessMs, 100),
                over16, over50);
    std::printf("event_loop_bench: CPU in the window: UI thread %.0f%%, whole process %.0f%% of "
                "one core\n",
                100.0 * uiCpu / options.seconds, 100.0 * processCpu / options.seconds);
    std::printf("event_loop_bench: goal p99 < 16 ms: %s\n", p99 < 16 ? "met" : "NOT met");
    if (options.profile)
        printProfile(app.costs(), options.seconds);
    std::fflush(stdout);

    if (tally.failed > 0)
        return failed(QStringLiteral("%1 incomplete polls, first: %2")
                          .arg(tally.failed)
                          .arg(tally.firstFailure));
    for (const QString &id : ids) {
        if (tally.perCluster.value(id) == 0)
            return failed(QStringLiteral("a cluster completed no poll in the measured window"));
    }
    // The UI really showed the polled data: 64 rows in the table of the cluster in front.
    auto *page = qobject_cast<ClusterPage *>(window.pageFor(shownProfile));
    if (shownProfile.isEmpty() || !page || page->currentWidget() != page->nodes())
        return failed(QStringLiteral("no cluster page with its Nodes tab was shown"));
    if (page->nodes()->model()->rowCount() != options.nodes)
        return failed(QStringLiteral("the Nodes table has %1 rows, expected %2")
                          .arg(page->nodes()->model()->rowCount())
                          .arg(options.nodes));
    if (page->nodes()->selectedNodeId() != QLatin1String("node-2"))
        return failed(QStringLiteral("node-2 is not selected"));

    if (latenessMs.size() < 10)
        return failed(QStringLiteral("the probe timer hardly ran"));
    return 0;
}
