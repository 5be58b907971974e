#pragma once
// What the node counts for its /metrics page, from the request thread with atomics only:
// requests by route pattern, method and status with their durations, failed and throttled
// sign-ins. Label values come from closed sets (the route table's
// patterns, HTTP methods and status codes), never from a path, a user or an address.

#include "CounterFamily.h"
#include "ExpositionWriter.h"
#include "HistogramFamily.h"

namespace node {

class NodeMetrics final
{
public:
    // Every node metric starts with this, apart from the exporter's clusterdesk_node_*.
    static constexpr const char *kPrefix = "clusterdesk_refnode_";
    // The route label of a request that matched no route (404 and refusals before routing).
    static constexpr const char *kUnmatched = "unmatched";

    enum class SignInFailure { Password, Token };

    NodeMetrics();
    NodeMetrics(const NodeMetrics &) = delete;
    NodeMetrics &operator=(const NodeMetrics &) = delete;

    // A finished request; `status` 0 when it ended without an answer (the client left first).
    void countRequest(const QString &route, const QByteArray &method, int status, double seconds);
    void countFailedSignIn(SignInFailure reason);
    void countThrottledSignIn();

    quint64 requests(const QString &route, const QByteArray &method, int status) const;
    metrics::HistogramSnapshot durations(const QString &route) const;
    quint64 failedSignIns(SignInFailure reason) const;
    quint64 throttledSignIns() const;

    // The counted families (requests, durations, sign-ins).
    void write(metrics::ExpositionWriter &writer) const;

    static QString name(const char *suffix);
    // GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS as they are; anything else "OTHER".
    static QString methodLabel(const QByteArray &method);
    // The status code, or "none" for a request that ended without an answer.
    static QString codeLabel(int status);

private:
    metrics::CounterFamily m_requests;
    metrics::HistogramFamily m_durations;
    metrics::CounterFamily m_failedSignIns;
    metrics::CounterFamily m_throttledSignIns;
};

} // namespace node
