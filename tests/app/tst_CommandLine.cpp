// The real `clusterdesk` binary run with QProcess, as a shell script would, against a real
// three-node cluster (ClusterFixture) whose second node's clock runs 800 ms ahead: status exit
// codes, table and JSON, unreachable clusters, usage errors, and `cluster add/list/remove` with a
// temporary --data-dir and no D-Bus (so the password is kept for the session only). No password
// ever appears in any output or in the store's files.
#include "ClusterFixture.h"
#include "CommandRun.h"
#include "FreePorts.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <memory>

namespace {

constexpr int kClockOffsetMs = 800;
// A generous bound for one run of the binary; the command's own --timeout is much shorter.
constexpr int kRunLimitMs = 60000;

using Run = CommandRun;

} // namespace

class tst_CommandLine final : public QObject
{
    Q_OBJECT

private:
    Run run(const QStringList &arguments, const QMap<QString, QString> &extraEnvironment = {})
    {
        const Run result = CommandRun::run(arguments, m_home.path(), extraEnvironment, kRunLimitMs);
        m_allOutput += result.out + result.err;
        return result;
    }

    QStringList statusArguments() const
    {
        return {QStringLiteral("status"),
                QStringLiteral("--url"),
                m_cluster->lbUrl().toString(),
                QStringLiteral("--stats-url"),
                m_cluster->statsUrl().toString(),
                QStringLiteral("--user"),
                m_cluster->adminUser(),
                QStringLiteral("--password-file"),
                m_passwordFile,
                QStringLiteral("--timeout"),
                QStringLiteral("20")};
    }

    QString dataDir() const { return m_home.filePath(QStringLiteral("store")); }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_home.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    QTemporaryDir m_home;
    std::unique_ptr<ClusterFixture> m_cluster;
    QString m_skewedNode;
    QString m_passwordFile;
    QString m_allOutput; // every stdout and stderr, checked for the password at the end

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(QFileInfo::exists(QStringLiteral(CLUSTERDESK_BIN)), CLUSTERDESK_BIN);
        ClusterOptions options;
        options.name = QStringLiteral("cli");
        options.extraNodeArgs.insert(
            QStringLiteral("node-2"),
            QStringLiteral("--allow-fault-injection --clock-offset-ms %1").arg(kClockOffsetMs));
        m_cluster = std::make_unique<ClusterFixture>(options);
        QString error;
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
        QVERIFY(m_cluster->nodeIds().contains(QStringLiteral("node-2")));
        m_skewedNode = QStringLiteral("node-2");
        m_passwordFile =
            writeFile(QStringLiteral("password"), m_cluster->adminPassword().toUtf8() + '\n');
        QVERIFY(!m_passwordFile.isEmpty());
    }

    void helpAndVersion()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QLatin1String("status")) &&
                     help.out.contains(QLatin1String("cluster add")),
                 qPrintable(help.describe()));
        const Run statusHelp = run({QStringLiteral("status"), QStringLiteral("--help")});
        QCOMPARE(statusHelp.exitCode, 0);
        QVERIFY(statusHelp.out.contains(QLatin1String("--password-file")));
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("clusterdesk " CLUSTERDESK_VERSION));
    }

    void everyHelpListsCommandsAndExamples_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("main") << QStringList{"--help"};
        QTest::newRow("status") << QStringList{"status", "--help"};
        QTest::newRow("cluster") << QStringList{"cluster", "--help"};
        QTest::newRow("cluster add") << QStringList{"cluster", "add", "--help"};
        QTest::newRow("cluster list") << QStringList{"cluster", "list", "--help"};
        QTest::newRow("cluster remove") << QStringList{"cluster", "remove", "--help"};
        QTest::newRow("report") << QStringList{"report", "--help"};
        QTest::newRow("resources") << QStringList{"resources", "--help"};
    }

    void everyHelpListsCommandsAndExamples()
    {
        QFETCH(QStringList, arguments);
        const Run help = run(arguments);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QLatin1String("Examples:\n  clusterdesk")),
                 qPrintable(help.describe()));
        if (arguments.size() == 1) {
            for (const char *command :
                 {"status", "cluster add", "cluster list", "cluster remove", "report", "resources"})
                QVERIFY2(help.out.contains(QLatin1String(command)), command);
            QVERIFY2(!help.out.contains(QLatin1String("status or cluster.")), qPrintable(help.out));
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList{"stauts"} << "unknown command";
        QTest::newRow("status without a cluster") << QStringList{"status"} << "--url or --cluster";
        QTest::newRow("both url and cluster")
            << QStringList{"status", "--url", "http://127.0.0.1:1", "--cluster", "x"}
            << "--url or --cluster";
        QTest::newRow("no password option on the command line")
            << QStringList{"status", "--url", "http://127.0.0.1:1", "--password", "x"}
            << "Unknown option";
        QTest::newRow("bad url") << QStringList{"status", "--url", "ftp://127.0.0.1:1"}
                                 << "invalid --url";
        QTest::newRow("bad timeout")
            << QStringList{"status", "--url", "http://127.0.0.1:1", "--timeout", "soon"}
            << "--timeout";
        QTest::newRow("missing password file")
            << QStringList{"status", "--url",           "http://127.0.0.1:1",   "--user",
                           "admin",  "--password-file", "/nonexistent/password"}
            << "cannot read the password file";
        QTest::newRow("cluster without action")
            << QStringList{"cluster"} << "add, edit, list or remove";
        QTest::newRow("cluster add without url")
            << QStringList{"cluster", "add", "--name", "x"} << "--name and --url";
        QTest::newRow("cluster add bad url")
            << QStringList{"cluster", "add", "--name", "x", "--url", "nonsense://"}
            << "invalid --url";
        QTest::newRow("cluster add bad poll interval")
            << QStringList{"cluster", "add",   "--name",
                           "x",       "--url", "http://127.0.0.1:1",
                           "--user",  "admin", "--poll-interval",
                           "0.1"}
            << "invalid --poll-interval";
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run result = run(QStringList{QStringLiteral("--data-dir"), dataDir()} + arguments);
        QVERIFY2(result.exitCode == 64, qPrintable(result.describe()));
        QVERIFY2(result.err.contains(message), qPrintable(result.describe()));
        QVERIFY(result.out.isEmpty());
    }

    void skewedClusterIsCritical()
    {
        const Run result = run(statusArguments());
        QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
        const QStringList lines = result.out.split(QLatin1Char('\n'));
        QVERIFY2(lines.constFirst().startsWith(QLatin1String("Cluster cli: 3 nodes, 3 up")),
                 qPrintable(result.describe()));
        bool nodeRow = false;
        bool clockFinding = false;
        for (const QString &line : lines) {
            if (line.startsWith(m_skewedNode + QLatin1String("  "))) {
                // The offset column: "+799.7 ms ± 0.7", give or take the measurement error.
                static const QRegularExpression offset(QStringLiteral("\\+(\\d+\\.\\d) ms ±"));
                const QRegularExpressionMatch match = offset.match(line);
                nodeRow = match.hasMatch() &&
                          std::abs(match.captured(1).toDouble() - kClockOffsetMs) < 100;
            }
            if (line.startsWith(QLatin1String("  CRITICAL")) && line.contains(m_skewedNode) &&
                line.contains(QLatin1String("(clock.offset)")))
                clockFinding = true;
        }
        QVERIFY2(nodeRow, qPrintable(result.describe()));
        QVERIFY2(clockFinding, qPrintable(result.describe()));
        QVERIFY2(result.err.isEmpty(), qPrintable(result.describe()));
    }

    void jsonCarriesExitCodeAndFindings()
    {
        // The password from the environment this time.
        QStringList arguments = statusArguments();
        arguments.removeAt(arguments.indexOf(QStringLiteral("--password-file")) + 1);
        arguments.removeAll(QStringLiteral("--password-file"));
        arguments << QStringLiteral("--json");
        const Run result =
            run(arguments, {{QStringLiteral("CLUSTERDESK_PASSWORD"), m_cluster->adminPassword()}});
        QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
        QJsonParseError error{};
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(json.value(QStringLiteral("exitCode")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("reachable")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("nodes")).toArray().size(), 3);
        bool found = false;
        for (const QJsonValue &value : json.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject finding = value.toObject();
            if (finding.value(QStringLiteral("code")).toString() == QLatin1String("clock.offset") &&
                finding.value(QStringLiteral("nodeId")).toString() == m_skewedNode &&
                finding.value(QStringLiteral("severity")).toString() == QLatin1String("critical"))
                found = true;
        }
        QVERIFY2(found, qPrintable(result.describe()));
    }

    void unreachable_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("wrongPassword");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("code");
        const auto port = FreePorts::one();
        QVERIFY(port);
        QTest::newRow("connection refused")
            << QStringLiteral("http://127.0.0.1:%1").arg(*port) << false << "refused"
            << "cluster.cannot-connect";
        QTest::newRow("TLS to a plain HTTP port")
            << QStringLiteral("https://127.0.0.1:%1").arg(m_cluster->lbUrl().port()) << false
            << "TLS"
            << "cluster.unreachable";
        QTest::newRow("password rejected") << m_cluster->lbUrl().toString() << true << "sign-in"
                                           << "cluster.sign-in-failed";
    }
    void unreachable()
    {
        QFETCH(QString, url);
        QFETCH(bool, wrongPassword);
        QFETCH(QString, reason);
        QFETCH(QString, code);
        const QString passwordFile = wrongPassword
                                         ? writeFile(QStringLiteral("wrong"), "not-the-password\n")
                                         : m_passwordFile;
        const Run result =
            run({QStringLiteral("status"), QStringLiteral("--url"), url, QStringLiteral("--user"),
                 m_cluster->adminUser(), QStringLiteral("--password-file"), passwordFile,
                 QStringLiteral("--timeout"), QStringLiteral("5")});
        QVERIFY2(result.exitCode == 3, qPrintable(result.describe()));
        // A rejected password is the cluster's answer, not a network problem.
        const QLatin1String lead = wrongPassword ? QLatin1String("refused the sign-in")
                                                 : QLatin1String("cannot reach the cluster");
        QVERIFY2(result.err.contains(lead) && result.err.contains(reason, Qt::CaseInsensitive),
                 qPrintable(result.describe()));
        QVERIFY2(result.err.contains(QLatin1String("sign-in")) == wrongPassword,
                 qPrintable(result.describe()));
        QVERIFY2(result.out.contains(QLatin1String("(%1)").arg(code)),
                 qPrintable(result.describe()));
        QVERIFY2(result.out.contains(wrongPassword ? QLatin1String("sign-in refused")
                                                   : QLatin1String("unreachable")),
                 qPrintable(result.describe()));
    }

    void clusterAddListRemove()
    {
        const QStringList store{QStringLiteral("--data-dir"), dataDir()};
        const QStringList add =
            store + QStringList{QStringLiteral("cluster"),         QStringLiteral("add"),
                                QStringLiteral("--name"),          QStringLiteral("Lab"),
                                QStringLiteral("--url"),           m_cluster->lbUrl().toString(),
                                QStringLiteral("--user"),          m_cluster->adminUser(),
                                QStringLiteral("--stats-url"),     m_cluster->statsUrl().toString(),
                                QStringLiteral("--poll-interval"), QStringLiteral("2")};
        // The password for the keychain, which this machine lacks (--password-file would save
        // the file's path instead).
        const QMap<QString, QString> password{
            {QStringLiteral("CLUSTERDESK_PASSWORD"), m_cluster->adminPassword()}};
        const Run added = run(add, password);
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        QVERIFY2(added.out.contains(QLatin1String("Added cluster Lab")),
                 qPrintable(added.describe()));
        QVERIFY2(added.err.contains(QLatin1String("could not be stored in the system keychain")) &&
                     added.err.contains(QLatin1String("--password-file")),
                 qPrintable(added.describe()));
        QVERIFY(QFileInfo::exists(QDir(dataDir()).filePath(QStringLiteral("clusterdesk.sqlite"))));

        const Run duplicate = run(add, password);
        QVERIFY2(duplicate.exitCode == 1 && duplicate.err.contains(QLatin1String("Lab")),
                 qPrintable(duplicate.describe()));

        const Run listed =
            run(store + QStringList{QStringLiteral("cluster"), QStringLiteral("list")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        QVERIFY2(listed.out.startsWith(QLatin1String("NAME")), qPrintable(listed.describe()));
        QVERIFY2(listed.out.contains(QLatin1String("Lab  ")) &&
                     listed.out.contains(m_cluster->lbUrl().toString()) &&
                     listed.out.contains(QLatin1String("2 s")),
                 qPrintable(listed.describe()));
        const Run listedJson =
            run(store + QStringList{QStringLiteral("cluster"), QStringLiteral("list"),
                                    QStringLiteral("--json")});
        QCOMPARE(listedJson.exitCode, 0);
        const QJsonArray profiles = QJsonDocument::fromJson(listedJson.out.toUtf8()).array();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Lab"));
        QCOMPARE(profiles.at(0).toObject().value(QStringLiteral("pollIntervalMs")).toInt(), 2000);

        // The password lived in the first process's memory only: a new one must be told.
        const QStringList statusSaved =
            store + QStringList{QStringLiteral("status"), QStringLiteral("--cluster"),
                                QStringLiteral("lab"), QStringLiteral("--timeout"),
                                QStringLiteral("20")};
        const Run noPassword = run(statusSaved);
        QVERIFY2(noPassword.exitCode == 64, qPrintable(noPassword.describe()));
        QVERIFY2(noPassword.err.contains(
                     QLatin1String("no password stored for Lab; use --password-file")),
                 qPrintable(noPassword.describe()));
        const Run saved =
            run(statusSaved + QStringList{QStringLiteral("--password-file"), m_passwordFile});
        QVERIFY2(saved.exitCode == 2, qPrintable(saved.describe()));
        QVERIFY2(saved.out.contains(QLatin1String("(clock.offset)")), qPrintable(saved.describe()));

        const Run unknown =
            run(store + QStringList{QStringLiteral("status"), QStringLiteral("--cluster"),
                                    QStringLiteral("nowhere")});
        QVERIFY2(unknown.exitCode == 64 && unknown.err.contains(QLatin1String("nowhere")),
                 qPrintable(unknown.describe()));

        checkNoPasswordOnDisk();

        const QStringList remove =
            store +
            QStringList{QStringLiteral("cluster"), QStringLiteral("remove"), QStringLiteral("Lab")};
        const Run removed = run(remove);
        QVERIFY2(removed.exitCode == 0 &&
                     removed.out.contains(QLatin1String("Removed cluster Lab")),
                 qPrintable(removed.describe()));
        const Run empty =
            run(store + QStringList{QStringLiteral("cluster"), QStringLiteral("list")});
        QCOMPARE(empty.exitCode, 0);
        QCOMPARE(empty.out, QStringLiteral("No saved clusters.\n"));
        const Run again = run(remove);
        QVERIFY2(again.exitCode == 1 && again.err.contains(QLatin1String("Lab")),
                 qPrintable(again.describe()));
    }

    void healthyClusterExitsZero()
    {
        QString error;
        QVERIFY2(m_cluster->setFaults(m_skewedNode, QJsonObject{{"clockOffsetMs", 0}}, &error),
                 qPrintable(error));
        const Run result = run(statusArguments() << QStringLiteral("--json"));
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QVERIFY2(json.value(QStringLiteral("reachable")).toBool(), qPrintable(result.describe()));
        // A machine whose kernel says its clock is not NTP-synchronized (a container without a
        // time service) makes every node report so: a real warning this test cannot remove.
        // Anything else above Info would be a wrong finding about a healthy cluster.
        bool unsynchronized = false;
        for (const QJsonValue &value : json.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject finding = value.toObject();
            const QString code = finding.value(QStringLiteral("code")).toString();
            const QString severity = finding.value(QStringLiteral("severity")).toString();
            if (code == QLatin1String("clock.unsynchronized")) {
                unsynchronized = true;
                continue;
            }
            QVERIFY2(severity == QLatin1String("ok") || severity == QLatin1String("info"),
                     qPrintable(result.describe()));
        }
        const int expected = unsynchronized ? 1 : 0;
        if (unsynchronized)
            qInfo("this machine's clock is not NTP-synchronized: a healthy cluster exits 1 here");
        QVERIFY2(result.exitCode == expected, qPrintable(result.describe()));
        QCOMPARE(json.value(QStringLiteral("exitCode")).toInt(), expected);

        const Run table = run(statusArguments());
        QVERIFY2(table.exitCode == expected, qPrintable(table.describe()));
        QVERIFY(!table.out.contains(QLatin1String("CRITICAL")));
        if (!unsynchronized)
            QVERIFY2(table.out.endsWith(QLatin1String("No findings.\n")) ||
                         !table.out.contains(QLatin1String("WARNING")),
                     qPrintable(table.describe()));
    }

    void passwordNeverPrinted()
    {
        QVERIFY(!m_allOutput.isEmpty());
        QVERIFY2(!m_allOutput.contains(m_cluster->adminPassword()),
                 "the password appeared in the output");
        checkNoPasswordOnDisk();
    }

private:
    void checkNoPasswordOnDisk()
    {
        const QByteArray password = m_cluster->adminPassword().toUtf8();
        QDirIterator files(dataDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(password), qPrintable(file.fileName()));
            ++checked;
        }
        QVERIFY(checked > 0);
    }
};

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_CommandLine.moc"
