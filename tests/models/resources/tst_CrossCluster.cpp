// Cross-cluster tools against two real reference clusters (each three nodes behind its own
// HAProxy): the secret-digest route, an exact diff of every case, copy with a correct plan and
// an empty second plan, a concurrent edit between planning and applying, an unreachable third
// target, export -> import into an emptied cluster, and ResourcesCommand's exit codes.

#include "ClusterEndpoint.h"
#include "ClusterFixture.h"
#include "ClusterResourcesFetcher.h"
#include "DefinitionsFile.h"
#include "FreePorts.h"
#include "ResourcesCommand.h"
#include "SyncApplier.h"
#include "SyncPlan.h"
#include "TestHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 30000;

QJsonObject jdbc(int port, const QString &description = u"Orders"_s,
                 const std::optional<QString> &password = std::nullopt)
{
    QJsonObject spec{{u"driver"_s, u"postgresql"_s},
                     {u"driverClass"_s, u"org.postgresql.Driver"_s},
                     {u"url"_s, u"jdbc:postgresql://db:5432/orders"_s},
                     {u"port"_s, port}};
    if (password)
        spec.insert(u"password"_s, *password);
    return {{u"description"_s, description}, {u"spec"_s, spec}};
}

QJsonObject database(int poolSize)
{
    return {{u"description"_s, u"Geocoder data"_s},
            {u"spec"_s, QJsonObject{{u"module"_s, u"GeoStan"_s},
                                    {u"kind"_s, u"geocoding"_s},
                                    {u"location"_s, u"/data/geo"_s},
                                    {u"placement"_s, u"shared"_s},
                                    {u"poolSize"_s, poolSize}}}};
}

QJsonObject fileserver()
{
    return {{u"spec"_s, QJsonObject{{u"protocol"_s, u"sftp"_s},
                                    {u"host"_s, u"files.example"_s},
                                    {u"rootPath"_s, u"/in"_s}}}};
}

} // namespace

class tst_CrossCluster final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void secretDigestRoute();
    void diffIsExact();
    void viewerCannotTellSecrets();
    void copyPlansAppliesAndReplansNothing();
    void concurrentEditIsReportedAndKept();
    void unreachableTargetDoesNotStopOthers();
    void commandExitCodes();
    void exportImportIntoEmptyCluster();

private:
    std::unique_ptr<TestHttp> admin(const ClusterFixture &cluster) const;
    void put(const ClusterFixture &cluster, const QString &type, const QString &name,
             const QJsonObject &body);
    void removeAll(const ClusterFixture &cluster);
    void settle(const ClusterFixture &cluster, qint64 revision);
    ClusterProfile profile(const QString &name, const ClusterFixture &cluster, bool viewer = false);
    ClusterEndpoint *endpoint(const QString &name, const ClusterFixture &cluster,
                              bool viewer = false);
    QList<ClusterReading> read(const QList<ClusterEndpoint *> &endpoints, const QByteArray &nonce,
                               const QString &type = {});
    SyncApplier *apply(const SyncPlan &plan, const QList<ClusterEndpoint *> &targets);
    ResourceDiffResult diffAB(const QString &type = {});

    std::unique_ptr<ClusterFixture> m_a;
    std::unique_ptr<ClusterFixture> m_b;
    QHash<QString, qint64> m_written; // target label -> newest revision apply() wrote there
    QObject m_owner;
};

void tst_CrossCluster::initTestCase()
{
    ClusterOptions options;
    options.name = u"alpha"_s;
    m_a = std::make_unique<ClusterFixture>(options);
    options.name = u"beta"_s;
    m_b = std::make_unique<ClusterFixture>(options);
    QString error;
    QVERIFY2(m_a->start(&error), qPrintable(error));
    QVERIFY2(m_b->start(&error), qPrintable(error));
}

void tst_CrossCluster::cleanupTestCase()
{
    m_b.reset();
    m_a.reset();
}

std::unique_ptr<TestHttp> tst_CrossCluster::admin(const ClusterFixture &cluster) const
{
    auto http = std::make_unique<TestHttp>(cluster.lbUrl());
    http->setBasicAuth(cluster.adminUser(), cluster.adminPassword());
    return http;
}

void tst_CrossCluster::put(const ClusterFixture &cluster, const QString &type, const QString &name,
                           const QJsonObject &body)
{
    auto http = admin(cluster);
    const QString path = u"/api/v1/resources/%1/%2"_s.arg(type, name);
    const TestResponse current = http->get(path);
    const TestHeaders precondition = current.status == 200
                                         ? TestHeaders{{"If-Match", current.header("ETag")}}
                                         : TestHeaders{{"If-None-Match", "*"}};
    const TestResponse response =
        http->put(path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                  TestHeaders{{"Content-Type", "application/json"}} + precondition);
    QVERIFY2(response.status == 200 || response.status == 201, qPrintable(response.summary()));
    settle(cluster, response.json().value(u"revision").toInteger());
}

// The balancer takes the nodes in turn and a replica may lag: the test's own writes reach every
// node before anything reads them (the console's are read back with a floor, see read()).
void tst_CrossCluster::settle(const ClusterFixture &cluster, qint64 revision)
{
    QString detail;
    QTRY_VERIFY2_WITH_TIMEOUT(cluster.isConverged(revision, &detail), qPrintable(detail),
                              kTimeoutMs);
}

void tst_CrossCluster::removeAll(const ClusterFixture &cluster)
{
    settle(cluster, -1);
    auto http = admin(cluster);
    const QJsonArray resources =
        http->get(u"/api/v1/resources"_s).json().value(u"resources").toArray();
    for (const QJsonValue &value : resources) {
        const QJsonObject r = value.toObject();
        const TestResponse response =
            http->del(u"/api/v1/resources/%1/%2"_s.arg(r.value(u"type").toString(),
                                                       r.value(u"name").toString()),
                      TestHeaders{{"If-Match", "*"}});
        QCOMPARE(response.status, 204);
        settle(cluster, response.header("X-Config-Revision").toLongLong());
    }
}

ClusterProfile tst_CrossCluster::profile(const QString &name, const ClusterFixture &cluster,
                                         bool viewer)
{
    ClusterProfile p = ClusterProfile::create(name, cluster.lbUrl());
    p.userName = viewer ? cluster.viewerUser() : cluster.adminUser();
    return p;
}

ClusterEndpoint *tst_CrossCluster::endpoint(const QString &name, const ClusterFixture &cluster,
                                            bool viewer)
{
    return new ClusterEndpoint(profile(name, cluster, viewer),
                               viewer ? cluster.viewerPassword() : cluster.adminPassword(),
                               &m_owner);
}

QList<ClusterReading> tst_CrossCluster::read(const QList<ClusterEndpoint *> &endpoints,
                                             const QByteArray &nonce, const QString &type)
{
    QList<ClusterReading> readings;
    for (ClusterEndpoint *e : endpoints) {
        ClusterResourcesFetcher fetcher(e);
        QSignalSpy done(&fetcher, &ClusterResourcesFetcher::finished);
        // Never older than what apply() wrote there, as the console reads after its copies.
        fetcher.start(type, nonce, m_written.value(e->label(), -1));
        if (!done.wait(kTimeoutMs))
            qWarning("no reading from %s", qPrintable(e->label()));
        readings.append(fetcher.reading());
    }
    return readings;
}

SyncApplier *tst_CrossCluster::apply(const SyncPlan &plan, const QList<ClusterEndpoint *> &targets)
{
    QHash<QString, ResourceRepository *> repositories;
    for (ClusterEndpoint *e : targets)
        repositories.insert(e->label(), e->repository());
    auto *applier = new SyncApplier(plan, repositories, &m_owner);
    QSignalSpy done(applier, &SyncApplier::finished);
    applier->start();
    if (!done.wait(kTimeoutMs))
        qWarning("apply did not finish");
    for (qsizetype i = 0; i < plan.items.size(); ++i) {
        const SyncItemResult &result = applier->results().at(i);
        if (result.outcome == SyncItemResult::Outcome::Applied && result.resource) {
            qint64 &written = m_written[plan.items.at(i).target];
            written = std::max(written, result.resource->revision);
        }
    }
    return applier;
}

ResourceDiffResult tst_CrossCluster::diffAB(const QString &type)
{
    const QByteArray nonce = ClusterResourcesFetcher::newNonce();
    const auto readings = read({endpoint(u"A"_s, *m_a), endpoint(u"B"_s, *m_b)}, nonce, type);
    QList<ClusterResources> clusters;
    for (const ClusterReading &r : readings) {
        if (!r.isOk())
            qWarning("reading failed: %s", qPrintable(r.error));
        clusters.append(r.resources);
    }
    return ResourceDiff::compare(clusters, type);
}

void tst_CrossCluster::secretDigestRoute()
{
    put(*m_a, u"jdbc"_s, u"digest-probe"_s, jdbc(5432, u"x"_s, u"hunter2"_s));
    put(*m_a, u"database"_s, u"digest-db"_s, database(4));
    auto http = admin(*m_a);
    const QByteArray nonce = "0123456789abcdef0123456789ABCDEF";
    const TestResponse ok =
        http->get(u"/api/v1/resources/jdbc/digest-probe/secret-digests?nonce="_s +
                  QString::fromLatin1(nonce));
    QCOMPARE(ok.status, 200);
    const QByteArray expected =
        QMessageAuthenticationCode::hash("hunter2", nonce, QCryptographicHash::Sha256).toHex();
    QCOMPARE(ok.json().value(u"digests").toObject().value(u"password").toString().toLatin1(),
             expected);
    QVERIFY(!ok.body.contains("hunter2"));
    QCOMPARE(ClusterResourcesFetcher::secretDigest(nonce, u"hunter2"_s).toLatin1(), expected);

    const TestResponse none =
        http->get(u"/api/v1/resources/database/digest-db/secret-digests?nonce=0123456789abcdef"_s);
    QCOMPARE(none.status, 200);
    QCOMPARE(none.json().value(u"digests").toObject(), QJsonObject());

    for (const QString &badNonce : {u""_s, u"abc"_s, u"zz23456789abcdef"_s, QString(65, u'a')}) {
        const TestResponse bad =
            http->get(u"/api/v1/resources/jdbc/digest-probe/secret-digests?nonce="_s + badNonce);
        QCOMPARE(bad.status, 400);
    }
    QCOMPARE(
        http->get(u"/api/v1/resources/jdbc/nope/secret-digests?nonce=0123456789abcdef"_s).status,
        404);
    QCOMPARE(http->get(u"/api/v1/resources/ftp/x/secret-digests?nonce=0123456789abcdef"_s).status,
             404);
    TestHttp viewer(m_a->lbUrl());
    viewer.setBasicAuth(m_a->viewerUser(), m_a->viewerPassword());
    QCOMPARE(viewer
                 .get(u"/api/v1/resources/jdbc/digest-probe/secret-digests?nonce="_s +
                      QString::fromLatin1(nonce))
                 .status,
             403);
    // Unset: null.
    put(*m_a, u"jdbc"_s, u"digest-probe"_s,
        QJsonObject{{u"spec"_s, QJsonObject{{u"driver"_s, u"pg"_s},
                                            {u"driverClass"_s, u"org.Driver"_s},
                                            {u"url"_s, u"jdbc:pg:x"_s},
                                            {u"password"_s, QJsonValue::Null}}}});
    const TestResponse unset =
        http->get(u"/api/v1/resources/jdbc/digest-probe/secret-digests?nonce="_s +
                  QString::fromLatin1(nonce));
    QVERIFY(unset.json().value(u"digests").toObject().value(u"password").isNull());
    removeAll(*m_a);
}

void tst_CrossCluster::diffIsExact()
{
    put(*m_a, u"jdbc"_s, u"same"_s, jdbc(5432));
    put(*m_b, u"jdbc"_s, u"same"_s, jdbc(5432));
    put(*m_a, u"jdbc"_s, u"differs"_s, jdbc(5432));
    put(*m_b, u"jdbc"_s, u"differs"_s, jdbc(6543, u"Changed"_s));
    put(*m_a, u"database"_s, u"only-a"_s, database(4));
    put(*m_b, u"fileserver"_s, u"only-b"_s, fileserver());
    put(*m_a, u"jdbc"_s, u"secret-equal"_s, jdbc(5432, u"Orders"_s, u"p1"_s));
    put(*m_b, u"jdbc"_s, u"secret-equal"_s, jdbc(5432, u"Orders"_s, u"p1"_s));
    put(*m_a, u"jdbc"_s, u"secret-different"_s, jdbc(5432, u"Orders"_s, u"p1"_s));
    put(*m_b, u"jdbc"_s, u"secret-different"_s, jdbc(5432, u"Orders"_s, u"p2"_s));
    put(*m_a, u"jdbc"_s, u"secret-one"_s, jdbc(5432, u"Orders"_s, u"p1"_s));
    put(*m_b, u"jdbc"_s, u"secret-one"_s, jdbc(5432));

    const ResourceDiffResult result = diffAB();
    QCOMPARE(result.clusters, (QStringList{u"A"_s, u"B"_s}));
    QHash<QString, ResourceDiffRow> rows;
    for (const ResourceDiffRow &row : result.rows)
        rows.insert(row.name, row);
    QCOMPARE(rows.size(), 7);
    using S = ResourceDiffRow::Status;
    using C = ResourceDiffRow::Cell;
    QCOMPARE(rows[u"same"_s].status, S::Identical);
    QCOMPARE(rows[u"same"_s].secrets.value(u"password"_s), SecretAgreement::Unset);
    QCOMPARE(rows[u"differs"_s].status, S::Differs);
    QCOMPARE(rows[u"differs"_s].differingFields, (QStringList{u"description"_s, u"spec.port"_s}));
    QCOMPARE(rows[u"only-a"_s].status, S::Partial);
    QCOMPARE(rows[u"only-a"_s].cells, (QList<C>{C::Same, C::Absent}));
    QCOMPARE(rows[u"only-b"_s].cells, (QList<C>{C::Absent, C::Same}));
    QCOMPARE(rows[u"secret-equal"_s].status, S::Identical);
    QCOMPARE(rows[u"secret-equal"_s].secrets.value(u"password"_s), SecretAgreement::Equal);
    QCOMPARE(rows[u"secret-different"_s].status, S::Differs);
    QCOMPARE(rows[u"secret-different"_s].secrets.value(u"password"_s), SecretAgreement::Different);
    QCOMPARE(rows[u"secret-different"_s].differingFields, QStringList{u"secrets.password"_s});
    QCOMPARE(rows[u"secret-one"_s].secrets.value(u"password"_s), SecretAgreement::SetOnSome);
    QCOMPARE(rows[u"secret-one"_s].status, S::Differs);
    QVERIFY(!result.isIdentical());

    const ResourceDiffResult jdbcOnly = diffAB(u"database"_s);
    QCOMPARE(jdbcOnly.rows.size(), 1);
    QCOMPARE(jdbcOnly.rows.constFirst().name, u"only-a"_s);
}

void tst_CrossCluster::viewerCannotTellSecrets()
{
    const QByteArray nonce = ClusterResourcesFetcher::newNonce();
    const auto readings =
        read({endpoint(u"A"_s, *m_a), endpoint(u"B"_s, *m_b, true)}, nonce, u"jdbc"_s);
    QVERIFY(readings.at(1).isOk());
    QVERIFY(readings.at(1).digestsUnavailable);
    const auto result = ResourceDiff::compare({readings.at(0).resources, readings.at(1).resources});
    for (const ResourceDiffRow &row : result.rows) {
        if (row.name == u"secret-equal" || row.name == u"secret-different")
            QCOMPARE(row.secrets.value(u"password"_s), SecretAgreement::CannotTell);
        if (row.name == u"secret-one")
            QCOMPARE(row.secrets.value(u"password"_s), SecretAgreement::SetOnSome);
    }
}

void tst_CrossCluster::copyPlansAppliesAndReplansNothing()
{
    removeAll(*m_a);
    removeAll(*m_b);
    put(*m_a, u"jdbc"_s, u"orders-db"_s, jdbc(5432, u"Orders"_s, u"source-secret"_s));
    put(*m_a, u"database"_s, u"geo"_s, database(8));
    ClusterEndpoint *a = endpoint(u"A"_s, *m_a);
    ClusterEndpoint *b = endpoint(u"B"_s, *m_b);
    const QList<ResourceDefinition> source = read({a}, {}).constFirst().resources.resources;
    QCOMPARE(source.size(), 2);

    SyncOptions options;
    options.nonce = ClusterResourcesFetcher::newNonce();
    options.secrets.insert(SyncOptions::secretKey(u"jdbc"_s, u"orders-db"_s, u"password"_s),
                           u"typed-once"_s);
    SyncPlan plan = SyncPlan::build(source, read({b}, options.nonce), options);
    QCOMPARE(plan.items.size(), 2);
    QCOMPARE(plan.count(SyncItem::Action::Create), 2);
    SyncApplier *applier = apply(plan, {b});
    QVERIFY(applier->allWritesApplied());

    // Planned again: nothing to do, the typed secret is recognised through its digest.
    options.nonce = ClusterResourcesFetcher::newNonce();
    plan = SyncPlan::build(source, read({b}, options.nonce), options);
    QCOMPARE(plan.count(SyncItem::Action::Unchanged), 2);
    QVERIFY(!plan.hasWrites());

    // The secret on B is the typed one, never the source's.
    auto http = admin(*m_b);
    const QByteArray nonce = "00112233445566778899";
    const TestResponse digests = http->get(
        u"/api/v1/resources/jdbc/orders-db/secret-digests?nonce="_s + QString::fromLatin1(nonce));
    QCOMPARE(digests.json().value(u"digests").toObject().value(u"password").toString(),
             ClusterResourcesFetcher::secretDigest(nonce, u"typed-once"_s));

    // A change on the source plans an update of that field only, with B's ETag.
    put(*m_a, u"database"_s, u"geo"_s, database(16));
    const QList<ResourceDefinition> changed = read({a}, {}).constFirst().resources.resources;
    plan = SyncPlan::build(changed, read({b}, options.nonce), options);
    QCOMPARE(plan.count(SyncItem::Action::Update), 1);
    const auto update = std::find_if(plan.items.begin(), plan.items.end(),
                                     [](const SyncItem &i) { return i.writes(); });
    QCOMPARE(update->name, u"geo"_s);
    QCOMPARE(update->fields, QStringList{u"spec.poolSize"_s});
    QVERIFY(!update->ifMatch.isEmpty());
    QVERIFY(apply(plan, {b})->allWritesApplied());
    plan = SyncPlan::build(changed, read({b}, options.nonce), options);
    QVERIFY(!plan.hasWrites());

    // "Create only" with a name conflict of different content: blocked, nothing written.
    put(*m_b, u"database"_s, u"geo"_s, database(32));
    options.mode = SyncOptions::Mode::CreateOnly;
    plan = SyncPlan::build(changed, read({b}, options.nonce), options);
    QCOMPARE(plan.count(SyncItem::Action::Blocked), 1);
}

void tst_CrossCluster::concurrentEditIsReportedAndKept()
{
    ClusterEndpoint *a = endpoint(u"A"_s, *m_a);
    ClusterEndpoint *b = endpoint(u"B"_s, *m_b);
    put(*m_a, u"jdbc"_s, u"orders-db"_s, jdbc(7000, u"Orders v2"_s));
    put(*m_a, u"database"_s, u"geo"_s, database(64));
    const QList<ResourceDefinition> source = read({a}, {}).constFirst().resources.resources;
    SyncOptions options;
    options.nonce = ClusterResourcesFetcher::newNonce();
    const SyncPlan plan = SyncPlan::build(source, read({b}, options.nonce), options);
    QCOMPARE(plan.count(SyncItem::Action::Update), 2);

    // Someone edits B's orders-db between planning and applying.
    put(*m_b, u"jdbc"_s, u"orders-db"_s, jdbc(9999, u"Edited on B meanwhile"_s));
    SyncApplier *applier = apply(plan, {b});
    int conflicts = 0;
    for (qsizetype i = 0; i < plan.items.size(); ++i) {
        const SyncItemResult &r = applier->results().at(i);
        if (plan.items.at(i).name == u"orders-db") {
            QCOMPARE(r.outcome, SyncItemResult::Outcome::Conflict);
            QVERIFY(r.resource); // theirs
            QCOMPARE(r.resource->spec.value(u"port").toInt(), 9999);
            ++conflicts;
        } else {
            QCOMPARE(r.outcome, SyncItemResult::Outcome::Applied);
        }
    }
    QCOMPARE(conflicts, 1);
    // Nothing lost: B still has the concurrent edit.
    const QJsonObject onB = admin(*m_b)->get(u"/api/v1/resources/jdbc/orders-db"_s).json();
    QCOMPARE(onB.value(u"description").toString(), u"Edited on B meanwhile"_s);
    QCOMPARE(onB.value(u"spec").toObject().value(u"port").toInt(), 9999);
}

void tst_CrossCluster::unreachableTargetDoesNotStopOthers()
{
    ClusterEndpoint *a = endpoint(u"A"_s, *m_a);
    ClusterEndpoint *b = endpoint(u"B"_s, *m_b);
    const auto port = FreePorts::one();
    QVERIFY(port);
    ClusterProfile closed =
        ClusterProfile::create(u"C"_s, QUrl(u"http://127.0.0.1:%1"_s.arg(*port)));
    closed.userName = u"admin"_s;
    auto *c = new ClusterEndpoint(closed, u"whatever"_s, &m_owner);

    put(*m_a, u"fileserver"_s, u"drop"_s, fileserver());
    const QList<ResourceDefinition> source = read({a}, {}).constFirst().resources.resources;
    SyncOptions options;
    options.nonce = ClusterResourcesFetcher::newNonce();
    const SyncPlan plan = SyncPlan::build(source, read({c, b}, options.nonce), options);
    QCOMPARE(plan.targets, (QStringList{u"C"_s, u"B"_s}));
    for (const SyncItem &item : plan.items) {
        if (item.target == u"C") {
            QCOMPARE(item.action, SyncItem::Action::Blocked);
            QVERIFY2(item.reason.contains(u"cannot read"_s), qPrintable(item.reason));
        }
    }
    SyncApplier *applier = apply(plan, {c, b});
    for (qsizetype i = 0; i < plan.items.size(); ++i) {
        if (plan.items.at(i).target == u"B" && plan.items.at(i).writes())
            QCOMPARE(applier->results().at(i).outcome, SyncItemResult::Outcome::Applied);
    }
    QCOMPARE(admin(*m_b)->get(u"/api/v1/resources/fileserver/drop"_s).status, 200);
}

void tst_CrossCluster::commandExitCodes()
{
    // A and B now hold the same resources (concurrent edit aside): make them equal, then differ.
    put(*m_a, u"jdbc"_s, u"orders-db"_s, jdbc(7000, u"Orders v2"_s, u"same-pw"_s));
    put(*m_b, u"jdbc"_s, u"orders-db"_s, jdbc(7000, u"Orders v2"_s, u"same-pw"_s));
    auto run = [this](ResourcesOptions options) {
        auto command = std::make_unique<ResourcesCommand>(std::move(options));
        QSignalSpy done(command.get(), &ResourcesCommand::finished);
        command->start();
        if (!done.wait(kTimeoutMs))
            qWarning("command did not finish");
        return command;
    };
    ResourcesOptions diff;
    diff.action = ResourcesOptions::Action::Diff;
    diff.clusters = {{profile(u"A"_s, *m_a), m_a->adminPassword()},
                     {profile(u"B"_s, *m_b), m_b->adminPassword()}};
    diff.type = u"jdbc"_s;
    auto same = run(diff);
    QVERIFY2(same->exitCode() == ResourcesCommand::Success, qPrintable(same->standardOutput()));

    diff.type.clear();
    put(*m_b, u"webservice"_s, u"extra"_s,
        QJsonObject{{u"spec"_s, QJsonObject{{u"kind"_s, u"REST"_s}, {u"url"_s, u"https://x"_s}}}});
    diff.json = true;
    auto differs = run(diff);
    QCOMPARE(differs->exitCode(), int(ResourcesCommand::Differs));
    const QJsonObject json = QJsonDocument::fromJson(differs->standardOutput().toUtf8()).object();
    QCOMPARE(json.value(u"identical").toBool(true), false);

    diff.clusters.append({ClusterProfile::create(u"C"_s, QUrl(u"http://127.0.0.1:1"_s)), u"x"_s});
    auto broken = run(diff);
    QCOMPARE(broken->exitCode(), int(ResourcesCommand::Error));
    QVERIFY(broken->standardError().contains(u"cannot read C"_s));
}

void tst_CrossCluster::exportImportIntoEmptyCluster()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"alpha.json"_s);
    put(*m_a, u"jdbc"_s, u"orders-db"_s, jdbc(5432, u"Orders"_s, u"source-secret"_s));
    ResourcesOptions exportOptions;
    exportOptions.action = ResourcesOptions::Action::Export;
    exportOptions.clusters = {{profile(u"A"_s, *m_a), m_a->adminPassword()}};
    exportOptions.outputPath = path;
    ResourcesCommand exporter(exportOptions);
    QSignalSpy exported(&exporter, &ResourcesCommand::finished);
    exporter.start();
    QVERIFY(exported.wait(kTimeoutMs));
    QCOMPARE(exporter.exitCode(), 0);
    QVERIFY(exporter.standardOutput().contains(u"jdbc/orders-db: password"_s));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("source-secret"));

    removeAll(*m_b);
    QString error;
    const auto definitions = DefinitionsFile::read(path, &error);
    QVERIFY2(definitions, qPrintable(error));
    ClusterEndpoint *b = endpoint(u"B"_s, *m_b);
    SyncOptions options;
    options.nonce = ClusterResourcesFetcher::newNonce();
    const SyncPlan plan =
        SyncPlan::build(definitions->resources, read({b}, options.nonce), options);
    QCOMPARE(plan.count(SyncItem::Action::Create), definitions->resources.size());
    const auto orders = std::find_if(plan.items.begin(), plan.items.end(),
                                     [](const SyncItem &i) { return i.name == u"orders-db"; });
    QVERIFY(orders->notes.join(u' ').contains(u"password"_s));
    QVERIFY(apply(plan, {b})->allWritesApplied());

    // Every definition reproduced; only the secret is missing (set on A, not on B).
    const ResourceDiffResult result = diffAB();
    for (const ResourceDiffRow &row : result.rows) {
        if (row.name == u"orders-db") {
            QCOMPARE(row.differingFields, QStringList{u"secrets.password"_s});
            QCOMPARE(row.secrets.value(u"password"_s), SecretAgreement::SetOnSome);
        } else {
            QVERIFY2(row.status == ResourceDiffRow::Status::Identical, qPrintable(row.name));
        }
    }
    QCOMPARE(result.rows.size(), definitions->resources.size());
}

QTEST_GUILESS_MAIN(tst_CrossCluster)
#include "tst_CrossCluster.moc"
