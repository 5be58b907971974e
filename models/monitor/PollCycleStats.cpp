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

void StatsFetch::start(RequestDispatcher *dispatcher, const QUrl &csvUrl,
                       std::chrono::milliseconds timeout, const TlsPolicy &tlsPolicy,
                       const QString &tag, QObject *context, StatsReading &into,
                       std::function<void()> then)
{
    drop();
    m_dispatcher = dispatcher;
    m_into = &into;
    into.statsAsked = true;
    ApiRequest request = ApiRequest::get(csvUrl.path());
    request.query = QUrlQuery(csvUrl);
    request.timeout = timeout;
    request.expectJson = false;
    QUrl url = csvUrl;
    url.setPath(QString());
    url.setQuery(QString());
    // A dropped request still answers (Cancelled): the generation tells it from the current one.
    const quint64 generation = ++m_generation;
    m_request =
        dispatcher->dispatch(request, url, tlsPolicy, tag, context,
                             [this, generation, then = std::move(then)](const ApiResult &result) {
                                 if (generation != m_generation || m_request == 0)
                                     return;
                                 m_request = 0;
                                 QString error = result.errorText;
                                 std::optional<HaproxyStats> stats;
                                 if (result.ok)
                                     stats = HaproxyStats::parse(result.body, &error);
                                 m_into->takeStats(std::move(stats), error);
                                 then();
                             });
}

void StatsFetch::drop()
{
    ++m_generation;
    if (m_request != 0)
        m_dispatcher->cancel(std::exchange(m_request, 0));
}

void StatsFetch::dropLate(const QString &late)
{
    if (m_request != 0 && m_into->statsError.isEmpty())
        m_into->statsError = late;
    drop();
}
