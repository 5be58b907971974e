// `clusterdesk activity` and the report's activity section, the real binary against a real
// cluster: `resources apply` on a saved cluster records its write (create, succeeded, with the
// request id the console sent); `activity` lists it as text, CSV and JSON, filtered by --cluster
// and --since; `report --since` holds it (JSON and the CSV activity file); the resource's
// password appears in none of them nor in the store; bad --since and --format are usage errors.
#include "ClusterFixture.h"
#include "CommandRun.h"
#include "TestHttp.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kSecret = "activity-cli-secret-41";

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_ActivityCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void applyIsRecordedAndListed();
    void reportSinceHoldsTheActivity();
    void usageErrors();
    void noSecretAnywhere();

private:
    CommandRun run(const QStringList &arguments);
    QString store() const { return m_dir.filePath(u"store"_s); }

    std::unique_ptr<ClusterFixture> m_cluster;
    QTemporaryDir m_dir;
};

void tst_ActivityCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ClusterOptions options;
    options.name = u"activity-cli"_s;
    m_cluster = std::make_unique<ClusterFixture>(options);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    QFile pw(m_dir.filePath(u"admin.pw"_s));
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write(m_cluster->adminPassword().toUtf8() + '\n');
    pw.close();
    QVERIFY(pw.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    const CommandRun added = run({u"cluster"_s, u"add"_s, u"--name"_s, u"Audit"_s, u"--url"_s,
                                  m_cluster->lbUrl().toString(), u"--user"_s,
                                  m_cluster->adminUser(), u"--password-file"_s, pw.fileName()});
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
}

void tst_ActivityCommandLine::cleanupTestCase()
{
    m_cluster.reset();
}

CommandRun tst_ActivityCommandLine::run(const QStringList &arguments)
{
    return CommandRun::run(QStringList{u"--data-dir"_s, store()} + arguments, m_dir.path());
}

void tst_ActivityCommandLine::applyIsRecordedAndListed()
{
    // A definitions file made by an export of a resource written behind the console's back (not
    // the console's activity), renamed so that apply creates a new one.
    TestHttp http(m_cluster->lbUrl());
    http.setBasicAuth(m_cluster->adminUser(), m_cluster->adminPassword());
    const QJsonObject body{{u"spec"_s, QJsonObject{{u"driver"_s, u"postgresql"_s},
                                                   {u"driverClass"_s, u"org.postgresql.Driver"_s},
                                                   {u"url"_s, u"jdbc:postgresql://db:5432/x"_s},
                                                   {u"password"_s, QString::fromUtf8(kSecret)}}}};
    QCOMPARE(http.put(u"/api/v1/resources/jdbc/source-db"_s, QJsonDocument(body).toJson(),
                      {{"Content-Type", "application/json"}, {"If-None-Match", "*"}})
                 .status,
             201);
    const QString file = m_dir.filePath(u"defs.json"_s);
    const CommandRun exported =
        run({u"resources"_s, u"export"_s, u"--cluster"_s, u"Audit"_s, u"--output"_s, file});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
    QByteArray defs = readFile(file);
    defs.replace("source-db", "copied-db");
    QFile rewrite(file);
    QVERIFY(rewrite.open(QIODevice::WriteOnly | QIODevice::Truncate));
    rewrite.write(defs);
    rewrite.close();
    QFile secret(m_dir.filePath(u"secret"_s));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write(kSecret + '\n');
    secret.close();

    const CommandRun applied = run({u"resources"_s, u"apply"_s, u"--cluster"_s, u"Audit"_s,
                                    u"--file"_s, file, u"--secret-file"_s, secret.fileName()});
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.describe()));

    const CommandRun json =
        run({u"activity"_s, u"--cluster"_s, u"Audit"_s, u"--format"_s, u"json"_s});
    QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
    const QJsonArray entries =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"activity").toArray();
    QCOMPARE(entries.size(), 1);
    const QJsonObject entry = entries.first().toObject();
    QCOMPARE(entry.value(u"action").toString(), u"create"_s);
    QCOMPARE(entry.value(u"resourceName").toString(), u"copied-db"_s);
    QCOMPARE(entry.value(u"cluster").toString(), u"Audit"_s);
    QCOMPARE(entry.value(u"clusterUser").toString(), m_cluster->adminUser());
    QCOMPARE(entry.value(u"outcome").toString(), u"succeeded"_s);
    QCOMPARE(entry.value(u"httpStatus").toInt(), 201);
    QVERIFY(entry.value(u"revision").toInteger() > 0);
    const QString requestId = entry.value(u"requestId").toString();
    QVERIFY(!requestId.isEmpty());
    // The id the console sent is the one the cluster's change log holds.
    const TestResponse lookup = http.get(u"/api/v1/config/requests/"_s + requestId);
    QCOMPARE(lookup.status, 200);

    const CommandRun csv = run({u"activity"_s, u"--since"_s, u"1h"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.describe()));
    QVERIFY(csv.out.startsWith(u"time_utc,cluster,"_s));
    QVERIFY(csv.out.contains(requestId));
    const CommandRun text = run({u"activity"_s});
    QVERIFY2(text.exitCode == 0 && text.out.contains(u"copied-db"_s), qPrintable(text.describe()));
    const CommandRun other = run({u"activity"_s, u"--cluster"_s, u"Elsewhere"_s});
    QCOMPARE(other.exitCode, 0);
    QVERIFY(!other.out.contains(requestId));
}

void tst_ActivityCommandLine::reportSinceHoldsTheActivity()
{
    const QString json = m_dir.filePath(u"report.json"_s);
    const CommandRun report = run({u"report"_s, u"--cluster"_s, u"Audit"_s, u"--since"_s, u"1h"_s,
                                   u"--format"_s, u"json"_s, u"--output"_s, json});
    QVERIFY2(report.exitCode == 0 || report.exitCode == 1, qPrintable(report.describe()));
    const QJsonObject document = QJsonDocument::fromJson(readFile(json)).object();
    const QJsonObject cluster = document.value(u"clusters").toArray().first().toObject();
    QVERIFY(cluster.value(u"activityAvailable").toBool());
    const QJsonArray activity = cluster.value(u"activity").toArray();
    QCOMPARE(activity.size(), 1);
    QCOMPARE(activity.first().toObject().value(u"resourceName").toString(), u"copied-db"_s);

    const QString csvDir = m_dir.filePath(u"csv/"_s);
    const CommandRun csv = run({u"report"_s, u"--cluster"_s, u"Audit"_s, u"--since"_s, u"1h"_s,
                                u"--format"_s, u"csv"_s, u"--output"_s, csvDir});
    QVERIFY2(csv.exitCode == 0 || csv.exitCode == 1, qPrintable(csv.describe()));
    QVERIFY(readFile(QDir(csvDir).filePath(u"activity.csv"_s)).contains("copied-db"));
}

void tst_ActivityCommandLine::usageErrors()
{
    QCOMPARE(run({u"activity"_s, u"--since"_s, u"tomorrow"_s}).exitCode, 64);
    QCOMPARE(run({u"activity"_s, u"--format"_s, u"xml"_s}).exitCode, 64);
    QCOMPARE(run({u"activity"_s, u"extra"_s}).exitCode, 64);
}

void tst_ActivityCommandLine::noSecretAnywhere()
{
    const QString file = QDir(store()).filePath(u"clusterdesk.sqlite"_s);
    for (const QString &path : {file, file + u"-wal"_s, m_dir.filePath(u"report.json"_s)})
        QVERIFY2(!readFile(path).contains(kSecret), qPrintable(path));
    for (const QString &format : {u"json"_s, u"csv"_s, u"text"_s}) {
        const CommandRun listed = run({u"activity"_s, u"--format"_s, format});
        QVERIFY(!listed.out.toUtf8().contains(kSecret));
        QVERIFY(!listed.out.contains(m_cluster->adminPassword()));
    }
}

QTEST_GUILESS_MAIN(tst_ActivityCommandLine)
#include "tst_ActivityCommandLine.moc"
