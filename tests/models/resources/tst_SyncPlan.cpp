// SyncPlan: create / update (fields) / unchanged / blocked per target: a conflict under "create
// only", a viewer, an unreadable cluster; typed secrets compared through digests (idempotent);
// secrets never read from the source; the JSON form carries no body.
#include "SyncPlan.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

ResourceDefinition jdbc(const QString &name, int port, bool passwordSet = false)
{
    ResourceDefinition r;
    r.type = u"jdbc"_s;
    r.name = name;
    r.spec = {{u"driver"_s, u"postgresql"_s},
              {u"driverClass"_s, u"org.postgresql.Driver"_s},
              {u"url"_s, u"jdbc:postgresql://db:5432/orders"_s},
              {u"port"_s, port}};
    r.secretsSet.insert(u"password"_s, passwordSet);
    r.revision = 7;
    r.etag = u"\"7\""_s;
    return r;
}

ClusterReading target(const QString &label, const QList<ResourceDefinition> &resources,
                      SessionInfo::Role role = SessionInfo::Role::Admin)
{
    ClusterReading reading;
    reading.resources.label = label;
    reading.resources.resources = resources;
    SessionInfo session;
    session.username = u"someone"_s;
    session.role = role;
    session.canWrite = role == SessionInfo::Role::Admin;
    reading.session = session;
    return reading;
}

const QByteArray kNonce = "00112233445566778899aabbccddeeff";

} // namespace

class tst_SyncPlan final : public QObject
{
    Q_OBJECT

private slots:
    void actions_data();
    void actions();
    void typedSecretAlreadyThereIsUnchanged();
    void secretLeftUnsetOnCreateIsNoted();
    void jsonHasNoBody();
};

void tst_SyncPlan::actions_data()
{
    QTest::addColumn<QList<ResourceDefinition>>("targetHas");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("reasonContains");

    const int both = int(SyncOptions::Mode::CreateOrUpdate);
    const int createOnly = int(SyncOptions::Mode::CreateOnly);
    const int admin = int(SessionInfo::Role::Admin);
    const int viewer = int(SessionInfo::Role::Viewer);
    const QList<ResourceDefinition> none;
    const QList<ResourceDefinition> same{jdbc(u"orders"_s, 5432)};
    const QList<ResourceDefinition> other{jdbc(u"orders"_s, 6000)};

    QTest::newRow("missing: create")
        << none << both << admin << QString() << u"create"_s << QStringList{} << QString();
    QTest::newRow("same: unchanged")
        << same << both << admin << QString() << u"unchanged"_s << QStringList{} << QString();
    QTest::newRow("other: update") << other << both << admin << QString() << u"update"_s
                                   << QStringList{u"spec.port"_s} << QString();
    QTest::newRow("create only, other: blocked") << other << createOnly << admin << QString()
                                                 << u"blocked"_s << QStringList{} << u"spec.port"_s;
    QTest::newRow("create only, same: unchanged")
        << same << createOnly << admin << QString() << u"unchanged"_s << QStringList{} << QString();
    QTest::newRow("viewer: blocked")
        << none << both << viewer << QString() << u"blocked"_s << QStringList{} << u"viewer"_s;
    QTest::newRow("unreachable: blocked")
        << none << both << admin << u"connection refused"_s << u"blocked"_s << QStringList{}
        << u"connection refused"_s;
}

void tst_SyncPlan::actions()
{
    QFETCH(QList<ResourceDefinition>, targetHas);
    QFETCH(int, mode);
    QFETCH(int, role);
    QFETCH(QString, error);
    QFETCH(QString, action);
    QFETCH(QStringList, fields);
    QFETCH(QString, reasonContains);

    ClusterReading reading = target(u"B"_s, targetHas, SessionInfo::Role(role));
    reading.error = error;
    SyncOptions options;
    options.mode = SyncOptions::Mode(mode);
    const SyncPlan plan =
        SyncPlan::build({jdbc(u"orders"_s, 5432)}, {reading, target(u"C"_s, {})}, options);
    QCOMPARE(plan.targets, (QStringList{u"B"_s, u"C"_s}));
    QCOMPARE(plan.items.size(), 2);
    const SyncItem &item = plan.items.at(0);
    QCOMPARE(item.target, u"B"_s);
    QCOMPARE(SyncPlan::actionName(item.action), action);
    QCOMPARE(item.fields, fields);
    if (reasonContains.isEmpty())
        QVERIFY(item.reason.isEmpty());
    else
        QVERIFY2(item.reason.contains(reasonContains), qPrintable(item.reason));
    if (item.action == SyncItem::Action::Update)
        QCOMPARE(item.ifMatch, QByteArray("\"7\""));
    if (item.writes())
        QCOMPARE(item.body.value(u"spec").toObject().value(u"port").toInt(), 5432);
    // The other target is planned on its own, whatever happened to B.
    QCOMPARE(plan.items.at(1).action, SyncItem::Action::Create);
}

void tst_SyncPlan::typedSecretAlreadyThereIsUnchanged()
{
    ClusterReading reading = target(u"B"_s, {jdbc(u"orders"_s, 5432, true)});
    SyncOptions options;
    options.nonce = kNonce;
    const QString key = SyncOptions::secretKey(u"jdbc"_s, u"orders"_s, u"password"_s);
    options.secrets.insert(key, u"s3cret"_s);
    reading.resources.secretDigests[u"jdbc/orders"_s] = {
        {u"password"_s, ClusterResourcesFetcher::secretDigest(kNonce, u"s3cret"_s)}};
    const QList<ResourceDefinition> source{jdbc(u"orders"_s, 5432, true)};
    QCOMPARE(SyncPlan::secretsOfInterest(source), QStringList{key});
    SyncPlan plan = SyncPlan::build(source, {reading}, options);
    QCOMPARE(plan.items.constFirst().action, SyncItem::Action::Unchanged);
    QVERIFY(!plan.hasWrites());

    // Another secret on the target: an update of that secret only, with the typed value.
    reading.resources.secretDigests[u"jdbc/orders"_s] = {
        {u"password"_s, ClusterResourcesFetcher::secretDigest(kNonce, u"other"_s)}};
    plan = SyncPlan::build(source, {reading}, options);
    const SyncItem &item = plan.items.constFirst();
    QCOMPARE(item.action, SyncItem::Action::Update);
    QCOMPARE(item.fields, QStringList{u"secrets.password"_s});
    QCOMPARE(item.body.value(u"spec").toObject().value(u"password").toString(), u"s3cret"_s);

    // Left unset for the batch: the target keeps its own, nothing to write.
    options.secrets.clear();
    plan = SyncPlan::build(source, {reading}, options);
    QCOMPARE(plan.items.constFirst().action, SyncItem::Action::Unchanged);
}

void tst_SyncPlan::secretLeftUnsetOnCreateIsNoted()
{
    const SyncPlan plan =
        SyncPlan::build({jdbc(u"orders"_s, 5432, true)}, {target(u"B"_s, {})}, SyncOptions{});
    const SyncItem &item = plan.items.constFirst();
    QCOMPARE(item.action, SyncItem::Action::Create);
    QCOMPARE(item.notes.size(), 1);
    QVERIFY(item.notes.constFirst().contains(u"password"_s));
    QVERIFY(!item.body.value(u"spec").toObject().contains(u"password"_s));
}

void tst_SyncPlan::jsonHasNoBody()
{
    SyncOptions options;
    options.secrets.insert(SyncOptions::secretKey(u"jdbc"_s, u"orders"_s, u"password"_s),
                           u"very-secret-value"_s);
    const SyncPlan plan =
        SyncPlan::build({jdbc(u"orders"_s, 5432, true)}, {target(u"B"_s, {})}, options);
    QCOMPARE(plan.items.constFirst().fields, QStringList{});
    const QByteArray json = QJsonDocument(plan.toJson()).toJson();
    QVERIFY(!json.contains("very-secret-value"));
    QVERIFY(json.contains("\"create\""));
}

QTEST_GUILESS_MAIN(tst_SyncPlan)
#include "tst_SyncPlan.moc"
