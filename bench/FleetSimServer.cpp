// fleet_sim_server: many simulated clusters for bench/event_loop_bench, one loopback port per
// cluster (a load balancer's address), answering the endpoints a console poll uses as
// docs/api.md specifies for a cluster of N nodes, with X-Cluster-Node targeting. Values drift
// between polls (clock offsets, latencies, revisions, a node that degrades now and then) so the
// console has changes to apply. 50 x 64 real nodes would be 3,200 processes; this is one.
//
// Usage: fleet_sim_server --clusters 50 --nodes 64 --ports-file FILE [--password P]
//        [--max-latency-ms 3] [--legacy-nodes]
// /api/v1/node carries t1Us/t2Us and membershipEtag (and /api/v1/cluster membershipEtag) as
// docs/api.md says; --legacy-nodes answers as older nodes did, without them.
// FILE receives one port per line (cluster 1 first) once every port listens.
#include "BenchOptions.h"

#include <QAbstractHttpServer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

constexpr qint64 RevisionEveryMs = 30'000; // the primary's revision advances this often
constexpr qint64 CatchUpStepMs = 40;       // replica k reaches a new revision k*40 ms later
constexpr qint64 DegradedPeriodMs = 60'000;
constexpr qint64 DegradedForMs = 10'000;

struct SimNode
{
    QString id;
    double baseOffsetMs = 0; // the node's clock minus the cluster's reference
    double driftAmplitudeMs = 0;
    double driftPhase = 0;
    int baseLatencyMs = 0; // added before the answer (a farther data centre)
    qint64 startedAtMs = 0;
};

struct SimCluster
{
    int index = 0;
    quint16 port = 0;
    QString id;
    QString name;
    QByteArray token;
    qint64 phaseMs = 0; // spreads the clusters' revision bumps and degradations over time
    bool hasFlappingNode = false;
    std::vector<SimNode> nodes;
    quint64 roundRobin = 0;
    QString membershipEtag; // the member list never changes here
};

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

QString rfc3339(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QByteArray headerValue(const QHttpServerRequest &request, QByteArrayView name)
{
    for (const auto &[key, value] : request.headers()) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

struct Answer
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QByteArray nodeId; // X-Cluster-Node-Id
    qint64 revision = 0;
    int delayMs = 0;
    bool unauthorized = false;
};

Answer problem(int status, const QString &slug, const QString &title)
{
    Answer answer;
    answer.status = status;
    answer.contentType = "application/problem+json";
    answer.body =
        QJsonDocument(QJsonObject{{QStringLiteral("type"),
                                   QStringLiteral("https://clusterdesk.example/problems/") + slug},
                                  {QStringLiteral("title"), title},
                                  {QStringLiteral("status"), status}})
            .toJson(QJsonDocument::Compact);
    return answer;
}

Answer json(const QJsonObject &object)
{
    Answer answer;
    answer.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return answer;
}

class FleetSimServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetSimServer)

public:
    FleetSimServer(int clusters, int nodes, const QString &password, int maxLatencyMs,
                   bool legacyNodes)
        : m_basic("Basic " + QByteArray("admin:" + password.toUtf8()).toBase64())
        , m_startedAtMs(nowMs())
        , m_legacyNodes(legacyNodes)
    {
        QRandomGenerator random(20261127); // the same fleet every run
        for (int c = 0; c < clusters; ++c) {
            SimCluster cluster;
            cluster.index = c;
            cluster.name = QStringLiteral("sim-%1").arg(c + 1, 2, 10, QLatin1Char('0'));
            cluster.id = QString::fromLatin1(
                QCryptographicHash::hash(cluster.name.toUtf8(), QCryptographicHash::Sha256)
                    .toHex()
                    .left(32));
            cluster.token = "sim-token-" + QByteArray::number(c + 1);
            cluster.phaseMs = random.bounded(RevisionEveryMs);
            cluster.hasFlappingNode = c % 5 == 0;
            for (int n = 0; n < nodes; ++n) {
                SimNode node;
                node.id = QStringLiteral("node-%1").arg(n + 1);
                // Most clocks within a few ms; some past the warning (50 ms), a rare one critical.
                const int kind = random.bounded(100);
                const double spread = kind < 90 ? 8 : kind < 99 ? 120 : 1200;
                node.baseOffsetMs = n == 0 ? 0 : (random.generateDouble() - 0.5) * spread;
                node.driftAmplitudeMs = random.generateDouble() * 3;
                node.driftPhase = random.generateDouble() * 6.283;
                node.baseLatencyMs = maxLatencyMs > 0 && random.bounded(4) == 0
                                         ? int(random.bounded(maxLatencyMs + 1))
                                         : 0;
                node.startedAtMs = m_startedAtMs - random.bounded(86'400'000);
                cluster.nodes.push_back(node);
            }
            QCryptographicHash members(QCryptographicHash::Sha256);
            for (int n = 0; n < nodes; ++n)
                members.addData(QStringLiteral("node-%1 %2\n").arg(n + 1).arg(n == 0).toUtf8());
            cluster.membershipEtag = QString::fromLatin1(members.result().toHex().left(32));
            m_clusters.push_back(std::move(cluster));
        }
        m_maxLatencyMs = maxLatencyMs;
    }

    // Listens on a kernel-chosen loopback port per cluster.
    bool listenAll(QString *error)
    {
        for (SimCluster &cluster : m_clusters) {
            auto *server = new QTcpServer(this);
            if (!server->listen(QHostAddress::LocalHost, 0)) {
                *error = server->errorString();
                return false;
            }
            cluster.port = server->serverPort();
            m_byPort.insert(cluster.port, cluster.index);
            bind(server);
        }
        return true;
    }

    QList<quint16> ports() const
    {
        QList<quint16> result;
        for (const SimCluster &cluster : m_clusters)
            result.append(cluster.port);
        return result;
    }

    quint64 answered() const { return m_answered; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const int index = m_byPort.value(socket->localPort(), -1);
        Answer answer = index < 0
                            ? problem(404, QStringLiteral("no-route"), QStringLiteral("Not Found"))
                            : route(m_clusters[index], request);
        if (answer.delayMs <= 0) {
            send(makeResponder(request, socket), answer);
            return true;
        }
        // The responder is move-only; keep it alive until the simulated network delay is over.
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(answer.delayMs, Qt::PreciseTimer, this,
                           [this, responder, guard, answer]() mutable {
                               if (guard && guard->state() == QAbstractSocket::ConnectedState)
                                   send(std::move(*responder), answer);
                           });
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        send(makeResponder(request, socket),
             problem(404, QStringLiteral("no-route"), QStringLiteral("Not Found")));
    }

private:
    void send(QHttpServerResponder &&responder, const Answer &answer)
    {
        ++m_answered;
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(answer.status));
        responder.writeHeader("Content-Type", answer.contentType);
        if (!answer.nodeId.isEmpty())
            responder.writeHeader("X-Cluster-Node-Id", answer.nodeId);
        if (!answer.nodeId.isEmpty()) // not on the load balancer's own pages
            responder.writeHeader("X-Config-Revision", QByteArray::number(answer.revision));
        if (answer.unauthorized)
            responder.writeHeader("WWW-Authenticate", "Bearer realm=\"clusterdesk\"");
        responder.writeHeader("Content-Length", QByteArray::number(answer.body.size()));
        responder.writeBody(answer.body);
    }

    qint64 primaryRevision(const SimCluster &cluster, qint64 atMs) const
    {
        return 100 + (atMs - m_startedAtMs + cluster.phaseMs) / RevisionEveryMs;
    }

    // Node k learns of the newest revision (k-1) * CatchUpStepMs after the primary.
    qint64 nodeRevision(const SimCluster &cluster, int node, qint64 atMs) const
    {
        return primaryRevision(cluster, atMs - node * CatchUpStepMs);
    }

    double offsetMs(const SimCluster &cluster, int node, qint64 atMs) const
    {
        const SimNode &sim = cluster.nodes[size_t(node)];
        const double drift =
            sim.driftAmplitudeMs * std::sin(double(atMs) / 60'000.0 * 6.283 + sim.driftPhase);
        return sim.baseOffsetMs + drift;
    }

    bool degraded(const SimCluster &cluster, int node, qint64 atMs) const
    {
        if (!cluster.hasFlappingNode || node != int(cluster.nodes.size()) - 1)
            return false;
        return (atMs - m_startedAtMs + cluster.phaseMs) % DegradedPeriodMs < DegradedForMs;
    }

    static QString checksum(qint64 revision)
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(QByteArray::number(revision), QCryptographicHash::Sha256)
                .toHex());
    }

    Answer route(SimCluster &cluster, const QHttpServerRequest &request)
    {
        const QString path = request.url().path();
        const qint64 atMs = nowMs();
        int node = 0;
        const QByteArray wanted = headerValue(request, "X-Cluster-Node");
        if (!wanted.isEmpty()) {
            node = -1;
            for (int i = 0; i < int(cluster.nodes.size()); ++i) {
                if (cluster.nodes[size_t(i)].id.toUtf8() == wanted)
                    node = i;
            }
            if (node < 0) { // HAProxy has no such server: its own 503 page
                Answer page;
                page.status = 503;
                page.contentType = "text/html";
                page.body = "<html><body><h1>503 Service Unavailable</h1></body></html>";
                return page;
            }
        } else {
            node = int(cluster.roundRobin++ % cluster.nodes.size());
        }
        Answer answer = answerFor(cluster, node, path, request, atMs);
        answer.nodeId = cluster.nodes[size_t(node)].id.toUtf8();
        answer.revision = nodeRevision(cluster, node, atMs);
        if (m_maxLatencyMs > 0) {
            answer.delayMs = cluster.nodes[size_t(node)].baseLatencyMs +
                             (QRandomGenerator::global()->bounded(8) == 0 ? 1 : 0);
        }
        return answer;
    }

    Answer answerFor(SimCluster &cluster, int node, const QString &path,
                     const QHttpServerRequest &request, qint64 atMs)
    {
        if (path == QLatin1String("/healthz"))
            return json({{QStringLiteral("status"), QStringLiteral("ok")},
                         {QStringLiteral("nodeId"), cluster.nodes[size_t(node)].id}});
        const QByteArray authorization = headerValue(request, "Authorization");
        if (path.startsWith(QLatin1String("/security/rest/token/access/session/"))) {
            if (authorization != m_basic) {
                Answer answer =
                    problem(401, QStringLiteral("unauthorized"), QStringLiteral("Unauthorized"));
                answer.unauthorized = true;
                return answer;
            }
            return json({{QStringLiteral("access_token"), QString::fromLatin1(cluster.token)},
                         {QStringLiteral("session"), cluster.id},
                         {QStringLiteral("username"), QStringLiteral("admin")}});
        }
        if (authorization != "Bearer " + cluster.token && authorization != m_basic) {
            Answer answer =
                problem(401, QStringLiteral("unauthorized"), QStringLiteral("Unauthorized"));
            answer.unauthorized = true;
            return answer;
        }
        if (path == QLatin1String("/api/v1/time")) {
            // Stamped as late as possible: the delay stands for the way there.
            Answer answer;
            const qint64 offsetUs = qint64(offsetMs(cluster, node, atMs) * 1000.0);
            const qint64 t1 = nowUs() + offsetUs;
            answer.body = "{\"t1Us\":" + QByteArray::number(t1) +
                          ",\"t2Us\":" + QByteArray::number(t1 + 15) + ",\"nodeId\":\"" +
                          cluster.nodes[size_t(node)].id.toUtf8() + "\"}";
            return answer;
        }
        if (path == QLatin1String("/api/v1/node")) {
            QJsonObject view = nodeJson(cluster, node, atMs);
            if (!m_legacyNodes) {
                // The answer doubles as a clock sample, stamped like /api/v1/time's.
                const qint64 t1 = nowUs() + qint64(offsetMs(cluster, node, atMs) * 1000.0);
                view.insert(QStringLiteral("t1Us"), t1);
                view.insert(QStringLiteral("t2Us"), t1 + 15);
                view.insert(QStringLiteral("membershipEtag"), cluster.membershipEtag);
            }
            return json(view);
        }
        if (path == QLatin1String("/api/v1/cluster")) {
            QJsonObject view = membershipJson(cluster, node, atMs);
            if (!m_legacyNodes)
                view.insert(QStringLiteral("membershipEtag"), cluster.membershipEtag);
            return json(view);
        }
        if (path == QLatin1String("/api/v1/session"))
            return json({{QStringLiteral("username"), QStringLiteral("admin")},
                         {QStringLiteral("role"), QStringLiteral("admin")},
                         {QStringLiteral("canWrite"), true}});
        if (path == QLatin1String("/api/v1/license"))
            return json({{QStringLiteral("licensee"), QStringLiteral("Bench Fleet")},
                         {QStringLiteral("product"), QStringLiteral("Spectrum")},
                         {QStringLiteral("edition"), QStringLiteral("Enterprise")},
                         {QStringLiteral("expires"), QStringLiteral("2027-06-30")},
                         {QStringLiteral("maxNodes"), 128},
                         {QStringLiteral("features"), QJsonArray{QStringLiteral("geocoding")}}});
        if (path == QLatin1String("/api/v1/dataflows"))
            return json({{QStringLiteral("dataflows"), QJsonArray{}}});
        if (path == QLatin1String("/api/v1/config/changes"))
            return json(changesJson(cluster, node, QUrlQuery(request.url()), atMs));
        if (path == QLatin1String("/api/v1/resources"))
            return json({{QStringLiteral("revision"), nodeRevision(cluster, node, atMs)},
                         {QStringLiteral("resources"), QJsonArray{}}});
        return problem(404, QStringLiteral("no-route"), QStringLiteral("Not Found"));
    }

    QJsonObject nodeJson(const SimCluster &cluster, int node, qint64 atMs) const
    {
        const SimNode &sim = cluster.nodes[size_t(node)];
        const qint64 revision = nodeRevision(cluster, node, atMs);
        const qint64 primary = primaryRevision(cluster, atMs);
        QRandomGenerator *random = QRandomGenerator::global();
        const QJsonObject config{
            {QStringLiteral("schemaVersion"), 1},
            {QStringLiteral("revision"), revision},
            {QStringLiteral("checksum"), checksum(revision)},
            {QStringLiteral("primaryRevision"), node == 0 ? revision : primary},
            {QStringLiteral("lag"), node == 0 ? 0 : primary - revision},
            {QStringLiteral("lastSyncAt"), rfc3339(atMs - random->bounded(1000))},
            {QStringLiteral("syncState"), node == 0 || revision == primary
                                              ? QStringLiteral("in-sync")
                                              : QStringLiteral("catching-up")}};
        const QJsonObject clock{
            {QStringLiteral("unixMs"), atMs + qint64(offsetMs(cluster, node, atMs))},
            {QStringLiteral("synchronized"), true},
            {QStringLiteral("maxErrorUs"), 16000 + random->bounded(4000)},
            {QStringLiteral("estErrorUs"), 300 + random->bounded(700)},
            {QStringLiteral("source"), QStringLiteral("adjtimex")}};
        const QJsonObject load{
            {QStringLiteral("activeRequests"), 1 + random->bounded(6)},
            {QStringLiteral("rssBytes"), 31'457'280 + random->bounded(4'194'304)}};
        return {{QStringLiteral("id"), sim.id},
                {QStringLiteral("name"), sim.id},
                {QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1").arg(cluster.port)},
                {QStringLiteral("serverVersion"), QStringLiteral("4.2.0")},
                {QStringLiteral("role"),
                 node == 0 ? QStringLiteral("primary") : QStringLiteral("replica")},
                {QStringLiteral("state"),
                 degraded(cluster, node, atMs) ? QStringLiteral("degraded") : QStringLiteral("up")},
                {QStringLiteral("startedAt"), rfc3339(sim.startedAtMs)},
                {QStringLiteral("uptimeSeconds"), (atMs - sim.startedAtMs) / 1000},
                {QStringLiteral("cluster"), QJsonObject{{QStringLiteral("id"), cluster.id},
                                                        {QStringLiteral("name"), cluster.name}}},
                {QStringLiteral("config"), config},
                {QStringLiteral("clock"), clock},
                {QStringLiteral("load"), load}};
    }

    QJsonObject membershipJson(const SimCluster &cluster, int answering, qint64 atMs) const
    {
        QJsonArray nodes;
        const double own = offsetMs(cluster, answering, atMs);
        for (int i = 0; i < int(cluster.nodes.size()); ++i) {
            const SimNode &sim = cluster.nodes[size_t(i)];
            const qint64 revision = nodeRevision(cluster, i, atMs);
            const double offset = i == answering ? 0.0 : offsetMs(cluster, i, atMs) - own;
            nodes.append(QJsonObject{
                {QStringLiteral("id"), sim.id},
                {QStringLiteral("name"), sim.id},
                {QStringLiteral("url"), QStringLiteral("http://127.0.0.1:%1").arg(cluster.port)},
                {QStringLiteral("role"),
                 i == 0 ? QStringLiteral("primary") : QStringLiteral("replica")},
                {QStringLiteral("state"), QStringLiteral("up")},
                {QStringLiteral("lastHeartbeat"), rfc3339(atMs - 400 - (i * 37) % 600)},
                {QStringLiteral("revision"), revision},
                {QStringLiteral("checksum"), checksum(revision)},
                {QStringLiteral("clockOffsetMs"), std::round(offset * 1000.0) / 1000.0},
                {QStringLiteral("serverVersion"), QStringLiteral("4.2.0")},
                {QStringLiteral("schemaVersion"), 1}});
        }
        return {{QStringLiteral("id"), cluster.id},
                {QStringLiteral("name"), cluster.name},
                {QStringLiteral("primaryId"), cluster.nodes.front().id},
                {QStringLiteral("nodes"), nodes}};
    }

    QJsonObject changesJson(const SimCluster &cluster, int node, const QUrlQuery &query,
                            qint64 atMs) const
    {
        const qint64 revision = nodeRevision(cluster, node, atMs);
        bool ok = false;
        qint64 after = query.queryItemValue(QStringLiteral("after")).toLongLong(&ok);
        if (!ok)
            after = 0;
        int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 1000)
            limit = 100;
        QJsonArray changes;
        static const char *const operations[] = {"update", "create", "update", "delete"};
        for (qint64 r = std::max<qint64>(after + 1, 1); r <= revision && changes.size() < limit;
             ++r) {
            changes.append(QJsonObject{
                {QStringLiteral("revision"), r},
                {QStringLiteral("time"), rfc3339(atMs - (revision - r) * RevisionEveryMs)},
                {QStringLiteral("user"), QStringLiteral("admin")},
                {QStringLiteral("operation"), QString::fromLatin1(operations[r % 4])},
                {QStringLiteral("type"), QStringLiteral("jdbc")},
                {QStringLiteral("name"), QStringLiteral("orders-db-%1").arg(r % 7)}});
        }
        return {{QStringLiteral("revision"), revision}, {QStringLiteral("changes"), changes}};
    }

    QByteArray m_basic;
    qint64 m_startedAtMs;
    bool m_legacyNodes = false;
    int m_maxLatencyMs = 0;
    std::vector<SimCluster> m_clusters;
    QHash<quint16, int> m_byPort;
    quint64 m_answered = 0;
};

// Set from the signal handler (only this is async-signal-safe); a timer turns it into quit().
volatile std::sig_atomic_t g_stopRequested = 0;

void requestStop(int)
{
    g_stopRequested = 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Simulated clusters for event_loop_bench"));
    parser.addHelpOption();
    const QCommandLineOption clustersOption(QStringLiteral("clusters"), QStringLiteral("Clusters."),
                                            QStringLiteral("n"), QStringLiteral("50"));
    const BenchOptions::SimulatedFleet fleet;
    const QCommandLineOption latencyOption(
        QStringLiteral("max-latency-ms"),
        QStringLiteral("A quarter of the nodes answer 0..ms later (0: no delay)."),
        QStringLiteral("ms"), QStringLiteral("3"));
    const QCommandLineOption legacyOption(
        QStringLiteral("legacy-nodes"),
        QStringLiteral("Answer as older nodes: no t1Us/t2Us, no membershipEtag."));
    parser.addOptions({clustersOption, fleet.nodes, fleet.portsFile, fleet.password, latencyOption,
                       legacyOption});
    parser.process(app);
    const int clusters = parser.value(clustersOption).toInt();
    const int nodes = parser.value(fleet.nodes).toInt();
    const int latency = parser.value(latencyOption).toInt();
    if (clusters < 1 || clusters > 500 || nodes < 1 || nodes > 256 || latency < 0 ||
        latency > 1000 || !parser.isSet(fleet.portsFile)) {
        std::fprintf(stderr, "fleet_sim_server: bad arguments (see --help)\n");
        return 2;
    }

    FleetSimServer server(clusters, nodes, parser.value(fleet.password), latency,
                          parser.isSet(legacyOption));
    QString error;
    if (!server.listenAll(&error)) {
        std::fprintf(stderr, "fleet_sim_server: cannot listen: %s\n", qPrintable(error));
        return 1;
    }
    QSaveFile file(parser.value(fleet.portsFile));
    if (!file.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "fleet_sim_server: %s\n", qPrintable(file.errorString()));
        return 1;
    }
    for (const quint16 port : server.ports())
        file.write(QByteArray::number(port) + '\n');
    if (!file.commit()) {
        std::fprintf(stderr, "fleet_sim_server: %s\n", qPrintable(file.errorString()));
        return 1;
    }
    std::signal(SIGTERM, requestStop);
    std::signal(SIGINT, requestStop);
    QTimer stopCheck;
    QObject::connect(&stopCheck, &QTimer::timeout, &app, [] {
        if (g_stopRequested)
            QCoreApplication::quit();
    });
    stopCheck.start(100);
    QElapsedTimer uptime;
    uptime.start();
    const int result = app.exec();
    std::fprintf(stderr, "fleet_sim_server: answered %llu requests in %.1f s\n",
                 static_cast<unsigned long long>(server.answered()),
                 double(uptime.elapsed()) / 1000.0);
    return result;
}

#include "FleetSimServer.moc"
