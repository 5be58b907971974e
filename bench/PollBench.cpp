// Times full polls of one cluster through ClusterMonitor (membership, then per node its
// /api/v1/node, which carries the clock sample), the work one poll of the console does. The
// first poll signs in, opens connections and measures every clock with a burst of /api/v1/time
// exchanges; it is reported separately. The next --runs polls are timed from start() to
// snapshotReady with QElapsedTimer. bench/run-poll-bench runs it against a 16-node reference
// cluster next to curl fetching the same URLs.
//
//   poll_bench --url URL --user U --password-file F [--runs N]

#include "BenchOptions.h"
#include "BenchStats.h"
#include "ClusterMonitor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const BenchOptions::SignIn signIn(parser);
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed polls."),
                                        QStringLiteral("n"), QStringLiteral("10"));
    parser.addOption(runsOption);
    parser.process(app);
    const std::optional<QString> password = signIn.password(parser);
    if (!password) {
        std::fprintf(stderr, "poll_bench: needs --url and a readable --password-file\n");
        return 64;
    }
    const int runs = std::max(1, parser.value(runsOption).toInt());

    ClusterProfile profile = ClusterProfile::create(
        QStringLiteral("bench"), QUrl(parser.value(signIn.url), QUrl::StrictMode));
    profile.userName = parser.value(signIn.user);
    ClusterMonitor monitor(profile);
    monitor.setPasswordCredentials(profile.userName, *password);

    QList<double> times;
    double firstMs = 0;
    int polls = 0;
    QElapsedTimer timer;
    int exitCode = 0;
    QObject::connect(&monitor, &ClusterMonitor::snapshotReady, &app,
                     [&](const ClusterSnapshot &snapshot) {
                         const double ms = double(timer.nsecsElapsed()) / 1e6;
                         monitor.stop();
                         int measured = 0;
                         for (const NodeSnapshot &node : snapshot.nodes())
                             measured += node.clock().measured ? 1 : 0;
                         if (!snapshot.isReachable() || measured != snapshot.nodes().size()) {
                             std::fprintf(stderr,
                                          "poll_bench: incomplete poll (%d of %lld nodes "
                                          "measured): %s\n",
                                          measured, qlonglong(snapshot.nodes().size()),
                                          qPrintable(snapshot.error()));
                             exitCode = 1;
                         }
                         if (polls++ == 0) {
                             firstMs = ms;
                             std::printf("poll_bench: %lld nodes; first poll (sign-in, new "
                                         "connections) %.1f ms\n",
                                         qlonglong(snapshot.nodes().size()), firstMs);
                         } else {
                             times.append(ms);
                         }
                         if (exitCode != 0 || polls > runs) {
                             QCoreApplication::exit(exitCode);
                             return;
                         }
                         // Next poll from the event loop, after this signal has returned.
                         QMetaObject::invokeMethod(
                             &app,
                             [&] {
                                 timer.start();
                                 monitor.start();
                             },
                             Qt::QueuedConnection);
                     });
    timer.start();
    monitor.start();
    const int code = QCoreApplication::exec();
    if (code != 0)
        return code;
    QStringList each;
    for (const double t : times)
        each.append(QString::number(t, 'f', 1));
    std::printf("poll_bench: warm polls (ms): %s\n", qPrintable(each.join(QLatin1Char(' '))));
    std::printf("poll_bench: median %.1f ms over %d polls\n", BenchStats::median(times), runs);
    return 0;
}
