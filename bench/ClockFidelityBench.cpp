// clock_fidelity_bench: how well the console's clock filter measures a node whose clock is off by
// a known amount behind a noisy path. A ClusterMonitor polls the cluster at --interval-ms for
// --seconds; every snapshot's offset and error bound of --node are compared with --truth-ms (the
// node's injected clockOffsetMs: console and nodes share this machine's clock, so that is the
// truth). Prints the share of polls whose bound contains the truth and the largest
// |offset - truth|. bench/run-clock-fidelity-bench starts the cluster, sets the faults and runs
// this.
//
//   clock_fidelity_bench --url URL --user U --password-file F --node ID --truth-ms 800
//                        [--seconds 300] [--interval-ms 2000]

#include "BenchOptions.h"
#include "BenchStats.h"
#include "ClusterMonitor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace {

struct Tally
{
    int polls = 0;
    int unmeasured = 0; // snapshots without a clock for the node (missed poll)
    int contained = 0;
    double maxDeviationMs = 0;
    QList<double> deviationsMs;
    QList<double> boundsMs;
};

void count(Tally &tally, const ClusterSnapshot &snapshot, const QString &nodeId, double truthMs)
{
    ++tally.polls;
    const auto node = snapshot.node(nodeId);
    if (!node || !node->clock().measured) {
        ++tally.unmeasured;
        return;
    }
    const NodeSnapshot::Clock &clock = node->clock();
    const double deviation = std::abs(clock.offsetMs - truthMs);
    tally.contained += deviation <= clock.errorMs ? 1 : 0;
    tally.maxDeviationMs = std::max(tally.maxDeviationMs, deviation);
    tally.deviationsMs.append(deviation);
    tally.boundsMs.append(clock.errorMs);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const BenchOptions::SignIn signIn(parser);
    const QCommandLineOption nodeOption(QStringLiteral("node"), QStringLiteral("Node id."),
                                        QStringLiteral("id"));
    const QCommandLineOption truthOption(QStringLiteral("truth-ms"),
                                         QStringLiteral("The node's true offset."),
                                         QStringLiteral("ms"), QStringLiteral("800"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Measured."),
                                           QStringLiteral("s"), QStringLiteral("300"));
    const QCommandLineOption intervalOption(QStringLiteral("interval-ms"),
                                            QStringLiteral("Poll interval."), QStringLiteral("ms"),
                                            QStringLiteral("2000"));
    parser.addOptions({nodeOption, truthOption, secondsOption, intervalOption});
    parser.process(app);
    const std::optional<QString> password = signIn.password(parser);
    if (!password || !parser.isSet(nodeOption)) {
        std::fprintf(stderr,
                     "clock_fidelity_bench: needs --url, --node and a readable --password-file\n");
        return 64;
    }
    const QString nodeId = parser.value(nodeOption);
    const double truthMs = parser.value(truthOption).toDouble();
    const int seconds = std::max(1, parser.value(secondsOption).toInt());

    ClusterProfile profile = ClusterProfile::create(
        QStringLiteral("fidelity"), QUrl(parser.value(signIn.url), QUrl::StrictMode));
    profile.userName = parser.value(signIn.user);
    profile.pollIntervalMs = parser.value(intervalOption).toInt();
    ClusterMonitor monitor(profile);
    monitor.setPasswordCredentials(profile.userName, *password);
    Tally tally;
    QObject::connect(
        &monitor, &ClusterMonitor::snapshotReady, &app,
        [&](const ClusterSnapshot &snapshot) { count(tally, snapshot, nodeId, truthMs); });
    QTimer::singleShot(seconds * 1000, &app, [] { QCoreApplication::quit(); });
    monitor.start();
    QCoreApplication::exec();
    monitor.stop();

    const int measured = tally.polls - tally.unmeasured;
    std::printf("clock_fidelity_bench: %s at %+.0f ms, %d polls every %d ms in %d s, %d without "
                "a clock for it\n",
                qPrintable(nodeId), truthMs, tally.polls, profile.pollIntervalMs, seconds,
                tally.unmeasured);
    if (measured == 0) {
        std::fprintf(stderr, "clock_fidelity_bench: no poll measured %s\n", qPrintable(nodeId));
        return 1;
    }
    std::printf("bound contains the truth in %d of %d measured polls (%.1f%%; goal >= 99%%)\n",
                tally.contained, measured, 100.0 * tally.contained / measured);
    std::printf("|offset - truth|: p50 %.1f ms, p95 %.1f ms, max %.1f ms (goal <= 20 ms)\n",
                BenchStats::median(tally.deviationsMs),
                BenchStats::percentile(tally.deviationsMs, 95), tally.maxDeviationMs);
    std::printf("error bound: p50 %.1f ms, max %.1f ms\n", BenchStats::median(tally.boundsMs),
                BenchStats::percentile(tally.boundsMs, 100));
    return 0;
}
