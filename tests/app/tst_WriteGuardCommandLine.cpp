// The command line's write guard against a real cluster behind HAProxy: a saved cluster labelled
// production is written by `resources apply` only with --confirm and its name exactly (none, a
// wrong one and the wrong case are refused, naming the option), a read-only one never, and a
// refused apply leaves the cluster's configuration revision where it was. `cluster show` and
// `cluster list` state the label, the switch and the group; bad label values are usage errors.
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

class tst_WriteGuardCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void labelsAreValidatedAndShown();
    void productionNeedsTheExactName();
    void readOnlyIsNeverWritten();

private:
    CommandRun run(const QStringList &arguments);
    qint64 revision() const;
    void writeDefinitions(const QString &name);

    std::unique_ptr<ClusterFixture> m_cluster;
    QTemporaryDir m_dir;
    QString m_file;
};

void tst_WriteGuardCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ClusterOptions options;
    options.name = u"guard"_s;
    options.nodes = 2;
    m_cluster = std::make_unique<ClusterFixture>(options);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    QVERIFY(m_cluster->waitUntilWritable(m_cluster->primaryId(), 30000));
    const QString passwordFile = m_dir.filePath(u"prod.pw"_s);
    QFile pw(passwordFile);
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write(m_cluster->adminPassword().toUtf8() + '\n');
    pw.close();
    QVERIFY(pw.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const CommandRun added = run(
        {u"cluster"_s, u"add"_s, u"--name"_s, u"Prod"_s, u"--url"_s, m_cluster->lbUrl().toString(),
         u"--user"_s, m_cluster->adminUser(), u"--password-file"_s, passwordFile,
         u"--environment"_s, u"Production"_s, u"--group"_s, u" EMEA / Production "_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    m_file = m_dir.filePath(u"defs.json"_s);
}

void tst_WriteGuardCommandLine::cleanupTestCase()
{
    m_cluster.reset();
}

CommandRun tst_WriteGuardCommandLine::run(const QStringList &arguments)
{
    return CommandRun::run(QStringList{u"--data-dir"_s, m_dir.filePath(u"store"_s)} + arguments,
                           m_dir.path());
}

qint64 tst_WriteGuardCommandLine::revision() const
{
    return m_cluster->configState(m_cluster->primaryId()).revision;
}

// A definitions file with one JDBC connection called `name` (no secret).
void tst_WriteGuardCommandLine::writeDefinitions(const QString &name)
{
    const QJsonObject resource{
        {u"type"_s, u"jdbc"_s},
        {u"name"_s, name},
        {u"description"_s, u"guard test"_s},
        {u"spec"_s, QJsonObject{{u"driver"_s, u"postgresql"_s},
                                {u"driverClass"_s, u"org.postgresql.Driver"_s},
                                {u"url"_s, u"jdbc:postgresql://db:5432/x"_s},
                                {u"port"_s, 5432}}}};
    const QJsonObject file{{u"format"_s, u"clusterdesk-resources"_s},
                           {u"version"_s, 1},
                           {u"resources"_s, QJsonArray{resource}}};
    QFile out(m_file);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(QJsonDocument(file).toJson());
}

void tst_WriteGuardCommandLine::labelsAreValidatedAndShown()
{
    const CommandRun shown = run({u"cluster"_s, u"show"_s, u"Prod"_s});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
    QVERIFY2(shown.out.contains(u"PRODUCTION"_s), qPrintable(shown.out));
    QVERIFY(shown.out.contains(u"--confirm Prod"_s));
    QVERIFY(shown.out.contains(u"Group: EMEA/Production"_s));
    const CommandRun json = run({u"cluster"_s, u"show"_s, u"Prod"_s, u"--json"_s});
    const QJsonObject profile = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(profile.value(u"environment"_s).toString(), u"production"_s);
    QCOMPARE(profile.value(u"group"_s).toString(), u"EMEA/Production"_s);
    QCOMPARE(profile.value(u"readOnly"_s).toBool(true), false);

    const CommandRun badColour =
        run({u"cluster"_s, u"edit"_s, u"Prod"_s, u"--environment-colour"_s, u"red"_s});
    QCOMPARE(badColour.exitCode, 64);
    QVERIFY2(badColour.err.contains(u"--environment-colour"_s), qPrintable(badColour.err));
    const CommandRun both =
        run({u"cluster"_s, u"edit"_s, u"Prod"_s, u"--read-only"_s, u"--read-write"_s});
    QCOMPARE(both.exitCode, 64);
    const CommandRun nothing = run({u"cluster"_s, u"edit"_s, u"Prod"_s});
    QCOMPARE(nothing.exitCode, 64);
    // Nothing of the refused edits was kept.
    const CommandRun list = run({u"cluster"_s, u"list"_s});
    QVERIFY2(list.out.contains(u"PRODUCTION"_s) && list.out.contains(u"read-write"_s),
             qPrintable(list.out));
}

void tst_WriteGuardCommandLine::productionNeedsTheExactName()
{
    writeDefinitions(u"guarded-db"_s);
    const QStringList apply{u"resources"_s, u"apply"_s,     u"--file"_s,
                            m_file,         u"--cluster"_s, u"Prod"_s};
    const qint64 before = revision();
    QVERIFY(before >= 0);

    const CommandRun bare = run(apply);
    QCOMPARE(bare.exitCode, 2);
    QVERIFY2(bare.err.contains(u"production"_s) && bare.err.contains(u"--confirm Prod"_s),
             qPrintable(bare.err));
    QVERIFY(bare.err.contains(u"nothing was sent"_s));
    for (const QString &wrong : {u"prod"_s, u"Test"_s, u"Prod "_s}) {
        const CommandRun refused = run(apply + QStringList{u"--confirm"_s, wrong});
        QVERIFY2(refused.exitCode == 2, qPrintable(wrong + refused.describe()));
    }
    // A dry run writes nothing and needs no confirmation.
    const CommandRun dry = run(apply + QStringList{u"--dry-run"_s});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
    QCOMPARE(revision(), before);

    const CommandRun confirmed = run(apply + QStringList{u"--confirm"_s, u"Prod"_s});
    QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.describe()));
    QVERIFY(revision() > before);
}

void tst_WriteGuardCommandLine::readOnlyIsNeverWritten()
{
    const CommandRun edited = run({u"cluster"_s, u"edit"_s, u"Prod"_s, u"--read-only"_s});
    QVERIFY2(edited.exitCode == 0, qPrintable(edited.describe()));
    QVERIFY(edited.out.contains(u"read-only in Clusterdesk"_s));
    writeDefinitions(u"read-only-db"_s);
    const qint64 before = revision();
    const CommandRun refused = run({u"resources"_s, u"apply"_s, u"--file"_s, m_file, u"--cluster"_s,
                                    u"Prod"_s, u"--confirm"_s, u"Prod"_s});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"read-only in Clusterdesk"_s), qPrintable(refused.err));
    // Reading still works: a diff of the cluster with itself.
    const CommandRun exported = run({u"resources"_s, u"export"_s, u"--cluster"_s, u"Prod"_s,
                                     u"--output"_s, m_dir.filePath(u"out.json"_s)});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
    QCOMPARE(revision(), before);
    const CommandRun writable = run({u"cluster"_s, u"edit"_s, u"Prod"_s, u"--read-write"_s});
    QVERIFY2(writable.exitCode == 0, qPrintable(writable.describe()));
}

QTEST_GUILESS_MAIN(tst_WriteGuardCommandLine)
#include "tst_WriteGuardCommandLine.moc"
