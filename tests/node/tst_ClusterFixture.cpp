// ClusterFixture and scripts/cluster: a test process that dies (SIGKILL) leaves no node or
// HAProxy behind, also when its temporary state directory, with the pid files in it, was
// removed first (the watchdog of `up --watch-pid` remembers the pids it must stop).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QtTest>

#include <csignal>

namespace {

// A process the cluster started, and the path on its command line that proves it is that one
// (the pid may be reused once it has exited).
struct Started
{
    qint64 pid = 0;
    QString marker;
};

QByteArray readPid(const QString &file)
{
    QFile pidFile(file);
    return pidFile.open(QIODevice::ReadOnly) ? pidFile.readLine().trimmed() : QByteArray();
}

bool isRunning(const Started &process)
{
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(process.pid));
    // A zombie (exited, not yet reaped) has an empty command line: it runs no more.
    return cmdline.open(QIODevice::ReadOnly) &&
           cmdline.readAll().replace('\0', ' ').contains(process.marker.toLocal8Bit());
}

QList<Started> startedBy(const QString &dir)
{
    QList<Started> started;
    const auto add = [&started](const QString &pidFile, const QString &marker) {
        bool ok = false;
        const qint64 pid = readPid(pidFile).toLongLong(&ok);
        if (ok && pid > 0)
            started.append({pid, marker});
    };
    add(dir + QStringLiteral("/haproxy.pid"), dir + QStringLiteral("/haproxy.cfg"));
    const QDir nodes(dir + QStringLiteral("/nodes"));
    for (const QString &id : nodes.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        add(nodes.filePath(id + QStringLiteral("/node.pid")),
            nodes.filePath(id + QStringLiteral("/data")));
    return started;
}

} // namespace

class tst_ClusterFixture final : public QObject
{
    Q_OBJECT

private slots:
    void killedOwnerLeavesNothingRunning_data();
    void killedOwnerLeavesNothingRunning();
};

void tst_ClusterFixture::killedOwnerLeavesNothingRunning_data()
{
    QTest::addColumn<bool>("removeDirectory");
    QTest::newRow("state directory kept") << false;
    QTest::newRow("state directory removed first") << true;
}

void tst_ClusterFixture::killedOwnerLeavesNothingRunning()
{
    QFETCH(bool, removeDirectory);
    QProcess owner;
    owner.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    owner.start(QStringLiteral(CLUSTER_OWNER));
    QVERIFY2(owner.waitForStarted(), qPrintable(owner.errorString()));
    while (!owner.canReadLine()) {
        QVERIFY2(owner.state() == QProcess::Running, "the cluster owner exited");
        owner.waitForReadyRead(1000);
    }
    const QString dir = QString::fromLocal8Bit(owner.readLine().trimmed());
    QVERIFY(QFile::exists(dir + QStringLiteral("/cluster.conf")));
    const QList<Started> started = startedBy(dir);
    // Whatever happens below, stop exactly what this cluster started.
    const auto cleanUp = qScopeGuard([&] {
        owner.kill();
        owner.waitForFinished(5000);
        for (const Started &process : started) {
            if (isRunning(process))
                ::kill(pid_t(process.pid), SIGKILL);
        }
        QDir(dir).removeRecursively();
    });
    QCOMPARE(started.size(), 3); // HAProxy and two nodes
    for (const Started &process : started)
        QVERIFY2(isRunning(process), qPrintable(process.marker));

    if (removeDirectory)
        QVERIFY(QDir(dir).removeRecursively());
    owner.kill(); // SIGKILL: no destructor, no `down`
    QVERIFY(owner.waitForFinished(5000));

    const auto anyRunning = [&started] {
        return std::any_of(started.cbegin(), started.cend(), isRunning);
    };
    QTRY_VERIFY_WITH_TIMEOUT(!anyRunning(), 30000);
}

QTEST_GUILESS_MAIN(tst_ClusterFixture)
#include "tst_ClusterFixture.moc"
