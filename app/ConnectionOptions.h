#pragma once
// ConnectionOptions: the options that say which cluster a command talks to and how it signs in
// (--data-dir, --url, --cluster, --user, --password-file, --ca, --stats-url), declared once for
// every command, with their shared meaning: where the password comes from and what an unsaved
// --url cluster looks like.

#include "ClusterProfile.h"

#include <QCommandLineOption>
#include <QString>

#include <optional>

class QCommandLineParser;

class ConnectionOptions final
{
public:
    // A command may describe an option in its own words (QCommandLineOption::setDescription).
    ConnectionOptions();

    // --data-dir is also understood before the command (clusterdesk --data-dir D status ...).
    static const QCommandLineOption &dataDirOption();

    QCommandLineOption dataDir = dataDirOption();
    QCommandLineOption url;
    QCommandLineOption cluster;
    QCommandLineOption user;
    QCommandLineOption passwordFile;
    QCommandLineOption ca;
    QCommandLineOption statsUrl;

    // The command's --data-dir, else the one given before the command.
    QString dataDirectory(const QCommandLineParser &parser, const QString &globalDataDir) const;
    // --password-file, else CLUSTERDESK_PASSWORD, else none (*password unset). False and *error
    // when the file cannot be read.
    bool password(const QCommandLineParser &parser, std::optional<QString> *password,
                  QString *error) const;
    // --url with --user, --ca and --stats-url as a profile that need not be saved. Without a
    // password the profile signs in with a token (no user needed); with one, --user is required.
    // Nullopt and *error on invalid input.
    std::optional<ClusterProfile> unsavedProfile(const QCommandLineParser &parser,
                                                 const std::optional<QString> &password,
                                                 QString *error) const;
    // A --url or --stats-url value: nullopt unless a valid URL with a host.
    static std::optional<QUrl> urlArgument(const QString &text);
};
