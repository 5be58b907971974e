#include "ConfigDatabaseTest.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace node;

const QJsonObject kConfigSeed{
    {u"license"_s, QJsonObject{{u"licensee"_s, u"Example Corp"_s}, {u"maxNodes"_s, 16}}},
    {u"dataflows"_s,
     QJsonArray{QJsonObject{{u"name"_s, u"geocode"_s}, {u"kind"_s, u"service"_s}}}}};

QJsonObject jdbcSpec(const QString &database)
{
    return {{u"driver"_s, u"postgresql"_s},
            {u"driverClass"_s, u"org.postgresql.Driver"_s},
            {u"url"_s, u"jdbc:postgresql://db:5432/"_s + database},
            {u"password"_s, u"s3cret"_s}};
}

WriteRequest create(const QString &name, const QString &description, const QJsonObject &spec)
{
    WriteRequest request;
    request.type = u"jdbc"_s;
    request.name = name;
    request.user = u"admin"_s;
    request.description = description;
    request.spec = spec;
    request.ifNoneMatchStar = true;
    return request;
}

WriteRequest update(const QString &name, const QByteArray &ifMatch, const QString &description)
{
    WriteRequest request = create(name, description);
    request.ifNoneMatchStar = false;
    request.ifMatch = ifMatch;
    return request;
}

QVariant inspect(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
    return value;
}

void compareResources(const QList<StoredResource> &actual, const QList<StoredResource> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual[i].type, expected[i].type);
        QCOMPARE(actual[i].name, expected[i].name);
        QCOMPARE(actual[i].description, expected[i].description);
        QCOMPARE(actual[i].spec, expected[i].spec);
        QCOMPARE(actual[i].revision, expected[i].revision);
        QCOMPARE(actual[i].updatedAt, expected[i].updatedAt);
        QCOMPARE(actual[i].updatedBy, expected[i].updatedBy);
    }
}

void ConfigDatabaseTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void ConfigDatabaseTest::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<ConfigDatabase> ConfigDatabaseTest::openDatabase(const QString &subdirectory,
                                                                 const QJsonObject &seed)
{
    auto db = std::make_unique<ConfigDatabase>(u"test-%1"_s.arg(++m_connections));
    QString error;
    if (!db->open(m_dir->filePath(subdirectory), seed, &error)) {
        qWarning("open failed: %s", qPrintable(error));
        return nullptr;
    }
    return db;
}
