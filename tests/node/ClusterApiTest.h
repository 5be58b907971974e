#pragma once
// ClusterApiTest: the base of the test classes that drive one real three-node cluster behind
// HAProxy (ClusterFixture) through its API as admin with a bearer token, and the requests and
// waits they share. node-3 runs --server-version 4.2.1, as in a rolling upgrade.

#include "ClusterFixture.h"
#include "TestHttp.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

// How long a committed write may take to reach every node (docs/api.md: long-poll).
inline constexpr int kReplicationTimeoutMs = 2000;
// Node restarts, health checks (inter 500ms, fall 2) and catch-up from an empty database.
inline constexpr int kRecoveryTimeoutMs = 30000;

// X-Cluster-Node: id, alone or added to `headers`.
TestHeaders target(const QString &id);
TestHeaders withTarget(TestHeaders headers, const QString &id);
// A jdbc resource's PUT body; `extraSpec` fields are added to (or replace) the spec's.
QByteArray jdbcBody(const QString &description, const QJsonObject &extraSpec = {});
qint64 nowUs();
QString uniqueName(const char *prefix);

class ClusterApiTest : public QObject
{
protected:
    // For initTestCase(): starts the cluster and signs in (fails the test case otherwise).
    void startCluster();
    // For cleanupTestCase().
    void stopCluster();

    static QString resourcePath(const QString &type, const QString &name)
    {
        return QStringLiteral("/api/v1/resources/%1/%2").arg(type, name);
    }
    // Creates a jdbc resource through the load balancer; returns its ETag.
    QByteArray create(const QString &name, const QByteArray &body);
    qint64 primaryRevision() const
    {
        return m_cluster->configState(m_cluster->primaryId()).revision;
    }
    bool waitForHaproxy(const QString &id, const QString &status);
    // GET `path` from the node that answered `write`.
    TestResponse readBack(const TestResponse &write, const QString &path)
    {
        return m_admin->get(path, target(QString::fromUtf8(write.header("X-Cluster-Node-Id"))));
    }

    std::unique_ptr<ClusterFixture> m_cluster;
    std::unique_ptr<TestHttp> m_admin; // Bearer token through the load balancer
    QByteArray m_token;
};
