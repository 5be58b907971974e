#include "CommandLineSupport.h"

#include "ConnectionOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cmath>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

namespace CommandLineSupport {

void writeOut(const QString &text)
{
    QTextStream(stdout) << text;
}

bool helpRequested(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"));
}

void writeErr(const QString &text)
{
    if (text.isEmpty())
        return;
    QTextStream err(stderr);
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        err << "clusterdesk: " << line << '\n';
    // Progress lines of a long report must show while it runs.
    err.flush();
}

int usageError(const QString &message, const QString &seeAlso, int exitCode)
{
    writeErr(message + QLatin1Char('\n') + seeAlso);
    return exitCode;
}

std::optional<int> parseOrAnswer(QCommandLineParser &parser, const QStringList &arguments,
                                 QString (*help)(const QCommandLineParser &parser),
                                 int (*usage)(const QString &message))
{
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (!helpRequested(parser))
        return std::nullopt;
    writeOut(help(parser));
    return 0;
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.addOption(ConnectionOptions::dataDirOption());
}

std::optional<double> positiveSeconds(const QString &text)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 24 * 3600)
        return std::nullopt;
    return seconds;
}

std::optional<int> answeredEarly(QCommandLineParser &parser, const QStringList &arguments,
                                 const QString &examples, qsizetype maxWords,
                                 int (*usage)(const QString &message))
{
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (helpRequested(parser)) {
        writeOut(parser.helpText() + examples);
        return 0;
    }
    const QStringList words = parser.positionalArguments();
    if (words.size() > maxWords)
        return usage(Tr::tr("unexpected argument: %1").arg(words.at(maxWords)));
    return std::nullopt;
}

void setApplicationNames()
{
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(QStringLiteral("Clusterdesk"));
    if (QCoreApplication::applicationName().isEmpty())
        QCoreApplication::setApplicationName(QStringLiteral("Clusterdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLUSTERDESK_VERSION));
}

std::optional<QByteArray> readSmallFile(const QString &path, const QString &what, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot read the %1 file %2: %3").arg(what, path, file.errorString());
        return std::nullopt;
    }
    QByteArray data = file.read(MaxSecretFileBytes + 1);
    if (data.size() > MaxSecretFileBytes) {
        *error = Tr::tr("the %1 file %2 is too large").arg(what, path);
        return std::nullopt;
    }
    return data;
}

std::optional<QString> readSecretFile(const QString &path, const QString &what, QString *error)
{
    std::optional<QByteArray> data = readSmallFile(path, what, error);
    if (!data)
        return std::nullopt;
    if (data->endsWith('\n'))
        data->chop(1);
    if (data->endsWith('\r'))
        data->chop(1);
    if (data->isEmpty()) {
        *error = Tr::tr("the %1 file %2 is empty").arg(what, path);
        return std::nullopt;
    }
    return QString::fromUtf8(*data);
}

} // namespace CommandLineSupport
