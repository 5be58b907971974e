// ChangeDiff over change-log entries parsed as the node serves them: an update field by field
// (defaults filled in, only what changed flagged), a create and a delete from one side, secrets
// as markers only, "not recorded" entries with no rows, and malformed sides refused.
#include "ChangeDiff.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ChangeLogEntry parsed(const QByteArray &changeJson)
{
    const QByteArray page = R"({"revision": 9, "changes": [)" + changeJson + "]}";
    QString error;
    const auto result = ChangeLogPage::parse(QJsonDocument::fromJson(page).object(), &error);
    if (!result || result->changes.size() != 1)
        qFatal("cannot parse the test entry: %s", qPrintable(error));
    return result->changes.first();
}

const QByteArray kUpdate =
    R"({"revision": 5, "time": "2026-12-01T08:00:00.000Z", "user": "admin", )"
    R"("operation": "update", "type": "jdbc", "name": "orders-db", "requestId": "r-5", )"
    R"("recorded": true, )"
    R"("before": {"description": "Orders", "spec": {"driver": "postgresql", )"
    R"("driverClass": "org.postgresql.Driver", "url": "jdbc:postgresql://a/o", )"
    R"("port": 5432, "poolMax": 10, "password": {"secret": "unchanged"}}}, )"
    R"("after": {"description": "Orders", "spec": {"driver": "postgresql", )"
    R"("driverClass": "org.postgresql.Driver", "url": "jdbc:postgresql://b/o", )"
    R"("port": 5433, "password": {"secret": "unchanged"}}}})";

} // namespace

class tst_ChangeDiff final : public QObject
{
    Q_OBJECT

private slots:
    void updateFieldByField()
    {
        const ChangeLogEntry entry = parsed(kUpdate);
        QVERIFY(entry.recorded);
        QCOMPARE(entry.requestId, u"r-5"_s);
        const QList<ChangeFieldDiff> changed = ChangeDiff::changedFields(entry);
        QStringList names;
        for (const ChangeFieldDiff &row : changed)
            names << row.field;
        // poolMax 10 is the default: absent after, yet no change.
        QCOMPARE(names, QStringList({u"spec.port"_s, u"spec.url"_s}));
        QCOMPARE(changed.at(0).before, u"5432"_s);
        QCOMPARE(changed.at(0).after, u"5433"_s);
        const QList<ChangeFieldDiff> all = ChangeDiff::fields(entry);
        QCOMPARE(all.first().field, u"description"_s);
        QVERIFY(!all.first().changed);
        QCOMPARE(all.last().field, u"secrets.password"_s);
        QVERIFY(!all.last().changed);
        QCOMPARE(all.last().after, ChangeDiff::tr("set (unchanged)"));
        // The definitions carry no marker in the spec, only secretsSet.
        QVERIFY(!entry.definitionAfter()->spec.contains(u"password"_s));
        QVERIFY(entry.definitionAfter()->secretsSet.value(u"password"_s));
        QVERIFY(entry.changedSecrets().isEmpty());
    }

    void createAndDeleteFromOneSide()
    {
        const ChangeLogEntry create = parsed(
            R"({"revision": 1, "time": "2026-12-01T08:00:00Z", "user": "a", "operation": "create", )"
            R"("type": "jdbc", "name": "n", "recorded": true, "before": null, )"
            R"("after": {"description": "d", "spec": {"url": "jdbc:x:y", )"
            R"("password": {"secret": "changed"}}}})");
        QVERIFY(!create.before);
        QCOMPARE(create.changedSecrets(), QStringList{u"password"_s});
        const QList<ChangeFieldDiff> rows = ChangeDiff::changedFields(create);
        QCOMPARE(rows.size(), 3); // description, spec.url, secrets.password
        QVERIFY(rows.at(1).before.isEmpty());
        QCOMPARE(rows.at(2).after, ChangeDiff::tr("set (changed)"));

        const ChangeLogEntry remove = parsed(
            R"({"revision": 2, "time": "2026-12-01T08:00:00Z", "user": "a", "operation": "delete", )"
            R"("type": "jdbc", "name": "n", "recorded": true, "after": null, )"
            R"("before": {"description": "d", "spec": {"url": "jdbc:x:y"}}})");
        QVERIFY(!remove.after);
        QVERIFY(remove.definitionBefore());
        QCOMPARE(ChangeDiff::changedFields(remove).size(), 2);
    }

    void notRecordedHasNoRows()
    {
        const ChangeLogEntry old = parsed(
            R"({"revision": 1, "time": "2026-12-01T08:00:00Z", "user": "a", "operation": "update", )"
            R"("type": "jdbc", "name": "n", "requestId": null})");
        QVERIFY(!old.recorded);
        QVERIFY(ChangeDiff::fields(old).isEmpty());
        QVERIFY(!old.definitionBefore());
    }

    void malformedSideRefused()
    {
        const QByteArray page =
            R"({"revision": 9, "changes": [{"revision": 1, "time": "2026-12-01T08:00:00Z", )"
            R"("user": "a", "operation": "update", "type": "jdbc", "name": "n", )"
            R"("recorded": true, "before": "everything", "after": null}]})";
        QString error;
        QVERIFY(!ChangeLogPage::parse(QJsonDocument::fromJson(page).object(), &error));
        QVERIFY(error.contains(u"before"_s));
    }

    void valueText()
    {
        QCOMPARE(ChangeDiff::valueText(QJsonValue(5432)), u"5432"_s);
        QCOMPARE(ChangeDiff::valueText(QJsonValue(true)), u"true"_s);
        QCOMPARE(ChangeDiff::valueText(QJsonObject{{u"ssl"_s, u"true"_s}}),
                 u"{\"ssl\":\"true\"}"_s);
    }
};

QTEST_GUILESS_MAIN(tst_ChangeDiff)
#include "tst_ChangeDiff.moc"
