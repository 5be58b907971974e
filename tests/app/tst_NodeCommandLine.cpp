// `clusterdesk node drain|maint|ready`, the real binary against a real cluster behind HAProxy:
// a saved cluster with its statistics URL, the stats user and password on the command line;
// each action shows in HAProxy's CSV and in the JSON outcome; the last serving node needs
// --force; a wrong stats password is an error that names the user and never the password; a
// read-only cluster is refused and a production one needs --confirm with its name exactly, both
// before anything reaches HAProxy; each action sent is in the activity log with its outcome.
#include "ClusterFixture.h"
#include "CommandRun.h"

#include <QFile>
#include <QJsonArray>
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
    void readOnlyIsRefused();
    void productionNeedsItsName();
    void actionsAreInTheActivityLog();

private:
    CommandRun node(const QString &action, const QString &nodeId, const QStringList &extra = {},
                    const QString &passwordFile = u"stats.pw"_s, const QString &cluster = u"Lab"_s);
    void addCluster(const QString &name, const QStringList &labels);
    QJsonArray activity(const QString &cluster);
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
    addCluster(u"Lab"_s, {});
    addCluster(u"Frozen"_s, {u"--read-only"_s});
    addCluster(u"Prod"_s, {u"--environment"_s, u"production"_s});
}

void tst_NodeCommandLine::addCluster(const QString &name, const QStringList &labels)
{
    const CommandRun added = CommandRun::run(
        QStringList{u"--data-dir"_s, m_dir.filePath(u"store"_s), u"cluster"_s, u"add"_s,
                    u"--name"_s, name, u"--url"_s, m_cluster->lbUrl().toString(), u"--user"_s,
                    m_cluster->adminUser(), u"--password-file"_s, m_dir.filePath(u"admin.pw"_s),
                    u"--stats-url"_s, m_cluster->statsUrl().toString()} +
            labels,
        m_dir.path());
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
}

QJsonArray tst_NodeCommandLine::activity(const QString &cluster)
{
    const CommandRun run =
        CommandRun::run({u"--data-dir"_s, m_dir.filePath(u"store"_s), u"activity"_s, u"--cluster"_s,
                         cluster, u"--format"_s, u"json"_s},
                        m_dir.path());
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.describe()));
    return QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"activity").toArray();
}

void tst_NodeCommandLine::cleanupTestCase()
{
    m_cluster.reset();
}

CommandRun tst_NodeCommandLine::node(const QString &action, const QString &nodeId,
                                     const QStringList &extra, const QString &passwordFile,
                                     const QString &cluster)
{
    return CommandRun::run(QStringList{u"--data-dir"_s, m_dir.filePath(u"store"_s), u"node"_s,
                                       action, u"--cluster"_s, cluster, u"--node"_s, nodeId,
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

void tst_NodeCommandLine::readOnlyIsRefused()
{
    const CommandRun run =
        node(u"maint"_s, u"node-2"_s, {u"--force"_s}, u"stats.pw"_s, u"Frozen"_s);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.contains(u"Frozen is read-only in Clusterdesk; nothing was sent"_s),
             qPrintable(run.describe()));
    QVERIFY(m_cluster->haproxyServerStatus(u"node-2"_s).startsWith(u"UP"_s));
    QVERIFY(activity(u"Frozen"_s).isEmpty()); // nothing sent, nothing to log
}

void tst_NodeCommandLine::productionNeedsItsName()
{
    for (const QStringList &confirm :
         {QStringList{}, QStringList{u"--confirm"_s, u"Lab"_s}, {u"--confirm"_s, u"prod"_s}}) {
        const CommandRun run = node(u"drain"_s, u"node-2"_s, confirm, u"stats.pw"_s, u"Prod"_s);
        QVERIFY2(run.exitCode == 2, qPrintable(confirm.join(u' ') + run.describe()));
        QVERIFY2(run.err.contains(u"Prod is a production cluster; nothing was sent"_s),
                 qPrintable(run.describe()));
        QVERIFY2(run.err.contains(u"--confirm Prod"_s), qPrintable(run.describe()));
        QVERIFY(m_cluster->haproxyServerStatus(u"node-2"_s).startsWith(u"UP"_s));
    }
    QVERIFY(activity(u"Prod"_s).isEmpty());
    CommandRun run =
        node(u"drain"_s, u"node-2"_s, {u"--confirm"_s, u"Prod"_s}, u"stats.pw"_s, u"Prod"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(m_cluster->haproxyServerStatus(u"node-2"_s).startsWith(u"DRAIN"_s));
    run = node(u"ready"_s, u"node-2"_s, {u"--confirm"_s, u"Prod"_s}, u"stats.pw"_s, u"Prod"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(m_cluster->haproxyServerStatus(u"node-2"_s).startsWith(u"UP"_s));
}

void tst_NodeCommandLine::actionsAreInTheActivityLog()
{
    // Prod's two actions above, newest first, each with HAProxy's outcome.
    const QJsonArray prod = activity(u"Prod"_s);
    QCOMPARE(prod.size(), 2);
    QCOMPARE(prod.at(0).toObject().value(u"action"_s).toString(), u"node-ready"_s);
    QCOMPARE(prod.at(1).toObject().value(u"action"_s).toString(), u"node-drain"_s);
    for (const QJsonValue &value : prod) {
        const QJsonObject entry = value.toObject();
        QCOMPARE(entry.value(u"resourceName"_s).toString(), u"node-2"_s);
        QCOMPARE(entry.value(u"outcome"_s).toString(), u"succeeded"_s);
    }
    // Lab's: the refused last-node drain is there too, as refused locally; a wrong stats
    // password as refused by HAProxy.
    QStringList outcomes;
    for (const QJsonValue &value : activity(u"Lab"_s))
        outcomes << value.toObject().value(u"outcome"_s).toString();
    QVERIFY2(outcomes.contains(u"refused-locally"_s), qPrintable(outcomes.join(u' ')));
    QVERIFY2(outcomes.contains(u"refused"_s), qPrintable(outcomes.join(u' ')));
    QVERIFY2(outcomes.count(u"succeeded"_s) >= 6, qPrintable(outcomes.join(u' ')));
    QVERIFY(!outcomes.contains(u"pending"_s));
}

QTEST_GUILESS_MAIN(tst_NodeCommandLine)
#include "tst_NodeCommandLine.moc"
