// A real three-node cluster behind HAProxy (scripts/cluster): tokens, ETag writes, replication,
// routing by X-Cluster-Node, node failures and recovery, clock offsets and secret hygiene.
// One cluster for the whole executable; destructive cases come last and restore the cluster.

#include "ClusterFixture.h"
#include "TestHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QUuid>
#include <QtTest>
#include <chrono>
#include <memory>

namespace {
// How long a committed write may take to reach every node (docs/api.md: long-poll).
constexpr int kReplicationTimeoutMs = 2000;
// Node restarts, health checks (inter 500ms, fall 2) and catch-up from an empty database.
constexpr int kRecoveryTimeoutMs = 30000;

TestHeaders target(const QString &id)
{
    return {{"X-Cluster-Node", id.toUtf8()}};
}

TestHeaders withTarget(TestHeaders headers, const QString &id)
{
    headers.append({"X-Cluster-Node", id.toUtf8()});
    return headers;
}

QByteArray jdbcBody(const QString &description, const QJsonObject &extraSpec = {})
{
    QJsonObject spec{{"driver", "postgresql"},
                     {"driverClass", "org.postgresql.Driver"},
                     {"url", "jdbc:postgresql://db.example:5432/orders"},
                     {"host", "db.example"},
                     {"port", 5432},
                     {"database", "orders"},
                     {"user", "app"},
                     {"poolMin", 1},
                     {"poolMax", 10}};
    for (auto it = extraSpec.begin(); it != extraSpec.end(); ++it)
        spec.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject{{"description", description}, {"spec", spec}})
        .toJson(QJsonDocument::Compact);
}

qint64 nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

QString uniqueName(const char *prefix)
{
    return QString::fromLatin1(prefix) + QLatin1Char('-') +
           QUuid::createUuid().toString(QUuid::Id128).left(12);
}

} // namespace

class tst_ClusterReplication final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void tokenIsAcceptedByEveryNode();
    void targetingANodeReachesThatNode();
    void unknownNodeIdIsMisdirected();
    void createUpdateDeleteWithEtags();
    void staleEtagIsRejected();
    void writeWithoutPreconditionIsRejected();
    void writeReachesEveryNode();
    void writeThroughReplicaIsReadableThere();
    void secretsAreNeverReturned();
    void injectedClockOffsetIsVisible();
    void perNodeFlagsApply();
    void degradedNodeLeavesRotation();
    void restartedReplicaCatchesUp();
    void addedNodeCatchesUp();
    void primaryDownRejectsWritesButServesReads();

private:
    QString resourcePath(const QString &type, const QString &name) const
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

void tst_ClusterReplication::initTestCase()
{
    ClusterOptions options;
    // A mixed-version cluster, as during a rolling upgrade; start-node must keep the flag.
    options.extraNodeArgs.insert(QStringLiteral("node-3"),
                                 QStringLiteral("--server-version 4.2.1"));
    m_cluster = std::make_unique<ClusterFixture>(options);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    QCOMPARE(m_cluster->nodeIds().size(), 3);

    m_admin = std::make_unique<TestHttp>(m_cluster->lbUrl());
    TestResponse tokenResponse;
    m_token =
        m_admin->fetchToken(m_cluster->adminUser(), m_cluster->adminPassword(), 60, &tokenResponse);
    QVERIFY2(!m_token.isEmpty(), qPrintable(tokenResponse.summary()));
    m_admin->setBearerToken(m_token);
}

void tst_ClusterReplication::cleanupTestCase()
{
    m_admin.reset();
    m_cluster.reset();
}

QByteArray tst_ClusterReplication::create(const QString &name, const QByteArray &body)
{
    const auto response =
        m_admin->put(resourcePath(QStringLiteral("jdbc"), name), body, {{"If-None-Match", "*"}});
    if (response.status != 201)
        qWarning("create %s: %s", qPrintable(name), qPrintable(response.summary()));
    return response.status == 201 ? response.header("ETag") : QByteArray();
}

bool tst_ClusterReplication::waitForHaproxy(const QString &id, const QString &status)
{
    QDeadlineTimer deadline(kRecoveryTimeoutMs);
    QString current;
    while (!(current = m_cluster->haproxyServerStatus(id)).startsWith(status)) {
        if (deadline.hasExpired()) {
            qWarning("HAProxy reports %s as '%s', expected %s", qPrintable(id), qPrintable(current),
                     qPrintable(status));
            return false;
        }
        QTest::qWait(100);
    }
    return true;
}

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

void tst_ClusterReplication::injectedClockOffsetIsVisible()
{
    const auto skewed = m_cluster->nodeIds().at(1);
    QString error;
    QVERIFY2(m_cluster->setFaults(skewed, {{"clockOffsetMs", 800}}, &error), qPrintable(error));
    const auto restore = qScopeGuard([&] { m_cluster->setFaults(skewed, {{"clockOffsetMs", 0}}); });
    QCOMPARE(m_cluster->faults(skewed).value("clockOffsetMs").toDouble(), 800.0);

    // NTP-style estimate against our own clock: the error is at most half the round trip.
    const auto offsetOf = [&](const QString &id, qint64 *offsetUs, qint64 *roundTripUs) {
        const auto t0 = nowUs();
        const auto response = m_admin->get(QStringLiteral("/api/v1/time"), target(id));
        const auto t3 = nowUs();
        const auto t1 = response.json().value("t1Us").toInteger();
        const auto t2 = response.json().value("t2Us").toInteger();
        *offsetUs = ((t1 - t0) + (t2 - t3)) / 2;
        *roundTripUs = (t3 - t0) - (t2 - t1);
        return response.status == 200 && t1 > 0 && t2 >= t1 &&
               response.json().value("nodeId").toString() == id;
    };
    constexpr qint64 kSlackUs = 20000; // clock reads, rounding to whole milliseconds
    qint64 offset = 0;
    qint64 roundTrip = 0;
    QVERIFY(offsetOf(skewed, &offset, &roundTrip));
    QVERIFY2(
        qAbs(offset - 800000) <= roundTrip / 2 + kSlackUs,
        qPrintable(QStringLiteral("offset %1 us, round trip %2 us").arg(offset).arg(roundTrip)));
    QVERIFY(offsetOf(m_cluster->primaryId(), &offset, &roundTrip));
    QVERIFY2(
        qAbs(offset) <= roundTrip / 2 + kSlackUs,
        qPrintable(QStringLiteral("offset %1 us, round trip %2 us").arg(offset).arg(roundTrip)));

    // The primary's membership view estimates the same skew from its heartbeats.
    const auto peerOffsetMs = [&] {
        const auto cluster =
            m_admin->get(QStringLiteral("/api/v1/cluster"), target(m_cluster->primaryId()));
        for (const auto &node : cluster.json().value("nodes").toArray()) {
            if (node.toObject().value("id").toString() == skewed)
                return node.toObject().value("clockOffsetMs").toDouble();
        }
        return -1.0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(qAbs(peerOffsetMs() - 800.0) < 100.0, 10000);
}

void tst_ClusterReplication::perNodeFlagsApply()
{
    const auto versionOf = [&](const QString &id) {
        return m_admin->get(QStringLiteral("/api/v1/node"), target(id))
            .json()
            .value("serverVersion")
            .toString();
    };
    QCOMPARE(versionOf(QStringLiteral("node-1")), QStringLiteral("4.2.0"));
    QCOMPARE(versionOf(QStringLiteral("node-3")), QStringLiteral("4.2.1"));

    // Every node's membership view shows the mix (learned from heartbeats).
    const auto versionsSeenBy = [&](const QString &id) {
        QStringList versions;
        const auto cluster = m_admin->get(QStringLiteral("/api/v1/cluster"), target(id));
        for (const auto &node : cluster.json().value("nodes").toArray())
            versions << node.toObject().value("serverVersion").toString();
        versions.sort();
        return versions;
    };
    const QStringList expected{QStringLiteral("4.2.0"), QStringLiteral("4.2.0"),
                               QStringLiteral("4.2.1")};
    for (const auto &id : m_cluster->nodeIds())
        QTRY_COMPARE_WITH_TIMEOUT(versionsSeenBy(id), expected, 10000);
}

void tst_ClusterReplication::degradedNodeLeavesRotation()
{
    const auto degraded = m_cluster->nodeIds().at(1);
    QString error;
    QVERIFY2(m_cluster->setFaults(degraded, {{"degraded", true}}, &error), qPrintable(error));
    auto restore = qScopeGuard([&] { m_cluster->setFaults(degraded, {{"degraded", false}}); });
    QCOMPARE(m_admin->get(QStringLiteral("/healthz"), target(degraded)).status, 503);
    QVERIFY(waitForHaproxy(degraded, QStringLiteral("DOWN")));

    // Round-robin skips it; the others share the load.
    QSet<QByteArray> answering;
    for (int i = 0; i < 12; ++i) {
        const auto response = m_admin->get(QStringLiteral("/api/v1/resources"));
        QCOMPARE(response.status, 200);
        answering.insert(response.header("X-Cluster-Node-Id"));
    }
    QVERIFY(!answering.contains(degraded.toUtf8()));
    QCOMPARE(answering.size(), m_cluster->nodeIds().size() - 1);

    restore.dismiss();
    QVERIFY2(m_cluster->setFaults(degraded, {{"degraded", false}}, &error), qPrintable(error));
    QVERIFY(waitForHaproxy(degraded, QStringLiteral("UP")));
}

void tst_ClusterReplication::restartedReplicaCatchesUp()
{
    const auto replica = m_cluster->nodeIds().at(2);
    QString error;
    QVERIFY2(m_cluster->stopNode(replica, false, &error), qPrintable(error));
    QVERIFY(waitForHaproxy(replica, QStringLiteral("DOWN")));
    QCOMPARE(m_admin->get(QStringLiteral("/healthz"), target(replica)).status, 503);

    // Writes while it is away, through the primary so none of them is routed to it.
    qint64 revision = 0;
    for (int i = 0; i < 3; ++i) {
        const auto created =
            m_admin->put(resourcePath("jdbc", uniqueName("while-away")), jdbcBody("missed"),
                         withTarget({{"If-None-Match", "*"}}, m_cluster->primaryId()));
        QVERIFY2(created.status == 201, qPrintable(created.summary()));
        revision = created.json().value("revision").toInteger();
    }

    QVERIFY2(m_cluster->startNode(replica, &error), qPrintable(error));
    QVERIFY(waitForHaproxy(replica, QStringLiteral("UP")));
    QString detail;
    QTRY_VERIFY2_WITH_TIMEOUT(m_cluster->isConverged(revision, &detail), qPrintable(detail),
                              kRecoveryTimeoutMs);
    // Restarted with the flags it was first started with.
    QCOMPARE(m_admin->get(QStringLiteral("/api/v1/node"), target(replica))
                 .json()
                 .value("serverVersion")
                 .toString(),
             QStringLiteral("4.2.1"));
}

void tst_ClusterReplication::addedNodeCatchesUp()
{
    QString error;
    const auto added = m_cluster->addNode(&error);
    QVERIFY2(!added.isEmpty(), qPrintable(error));
    QCOMPARE(m_cluster->nodeIds().size(), 4);
    const auto revision = primaryRevision();
    QVERIFY(revision > 0);

    QString detail;
    QTRY_VERIFY2_WITH_TIMEOUT(m_cluster->isConverged(revision, &detail), qPrintable(detail),
                              kRecoveryTimeoutMs);
    const auto resources = m_admin->get(QStringLiteral("/api/v1/resources"), target(added));
    QCOMPARE(resources.status, 200);
    QCOMPARE(resources.header("X-Cluster-Node-Id"), added.toUtf8());
    const auto onPrimary =
        m_admin->get(QStringLiteral("/api/v1/resources"), target(m_cluster->primaryId()));
    QCOMPARE(resources.json().value("resources"), onPrimary.json().value("resources"));

    // Later writes reach it too.
    const auto created = m_admin->put(resourcePath("jdbc", uniqueName("after-add")),
                                      jdbcBody("new node sees this"), {{"If-None-Match", "*"}});
    QVERIFY2(created.status == 201, qPrintable(created.summary()));
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_cluster->isConverged(created.json().value("revision").toInteger(), &detail),
        qPrintable(detail), kReplicationTimeoutMs);
}

void tst_ClusterReplication::primaryDownRejectsWritesButServesReads()
{
    const auto primary = m_cluster->primaryId();
    const auto replica = m_cluster->nodeIds().at(1);
    const auto name = uniqueName("before-failure");
    QVERIFY(!create(name, jdbcBody("readable during the outage")).isEmpty());
    QString detail;
    QTRY_VERIFY2_WITH_TIMEOUT(m_cluster->isConverged(primaryRevision(), &detail),
                              qPrintable(detail), kReplicationTimeoutMs);

    QString error;
    QVERIFY2(m_cluster->stopNode(primary, false, &error), qPrintable(error));
    QVERIFY(waitForHaproxy(primary, QStringLiteral("DOWN")));
    // HAProxy answers for a down target itself, never another node.
    QCOMPARE(m_admin->get(QStringLiteral("/api/v1/node"), target(primary)).status, 503);

    const auto writeVia = [&](const TestHeaders &headers) {
        return m_admin->put(resourcePath("jdbc", uniqueName("during-failure")),
                            jdbcBody("must not be stored"), headers);
    };
    TestResponse refused;
    QTRY_VERIFY_WITH_TIMEOUT(
        (refused = writeVia(withTarget({{"If-None-Match", "*"}}, replica))).status == 503,
        kRecoveryTimeoutMs);
    QCOMPARE(refused.header("X-Cluster-Node-Id"), replica.toUtf8());
    QVERIFY2(refused.hasHeader("Retry-After"), qPrintable(refused.summary()));
    QVERIFY(refused.header("Content-Type").startsWith("application/problem+json"));
    for (const auto &id : m_cluster->nodeIds()) {
        if (id == primary)
            continue;
        const auto read = m_admin->get(resourcePath("jdbc", name), target(id));
        QVERIFY2(read.status == 200, qPrintable(id + QLatin1String(": ") + read.summary()));
        QCOMPARE(m_admin->get(QStringLiteral("/api/v1/resources"), target(id)).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(writeVia(withTarget({{"If-None-Match", "*"}}, id)).status, 503,
                                  kRecoveryTimeoutMs);
    }
    // Reads through the balancer without a target are served by the survivors.
    QCOMPARE(m_admin->get(resourcePath("jdbc", name)).status, 200);

    QVERIFY2(m_cluster->startNode(primary, &error), qPrintable(error));
    QVERIFY(waitForHaproxy(primary, QStringLiteral("UP")));
    QTRY_COMPARE_WITH_TIMEOUT(writeVia(withTarget({{"If-None-Match", "*"}}, replica)).status, 201,
                              kRecoveryTimeoutMs);
    QTRY_VERIFY2_WITH_TIMEOUT(m_cluster->isConverged(primaryRevision(), &detail),
                              qPrintable(detail), kRecoveryTimeoutMs);
}

QTEST_GUILESS_MAIN(tst_ClusterReplication)
#include "tst_ClusterReplication.moc"
