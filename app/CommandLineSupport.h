#pragma once
// CommandLineSupport: what every clusterdesk command does the same way: print to stdout, print
// "clusterdesk: " lines to stderr, name the application, and read small files (passwords,
// tokens, secret files) with a size limit.

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace CommandLineSupport {

inline constexpr qint64 MaxSecretFileBytes = 64 * 1024;

void writeOut(const QString &text);
// --help or --help-all (QCommandLineParser::addHelpOption adds both; a command has no Qt
// options of its own to add, so both print its help).
bool helpRequested(const QCommandLineParser &parser);
// One "clusterdesk: " prefix per line, as command-line tools do; nothing for empty text.
void writeErr(const QString &text);
// The same organisation and application names as the window, so that both find the same store
// and keychain entries.
void setApplicationNames();

// A file of at most MaxSecretFileBytes; nullopt (and *error) when it cannot be read or is larger.
std::optional<QByteArray> readSmallFile(const QString &path, const QString &what, QString *error);
// A password or token: the file's text without its final line break; an empty one is an error.
// `what` names it in messages ("password", "token").
std::optional<QString> readSecretFile(const QString &path, const QString &what, QString *error);

// Prints `message` and the line that says where help is, to stderr; returns `exitCode`.
int usageError(const QString &message, const QString &seeAlso, int exitCode);

// Parses `arguments`; the exit code when that already answered the command line: a parse error
// (passed to `usage`) or --help (`help` of the parser printed, 0).
std::optional<int> parseOrAnswer(QCommandLineParser &parser, const QStringList &arguments,
                                 QString (*help)(const QCommandLineParser &parser),
                                 int (*usage)(const QString &message));

// The options every command takes: --help and --data-dir, options as long words.
void addCommonOptions(QCommandLineParser &parser);
// A number of seconds above 0 and at most a day, or nullopt.
std::optional<double> positiveSeconds(const QString &text);
// Parses `arguments` and answers what needs no command: an error (passed to `usage`), --help
// (the options, then `examples`) or more than `maxWords` positional words. The exit code when
// it answered.
std::optional<int> answeredEarly(QCommandLineParser &parser, const QStringList &arguments,
                                 const QString &examples, qsizetype maxWords,
                                 int (*usage)(const QString &message));

// Runs an asynchronous core command, already started (it reports finished() queued), to its
// end and prints what it produced; returns its exit code.
template<typename Command> int runToEnd(Command &command)
{
    QObject::connect(&command, &Command::finished, qApp, [&command](int exitCode) {
        writeOut(command.standardOutput());
        writeErr(command.standardError());
        QCoreApplication::exit(exitCode);
    });
    return QCoreApplication::exec();
}

} // namespace CommandLineSupport
