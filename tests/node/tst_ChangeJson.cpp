// ChangeJson: the replication wire form round-trips, malformed entries are refused, and the
// public resource form never carries a secret.

#include "ChangeJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace node;

class tst_ChangeJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        ChangeEntry entry;
        entry.revision = 42;
        entry.time = QDateTime(QDate(2026, 11, 27), QTime(6, 3, 23, 123), Qt::UTC);
        entry.user = QStringLiteral("admin");
        entry.operation = QStringLiteral("update");
        entry.type = QStringLiteral("jdbc");
        entry.name = QStringLiteral("orders-db");
        entry.resource =
            QJsonObject{{QStringLiteral("description"), QStringLiteral("d")},
                        {QStringLiteral("spec"),
                         QJsonObject{{QStringLiteral("password"), QStringLiteral("s")}}}};
        const QJsonObject wire = ChangeJson::change(entry, true);
        QCOMPARE(wire.value(QStringLiteral("time")).toString(),
                 QStringLiteral("2026-11-27T06:03:23.123Z"));
        const auto parsed = ChangeJson::parseChange(wire);
        QVERIFY(parsed);
        QCOMPARE(parsed->revision, entry.revision);
        QCOMPARE(parsed->time, entry.time);
        QCOMPARE(parsed->user, entry.user);
        QCOMPARE(parsed->operation, entry.operation);
        QCOMPARE(parsed->type, entry.type);
        QCOMPARE(parsed->name, entry.name);
        QCOMPARE(parsed->resource, entry.resource);
        // The public change log leaves the payload out.
        QVERIFY(!ChangeJson::change(entry, false).contains(QStringLiteral("resource")));
        // Without states: "recorded" false, and a parsed copy has none either.
        QCOMPARE(wire.value(QStringLiteral("recorded")), QJsonValue(false));
        QVERIFY(!parsed->statesRecorded());
    }

    void statesRoundTrip()
    {
        ChangeEntry entry;
        entry.revision = 7;
        entry.time = QDateTime(QDate(2026, 11, 27), QTime(6, 3, 23), Qt::UTC);
        entry.operation = QStringLiteral("create");
        entry.type = QStringLiteral("jdbc");
        entry.name = QStringLiteral("orders-db");
        entry.before = QJsonValue(QJsonValue::Null);
        entry.after = QJsonObject{
            {QStringLiteral("description"), QStringLiteral("d")},
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("password"),
                          QJsonObject{{QStringLiteral("secret"), QStringLiteral("changed")}}}}}};
        const QJsonObject wire = ChangeJson::change(entry, false);
        QVERIFY(wire.value(QStringLiteral("recorded")).toBool());
        QVERIFY(wire.value(QStringLiteral("before")).isNull());
        const auto parsed = ChangeJson::parseChange(ChangeJson::change(entry, true));
        QVERIFY(parsed);
        QVERIFY(parsed->statesRecorded());
        QVERIFY(parsed->before.isNull());
        QCOMPARE(parsed->after, entry.after);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray good =
            R"({"revision": 3, "time": "2026-11-27T06:03:23.123Z", "user": "a", )"
            R"("operation": "create", "type": "jdbc", "name": "n"})";
        QVERIFY(ChangeJson::parseChange(QJsonDocument::fromJson(good).object()));
        QTest::newRow("no revision") << QByteArray(
            R"({"time": "2026-11-27T06:03:23.123Z", "operation": "create", "type": "jdbc", "name": "n"})");
        QTest::newRow("revision 0")
            << QByteArray(good).replace("\"revision\": 3", "\"revision\": 0");
        QTest::newRow("revision string")
            << QByteArray(good).replace("\"revision\": 3", "\"revision\": \"3\"");
        QTest::newRow("bad time") << QByteArray(good).replace("2026-11-27T06:03:23.123Z",
                                                              "yesterday");
        QTest::newRow("bad operation") << QByteArray(good).replace("create", "drop");
        QTest::newRow("no type") << QByteArray(good).replace("\"type\": \"jdbc\", ", "");
        QTest::newRow("before not an object") << QByteArray(good).replace(
            "\"name\": \"n\"", "\"name\": \"n\", \"before\": \"x\", \"after\": null");
        QTest::newRow("after only")
            << QByteArray(good).replace("\"name\": \"n\"", "\"name\": \"n\", \"after\": {}");
        QTest::newRow("empty name")
            << QByteArray(good).replace("\"name\": \"n\"", "\"name\": \"\"");
    }
    void refused()
    {
        QFETCH(QByteArray, json);
        const QJsonDocument document = QJsonDocument::fromJson(json);
        QVERIFY(document.isObject());
        QVERIFY(!ChangeJson::parseChange(document.object()));
    }

    void publicResourceHidesSecrets()
    {
        StoredResource resource;
        resource.type = QStringLiteral("jdbc");
        resource.name = QStringLiteral("orders-db");
        resource.spec = QJsonObject{{QStringLiteral("driver"), QStringLiteral("postgresql")},
                                    {QStringLiteral("password"), QStringLiteral("hunter2")}};
        resource.revision = 17;
        resource.updatedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        resource.updatedBy = QStringLiteral("admin");
        const QJsonObject object = ChangeJson::publicResource(resource);
        QVERIFY(!QJsonDocument(object).toJson().contains("hunter2"));
        QCOMPARE(
            object.value(QStringLiteral("secrets")).toObject().value(QStringLiteral("password")),
            QJsonValue(true));
        QCOMPARE(object.value(QStringLiteral("revision")).toInteger(), 17);
        QCOMPARE(object.value(QStringLiteral("updatedAt")).toString(),
                 QStringLiteral("2026-01-02T03:04:05.000Z"));
    }
};

QTEST_GUILESS_MAIN(tst_ChangeJson)
#include "tst_ChangeJson.moc"
