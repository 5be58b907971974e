// The load balancer's statistics in a poll, on either poll path (PollCycle, SpectrumPollCycle):
// asked straight from HAProxy, kept in the outcome, applied to the nodes.

#include "PollCycle.h"

#include <QUrlQuery>

void StatsReading::takeStats(std::optional<HaproxyStats> answer, const QString &error)
{
    stats = std::move(answer);
    if (!stats)
        statsError = error;
}

ClusterSnapshot::LoadBalancerView StatsReading::applyStats(QList<NodeSnapshot> &nodes) const
{
    ClusterSnapshot::LoadBalancerView view;
    if (stats) {
        nodes = stats->apply(nodes);
        view.available = true;
        view.serversUp = stats->serversUp();
        view.serversTotal = int(stats->servers().size());
    } else if (statsAsked) {
        view.error = statsError;
    }
    return view;
}

quint64 PollCycle::fetchStats(
    RequestDispatcher *dispatcher, const QUrl &csvUrl, std::chrono::milliseconds timeout,
    const TlsPolicy &tlsPolicy, const QString &tag, QObject *context,
    std::function<void(std::optional<HaproxyStats> stats, const QString &error)> done)
{
    ApiRequest request = ApiRequest::get(csvUrl.path());
    request.query = QUrlQuery(csvUrl);
    request.timeout = timeout;
    request.expectJson = false;
    QUrl url = csvUrl;
    url.setPath(QString());
    url.setQuery(QString());
    return dispatcher->dispatch(request, url, tlsPolicy, tag, context,
                                [done = std::move(done)](const ApiResult &result) {
                                    QString error = result.errorText;
                                    std::optional<HaproxyStats> stats;
                                    if (result.ok)
                                        stats = HaproxyStats::parse(result.body, &error);
                                    done(std::move(stats), error);
                                });
}
