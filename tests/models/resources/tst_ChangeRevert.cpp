// ChangeRevert against a real reference cluster (three nodes behind HAProxy) through the
// console's pool: a resource is created, updated and deleted; the change log read back keeps
// each change's before and after (secrets as markers, never values); the update is diffed
// field by field and reverted through the sync machinery (dry run, If-Match apply): the
// revision moves forward, the definition is back to before, the current secret is kept and the
// revert is itself in the log. A resource changed since is a conflict, at planning or at apply,
// and is never overwritten; a delete is reverted by a re-create, a create by a delete; the log
// exports as CSV with a formula-like request id neutralised.
#include "ChangeDiff.h"
#include "ChangeLogExport.h"
#include "ChangeLogReader.h"
#include "ChangeRevert.h"
#include "ClusterFixture.h"
#include "ClusterResourcesFetcher.h"
#include "HistoryCommand.h"
#include "PooledProfiles.h"
#include "Rfc4180.h"
#include "SyncController.h"
#include "TestHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 30000;
const QString kFirstSecret = u"first-Secret-5c2d81"_s;
const QString kSecondSecret = u"second-Secret-e07a3b"_s;

QByteArray jdbcBody(const QString &description, const QString &host, int port,
                    const QString &password)
{
    QJsonObject spec{{u"driver"_s, u"postgresql"_s},
                     {u"driverClass"_s, u"org.postgresql.Driver"_s},
                     {u"url"_s, u"jdbc:postgresql://%1:%2/orders"_s.arg(host).arg(port)},
                     {u"host"_s, host},
                     {u"port"_s, port}};
    if (!password.isEmpty())
        spec.insert(u"password"_s, password);
    return QJsonDocument(QJsonObject{{u"description"_s, description}, {u"spec"_s, spec}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class tst_ChangeRevert final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void logDiffRevertAndExport();

private:
    std::unique_ptr<TestHttp> admin() const;
    QList<ChangeLogEntry> readLog();
    // Reads the cluster, plans the revert of `change`; the controller is kept by `this`.
    SyncController *planRevert(const ChangeLogEntry &change);
    bool apply(SyncController *sync);
    qint64 write(const QByteArray &method, const QString &path, const QByteArray &body,
                 const TestHeaders &headers);

    std::unique_ptr<ClusterFixture> m_cluster;
    std::unique_ptr<PooledProfiles> m_console;
    QString m_id;
};

void tst_ChangeRevert::initTestCase()
{
    ClusterOptions options;
    options.name = u"revert"_s;
    m_cluster = std::make_unique<ClusterFixture>(options);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    m_console = std::make_unique<PooledProfiles>();
    QVERIFY(m_console->start());
    ClusterProfile profile = ClusterProfile::create(u"Revert"_s, m_cluster->lbUrl());
    profile.userName = m_cluster->adminUser();
    QVERIFY(m_console->add(profile, m_cluster->adminPassword()));
    m_id = profile.id;
}

void tst_ChangeRevert::cleanupTestCase()
{
    m_console.reset();
    m_cluster.reset();
}

std::unique_ptr<TestHttp> tst_ChangeRevert::admin() const
{
    auto http = std::make_unique<TestHttp>(m_cluster->lbUrl());
    http->setBasicAuth(m_cluster->adminUser(), m_cluster->adminPassword());
    return http;
}

qint64 tst_ChangeRevert::write(const QByteArray &method, const QString &path,
                               const QByteArray &body, const TestHeaders &headers)
{
    auto http = admin();
    const TestResponse response =
        method == "DELETE"
            ? http->del(path, headers)
            : http->put(path, body, headers + TestHeaders{{"Content-Type", "application/json"}});
    if (response.status >= 300) {
        qWarning("%s %s: %d %s", method.constData(), qPrintable(path), response.status,
                 response.body.constData());
        return -1;
    }
    // The revision the write made (any node answers, asking the primary when behind); every
    // node has it before the console reads: no lagging replica in the way.
    const QString requestId = QString::fromLatin1(response.header("X-Request-Id"));
    const qint64 revision = admin()
                                ->get(u"/api/v1/config/requests/"_s + requestId)
                                .json()
                                .value(u"revision"_s)
                                .toInteger();
    if (!QTest::qWaitFor([&] { return m_cluster->isConverged(revision); }, kTimeoutMs))
        return -1;
    return revision;
}

QList<ChangeLogEntry> tst_ChangeRevert::readLog()
{
    ClusterEndpoint *endpoint = m_console->pool()->endpointLookup()(m_id);
    if (!endpoint)
        return {};
    ChangeLogReader reader(endpoint->client());
    QSignalSpy finished(&reader, &ChangeLogReader::finished);
    reader.start();
    if (!finished.wait(kTimeoutMs) || !reader.errorText().isEmpty()) {
        qWarning("reading the log: %s", qPrintable(reader.errorText()));
        return {};
    }
    return reader.entries();
}

SyncController *tst_ChangeRevert::planRevert(const ChangeLogEntry &change)
{
    auto *sync = new SyncController(m_console->pool()->endpointLookup(), this);
    QSignalSpy read(sync, &SyncController::targetsRead);
    sync->setRevert(change, m_id);
    if (!read.wait(kTimeoutMs) || !sync->replan({}))
        return nullptr;
    return sync;
}

bool tst_ChangeRevert::apply(SyncController *sync)
{
    QSignalSpy finished(sync, &SyncController::applyFinished);
    // Reads go through the balancer: every node has what was written before the test reads.
    return sync->apply() && finished.wait(kTimeoutMs) &&
           QTest::qWaitFor([this] { return m_cluster->isConverged(-1); }, kTimeoutMs);
}

void tst_ChangeRevert::logDiffRevertAndExport()
{
    const QString orders = u"/api/v1/resources/jdbc/orders-db"_s;
    const qint64 created =
        write("PUT", orders, jdbcBody(u"Orders"_s, u"db-a"_s, 5432, kFirstSecret),
              {{"If-None-Match", "*"}, {"Idempotency-Key", "-cmd:calc"}});
    QVERIFY(created > 0);
    const qint64 updated =
        write("PUT", orders, jdbcBody(u"Orders v2"_s, u"db-b"_s, 5433, kSecondSecret),
              {{"If-Match", '"' + QByteArray::number(created) + '"'}});
    QVERIFY(updated > created);
    const QString temp = u"/api/v1/resources/jdbc/temp-db"_s;
    const qint64 tempCreated =
        write("PUT", temp, jdbcBody(u"Temp"_s, u"db-t"_s, 5432, {}), {{"If-None-Match", "*"}});
    const qint64 tempDeleted = write("DELETE", temp, {}, {{"If-Match", "*"}});
    QVERIFY(tempCreated > 0 && tempDeleted > tempCreated);
    QVERIFY(
        !admin()->get(u"/api/v1/config/changes?after=0"_s).body.contains(kFirstSecret.toUtf8()));

    // The log, read back: before and after of each change.
    QList<ChangeLogEntry> log = readLog();
    QCOMPARE(log.size(), 4);
    const ChangeLogEntry update = log.at(1);
    QCOMPARE(update.revision, updated);
    QVERIFY(update.recorded && update.before && update.after);
    QVERIFY(!log.at(0).before);
    QVERIFY(!log.at(3).after);
    QCOMPARE(update.changedSecrets(), QStringList{u"password"_s});

    // Field by field.
    QStringList fields;
    for (const ChangeFieldDiff &row : ChangeDiff::changedFields(update))
        fields << row.field;
    QCOMPARE(fields, QStringList({u"description"_s, u"spec.host"_s, u"spec.port"_s, u"spec.url"_s,
                                  u"secrets.password"_s}));

    // Revert the update: a dry run first, then If-Match on the change's revision.
    SyncController *sync = planRevert(update);
    QVERIFY(sync);
    QCOMPARE(sync->plan().items.size(), 1);
    const SyncItem item = sync->plan().items.first();
    QCOMPARE(item.action, SyncItem::Action::Update);
    QCOMPARE(item.ifMatch, '"' + QByteArray::number(updated) + '"');
    QVERIFY(item.notes.join(u' ').contains(u"password"_s));
    QVERIFY(!item.body.value(u"spec"_s).toObject().contains(u"password"_s));
    QCOMPARE(admin()->get(orders).json().value(u"description"_s).toString(), u"Orders v2"_s);
    QVERIFY(apply(sync));
    QCOMPARE(sync->count(SyncItemResult::Outcome::Applied), 1);
    const QJsonObject reverted = admin()->get(orders).json();
    QVERIFY(reverted.value(u"revision"_s).toInteger() > tempDeleted);
    QCOMPARE(reverted.value(u"description"_s).toString(), u"Orders"_s);
    QCOMPARE(reverted.value(u"spec"_s)[u"port"_s].toInt(), 5432);
    QCOMPARE(reverted.value(u"spec"_s)[u"host"_s].toString(), u"db-a"_s);
    // The current secret was kept (never a placeholder).
    const QByteArray nonce = ClusterResourcesFetcher::newNonce();
    const QJsonObject digests =
        admin()
            ->get(orders + u"/secret-digests?nonce="_s + QString::fromLatin1(nonce))
            .json()
            .value(u"digests"_s)
            .toObject();
    QCOMPARE(digests.value(u"password"_s).toString(),
             ClusterResourcesFetcher::secretDigest(nonce, kSecondSecret));
    // The revert is a change of its own.
    QTRY_VERIFY_WITH_TIMEOUT(m_cluster->isConverged(reverted.value(u"revision"_s).toInteger()),
                             kTimeoutMs);
    log = readLog();
    QCOMPARE(log.size(), 5);
    QCOMPARE(log.last().operation, u"update"_s);
    QCOMPARE(log.last().definitionAfter()->description, u"Orders"_s);

    // The same update again: changed since, a conflict at planning, nothing written.
    SyncController *again = planRevert(update);
    QVERIFY(again);
    QCOMPARE(again->plan().items.first().action, SyncItem::Action::Blocked);
    QVERIFY(again->plan().items.first().reason.contains(u"conflict"_s));
    QVERIFY(!again->apply());

    // Changed between planning and applying: a 412, reported as a conflict; theirs is kept.
    SyncController *raced = planRevert(log.last());
    QVERIFY(raced);
    QCOMPARE(raced->plan().items.first().action, SyncItem::Action::Update);
    const qint64 theirs =
        write("PUT", orders, jdbcBody(u"Theirs"_s, u"db-c"_s, 6000, {}), {{"If-Match", "*"}});
    QVERIFY(theirs > 0);
    QVERIFY(apply(raced));
    QCOMPARE(raced->count(SyncItemResult::Outcome::Conflict), 1);
    QCOMPARE(admin()->get(orders).json().value(u"description"_s).toString(), u"Theirs"_s);

    // A delete is reverted by a re-create; that create by a delete.
    SyncController *recreate = planRevert(log.at(3));
    QVERIFY(recreate);
    QCOMPARE(recreate->plan().items.first().action, SyncItem::Action::Create);
    QVERIFY(apply(recreate));
    QCOMPARE(recreate->count(SyncItemResult::Outcome::Applied), 1);
    const TestResponse back = admin()->get(temp);
    QCOMPARE(back.status, 200);
    QCOMPARE(back.json().value(u"description"_s).toString(), u"Temp"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_cluster->isConverged(back.json().value(u"revision"_s).toInteger()),
                             kTimeoutMs);
    log = readLog();
    SyncController *undoCreate = planRevert(log.last());
    QVERIFY(undoCreate);
    QCOMPARE(undoCreate->plan().items.first().action, SyncItem::Action::Delete);
    QVERIFY(apply(undoCreate));
    QCOMPARE(undoCreate->count(SyncItemResult::Outcome::Applied), 1);
    QCOMPARE(admin()->get(temp).status, 404);

    // CSV: RFC 4180, the formula-like request id neutralised, no secret value anywhere.
    const QByteArray csv = ChangeLogExport::csv(readLog());
    QVERIFY(!csv.contains(kFirstSecret.toUtf8()) && !csv.contains(kSecondSecret.toUtf8()));
    QString error;
    const auto records = Rfc4180::parse(QString::fromUtf8(csv), &error);
    QVERIFY2(records, qPrintable(error));
    QCOMPARE(records->size(), 1 + 8); // eight changes and the header
    QCOMPARE(records->at(1).at(6), u"'-cmd:calc"_s);
    QCOMPARE(records->at(2).at(7), u"description spec.host spec.port spec.url secrets.password"_s);
}

QTEST_MAIN(tst_ChangeRevert)
#include "tst_ChangeRevert.moc"
