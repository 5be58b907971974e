#pragma once
// A one-node "cluster" for unit tests of the monitor: a HostileHttpServer handler that answers
// the endpoints a poll uses (docs/api.md) as node `nodeId`, optionally behind the token flow.

#include "HostileHttpServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>

struct FakeClusterOptions
{
    QByteArray nodeId = "node-1";
    QString clusterName = QStringLiteral("fake");
    QUrl directUrl; // the node's URL in the membership answer
    qint64 revision = 5;
    QByteArray password;       // empty: no authentication
    QByteArray answeredBy;     // X-Cluster-Node-Id to claim on node endpoints (misrouting)
    bool nodeDownAtLb = false; // node endpoints answer HAProxy's 503 page
};

inline HostileHttpServer::Handler fakeClusterHandler(FakeClusterOptions options)
{
    return [options](const HostileHttpServer::Request &request) {
        using Response = HostileHttpServer::Response;
        const QByteArray path = request.path();
        const QByteArray token = "Bearer fake-token-" + options.nodeId;
        if (path.startsWith("/security/rest/token/access/session/")) {
            const QByteArray basic = "Basic " + QByteArray("admin:" + options.password).toBase64();
            if (request.header("Authorization") != basic)
                return Response::problem(401, R"({"title":"bad credentials","status":401})");
            return Response::json(200, R"({"access_token":"fake-token-)" + options.nodeId +
                                           R"(","session":"s","username":"admin"})");
        }
        if (!options.password.isEmpty() && request.header("Authorization") != token)
            return Response::problem(401, R"({"title":"unauthorized","status":401})");
        const auto asJson = [](const QJsonObject &object) {
            return QJsonDocument(object).toJson(QJsonDocument::Compact);
        };
        const QString id = QString::fromUtf8(options.nodeId);
        if (path == "/api/v1/cluster") {
            const QJsonObject node{{"id", id},
                                   {"name", id},
                                   {"url", options.directUrl.toString()},
                                   {"role", "primary"},
                                   {"state", "up"}};
            return Response::json(200, asJson({{"id", "fake-id"},
                                               {"name", options.clusterName},
                                               {"primaryId", id},
                                               {"nodes", QJsonArray{node}}}));
        }
        if (path == "/api/v1/license") {
            return Response::json(200, asJson({{"licensee", "Test"},
                                               {"product", "Spectrum"},
                                               {"edition", "Enterprise"},
                                               {"expires", "2099-01-01"},
                                               {"maxNodes", 16}}));
        }
        Response response;
        if (options.nodeDownAtLb && (path == "/api/v1/node" || path == "/api/v1/time")) {
            return Response{503,
                            {{"Content-Type", "text/html"}},
                            "<html><body><h1>503 Service Unavailable</h1></body></html>"};
        }
        if (path == "/api/v1/node") {
            const QJsonObject config{{"schemaVersion", 1}, {"revision", options.revision},
                                     {"checksum", "abc"},  {"primaryRevision", options.revision},
                                     {"lag", 0},           {"syncState", "in-sync"}};
            response =
                Response::json(200, asJson({{"id", id},
                                            {"name", id},
                                            {"role", "primary"},
                                            {"state", "up"},
                                            {"serverVersion", "4.2.0"},
                                            {"config", config},
                                            {"clock", QJsonObject{{"synchronized", true}}}}));
        } else if (path == "/api/v1/time") {
            using namespace std::chrono;
            const qint64 nowUs =
                duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
            response = Response::json(
                200, asJson({{"t1Us", double(nowUs)}, {"t2Us", double(nowUs)}, {"nodeId", id}}));
        } else {
            return Response::problem(404, R"({"title":"not found","status":404})");
        }
        if (!options.answeredBy.isEmpty())
            response.headers.append({"X-Cluster-Node-Id", options.answeredBy});
        return response;
    };
}
