// A real three-node cluster behind HAProxy (scripts/cluster): tokens, routing by X-Cluster-Node,
// ETag writes, replication to every node and secret hygiene. Node failures and recovery:
// tst_ClusterRecovery.
#include "ClusterApiTest.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QtTest>

class tst_ClusterReplication final : public ClusterApiTest
{
    Q_OBJECT

private slots:
    void initTestCase() { startCluster(); }
    void cleanupTestCase() { stopCluster(); }

    void tokenIsAcceptedByEveryNode();
    void targetingANodeReachesThatNode();
    void unknownNodeIdIsMisdirected();
    void createUpdateDeleteWithEtags();
    void staleEtagIsRejected();
    void writeWithoutPreconditionIsRejected();
    void writeReachesEveryNode();
    void writeThroughReplicaIsReadableThere();
    void secretsAreNeverReturned();
};

void tst_ClusterReplication::tokenIsAcceptedByEveryNode()
{
    TestHttp http(m_cluster->lbUrl());
    TestResponse response;
    const auto token =
        http.fetchToken(m_cluster->adminUser(), m_cluster->adminPassword(), 5, &response);
    QVERIFY2(!token.isEmpty(), qPrintable(response.summary()));
    QCOMPARE(response.json().value("username").toString(), m_cluster->adminUser());
    QVERIFY(!QUuid::fromString(response.json().value("session").toString()).isNull());

    http.setBearerToken(token);
    for (const auto &id : m_cluster->nodeIds()) {
        const auto node = http.get(QStringLiteral("/api/v1/node"), target(id));
        QVERIFY2(node.status == 200, qPrintable(id + QLatin1String(": ") + node.summary()));
        QCOMPARE(node.header("X-Cluster-Node-Id"), id.toUtf8());
        QCOMPARE(node.json().value("id").toString(), id);
    }

    // The same token is refused once altered: the signature covers it.
    http.setBearerToken(token + "x");
    QCOMPARE(http.get(QStringLiteral("/api/v1/node")).status, 401);
}

void tst_ClusterReplication::targetingANodeReachesThatNode()
{
    for (const auto &id : m_cluster->nodeIds()) {
        for (int round = 0; round < 3; ++round) {
            const auto health = m_admin->get(QStringLiteral("/healthz"), target(id));
            QCOMPARE(health.status, 200);
            QCOMPARE(health.header("X-Cluster-Node-Id"), id.toUtf8());
            const auto resources = m_admin->get(QStringLiteral("/api/v1/resources"), target(id));
            QCOMPARE(resources.status, 200);
            QCOMPARE(resources.header("X-Cluster-Node-Id"), id.toUtf8());
            bool isNumber = false;
            resources.header("X-Config-Revision").toLongLong(&isNumber);
            QVERIFY(isNumber);
        }
    }
}

void tst_ClusterReplication::unknownNodeIdIsMisdirected()
{
    const auto revisionBefore = primaryRevision();
    for (const auto &path : {QStringLiteral("/api/v1/node"), QStringLiteral("/api/v1/resources")}) {
        const auto response = m_admin->get(path, target(QStringLiteral("node-99")));
        QCOMPARE(response.status, 421);
        QVERIFY(response.header("Content-Type").startsWith("application/problem+json"));
        QVERIFY(response.json().value("type").toString().endsWith(QLatin1String("/misdirected")));
    }
    const auto write =
        m_admin->put(resourcePath("jdbc", uniqueName("misdirected")), jdbcBody("x"),
                     withTarget({{"If-None-Match", "*"}}, QStringLiteral("node-99")));
    QCOMPARE(write.status, 421);
    QCOMPARE(primaryRevision(), revisionBefore);
}

void tst_ClusterReplication::createUpdateDeleteWithEtags()
{
    const auto name = uniqueName("crud");
    const auto path = resourcePath("jdbc", name);

    const auto created = m_admin->put(path, jdbcBody("first"), {{"If-None-Match", "*"}});
    QVERIFY2(created.status == 201, qPrintable(created.summary()));
    const auto firstTag = created.header("ETag");
    QVERIFY(firstTag.startsWith('"') && firstTag.endsWith('"'));
    QCOMPARE(created.json().value("name").toString(), name);
    QCOMPARE(created.json().value("type").toString(), QStringLiteral("jdbc"));
    QCOMPARE(created.json().value("updatedBy").toString(), m_cluster->adminUser());

    QCOMPARE(m_admin->put(path, jdbcBody("again"), {{"If-None-Match", "*"}}).status, 412);

    // Read-your-writes holds on the node that answered the write (docs/api.md); another
    // replica may still be a moment behind, so reads target the writer's node.
    const auto read = readBack(created, path);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.header("ETag"), firstTag);
    QCOMPARE(read.json().value("description").toString(), QStringLiteral("first"));

    const auto updated = m_admin->put(path, jdbcBody("second"), {{"If-Match", firstTag}});
    QVERIFY2(updated.status == 200, qPrintable(updated.summary()));
    const auto secondTag = updated.header("ETag");
    QVERIFY(!secondTag.isEmpty());
    QVERIFY(secondTag != firstTag);
    QCOMPARE(updated.json().value("description").toString(), QStringLiteral("second"));

    const auto reread = readBack(updated, path);
    QCOMPARE(reread.header("ETag"), secondTag);
    QCOMPARE(reread.json().value("description").toString(), QStringLiteral("second"));

    const auto deleted = m_admin->del(path, {{"If-Match", secondTag}});
    QCOMPARE(deleted.status, 204);
    QCOMPARE(readBack(deleted, path).status, 404);
    QCOMPARE(m_admin->del(path, {{"If-Match", "*"}}).status, 404);
    QCOMPARE(m_admin->put(path, jdbcBody("gone"), {{"If-Match", secondTag}}).status, 404);
}

void tst_ClusterReplication::staleEtagIsRejected()
{
    const auto name = uniqueName("stale");
    const auto path = resourcePath("jdbc", name);
    const auto staleTag = create(name, jdbcBody("v1"));
    QVERIFY(!staleTag.isEmpty());
    const auto updated = m_admin->put(path, jdbcBody("v2"), {{"If-Match", staleTag}});
    QCOMPARE(updated.status, 200);
    const auto currentTag = updated.header("ETag");

    const auto revisionBefore = primaryRevision();
    QCOMPARE(m_admin->put(path, jdbcBody("v3"), {{"If-Match", staleTag}}).status, 412);
    QCOMPARE(m_admin->del(path, {{"If-Match", staleTag}}).status, 412);
    QCOMPARE(m_admin->put(path, jdbcBody("v3"), {{"If-Match", "\"999999999\""}}).status, 412);
    QCOMPARE(primaryRevision(), revisionBefore);

    const auto read = readBack(updated, path);
    QCOMPARE(read.header("ETag"), currentTag);
    QCOMPARE(read.json().value("description").toString(), QStringLiteral("v2"));
}

void tst_ClusterReplication::writeWithoutPreconditionIsRejected()
{
    const auto revisionBefore = primaryRevision();
    const auto fresh = resourcePath("jdbc", uniqueName("noprecondition"));
    QCOMPARE(m_admin->put(fresh, jdbcBody("x")).status, 428);
    QCOMPARE(m_admin->get(fresh).status, 404);

    const auto name = uniqueName("noprecondition");
    QVERIFY(!create(name, jdbcBody("kept")).isEmpty());
    const auto afterCreate = primaryRevision();
    const auto primary = target(m_cluster->primaryId());
    QCOMPARE(afterCreate, revisionBefore + 1);
    QCOMPARE(m_admin->put(resourcePath("jdbc", name), jdbcBody("changed")).status, 428);
    QCOMPARE(m_admin->del(resourcePath("jdbc", name)).status, 428);
    QCOMPARE(primaryRevision(), afterCreate);
    QCOMPARE(
        m_admin->get(resourcePath("jdbc", name), primary).json().value("description").toString(),
        QStringLiteral("kept"));
}

void tst_ClusterReplication::writeReachesEveryNode()
{
    const auto name = uniqueName("replicated");
    const auto created =
        m_admin->put(resourcePath("jdbc", name), jdbcBody("everywhere"), {{"If-None-Match", "*"}});
    QVERIFY2(created.status == 201, qPrintable(created.summary()));
    const auto revision = created.json().value("revision").toInteger();
    QVERIFY(revision > 0);

    QString detail;
    QTRY_VERIFY2_WITH_TIMEOUT(m_cluster->isConverged(revision, &detail), qPrintable(detail),
                              kReplicationTimeoutMs);
    for (const auto &id : m_cluster->nodeIds()) {
        const auto read = m_admin->get(resourcePath("jdbc", name), target(id));
        QCOMPARE(read.status, 200);
        QCOMPARE(read.header("ETag"), created.header("ETag"));
        QCOMPARE(read.header("X-Cluster-Node-Id"), id.toUtf8());
    }
}

void tst_ClusterReplication::writeThroughReplicaIsReadableThere()
{
    const auto replica = m_cluster->nodeIds().at(1);
    QVERIFY(replica != m_cluster->primaryId());
    const auto path = resourcePath("jdbc", uniqueName("via-replica"));
    const auto created =
        m_admin->put(path, jdbcBody("forwarded"), withTarget({{"If-None-Match", "*"}}, replica));
    QVERIFY2(created.status == 201, qPrintable(created.summary()));
    QCOMPARE(created.header("X-Cluster-Node-Id"), replica.toUtf8());

    // docs/api.md: the replica answers once the write reached its own copy.
    const auto read = m_admin->get(path, target(replica));
    QCOMPARE(read.status, 200);
    QCOMPARE(read.header("ETag"), created.header("ETag"));

    const auto updated = m_admin->put(path, jdbcBody("forwarded again"),
                                      withTarget({{"If-Match", created.header("ETag")}}, replica));
    QCOMPARE(updated.status, 200);
    QCOMPARE(m_admin->get(path, target(replica)).header("ETag"), updated.header("ETag"));
    QCOMPARE(m_admin->del(path, withTarget({{"If-Match", updated.header("ETag")}}, replica)).status,
             204);
    QCOMPARE(m_admin->get(path, target(replica)).status, 404);
}

void tst_ClusterReplication::secretsAreNeverReturned()
{
    const QByteArray password = "pw-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const QByteArray fileSecret = "fs-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const QByteArray serviceSecret = "ws-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const QList<QByteArray> secrets{password, fileSecret, serviceSecret};

    const auto jdbcName = uniqueName("secret-jdbc");
    const auto fileName = uniqueName("secret-files");
    const auto serviceName = uniqueName("secret-service");
    const QList<TestResponse> writes{
        m_admin->put(resourcePath("jdbc", jdbcName),
                     jdbcBody("with a password", {{"password", QString::fromLatin1(password)}}),
                     {{"If-None-Match", "*"}}),
        m_admin->put(
            resourcePath("fileserver", fileName),
            QJsonDocument(
                QJsonObject{{"spec", QJsonObject{{"protocol", "sftp"},
                                                 {"host", "files.example"},
                                                 {"rootPath", "/data"},
                                                 {"user", "ftp"},
                                                 {"secret", QString::fromLatin1(fileSecret)}}}})
                .toJson(),
            {{"If-None-Match", "*"}}),
        m_admin->put(
            resourcePath("webservice", serviceName),
            QJsonDocument(
                QJsonObject{{"spec", QJsonObject{{"kind", "REST"},
                                                 {"url", "https://api.example/v1"},
                                                 {"authKind", "bearer"},
                                                 {"secret", QString::fromLatin1(serviceSecret)}}}})
                .toJson(),
            {{"If-None-Match", "*"}})};
    qint64 revision = 0;
    for (const auto &write : writes) {
        QVERIFY2(write.status == 201, qPrintable(write.summary()));
        for (const auto &secret : secrets)
            QVERIFY2(!write.body.contains(secret), write.body.constData());
        revision = qMax(revision, write.json().value("revision").toInteger());
    }
    QCOMPARE(writes.at(0).json().value("secrets").toObject().value("password").toBool(), true);
    QVERIFY(!writes.at(0).json().value("spec").toObject().contains("password"));

    QString detail;
    QTRY_VERIFY2_WITH_TIMEOUT(m_cluster->isConverged(revision, &detail), qPrintable(detail),
                              kReplicationTimeoutMs);

    const QStringList paths{QStringLiteral("/api/v1/resources"),
                            QStringLiteral("/api/v1/resources?type=jdbc"),
                            QStringLiteral("/api/v1/resources?type=fileserver"),
                            QStringLiteral("/api/v1/resources?type=webservice"),
                            resourcePath("jdbc", jdbcName),
                            resourcePath("fileserver", fileName),
                            resourcePath("webservice", serviceName),
                            QStringLiteral("/api/v1/config/changes?after=0&limit=1000"),
                            QStringLiteral("/api/v1/node"),
                            QStringLiteral("/api/v1/cluster"),
                            QStringLiteral("/api/v1/license"),
                            QStringLiteral("/api/v1/dataflows"),
                            QStringLiteral("/api/v1/time"),
                            QStringLiteral("/healthz")};
    for (const auto &id : m_cluster->nodeIds()) {
        for (const auto &path : paths) {
            const auto response = m_admin->get(path, target(id));
            QVERIFY2(response.status == 200, qPrintable(id + QLatin1Char(' ') + path +
                                                        QLatin1String(": ") + response.summary()));
            for (const auto &secret : secrets) {
                QVERIFY2(
                    !response.body.contains(secret),
                    qPrintable(id + QLatin1Char(' ') + path + QLatin1String(" leaks a secret")));
            }
        }
    }

    // An update without the secret keeps it (still reported as set); null clears it.
    const auto jdbcPath = resourcePath("jdbc", jdbcName);
    const auto kept = m_admin->put(jdbcPath, jdbcBody("no password given"),
                                   {{"If-Match", writes.at(0).header("ETag")}});
    QCOMPARE(kept.status, 200);
    QCOMPARE(kept.json().value("secrets").toObject().value("password").toBool(), true);
    const auto cleared = m_admin->put(jdbcPath, jdbcBody("cleared", {{"password", QJsonValue()}}),
                                      {{"If-Match", kept.header("ETag")}});
    QCOMPARE(cleared.status, 200);
    QCOMPARE(cleared.json().value("secrets").toObject().value("password").toBool(), false);
}

QTEST_GUILESS_MAIN(tst_ClusterReplication)
#include "tst_ClusterReplication.moc"
