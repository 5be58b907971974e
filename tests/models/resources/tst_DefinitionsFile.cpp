// DefinitionsFile: export -> import round trip without secrets (listed as needed), and import
// errors that name the problem by its JSON path (data-driven), files on disk.
#include "DefinitionsFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

ResourceDefinition jdbc()
{
    ResourceDefinition r;
    r.type = u"jdbc"_s;
    r.name = u"orders-db"_s;
    r.description = u"Orders"_s;
    r.spec = {{u"driver"_s, u"postgresql"_s},
              {u"driverClass"_s, u"org.postgresql.Driver"_s},
              {u"url"_s, u"jdbc:postgresql://db:5432/orders"_s},
              {u"properties"_s, QJsonObject{{u"ssl"_s, u"true"_s}}}};
    r.secretsSet.insert(u"password"_s, true);
    r.revision = 12;
    return r;
}

ResourceDefinition database()
{
    ResourceDefinition r;
    r.type = u"database"_s;
    r.name = u"geo"_s;
    r.spec = {{u"module"_s, u"GeoStan"_s},
              {u"kind"_s, u"geocoding"_s},
              {u"location"_s, u"/data/geo"_s},
              {u"placement"_s, u"shared"_s}};
    r.revision = 3;
    return r;
}

QByteArray withResource(const QJsonObject &resource)
{
    return QJsonDocument(QJsonObject{{u"format"_s, u"clusterdesk-resources"_s},
                                     {u"version"_s, 1},
                                     {u"resources"_s, QJsonArray{resource}}})
        .toJson();
}

QJsonObject validJdbc()
{
    return {{u"type"_s, u"jdbc"_s},
            {u"name"_s, u"x"_s},
            {u"spec"_s, QJsonObject{{u"driver"_s, u"pg"_s},
                                    {u"driverClass"_s, u"org.Driver"_s},
                                    {u"url"_s, u"jdbc:pg:x"_s}}}};
}

} // namespace

class tst_DefinitionsFile final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void invalid_data();
    void invalid();
    void filesOnDisk();
};

void tst_DefinitionsFile::roundTrip()
{
    DefinitionsFile file;
    file.cluster = u"prod"_s;
    file.exportedAt = QDateTime(QDate(2026, 11, 27), QTime(6, 3, 23, 123), Qt::UTC);
    file.resources = {jdbc(), database()};
    const QByteArray json = file.toJson();
    QVERIFY(json.contains("\"format\": \"clusterdesk-resources\""));
    QVERIFY(json.contains("\"version\": 1"));
    QVERIFY(!json.contains("revision"));

    QString error;
    const auto back = DefinitionsFile::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->cluster, u"prod"_s);
    QCOMPARE(back->exportedAt, file.exportedAt);
    QCOMPARE(back->resources.size(), 2);
    const ResourceDefinition &geo = back->resources.at(0); // sorted: database first
    QCOMPARE(geo.name, u"geo"_s);
    QCOMPARE(geo.spec, database().spec);
    const ResourceDefinition &orders = back->resources.at(1);
    QCOMPARE(orders.spec, jdbc().spec);
    QCOMPARE(orders.description, u"Orders"_s);
    QCOMPARE(orders.secretsSet.value(u"password"_s), true);
    QCOMPARE(back->secretsNeeded(), QStringList{u"jdbc/orders-db: password"_s});
}

void tst_DefinitionsFile::invalid_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("errorStart");

    QTest::newRow("not json") << QByteArray("{") << u"not JSON"_s;
    QTest::newRow("array") << QByteArray("[]") << u"the file must hold"_s;
    QTest::newRow("wrong format") << QByteArray(R"({"format": "x", "version": 1})") << u"format:"_s;
    QTest::newRow("version 2")
        << QByteArray(R"({"format": "clusterdesk-resources", "version": 2, "resources": []})")
        << u"version: 2 is not supported"_s;
    QTest::newRow("version text") << QByteArray(
                                         R"({"format": "clusterdesk-resources", "version": "1"})")
                                  << u"version: must be a whole number"_s;
    QTest::newRow("no resources") << QByteArray(
                                         R"({"format": "clusterdesk-resources", "version": 1})")
                                  << u"resources: must be an array"_s;
    QJsonObject resource = validJdbc();
    resource.insert(u"type"_s, u"ftp"_s);
    QTest::newRow("unknown type") << withResource(resource) << u"resources[0].type:"_s;
    resource = validJdbc();
    resource.insert(u"name"_s, u"-bad"_s);
    QTest::newRow("bad name") << withResource(resource) << u"resources[0].name:"_s;
    resource = validJdbc();
    QJsonObject spec = resource.value(u"spec").toObject();
    spec.insert(u"port"_s, 70000);
    resource.insert(u"spec"_s, spec);
    QTest::newRow("bad port") << withResource(resource) << u"resources[0].spec.port:"_s;
    resource = validJdbc();
    spec = resource.value(u"spec").toObject();
    spec.insert(u"password"_s, u"plain"_s);
    resource.insert(u"spec"_s, spec);
    QTest::newRow("secret in file") << withResource(resource) << u"resources[0].spec.password:"_s;
    resource = validJdbc();
    resource.insert(u"secretsNeeded"_s, QJsonArray{u"user"_s});
    QTest::newRow("not a secret") << withResource(resource) << u"resources[0].secretsNeeded[0]:"_s;
    resource = validJdbc();
    resource.insert(u"revision"_s, 3);
    QTest::newRow("unknown field") << withResource(resource) << u"resources[0].revision:"_s;
    QTest::newRow("duplicate")
        << QJsonDocument(QJsonObject{{u"format"_s, u"clusterdesk-resources"_s},
                                     {u"version"_s, 1},
                                     {u"resources"_s, QJsonArray{validJdbc(), validJdbc()}}})
               .toJson()
        << u"resources[1]:"_s;
}

void tst_DefinitionsFile::invalid()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, errorStart);
    QString error;
    QVERIFY(!DefinitionsFile::fromJson(data, &error));
    QVERIFY2(error.startsWith(errorStart), qPrintable(error));
}

void tst_DefinitionsFile::filesOnDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DefinitionsFile file;
    file.resources = {database()};
    const QString path = dir.filePath(u"defs.json"_s);
    QString error;
    QVERIFY2(DefinitionsFile::write(path, file, &error), qPrintable(error));
    const auto back = DefinitionsFile::read(path, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->resources.size(), 1);
    QVERIFY(!DefinitionsFile::read(dir.filePath(u"missing.json"_s), &error));
    QVERIFY(error.contains(u"missing.json"_s));
    QVERIFY(!DefinitionsFile::write(dir.filePath(u"no/such/dir/x.json"_s), file, &error));
}

QTEST_GUILESS_MAIN(tst_DefinitionsFile)
#include "tst_DefinitionsFile.moc"
