#pragma once
// NodeCommand: `clusterdesk node drain|maint|ready` as a core object: finds the stats user's
// password (given, or the secret store's entry for the cluster), sets the node's state through
// HaproxyAdmin and reports HAProxy's own view afterwards. A read-only cluster, or a production
// one without --confirm and its name, is refused before anything is sent (WriteGuard, as
// `resources apply`). Exit 0 applied, 1 not applied (HAProxy answered otherwise, or the last
// serving node without --force), 2 error or refused.

#include "CliCommand.h"
#include "ClusterProfile.h"
#include "NodeAction.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class HaproxyAdmin;
class RequestDispatcher;
class SecretStore;

struct NodeCommandOptions
{
    ClusterProfile profile; // stats URL and user as saved, possibly overridden
    QString nodeId;
    NodeAction action = NodeAction::Drain;
    std::optional<QString> statsPassword; // wins over the secret store
    bool force = false;                   // also the last node serving requests
    QStringList confirmations;            // --confirm values: a production cluster's name
    bool json = false;
    SecretStore *secrets = nullptr; // must outlive the command
};

class NodeCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeCommand)

public:
    enum ExitCode : int { Success = 0, NotApplied = 1, Error = 2 };

    explicit NodeCommand(NodeCommandOptions options, QObject *parent = nullptr);
    ~NodeCommand() override;

    // Once; finished() comes from the event loop, never from inside this call.
    void start();

    static int exitCodeFor(NodeActionOutcome::Result result);
    static QString outcomeText(const NodeActionOutcome &outcome);
    static QByteArray outcomeJson(const NodeActionOutcome &outcome);

Q_SIGNALS:
    // The action is sent to HAProxy now (never after a refusal), and its outcome: what the
    // activity log records (NodeActionActivity), as the window's.
    void actionStarted(const QString &nodeId, NodeAction action);
    void actionFinished(const NodeActionOutcome &outcome);

private:
    void run(const QString &password);
    void fail(const QString &message);
    void onOutcome(const NodeActionOutcome &outcome);

    NodeCommandOptions m_options;
    std::unique_ptr<RequestDispatcher> m_dispatcher;
    HaproxyAdmin *m_admin = nullptr;
};
