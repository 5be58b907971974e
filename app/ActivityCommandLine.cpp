#include "ActivityCommandLine.h"

#include "ActivityCommand.h"
#include "CommandLineSupport.h"
#include "ConnectionOptions.h"
#include "ReportData.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

int usage(const QString &message)
{
    return CommandLineSupport::usageError(message, Tr::tr("see clusterdesk activity --help"),
                                          ActivityCommand::UsageError);
}

} // namespace

int runActivityCommandLine(const QStringList &arguments, const QString &globalDataDir)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Lists the console's own actions on clusters."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    const ConnectionOptions connection;
    const QCommandLineOption cluster(QStringLiteral("cluster"),
                                     Tr::tr("Only this saved cluster (its name)."),
                                     QStringLiteral("name"));
    const QCommandLineOption since(
        QStringLiteral("since"),
        Tr::tr("Only entries since: 24h, 7d, 90m, 2w or a date (default: all)."),
        QStringLiteral("when"));
    const QCommandLineOption format(
        QStringLiteral("format"), Tr::tr("text (default), csv or json."), QStringLiteral("format"));
    parser.addOptions({connection.dataDir, cluster, since, format});
    if (const auto answered = CommandLineSupport::answeredEarly(
            parser, arguments,
            Tr::tr("\nLists what this console sent to clusters (every write and node action):\n"
                   "time (UTC), cluster, user, action, outcome and request id, newest first.\n"
                   "The log is kept for 180 days or 100,000 entries; it never holds a secret.\n"
                   "Exit codes: 0 listed, 1 the local store could not be read, 64 usage error.\n"
                   "\nExamples:\n"
                   "  clusterdesk activity --since 7d\n"
                   "  clusterdesk activity --cluster Prod --since 2026-11-01 --format csv\n"),
            1, usage))
        return *answered;

    ActivityOptions options;
    options.dataDir = connection.dataDirectory(parser, globalDataDir);
    options.filter.cluster = parser.value(cluster).trimmed();
    options.filter.limit = 100000;
    if (parser.isSet(since)) {
        const auto period =
            ReportPeriod::parseSince(parser.value(since), QDateTime::currentMSecsSinceEpoch());
        if (!period)
            return usage(
                Tr::tr("invalid --since %1 (24h, 7d, 2w or a past date)").arg(parser.value(since)));
        options.filter.fromMs = period->fromMs;
    }
    if (parser.isSet(format)) {
        const auto named = ActivityCommand::formatNamed(parser.value(format));
        if (!named)
            return usage(
                Tr::tr("unknown --format %1 (text, csv or json)").arg(parser.value(format)));
        options.format = *named;
    }
    QString out;
    QString err;
    const int exitCode = ActivityCommand::run(options, &out, &err);
    CommandLineSupport::writeOut(out);
    CommandLineSupport::writeErr(err);
    return exitCode;
}
