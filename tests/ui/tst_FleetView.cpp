// FleetView offscreen: rows from the model, sorting by raw values through the header, and a
// double-click that asks to open that cluster.
#include "FleetView.h"
#include "Theme.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_FleetView final : public QObject
{
    Q_OBJECT

private slots:
    void sortsAndOpensOnDoubleClick();
    void worstFirstWithIconsAndAFilter();
};

void tst_FleetView::sortsAndOpensOnDoubleClick()
{
    FleetView view;
    const ClusterProfile a = ClusterProfile::create(u"alpha"_s, QUrl(u"http://a"_s));
    const ClusterProfile b = ClusterProfile::create(u"beta"_s, QUrl(u"http://b"_s));
    view.model()->setProfiles({a, b});
    view.model()->setResourceCount(a.id, 3);
    view.model()->setResourceCount(b.id, 12);
    view.resize(800, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QTableView *table = view.table();
    QCOMPARE(table->model()->rowCount(), 2);
    table->sortByColumn(int(FleetSummary::Column::Resources), Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, 0).data().toString(), u"beta"_s);

    QSignalSpy open(&view, &FleetView::clusterOpenRequested);
    const QRect cell = table->visualRect(table->model()->index(1, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), a.id);

    // The keyboard way: up to the other row, Enter.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Up);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.at(1).at(0).toString(), b.id);
}

void tst_FleetView::worstFirstWithIconsAndAFilter()
{
    FleetView view;
    const ClusterProfile calm = ClusterProfile::create(u"calm"_s, QUrl(u"http://a"_s));
    const ClusterProfile burning = ClusterProfile::create(u"burning"_s, QUrl(u"http://b"_s));
    const ClusterProfile unknown = ClusterProfile::create(u"unpolled"_s, QUrl(u"http://c"_s));
    view.model()->setProfiles({calm, burning, unknown});
    Finding fire;
    fire.severity = Severity::Critical;
    fire.code = u"test.fire"_s;
    const ClusterSnapshot seen =
        ClusterSnapshot().withTakenAtMs(1'700'000'000'000).withReachable(true);
    view.model()->setSnapshot(calm.id, seen);
    view.model()->setSnapshot(burning.id, seen.withFindings({fire}));
    view.resize(900, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QAbstractItemModel *shown = view.table()->model();
    QCOMPARE(shown->index(0, 0).data().toString(), u"burning"_s);
    QCOMPARE(shown->index(1, 0).data().toString(), u"calm"_s);
    // An icon per cluster, in the severity's colour; the critical name in that colour too.
    for (int row = 0; row < 3; ++row)
        QVERIFY(!shown->index(row, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(shown->index(0, 0).data(Qt::ForegroundRole).value<QColor>(),
             Theme::severityColor(Severity::Critical));
    QVERIFY(!shown->index(1, 0).data(Qt::ForegroundRole).isValid());
    const QImage burningIcon =
        shown->index(0, 0).data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage();
    const QImage calmIcon =
        shown->index(1, 0).data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage();
    QVERIFY(burningIcon != calmIcon);

    QTest::keyClicks(view.filterEdit(), u"calm"_s);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data().toString(), u"calm"_s);
    view.filterEdit()->clear();
    QCOMPARE(shown->rowCount(), 3);
}

QTEST_MAIN(tst_FleetView)
#include "tst_FleetView.moc"
