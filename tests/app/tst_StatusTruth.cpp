// `clusterdesk status --json` tells the truth about a real three-node cluster behind HAProxy
// with fault injection: a slow node is "slow" (not the cluster unreachable), paused replication
// is a warning at once, clocks are judged against kernel-synchronized references (or a pair is
// reported), a node added later shows as the union with the disagreement flagged, and a primary
// restarted with an empty data directory is critical before anyone writes.
#include "ClusterFixture.h"
#include "CommandRun.h"
#include "LocalClock.h"
#include "TestHttp.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

constexpr int kRunLimitMs = 60000;

struct Status
{
    CommandRun run;
    QJsonObject json;

    QJsonObject node(const QString &id) const
    {
        for (const QJsonValue &value : json.value(QStringLiteral("nodes")).toArray()) {
            if (value.toObject().value(QStringLiteral("id")).toString() == id)
                return value.toObject();
        }
        return {};
    }
    // "severity" of the finding `code` about `nodeId` (empty: about the cluster), or empty.
    QString finding(const QString &code, const QString &nodeId = {}) const
    {
        for (const QJsonValue &value : json.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject finding = value.toObject();
            if (finding.value(QStringLiteral("code")).toString() == code &&
                finding.value(QStringLiteral("nodeId")).toString() == nodeId)
                return finding.value(QStringLiteral("severity")).toString();
        }
        return {};
    }
    QString describe() const { return run.describe(); }
};

} // namespace

class tst_StatusTruth final : public QObject
{
    Q_OBJECT

private:
    Status status(double timeoutSeconds = 10)
    {
        Status result;
        result.run = CommandRun::run({QStringLiteral("status"), QStringLiteral("--url"),
                                      m_cluster->lbUrl().toString(), QStringLiteral("--stats-url"),
                                      m_cluster->statsUrl().toString(), QStringLiteral("--user"),
                                      m_cluster->adminUser(), QStringLiteral("--password-file"),
                                      m_passwordFile, QStringLiteral("--timeout"),
                                      QString::number(timeoutSeconds), QStringLiteral("--json")},
                                     m_home.path(), {}, kRunLimitMs);
        result.json = QJsonDocument::fromJson(result.run.out.toUtf8()).object();
        return result;
    }

    // The kernel NTP state node `id` reports: synchronized with a 5 ms maximum error, or not.
    bool setSynchronized(const QString &id, bool synchronized)
    {
        const QJsonObject clock{{QStringLiteral("synchronized"), synchronized},
                                {QStringLiteral("maxErrorUs"), synchronized ? 5000 : 16000000}};
        return m_cluster->setFaults(id, {{QStringLiteral("kernelClock"), clock}});
    }

    // Points HAProxy's round robin at node `id`: the next request through it goes there.
    bool steerRoundRobinTo(const QString &id)
    {
        const QStringList ids = m_cluster->nodeIds();
        const QString before = ids.at((ids.indexOf(id) + ids.size() - 1) % ids.size());
        TestHttp http(m_cluster->lbUrl());
        for (int i = 0; i < 3 * ids.size(); ++i) {
            if (http.get(QStringLiteral("/healthz")).header("X-Cluster-Node-Id") == before.toUtf8())
                return true;
        }
        return false;
    }

    bool putResource(const QString &name)
    {
        TestHttp http(m_cluster->lbUrl());
        http.setBasicAuth(m_cluster->adminUser(), m_cluster->adminPassword());
        const QJsonObject body{
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("driver"), QStringLiteral("postgresql")},
                         {QStringLiteral("driverClass"), QStringLiteral("org.postgresql.Driver")},
                         {QStringLiteral("url"), QStringLiteral("jdbc:postgresql://db:5432/x")},
                         {QStringLiteral("password"), QStringLiteral("pw")}}}};
        // On the primary itself: a paused replica would hold a forwarded write.
        const TestResponse response =
            http.put(QStringLiteral("/api/v1/resources/jdbc/") + name, QJsonDocument(body).toJson(),
                     {{"Content-Type", "application/json"},
                      {"If-None-Match", "*"},
                      {"X-Cluster-Node", m_cluster->primaryId().toUtf8()}});
        if (response.status != 201)
            qWarning("PUT %s: %s", qPrintable(name), qPrintable(response.summary()));
        return response.status == 201;
    }

    QTemporaryDir m_home;
    std::unique_ptr<ClusterFixture> m_cluster;
    QString m_passwordFile;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        ClusterOptions options;
        options.name = QStringLiteral("truth");
        m_cluster = std::make_unique<ClusterFixture>(options);
        QString error;
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
        QCOMPARE(m_cluster->nodeIds().size(), 3);
        m_passwordFile = m_home.filePath(QStringLiteral("password"));
        QFile file(m_passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_cluster->adminPassword().toUtf8() + '\n');
        file.close();
        for (const QString &id : m_cluster->nodeIds())
            QVERIFY(setSynchronized(id, true));
        const Status healthy = status();
        QVERIFY2(healthy.run.exitCode == 0, qPrintable(healthy.describe()));
    }

    void slowNodeIsSlowNotDown()
    {
        QVERIFY(m_cluster->setFaults(QStringLiteral("node-3"), {{"delayMs", 3000}}));
        // Twice: the old console failed "in most runs", depending on where round robin went.
        for (int run = 0; run < 2; ++run) {
            QElapsedTimer timer;
            timer.start();
            const Status slow = status(10);
            // Within its own --timeout: past it the command reports the cluster unreachable
            // (exit 3), so exit 1 with the nodes listed says it finished in time.
            qInfo("status with one node 3000 ms slow took %lld ms", qint64(timer.elapsed()));
            QVERIFY2(slow.run.exitCode == 1, qPrintable(slow.describe()));
            QCOMPARE(slow.json.value(QStringLiteral("reachable")).toBool(), true);
            QCOMPARE(slow.node(QStringLiteral("node-3")).value(QStringLiteral("health")),
                     QStringLiteral("slow"));
            QVERIFY(
                slow.node(QStringLiteral("node-3")).value(QStringLiteral("latencyMs")).toDouble() >=
                1000);
            QCOMPARE(slow.node(QStringLiteral("node-1")).value(QStringLiteral("health")),
                     QStringLiteral("up"));
            QCOMPARE(slow.node(QStringLiteral("node-2")).value(QStringLiteral("health")),
                     QStringLiteral("up"));
            QCOMPARE(slow.finding(QStringLiteral("health.slow"), QStringLiteral("node-3")),
                     QStringLiteral("warning"));
            QVERIFY2(slow.run.out.contains(QLatin1String("node-3 is slow: no answer within")),
                     qPrintable(slow.describe()));
            QCOMPARE(slow.finding(QStringLiteral("cluster.unreachable")), QString());
        }
        QVERIFY(m_cluster->setFaults(QStringLiteral("node-3"), {{"delayMs", 0}}));
    }

    void slowSignInIsAskedOfAnotherNode()
    {
        // The token endpoint is slow too, and round robin sends the sign-in to that node: the
        // old console waited 3 s for it, leaving too little of a 6.5 s run to hear node-3 at all.
        QVERIFY(m_cluster->setFaults(QStringLiteral("node-3"), {{"delayMs", 3000}}));
        for (int run = 0; run < 3; ++run) {
            QVERIFY(steerRoundRobinTo(QStringLiteral("node-3")));
            QElapsedTimer timer;
            timer.start();
            const Status slow = status(6.5);
            qInfo("status (6.5 s) with the sign-in sent to a 3000 ms slow node took %lld ms",
                  qint64(timer.elapsed()));
            QVERIFY2(slow.run.exitCode == 1, qPrintable(slow.describe()));
            QCOMPARE(slow.json.value(QStringLiteral("reachable")).toBool(), true);
            QCOMPARE(slow.node(QStringLiteral("node-1")).value(QStringLiteral("health")),
                     QStringLiteral("up"));
            QCOMPARE(slow.node(QStringLiteral("node-2")).value(QStringLiteral("health")),
                     QStringLiteral("up"));
            QCOMPARE(slow.node(QStringLiteral("node-3")).value(QStringLiteral("health")),
                     QStringLiteral("slow"));
        }
        QVERIFY(m_cluster->setFaults(QStringLiteral("node-3"), {{"delayMs", 0}}));
    }

    void pausedReplicationWarnsOnFirstPoll()
    {
        QVERIFY(m_cluster->setFaults(QStringLiteral("node-2"), {{"replicationPaused", true}}));
        QVERIFY(putResource(QStringLiteral("paused-1")));
        const Status paused = status();
        QVERIFY2(paused.run.exitCode == 1, qPrintable(paused.describe()));
        QCOMPARE(
            paused.finding(QStringLiteral("config.replication-paused"), QStringLiteral("node-2")),
            QStringLiteral("warning"));
        // Not "catching up, no action needed".
        QVERIFY(
            paused.finding(QStringLiteral("config.behind"), QStringLiteral("node-2")).isEmpty());
        QVERIFY(m_cluster->setFaults(QStringLiteral("node-2"), {{"replicationPaused", false}}));
    }

    void skewedPairJudgedFairly()
    {
        QVERIFY(m_cluster->stopNode(QStringLiteral("node-3"), false));
        QVERIFY(m_cluster->setFaults(QStringLiteral("node-2"), {{"clockOffsetMs", 800}}));
        QVERIFY(setSynchronized(QStringLiteral("node-1"), true));
        QVERIFY(setSynchronized(QStringLiteral("node-2"), false));
        const Status blamed = status();
        QVERIFY2(blamed.finding(QStringLiteral("clock.offset"), QStringLiteral("node-2")) ==
                     QLatin1String("critical"),
                 qPrintable(blamed.describe()));
        QVERIFY2(blamed.finding(QStringLiteral("clock.offset"), QStringLiteral("node-1")).isEmpty(),
                 qPrintable(blamed.describe()));
        const QJsonObject healthyClock =
            blamed.node(QStringLiteral("node-1")).value(QStringLiteral("clock")).toObject();
        QCOMPARE(healthyClock.value(QStringLiteral("reference")).toString(),
                 QStringLiteral("trusted-nodes"));
        QCOMPARE(healthyClock.value(QStringLiteral("severity")).toString(), QStringLiteral("ok"));

        // Neither node trusted: this computer's own clock decides if its kernel trusts it,
        // else nobody can be blamed and the pair is reported.
        QVERIFY(setSynchronized(QStringLiteral("node-1"), false));
        const LocalClockState local = LocalClock::read();
        const bool localTrusted = local.known && local.synchronized && local.maxErrorUs <= 50000;
        const Status pair = status();
        if (localTrusted) {
            QCOMPARE(pair.finding(QStringLiteral("clock.offset"), QStringLiteral("node-2")),
                     QStringLiteral("critical"));
        } else {
            QCOMPARE(pair.finding(QStringLiteral("clock.pair-disagrees")),
                     QStringLiteral("critical"));
            QVERIFY2(
                pair.finding(QStringLiteral("clock.offset"), QStringLiteral("node-1")).isEmpty() &&
                    pair.finding(QStringLiteral("clock.offset"), QStringLiteral("node-2"))
                        .isEmpty(),
                qPrintable(pair.describe()));
        }
        QVERIFY(m_cluster->setFaults(QStringLiteral("node-2"), {{"clockOffsetMs", 0}}));
        QVERIFY(setSynchronized(QStringLiteral("node-1"), true));
        QVERIFY(setSynchronized(QStringLiteral("node-2"), true));
        QVERIFY(m_cluster->startNode(QStringLiteral("node-3")));
        QVERIFY(setSynchronized(QStringLiteral("node-3"), true));
    }

    void addedNodeShowsUnionAndDisagreement()
    {
        QString error;
        const QString added = m_cluster->addNode(&error);
        QVERIFY2(!added.isEmpty(), qPrintable(error));
        QVERIFY(setSynchronized(added, true));
        // Every run, whichever node answers the membership call: the union of four.
        for (int run = 0; run < 3; ++run) {
            const Status status4 = status();
            QVERIFY2(status4.json.value(QStringLiteral("nodes")).toArray().size() == 4,
                     qPrintable(status4.describe()));
            for (const QString &old :
                 {QStringLiteral("node-1"), QStringLiteral("node-2"), QStringLiteral("node-3")}) {
                QVERIFY2(status4.finding(QStringLiteral("cluster.membership-disagrees"), old) ==
                             QLatin1String("warning"),
                         qPrintable(status4.describe()));
            }
            QVERIFY(
                status4.finding(QStringLiteral("cluster.membership-disagrees"), added).isEmpty());
        }
    }

    void primaryWithEmptyDataIsCritical()
    {
        for (int i = 0; i < 4; ++i)
            QVERIFY(putResource(QStringLiteral("before-wipe-%1").arg(i)));
        const QString primary = m_cluster->primaryId();
        QTRY_VERIFY_WITH_TIMEOUT(m_cluster->isConverged(4), 20000);
        QVERIFY(m_cluster->stopNode(primary, false));
        QDir data(QDir(m_cluster->stateDirectory())
                      .filePath(QStringLiteral("nodes/%1/data").arg(primary)));
        QVERIFY(data.exists());
        QVERIFY(data.removeRecursively());
        QVERIFY(QDir().mkpath(data.path()));
        QVERIFY(m_cluster->startNode(primary));
        const Status wiped = status();
        QVERIFY2(wiped.run.exitCode == 2, qPrintable(wiped.describe()));
        QCOMPARE(wiped.finding(QStringLiteral("config.primary-behind"), primary),
                 QStringLiteral("critical"));
    }
};

QTEST_GUILESS_MAIN(tst_StatusTruth)
#include "tst_StatusTruth.moc"
