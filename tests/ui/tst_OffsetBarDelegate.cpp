// OffsetBarDelegate: the bar and whisker geometry against the critical threshold (data-driven)
// and what it paints: the bar in the cell's severity colour on the right side of zero.

#include "NodeTableModel.h"
#include "OffsetBarDelegate.h"
#include "Theme.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>

class tst_OffsetBarDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void geometry_data();
    void geometry();
    void criticalMsRejectsNonsense();
    void paintsSeverityColouredBar_data();
    void paintsSeverityColouredBar();
};

void tst_OffsetBarDelegate::geometry_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("error");
    QTest::addColumn<double>("barLeft");
    QTest::addColumn<double>("barRight");
    QTest::addColumn<double>("whiskerLeft");
    QTest::addColumn<double>("whiskerRight");
    QTest::addColumn<bool>("overflows");
    // Area x 0..200 (centre 100), critical 500 ms: 5 ms per pixel.
    QTest::newRow("zero") << 0.0 << 0.0 << 100.0 << 100.0 << -1.0 << -1.0 << false;
    QTest::newRow("half right") << 250.0 << 50.0 << 100.0 << 150.0 << 140.0 << 160.0 << false;
    QTest::newRow("half left") << -250.0 << 25.0 << 50.0 << 100.0 << 45.0 << 55.0 << false;
    QTest::newRow("at critical") << 500.0 << 0.0 << 100.0 << 200.0 << -1.0 << -1.0 << false;
    QTest::newRow("beyond clamps") << 820.0 << 10.0 << 100.0 << 200.0 << 200.0 << 200.0 << true;
    QTest::newRow("beyond left") << -2000.0 << 0.0 << 0.0 << 100.0 << -1.0 << -1.0 << true;
    QTest::newRow("whisker crosses zero")
        << 10.0 << 50.0 << 100.0 << 102.0 << 92.0 << 112.0 << false;
}

void tst_OffsetBarDelegate::geometry()
{
    QFETCH(double, value);
    QFETCH(double, error);
    QFETCH(double, barLeft);
    QFETCH(double, barRight);
    QFETCH(double, whiskerLeft);
    QFETCH(double, whiskerRight);
    QFETCH(bool, overflows);
    const QRectF area(0, 0, 200, 20);
    const auto shape = OffsetBarDelegate::geometry(
        area, value, error > 0 ? std::optional<double>(error) : std::nullopt, 500);
    QCOMPARE(shape.bar.left(), barLeft);
    QCOMPARE(shape.bar.right(), barRight);
    QVERIFY(shape.bar.top() > area.top() && shape.bar.bottom() < area.bottom());
    QCOMPARE(shape.overflows, overflows);
    if (whiskerLeft < 0) {
        QVERIFY(shape.whisker.isNull());
    } else {
        QCOMPARE(shape.whisker.x1(), whiskerLeft);
        QCOMPARE(shape.whisker.x2(), whiskerRight);
    }
    // Nonsense in, nothing drawn.
    QVERIFY(OffsetBarDelegate::geometry(area, qQNaN(), error, 500).bar.isNull());
    QVERIFY(OffsetBarDelegate::geometry(area, value, error, 0).bar.isNull());
}

void tst_OffsetBarDelegate::criticalMsRejectsNonsense()
{
    OffsetBarDelegate delegate;
    delegate.setCriticalMs(200);
    QCOMPARE(delegate.criticalMs(), 200.0);
    delegate.setCriticalMs(0);
    delegate.setCriticalMs(-5);
    delegate.setCriticalMs(qInf());
    QCOMPARE(delegate.criticalMs(), 200.0);
}

void tst_OffsetBarDelegate::paintsSeverityColouredBar_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("severity");
    QTest::newRow("critical right") << 400.0 << int(Severity::Critical);
    QTest::newRow("warning left") << -300.0 << int(Severity::Warning);
    QTest::newRow("ok right") << 200.0 << int(Severity::Ok);
}

void tst_OffsetBarDelegate::paintsSeverityColouredBar()
{
    QFETCH(double, value);
    QFETCH(int, severity);
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), QStringLiteral("%1 ms").arg(value), Qt::DisplayRole);
    model.setData(model.index(0, 0), value, NodeTableModel::RawValueRole);
    model.setData(model.index(0, 0), severity, NodeTableModel::SeverityRole);

    OffsetBarDelegate delegate;
    delegate.setCriticalMs(500);
    delegate.setErrorBoundFunction([](const QModelIndex &) { return 5.0; });
    QImage image(400, 30, QImage::Format_ARGB32);
    const QPalette palette = QApplication::palette();
    image.fill(palette.color(QPalette::Base));
    QStyleOptionViewItem option;
    option.rect = image.rect();
    option.palette = palette;
    option.font = QApplication::font();
    option.state = QStyle::State_Enabled;
    {
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(0, 0));
    }
    const QColor expected = Theme::severityColor(Severity(severity), palette);
    // The bar is a run of the severity colour; with -value it is mirrored around the zero line.
    auto barPixels = [&](const QImage &painted) {
        int count = 0, first = -1, last = -1;
        const int y = painted.height() / 2 + 2; // just below the whisker line
        for (int x = 0; x < painted.width(); ++x) {
            if (QColor(painted.pixel(x, y)) == expected) {
                ++count;
                last = x;
                if (first < 0)
                    first = x;
            }
        }
        return std::tuple{count, first, last};
    };
    const auto [count, first, last] = barPixels(image);
    QVERIFY2(count > 10, qPrintable(QStringLiteral("%1 bar pixels").arg(count)));
    QCOMPARE(last - first + 1, count); // one solid bar

    model.setData(model.index(0, 0), -value, NodeTableModel::RawValueRole);
    image.fill(palette.color(QPalette::Base));
    {
        QPainter painter(&image);
        delegate.paint(&painter, option, model.index(0, 0));
    }
    const auto [mirrorCount, mirrorFirst, mirrorLast] = barPixels(image);
    QVERIFY(std::abs(mirrorCount - count) <= 2);
    // The zero line is where one bar starts and the other ends.
    if (value > 0)
        QVERIFY(std::abs(first - mirrorLast) <= 2);
    else
        QVERIFY(std::abs(last - mirrorFirst) <= 2);
}

QTEST_MAIN(tst_OffsetBarDelegate)
#include "tst_OffsetBarDelegate.moc"
