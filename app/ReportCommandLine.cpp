#include "ReportCommandLine.h"

#include "CommandLineSupport.h"
#include "ConnectionOptions.h"
#include "PdfReportWriter.h"
#include "ReportCommand.h"
#include "SavedClusterSecrets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QGuiApplication>

#include <cmath>
#include <cstring>
#include <memory>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

using CommandLineSupport::writeErr;

int usage(const QString &message)
{
    return CommandLineSupport::usageError(message, Tr::tr("see clusterdesk report --help"),
                                          ReportCommand::UsageError);
}

// What to write and how long to wait for it (readDocumentOptions reads them).
struct DocumentOptions
{
    const QCommandLineOption format{QStringLiteral("format"), Tr::tr("html, pdf, csv or json."),
                                    QStringLiteral("format")};
    const QCommandLineOption since{
        QStringLiteral("since"),
        Tr::tr("The period covered: 24h, 7d, 14d, 90m, 2w or a date (default 24h)."),
        QStringLiteral("when")};
    const QCommandLineOption paper{QStringLiteral("paper"), Tr::tr("a4 (default) or letter."),
                                   QStringLiteral("size")};
    const QCommandLineOption timeout{QStringLiteral("timeout"),
                                     Tr::tr("Give up on a request after <seconds> (default 5)."),
                                     QStringLiteral("seconds")};
};

struct ReportArguments
{
    void addTo(QCommandLineParser &parser) const
    {
        parser.addPositionalArgument(QStringLiteral("report"), Tr::tr("The command."));
        parser.addOptions({connection.dataDir, connection.url, connection.cluster, all,
                           connection.user, connection.passwordFile, connection.ca,
                           connection.statsUrl, document.format, document.since, document.paper,
                           output, document.timeout});
    }

    const ConnectionOptions connection;
    const QCommandLineOption all{QStringLiteral("all"),
                                 Tr::tr("Every saved cluster in one document (fleet report).")};
    const QCommandLineOption output{QStringLiteral("output"),
                                    Tr::tr("Write to <path> (csv: see below)."),
                                    QStringLiteral("path")};
    const DocumentOptions document;
};

// --format (or the output's extension), --paper, --since and --timeout: what to write and how
// long to wait for it. False and *error on a value that is not understood.
bool readDocumentOptions(const QCommandLineParser &parser, const DocumentOptions &arguments,
                         ReportOptions &options, PdfReportWriter::Paper *paper, QString *error)
{
    QString formatName = parser.value(arguments.format);
    if (formatName.isEmpty()) {
        const QString suffix = QFileInfo(options.output).suffix().toLower();
        formatName = ReportFileWriter::formatFromName(suffix) ? suffix : QStringLiteral("html");
    }
    const auto chosenFormat = ReportFileWriter::formatFromName(formatName);
    if (!chosenFormat) {
        *error = Tr::tr("unknown --format %1 (html, pdf, csv or json)").arg(formatName);
        return false;
    }
    options.format = *chosenFormat;
    const auto chosenPaper = PdfReportWriter::paperFromName(
        parser.isSet(arguments.paper) ? parser.value(arguments.paper) : QStringLiteral("a4"));
    if (!chosenPaper) {
        *error = Tr::tr("unknown --paper %1 (a4 or letter)").arg(parser.value(arguments.paper));
        return false;
    }
    *paper = *chosenPaper;
    const auto period = ReportPeriod::parseSince(
        parser.isSet(arguments.since) ? parser.value(arguments.since) : QStringLiteral("24h"),
        QDateTime::currentMSecsSinceEpoch());
    if (!period) {
        *error = Tr::tr("invalid --since %1 (24h, 7d, 2w or a past date)")
                     .arg(parser.value(arguments.since));
        return false;
    }
    options.period = *period;
    if (parser.isSet(arguments.timeout)) {
        bool ok = false;
        const double seconds = parser.value(arguments.timeout).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 600) {
            *error = Tr::tr("--timeout needs a number of seconds between 0 and 600");
            return false;
        }
        options.requestTimeout = std::chrono::milliseconds(qint64(std::llround(seconds * 1000)));
    }
    return true;
}

// Which clusters the report covers and how it signs in to them.
bool readScope(const QCommandLineParser &parser, const ReportArguments &arguments,
               ReportOptions &options, QString *error)
{
    const ConnectionOptions &connection = arguments.connection;
    // CLUSTERDESK_PASSWORD cannot stand for several clusters at once (see environmentPassword).
    if (parser.isSet(arguments.all) && !parser.isSet(connection.passwordFile) &&
        !ConnectionOptions::environmentPassword(true, &options.password, error))
        return false;
    if (!connection.password(parser, &options.password, error))
        return false;
    options.user = parser.value(connection.user);
    if (parser.isSet(connection.url)) {
        options.scope = ReportOptions::Scope::Url;
        const auto profile = connection.unsavedProfile(parser, options.password, error);
        if (!profile)
            return false;
        options.profile = *profile;
        return true;
    }
    for (const QCommandLineOption *option : {&connection.ca, &connection.statsUrl}) {
        if (parser.isSet(*option)) {
            *error = Tr::tr("--%1 goes with --url only (saved clusters keep their own)")
                         .arg(option->names().constFirst());
            return false;
        }
    }
    options.scope = parser.isSet(arguments.all) ? ReportOptions::Scope::AllSaved
                                                : ReportOptions::Scope::SavedCluster;
    options.clusterName = parser.value(connection.cluster);
    return true;
}

// A PDF needs Qt Gui for fonts and painting; without a display, the offscreen platform does.
std::unique_ptr<QCoreApplication> makeApplication(ReportOptions::Format format, int &argc,
                                                  char **argv)
{
    CommandLineSupport::setApplicationNames();
    if (format != ReportOptions::Format::Pdf)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

bool isReportInvocation(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--data-dir") == 0) {
            ++i;
            continue;
        }
        if (argv[i][0] != '-')
            return std::strcmp(argv[i], "report") == 0;
    }
    return false;
}

int runReportCommandLine(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
        Tr::tr("Writes a report of one cluster (--url or --cluster) or of every saved cluster\n"
               "(--all) for audits, change reviews and hand-offs. Secrets never appear in it.\n"
               "The password comes from --password-file or CLUSTERDESK_PASSWORD (not with\n"
               "--all), or for saved clusters from where clusterdesk cluster edit said."));
    parser.addHelpOption();
    const ReportArguments reportArguments;
    reportArguments.addTo(parser);
    if (const auto answered = CommandLineSupport::answeredEarly(
            parser, arguments,
            Tr::tr("\nFormats: html (one self-contained file), pdf (paginated), json (schema 1,\n"
                   "see docs/report-schema.json), csv (three files: when --output is a\n"
                   "directory, nodes.csv, resources.csv and activity.csv in it; otherwise\n"
                   "PATH-nodes.csv, PATH-resources.csv and PATH-activity.csv, a trailing .csv\n"
                   "of PATH dropped). Without --format the output's extension decides, else\n"
                   "html. Every format includes the console's own activity on the cluster in\n"
                   "the period (clusterdesk activity).\n"
                   "Exit codes: 0 complete, 1 partial (a cluster or part of one could not be\n"
                   "read; the report says so), 2 failure (nothing written), 64 usage error.\n"
                   "\nExamples:\n"
                   "  clusterdesk report --cluster Prod --output prod.html\n"
                   "  clusterdesk report --all --format pdf --paper letter --output fleet.pdf\n"
                   "  clusterdesk report --cluster Prod --since 7d --format csv --output reports/\n"
                   "  CLUSTERDESK_PASSWORD=secret clusterdesk report --url "
                   "https://lb.example:8443 --user admin --output prod.json\n"),
            1, usage))
        return *answered;
    const ConnectionOptions &connection = reportArguments.connection;
    if (int(parser.isSet(connection.url)) + int(parser.isSet(connection.cluster)) +
            int(parser.isSet(reportArguments.all)) !=
        1)
        return usage(Tr::tr("give exactly one of --url, --cluster and --all"));
    if (!parser.isSet(reportArguments.output) || parser.value(reportArguments.output).isEmpty())
        return usage(Tr::tr("--output is required"));

    ReportOptions options;
    options.output = parser.value(reportArguments.output);
    options.dataDir = parser.value(connection.dataDir);
    PdfReportWriter::Paper paper{};
    QString error;
    if (!readDocumentOptions(parser, reportArguments.document, options, &paper, &error) ||
        !readScope(parser, reportArguments, options, &error))
        return usage(error);

    const std::unique_ptr<QCoreApplication> app = makeApplication(options.format, argc, argv);
    SavedClusterSecrets secrets(options.dataDir);
    options.secrets = secrets.store();
    ReportCommand command(std::move(options));
    command.setPdfWriter([paper](const ReportData &data, const QString &path, QString *error) {
        const PdfReportWriter::Result result = PdfReportWriter::write(data, path, paper);
        if (!result.ok)
            *error = result.error;
        return result.ok;
    });
    QObject::connect(&command, &ReportCommand::progress, app.get(), writeErr);
    command.start();
    return CommandLineSupport::runToEnd(command);
}
