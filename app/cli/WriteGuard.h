#pragma once
// WriteGuard: the command line's guard before anything that changes a saved cluster (a
// `resources apply`, a `node` action): a cluster saved as read-only is refused, one labelled
// production needs --confirm with its name exactly. The window asks the same questions
// (WriteConfirmation, NodeActionConfirmation).

#include "ClusterProfile.h"

#include <QStringList>

namespace WriteGuard {

// Why the cluster must not be changed, as one line ending in a newline; empty when it may.
// `confirmations` are the --confirm values given.
QString refusal(const ClusterProfile &profile, const QStringList &confirmations);

} // namespace WriteGuard
