#pragma once
// A small cluster behind a load balancer for unit tests of the poll's request pattern: one
// HostileHttpServer answers as several nodes (chosen by X-Cluster-Node, else the first), in the
// current form of docs/api.md (t1Us/t2Us and membershipEtag on /api/v1/node) or as older nodes
// without them. The state is shared, so a test changes membership or clocks between polls.

#include "HostileHttpServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <chrono>
#include <memory>

struct FakeFleet
{
    QStringList nodeIds{QStringLiteral("node-1"), QStringLiteral("node-2"),
                        QStringLiteral("node-3")};
    bool currentForm = true;              // t1Us/t2Us and membershipEtag
    QHash<QString, qint64> clockOffsetUs; // per node, added to its instants
    // Per node: the members it lists when asked itself (the full list when absent).
    QHash<QString, QStringList> ownView;

    QStringList viewOf(const QString &id) const { return ownView.value(id, nodeIds); }
    static QString etagOf(const QStringList &ids)
    {
        return QString::fromLatin1(QCryptographicHash::hash(ids.join(QLatin1Char(',')).toUtf8(),
                                                            QCryptographicHash::Sha256)
                                       .toHex()
                                       .left(16));
    }
};

inline HostileHttpServer::Handler fakeFleetHandler(std::shared_ptr<FakeFleet> fleet)
{
    return [fleet](const HostileHttpServer::Request &request) {
        using Response = HostileHttpServer::Response;
        using namespace std::chrono;
        const qint64 nowUs =
            duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
        const QByteArray path = request.path();
        const QString targeted = QString::fromUtf8(request.header("X-Cluster-Node"));
        const QString id = targeted.isEmpty() ? fleet->nodeIds.value(0) : targeted;
        if (!fleet->nodeIds.contains(id))
            return Response{503, {{"Content-Type", "text/html"}}, "<html>503</html>"};
        const qint64 nodeUs = nowUs + fleet->clockOffsetUs.value(id);
        const auto asJson = [](const QJsonObject &object) {
            return QJsonDocument(object).toJson(QJsonDocument::Compact);
        };
        const QStringList view = fleet->viewOf(id);
        QJsonObject body;
        if (path == "/api/v1/cluster") {
            QJsonArray nodes;
            for (const QString &member : view)
                nodes.append(QJsonObject{{"id", member},
                                         {"name", member},
                                         {"role", member == view.value(0) ? "primary" : "replica"},
                                         {"state", "up"}});
            body = {{"id", "fleet"}, {"name", "fleet"}, {"nodes", nodes}};
        } else if (path == "/api/v1/node") {
            const QJsonObject config{{"schemaVersion", 1}, {"revision", 5},
                                     {"checksum", "abc"},  {"primaryRevision", 5},
                                     {"lag", 0},           {"syncState", "in-sync"}};
            body = {{"id", id},
                    {"name", id},
                    {"role", id == fleet->nodeIds.value(0) ? "primary" : "replica"},
                    {"state", "up"},
                    {"serverVersion", "4.2.0"},
                    {"config", config},
                    {"clock", QJsonObject{{"synchronized", true}}}};
            if (fleet->currentForm) {
                body.insert("t1Us", double(nodeUs));
                body.insert("t2Us", double(nodeUs));
            }
        } else if (path == "/api/v1/time") {
            body = {{"t1Us", double(nodeUs)}, {"t2Us", double(nodeUs)}, {"nodeId", id}};
        } else if (path == "/api/v1/license") {
            body = {{"licensee", "Test"},
                    {"product", "Spectrum"},
                    {"edition", "Enterprise"},
                    {"expires", "2099-01-01"},
                    {"maxNodes", 16}};
        } else {
            return Response::problem(404, R"({"title":"not found","status":404})");
        }
        if (fleet->currentForm && (path == "/api/v1/cluster" || path == "/api/v1/node"))
            body.insert("membershipEtag", FakeFleet::etagOf(view));
        Response response = Response::json(200, asJson(body));
        response.headers.append(HostileHttpServer::Header{"X-Cluster-Node-Id", id.toUtf8()});
        response.headers.append(HostileHttpServer::Header{"X-Config-Revision", "5"});
        return response;
    };
}
