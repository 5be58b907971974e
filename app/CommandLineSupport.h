#pragma once
// CommandLineSupport: what every clusterdesk command does the same way: print to stdout, print
// "clusterdesk: " lines to stderr, name the application, and read small files (passwords,
// tokens, secret files) with a size limit.

#include <QByteArray>
#include <QString>

class QCommandLineParser;

#include <optional>

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

} // namespace CommandLineSupport
