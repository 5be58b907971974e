#pragma once
// ChangeRevert: the dry-run plan that undoes one logged change on its cluster, as a SyncPlan of
// one item for the plan dialog and SyncApplier: an update is written back to its definition
// before (If-Match), a delete re-created (If-None-Match: *), a create deleted (If-Match). The
// If-Match is the revision the change made: a resource changed since is refused as a conflict
// (blocked already at planning when the reading shows it), never overwritten. Secrets: the log
// holds no values, so a secret the change altered cannot be restored; the plan says so and the
// body leaves the field out, which keeps the cluster's current secret (never a placeholder).

#include "ChangeLogEntry.h"
#include "SyncPlan.h"

#include <QCoreApplication>

class ChangeRevert final
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRevert)

public:
    // `reading`: the change's cluster as read now (its label becomes the plan's target).
    static SyncPlan plan(const ChangeLogEntry &change, const ClusterReading &reading);
    // Why `change` cannot be reverted at all (not recorded, unknown operation); empty when it can.
    static QString unavailableReason(const ChangeLogEntry &change);
};
