// DemoClusterLauncher: starts a local demo cluster (scripts/cluster up: reference nodes behind
// HAProxy on free loopback ports) in a QProcess without blocking, and reports its address and
// credentials from the cluster.json the script writes. Finds the tools on PATH, next to the
// executable or in the build tree.
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QProcess>
#include <QUrl>

class DemoClusterLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoClusterLauncher)

public:
    struct Tools
    {
        QString clusterScript; // scripts/cluster
        QString nodeBinary;    // clusterdesk-node
        QString haproxy;
        bool isComplete() const
        {
            return !clusterScript.isEmpty() && !nodeBinary.isEmpty() && !haproxy.isEmpty();
        }
    };

    struct Result
    {
        bool ok = false;
        QString error; // readable; the script's last words when it failed
        QString name;
        QUrl loadBalancerUrl;
        QUrl statsUrl;
        QString caFile; // empty without TLS
        QString stateDir;
        QString userName; // the admin user the script created
        QString password;
    };

    // Where the tools are looked for, in order: CLUSTERDESK_NODE_BIN / CLUSTERDESK_SOURCE_DIR,
    // PATH (plus /usr/sbin for haproxy), next to `applicationDir`, and the build tree around it
    // (<build>/app/clusterdesk next to <build>/node/clusterdesk-node, the sources above).
    static Tools locateTools(const QString &applicationDir);
    static Tools locateTools() { return locateTools(QCoreApplication::applicationDirPath()); }
    // Reads what scripts/cluster wrote into <stateDir>/cluster.json.
    static Result readClusterJson(const QString &stateDir);

    explicit DemoClusterLauncher(QObject *parent = nullptr);
    ~DemoClusterLauncher() override;

    void setTools(const Tools &tools) { m_tools = tools; }
    Tools tools() const { return m_tools; }
    bool isAvailable() const { return m_tools.isComplete(); }
    // Stop the cluster when this process exits (scripts/cluster --watch-pid); on by default so
    // a demo never outlives the console.
    void setStopWithApplication(bool stop) { m_stopWithApplication = stop; }
    void setNodeCount(int nodes) { m_nodeCount = qBound(1, nodes, 9); }
    // Where the state directories go (default: the temporary directory).
    void setStateRoot(const QString &directory) { m_stateRoot = directory; }

    // Starts `scripts/cluster up`; false (and nothing started) when already running, when the
    // tools are incomplete or no free ports or state directory could be had. finished() follows
    // a true return exactly once.
    bool start(QString *error = nullptr);
    bool isRunning() const;
    // Kills the script (its own trap then stops what it had started).
    void cancel();
    // Runs `scripts/cluster down --dir stateDir` in the background; stopped() follows.
    bool stop(const QString &stateDir);

Q_SIGNALS:
    void progress(const QString &line);
    void finished(const DemoClusterLauncher::Result &result);
    void stopped(bool ok);

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    QProcessEnvironment environment() const;

    Tools m_tools;
    QProcess *m_process = nullptr;
    QString m_stateDir;
    QString m_stateRoot;
    QString m_output;
    int m_nodeCount = 3;
    bool m_stopWithApplication = true;
};
