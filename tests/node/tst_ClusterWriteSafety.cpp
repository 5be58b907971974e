// Writes on a real three-node cluster behind HAProxy: every node gives the same answer to the
// same bad request (invalid UTF-8, a name with a trailing newline, a bad Idempotency-Key) and
// changes nothing; a retry with the same Idempotency-Key through any node returns the first
// outcome and never applies twice; a write burst with the primary SIGKILLed midway never hears
// "nothing was written" for a write that was applied. CLUSTERDESK_SOAK_ITERATIONS repeats the
// burst (the "soak" ctest entry runs it 20 times).
#include "ClusterApiTest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QtTest>

#include <csignal>

class tst_ClusterWriteSafety final : public ClusterApiTest
{
    Q_OBJECT

private slots:
    void initTestCase() { startCluster(); }
    void cleanupTestCase() { stopCluster(); }

    void sameAnswerOnEveryNode_data();
    void sameAnswerOnEveryNode();
    void retryWithSameKeyAppliesOnce();
    void primaryKilledDuringWriteBurst();

private:
    struct Sent
    {
        QString name;
        QByteArray key;
        int status = 0;
        QByteArray body;
    };
    // Sends `count` creates through the replicas at once; kills the primary once `killAfter`
    // of them were answered.
    QList<Sent> burstWithKill(int count, int killAfter);
    bool killPrimary();
    QJsonObject lookUp(const QByteArray &key, int *status);
};

void tst_ClusterWriteSafety::sameAnswerOnEveryNode_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<TestHeaders>("headers");
    QTest::addColumn<int>("status");
    const QByteArray good = jdbcBody(QStringLiteral("fine"));
    QByteArray latin1 = jdbcBody(QStringLiteral("caf\u00e9"));
    latin1.replace("caf\xc3\xa9", "caf\xe9"); // Latin-1, not UTF-8
    QTest::newRow("invalid UTF-8") << QStringLiteral("/api/v1/resources/jdbc/utf8-check") << latin1
                                   << TestHeaders{{"If-None-Match", "*"}} << 400;
    QTest::newRow("trailing newline in the name")
        << QStringLiteral("/api/v1/resources/jdbc/abc%0A") << good
        << TestHeaders{{"If-None-Match", "*"}} << 422;
    QTest::newRow("bad Idempotency-Key")
        << QStringLiteral("/api/v1/resources/jdbc/key-check") << good
        << TestHeaders{{"If-None-Match", "*"}, {"Idempotency-Key", "no spaces"}} << 400;
}

void tst_ClusterWriteSafety::sameAnswerOnEveryNode()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(TestHeaders, headers);
    QFETCH(int, status);
    const qint64 before = primaryRevision();
    QJsonObject first;
    for (const QString &id : m_cluster->nodeIds()) {
        const auto answer = m_admin->put(path, body, withTarget(headers, id));
        QVERIFY2(answer.status == status, qPrintable(id + QLatin1Char(' ') + answer.summary()));
        QJsonObject problem = answer.json();
        problem.remove(QStringLiteral("requestId")); // generated per request
        if (first.isEmpty())
            first = problem;
        QCOMPARE(problem, first);
    }
    QCOMPARE(primaryRevision(), before);
    for (const QString &id : m_cluster->nodeIds())
        QCOMPARE(m_cluster->configState(id).revision, before);
    // A name with a newline never reads as the name without it.
    QCOMPARE(m_admin->get(QStringLiteral("/api/v1/resources/jdbc/abc")).status, 404);
}

void tst_ClusterWriteSafety::retryWithSameKeyAppliesOnce()
{
    const QString name = uniqueName("once");
    const QByteArray key = uniqueName("key").toLatin1();
    const QByteArray body = jdbcBody(QStringLiteral("exactly once"));
    const QStringList ids = m_cluster->nodeIds();
    const auto first =
        m_admin->put(resourcePath(QStringLiteral("jdbc"), name), body,
                     withTarget({{"If-None-Match", "*"}, {"Idempotency-Key", key}}, ids.at(1)));
    QVERIFY2(first.status == 201, qPrintable(first.summary()));
    QCOMPARE(first.header("X-Request-Id"), key);
    QVERIFY(!first.hasHeader("Idempotency-Replayed"));
    const qint64 revision = first.json().value("revision").toInteger();

    // The same write retried through every node: the first answer, nothing applied again.
    for (const QString &id : ids) {
        const auto retry =
            m_admin->put(resourcePath(QStringLiteral("jdbc"), name), body,
                         withTarget({{"If-None-Match", "*"}, {"Idempotency-Key", key}}, id));
        QVERIFY2(retry.status == 201, qPrintable(id + QLatin1Char(' ') + retry.summary()));
        QCOMPARE(retry.header("Idempotency-Replayed"), QByteArray("true"));
        QCOMPARE(retry.json(), first.json());
        QCOMPARE(retry.header("ETag"), first.header("ETag"));
    }
    QCOMPARE(primaryRevision(), revision);

    // Every node finds the request in the change log; an unknown id is 404 everywhere.
    for (const QString &id : ids) {
        const auto found = m_admin->get(
            QStringLiteral("/api/v1/config/requests/") + QString::fromLatin1(key), target(id));
        QVERIFY2(found.status == 200, qPrintable(id + QLatin1Char(' ') + found.summary()));
        QCOMPARE(found.json().value("revision").toInteger(), revision);
        QCOMPARE(found.json().value("status").toInt(), 201);
        QCOMPARE(found.json().value("change").toObject().value("name").toString(), name);
        QCOMPARE(
            m_admin->get(QStringLiteral("/api/v1/config/requests/never-sent"), target(id)).status,
            404);
    }
    const auto changes = m_admin->get(
        QStringLiteral("/api/v1/config/changes?after=%1").arg(revision - 1), target(ids.at(2)));
    QCOMPARE(changes.json().value("changes").toArray().first().toObject().value("requestId"),
             QJsonValue(QString::fromLatin1(key)));

    // The key spent on one write cannot make another.
    const auto reused = m_admin->put(resourcePath(QStringLiteral("jdbc"), uniqueName("other")),
                                     body, {{"If-None-Match", "*"}, {"Idempotency-Key", key}});
    QVERIFY2(reused.status == 422, qPrintable(reused.summary()));
    QCOMPARE(primaryRevision(), revision);
}

bool tst_ClusterWriteSafety::killPrimary()
{
    QFile pidFile(QDir(m_cluster->stateDirectory())
                      .filePath(QStringLiteral("nodes/%1/node.pid").arg(m_cluster->primaryId())));
    if (!pidFile.open(QIODevice::ReadOnly))
        return false;
    const pid_t pid = pid_t(pidFile.readAll().trimmed().toLongLong());
    // Our own cluster's node, by the pid file the fixture's script wrote.
    return pid > 0 && ::kill(pid, SIGKILL) == 0;
}

QList<tst_ClusterWriteSafety::Sent> tst_ClusterWriteSafety::burstWithKill(int count, int killAfter)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QStringList replicas = m_cluster->nodeIds();
    replicas.removeAll(m_cluster->primaryId());
    QList<Sent> sent(count);
    int answered = 0;
    bool killed = false;
    for (int i = 0; i < count; ++i) {
        sent[i].name = uniqueName("burst");
        sent[i].key = uniqueName("burst-key").toLatin1();
        QNetworkRequest request(QUrl(m_cluster->lbUrl().toString() +
                                     resourcePath(QStringLiteral("jdbc"), sent[i].name)));
        request.setRawHeader("Authorization", "Bearer " + m_token);
        request.setRawHeader("If-None-Match", "*");
        request.setRawHeader("Idempotency-Key", sent[i].key);
        request.setRawHeader("X-Cluster-Node", replicas.at(i % replicas.size()).toUtf8());
        request.setTransferTimeout(20000);
        QNetworkReply *reply = network.put(request, jdbcBody(QStringLiteral("burst %1").arg(i)));
        connect(reply, &QNetworkReply::finished, this, [&, i, reply] {
            sent[i].status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            sent[i].body = reply->readAll();
            reply->deleteLater();
            if (++answered >= killAfter && !killed)
                killed = killPrimary();
        });
    }
    [&] { QTRY_COMPARE_WITH_TIMEOUT(answered, count, 60000); }();
    if (!killed)
        killed = killPrimary();
    return sent;
}

QJsonObject tst_ClusterWriteSafety::lookUp(const QByteArray &key, int *status)
{
    const auto answer =
        m_admin->get(QStringLiteral("/api/v1/config/requests/") + QString::fromLatin1(key),
                     target(m_cluster->primaryId()));
    *status = answer.status;
    return answer.json();
}

void tst_ClusterWriteSafety::primaryKilledDuringWriteBurst()
{
    const int iterations = qMax(1, qEnvironmentVariableIntValue("CLUSTERDESK_SOAK_ITERATIONS"));
    constexpr int kWrites = 24;
    int unknown = 0;
    for (int iteration = 0; iteration < iterations; ++iteration) {
        const QList<Sent> sent = burstWithKill(kWrites, 6);
        QString error;
        QVERIFY2(m_cluster->stopNode(m_cluster->primaryId(), false, &error), qPrintable(error));
        QVERIFY2(m_cluster->startNode(m_cluster->primaryId(), &error), qPrintable(error));
        QVERIFY(m_cluster->waitUntilWritable(m_cluster->primaryId(), kRecoveryTimeoutMs));

        for (const Sent &write : sent) {
            int status = 0;
            const QJsonObject found = lookUp(write.key, &status);
            QVERIFY2(status == 200 || status == 404, qPrintable(QString::number(status)));
            const bool applied = status == 200;
            const QString context = QStringLiteral("iteration %1, %2: HTTP %3 %4")
                                        .arg(iteration)
                                        .arg(write.name)
                                        .arg(write.status)
                                        .arg(QString::fromUtf8(write.body.left(300)));
            if (write.status == 201)
                QVERIFY2(applied, qPrintable(context));
            if (applied)
                QVERIFY2(!write.body.contains("nothing was written"), qPrintable(context));
            if (write.status == 502 || write.status == 504) {
                ++unknown;
                QVERIFY2(write.body.contains("the outcome is unknown"), qPrintable(context));
                QVERIFY2(write.body.contains(write.key), qPrintable(context));
            }
            // The retry with the same key: the first outcome if applied, applied now if not.
            const auto retry = m_admin->put(
                resourcePath(QStringLiteral("jdbc"), write.name), jdbcBody(QStringLiteral("retry")),
                {{"If-None-Match", "*"}, {"Idempotency-Key", write.key}});
            QVERIFY2(retry.status == 201, qPrintable(context + u" retry: "_qs + retry.summary()));
            QCOMPARE(retry.hasHeader("Idempotency-Replayed"), applied);
        }
        // Each key made exactly one change.
        const auto changes = m_admin->get(QStringLiteral("/api/v1/config/changes?limit=1000"),
                                          target(m_cluster->primaryId()));
        QMap<QString, int> perKey;
        for (const auto &change : changes.json().value("changes").toArray())
            ++perKey[change.toObject().value("requestId").toString()];
        for (const Sent &write : sent)
            QCOMPARE(perKey.value(QString::fromLatin1(write.key)), 1);
    }
    qInfo("%d iterations, %d writes answered 'outcome unknown'", iterations, unknown);
}

QTEST_GUILESS_MAIN(tst_ClusterWriteSafety)
#include "tst_ClusterWriteSafety.moc"
