// Data-driven tests of the external-resource rules of docs/api.md.
#include "ResourceSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject with(QJsonObject base, const QString &key, const QJsonValue &value)
{
    base.insert(key, value);
    return base;
}

QJsonObject without(QJsonObject base, const QString &key)
{
    base.remove(key);
    return base;
}

QString repeated(char c, int count)
{
    return QString(count, QLatin1Char(c));
}

const QJsonObject kDatabase{{u"module"_s, u"GeoStan"_s},
                            {u"kind"_s, u"postal"_s},
                            {u"location"_s, u"/data/geostan"_s},
                            {u"placement"_s, u"each-node"_s}};
const QJsonObject kJdbc{{u"driver"_s, u"postgresql"_s},
                        {u"driverClass"_s, u"org.postgresql.Driver"_s},
                        {u"url"_s, u"jdbc:postgresql://db.example:5432/orders"_s}};
const QJsonObject kFileserver{
    {u"protocol"_s, u"sftp"_s}, {u"host"_s, u"files.example"_s}, {u"rootPath"_s, u"/srv/data"_s}};
const QJsonObject kWebservice{{u"kind"_s, u"REST"_s}, {u"url"_s, u"https://api.example/v1"_s}};

QJsonObject manyProperties(int count)
{
    QJsonObject properties;
    for (int i = 0; i < count; ++i)
        properties.insert(u"key%1"_s.arg(i), u"value"_s);
    return properties;
}

// A host name of exactly `length` characters made of 63-character labels.
QString hostOfLength(int length)
{
    QString host;
    while (host.size() < length) {
        if (!host.isEmpty())
            host += u'.';
        host += repeated('h', std::min(63, int(length - host.size())));
    }
    return host;
}

} // namespace

class tst_ResourceSchema final : public QObject
{
    Q_OBJECT

private slots:
    void types();
    void validateName_data();
    void validateName();
    void validateDescription_data();
    void validateDescription();
    void validateSpec_data();
    void validateSpec();
    void secretFields();
    void mergeSecrets();
    void withDefaultsKeepsGivenValues();
    void publicSpecAndSecretState();
    void canonicalJson();
};

void tst_ResourceSchema::types()
{
    QCOMPARE(ResourceSchema::types(),
             QStringList({u"database"_s, u"jdbc"_s, u"fileserver"_s, u"webservice"_s}));
    QVERIFY(ResourceSchema::isKnownType(u"jdbc"_s));
    QVERIFY(!ResourceSchema::isKnownType(u"JDBC"_s));
    QVERIFY(!ResourceSchema::isKnownType(QString()));
    QVERIFY(!ResourceSchema::isKnownType(u"queue"_s));
}

void tst_ResourceSchema::validateName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("one letter") << u"a"_s << true;
    QTest::newRow("one digit") << u"7"_s << true;
    QTest::newRow("typical") << u"orders-db"_s << true;
    QTest::newRow("all punctuation") << u"A.b_c-D.9"_s << true;
    QTest::newRow("trailing dot") << u"a."_s << true;
    QTest::newRow("64 characters") << repeated('x', 64) << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("65 characters") << repeated('x', 65) << false;
    QTest::newRow("leading hyphen") << u"-a"_s << false;
    QTest::newRow("leading dot") << u".a"_s << false;
    QTest::newRow("leading underscore") << u"_a"_s << false;
    QTest::newRow("space") << u"a b"_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("path traversal") << u"../etc"_s << false;
    QTest::newRow("sql") << u"x'; DROP TABLE resources;--"_s << false;
    QTest::newRow("umlaut") << u"bücher"_s << false;
    QTest::newRow("cjk") << u"日本"_s << false;
    QTest::newRow("newline") << u"a\nb"_s << false;
    QTest::newRow("nul") << QString(u"a\0b"_s) << false;
    QTest::newRow("percent") << u"a%20b"_s << false;
    // A `$` in a pattern also matches before a final newline: the whole name must match.
    QTest::newRow("trailing newline") << u"abc\n"_s << false;
    QTest::newRow("64 characters and a newline") << repeated('x', 64) + u"\n"_s << false;
}

void tst_ResourceSchema::validateName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const std::optional<ValidationError> error = ResourceSchema::validateName(name);
    QCOMPARE(!error.has_value(), valid);
    if (error) {
        QCOMPARE(error->field, u"name"_s);
        QVERIFY(!error->detail.isEmpty());
    }
}

void tst_ResourceSchema::validateDescription_data()
{
    QTest::addColumn<QJsonValue>("description");
    QTest::addColumn<bool>("valid");
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << true;
    QTest::newRow("empty") << QJsonValue(u""_s) << true;
    QTest::newRow("1024") << QJsonValue(repeated('d', 1024)) << true;
    QTest::newRow("1024 code points outside the BMP")
        << QJsonValue(QString(u"😀"_s).repeated(1024)) << true;
    QTest::newRow("1025") << QJsonValue(repeated('d', 1025)) << false;
    QTest::newRow("number") << QJsonValue(5) << false;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false;
    QTest::newRow("object") << QJsonValue(QJsonObject()) << false;
}

void tst_ResourceSchema::validateDescription()
{
    QFETCH(QJsonValue, description);
    QFETCH(bool, valid);
    const std::optional<ValidationError> error = ResourceSchema::validateDescription(description);
    QCOMPARE(!error.has_value(), valid);
    if (error)
        QCOMPARE(error->field, u"description"_s);
}

void tst_ResourceSchema::validateSpec_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("spec");
    QTest::addColumn<QString>("field"); // empty: valid

    const QString ok;
    const QJsonValue null(QJsonValue::Null);
    const QString db = u"database"_s;
    QTest::newRow("unknown type") << u"queue"_s << kDatabase << u"type"_s;

    // database
    QTest::newRow("db minimal") << db << kDatabase << ok;
    QTest::newRow("db full") << db
                             << with(with(with(kDatabase, u"poolSize"_s, 8), u"vintage"_s,
                                          u"2026.10"_s),
                                     u"expiry"_s, u"2027-06-30"_s)
                             << ok;
    for (const char *field : {"module", "kind", "location", "placement"}) {
        QTest::addRow("db missing %s", field)
            << db << without(kDatabase, QString::fromLatin1(field))
            << u"spec."_s + QString::fromLatin1(field);
    }
    QTest::newRow("db unknown field") << db << with(kDatabase, u"foo"_s, 1) << u"spec.foo"_s;
    QTest::newRow("db password not allowed")
        << db << with(kDatabase, u"password"_s, u"x"_s) << u"spec.password"_s;
    QTest::newRow("db module 64") << db << with(kDatabase, u"module"_s, repeated('m', 64)) << ok;
    QTest::newRow("db module 65") << db << with(kDatabase, u"module"_s, repeated('m', 65))
                                  << u"spec.module"_s;
    QTest::newRow("db module empty")
        << db << with(kDatabase, u"module"_s, u""_s) << u"spec.module"_s;
    QTest::newRow("db module number") << db << with(kDatabase, u"module"_s, 5) << u"spec.module"_s;
    QTest::newRow("db module null") << db << with(kDatabase, u"module"_s, null) << u"spec.module"_s;
    for (const char *kind : {"postal", "geocoding", "spatial", "routing", "other"})
        QTest::addRow("db kind %s", kind)
            << db << with(kDatabase, u"kind"_s, QString::fromLatin1(kind)) << ok;
    QTest::newRow("db kind case") << db << with(kDatabase, u"kind"_s, u"Postal"_s)
                                  << u"spec.kind"_s;
    QTest::newRow("db kind empty") << db << with(kDatabase, u"kind"_s, u""_s) << u"spec.kind"_s;
    QTest::newRow("db kind array")
        << db << with(kDatabase, u"kind"_s, QJsonArray{u"postal"_s}) << u"spec.kind"_s;
    QTest::newRow("db location 1024")
        << db << with(kDatabase, u"location"_s, repeated('l', 1024)) << ok;
    QTest::newRow("db location 1025")
        << db << with(kDatabase, u"location"_s, repeated('l', 1025)) << u"spec.location"_s;
    QTest::newRow("db location empty")
        << db << with(kDatabase, u"location"_s, u""_s) << u"spec.location"_s;
    QTest::newRow("db placement shared")
        << db << with(kDatabase, u"placement"_s, u"shared"_s) << ok;
    QTest::newRow("db placement bad")
        << db << with(kDatabase, u"placement"_s, u"everywhere"_s) << u"spec.placement"_s;
    QTest::newRow("db poolSize 1") << db << with(kDatabase, u"poolSize"_s, 1) << ok;
    QTest::newRow("db poolSize 256") << db << with(kDatabase, u"poolSize"_s, 256) << ok;
    QTest::newRow("db poolSize 0") << db << with(kDatabase, u"poolSize"_s, 0) << u"spec.poolSize"_s;
    QTest::newRow("db poolSize 257")
        << db << with(kDatabase, u"poolSize"_s, 257) << u"spec.poolSize"_s;
    QTest::newRow("db poolSize fraction")
        << db << with(kDatabase, u"poolSize"_s, 4.5) << u"spec.poolSize"_s;
    QTest::newRow("db poolSize string")
        << db << with(kDatabase, u"poolSize"_s, u"4"_s) << u"spec.poolSize"_s;
    QTest::newRow("db poolSize bool")
        << db << with(kDatabase, u"poolSize"_s, true) << u"spec.poolSize"_s;
    QTest::newRow("db poolSize null")
        << db << with(kDatabase, u"poolSize"_s, null) << u"spec.poolSize"_s;
    QTest::newRow("db poolSize huge")
        << db << with(kDatabase, u"poolSize"_s, 1e300) << u"spec.poolSize"_s;
    QTest::newRow("db vintage empty") << db << with(kDatabase, u"vintage"_s, u""_s) << ok;
    QTest::newRow("db vintage 32") << db << with(kDatabase, u"vintage"_s, repeated('v', 32)) << ok;
    QTest::newRow("db vintage 33")
        << db << with(kDatabase, u"vintage"_s, repeated('v', 33)) << u"spec.vintage"_s;
    QTest::newRow("db vintage number")
        << db << with(kDatabase, u"vintage"_s, 2026.1) << u"spec.vintage"_s;
    QTest::newRow("db expiry leap day")
        << db << with(kDatabase, u"expiry"_s, u"2028-02-29"_s) << ok;
    QTest::newRow("db expiry feb 30")
        << db << with(kDatabase, u"expiry"_s, u"2026-02-30"_s) << u"spec.expiry"_s;
    QTest::newRow("db expiry short")
        << db << with(kDatabase, u"expiry"_s, u"2026-1-1"_s) << u"spec.expiry"_s;
    QTest::newRow("db expiry trailing newline")
        << db << with(kDatabase, u"expiry"_s, u"2026-12-31\n"_s) << u"spec.expiry"_s;
    QTest::newRow("db expiry basic")
        << db << with(kDatabase, u"expiry"_s, u"20261231"_s) << u"spec.expiry"_s;
    QTest::newRow("db expiry datetime")
        << db << with(kDatabase, u"expiry"_s, u"2026-12-31T00:00:00"_s) << u"spec.expiry"_s;
    QTest::newRow("db expiry number")
        << db << with(kDatabase, u"expiry"_s, 20261231) << u"spec.expiry"_s;

    // jdbc
    const QString jdbc = u"jdbc"_s;
    QTest::newRow("jdbc minimal") << jdbc << kJdbc << ok;
    QJsonObject fullJdbc = kJdbc;
    fullJdbc.insert(u"host"_s, u"db.example"_s);
    fullJdbc.insert(u"port"_s, 5432);
    fullJdbc.insert(u"database"_s, u"orders"_s);
    fullJdbc.insert(u"user"_s, u"app"_s);
    fullJdbc.insert(u"password"_s, u"s3cret"_s);
    fullJdbc.insert(u"properties"_s, QJsonObject{{u"ssl"_s, u"true"_s}});
    fullJdbc.insert(u"poolMin"_s, 1);
    fullJdbc.insert(u"poolMax"_s, 10);
    fullJdbc.insert(u"connectTimeoutMs"_s, 5000);
    QTest::newRow("jdbc full") << jdbc << fullJdbc << ok;
    for (const char *field : {"driver", "driverClass", "url"}) {
        QTest::addRow("jdbc missing %s", field)
            << jdbc << without(kJdbc, QString::fromLatin1(field))
            << u"spec."_s + QString::fromLatin1(field);
    }
    QTest::newRow("jdbc unknown field")
        << jdbc << with(kJdbc, u"secret"_s, u"x"_s) << u"spec.secret"_s;
    QTest::newRow("jdbc driver 65")
        << jdbc << with(kJdbc, u"driver"_s, repeated('d', 65)) << u"spec.driver"_s;
    QTest::newRow("jdbc driver empty")
        << jdbc << with(kJdbc, u"driver"_s, u""_s) << u"spec.driver"_s;
    for (const char *name : {"Driver", "com.mysql.cj.jdbc.Driver", "$A._b9", "a.B$Inner"})
        QTest::addRow("jdbc driverClass %s", name)
            << jdbc << with(kJdbc, u"driverClass"_s, QString::fromLatin1(name)) << ok;
    for (const char *name : {"", "1abc", "org..Driver", "org.postgresql.", ".Driver",
                             "org postgresql", "org.9x", "org-x.Driver"}) {
        QTest::addRow("jdbc bad driverClass '%s'", name)
            << jdbc << with(kJdbc, u"driverClass"_s, QString::fromLatin1(name))
            << u"spec.driverClass"_s;
    }
    for (const char *url :
         {"jdbc:oracle:thin:@host:1521:orcl", "jdbc:h2:mem:test",
          "jdbc:sqlserver://h;databaseName=x", "jdbc:db2:", "jdbc:jtds:sqlserver://h"})
        QTest::addRow("jdbc url %s", url)
            << jdbc << with(kJdbc, u"url"_s, QString::fromLatin1(url)) << ok;
    for (const char *url : {"postgresql://db/x", "jdbc:", "jdbc:postgresql", "jdbc::x", "JDBC:pg:x",
                            " jdbc:pg:x", "jdbc:pg:x y", "https://db"}) {
        QTest::addRow("jdbc bad url '%s'", url)
            << jdbc << with(kJdbc, u"url"_s, QString::fromLatin1(url)) << u"spec.url"_s;
    }
    QTest::newRow("jdbc url trailing newline")
        << jdbc << with(kJdbc, u"url"_s, u"jdbc:postgresql://db/orders\n"_s) << u"spec.url"_s;
    QTest::newRow("jdbc driverClass trailing newline")
        << jdbc << with(kJdbc, u"driverClass"_s, u"org.postgresql.Driver\n"_s)
        << u"spec.driverClass"_s;
    QTest::newRow("jdbc url number") << jdbc << with(kJdbc, u"url"_s, 1) << u"spec.url"_s;
    for (const QString &host :
         {u"db.example"_s, u"localhost"_s, u"10.0.0.1"_s, u"255.255.255.255"_s, u"::1"_s,
          u"[::1]"_s, u"fe80::1:2"_s, u"2001:db8::8a2e:370:7334"_s, u"a-b.c-d.example"_s, u"x1"_s,
          hostOfLength(253)}) {
        QTest::addRow("jdbc host %s", qPrintable(host.left(40)))
            << jdbc << with(kJdbc, u"host"_s, host) << ok;
    }
    for (const QString &host :
         {u""_s, u"db_example"_s, u"-db"_s, u"db-"_s, u"a..b"_s, u".a"_s, u"256.1.1.1"_s,
          u"1.2.3"_s, u"::g"_s, u":::"_s, u"db example"_s, u"bücher.example"_s, u"http://db"_s,
          hostOfLength(254), repeated('l', 64) + u".example"_s}) {
        QTest::addRow("jdbc bad host '%s'", qPrintable(host.left(40)))
            << jdbc << with(kJdbc, u"host"_s, host) << u"spec.host"_s;
    }
    QTest::newRow("jdbc host number") << jdbc << with(kJdbc, u"host"_s, 10) << u"spec.host"_s;
    QTest::newRow("jdbc port 1") << jdbc << with(kJdbc, u"port"_s, 1) << ok;
    QTest::newRow("jdbc port 65535") << jdbc << with(kJdbc, u"port"_s, 65535) << ok;
    QTest::newRow("jdbc port 0") << jdbc << with(kJdbc, u"port"_s, 0) << u"spec.port"_s;
    QTest::newRow("jdbc port 65536") << jdbc << with(kJdbc, u"port"_s, 65536) << u"spec.port"_s;
    QTest::newRow("jdbc port negative") << jdbc << with(kJdbc, u"port"_s, -1) << u"spec.port"_s;
    QTest::newRow("jdbc port string")
        << jdbc << with(kJdbc, u"port"_s, u"5432"_s) << u"spec.port"_s;
    QTest::newRow("jdbc port fraction") << jdbc << with(kJdbc, u"port"_s, 5432.5) << u"spec.port"_s;
    for (const char *field : {"database", "user"}) {
        const QString name = QString::fromLatin1(field);
        QTest::addRow("jdbc %s empty", field) << jdbc << with(kJdbc, name, u""_s) << ok;
        QTest::addRow("jdbc %s 128", field) << jdbc << with(kJdbc, name, repeated('u', 128)) << ok;
        QTest::addRow("jdbc %s 129", field)
            << jdbc << with(kJdbc, name, repeated('u', 129)) << u"spec."_s + name;
        QTest::addRow("jdbc %s bool", field)
            << jdbc << with(kJdbc, name, false) << u"spec."_s + name;
    }
    QTest::newRow("jdbc password null") << jdbc << with(kJdbc, u"password"_s, null) << ok;
    QTest::newRow("jdbc password empty") << jdbc << with(kJdbc, u"password"_s, u""_s) << ok;
    QTest::newRow("jdbc password number")
        << jdbc << with(kJdbc, u"password"_s, 1234) << u"spec.password"_s;
    QTest::newRow("jdbc password object")
        << jdbc << with(kJdbc, u"password"_s, QJsonObject()) << u"spec.password"_s;
    QTest::newRow("jdbc properties empty")
        << jdbc << with(kJdbc, u"properties"_s, QJsonObject()) << ok;
    QTest::newRow("jdbc properties 64")
        << jdbc << with(kJdbc, u"properties"_s, manyProperties(64)) << ok;
    QTest::newRow("jdbc properties 65")
        << jdbc << with(kJdbc, u"properties"_s, manyProperties(65)) << u"spec.properties"_s;
    QTest::newRow("jdbc properties bool value")
        << jdbc << with(kJdbc, u"properties"_s, QJsonObject{{u"ssl"_s, true}})
        << u"spec.properties"_s;
    QTest::newRow("jdbc properties null value")
        << jdbc << with(kJdbc, u"properties"_s, QJsonObject{{u"ssl"_s, null}})
        << u"spec.properties"_s;
    QTest::newRow("jdbc properties string")
        << jdbc << with(kJdbc, u"properties"_s, u"ssl=true"_s) << u"spec.properties"_s;
    QTest::newRow("jdbc properties array")
        << jdbc << with(kJdbc, u"properties"_s, QJsonArray()) << u"spec.properties"_s;
    QTest::newRow("jdbc poolMin 0") << jdbc << with(kJdbc, u"poolMin"_s, 0) << ok;
    QTest::newRow("jdbc poolMin default max") << jdbc << with(kJdbc, u"poolMin"_s, 10) << ok;
    QTest::newRow("jdbc poolMin above default max")
        << jdbc << with(kJdbc, u"poolMin"_s, 11) << u"spec.poolMin"_s;
    QTest::newRow("jdbc poolMin -1") << jdbc << with(kJdbc, u"poolMin"_s, -1) << u"spec.poolMin"_s;
    QTest::newRow("jdbc poolMin 1001")
        << jdbc << with(kJdbc, u"poolMin"_s, 1001) << u"spec.poolMin"_s;
    QTest::newRow("jdbc pool 1000/1000")
        << jdbc << with(with(kJdbc, u"poolMin"_s, 1000), u"poolMax"_s, 1000) << ok;
    QTest::newRow("jdbc poolMax 1") << jdbc << with(kJdbc, u"poolMax"_s, 1) << ok;
    QTest::newRow("jdbc poolMax 0") << jdbc << with(kJdbc, u"poolMax"_s, 0) << u"spec.poolMax"_s;
    QTest::newRow("jdbc poolMax 1001")
        << jdbc << with(kJdbc, u"poolMax"_s, 1001) << u"spec.poolMax"_s;
    QTest::newRow("jdbc poolMax below poolMin")
        << jdbc << with(with(kJdbc, u"poolMin"_s, 5), u"poolMax"_s, 4) << u"spec.poolMax"_s;
    QTest::newRow("jdbc connectTimeoutMs 0") << jdbc << with(kJdbc, u"connectTimeoutMs"_s, 0) << ok;
    QTest::newRow("jdbc connectTimeoutMs 600000")
        << jdbc << with(kJdbc, u"connectTimeoutMs"_s, 600000) << ok;
    QTest::newRow("jdbc connectTimeoutMs 600001")
        << jdbc << with(kJdbc, u"connectTimeoutMs"_s, 600001) << u"spec.connectTimeoutMs"_s;

    // fileserver
    const QString fs = u"fileserver"_s;
    QTest::newRow("fs minimal") << fs << kFileserver << ok;
    for (const char *protocol : {"ftp", "sftp", "ftps", "smb", "hdfs", "s3", "local"}) {
        QTest::addRow("fs protocol %s", protocol)
            << fs << with(kFileserver, u"protocol"_s, QString::fromLatin1(protocol)) << ok;
    }
    QTest::newRow("fs protocol http")
        << fs << with(kFileserver, u"protocol"_s, u"http"_s) << u"spec.protocol"_s;
    QTest::newRow("fs protocol case")
        << fs << with(kFileserver, u"protocol"_s, u"SFTP"_s) << u"spec.protocol"_s;
    QTest::newRow("fs missing protocol")
        << fs << without(kFileserver, u"protocol"_s) << u"spec.protocol"_s;
    QTest::newRow("fs missing host") << fs << without(kFileserver, u"host"_s) << u"spec.host"_s;
    QTest::newRow("fs local without host")
        << fs << with(without(kFileserver, u"host"_s), u"protocol"_s, u"local"_s) << ok;
    QTest::newRow("fs bad host") << fs << with(kFileserver, u"host"_s, u"files..example"_s)
                                 << u"spec.host"_s;
    QTest::newRow("fs host trailing newline")
        << fs << with(kFileserver, u"host"_s, u"files.example\n"_s) << u"spec.host"_s;
    QTest::newRow("fs ipv4 trailing newline")
        << fs << with(kFileserver, u"host"_s, u"10.0.0.1\n"_s) << u"spec.host"_s;
    QTest::newRow("fs port 22") << fs << with(kFileserver, u"port"_s, 22) << ok;
    QTest::newRow("fs port 0") << fs << with(kFileserver, u"port"_s, 0) << u"spec.port"_s;
    QTest::newRow("fs missing rootPath")
        << fs << without(kFileserver, u"rootPath"_s) << u"spec.rootPath"_s;
    QTest::newRow("fs rootPath empty")
        << fs << with(kFileserver, u"rootPath"_s, u""_s) << u"spec.rootPath"_s;
    QTest::newRow("fs rootPath 1024")
        << fs << with(kFileserver, u"rootPath"_s, repeated('p', 1024)) << ok;
    QTest::newRow("fs rootPath 1025")
        << fs << with(kFileserver, u"rootPath"_s, repeated('p', 1025)) << u"spec.rootPath"_s;
    QTest::newRow("fs user 129") << fs << with(kFileserver, u"user"_s, repeated('u', 129))
                                 << u"spec.user"_s;
    QTest::newRow("fs secret") << fs << with(kFileserver, u"secret"_s, u"key"_s) << ok;
    QTest::newRow("fs secret null") << fs << with(kFileserver, u"secret"_s, null) << ok;
    QTest::newRow("fs secret number")
        << fs << with(kFileserver, u"secret"_s, 1) << u"spec.secret"_s;
    QTest::newRow("fs password unknown")
        << fs << with(kFileserver, u"password"_s, u"x"_s) << u"spec.password"_s;

    // webservice
    const QString ws = u"webservice"_s;
    QTest::newRow("ws minimal") << ws << kWebservice << ok;
    QTest::newRow("ws kind SOAP") << ws << with(kWebservice, u"kind"_s, u"SOAP"_s) << ok;
    QTest::newRow("ws kind rest") << ws << with(kWebservice, u"kind"_s, u"rest"_s)
                                  << u"spec.kind"_s;
    QTest::newRow("ws missing kind") << ws << without(kWebservice, u"kind"_s) << u"spec.kind"_s;
    QTest::newRow("ws missing url") << ws << without(kWebservice, u"url"_s) << u"spec.url"_s;
    for (const char *url : {"http://h", "https://h.example:8443/svc?wsdl", "http://10.0.0.1/",
                            "https://[::1]:8080/x", "HTTPS://api.example/"})
        QTest::addRow("ws url %s", url)
            << ws << with(kWebservice, u"url"_s, QString::fromLatin1(url)) << ok;
    for (const char *url : {"ftp://h", "http://", "https:///x", "/relative", "api.example",
                            "http://exa mple.com", "", "mailto:a@b", "jdbc:pg:x"}) {
        QTest::addRow("ws bad url '%s'", url)
            << ws << with(kWebservice, u"url"_s, QString::fromLatin1(url)) << u"spec.url"_s;
    }
    for (const char *auth : {"none", "basic", "bearer", "apikey"}) {
        QTest::addRow("ws authKind %s", auth)
            << ws << with(kWebservice, u"authKind"_s, QString::fromLatin1(auth)) << ok;
    }
    QTest::newRow("ws authKind digest")
        << ws << with(kWebservice, u"authKind"_s, u"digest"_s) << u"spec.authKind"_s;
    QTest::newRow("ws user 128") << ws << with(kWebservice, u"user"_s, repeated('u', 128)) << ok;
    QTest::newRow("ws user 129") << ws << with(kWebservice, u"user"_s, repeated('u', 129))
                                 << u"spec.user"_s;
    QTest::newRow("ws secret") << ws << with(kWebservice, u"secret"_s, u"token"_s) << ok;
    QTest::newRow("ws secret bool")
        << ws << with(kWebservice, u"secret"_s, true) << u"spec.secret"_s;
    QTest::newRow("ws timeoutMs 1") << ws << with(kWebservice, u"timeoutMs"_s, 1) << ok;
    QTest::newRow("ws timeoutMs 600000") << ws << with(kWebservice, u"timeoutMs"_s, 600000) << ok;
    QTest::newRow("ws timeoutMs 0")
        << ws << with(kWebservice, u"timeoutMs"_s, 0) << u"spec.timeoutMs"_s;
    QTest::newRow("ws timeoutMs 600001")
        << ws << with(kWebservice, u"timeoutMs"_s, 600001) << u"spec.timeoutMs"_s;
    QTest::newRow("ws jdbc field") << ws << with(kWebservice, u"poolMax"_s, 3) << u"spec.poolMax"_s;
}

void tst_ResourceSchema::validateSpec()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, spec);
    QFETCH(QString, field);
    const std::optional<ValidationError> error = ResourceSchema::validateSpec(type, spec);
    if (field.isEmpty()) {
        QVERIFY2(!error, qPrintable(error ? error->field + u": "_s + error->detail : QString()));
    } else {
        QVERIFY2(error, "expected a validation error");
        QCOMPARE(error->field, field);
        QVERIFY(!error->detail.isEmpty());
    }
}

void tst_ResourceSchema::secretFields()
{
    QCOMPARE(ResourceSchema::secretFields(u"database"_s), QStringList());
    QCOMPARE(ResourceSchema::secretFields(u"jdbc"_s), QStringList{u"password"_s});
    QCOMPARE(ResourceSchema::secretFields(u"fileserver"_s), QStringList{u"secret"_s});
    QCOMPARE(ResourceSchema::secretFields(u"webservice"_s), QStringList{u"secret"_s});
    QCOMPARE(ResourceSchema::secretFields(u"nope"_s), QStringList());
}

void tst_ResourceSchema::mergeSecrets()
{
    const QString jdbc = u"jdbc"_s;
    // Create: a given string is kept, defaults are filled in.
    const QJsonObject created =
        ResourceSchema::mergeSecrets(jdbc, with(kJdbc, u"password"_s, u"one"_s), QJsonObject());
    QCOMPARE(created.value(u"password"_s).toString(), u"one"_s);
    QCOMPARE(created.value(u"poolMin"_s).toInt(), 0);
    QCOMPARE(created.value(u"poolMax"_s).toInt(), 10);
    QVERIFY(!created.contains(u"connectTimeoutMs"_s));

    // Create with null: unset.
    QVERIFY(!ResourceSchema::mergeSecrets(jdbc, with(kJdbc, u"password"_s, QJsonValue::Null), {})
                 .contains(u"password"_s));
    // Update without the field keeps the stored value.
    QCOMPARE(ResourceSchema::mergeSecrets(jdbc, kJdbc, created).value(u"password"_s).toString(),
             u"one"_s);
    // Update with a string replaces it.
    QCOMPARE(ResourceSchema::mergeSecrets(jdbc, with(kJdbc, u"password"_s, u"two"_s), created)
                 .value(u"password"_s)
                 .toString(),
             u"two"_s);
    // Update with null clears it.
    QVERIFY(
        !ResourceSchema::mergeSecrets(jdbc, with(kJdbc, u"password"_s, QJsonValue::Null), created)
             .contains(u"password"_s));
    // Non-secret fields of the stored spec never leak into the new one.
    QVERIFY(!ResourceSchema::mergeSecrets(jdbc, kJdbc, with(created, u"host"_s, u"old"_s))
                 .contains(u"host"_s));

    const QJsonObject ws = ResourceSchema::mergeSecrets(u"webservice"_s, kWebservice,
                                                        QJsonObject{{u"secret"_s, u"tok"_s}});
    QCOMPARE(ws.value(u"secret"_s).toString(), u"tok"_s);
    QCOMPARE(ws.value(u"authKind"_s).toString(), u"none"_s);
    QCOMPARE(ws.value(u"timeoutMs"_s).toInt(), 30000);
    QCOMPARE(
        ResourceSchema::mergeSecrets(u"database"_s, kDatabase, {}).value(u"poolSize"_s).toInt(), 4);
    // The stored result is itself a valid spec.
    QVERIFY(!ResourceSchema::validateSpec(u"webservice"_s, ws));
    QVERIFY(!ResourceSchema::validateSpec(jdbc, created));
}

void tst_ResourceSchema::withDefaultsKeepsGivenValues()
{
    const QJsonObject filled =
        ResourceSchema::withDefaults(u"webservice"_s, with(kWebservice, u"timeoutMs"_s, 5));
    QCOMPARE(filled.value(u"timeoutMs"_s).toInt(), 5);
    QCOMPARE(filled.value(u"authKind"_s).toString(), u"none"_s);
    QCOMPARE(ResourceSchema::withDefaults(u"fileserver"_s, kFileserver), kFileserver);
    QCOMPARE(ResourceSchema::withDefaults(u"nope"_s, kFileserver), kFileserver);
}

void tst_ResourceSchema::publicSpecAndSecretState()
{
    const QJsonObject stored = with(kJdbc, u"password"_s, u"s3cret"_s);
    QCOMPARE(ResourceSchema::publicSpec(u"jdbc"_s, stored), kJdbc);
    QCOMPARE(ResourceSchema::secretState(u"jdbc"_s, stored), QJsonObject({{u"password"_s, true}}));
    QCOMPARE(ResourceSchema::secretState(u"jdbc"_s, kJdbc), QJsonObject({{u"password"_s, false}}));
    QCOMPARE(ResourceSchema::secretState(u"fileserver"_s, kFileserver),
             QJsonObject({{u"secret"_s, false}}));
    QCOMPARE(ResourceSchema::secretState(u"database"_s, kDatabase), QJsonObject());
    QVERIFY(!ResourceSchema::canonicalJson(ResourceSchema::publicSpec(u"jdbc"_s, stored))
                 .contains("s3cret"));
}

void tst_ResourceSchema::canonicalJson()
{
    QJsonObject first;
    first.insert(u"zeta"_s, 1);
    first.insert(u"alpha"_s, QJsonObject{{u"y"_s, true}, {u"b"_s, QJsonArray{3, 1, 2}}});
    first.insert(u"mid"_s, QJsonArray{QJsonObject{{u"q"_s, 1}, {u"a"_s, u"x"_s}}});
    QJsonObject second;
    second.insert(u"mid"_s, QJsonArray{QJsonObject{{u"a"_s, u"x"_s}, {u"q"_s, 1}}});
    second.insert(u"alpha"_s, QJsonObject{{u"b"_s, QJsonArray{3, 1, 2}}, {u"y"_s, true}});
    second.insert(u"zeta"_s, 1.0);
    const QByteArray expected =
        R"({"alpha":{"b":[3,1,2],"y":true},"mid":[{"a":"x","q":1}],"zeta":1})";
    QCOMPARE(ResourceSchema::canonicalJson(first), expected);
    QCOMPARE(ResourceSchema::canonicalJson(second), expected);
    // Round trip through text in another key order gives the same bytes.
    const QJsonObject parsed =
        QJsonDocument::fromJson(
            R"({"zeta": 1, "mid": [{"q": 1, "a": "x"}], "alpha": {"y": true, "b": [3, 1, 2]}})")
            .object();
    QCOMPARE(ResourceSchema::canonicalJson(parsed), expected);
    QCOMPARE(ResourceSchema::canonicalJson(QJsonObject()), QByteArray("{}"));
}

QTEST_GUILESS_MAIN(tst_ResourceSchema)
#include "tst_ResourceSchema.moc"
