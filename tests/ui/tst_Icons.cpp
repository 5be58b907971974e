// Icons: every brief-listed icon exists and renders, monochrome icons take the palette's text
// colour and follow a dark palette, fixed-colour icons keep their colour.
#include "Icons.h"
#include "Theme.h"

#include <QApplication>
#include <QImage>
#include <QTest>

namespace {

// The most opaque pixel's colour: the ink of a monochrome icon.
QColor inkOf(const QIcon &icon, QIcon::Mode mode = QIcon::Normal)
{
    const QImage image =
        icon.pixmap(QSize(32, 32), mode).toImage().convertToFormat(QImage::Format_ARGB32);
    QColor best;
    int bestAlpha = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor color = image.pixelColor(x, y);
            if (color.alpha() > bestAlpha) {
                bestAlpha = color.alpha();
                best = color;
            }
        }
    }
    return best;
}

bool close(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) <= 2 && qAbs(a.green() - b.green()) <= 2 &&
           qAbs(a.blue() - b.blue()) <= 2;
}

} // namespace

class tst_Icons final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Theme::applyPreference(QStringLiteral("light")); }
    void cleanupTestCase() { Theme::applyPreference(QStringLiteral("system")); }

    void everyIconRenders_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name :
             {"add", "edit", "remove", "refresh", "up", "down", "settings", "export", "filter",
              "node", "cluster", "warning", "critical", "ok", "unknown"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void everyIconRenders()
    {
        QFETCH(QString, name);
        QVERIFY(Icons::names().contains(name));
        const QIcon icon = Icons::icon(name);
        QVERIFY(!icon.isNull());
        const QColor ink = inkOf(icon);
        QVERIFY2(ink.alpha() == 255, qPrintable((name + QStringLiteral(" draws nothing opaque"))));
    }

    void appIconRenders()
    {
        const QIcon icon = Icons::appIcon();
        QVERIFY(!icon.isNull());
        QVERIFY(inkOf(icon).isValid());
    }

    void unknownNameIsNull() { QVERIFY(Icons::icon(QStringLiteral("no-such-icon")).isNull()); }

    void monochromeFollowsThePalette()
    {
        const QIcon icon = Icons::icon(QStringLiteral("add"));
        const QColor lightText = QGuiApplication::palette().color(QPalette::WindowText);
        QVERIFY2(close(inkOf(icon), lightText), qPrintable(inkOf(icon).name()));

        Theme::applyDarkPalette();
        const QColor darkText = QGuiApplication::palette().color(QPalette::WindowText);
        QVERIFY(!close(lightText, darkText));
        // The same QIcon re-renders in the new colour.
        QVERIFY2(close(inkOf(icon), darkText), qPrintable(inkOf(icon).name()));
        QVERIFY(close(inkOf(Icons::icon(QStringLiteral("refresh"))), darkText));
        const QColor disabled =
            QGuiApplication::palette().color(QPalette::Disabled, QPalette::WindowText);
        QVERIFY(close(inkOf(icon, QIcon::Disabled), disabled));
    }

    void fixedColorStays()
    {
        const QColor red(0xc6, 0x28, 0x28);
        const QIcon icon = Icons::icon(QStringLiteral("critical"), red);
        QVERIFY(close(inkOf(icon), red));
        Theme::applyDarkPalette();
        QVERIFY(close(inkOf(icon), red));
    }

    void tintedSvgReplacesTheInk()
    {
        const QByteArray svg = Icons::tintedSvg(QStringLiteral("ok"), QColor(0x12, 0x34, 0x56));
        QVERIFY(svg.contains("#123456"));
        QVERIFY(!svg.contains("#000000"));
        QVERIFY(Icons::tintedSvg(QStringLiteral("nope"), Qt::red).isEmpty());
    }
};

QTEST_MAIN(tst_Icons)
#include "tst_Icons.moc"
