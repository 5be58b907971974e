#pragma once
// ResourceListSync: keeps a cluster's resource lists current for the views. A full load lists
// every type once (and again on reloadAll(), F5); afterwards each newer configuration revision
// seen by the poll loads only what changed: GET /api/v1/config/changes?after=REV, then each
// changed resource. Results go out as values per resource; the item models never fetch.

#include "ResourceDefinition.h"
#include "SessionInfo.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

class ClusterSnapshot;
class ResourceRepository;
struct ResourceResult;

class ResourceListSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceListSync)

public:
    // Changes answered per request; a longer backlog reloads the lists instead.
    static constexpr int ChangesLimit = 500;
    // Distinct resources fetched one by one; more reload the lists instead.
    static constexpr int MaxSingleFetches = 50;

    // `repository` must outlive this object.
    ResourceListSync(ResourceRepository *repository, const QStringList &types,
                     QObject *parent = nullptr);

    // The newest configuration revision a poll saw (the primary's, or the best a replica
    // knows); -1 when the snapshot is stale, unreachable or has none.
    static qint64 newestRevision(const ClusterSnapshot &snapshot);

    // Lists every type again (F5, a retry after a failed load).
    void reloadAll();
    // Lists one type again (its Retry button).
    void reloadType(const QString &type);
    // A poll saw the cluster at `revision`: loads the changes after the lists' revision, or
    // retries a failed full load.
    void noteRevision(qint64 revision);
    // Asks for changes now (after a write made elsewhere in the console: copy, import).
    void syncNow();
    // Asks who the console is signed in as (GET /api/v1/session): sessionKnown() answers.
    void fetchSession();

    // The revision every list is known to be at; -1 until each type was listed once.
    qint64 revision() const { return m_revision; }
    bool isBusy() const { return m_listsPending > 0 || m_changesBusy; }
    // Types whose last list failed (their views show an error, not an empty list).
    QSet<QString> failedTypes() const { return m_failedTypes; }

Q_SIGNALS:
    // A complete list of `type` (a full load).
    void listLoaded(const QString &type, const QList<ResourceDefinition> &resources);
    // Listing `type` failed: `detail` says why; what is shown is not the cluster's list.
    void listFailed(const QString &type, const QString &detail);
    // A resource created or changed on the cluster since the lists were loaded.
    void resourceChanged(const ResourceDefinition &resource);
    // A resource deleted on the cluster since the lists were loaded.
    void resourceRemoved(const QString &type, const QString &name);
    // The lists reached `revision` (after a full load or an incremental one).
    void revisionReached(qint64 revision);
    // fetchSession()'s answer; nullopt when the node cannot tell (older node, network error).
    void sessionKnown(const std::optional<SessionInfo> &info);

private:
    struct Pending
    {
        QString type;
        QString name;
        qint64 revision = -1; // the newest change of this resource
        bool deleted = false; // its newest change was a delete
    };
    void listType(const QString &type, quint64 generation);
    void onListed(const QString &type, quint64 generation, const ResourceResult &result);
    void fetchChanges();
    void onChanges(qint64 after, const QJsonObject &answer);
    void fetchChanged(const QList<Pending> &pending, qint64 revision);
    void finishChanges(bool complete, qint64 revision);

    QPointer<ResourceRepository> m_repository;
    QStringList m_types;
    qint64 m_revision = -1;
    qint64 m_wanted = -1;    // the revision the latest poll reported
    qint64 m_listFloor = -1; // the lowest list revision of the running full load
    int m_listsPending = 0;
    quint64 m_generation = 0; // drops the answers of a superseded full load
    QSet<QString> m_failedTypes;
    bool m_changesBusy = false;
    int m_catchUpTries = 0; // re-asks while the answering node lags behind the poll
    QTimer m_catchUp;
};
