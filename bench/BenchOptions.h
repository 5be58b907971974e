#pragma once
// Command-line options that several benchmark programs in bench/ share.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFile>
#include <QList>
#include <QString>

#include <algorithm>
#include <optional>

namespace BenchOptions {

// Adds --help and `options` to `parser`, in that order: a program adds its own options after them.
inline void addWithHelp(QCommandLineParser &parser, const QList<QCommandLineOption> &options)
{
    parser.addHelpOption();
    parser.addOptions(options);
}

// --url, --user and --password-file: signing in to a real cluster through its load balancer.
struct SignIn
{
    // Adds --help and these options to `parser`.
    explicit SignIn(QCommandLineParser &parser) { addWithHelp(parser, options()); }

    QCommandLineOption url{QStringLiteral("url"), QStringLiteral("Load balancer."),
                           QStringLiteral("url")};
    QCommandLineOption user{QStringLiteral("user"), QStringLiteral("User."), QStringLiteral("user"),
                            QStringLiteral("admin")};
    QCommandLineOption passwordFile{QStringLiteral("password-file"),
                                    QStringLiteral("Password file."), QStringLiteral("file")};

    QList<QCommandLineOption> options() const { return {url, user, passwordFile}; }

    // The password file's content, trimmed; nothing without --url or a readable file.
    std::optional<QString> password(const QCommandLineParser &parser) const
    {
        if (!parser.isSet(url) || !parser.isSet(passwordFile))
            return std::nullopt;
        QFile file(parser.value(passwordFile));
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        return QString::fromUtf8(file.readAll().trimmed());
    }
};

// --iterations, --clusters and --nodes: how often a step is measured over a synthetic fleet of
// what size (50 clusters of 64 nodes unless told); every value is at least 1.
struct FleetRuns
{
    // Adds --help and these options to `parser`.
    FleetRuns(QCommandLineParser &parser, const QString &iterationsDescription,
              const QString &defaultIterations)
        : iterations(QStringLiteral("iterations"), iterationsDescription, QStringLiteral("n"),
                     defaultIterations)
    {
        addWithHelp(parser, options());
    }

    QCommandLineOption iterations;
    QCommandLineOption clusters{QStringLiteral("clusters"), QStringLiteral("Clusters."),
                                QStringLiteral("n"), QStringLiteral("50")};
    QCommandLineOption nodes{QStringLiteral("nodes"), QStringLiteral("Nodes each."),
                             QStringLiteral("n"), QStringLiteral("64")};

    QList<QCommandLineOption> options() const { return {iterations, clusters, nodes}; }

    struct Values
    {
        int iterations = 1;
        int clusters = 1;
        int nodes = 1;
    };
    Values values(const QCommandLineParser &parser) const
    {
        const auto atLeastOne = [&parser](const QCommandLineOption &option) {
            return std::max(1, parser.value(option).toInt());
        };
        return {atLeastOne(iterations), atLeastOne(clusters), atLeastOne(nodes)};
    }
};

// --ports-file, --password and --nodes: the simulated fleet that fleet_sim_server serves and
// event_loop_bench polls (both are told the same values by bench/run-eventloop-bench).
struct SimulatedFleet
{
    QCommandLineOption portsFile{
        QStringLiteral("ports-file"),
        QStringLiteral("The clusters' ports, one a line (fleet_sim_server writes it)."),
        QStringLiteral("file")};
    QCommandLineOption password{QStringLiteral("password"), QStringLiteral("admin's password."),
                                QStringLiteral("password"), QStringLiteral("bench-admin")};
    QCommandLineOption nodes{QStringLiteral("nodes"), QStringLiteral("Nodes per cluster."),
                             QStringLiteral("n"), QStringLiteral("64")};

    QList<QCommandLineOption> options() const { return {portsFile, password, nodes}; }
};

// --seconds measured after --warmup seconds that are not (60 and 10 unless told).
struct MeasuredPeriod
{
    QCommandLineOption seconds{QStringLiteral("seconds"), QStringLiteral("Measured time."),
                               QStringLiteral("s"), QStringLiteral("60")};
    QCommandLineOption warmup{QStringLiteral("warmup"), QStringLiteral("Unmeasured start."),
                              QStringLiteral("s"), QStringLiteral("10")};

    QList<QCommandLineOption> options() const { return {seconds, warmup}; }
};

} // namespace BenchOptions
