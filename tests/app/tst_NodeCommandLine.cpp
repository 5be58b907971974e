// `clusterdesk node drain|maint|ready`, the real binary against a real cluster behind HAProxy:
// a saved cluster with its statistics URL, the stats user and password on the command line;
// each action shows in HAProxy's CSV and in the JSON outcome; the last serving node needs
// --force; a wrong stats password is an error that names the user and never the password.
#include "ClusterFixture.h"
#include "CommandRun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_NodeCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void drainMaintReady();
    void lastServingNodeNeedsForce();
    void wrongStatsPassword();
    void usageErrors();

private:
    CommandRun node(const QString &action, const QString &nodeId, const QStringList &extra = {},
                    const QString &passwordFile = u"stats.pw"_s);
    void writePrivate(const QString &name, const QString &text);

    std::unique_ptr<ClusterFixture> m_cluster;
    QTemporaryDir m_dir;
};

void tst_NodeCommandLine::writePrivate(const QString &name, const QString &text)
{
    QFile file(m_dir.filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8() + '\n');
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

void tst_NodeCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ClusterOptions options;
    options.nodes = 2;
    options.name = u"cli-node"_s;
    m_cluster = std::make_unique<ClusterFixture>(options);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    writePrivate(u"admin.pw"_s, m_cluster->adminPassword());
    writePrivate(u"stats.pw"_s, m_cluster->statsPassword());
    writePrivate(u"wrong.pw"_s, u"not-the-stats-password"_s);
    const CommandRun added = CommandRun::run(
        {u"--data-dir"_s, m_dir.filePath(u"store"_s), u"cluster"_s, u"add"_s, u"--name"_s, u"Lab"_s,
         u"--url"_s, m_cluster->lbUrl().toString(), u"--user"_s, m_cluster->adminUser(),
         u"--password-file"_s, m_dir.filePath(u"admin.pw"_s), u"--stats-url"_s,
         m_cluster->statsUrl().toString()},
        m_dir.path());
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
}

void tst_NodeCommandLine::cleanupTestCase()
{
    m_cluster.reset();
}

CommandRun tst_NodeCommandLine::node(const QString &action, const QString &nodeId,
                                     const QStringList &extra, const QString &passwordFile)
{
    return CommandRun::run(QStringList{u"--data-dir"_s, m_dir.filePath(u"store"_s), u"node"_s,
                                       action, u"--cluster"_s, u"Lab"_s, u"--node"_s, nodeId,
                                       u"--stats-user"_s, m_cluster->statsUser(),
                                       u"--stats-password-file"_s, m_dir.filePath(passwordFile)} +
                               extra,
                           m_dir.path());
}

void tst_NodeCommandLine::drainMaintReady()
{
    CommandRun run = node(u"drain"_s, u"node-2"_s, {u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(u"result"_s).toString(), u"applied"_s);
    QCOMPARE(json.value(u"state"_s).toString(), u"drain"_s);
    QCOMPARE(json.value(u"haproxyAnswer"_s).toString(), u"DONE"_s);
    QCOMPARE(json.value(u"node"_s).toString(), u"node-2"_s);
    QCOMPARE(json.value(u"cluster"_s).toString(), u"Lab"_s);
    QVERIFY(m_cluster->haproxyServerStatus(u"node-2"_s).startsWith(u"DRAIN"_s));

    run = node(u"maint"_s, u"node-2"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.out.contains(u"MAINT"_s), qPrintable(run.describe()));
    QVERIFY(m_cluster->haproxyServerStatus(u"node-2"_s).startsWith(u"MAINT"_s));

    run = node(u"ready"_s, u"node-2"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(m_cluster->haproxyServerStatus(u"node-2"_s).startsWith(u"UP"_s));
}

void tst_NodeCommandLine::lastServingNodeNeedsForce()
{
    CommandRun run = node(u"maint"_s, u"node-2"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    run = node(u"drain"_s, u"node-1"_s);
    QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"last node serving requests"_s), qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"--force"_s), qPrintable(run.describe()));
    QVERIFY(m_cluster->haproxyServerStatus(u"node-1"_s).startsWith(u"UP"_s));
    run = node(u"drain"_s, u"node-1"_s, {u"--force"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(m_cluster->haproxyServerStatus(u"node-1"_s).startsWith(u"DRAIN"_s));
    for (const QString &id : {u"node-1"_s, u"node-2"_s}) {
        run = node(u"ready"_s, id);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    }
}

void tst_NodeCommandLine::wrongStatsPassword()
{
    const CommandRun run = node(u"maint"_s, u"node-1"_s, {}, u"wrong.pw"_s);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(m_cluster->statsUser()), qPrintable(run.describe()));
    QVERIFY(!run.err.contains(u"not-the-stats-password"_s));
    QVERIFY(m_cluster->haproxyServerStatus(u"node-1"_s).startsWith(u"UP"_s));
}

void tst_NodeCommandLine::usageErrors()
{
    CommandRun run = node(u"reboot"_s, u"node-1"_s);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"unknown node action"_s), qPrintable(run.describe()));
    run = CommandRun::run({u"--data-dir"_s, m_dir.filePath(u"store"_s), u"node"_s, u"drain"_s,
                           u"--cluster"_s, u"Lab"_s},
                          m_dir.path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--node"_s), qPrintable(run.describe()));
}

QTEST_GUILESS_MAIN(tst_NodeCommandLine)
#include "tst_NodeCommandLine.moc"
