#pragma once
// The node's command line (and --config JSON file) parsed into one value. Parsing is pure so
// the flags are unit-tested data-driven; main() turns a failure into exit code 2.

#include <QDate>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace node {

struct PeerOption
{
    QString id;
    QUrl url;
};

struct NodeOptions
{
    QString id;
    QString name;
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = 9101;
    QUrl advertiseUrl;
    QString dataDirectory;
    QString clusterName = QStringLiteral("clusterdesk");
    QList<PeerOption> peers;
    QString primaryId; // defaults to the lowest id among this node and its peers
    QString usersFile;
    QString clusterSecretFile;
    // Load balancers whose X-Forwarded-For names the real client (sign-in throttling).
    QList<QHostAddress> trustedProxies;
    QString serverVersion = QStringLiteral("4.2.0");
    QDate licenseExpires = QDate(2027, 6, 30);
    bool allowFaultInjection = false;
    qint64 clockOffsetMs = 0;
    bool replicationPaused = false;
    bool degraded = false;
    int delayMs = 0;
    QUrl reseedFrom; // --reseed-from: copy that node's history into --data-dir, then exit
    // --spectrum-compatible: only what Spectrum documents (token service, /rest and /soap
    // catalogues) plus /internal/v1 for the peers; no /api/v1, /healthz or /metrics.
    bool spectrumCompatible = false;
    bool spectrumHostCheck = true;         // a token works only from the address that got it
    int spectrumSessionIdleSeconds = 1800; // a session token dies after this long unused

    bool hashPasswordMode = false; // --hash-password: no server, see main.cpp
    bool helpRequested = false;

    bool isPrimary() const { return primaryId == id; }
    std::optional<QUrl> primaryUrl() const; // nullopt on the primary itself

    // `arguments` includes the program name (QCoreApplication::arguments()).
    static std::optional<NodeOptions> parse(const QStringList &arguments, QString *error);
    static QString helpText();
};

} // namespace node
