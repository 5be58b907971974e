#pragma once
// A real Clusterdesk cluster for integration tests: nodes and HAProxy started by
// scripts/cluster on free loopback ports in a temporary directory, stopped by the destructor,
// or by the script's watchdog when the test process dies (even after the directory is gone).

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

// One node's configuration state as it reports it in GET /api/v1/node.
struct NodeConfigState
{
    int httpStatus = 0;
    qint64 revision = -1;
    QString checksum;
    QString syncState;
};

struct ClusterOptions
{
    int nodes = 3;
    bool tls = false;
    // scripts/cluster --http2 (HTTP/2 by ALPN over TLS) or --http1-only; neither: the default.
    bool http2 = false;
    bool http1Only = false;
    // scripts/cluster --spectrum (nodes in --spectrum-compatible mode: no /api/v1, so the
    // /api/v1 helpers below do not apply), and with spectrumHostCheck false
    // --spectrum-no-host-check.
    bool spectrum = false;
    bool spectrumHostCheck = true;
    // scripts/cluster --no-stats-admin: the statistics page refuses admin actions (st=DENY).
    bool noStatsAdmin = false;
    QString name = QStringLiteral("test");
    QMap<QString, QString> extraNodeArgs; // node id -> extra flags, e.g. "--delay-ms 50"
    int spareNodePorts = 2;               // ports kept free after the nodes, for addNode()
    int startTimeoutSeconds = 60;
};

class ClusterFixture final
{
public:
    explicit ClusterFixture(ClusterOptions options = {});
    ~ClusterFixture(); // `scripts/cluster down` if started
    ClusterFixture(const ClusterFixture &) = delete;
    ClusterFixture &operator=(const ClusterFixture &) = delete;

    // Runs `scripts/cluster up`; on failure `error` holds the script's output. Retries with
    // other ports when the chosen ones were taken in the meantime.
    bool start(QString *error);
    bool isStarted() const { return m_started; }

    QUrl lbUrl() const { return m_lbUrl; }
    QUrl statsUrl() const { return m_statsUrl; }
    QStringList nodeIds() const { return m_nodeIds; }
    QUrl nodeUrl(const QString &id) const { return m_nodeUrls.value(id); }
    QString primaryId() const { return m_primaryId; }
    QByteArray secret() const { return m_secret; }
    QString caFile() const { return m_caFile; } // empty without TLS
    QString stateDirectory() const { return m_directory ? m_directory->path() : QString(); }
    QString adminUser() const { return m_adminUser; }
    QString adminPassword() const { return m_adminPassword; }
    QString viewerUser() const { return m_viewerUser; }
    QString viewerPassword() const { return m_viewerPassword; }
    // HAProxy's statistics user (its admin form: drain, maint, ready) and its password file.
    QString statsUser() const { return m_statsUser; }
    QString statsPassword() const { return m_statsPassword; }
    QString statsPasswordFile() const { return m_statsPasswordFile; }

    // Process control through the script; `error` gets its output on failure.
    bool stopNode(const QString &id, bool graceful, QString *error = nullptr);
    bool startNode(const QString &id, QString *error = nullptr);
    QString addNode(QString *error = nullptr); // the new node's id, empty on failure

    // GET/POST /internal/v1/faults on the node's own URL with the cluster secret.
    bool setFaults(const QString &id, const QJsonObject &faults, QString *error = nullptr);
    QJsonObject faults(const QString &id);

    // GET /api/v1/node through the load balancer, targeted at `id`, as admin.
    NodeConfigState configState(const QString &id) const;
    // The whole GET /api/v1/node answer of `id` (empty when it does not answer 200).
    QJsonObject nodeView(const QString &id) const;
    // Waits until `id` takes writes: its /api/v1/node shows no writesRefused. A primary waits
    // for a majority of its peers after every start.
    bool waitUntilWritable(const QString &id, int timeoutMs) const;

    // Where node `id` keeps config.sqlite.
    QString dataDirectory(const QString &id) const;
    // The recovery docs/api.md describes: node `id`'s own command line plus --reseed-from
    // `from`, run to its end. The node must be stopped; `error` gets the output on failure.
    bool reseedNode(const QString &id, const QUrl &from, QString *error = nullptr);
    // Every node answers, all at the same revision (at least `minimumRevision`) and checksum;
    // otherwise false with what differs in `detail`.
    bool isConverged(qint64 minimumRevision, QString *detail = nullptr) const;

    // HAProxy's view of a server from the stats CSV ("UP", "DOWN", ...), empty if unknown.
    QString haproxyServerStatus(const QString &id) const;

    // The script's combined output of the last call, for failure messages.
    QString lastOutput() const { return m_lastOutput; }

private:
    bool runScript(const QStringList &arguments, int timeoutSeconds, QString *error);
    // `scripts/cluster down` on the state directory (a no-op when it holds no cluster).
    void stopCluster();
    bool loadClusterJson(QString *error);

    ClusterOptions m_options;
    std::unique_ptr<QTemporaryDir> m_directory;
    bool m_started = false;
    QString m_script;
    QUrl m_lbUrl;
    QUrl m_statsUrl;
    QStringList m_nodeIds;
    QMap<QString, QUrl> m_nodeUrls;
    QString m_primaryId;
    QByteArray m_secret;
    QString m_caFile;
    QString m_adminUser;
    QString m_adminPassword;
    QString m_viewerUser;
    QString m_viewerPassword;
    QString m_statsUser;
    QString m_statsPassword;
    QString m_statsPasswordFile;
    QString m_lastOutput;
};
