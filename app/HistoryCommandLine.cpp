#include "HistoryCommandLine.h"

#include "CommandLineSupport.h"
#include "ConnectionOptions.h"
#include "HistoryCommand.h"
#include "ProfileCommands.h"
#include "ReportData.h"
#include "SavedClusterSecrets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommandLine)
};

int trouble(const QString &message)
{
    return CommandLineSupport::usageError(message, Tr::tr("see clusterdesk history --help"),
                                          HistoryCommand::Error);
}

QString help(const QCommandLineParser &parser)
{
    return parser.helpText() + QLatin1Char('\n') +
           Tr::tr("Prints a saved cluster's configuration change log, oldest first: who changed\n"
                  "which resource when, and the fields each change altered (secrets only as\n"
                  "changed or unchanged, never their values). Filters are applied by the\n"
                  "console over the whole log. --since takes a span back from now (24h, 7d,\n"
                  "90m, 2w) or, like --until, an ISO 8601 date or date and time (UTC unless it\n"
                  "names an offset). Exit code 2 on any error.\n"
                  "\nExamples:\n"
                  "  clusterdesk history --cluster Prod\n"
                  "  clusterdesk history --cluster Prod --resource jdbc/orders-db --format json\n"
                  "  clusterdesk history --cluster Prod --since 7d\n"
                  "  clusterdesk history --cluster Prod --user admin --since 2026-12-01 "
                  "--format csv > changes.csv\n");
}

struct HistoryArguments
{
    HistoryArguments()
    {
        connection.cluster.setDescription(Tr::tr("The saved cluster whose log to read."));
    }

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions(
            {connection.dataDir, connection.cluster, resource, user, since, until, format});
        parser.addPositionalArgument(QStringLiteral("history"), Tr::tr("The command."));
    }

    ConnectionOptions connection;
    const QCommandLineOption resource{QStringLiteral("resource"),
                                      Tr::tr("Only changes of this resource (or of every resource "
                                             "of this type)."),
                                      QStringLiteral("type[/name]")};
    const QCommandLineOption user{QStringLiteral("user"), Tr::tr("Only changes made by <user>."),
                                  QStringLiteral("user")};
    const QCommandLineOption since{QStringLiteral("since"),
                                   Tr::tr("Only changes at or after <when>: a span back from now "
                                          "(24h, 7d, 90m, 2w) or an ISO 8601 date or time."),
                                   QStringLiteral("when")};
    const QCommandLineOption until{QStringLiteral("until"),
                                   Tr::tr("Only changes at or before <time>."),
                                   QStringLiteral("time")};
    const QCommandLineOption format{QStringLiteral("format"),
                                    Tr::tr("text (the default), csv or json."),
                                    QStringLiteral("format")};
};

// An ISO 8601 date (its start, UTC) or date and time; UTC unless an offset is given.
std::optional<QDateTime> timeArgument(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (date.isValid())
        return date.startOfDay(Qt::UTC);
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

bool readFilter(const QCommandLineParser &parser, const HistoryArguments &arguments,
                HistoryOptions &options, QString *error)
{
    options.filter.exactResource = true;
    if (parser.isSet(arguments.resource)) {
        const auto resource =
            ChangeLogFilter::parseResource(parser.value(arguments.resource), error);
        if (!resource) {
            *error = Tr::tr("--resource: %1").arg(*error);
            return false;
        }
        options.filter.resource = *resource;
    }
    options.filter.user = parser.value(arguments.user);
    for (const auto &[option, target] : {std::pair{&arguments.since, &options.filter.since},
                                         std::pair{&arguments.until, &options.filter.until}}) {
        if (!parser.isSet(*option))
            continue;
        auto time = timeArgument(parser.value(*option));
        // --since also takes a span back from now, as activity and report do ("7d", "24h").
        if (!time && option == &arguments.since) {
            if (const auto period = ReportPeriod::parseSince(parser.value(*option),
                                                             QDateTime::currentMSecsSinceEpoch()))
                time = QDateTime::fromMSecsSinceEpoch(period->fromMs, QTimeZone::utc());
        }
        if (!time) {
            *error = option == &arguments.since
                         ? Tr::tr("--since needs a span such as 7d or 24h, or an ISO 8601 date or "
                                  "time such as 2026-12-01 or 2026-12-01T08:00:00Z: %1")
                               .arg(parser.value(*option))
                         : Tr::tr("--%1 needs an ISO 8601 date or time, such as 2026-12-01 or "
                                  "2026-12-01T08:00:00Z: %2")
                               .arg(option->names().constFirst(), parser.value(*option));
            return false;
        }
        *target = *time;
    }
    if (parser.isSet(arguments.format)) {
        const auto format = HistoryCommand::formatNamed(parser.value(arguments.format));
        if (!format) {
            *error = Tr::tr("unknown --format %1 (text, csv or json)")
                         .arg(parser.value(arguments.format));
            return false;
        }
        options.format = *format;
    }
    return true;
}

} // namespace

int runHistoryCommandLine(const QStringList &arguments, const QString &globalDataDir)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Shows and exports a cluster's configuration change history."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    const HistoryArguments historyArguments;
    historyArguments.addTo(parser);
    if (const auto answered = CommandLineSupport::parseOrAnswer(parser, arguments, help, trouble))
        return *answered;
    const QStringList words = parser.positionalArguments();
    if (words.size() > 1)
        return trouble(Tr::tr("unexpected argument: %1").arg(words.at(1)));
    if (parser.values(historyArguments.connection.cluster).size() != 1)
        return trouble(Tr::tr("history needs one --cluster"));
    HistoryOptions options;
    QString error;
    // The options first: a usage error is reported before any file is read.
    if (!readFilter(parser, historyArguments, options, &error))
        return trouble(error);
    const QString directory = historyArguments.connection.dataDirectory(parser, globalDataDir);
    const auto profile = ProfileCommands::savedProfile(
        directory, parser.value(historyArguments.connection.cluster), &error);
    if (!profile)
        return trouble(error);
    options.profile = *profile;
    if (!ConnectionOptions::environmentPassword(false, &options.password, &error))
        return trouble(error);

    SavedClusterSecrets secrets(directory);
    options.secrets = secrets.store();
    HistoryCommand command(std::move(options));
    command.start();
    return CommandLineSupport::runToEnd(command);
}
