#pragma once
// Everything a route handler may use, owned by main() and shared by reference, so handler
// classes stay small and can be assembled differently in tests.

#include "HttpExchange.h"
#include "HttpResponse.h"
#include "NodeOptions.h"

#include <QDateTime>
#include <QString>

namespace node {

class ConfigDatabase;
class Credentials;
class FaultState;
class HistoryGuard;
class Membership;
class NodeMetrics;
class Replicator;
class RevisionWaiters;
class SessionRevocations;
class SpectrumSessions;

struct NodeContext
{
    const NodeOptions *options = nullptr;
    ConfigDatabase *database = nullptr;
    Credentials *credentials = nullptr;
    FaultState *faults = nullptr;
    Membership *membership = nullptr;
    Replicator *replicator = nullptr;
    RevisionWaiters *changeFeed = nullptr;        // primary: long-polls of /internal/v1/changes
    HistoryGuard *historyGuard = nullptr;         // whether this node may take writes now
    SessionRevocations *revocations = nullptr;    // token sessions ended by logout
    NodeMetrics *metrics = nullptr;               // what /metrics shows; may be null in tests
    SpectrumSessions *spectrumSessions = nullptr; // session use; --spectrum-compatible only
    QDateTime startedAt;
    QString clusterId;
    int activeRequests = 0;
    bool draining = false;

    QString role() const;
    // Derived from secret and name so every node of a cluster computes the same id.
    static QString deriveClusterId(const QByteArray &clusterSecret, const QString &clusterName);
};

} // namespace node
