// ChangeLogFilterProxyModel over a ChangeLogModel: filters by a part of "type/name", by the
// whole user name and by time, combined; rows added later are filtered too; the entries shown
// are what an export writes. Checked by QAbstractItemModelTester throughout.
#include "ChangeLogFilterProxyModel.h"
#include "ChangeLogModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ChangeLogEntry change(qint64 revision, const QString &user, const QString &type,
                      const QString &name, const QDateTime &time)
{
    ChangeLogEntry entry;
    entry.revision = revision;
    entry.user = user;
    entry.operation = u"update"_s;
    entry.resourceType = type;
    entry.name = name;
    entry.time = time;
    return entry;
}

const QDateTime kNow(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

QList<qint64> revisions(const QList<ChangeLogEntry> &entries)
{
    QList<qint64> list;
    for (const ChangeLogEntry &entry : entries)
        list.append(entry.revision);
    return list;
}

} // namespace

class tst_ChangeLogFilterProxyModel final : public QObject
{
    Q_OBJECT

private slots:
    void filtersCombine()
    {
        ChangeLogModel model;
        ChangeLogFilterProxyModel proxy;
        proxy.setChangeLogModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({change(4, u"Bob"_s, u"jdbc"_s, u"orders-db"_s, kNow),
                          change(3, u"alice"_s, u"database"_s, u"geo"_s, kNow.addSecs(-7200)),
                          change(2, u"alice"_s, u"jdbc"_s, u"orders-db"_s, kNow.addDays(-3)),
                          change(1, u"bob"_s, u"jdbc"_s, u"billing"_s, kNow.addDays(-10))});
        QCOMPARE(proxy.rowCount(), 4);
        QCOMPARE(proxy.users(), QStringList({u"alice"_s, u"Bob"_s, u"bob"_s}));

        proxy.setResourceFilter(u"JDBC/ORD"_s); // a part, any case
        QCOMPARE(revisions(proxy.visibleEntries()), QList<qint64>({4, 2}));
        proxy.setUserFilter(u"alice"_s);
        QCOMPARE(revisions(proxy.visibleEntries()), QList<qint64>({2}));
        proxy.setResourceFilter({});
        proxy.setUserFilter(u"bob"_s); // the whole name, any case
        QCOMPARE(revisions(proxy.visibleEntries()), QList<qint64>({4, 1}));
        proxy.setUserFilter(u"bo"_s);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setUserFilter({});
        proxy.setTimeRange(kNow.addDays(-4), kNow.addSecs(-3600));
        QCOMPARE(revisions(proxy.visibleEntries()), QList<qint64>({3, 2}));
        QCOMPARE(proxy.entryAt(1)->name, u"orders-db"_s);
        QVERIFY(!proxy.entryAt(5));

        // Newer rows arriving are filtered the same way.
        model.prependNewer({change(5, u"alice"_s, u"jdbc"_s, u"x"_s, kNow.addDays(-2))});
        QCOMPARE(revisions(proxy.visibleEntries()), QList<qint64>({5, 3, 2}));
        proxy.setTimeRange({}, {});
        QCOMPARE(proxy.rowCount(), 5);
    }

    void exactResourceFilter()
    {
        ChangeLogFilter filter;
        filter.exactResource = true;
        filter.resource = u"jdbc/orders"_s;
        QVERIFY(!filter.matches(change(1, u"a"_s, u"jdbc"_s, u"orders-db"_s, kNow)));
        QVERIFY(filter.matches(change(1, u"a"_s, u"jdbc"_s, u"orders"_s, kNow)));
        filter.resource = u"jdbc"_s;
        QVERIFY(filter.matches(change(1, u"a"_s, u"jdbc"_s, u"orders-db"_s, kNow)));
        QVERIFY(!filter.matches(change(1, u"a"_s, u"database"_s, u"jdbc"_s, kNow)));
        QString error;
        QVERIFY(!ChangeLogFilter::parseResource(u"nope/x"_s, &error));
        QVERIFY(error.contains(u"nope"_s));
        QVERIFY(!ChangeLogFilter::parseResource(u"jdbc/-bad"_s, &error));
        const std::optional<QString> parsed =
            ChangeLogFilter::parseResource(u" jdbc/orders-db "_s, &error);
        QVERIFY(parsed);
        QCOMPARE(*parsed, u"jdbc/orders-db"_s);
    }
};

QTEST_GUILESS_MAIN(tst_ChangeLogFilterProxyModel)
#include "tst_ChangeLogFilterProxyModel.moc"
