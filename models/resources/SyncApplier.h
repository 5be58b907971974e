#pragma once
// SyncApplier: carries out a SyncPlan: per target cluster one write at a time (If-None-Match: *
// to create, If-Match with the planned ETag to update or, in a revert, delete), targets in
// parallel. Each resource is
// one PUT, so it is written whole or not at all; a 412 is reported for that item (the target's
// newer version is kept), and a failing target never stops the others.

#include "EnumKey.h"
#include "ResourceRepository.h"
#include "SyncPlan.h"

#include <QHash>
#include <QObject>
#include <QPointer>

struct SyncItemResult
{
    Q_GADGET

public:
    enum class Outcome {
        Pending,
        Applied,   // created or updated
        Unchanged, // nothing to do
        Blocked,   // the plan said it cannot be applied
        Conflict,  // 412: changed or created on the target since planning; plan again
        Failed,    // refused or no answer; `detail` says why
        Cancelled, // never sent: the user cancelled first
        Unknown    // sent but the answer was lost: maybe applied; `detail` names the request id
    };
    Q_ENUM(Outcome)

    Outcome outcome = Outcome::Pending;
    QString detail;                             // translated
    std::optional<ResourceDefinition> resource; // Applied: the new version; Conflict: theirs

    // "applied", "conflict", ...
    static QString outcomeName(Outcome outcome) { return enumKey(outcome); }
};

class ClusterEndpoint;

class SyncApplier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncApplier)

public:
    // `repositories`: per target label; each must outlive the applier. A target without one
    // fails its writes.
    SyncApplier(SyncPlan plan, QHash<QString, ResourceRepository *> repositories,
                QObject *parent = nullptr);
    // The repositories of these clusters by label, for the constructor.
    static QHash<QString, ResourceRepository *>
    repositoriesOf(const QList<ClusterEndpoint *> &targets);

    // Once; finished() comes from the event loop, also for a plan without writes.
    void start();
    // No further write is sent: those still queued end Cancelled at once; the ones already
    // sent finish and report what the server did, then finished() follows. Nothing is left
    // half-written: each write is one whole resource.
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    // Writes that ended (any outcome but Pending), of writesTotal().
    int writesDone() const;
    int writesTotal() const;
    bool isFinished() const { return m_finished; }
    const SyncPlan &plan() const { return m_plan; }
    const QList<SyncItemResult> &results() const { return m_results; }
    int count(SyncItemResult::Outcome outcome) const;
    // Every write applied (blocked and unchanged items aside).
    bool allWritesApplied() const;

Q_SIGNALS:
    void itemFinished(int index);
    void finished();

private:
    void next(const QString &target);
    void onResult(int index, const ResourceResult &result);
    void checkFinished();

    SyncPlan m_plan;
    QHash<QString, QPointer<ResourceRepository>> m_repositories;
    QList<SyncItemResult> m_results;
    QHash<QString, QList<int>> m_queues; // target -> item indexes still to write
    int m_running = 0;
    bool m_started = false;
    bool m_cancelled = false;
    bool m_finished = false;
};
