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

// --url, --user and --password-file: signing in to a real cluster through its load balancer.
struct SignIn
{
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
    FleetRuns(const QString &iterationsDescription, const QString &defaultIterations)
        : iterations(QStringLiteral("iterations"), iterationsDescription, QStringLiteral("n"),
                     defaultIterations)
    {}

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

} // namespace BenchOptions
