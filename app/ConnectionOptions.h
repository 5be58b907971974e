#pragma once
// ConnectionOptions: the options that say which cluster a command talks to and how it signs in
// (--data-dir, --url, --cluster, --user, --password-file, --ca, --stats-url), declared once for
// every command, with their shared meaning: where the password comes from and what an unsaved
// --url cluster looks like.

#include "ClusterProfile.h"
#include "ProfileCommands.h"

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
    // CLUSTERDESK_PASSWORD for saved clusters: honoured when the command addresses exactly one
    // cluster (or --url clusters only, each taking it in place of a --password-file); refused
    // with *error when `severalWithSaved` (several clusters, one of them saved), since one
    // password would be sent to every cluster and each saved cluster can find its own.
    // *password stays unset when the variable is unset.
    static bool environmentPassword(bool severalWithSaved, std::optional<QString> *password,
                                    QString *error);
    // --url with --user, --ca and --stats-url as a profile that need not be saved. Without a
    // password the profile signs in with a token (no user needed); with one, --user is required.
    // Nullopt and *error on invalid input.
    std::optional<ClusterProfile> unsavedProfile(const QCommandLineParser &parser,
                                                 const std::optional<QString> &password,
                                                 QString *error) const;
    // A --url or --stats-url value: nullopt unless a valid URL with a host.
    static std::optional<QUrl> urlArgument(const QString &text);
};

// Where a saved cluster's password comes from, as `cluster add` and `cluster edit` set it:
// --password-file (remembered as a path), --password-command, or the keychain (--keychain, with
// the password from CLUSTERDESK_PASSWORD). At most one per command.
class PasswordSourceOptions final
{
public:
    PasswordSourceOptions();

    QCommandLineOption command;
    QCommandLineOption keychain; // cluster edit only

    // --password-file's meaning for a saved cluster.
    static QString fileDescription();
    // The order a saved cluster's password is looked for in, for the commands' help.
    static QString help();

    // cluster add: --password-file (as an absolute path) or --password-command into the profile,
    // or CLUSTERDESK_PASSWORD into *password (for the keychain). False and *error on misuse.
    bool apply(const QCommandLineParser &parser, const QCommandLineOption &file,
               ClusterProfile *profile, std::optional<QString> *password, QString *error) const;
    // cluster edit: exactly one of --password-file, --password-command and --keychain.
    std::optional<PasswordSourceChange>
    change(const QCommandLineParser &parser, const QCommandLineOption &file, QString *error) const;
};
