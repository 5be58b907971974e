#pragma once
// NodeActionController: one cluster page's node actions at the load balancer (drain,
// maintenance, ready). Takes the stats URL and user from the saved profile and the stats user's
// password from the secret store (its own key, apart from the cluster's password), runs
// HaproxyAdmin and asks the monitor to poll again so the table shows HAProxy's new view. Every
// node action of the window goes through here and ends in finished(outcome).

#include "NodeAction.h"

#include <QObject>
#include <QPointer>

#include <memory>

class HaproxyAdmin;
class MonitorService;
class ProfileService;
class RequestDispatcher;
class SecretStore;

class NodeActionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeActionController)

public:
    // None owned; each must outlive the controller (the monitor may be null: no refresh).
    NodeActionController(const QString &profileId, ProfileService *profiles, SecretStore *secrets,
                         MonitorService *monitor, QObject *parent = nullptr);
    ~NodeActionController() override;

    QString profileId() const { return m_profileId; }
    // Empty when actions can run; otherwise why not (no stats URL or user saved).
    QString unavailableReason() const;
    bool isBusy() const;

    // Uses the saved stats password; passwordNeeded() when there is none.
    void run(const QString &nodeId, NodeAction action, bool allowLastServingNode);
    // With a password the user typed, kept in the secret store when `save` is set.
    void runWithPassword(const QString &nodeId, NodeAction action, bool allowLastServingNode,
                         const QString &password, bool save);

Q_SIGNALS:
    void started(const QString &nodeId, NodeAction action);
    // No stats password is saved (or it cannot be read): ask for it, then runWithPassword().
    void passwordNeeded(const QString &nodeId, NodeAction action, bool allowLastServingNode,
                        const QString &reason);
    void finished(const NodeActionOutcome &outcome);

private:
    void start(const QString &nodeId, NodeAction action, bool allowLastServingNode,
               const QString &password);
    void onFinished(const NodeActionOutcome &outcome);

    QString m_profileId;
    QPointer<ProfileService> m_profiles;
    QPointer<SecretStore> m_secrets;
    QPointer<MonitorService> m_monitor;
    std::unique_ptr<RequestDispatcher> m_dispatcher;
    HaproxyAdmin *m_admin;
};
