// `clusterdesk resources diff|export|apply`, the real binary run with QProcess against two real
// clusters (--url/--user/--password-file): exit codes 0/1/2, JSON, an export without secrets,
// a dry run that writes nothing, an apply with --secret-file and a second apply with nothing to
// do, and a usage error.
#include "ClusterFixture.h"
#include "CommandRun.h"
#include "TestHttp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

using Run = CommandRun;

class tst_ResourcesCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void diffExportApply();

private:
    Run run(const QStringList &arguments);
    QStringList clusterArgs(const ClusterFixture &cluster, const QString &passwordFile) const;
    void put(const ClusterFixture &cluster, const QString &name, int port, const QString &secret);

    std::unique_ptr<ClusterFixture> m_a;
    std::unique_ptr<ClusterFixture> m_b;
    QTemporaryDir m_dir;
};

void tst_ResourcesCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ClusterOptions options;
    options.name = u"cli-a"_s;
    m_a = std::make_unique<ClusterFixture>(options);
    options.name = u"cli-b"_s;
    m_b = std::make_unique<ClusterFixture>(options);
    QString error;
    QVERIFY2(m_a->start(&error), qPrintable(error));
    QVERIFY2(m_b->start(&error), qPrintable(error));
    for (const auto &[cluster, file] : {std::pair{m_a.get(), u"a.pw"_s}, {m_b.get(), u"b.pw"_s}}) {
        QFile pw(m_dir.filePath(file));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write(cluster->adminPassword().toUtf8() + '\n');
    }
}

void tst_ResourcesCommandLine::cleanupTestCase()
{
    m_b.reset();
    m_a.reset();
}

Run tst_ResourcesCommandLine::run(const QStringList &arguments)
{
    return CommandRun::run(QStringList{u"--data-dir"_s, m_dir.filePath(u"store"_s)} + arguments,
                           m_dir.path());
}

QStringList tst_ResourcesCommandLine::clusterArgs(const ClusterFixture &cluster,
                                                  const QString &passwordFile) const
{
    return {u"--url"_s,          cluster.lbUrl().toString(), u"--user"_s,
            cluster.adminUser(), u"--password-file"_s,       m_dir.filePath(passwordFile)};
}

void tst_ResourcesCommandLine::put(const ClusterFixture &cluster, const QString &name, int port,
                                   const QString &secret)
{
    TestHttp http(cluster.lbUrl());
    http.setBasicAuth(cluster.adminUser(), cluster.adminPassword());
    const QJsonObject body{{u"spec"_s, QJsonObject{{u"driver"_s, u"postgresql"_s},
                                                   {u"driverClass"_s, u"org.postgresql.Driver"_s},
                                                   {u"url"_s, u"jdbc:postgresql://db:5432/x"_s},
                                                   {u"port"_s, port},
                                                   {u"password"_s, secret}}}};
    const TestResponse response =
        http.put(u"/api/v1/resources/jdbc/"_s + name, QJsonDocument(body).toJson(),
                 {{"Content-Type", "application/json"}, {"If-None-Match", "*"}});
    QCOMPARE(response.status, 201);
}

void tst_ResourcesCommandLine::diffExportApply()
{
    const QStringList a = clusterArgs(*m_a, u"a.pw"_s);
    const QStringList b = clusterArgs(*m_b, u"b.pw"_s);
    Run same = run(QStringList{u"resources"_s, u"diff"_s} + a + b);
    QVERIFY2(same.exitCode == 0, qPrintable(same.out + same.err));

    put(*m_a, u"orders-db"_s, 5432, u"cli-secret"_s);
    Run differs = run(QStringList{u"resources"_s, u"diff"_s, u"--json"_s} + a + b);
    QCOMPARE(differs.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(differs.out.toUtf8()).object();
    QCOMPARE(json.value(u"identical").toBool(true), false);

    const QString file = m_dir.filePath(u"defs.json"_s);
    Run exported = run(QStringList{u"resources"_s, u"export"_s, u"--output"_s, file} + a);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QFile defs(file);
    QVERIFY(defs.open(QIODevice::ReadOnly));
    QVERIFY(!defs.readAll().contains("cli-secret"));

    Run dry = run(QStringList{u"resources"_s, u"apply"_s, u"--dry-run"_s, u"--file"_s, file} + b);
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.out + dry.err));
    QVERIFY(dry.out.contains(u"create"_s));
    QCOMPARE(run(QStringList{u"resources"_s, u"diff"_s} + a + b).exitCode, 1);

    QFile secret(m_dir.filePath(u"secret"_s));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("cli-secret\n");
    secret.close();
    const QStringList apply{u"resources"_s, u"apply"_s,         u"--file"_s,
                            file,           u"--secret-file"_s, secret.fileName()};
    Run applied = run(apply + b);
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.out + applied.err));
    QVERIFY(!applied.out.contains(u"cli-secret"_s));
    Run again = run(apply + b + QStringList{u"--json"_s});
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    const QJsonObject plan = QJsonDocument::fromJson(again.out.toUtf8()).object();
    for (const QJsonValue &item : plan.value(u"items").toArray())
        QCOMPARE(item.toObject().value(u"action").toString(), u"unchanged"_s);
    // Same definitions and the same secret now.
    Run equal = run(QStringList{u"resources"_s, u"diff"_s} + a + b);
    QVERIFY2(equal.exitCode == 0, qPrintable(equal.out + equal.err));

    QCOMPARE(run({u"resources"_s, u"diff"_s}).exitCode, 2);
    QCOMPARE(run({u"resources"_s, u"frobnicate"_s}).exitCode, 2);
    Run closed = run(QStringList{u"resources"_s, u"diff"_s} + a +
                     QStringList{u"--url"_s, u"http://127.0.0.1:1"_s, u"--user"_s, u"x"_s,
                                 u"--password-file"_s, m_dir.filePath(u"a.pw"_s)});
    QCOMPARE(closed.exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_ResourcesCommandLine)
#include "tst_ResourcesCommandLine.moc"
