#include "ResourceListSync.h"

#include "ApiClient.h"
#include "ClusterSnapshot.h"
#include "ResourceRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// A replica answering just behind the primary catches up within milliseconds; a few short
// re-asks spare the user a whole poll interval without hammering a node that stays behind.
constexpr int kCatchUpDelayMs = 400;
constexpr int kMaxCatchUpTries = 3;
} // namespace

ResourceListSync::ResourceListSync(ResourceRepository *repository, const QStringList &types,
                                   QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_types(types)
{
    m_catchUp.setSingleShot(true);
    m_catchUp.setInterval(kCatchUpDelayMs);
    connect(&m_catchUp, &QTimer::timeout, this, &ResourceListSync::fetchChanges);
}

qint64 ResourceListSync::newestRevision(const ClusterSnapshot &snapshot)
{
    if (!snapshot.isReachable() || snapshot.isStale())
        return -1;
    qint64 revision = -1;
    for (const NodeSnapshot &node : snapshot.nodes()) {
        if (node.config().revision)
            revision = std::max(revision, *node.config().revision);
    }
    return revision;
}

void ResourceListSync::reloadAll()
{
    if (!m_repository)
        return;
    ++m_generation; // a running full load or change fetch no longer counts
    m_changesBusy = false;
    m_catchUp.stop();
    m_revision = -1;
    m_listFloor = -1;
    m_listsPending = int(m_types.size());
    m_failedTypes.clear();
    for (const QString &type : std::as_const(m_types))
        listType(type, m_generation);
}

void ResourceListSync::reloadType(const QString &type)
{
    if (!m_repository || !m_types.contains(type))
        return;
    if (m_revision < 0 && m_listsPending == 0) {
        reloadAll(); // the lists never agreed on a revision: start over as a whole
        return;
    }
    // One list on its own: its answer is at least as new as the others, so it only refreshes.
    const quint64 generation = m_generation;
    m_repository->list(type, this, [this, type, generation](const ResourceResult &result) {
        if (generation != m_generation)
            return;
        if (!result.isOk()) {
            m_failedTypes.insert(type);
            Q_EMIT listFailed(type, result.detail);
            return;
        }
        m_failedTypes.remove(type);
        Q_EMIT listLoaded(type, result.resources);
    });
}

void ResourceListSync::listType(const QString &type, quint64 generation)
{
    m_repository->list(type, this, [this, type, generation](const ResourceResult &result) {
        if (generation == m_generation)
            onListed(type, generation, result);
    });
}

void ResourceListSync::onListed(const QString &type, quint64, const ResourceResult &result)
{
    --m_listsPending;
    if (result.isOk()) {
        m_failedTypes.remove(type);
        // The lists may come from nodes at different revisions: the lowest one is where the
        // change log has to start so nothing in between is missed.
        if (result.listRevision >= 0)
            m_listFloor =
                m_listFloor < 0 ? result.listRevision : std::min(m_listFloor, result.listRevision);
        Q_EMIT listLoaded(type, result.resources);
    } else {
        m_failedTypes.insert(type);
        Q_EMIT listFailed(type, result.detail);
    }
    if (m_listsPending > 0)
        return;
    if (!m_failedTypes.isEmpty() || m_listFloor < 0)
        return; // the next poll (or a retry) loads again
    m_revision = m_listFloor;
    Q_EMIT revisionReached(m_revision);
    if (m_wanted > m_revision)
        fetchChanges();
}

void ResourceListSync::noteRevision(qint64 revision)
{
    if (revision < 0)
        return;
    if (revision != m_wanted) {
        m_wanted = revision; // the latest poll's word, which may also go down (recreated)
        m_catchUpTries = 0;
    }
    if (isBusy())
        return; // looked at when the running load ends
    if (m_revision < 0) {
        reloadAll(); // never loaded, or the last load failed (e.g. before a password was fixed)
        return;
    }
    if (revision != m_revision)
        fetchChanges(); // newer, or behind us: a recreated history, which reloads
}

void ResourceListSync::syncNow()
{
    if (isBusy())
        return;
    if (m_revision < 0)
        reloadAll();
    else
        fetchChanges();
}

void ResourceListSync::fetchChanges()
{
    if (!m_repository || m_revision < 0 || isBusy())
        return;
    m_changesBusy = true;
    const qint64 after = m_revision;
    const quint64 generation = m_generation;
    ApiRequest request = ApiRequest::get(u"/api/v1/config/changes"_s);
    request.query.addQueryItem(u"after"_s, QString::number(after));
    request.query.addQueryItem(u"limit"_s, QString::number(ChangesLimit));
    m_repository->client()->send(request, this, [this, after, generation](const ApiResult &result) {
        if (generation != m_generation)
            return;
        if (!result.ok) {
            finishChanges(false, after); // the lists stay; the next poll asks again
            return;
        }
        onChanges(after, result.json.object());
    });
}

void ResourceListSync::onChanges(qint64 after, const QJsonObject &answer)
{
    const qint64 revision = answer.value(u"revision").toInteger(-1);
    const QJsonArray changes = answer.value(u"changes").toArray();
    if (revision < after && m_wanted >= after) {
        finishChanges(false, after); // a node that lags behind answered: ask again shortly
        return;
    }
    if (revision < after || changes.size() >= ChangesLimit) {
        // The cluster is behind the lists (its configuration was recreated) or there is too
        // much at once: list everything.
        m_changesBusy = false;
        reloadAll();
        return;
    }
    // The newest change per resource decides what to fetch.
    QMap<std::pair<QString, QString>, Pending> pending;
    qint64 newest = after;
    for (const QJsonValue &value : changes) {
        const QJsonObject change = value.toObject();
        const QString type = change.value(u"type").toString();
        const QString name = change.value(u"name").toString();
        const qint64 changeRevision = change.value(u"revision").toInteger(-1);
        if (changeRevision <= after || !m_types.contains(type) || name.isEmpty())
            continue;
        newest = std::max(newest, changeRevision);
        Pending &entry = pending[{type, name}];
        if (changeRevision >= entry.revision) {
            entry = {type, name, changeRevision,
                     change.value(u"operation").toString() == u"delete"};
        }
    }
    if (pending.size() > MaxSingleFetches) {
        m_changesBusy = false;
        reloadAll();
        return;
    }
    fetchChanged(pending.values(), std::max(revision, newest));
}

void ResourceListSync::fetchChanged(const QList<Pending> &pending, qint64 revision)
{
    if (pending.isEmpty()) {
        finishChanges(true, revision);
        return;
    }
    // Shared by the answers: when the last one arrives the revision moves on, unless one of
    // them came from a node that had not caught up yet (then the next ask repeats them).
    struct Round
    {
        int left = 0;
        bool complete = true;
    };
    auto round = std::make_shared<Round>();
    round->left = int(pending.size());
    const quint64 generation = m_generation;
    for (const Pending &entry : pending) {
        m_repository->get(entry.type, entry.name, this,
                          [this, entry, round, revision, generation](const ResourceResult &result) {
                              if (generation != m_generation)
                                  return;
                              using Status = ResourceResult::Status;
                              if (result.isOk() && result.resource &&
                                  result.resource->revision >= entry.revision)
                                  Q_EMIT resourceChanged(*result.resource);
                              else if (result.status == Status::NotFound && entry.deleted)
                                  Q_EMIT resourceRemoved(entry.type, entry.name);
                              else
                                  round->complete = false; // an older copy, or no answer
                              if (--round->left == 0)
                                  finishChanges(round->complete, revision);
                          });
    }
}

void ResourceListSync::finishChanges(bool complete, qint64 revision)
{
    m_changesBusy = false;
    if (complete && revision > m_revision) {
        m_revision = revision;
        Q_EMIT revisionReached(revision);
    }
    if (m_wanted > m_revision && m_catchUpTries < kMaxCatchUpTries) {
        ++m_catchUpTries;
        m_catchUp.start();
    }
}

void ResourceListSync::fetchSession()
{
    if (!m_repository)
        return;
    m_repository->fetchSession(
        this, [this](const std::optional<SessionInfo> &info) { Q_EMIT sessionKnown(info); });
}
