// NodeStateDelegate: the dot's colour per state and severity (data-driven) and that the badge
// paints a dot in that colour followed by the state's words.

#include "NodeSnapshot.h"
#include "NodeStateDelegate.h"
#include "NodeTableModel.h"
#include "Theme.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>

class tst_NodeStateDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dotColor_data();
    void dotColor();
    void paintsDotAndText();
    void sizeHintFitsText();
};

void tst_NodeStateDelegate::dotColor_data()
{
    QTest::addColumn<int>("health");
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("role");
    QTest::newRow("up") << int(NodeHealth::Up) << int(Severity::Ok) << int(Theme::Role::Ok);
    QTest::newRow("missed a poll")
        << int(NodeHealth::Up) << int(Severity::Info) << int(Theme::Role::Info);
    QTest::newRow("degraded") << int(NodeHealth::Degraded) << int(Severity::Warning)
                              << int(Theme::Role::Warning);
    QTest::newRow("unreachable") << int(NodeHealth::Unreachable) << int(Severity::Critical)
                                 << int(Theme::Role::Critical);
    QTest::newRow("unknown") << int(NodeHealth::Unknown) << int(Severity::Ok)
                             << int(Theme::Role::Muted);
}

void tst_NodeStateDelegate::dotColor()
{
    QFETCH(int, health);
    QFETCH(int, severity);
    QFETCH(int, role);
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), health, NodeTableModel::RawValueRole);
    model.setData(model.index(0, 0), severity, NodeTableModel::SeverityRole);
    for (const QPalette &palette : {Theme::lightPalette(), Theme::darkPalette()}) {
        QCOMPARE(NodeStateDelegate::dotColor(model.index(0, 0), palette),
                 Theme::color(Theme::Role(role), palette));
    }
}

void tst_NodeStateDelegate::paintsDotAndText()
{
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), QStringLiteral("Unreachable"), Qt::DisplayRole);
    model.setData(model.index(0, 0), int(NodeHealth::Unreachable), NodeTableModel::RawValueRole);
    model.setData(model.index(0, 0), int(Severity::Critical), NodeTableModel::SeverityRole);
    NodeStateDelegate delegate;
    const QPalette palette = Theme::lightPalette();
    QImage image(200, 28, QImage::Format_ARGB32);
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
    const QColor critical = Theme::color(Theme::Role::Critical, palette);
    // The dot sits at the left, centred vertically; the text follows in the text colour.
    int dotPixels = 0, textPixels = 0;
    for (int x = 0; x < image.width(); ++x) {
        for (int y = 0; y < image.height(); ++y) {
            const QColor pixel(image.pixel(x, y));
            if (pixel == critical && x < 30)
                ++dotPixels;
            if (x > 25 && pixel.lightness() < 100)
                ++textPixels;
        }
    }
    QVERIFY2(dotPixels > 20, qPrintable(QString::number(dotPixels)));
    QVERIFY2(textPixels > 20, qPrintable(QString::number(textPixels)));
}

void tst_NodeStateDelegate::sizeHintFitsText()
{
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), QStringLiteral("Degraded (missed 2 polls)"), Qt::DisplayRole);
    NodeStateDelegate delegate;
    QStyleOptionViewItem option;
    option.font = QApplication::font();
    const QFontMetrics metrics(option.font);
    QVERIFY(delegate.sizeHint(option, model.index(0, 0)).width() >
            metrics.horizontalAdvance(QStringLiteral("Degraded (missed 2 polls)")));
}

QTEST_MAIN(tst_NodeStateDelegate)
#include "tst_NodeStateDelegate.moc"
