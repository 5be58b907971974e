// Saved clusters used headless, with the real `clusterdesk` binary against a real three-node
// cluster behind HAProxy and no keychain reachable (no D-Bus, XDG homes in a temporary folder):
// without a password source `status`, `resources diff` and `report --all` say "no password stored
// for a"; with systemd credentials ($CREDENTIALS_DIRECTORY) or a password command they work;
// CLUSTERDESK_PASSWORD is honoured for one saved cluster and refused for several. The password
// never appears in any output or in the store's files.
#include "ClusterFixture.h"
#include "CommandRun.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

constexpr int kRunLimitMs = 120000;

} // namespace

class tst_HeadlessSecrets final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<ClusterFixture> m_cluster;
    QString m_allOutput;

    CommandRun run(const QString &dataDir, const QStringList &arguments,
                   const QMap<QString, QString> &environment = {})
    {
        // No keychain reachable: a session bus address that leads nowhere and a runtime
        // directory of our own (CommandRun already drops the display and the real bus).
        QMap<QString, QString> headless{
            {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
             QStringLiteral("unix:path=") + m_home.filePath(QStringLiteral("no-bus"))},
            {QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("runtime"))}};
        headless.insert(environment);
        const CommandRun result =
            CommandRun::run(QStringList{QStringLiteral("--data-dir"), dataDir} + arguments,
                            m_home.path(), headless, kRunLimitMs);
        m_allOutput += result.out + result.err;
        return result;
    }

    QString writePrivateFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(content) != content.size())
            return {};
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    // A store with clusters "a" and "b", both the fixture's cluster, saved with `extra` options.
    QString storeWith(const QString &name, const QStringList &extraA = {},
                      const QStringList &extraB = {})
    {
        const QString dataDir = m_home.filePath(name);
        for (const auto &[cluster, extra] :
             {std::pair{QStringLiteral("a"), extraA}, std::pair{QStringLiteral("b"), extraB}}) {
            const CommandRun added =
                run(dataDir, QStringList{QStringLiteral("cluster"), QStringLiteral("add"),
                                         QStringLiteral("--name"), cluster, QStringLiteral("--url"),
                                         m_cluster->lbUrl().toString(), QStringLiteral("--user"),
                                         m_cluster->adminUser()} +
                                 extra);
            if (added.exitCode != 0)
                qWarning("%s", qPrintable(added.describe()));
        }
        return dataDir;
    }

    // status, resources diff and report --all, each expected to succeed.
    void useHeadless(const QString &dataDir, const QMap<QString, QString> &environment)
    {
        const CommandRun status =
            run(dataDir,
                {QStringLiteral("status"), QStringLiteral("--cluster"), QStringLiteral("a"),
                 QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("20")},
                environment);
        // Signed in: the nodes answered (healthy or with findings, never unreachable or usage).
        QVERIFY2(status.exitCode >= 0 && status.exitCode <= 2, qPrintable(status.describe()));
        QVERIFY2(status.out.contains(QLatin1String("\"nodes\"")), qPrintable(status.describe()));
        const CommandRun diff =
            run(dataDir,
                {QStringLiteral("resources"), QStringLiteral("diff"), QStringLiteral("--cluster"),
                 QStringLiteral("a"), QStringLiteral("--cluster"), QStringLiteral("b")},
                environment);
        // The same cluster twice: identical.
        QVERIFY2(diff.exitCode == 0, qPrintable(diff.describe()));
        const QString reportPath =
            m_home.filePath(QFileInfo(dataDir).fileName() + QStringLiteral(".json"));
        const CommandRun report = run(dataDir,
                                      {QStringLiteral("report"), QStringLiteral("--all"),
                                       QStringLiteral("--output"), reportPath},
                                      environment);
        QVERIFY2(report.exitCode == 0, qPrintable(report.describe()));
        QFile file(reportPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(!json.contains("no password"));
        QVERIFY(!json.contains(m_cluster->adminPassword().toUtf8()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(QFileInfo::exists(QStringLiteral(CLUSTERDESK_BIN)), CLUSTERDESK_BIN);
        ClusterOptions options;
        options.name = QStringLiteral("headless");
        m_cluster = std::make_unique<ClusterFixture>(options);
        QString error;
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
    }

    void withoutASourceSaysNoPasswordStored()
    {
        const QString dataDir = storeWith(QStringLiteral("none"));
        const CommandRun status = run(
            dataDir, {QStringLiteral("status"), QStringLiteral("--cluster"), QStringLiteral("a")});
        QCOMPARE(status.exitCode, 64);
        QVERIFY2(status.err.contains(QLatin1String("no password stored for a")) &&
                     status.err.contains(QLatin1String("--password-command")),
                 qPrintable(status.describe()));
        const CommandRun diff = run(dataDir, {QStringLiteral("resources"), QStringLiteral("diff"),
                                              QStringLiteral("--cluster"), QStringLiteral("a"),
                                              QStringLiteral("--cluster"), QStringLiteral("b")});
        QVERIFY2(diff.exitCode == 2 && diff.err.contains(QLatin1String("no password stored")) &&
                     diff.err.contains(QLatin1String("clusterdesk cluster edit a")),
                 qPrintable(diff.describe()));
        // The fleet report is written but partial, saying why for each cluster.
        const QString path = m_home.filePath(QStringLiteral("none.json"));
        const CommandRun report = run(dataDir, {QStringLiteral("report"), QStringLiteral("--all"),
                                                QStringLiteral("--output"), path});
        QVERIFY2(report.exitCode == 1, qPrintable(report.describe()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("no password"));
    }

    void fromCredentialsDirectory()
    {
        const QString dataDir = storeWith(QStringLiteral("credentials"));
        const QString credentials = m_home.filePath(QStringLiteral("credentials"));
        QVERIFY(QDir().mkpath(credentials));
        for (const char *name : {"a", "b"})
            QVERIFY(!writePrivateFile(credentials + u'/' + QLatin1String(name),
                                      m_cluster->adminPassword().toUtf8() + '\n')
                         .isEmpty());
        useHeadless(dataDir, {{QStringLiteral("CREDENTIALS_DIRECTORY"), credentials}});
    }

    void fromPasswordCommand()
    {
        const QString secret = writePrivateFile(m_home.filePath(QStringLiteral("helper-secret")),
                                                m_cluster->adminPassword().toUtf8() + '\n');
        QVERIFY(!secret.isEmpty());
        // A helper that prints the password, as `pass show` would, with a quoted argument.
        const QString command = QStringLiteral("sh -c \"cat %1\"").arg(secret);
        const QString dataDir =
            storeWith(QStringLiteral("command"), {QStringLiteral("--password-command"), command},
                      {QStringLiteral("--password-command"), command});
        useHeadless(dataDir, {});
        // The command line is saved, the password is not.
        const CommandRun listed = run(
            dataDir, {QStringLiteral("cluster"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(listed.out.contains(QLatin1String("passwordCommand")),
                 qPrintable(listed.describe()));
    }

    void fromPasswordFileSetWithEdit()
    {
        const QString dataDir = storeWith(QStringLiteral("file"));
        const QString file = m_home.filePath(QStringLiteral("cluster.pw"));
        QVERIFY(!writePrivateFile(file, m_cluster->adminPassword().toUtf8() + '\n').isEmpty());
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        const QStringList edit{QStringLiteral("cluster"), QStringLiteral("edit"),
                               QStringLiteral("a"), QStringLiteral("--password-file"), file};
        const CommandRun refused = run(dataDir, edit);
        QVERIFY2(refused.exitCode == 1 && refused.err.contains(QStringLiteral("chmod 600 ") + file),
                 qPrintable(refused.describe()));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        const CommandRun edited = run(dataDir, edit);
        QVERIFY2(edited.exitCode == 0, qPrintable(edited.describe()));
        const CommandRun status =
            run(dataDir, {QStringLiteral("status"), QStringLiteral("--cluster"),
                          QStringLiteral("a"), QStringLiteral("--timeout"), QStringLiteral("20")});
        QVERIFY2(status.exitCode >= 0 && status.exitCode <= 2, qPrintable(status.describe()));
        // Made readable by others later: refused at use, saying what to do.
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        const CommandRun later = run(
            dataDir, {QStringLiteral("status"), QStringLiteral("--cluster"), QStringLiteral("a")});
        QVERIFY2(later.exitCode == 64 && later.err.contains(QStringLiteral("chmod 600 ") + file),
                 qPrintable(later.describe()));
    }

    void environmentPasswordForOneClusterOnly()
    {
        const QString dataDir = storeWith(QStringLiteral("environment"));
        const QMap<QString, QString> environment{
            {QStringLiteral("CLUSTERDESK_PASSWORD"), m_cluster->adminPassword()}};
        const CommandRun status =
            run(dataDir,
                {QStringLiteral("status"), QStringLiteral("--cluster"), QStringLiteral("a"),
                 QStringLiteral("--timeout"), QStringLiteral("20")},
                environment);
        QVERIFY2(status.exitCode >= 0 && status.exitCode <= 2, qPrintable(status.describe()));
        const CommandRun exported =
            run(dataDir,
                {QStringLiteral("resources"), QStringLiteral("export"), QStringLiteral("--cluster"),
                 QStringLiteral("a"), QStringLiteral("--output"),
                 m_home.filePath(QStringLiteral("a-resources.json"))},
                environment);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        const CommandRun diff =
            run(dataDir,
                {QStringLiteral("resources"), QStringLiteral("diff"), QStringLiteral("--cluster"),
                 QStringLiteral("a"), QStringLiteral("--cluster"), QStringLiteral("b")},
                environment);
        QVERIFY2(diff.exitCode == 2 &&
                     diff.err.contains(QLatin1String("CLUSTERDESK_PASSWORD is one password")),
                 qPrintable(diff.describe()));
        const CommandRun report =
            run(dataDir,
                {QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("--output"),
                 m_home.filePath(QStringLiteral("refused.json"))},
                environment);
        QVERIFY2(report.exitCode == 64 &&
                     report.err.contains(QLatin1String("CLUSTERDESK_PASSWORD is one password")),
                 qPrintable(report.describe()));
    }

    void cleanupTestCase()
    {
        if (!m_cluster)
            return;
        // No password in any output, nor in any file of the stores.
        const QString password = m_cluster->adminPassword();
        QVERIFY(!m_allOutput.contains(password));
        QDirIterator files(m_home.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            if (!path.contains(QLatin1String("clusterdesk.sqlite")))
                continue;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(password.toUtf8()), qPrintable(path));
        }
    }
};

QTEST_GUILESS_MAIN(tst_HeadlessSecrets)
#include "tst_HeadlessSecrets.moc"
