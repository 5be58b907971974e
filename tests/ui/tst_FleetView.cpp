// FleetView offscreen: rows from the model, sorting by raw values through the header, and a
// double-click that asks to open that cluster.
#include "FleetView.h"

#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_FleetView final : public QObject
{
    Q_OBJECT

private slots:
    void sortsAndOpensOnDoubleClick();
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

QTEST_MAIN(tst_FleetView)
#include "tst_FleetView.moc"
