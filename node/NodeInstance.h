#pragma once
// One running node assembled from its options: storage, credentials, faults, membership,
// replication and the HTTP server, wired together. main() runs one; tests run several
// in one process.

#include "NodeContext.h"
#include "NodeOptions.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <memory>

class QNetworkAccessManager;

namespace node {

// The parts NodeContext does not already declare.
class NodeServer;
class UsersFileWatcher;

class NodeInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeInstance)

public:
    explicit NodeInstance(NodeOptions options, QObject *parent = nullptr);
    ~NodeInstance() override;

    // Reads the secret and users files, opens the database and listens. On failure `error`
    // says why and `exitCode` is 2 for bad configuration files, 1 for runtime failures.
    bool start(QString *error, int *exitCode = nullptr);
    quint16 port() const;
    // Health turns 503, the listener closes, held long-polls are answered; drained() follows
    // once no request is open (or after 2 s).
    void beginShutdown();

    const NodeOptions &options() const { return m_options; }
    NodeContext &context() { return m_context; }
    FaultState &faults() { return *m_faults; }
    ConfigDatabase &database() { return *m_database; }
    const NodeMetrics &metrics() const { return *m_metrics; }

    // The identical first state of every node's database (license and dataflows).
    static QJsonObject seed(const NodeOptions &options);
    // --cluster-secret-file's secret (a random one without a file); `error` set on failure.
    static QByteArray readSecret(const QString &path, QString *error);

Q_SIGNALS:
    void drained();

private:
    NodeOptions m_options;
    NodeContext m_context;
    std::unique_ptr<NodeMetrics> m_metrics;
    // Declared in dependency order: destroyed server-first.
    std::unique_ptr<ConfigDatabase> m_database;
    std::unique_ptr<Credentials> m_credentials;
    std::unique_ptr<FaultState> m_faults;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Membership> m_membership;
    std::unique_ptr<Replicator> m_replicator;
    std::unique_ptr<RevisionWaiters> m_changeFeed;
    std::unique_ptr<HistoryGuard> m_historyGuard;
    std::unique_ptr<SessionRevocations> m_revocations;
    std::unique_ptr<SpectrumSessions> m_spectrumSessions;
    std::unique_ptr<UsersFileWatcher> m_usersWatcher;
    std::unique_ptr<NodeServer> m_server;
    QTimer m_drainCheck;
    QElapsedTimer m_draining;
};

} // namespace node
