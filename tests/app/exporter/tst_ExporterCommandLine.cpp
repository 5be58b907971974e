// `clusterdesk exporter` as a process on a headless machine (no display, no session bus, no
// QT_QPA_PLATFORM), without a cluster: usage errors, a refused address, a bad web config, an
// unknown cluster, a saved cluster without a password (reported, not fatal), and SIGTERM.
#include "../CommandRun.h"
#include "FreePorts.h"
#include "TestHttp.h"

#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

class tst_ExporterCommandLine final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    QStringList withDataDir(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--data-dir"), m_home.filePath(QStringLiteral("store"))} +
               arguments;
    }

private slots:
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no cluster") << QStringList{QStringLiteral("exporter")} << "--all";
        QTest::newRow("both") << QStringList{"exporter", "--all", "--cluster", "a"} << "--all";
        QTest::newRow("listen without address")
            << QStringList{"exporter", "--all", "--listen", ":9877"} << "--listen";
        QTest::newRow("listen host name")
            << QStringList{"exporter", "--all", "--listen", "example.org:9877"} << "--listen";
        QTest::newRow("listen bad port")
            << QStringList{"exporter", "--all", "--listen", "127.0.0.1:99999"} << "--listen";
        QTest::newRow("unknown option") << QStringList{"exporter", "--all", "--bogus"} << "bogus";
        QTest::newRow("web config missing")
            << QStringList{"exporter", "--all", "--web.config.file", "/nonexistent/web.yml"}
            << "/nonexistent/web.yml";
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CommandRun run = CommandRun::run(withDataDir(arguments), m_home.path());
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.contains(message), qPrintable(run.describe()));
    }

    void badWebConfigNamesTheField()
    {
        const QString path = m_home.filePath(QStringLiteral("web.yml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("basic_auth_users:\n  prometheus: plain-text-password\n");
        file.close();
        const CommandRun run =
            CommandRun::run(withDataDir({QStringLiteral("exporter"), QStringLiteral("--all"),
                                         QStringLiteral("--web.config.file"), path}),
                            m_home.path());
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.contains(QLatin1String("basic_auth_users.prometheus")),
                 qPrintable(run.describe()));
        QVERIFY2(!run.err.contains(QLatin1String("plain-text-password")),
                 qPrintable(run.describe()));
    }

    void refusedAddressIsAnError()
    {
        QTcpServer occupied;
        QVERIFY(occupied.listen(QHostAddress::LocalHost));
        const CommandRun run = CommandRun::run(
            withDataDir({QStringLiteral("exporter"), QStringLiteral("--all"),
                         QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:%1").arg(occupied.serverPort())}),
            m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QString::number(occupied.serverPort())),
                 qPrintable(run.describe()));
    }

    void nothingToExport()
    {
        const auto port = FreePorts::one();
        QVERIFY(port);
        const QString listen = QStringLiteral("127.0.0.1:%1").arg(*port);
        CommandRun run =
            CommandRun::run(withDataDir({QStringLiteral("exporter"), QStringLiteral("--all"),
                                         QStringLiteral("--listen"), listen}),
                            m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("no saved clusters")), qPrintable(run.describe()));
        run = CommandRun::run(
            withDataDir({QStringLiteral("exporter"), QStringLiteral("--cluster"),
                         QStringLiteral("Nope"), QStringLiteral("--listen"), listen}),
            m_home.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("\"Nope\"")), qPrintable(run.describe()));
    }

    // Saved with a user but no password and no keychain: reported in the log and the metrics,
    // the exporter keeps serving, and SIGTERM stops it with exit code 0.
    void withoutPasswordKeepsServingAndStopsOnSigterm()
    {
        const CommandRun added = CommandRun::run(
            withDataDir({QStringLiteral("cluster"), QStringLiteral("add"), QStringLiteral("--name"),
                         QStringLiteral("Locked"), QStringLiteral("--url"),
                         QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--user"),
                         QStringLiteral("admin")}),
            m_home.path());
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        const auto port = FreePorts::one();
        QVERIFY(port);
        QProcess exporter;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "CLUSTERDESK_PASSWORD",
              "QT_QPA_PLATFORM", "CREDENTIALS_DIRECTORY"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        exporter.setProcessEnvironment(env);
        exporter.setProcessChannelMode(QProcess::MergedChannels);
        exporter.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        exporter.start(QStringLiteral(CLUSTERDESK_BIN),
                       withDataDir({QStringLiteral("exporter"), QStringLiteral("--cluster"),
                                    QStringLiteral("Locked"), QStringLiteral("--listen"),
                                    QStringLiteral("127.0.0.1:%1").arg(*port)}));
        QByteArray output;
        connect(&exporter, &QProcess::readyReadStandardOutput, this,
                [&] { output += exporter.readAllStandardOutput(); });
        QVERIFY(exporter.waitForStarted());
        TestHttp http(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*port)));
        http.setTimeoutMs(2000);
        const QByteArray series = "clusterdesk_poll_errors_total{cluster=\"Locked\","
                                  "reason=\"no-password\"} 1";
        QTRY_VERIFY2_WITH_TIMEOUT(http.get(QStringLiteral("/metrics")).body.contains(series),
                                  output.constData(), 30000);
        QCOMPARE(http.get(QStringLiteral("/healthz")).status, 200);
        ::kill(pid_t(exporter.processId()), SIGTERM);
        QVERIFY(exporter.waitForFinished(20000));
        QCOMPARE(exporter.exitStatus(), QProcess::NormalExit);
        QCOMPARE(exporter.exitCode(), 0);
        const QString log = QString::fromUtf8(output + exporter.readAllStandardOutput());
        QVERIFY2(log.contains(QLatin1String("Locked")), qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("stopping")), qPrintable(log));
    }
};

QTEST_GUILESS_MAIN(tst_ExporterCommandLine)
#include "tst_ExporterCommandLine.moc"
