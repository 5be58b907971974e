// ChangeLogEntry: parsing of /api/v1/config/changes answers into a ChangeLogPage (malformed
// answers refused with the field named) and the readable texts of operations and types.

#include "ChangeLogEntry.h"

#include <QJsonDocument>
#include <QTest>

class tst_ChangeLogEntry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsePage_data();
    void parsePage();
    void errorNamesTheField();
    void texts();
};

void tst_ChangeLogEntry::parsePage_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QList<qint64>>("revisions");

    const QByteArray entry41 =
        R"({"revision":41,"time":"2026-11-27T06:03:23.123Z","user":"admin","operation":"create","type":"jdbc","name":"orders-db"})";
    const QByteArray entry42 =
        R"({"revision":42,"time":"2026-11-27T06:04:00.000Z","user":"admin","operation":"delete","type":"jdbc","name":"orders-db"})";
    QTest::newRow("empty log") << QByteArray(R"({"revision":0,"changes":[]})") << true
                               << QList<qint64>{};
    QTest::newRow("two") << QByteArray(R"({"revision":42,"changes":[)" + entry41 + "," + entry42 +
                                       "]}")
                         << true << QList<qint64>{41, 42};
    QTest::newRow("out of order is sorted")
        << QByteArray(R"({"revision":42,"changes":[)" + entry42 + "," + entry41 + "]}") << true
        << QList<qint64>{41, 42};
    QTest::newRow("no revision") << QByteArray(R"({"changes":[]})") << false << QList<qint64>{};
    QTest::newRow("negative revision")
        << QByteArray(R"({"revision":-1,"changes":[]})") << false << QList<qint64>{};
    QTest::newRow("changes not a list")
        << QByteArray(R"({"revision":1,"changes":{}})") << false << QList<qint64>{};
    QTest::newRow("no changes") << QByteArray(R"({"revision":1})") << false << QList<qint64>{};
    QTest::newRow("entry not an object")
        << QByteArray(R"({"revision":1,"changes":[7]})") << false << QList<qint64>{};
    QTest::newRow("entry without revision")
        << QByteArray(R"({"revision":1,"changes":[{"time":"2026-11-27T06:03:23.123Z"}]})") << false
        << QList<qint64>{};
    QTest::newRow("revision as text")
        << QByteArray(R"({"revision":1,"changes":[{"revision":"1"}]})") << false << QList<qint64>{};
    QTest::newRow("bad time")
        << QByteArray(R"({"revision":1,"changes":[{"revision":1,"time":"yesterday"}]})") << false
        << QList<qint64>{};
    QTest::newRow("missing optional fields")
        << QByteArray(R"({"revision":1,"changes":[{"revision":1}]})") << true << QList<qint64>{1};
}

void tst_ChangeLogEntry::parsePage()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(QList<qint64>, revisions);
    QString error;
    const auto page = ChangeLogPage::parse(QJsonDocument::fromJson(json).object(), &error);
    QCOMPARE(page.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (!page)
        return;
    QList<qint64> got;
    for (const ChangeLogEntry &entry : page->changes)
        got.append(entry.revision);
    QCOMPARE(got, revisions);
}

void tst_ChangeLogEntry::errorNamesTheField()
{
    QString error;
    const QByteArray json =
        R"({"revision":3,"changes":[{"revision":1},{"revision":2,"time":"soon"}]})";
    QVERIFY(!ChangeLogPage::parse(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY2(error.contains(QLatin1String("changes[1]")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("time")), qPrintable(error));
}

void tst_ChangeLogEntry::texts()
{
    QCOMPARE(ChangeLogText::operation(QStringLiteral("create")), QStringLiteral("Created"));
    QCOMPARE(ChangeLogText::operation(QStringLiteral("update")), QStringLiteral("Updated"));
    QCOMPARE(ChangeLogText::operation(QStringLiteral("delete")), QStringLiteral("Deleted"));
    QCOMPARE(ChangeLogText::operation(QStringLiteral("rename")), QStringLiteral("rename"));
    QCOMPARE(ChangeLogText::resourceType(QStringLiteral("jdbc")),
             QStringLiteral("JDBC connection"));
    QCOMPARE(ChangeLogText::resourceType(QStringLiteral("fileserver")),
             QStringLiteral("File server"));
    QCOMPARE(ChangeLogText::resourceType(QStringLiteral("queue")), QStringLiteral("queue"));
}

QTEST_GUILESS_MAIN(tst_ChangeLogEntry)
#include "tst_ChangeLogEntry.moc"
