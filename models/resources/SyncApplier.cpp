#include "SyncApplier.h"

#include "ClusterEndpoint.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

SyncApplier::SyncApplier(SyncPlan plan, QHash<QString, ResourceRepository *> repositories,
                         QObject *parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_results(m_plan.items.size())
{
    for (auto it = repositories.begin(); it != repositories.end(); ++it)
        m_repositories.insert(it.key(), it.value());
}

QHash<QString, ResourceRepository *>
SyncApplier::repositoriesOf(const QList<ClusterEndpoint *> &targets)
{
    QHash<QString, ResourceRepository *> repositories;
    for (ClusterEndpoint *target : targets) {
        if (target)
            repositories.insert(target->label(), target->repository());
    }
    return repositories;
}

int SyncApplier::count(SyncItemResult::Outcome outcome) const
{
    return int(std::count_if(m_results.begin(), m_results.end(),
                             [outcome](const SyncItemResult &r) { return r.outcome == outcome; }));
}

bool SyncApplier::allWritesApplied() const
{
    for (qsizetype i = 0; i < m_plan.items.size(); ++i) {
        if (m_plan.items.at(i).writes() &&
            m_results.at(i).outcome != SyncItemResult::Outcome::Applied)
            return false;
    }
    return true;
}

int SyncApplier::writesTotal() const
{
    return int(std::count_if(m_plan.items.begin(), m_plan.items.end(),
                             [](const SyncItem &item) { return item.writes(); }));
}

int SyncApplier::writesDone() const
{
    int done = 0;
    for (qsizetype i = 0; i < m_plan.items.size(); ++i) {
        if (m_plan.items.at(i).writes() &&
            m_results.at(i).outcome != SyncItemResult::Outcome::Pending)
            ++done;
    }
    return done;
}

void SyncApplier::cancel()
{
    if (!m_started || m_finished || m_cancelled)
        return;
    m_cancelled = true;
    for (auto it = m_queues.begin(); it != m_queues.end(); ++it) {
        const QList<int> never = std::exchange(it.value(), {});
        for (int index : never) {
            m_results[index].outcome = SyncItemResult::Outcome::Cancelled;
            m_results[index].detail = tr("not written: cancelled before it was sent");
            emit itemFinished(index);
        }
    }
}

void SyncApplier::start()
{
    if (m_started)
        return;
    m_started = true;
    for (qsizetype i = 0; i < m_plan.items.size(); ++i) {
        const SyncItem &item = m_plan.items.at(i);
        SyncItemResult &result = m_results[i];
        if (item.action == SyncItem::Action::Unchanged) {
            result.outcome = SyncItemResult::Outcome::Unchanged;
        } else if (item.action == SyncItem::Action::Blocked) {
            result.outcome = SyncItemResult::Outcome::Blocked;
            result.detail = item.reason;
        } else {
            m_queues[item.target].append(int(i));
        }
    }
    const QStringList targets = m_queues.keys();
    m_running = int(targets.size());
    QMetaObject::invokeMethod(
        this,
        [this, targets] {
            for (const QString &target : targets)
                next(target);
            checkFinished();
        },
        Qt::QueuedConnection);
}

void SyncApplier::next(const QString &target)
{
    QList<int> &queue = m_queues[target];
    if (queue.isEmpty()) {
        --m_running;
        checkFinished();
        return;
    }
    const int index = queue.takeFirst();
    const SyncItem &item = m_plan.items.at(index);
    ResourceRepository *repository = m_repositories.value(target);
    if (!repository) {
        m_results[index].outcome = SyncItemResult::Outcome::Failed;
        m_results[index].detail = tr("no connection to %1").arg(target);
        emit itemFinished(index);
        next(target);
        return;
    }
    auto callback = [this, index](const ResourceResult &result) { onResult(index, result); };
    if (item.action == SyncItem::Action::Create)
        repository->create(item.type, item.name, item.body, this, callback);
    else if (item.action == SyncItem::Action::Delete)
        repository->remove(item.type, item.name, item.ifMatch, this, callback);
    else
        repository->update(item.type, item.name, item.ifMatch, item.body, this, callback);
}

void SyncApplier::onResult(int index, const ResourceResult &result)
{
    const SyncItem &item = m_plan.items.at(index);
    SyncItemResult &out = m_results[index];
    out.resource = result.resource;
    using Status = ResourceResult::Status;
    switch (result.status) {
    case Status::Ok:
        out.outcome = SyncItemResult::Outcome::Applied;
        break;
    case Status::Conflict:
        out.outcome = SyncItemResult::Outcome::Conflict;
        out.detail =
            item.action == SyncItem::Action::Create
                ? tr("created on %1 by someone else since planning; plan again").arg(item.target)
                : tr("changed on %1 since planning; their version was kept, plan again")
                      .arg(item.target);
        break;
    case Status::NotFound:
        out.outcome = SyncItemResult::Outcome::Failed;
        out.detail = tr("deleted on %1 since planning; plan again").arg(item.target);
        break;
    case Status::ValidationFailed:
        out.outcome = SyncItemResult::Outcome::Failed;
        out.detail = tr("refused (%1): %2").arg(result.field, result.detail);
        break;
    case Status::Forbidden:
        out.outcome = SyncItemResult::Outcome::Failed;
        out.detail = tr("this account may not write on %1").arg(item.target);
        break;
    case Status::WritesRefused:
        out.outcome = SyncItemResult::Outcome::Failed;
        out.detail = result.outcomeText();
        break;
    case Status::ReadOnly:
        out.outcome = SyncItemResult::Outcome::Failed;
        out.detail = tr("not sent to %1: %2").arg(item.target, result.detail);
        break;
    case Status::PrimaryUnavailable:
    case Status::PreconditionRequired:
    case Status::NetworkError:
        // A lost answer may have been applied: unknown, never "failed".
        out.outcome = result.outcomeUnknown ? SyncItemResult::Outcome::Unknown
                                            : SyncItemResult::Outcome::Failed;
        out.detail = result.detail;
        break;
    }
    emit itemFinished(index);
    next(item.target);
}

void SyncApplier::checkFinished()
{
    if (m_finished || m_running > 0)
        return;
    m_finished = true;
    emit finished();
}
