// ClusterProfile: how the console reaches one cluster (load balancer URL, TLS trust, polling
// thresholds) and how it is treated (environment label, read-only switch, sidebar group). A plain
// value; the secret (password or token) is never part of it, only where a
// headless run finds it: a password file's path or a password command's line.
#pragma once

#include "ClusterCapabilities.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// A certificate the user accepted despite TLS errors: its SHA-256 fingerprint (lower-case hex)
// and the QSslError::SslError codes that were accepted for it, as ints so the core library does
// not need the SSL headers to store them.
struct AcceptedCertificate
{
    QString sha256;
    QList<int> errors;

    friend bool operator==(const AcceptedCertificate &, const AcceptedCertificate &) = default;
};

// The first problem validate() found: the JSON field name and a translated, readable reason.
struct ProfileValidationError
{
    QString field;
    QString reason;
};

struct ClusterProfile
{
    enum class AuthKind { Password, Token };
    // The Spectrum token a password sign-in asks for: a session token (with its SESSION
    // cookie, ended at logout) or an open token (no session).
    enum class TokenKind { Session, Open };

    static constexpr int DefaultPollIntervalMs = 5000;
    static constexpr int MinPollIntervalMs = 1000;
    static constexpr int MaxPollIntervalMs = 3600000;
    static constexpr int DefaultClockWarnMs = 50;
    static constexpr int DefaultClockCritMs = 500;
    static constexpr int DefaultStalledAfterSeconds = 60;
    static constexpr int MaxEnvironmentLength = 32;
    static constexpr int MaxGroupLength = 200;

    QString id; // QUuid without braces
    QString name;
    QUrl loadBalancerUrl;
    AuthKind authKind = AuthKind::Password;
    QString userName;
    QString caCertificatePath;   // a PEM file on disk, or empty
    QByteArray caCertificatePem; // or the PEM text itself; at most one of the two is set
    QString pinnedSha256;        // lower-case hex, optional
    QList<AcceptedCertificate> acceptedCertificates;
    QUrl haproxyStatsUrl; // optional
    // The statistics page's admin user (drain, maintenance, ready); its password lives in the
    // secret store under haproxyStatsSecretKey(id), never here.
    QString haproxyStatsUser;
    // Where the secret comes from before the keychain (CredentialResolver); at most one is set.
    QString passwordFile;    // an absolute path, read at use; never the file's content
    QString passwordCommand; // one command line whose stdout's first line is the secret
    int pollIntervalMs = DefaultPollIntervalMs;
    int clockWarnMs = DefaultClockWarnMs;
    int clockCritMs = DefaultClockCritMs;
    int stalledAfterSeconds = DefaultStalledAfterSeconds;
    int sortOrder = 0;
    // The nodes' own URLs, for a cluster whose nodes cannot be listed otherwise (no management
    // API and no HAProxy statistics page); optional.
    QList<QUrl> nodeUrls;
    TokenKind tokenKind = TokenKind::Session;
    // What the cluster offered when last asked (connection test, first poll).
    ClusterCapabilities capabilities;
    // "production", "staging", "test", a custom name, or empty for none. Production asks for
    // the cluster's name before a dangerous write, in the window and on the command line.
    QString environment;
    // "#rrggbb", or empty for the environment's default (environmentColour()).
    QString environmentColourName;
    // Every write is refused locally, whatever the user's role on the cluster.
    bool readOnly = false;
    // A folder path in the sidebar and the fleet ("EMEA/Production"); empty for none.
    QString group;

    // A profile with a fresh id and defaults everywhere else.
    static ClusterProfile create(const QString &name, const QUrl &loadBalancerUrl);

    // Field-level checks only; that the name is unique is LocalStore's job.
    std::optional<ProfileValidationError> validate() const;

    QJsonObject toJson() const;
    // Missing optional keys take their defaults; a key of the wrong type is an error. Unknown
    // keys (including any "password", "secret" or "token") are ignored and never kept.
    static std::optional<ClusterProfile> fromJson(const QJsonObject &json,
                                                  QString *error = nullptr);

    // The secret store key of the stats user's password, apart from the cluster's own.
    static QString haproxyStatsSecretKey(const QString &profileId)
    {
        return profileId + QStringLiteral("/haproxy-stats");
    }
    bool isProduction() const;
    // environmentColourName, else the environment's default: production red, staging amber,
    // test green, a custom one blue; empty without an environment.
    QString environmentColour() const;
    // What the window and the command line show: "PRODUCTION", "Staging", "Test", the custom
    // name as given; empty without an environment.
    QString environmentLabel() const;
    // The three known names in lower case ("Production" -> "production"), a custom name
    // trimmed.
    static QString normalizedEnvironment(const QString &environment);
    // Segments trimmed, empty ones dropped: " EMEA / Production/" -> "EMEA/Production".
    static QString normalizedGroup(const QString &group);
    // The last segment of a group path, the folder's own name.
    static QString groupLeaf(const QString &group);
    // The folder holding a group ("EMEA" for "EMEA/Production"; empty at the top level).
    static QString parentGroup(const QString &group);
    // `group` after the folder `from` is renamed to `to`: "EMEA/Prod/Berlin" with "EMEA/Prod"
    // renamed to "Europe" is "Europe/Berlin". Unchanged when the group is not in `from`; `to`
    // empty moves the folder's contents to the top level.
    static QString renamedGroup(const QString &group, const QString &from, const QString &to);

    static QString authKindName(AuthKind kind);
    static std::optional<AuthKind> authKindFromName(const QString &name);

    friend bool operator==(const ClusterProfile &, const ClusterProfile &) = default;
};
