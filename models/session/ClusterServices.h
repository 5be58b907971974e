#pragma once
// ClusterServices: the controllers one cluster's page works through, made by ConsoleSession
// for that cluster: the resource repository over the pool's client (the one write path with
// one conflict policy, shared by the lists and every editor), the lists' sync over it, the
// editors' drafts, the change log fetcher and the node history query. The page hands them to its
// panels; none of them hands out the store or the client, and each answers with values.

#include <QObject>
#include <QPointer>

class ApiClient;
class ChangeLogFetcher;
class NodeActionController;
class NodeHistoryQuery;
class ResourceDrafts;
class ResourceListSync;
class ResourceRepository;
class ResourceTestFanout;
class StoreThread;

class ClusterServices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterServices)

public:
    // Neither `client` nor `store` is owned; both must outlive the services. A null client
    // (an unknown profile) leaves repository() and listSync() null and the change log unconnected;
    // a null store keeps drafts in memory and reads no history.
    ClusterServices(const QString &profileId, ApiClient *client, StoreThread *store,
                    QObject *parent = nullptr);

    QString profileId() const { return m_profileId; }
    // Null when the cluster has no client.
    ResourceRepository *repository() const { return m_repository; }
    // Every resource type's list: full loads, then only what changed (null without a client).
    ResourceListSync *listSync() const { return m_listSync; }
    ResourceDrafts *drafts() const { return m_drafts; }
    ChangeLogFetcher *changeLog() const { return m_changeLog; }
    NodeHistoryQuery *nodeHistory() const { return m_nodeHistory; }
    // Drain, maintenance and ready at the load balancer (null when not set up).
    NodeActionController *nodeActions() const { return m_nodeActions; }
    void setNodeActions(NodeActionController *actions);
    // Tests resource definitions on every node (null when the cluster has no client).
    ResourceTestFanout *resourceTests() const { return m_resourceTests; }
    void setResourceTests(ResourceTestFanout *tests);

private:
    QString m_profileId;
    ResourceRepository *m_repository = nullptr;
    ResourceListSync *m_listSync = nullptr;
    ResourceDrafts *m_drafts;
    ChangeLogFetcher *m_changeLog;
    NodeHistoryQuery *m_nodeHistory;
    NodeActionController *m_nodeActions = nullptr;
    ResourceTestFanout *m_resourceTests = nullptr;
};
