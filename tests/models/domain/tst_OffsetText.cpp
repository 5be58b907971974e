// OffsetText, the one way an offset is written: the Nodes tab, the Overview, the Fleet table, its
// report table and the command line all show one offset with the same digits and the same sign.
#include "FleetSummary.h"
#include "OffsetText.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_OffsetText final : public QObject
{
    Q_OBJECT

private slots:
    void signedMilliseconds_data();
    void signedMilliseconds();
    void fleetTableWritesItTheSameWay_data();
    void fleetTableWritesItTheSameWay();
};

void tst_OffsetText::signedMilliseconds_data()
{
    QTest::addColumn<double>("ms");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ahead") << 820.0 << u"+820.0"_s;
    QTest::newRow("behind") << -400.0 << u"-400.0"_s;
    QTest::newRow("rounded") << -12.46 << u"-12.5"_s;
    QTest::newRow("small") << 0.26 << u"+0.3"_s;
    QTest::newRow("zero") << 0.0 << u"0.0"_s;
    QTest::newRow("rounds to zero from below") << -0.04 << u"0.0"_s;
    QTest::newRow("rounds to zero from above") << 0.04 << u"0.0"_s;
}

void tst_OffsetText::signedMilliseconds()
{
    QFETCH(double, ms);
    QFETCH(QString, expected);
    const QString text = OffsetText::signedMilliseconds(ms);
    QCOMPARE(text, expected);
    // The ASCII minus only: scripts parse the command line's output.
    QVERIFY(!text.contains(QChar(0x2212)));
}

void tst_OffsetText::fleetTableWritesItTheSameWay_data()
{
    signedMilliseconds_data();
}

void tst_OffsetText::fleetTableWritesItTheSameWay()
{
    QFETCH(double, ms);
    FleetSummary summary;
    summary.polled = true;
    summary.reachable = true;
    summary.worstOffsetMs = ms;
    QCOMPARE(summary.text(FleetSummary::Column::WorstOffset, 0),
             u"%1 ms"_s.arg(OffsetText::signedMilliseconds(ms)));
}

QTEST_GUILESS_MAIN(tst_OffsetText)
#include "tst_OffsetText.moc"
