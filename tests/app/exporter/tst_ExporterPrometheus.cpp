// `clusterdesk exporter` end to end: a real 3-node cluster behind HAProxy, two exporter
// processes run as on a headless server (no display, no session bus: no keychain) with the
// cluster's password from a systemd credentials directory and from a password command, and a
// real Prometheus scraping both every second with the shipped alert rules. Everything is asked
// of Prometheus's HTTP API, as a dashboard or an alert would see it.
#include "../CommandRun.h"
#include "ClusterFixture.h"
#include "FreePorts.h"
#include "PrometheusFixture.h"
#include "TestHttp.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/prctl.h>

namespace {

constexpr int kWaitMs = 90000;
// ClusterdeskNodeDown waits its `for:` before firing; Prometheus evaluates every second here.
constexpr int kAlertWaitMs = 240000;

QByteArray jdbcBody(const QString &description)
{
    const QJsonObject spec{{"driver", "postgresql"},
                           {"driverClass", "org.postgresql.Driver"},
                           {"url", "jdbc:postgresql://db.example:5432/orders"},
                           {"host", "db.example"},
                           {"port", 5432},
                           {"database", "orders"},
                           {"user", "app"},
                           {"poolMin", 1},
                           {"poolMax", 10}};
    return QJsonDocument(QJsonObject{{"description", description}, {"spec", spec}})
        .toJson(QJsonDocument::Compact);
}

// One `clusterdesk exporter` process, as a headless service runs it.
class ExporterProcess final
{
public:
    bool start(const QStringList &arguments, const QString &home,
               const QMap<QString, QString> &environment, QString *error)
    {
        const auto port = FreePorts::one();
        if (!port) {
            *error = QStringLiteral("no free port");
            return false;
        }
        m_port = *port;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "CLUSTERDESK_PASSWORD",
              "QT_QPA_PLATFORM", "CREDENTIALS_DIRECTORY"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        for (auto it = environment.cbegin(); it != environment.cend(); ++it)
            env.insert(it.key(), it.value());
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_process.start(QStringLiteral(CLUSTERDESK_BIN),
                        arguments + QStringList{QStringLiteral("--listen"),
                                                QStringLiteral("127.0.0.1:%1").arg(m_port)});
        TestHttp http(url());
        http.setTimeoutMs(2000);
        const bool up = QTest::qWaitFor(
            [&] {
                return m_process.state() == QProcess::NotRunning ||
                       http.get(QStringLiteral("/healthz")).status == 200;
            },
            30000);
        if (!up || m_process.state() == QProcess::NotRunning) {
            *error = QStringLiteral("the exporter did not start:\n") + log();
            return false;
        }
        return true;
    }

    // SIGTERM, as systemd stops it; the exit code of a clean stop.
    int stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitCode();
        m_process.terminate();
        if (!m_process.waitForFinished(15000)) {
            m_process.kill();
            m_process.waitForFinished();
            return -1;
        }
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -2;
    }

    ~ExporterProcess() { stop(); }

    QString target() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    QUrl url() const { return QUrl(QStringLiteral("http://") + target()); }
    QString log()
    {
        m_log += m_process.readAll();
        return QString::fromUtf8(m_log);
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_log;
};

bool writePrivateFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) &&
           file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
           file.write(content) == content.size();
}

} // namespace

class tst_ExporterPrometheus final : public QObject
{
    Q_OBJECT

    std::unique_ptr<ClusterFixture> m_cluster;
    QTemporaryDir m_home;
    ExporterProcess m_fromCredentials;
    ExporterProcess m_fromCommand;
    std::unique_ptr<PrometheusFixture> m_prometheus;

    QString dataDir() const { return m_home.filePath(QStringLiteral("store")); }

    std::optional<double> nodeValue(const char *metric, const QString &cluster,
                                    const QString &node) const
    {
        return m_prometheus->value(QStringLiteral("%1{cluster=\"%2\",node=\"%3\"}")
                                       .arg(QLatin1String(metric), cluster, node));
    }

    bool addCluster(const QString &name, const QStringList &extra)
    {
        const CommandRun run = CommandRun::run(
            QStringList{QStringLiteral("--data-dir"), dataDir(), QStringLiteral("cluster"),
                        QStringLiteral("add"), QStringLiteral("--name"), name,
                        QStringLiteral("--url"), m_cluster->lbUrl().toString(),
                        QStringLiteral("--user"), m_cluster->adminUser(),
                        QStringLiteral("--poll-interval"), QStringLiteral("1")} +
                extra,
            m_home.path());
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.describe()));
        return run.exitCode == 0;
    }

private slots:
    void initTestCase()
    {
        ClusterOptions options;
        options.extraNodeArgs.insert(QStringLiteral("node-3"),
                                     QStringLiteral("--clock-offset-ms 800"));
        m_cluster = std::make_unique<ClusterFixture>(options);
        QString error;
        QVERIFY2(m_cluster->start(&error), qPrintable(error));

        // Saved headless: one cluster reads its password from the systemd credentials
        // directory, the other runs a command (as `pass show` would).
        const QString credentials = m_home.filePath(QStringLiteral("credentials"));
        QVERIFY(QDir().mkpath(credentials));
        QVERIFY(writePrivateFile(credentials + QStringLiteral("/Prod"),
                                 m_cluster->adminPassword().toUtf8()));
        const QString secret = m_home.filePath(QStringLiteral("secret.txt"));
        QVERIFY(writePrivateFile(secret, m_cluster->adminPassword().toUtf8()));
        QVERIFY(addCluster(QStringLiteral("Prod"), {}));
        QVERIFY(addCluster(QStringLiteral("ViaCommand"), {QStringLiteral("--password-command"),
                                                          QStringLiteral("cat %1").arg(secret)}));

        QVERIFY2(m_fromCredentials.start(
                     {QStringLiteral("--data-dir"), dataDir(), QStringLiteral("exporter"),
                      QStringLiteral("--cluster"), QStringLiteral("Prod")},
                     m_home.path(), {{QStringLiteral("CREDENTIALS_DIRECTORY"), credentials}},
                     &error),
                 qPrintable(error));
        QVERIFY2(m_fromCommand.start({QStringLiteral("--data-dir"), dataDir(),
                                      QStringLiteral("exporter"), QStringLiteral("--cluster"),
                                      QStringLiteral("ViaCommand")},
                                     m_home.path(), {}, &error),
                 qPrintable(error));

        PrometheusOptions prometheus;
        prometheus.targets = {m_fromCredentials.target(), m_fromCommand.target()};
        prometheus.ruleFiles = {QStringLiteral(CLUSTERDESK_SOURCE_DIR) +
                                QStringLiteral("/docs/prometheus/clusterdesk-rules.yml")};
        m_prometheus = std::make_unique<PrometheusFixture>(prometheus);
        QVERIFY2(m_prometheus->start(&error), qPrintable(error));
    }

    void everyNodeUpFromBothSecretSources()
    {
        for (const QString &cluster : {QStringLiteral("Prod"), QStringLiteral("ViaCommand")}) {
            for (const QString &node : m_cluster->nodeIds()) {
                QTRY_VERIFY2_WITH_TIMEOUT(nodeValue("clusterdesk_node_up", cluster, node) == 1.0,
                                          qPrintable(cluster + QLatin1Char(' ') + node +
                                                     QLatin1Char('\n') + m_fromCredentials.log() +
                                                     m_fromCommand.log()),
                                          kWaitMs);
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_prometheus->value(QStringLiteral(
                                     "clusterdesk_cluster_config_revision{cluster=\"Prod\"}")),
                                 kWaitMs);
        // No password ever reaches the log.
        QVERIFY(!m_fromCredentials.log().contains(m_cluster->adminPassword()));
        QVERIFY(!m_fromCommand.log().contains(m_cluster->adminPassword()));
    }

    void clockOffsetOfNodeStartedAhead()
    {
        const QString node3 = QStringLiteral("node-3");
        QTRY_VERIFY_WITH_TIMEOUT(
            nodeValue("clusterdesk_node_clock_offset_seconds", QStringLiteral("Prod"), node3),
            kWaitMs);
        // The newest sample after the filter settled; 20 ms on a loopback round trip.
        QTRY_VERIFY2_WITH_TIMEOUT(
            qAbs(nodeValue("clusterdesk_node_clock_offset_seconds", QStringLiteral("Prod"), node3)
                     .value_or(0) -
                 0.8) <= 0.02,
            qPrintable(QString::number(
                nodeValue("clusterdesk_node_clock_offset_seconds", QStringLiteral("Prod"), node3)
                    .value_or(-1))),
            kWaitMs);
        const auto other = nodeValue("clusterdesk_node_clock_offset_seconds",
                                     QStringLiteral("Prod"), QStringLiteral("node-1"));
        QVERIFY(other);
        QVERIFY2(qAbs(*other) < 0.1, qPrintable(QString::number(*other)));
    }

    void promtoolAcceptsTheExposition()
    {
        TestHttp http(m_fromCredentials.url());
        const TestResponse metrics = http.get(QStringLiteral("/metrics"));
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.body.contains("clusterdesk_node_up{"));
        QProcess promtool;
        promtool.setProcessChannelMode(QProcess::MergedChannels);
        promtool.start(QStringLiteral("/usr/bin/promtool"),
                       {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY(promtool.waitForStarted());
        promtool.write(metrics.body);
        promtool.closeWriteChannel();
        QVERIFY(promtool.waitForFinished(30000));
        QVERIFY2(promtool.exitCode() == 0, promtool.readAll().constData());
    }

    void pausedReplicaLagRises()
    {
        const QString replica = m_cluster->nodeIds().at(1) == m_cluster->primaryId()
                                    ? m_cluster->nodeIds().at(0)
                                    : m_cluster->nodeIds().at(1);
        QVERIFY(m_cluster->setFaults(replica, QJsonObject{{"replicationPaused", true}}));
        TestHttp admin(m_cluster->lbUrl());
        admin.setBasicAuth(m_cluster->adminUser(), m_cluster->adminPassword());
        const QByteArray token =
            admin.fetchToken(m_cluster->adminUser(), m_cluster->adminPassword());
        QVERIFY(!token.isEmpty());
        admin.setBearerToken(token);
        for (int i = 0; i < 3; ++i) {
            const TestResponse created =
                admin.put(QStringLiteral("/api/v1/resources/jdbc/exporter-lag-%1").arg(i),
                          jdbcBody(QStringLiteral("lag")), {{"If-None-Match", "*"}});
            QVERIFY2(created.status == 201, qPrintable(created.summary()));
        }
        QTRY_VERIFY2_WITH_TIMEOUT(
            nodeValue("clusterdesk_node_config_lag", QStringLiteral("Prod"), replica).value_or(0) >=
                3,
            qPrintable(QString::number(
                nodeValue("clusterdesk_node_config_lag", QStringLiteral("Prod"), replica)
                    .value_or(-1))),
            kWaitMs);
        QCOMPARE(
            nodeValue("clusterdesk_node_config_checksum_agrees", QStringLiteral("Prod"), replica),
            0.0);
        QVERIFY(m_cluster->setFaults(replica, QJsonObject{{"replicationPaused", false}}));
        QTRY_COMPARE_WITH_TIMEOUT(
            nodeValue("clusterdesk_node_config_lag", QStringLiteral("Prod"), replica), 0.0,
            kWaitMs);
    }

    void killedNodeIsDownAndTheAlertFires()
    {
        // A replica: the primary's loss would also stop the cluster-wide gauges.
        QString victim;
        for (const QString &id : m_cluster->nodeIds()) {
            if (id != m_cluster->primaryId())
                victim = id;
        }
        QVERIFY(m_cluster->stopNode(victim, false));
        QTRY_COMPARE_WITH_TIMEOUT(nodeValue("clusterdesk_node_up", QStringLiteral("Prod"), victim),
                                  0.0, kWaitMs);
        // Its gauges are gone, not frozen at the last value.
        QTRY_VERIFY_WITH_TIMEOUT(
            !nodeValue("clusterdesk_node_clock_offset_seconds", QStringLiteral("Prod"), victim),
            kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_prometheus->alertState(QStringLiteral("ClusterdeskNodeDown")),
                                  QStringLiteral("firing"), kAlertWaitMs);
    }

    void sigtermStopsCleanly()
    {
        QCOMPARE(m_fromCommand.stop(), 0);
        QVERIFY2(m_fromCommand.log().contains(QLatin1String("stopping")),
                 qPrintable(m_fromCommand.log()));
    }

    void cleanupTestCase()
    {
        m_prometheus.reset();
        m_fromCredentials.stop();
        m_fromCommand.stop();
        m_cluster.reset();
    }
};

QTEST_GUILESS_MAIN(tst_ExporterPrometheus)
#include "tst_ExporterPrometheus.moc"
