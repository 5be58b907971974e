#include "SpectrumPollCycle.h"

#include "DateHeaderClock.h"
#include "PollCycle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PollCycle)
};

// An answer the node wrote itself (not the load balancer's page, not a transport failure).
bool nodeAnswered(const ApiResult &result)
{
    return result.httpStatus > 0 && result.errorKind != ApiResult::ErrorKind::LoadBalancerPage &&
           result.errorKind != ApiResult::ErrorKind::Misrouted;
}

// A direct URL as HAProxy writes a server's address: "host:port", "[v6]:port".
QString addressOf(const QUrl &url)
{
    const QString host =
        url.host().contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(url.host()) : url.host();
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

// The profile's node that HAProxy's server is, not yet named after another server; -1 if none.
qsizetype sameNode(const QList<SpectrumNodeProbe> &nodes, const QList<bool> &named,
                   const HaproxyStats::Server &server)
{
    for (qsizetype i = 0; i < named.size(); ++i) {
        const QUrl &url = nodes.at(i).directUrl;
        if (named.at(i) || url.isEmpty())
            continue;
        if ((!server.address.isEmpty() && server.address == addressOf(url)) ||
            server.name.compare(url.host(), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace

std::optional<DateHeaderSample> DateHeaderSample::fromResult(const ApiResult &result)
{
    const QByteArray date = result.headers.value("Date").trimmed();
    if (date.isEmpty() || result.timings.sentAtUs <= 0)
        return std::nullopt;
    const auto seconds = DateHeaderClock::parseHttpDate(date);
    if (!seconds)
        return std::nullopt;
    DateHeaderSample sample;
    sample.sentAtUs = result.timings.sentAtUs;
    sample.receivedAtUs = result.timings.firstByteAtUs > 0 ? result.timings.firstByteAtUs
                                                           : result.timings.finishedAtUs;
    sample.dateSeconds = *seconds;
    if (sample.receivedAtUs < sample.sentAtUs)
        return std::nullopt;
    return sample;
}

SpectrumPollCycle::SpectrumPollCycle(ApiClient *loadBalancer, DirectClient directClient,
                                     SpectrumPlan plan, QObject *parent)
    : QObject(parent)
    , m_loadBalancer(loadBalancer)
    , m_directClient(std::move(directClient))
    , m_plan(std::move(plan))
    , m_statsTag(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &SpectrumPollCycle::onDeadline);
}

SpectrumPollCycle::~SpectrumPollCycle()
{
    cancel();
}

void SpectrumPollCycle::start()
{
    if (m_running)
        return;
    m_running = true;
    m_clock.start();
    m_outcome.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_deadline.start(deadline());
    if (m_plan.haproxyStatsUrl.isValid() && !m_plan.haproxyStatsUrl.isEmpty())
        fetchStats();
    else
        probeNodes();
}

void SpectrumPollCycle::cancel()
{
    const bool wasRunning = std::exchange(m_running, false);
    m_deadline.stop();
    if (!wasRunning)
        return;
    for (const Sent &sent : std::exchange(m_sent, {}))
        sent.client->cancel(sent.id);
    m_stats.drop();
}

void SpectrumPollCycle::fetchStats()
{
    m_stats.start(m_loadBalancer->dispatcher(), m_plan.haproxyStatsUrl, m_plan.requestTimeout,
                  m_plan.tlsPolicy, m_statsTag, this, m_outcome, [this] { probeNodes(); });
}

void SpectrumPollCycle::probeNodes()
{
    QStringList ids;
    for (const SpectrumNodeTarget &target : std::as_const(m_plan.nodes)) {
        SpectrumNodeProbe probe;
        probe.id = target.id;
        probe.directUrl = target.directUrl;
        ids.append(target.id);
        m_outcome.nodes.append(probe);
    }
    // HAProxy's servers are the nodes behind the load balancer. One that is a node the profile
    // lists (by address, or by host name) is that node, under HAProxy's name; any other is
    // reached through the load balancer by id.
    if (m_outcome.stats) {
        QList<bool> named(m_outcome.nodes.size(), false);
        for (const HaproxyStats::Server &server : m_outcome.stats->servers()) {
            if (ids.contains(server.name))
                continue;
            ids.append(server.name);
            const qsizetype same = sameNode(m_outcome.nodes, named, server);
            if (same >= 0) {
                m_outcome.nodes[same].id = server.name;
                named[same] = true;
                continue;
            }
            SpectrumNodeProbe probe;
            probe.id = server.name;
            m_outcome.nodes.append(probe);
        }
    }
    if (std::all_of(m_outcome.nodes.cbegin(), m_outcome.nodes.cend(),
                    [](const SpectrumNodeProbe &probe) { return !probe.directUrl.isEmpty(); }))
        probeLoadBalancer();
    for (int i = 0; i < m_outcome.nodes.size(); ++i) {
        SpectrumNodeProbe &probe = m_outcome.nodes[i];
        probe.catalogue.nodeId = probe.id;
        probe.path = probe.directUrl.isEmpty() ? ProbePath::ViaLoadBalancer : ProbePath::Direct;
        if (m_plan.readRest)
            readList(i, ServiceKind::Rest);
        if (m_plan.readSoap)
            readList(i, ServiceKind::Soap);
        if (!m_plan.readRest && !m_plan.readSoap) {
            // Nothing to read but whether it answers: the token service's description.
            ApiRequest request = nodeRequest(i, QStringLiteral("/security/rest"));
            request.query = QUrlQuery(QStringLiteral("_wadl"));
            send(i, request, [this, i](const ApiResult &result) { noteAnswer(i, result); });
        }
    }
    finishIfDone();
}

void SpectrumPollCycle::readList(int index, ServiceKind kind)
{
    const QString path =
        kind == ServiceKind::Rest ? QStringLiteral("/rest") : QStringLiteral("/soap");
    send(index, nodeRequest(index, path),
         [this, index, kind](const ApiResult &result) { onList(index, kind, result); });
}

void SpectrumPollCycle::onList(int index, ServiceKind kind, const ApiResult &result)
{
    noteAnswer(index, result);
    SpectrumNodeProbe &probe = m_outcome.nodes[index];
    if (nodeAnswered(result))
        (kind == ServiceKind::Rest ? probe.restStatus : probe.soapStatus) = result.httpStatus;
    if (!result.ok) {
        if (probe.catalogue.error.isEmpty())
            probe.catalogue.error = result.errorText;
        return;
    }
    QString error;
    const auto names = ServiceCatalogue::parseServiceList(result.body, kind, &error);
    if (!names) {
        probe.catalogue.error = error;
        return;
    }
    (kind == ServiceKind::Rest ? probe.catalogue.restRead : probe.catalogue.soapRead) = true;
    for (const QString &name : *names) {
        probe.catalogue.services.append(ServiceDescription{kind, name, {}, {}});
        readDescription(index, kind, name);
    }
}

void SpectrumPollCycle::probeLoadBalancer()
{
    // A catalogue where one is published: it needs the token, so the host check shows too.
    ApiRequest request = ApiRequest::get(m_plan.readRest   ? QStringLiteral("/rest")
                                         : m_plan.readSoap ? QStringLiteral("/soap")
                                                           : QStringLiteral("/security/rest"));
    if (!m_plan.readRest && !m_plan.readSoap)
        request.query = QUrlQuery(QStringLiteral("_wadl"));
    request.expectJson = false;
    request.timeout = m_plan.requestTimeout;
    m_outcome.loadBalancer.asked = true;
    sendVia(m_loadBalancer, request, [this](const ApiResult &result) {
        LoadBalancerProbe &probe = m_outcome.loadBalancer;
        probe.answered = nodeAnswered(result);
        if (!result.ok)
            probe.error = result.errorText;
        if (SpectrumSession::isInvalidTokenRefusal(result) && m_loadBalancer->hostCheckSuspected())
            m_outcome.hostCheckRefused = true;
    });
}

void SpectrumPollCycle::readDescription(int index, ServiceKind kind, const QString &name)
{
    ApiRequest request = nodeRequest(index, ServiceCatalogue::descriptionPath(kind, name));
    request.query =
        QUrlQuery(kind == ServiceKind::Rest ? QStringLiteral("_wadl") : QStringLiteral("wsdl"));
    send(index, request, [this, index, kind, name](const ApiResult &result) {
        noteAnswer(index, result);
        for (ServiceDescription &service : m_outcome.nodes[index].catalogue.services) {
            if (service.kind != kind || service.name != name)
                continue;
            if (result.ok)
                service.sha256 = ServiceCatalogue::digest(result.body);
            else
                service.error = result.errorText;
        }
    });
}

void SpectrumPollCycle::noteAnswer(int index, const ApiResult &result)
{
    SpectrumNodeProbe &probe = m_outcome.nodes[index];
    if (const auto sample = DateHeaderSample::fromResult(result); sample && nodeAnswered(result)) {
        probe.dateSamples.append(*sample);
        scheduleDateSample(index);
    }
    if (SpectrumSession::isInvalidTokenRefusal(result) && clientFor(index)->hostCheckSuspected())
        m_outcome.hostCheckRefused = true;
    if (probe.answered || !nodeAnswered(result) || result.httpStatus == 401) {
        if (!probe.answered && probe.error.isEmpty()) {
            probe.error = result.errorText;
            if (m_outcome.errorCode.isEmpty())
                m_outcome.errorCode = PollCycle::errorCodeOf(result);
        }
        return;
    }
    probe.answered = true;
    probe.error.clear();
    probe.latencyMs = double(result.timings.elapsedUs) / 1000.0;
    probe.slow = probe.latencyMs > double(m_plan.nodeTimeout.count());
    if (probe.slow)
        probe.error = Tr::tr("the node answered only after %1 ms").arg(qRound(probe.latencyMs));
    if (!m_outcome.reachable)
        m_outcome.reachable = true;
}

void SpectrumPollCycle::scheduleDateSample(int index)
{
    if (!m_plan.nextDateSampleAtUs || m_dateSampleWaiting.value(index) ||
        m_extraDateSamples.value(index) >= m_plan.maxExtraDateSamples)
        return;
    const SpectrumNodeProbe &probe = m_outcome.nodes.at(index);
    const auto at = m_plan.nextDateSampleAtUs(probe.id, probe.dateSamples);
    if (!at)
        return;
    const qint64 delayMs =
        std::max<qint64>(0, (*at - QDateTime::currentMSecsSinceEpoch() * 1000) / 1000);
    // Only when its answer can still come back within this poll's deadline.
    if (m_clock.elapsed() + delayMs + m_plan.nodeTimeout.count() >= deadline().count())
        return;
    m_dateSampleWaiting.insert(index, true);
    ++m_extraDateSamples[index];
    ++m_out; // the poll waits for the timer too
    QTimer::singleShot(std::chrono::milliseconds(delayMs), Qt::PreciseTimer, this, [this, index] {
        m_dateSampleWaiting.insert(index, false);
        --m_out;
        if (!m_running)
            return;
        ApiRequest request = nodeRequest(index, QStringLiteral("/security/rest"));
        request.query = QUrlQuery(QStringLiteral("_wadl"));
        send(index, request, [this, index](const ApiResult &result) { noteAnswer(index, result); });
    });
}

ApiClient *SpectrumPollCycle::clientFor(int index) const
{
    const QUrl &url = m_outcome.nodes.at(index).directUrl;
    if (url.isEmpty() || !m_directClient)
        return m_loadBalancer;
    ApiClient *client = m_directClient(url);
    return client ? client : m_loadBalancer;
}

ApiRequest SpectrumPollCycle::nodeRequest(int index, const QString &path) const
{
    ApiRequest request = ApiRequest::get(path);
    request.expectJson = false;
    request.timeout = m_plan.requestTimeout;
    const SpectrumNodeProbe &probe = m_outcome.nodes.at(index);
    // The header, not targetNodeId: a Spectrum node does not name itself in its answers.
    if (probe.directUrl.isEmpty())
        request.headers.set("X-Cluster-Node", probe.id.toUtf8());
    return request;
}

void SpectrumPollCycle::send(int index, const ApiRequest &request, ApiClient::Callback callback)
{
    sendVia(clientFor(index), request, [this, index, callback](const ApiResult &result) {
        ApiResult checked = result;
        const QString &target = m_outcome.nodes.at(index).id;
        if (m_outcome.nodes.at(index).directUrl.isEmpty() && !result.nodeId.isEmpty() &&
            result.nodeId != target) {
            checked.ok = false;
            checked.errorKind = ApiResult::ErrorKind::Misrouted;
            checked.errorText =
                Tr::tr("the request for node %1 was answered by %2").arg(target, result.nodeId);
        }
        callback(checked);
    });
}

void SpectrumPollCycle::sendVia(ApiClient *client, const ApiRequest &request,
                                ApiClient::Callback callback)
{
    ++m_out;
    auto id = std::make_shared<quint64>(0);
    *id = client->send(request, this, [this, id, callback](const ApiResult &result) {
        std::erase_if(m_sent, [&](const Sent &sent) { return sent.id == *id; });
        --m_out;
        if (!m_running)
            return;
        callback(result);
        finishIfDone();
    });
    if (m_out > 0 && *id != 0)
        m_sent.push_back({client, *id});
}

void SpectrumPollCycle::finishIfDone()
{
    if (!m_running || m_out > 0 || m_stats.isOut())
        return;
    m_running = false;
    m_deadline.stop();
    m_outcome.finishedAtMs = QDateTime::currentMSecsSinceEpoch();
    if (m_outcome.reachable) {
        m_outcome.errorCode.clear();
    } else {
        if (m_outcome.errorCode.isEmpty())
            m_outcome.errorCode = QStringLiteral("error");
        for (const SpectrumNodeProbe &probe : std::as_const(m_outcome.nodes)) {
            if (!probe.error.isEmpty()) {
                m_outcome.error = probe.error;
                break;
            }
        }
        if (m_outcome.hostCheckRefused)
            m_outcome.error = Tr::tr("the sign-in worked, but the new token was refused as "
                                     "invalid: Spectrum's host check (see the findings)");
        if (m_outcome.nodes.isEmpty())
            m_outcome.error = Tr::tr("no node is known: give the nodes' URLs or the load "
                                     "balancer's statistics page in the cluster's settings");
    }
    emit finished(m_outcome);
}

void SpectrumPollCycle::onDeadline()
{
    if (!m_running)
        return;
    const QString late = Tr::tr("no answer within %1 ms").arg(deadline().count());
    for (SpectrumNodeProbe &probe : m_outcome.nodes) {
        if (!probe.answered && probe.error.isEmpty())
            probe.error = late;
    }
    for (const Sent &sent : std::exchange(m_sent, {}))
        sent.client->cancel(sent.id);
    m_out = 0;
    m_stats.dropLate(late);
    finishIfDone();
}
