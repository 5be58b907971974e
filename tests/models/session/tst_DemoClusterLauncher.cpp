// DemoClusterLauncher: finds its tools (environment, build tree, a fake install), reads
// cluster.json, refuses to start without tools, and starts a real demo cluster (nodes behind
// HAProxy) that answers through its load balancer, then stops exactly it.
#include "DemoClusterLauncher.h"
#include "TestHttp.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

void writeFile(const QString &path, const QByteArray &content, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    if (executable)
        file.setPermissions(file.permissions() | QFile::ExeOwner);
}

// Unsets an environment variable for one scope.
class EnvironmentOverride
{
public:
    explicit EnvironmentOverride(const char *name)
        : m_name(name)
        , m_value(qgetenv(name))
        , m_wasSet(qEnvironmentVariableIsSet(name))
    {
        qunsetenv(name);
    }
    ~EnvironmentOverride()
    {
        if (m_wasSet)
            qputenv(m_name, m_value);
    }
    Q_DISABLE_COPY_MOVE(EnvironmentOverride)

private:
    const char *m_name;
    QByteArray m_value;
    bool m_wasSet;
};

} // namespace

class tst_DemoClusterLauncher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locatesToolsFromTheEnvironment()
    {
        // ctest sets CLUSTERDESK_SOURCE_DIR and CLUSTERDESK_NODE_BIN.
        const auto tools = DemoClusterLauncher::locateTools(QString());
        QCOMPARE(tools.clusterScript, QFileInfo(qEnvironmentVariable("CLUSTERDESK_SOURCE_DIR") +
                                                QStringLiteral("/scripts/cluster"))
                                          .absoluteFilePath());
        QCOMPARE(tools.nodeBinary,
                 QFileInfo(qEnvironmentVariable("CLUSTERDESK_NODE_BIN")).absoluteFilePath());
        QVERIFY2(!tools.haproxy.isEmpty(), "haproxy is installed on this machine");
        QVERIFY(tools.isComplete());
    }

    void locatesToolsInABuildTree()
    {
        EnvironmentOverride source("CLUSTERDESK_SOURCE_DIR");
        EnvironmentOverride node("CLUSTERDESK_NODE_BIN");
        QTemporaryDir root;
        // <root>/scripts/cluster, <root>/build/x/app/clusterdesk, <root>/build/x/node/...
        writeFile(root.filePath(QStringLiteral("scripts/cluster")), "#!/bin/bash\n");
        writeFile(root.filePath(QStringLiteral("build/x/node/clusterdesk-node")), "#!/bin/sh\n",
                  true);
        const QString appDir = root.filePath(QStringLiteral("build/x/app"));
        QDir().mkpath(appDir);
        const auto tools = DemoClusterLauncher::locateTools(appDir);
        QCOMPARE(tools.clusterScript, root.filePath(QStringLiteral("scripts/cluster")));
        QCOMPARE(QFileInfo(tools.nodeBinary).canonicalFilePath(),
                 QFileInfo(root.filePath(QStringLiteral("build/x/node/clusterdesk-node")))
                     .canonicalFilePath());
        // A node binary that is not executable does not count.
        QTemporaryDir other;
        writeFile(other.filePath(QStringLiteral("bin/clusterdesk-node")), "not a program");
        const auto none = DemoClusterLauncher::locateTools(other.filePath(QStringLiteral("bin")));
        QVERIFY(none.clusterScript.isEmpty());
        if (QStandardPaths::findExecutable(QStringLiteral("clusterdesk-node")).isEmpty())
            QVERIFY(none.nodeBinary.isEmpty());
        QVERIFY(!none.isComplete());
    }

    void readClusterJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        const auto json = [](const QJsonObject &object) { return QJsonDocument(object).toJson(); };
        const QJsonArray users{QJsonObject{{QStringLiteral("name"), QStringLiteral("viewer")},
                                           {QStringLiteral("role"), QStringLiteral("viewer")},
                                           {QStringLiteral("password"), QStringLiteral("v")}},
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("admin")},
                                           {QStringLiteral("role"), QStringLiteral("admin")},
                                           {QStringLiteral("password"), QStringLiteral("a")}}};
        QTest::newRow("complete")
            << json({{QStringLiteral("name"), QStringLiteral("demo")},
                     {QStringLiteral("lbUrl"), QStringLiteral("http://127.0.0.1:18080")},
                     {QStringLiteral("statsUrl"), QStringLiteral("http://127.0.0.1:18404/stats")},
                     {QStringLiteral("caFile"), QJsonValue::Null},
                     {QStringLiteral("users"), users}})
            << true << "http://127.0.0.1:18080"
            << "admin";
        QTest::newRow("no users") << json({{QStringLiteral("lbUrl"),
                                            QStringLiteral("https://127.0.0.1:1")}})
                                  << true << "https://127.0.0.1:1"
                                  << "";
        QTest::newRow("no address")
            << json({{QStringLiteral("name"), QStringLiteral("demo")}}) << false << ""
            << "";
        QTest::newRow("address not a string")
            << json({{QStringLiteral("lbUrl"), 8080}}) << false << ""
            << "";
        QTest::newRow("not json") << QByteArray("{ nope") << false << ""
                                  << "";
        QTest::newRow("array") << QByteArray("[]") << false << ""
                               << "";
        QTest::newRow("missing") << QByteArray() << false << ""
                                 << "";
    }

    void readClusterJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        QFETCH(QString, url);
        QFETCH(QString, user);
        QTemporaryDir dir;
        if (!json.isNull())
            writeFile(dir.filePath(QStringLiteral("cluster.json")), json);
        const auto result = DemoClusterLauncher::readClusterJson(dir.path());
        QCOMPARE(result.ok, ok);
        QCOMPARE(result.error.isEmpty(), ok);
        QCOMPARE(result.stateDir, dir.path());
        if (ok) {
            QCOMPARE(result.loadBalancerUrl, QUrl(url));
            QCOMPARE(result.userName, user);
        }
    }

    void refusesWithoutTools()
    {
        DemoClusterLauncher launcher;
        launcher.setTools({});
        QVERIFY(!launcher.isAvailable());
        QSignalSpy finished(&launcher, &DemoClusterLauncher::finished);
        QString error;
        QVERIFY(!launcher.start(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!launcher.isRunning());
        QCOMPARE(finished.count(), 0);
    }

    void failedStartIsReported()
    {
        QTemporaryDir root;
        DemoClusterLauncher launcher;
        DemoClusterLauncher::Tools tools = DemoClusterLauncher::locateTools(QString());
        tools.nodeBinary = QStringLiteral("/bin/false"); // never becomes healthy
        launcher.setTools(tools);
        launcher.setStateRoot(root.path());
        launcher.setNodeCount(1);
        QSignalSpy finished(&launcher, &DemoClusterLauncher::finished);
        QVERIFY(launcher.start());
        QVERIFY(launcher.isRunning());
        QString again;
        QVERIFY(!launcher.start(&again)); // one at a time
        QVERIFY(!again.isEmpty());
        QVERIFY(finished.wait(120000));
        const auto result = finished.at(0).at(0).value<DemoClusterLauncher::Result>();
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("did not start")), qPrintable(result.error));
        QVERIFY(!QFileInfo::exists(result.stateDir)); // nothing left behind
    }

    void startsAndStopsARealCluster()
    {
        QTemporaryDir root;
        DemoClusterLauncher launcher;
        QVERIFY(launcher.isAvailable());
        launcher.setStateRoot(root.path());
        QSignalSpy finished(&launcher, &DemoClusterLauncher::finished);
        QSignalSpy progress(&launcher, &DemoClusterLauncher::progress);
        QString error;
        QVERIFY2(launcher.start(&error), qPrintable(error));
        QVERIFY(finished.wait(120000));
        const auto result = finished.at(0).at(0).value<DemoClusterLauncher::Result>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(progress.count() > 0);
        QCOMPARE(result.userName, QStringLiteral("admin"));
        QVERIFY(!result.password.isEmpty());
        QCOMPARE(result.loadBalancerUrl.host(), QStringLiteral("127.0.0.1"));

        TestHttp http(result.loadBalancerUrl);
        const TestResponse health = http.get(QStringLiteral("/healthz"));
        QCOMPARE(health.status, 200);
        http.setBasicAuth(result.userName, result.password);
        const TestResponse cluster = http.get(QStringLiteral("/api/v1/cluster"));
        QCOMPARE(cluster.status, 200);
        QCOMPARE(cluster.json().value(QStringLiteral("nodes")).toArray().size(), 3);

        QSignalSpy stopped(&launcher, &DemoClusterLauncher::stopped);
        QVERIFY(launcher.stop(result.stateDir));
        QVERIFY(stopped.wait(60000));
        QCOMPARE(stopped.at(0).at(0).toBool(), true);
        http.setTimeoutMs(2000);
        QCOMPARE(http.get(QStringLiteral("/healthz")).status, 0);
        QVERIFY(!launcher.stop(root.filePath(QStringLiteral("no-such-dir"))));
    }
};

QTEST_MAIN(tst_DemoClusterLauncher)
#include "tst_DemoClusterLauncher.moc"
