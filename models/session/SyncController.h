#pragma once
// SyncController: copying resource definitions to one or many saved clusters, for the plan
// dialog: reads the targets (one nonce, so secret digests compare), builds the dry-run plan
// (SyncPlan::build), applies it (SyncApplier: If-None-Match: * to create, If-Match to update,
// one whole resource per write) and reports each item's outcome as a value. Nothing is written
// before apply(); a write's outcome is never guessed (Unknown when the answer was lost). A
// reading after its own writes is never older than them (a replica that has not caught up is
// asked again), so "Plan again" after Apply shows what is left, not a lagging copy. The same
// machinery reverts one logged change (setRevert).

#include "ChangeLogEntry.h"
#include "ClusterEndpoint.h"
#include "ClusterReader.h"
#include "SyncApplier.h"
#include "SyncPlan.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    explicit SyncController(ClusterEndpointLookup endpoints, QObject *parent = nullptr);

    // What to copy: definitions from a cluster (or a definitions file) and where they came from.
    void setSource(const QString &label, const QList<ResourceDefinition> &definitions);
    QString sourceLabel() const { return m_sourceLabel; }
    const QList<ResourceDefinition> &source() const { return m_source; }
    // Instead of a copy: the plan that reverts `change` on its cluster (ChangeRevert), read and
    // planned like a copy's, applied by the same applier (If-Match / If-None-Match: *).
    void setRevert(const ChangeLogEntry &change, const QString &profileId);
    bool isRevert() const { return m_revert.has_value(); }
    std::optional<ChangeLogEntry> revertedChange() const { return m_revert; }
    // Where to (saved clusters by profile id); reads them with a fresh nonce.
    void setTargets(const QStringList &profileIds);
    int targetCount() const { return int(m_targetIds.size()); }
    // The clusters the reading that runs reads (the targets still saved).
    int readingTotal() const { return m_reader->total(); }
    // Reads the targets again (ignored while a reading or an apply runs); readProgress() as
    // each answers, targetsRead() at the end, never from inside this call.
    void readTargets();
    // Plans against readings already made (tests, or a caller that has them).
    void setReadings(const QList<ClusterReading> &readings, const QByteArray &nonce);
    const QList<ClusterReading> &readings() const { return m_readings; }

    // Builds the plan from the readings with `options` (its nonce is the readings'); false,
    // with the plan left as it was, while reading or applying or before any reading.
    bool replan(SyncOptions options);
    const SyncPlan &plan() const { return m_plan; }
    // The saved clusters the plan writes to, as their profiles (for the confirmation a
    // production target asks for); a target without writes is left out.
    QList<ClusterProfile> writeTargets() const;

    // Applies the plan's writes (once per plan); itemFinished() per item, applyFinished() at
    // the end, never from inside this call. False when there is nothing to write or an apply
    // runs.
    bool apply();
    // Stops what runs: a reading sends no further request and plans nothing (true is
    // returned); an apply sends no further write, and applyFinished() follows once the writes
    // already sent have answered (false is returned).
    bool cancel();
    bool isReading() const { return m_reader->isRunning(); }
    bool isApplying() const { return m_applier && !m_applier->isFinished(); }
    // The outcome of the last apply, per plan item (empty before one started).
    QList<SyncItemResult> results() const;
    // One item's outcome (Pending before it ended or out of range).
    SyncItemResult result(int index) const;
    int count(SyncItemResult::Outcome outcome) const;
    int writesDone() const { return m_applier ? m_applier->writesDone() : 0; }
    int writesTotal() const;
    // The last apply finished and every write of it applied (blocked and unchanged aside).
    bool allWritesApplied() const;

Q_SIGNALS:
    void readProgress(int done, int total);
    void targetsRead();
    void itemFinished(int index);
    void applyFinished();
    // A write was applied on `target` (its label), which is at `revision` from now on.
    void wrote(const QString &target, qint64 revision);

private:
    QList<ClusterEndpoint *> targets() const;
    void onItemFinished(int index);

    ClusterEndpointLookup m_endpoints;
    QString m_sourceLabel;
    QList<ResourceDefinition> m_source;
    std::optional<ChangeLogEntry> m_revert;
    QStringList m_targetIds;
    QList<ClusterReading> m_readings;
    QByteArray m_nonce;
    QHash<QString, qint64> m_written; // target label -> newest revision written there
    SyncPlan m_plan;
    ClusterReader *m_reader;
    QPointer<SyncApplier> m_applier;
};
