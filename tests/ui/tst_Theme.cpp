// Theme: light and dark values chosen from the palette, the dark palette and the preference,
// and the changed() signal on an application palette change.
#include "Theme.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

class tst_Theme final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { Theme::applyPreference(QStringLiteral("light")); }
    void cleanupTestCase() { Theme::applyPreference(QStringLiteral("system")); }

    void darkPaletteIsDark()
    {
        QVERIFY(Theme::isDark(Theme::darkPalette()));
        QVERIFY(!Theme::isDark(Theme::lightPalette()));
    }

    void colorsDifferBetweenLightAndDark_data()
    {
        QTest::addColumn<Theme::Role>("role");
        QTest::newRow("ok") << Theme::Role::Ok;
        QTest::newRow("info") << Theme::Role::Info;
        QTest::newRow("warning") << Theme::Role::Warning;
        QTest::newRow("critical") << Theme::Role::Critical;
        QTest::newRow("muted") << Theme::Role::Muted;
    }

    void colorsDifferBetweenLightAndDark()
    {
        QFETCH(Theme::Role, role);
        const QColor light = Theme::color(role, Theme::lightPalette());
        const QColor dark = Theme::color(role, Theme::darkPalette());
        QVERIFY(light.isValid());
        QVERIFY(dark.isValid());
        QVERIFY(light != dark);
        // Dark values are the lighter ones, so they read on a dark window.
        QVERIFY2(dark.lightness() > light.lightness(), qPrintable(dark.name()));
    }

    void severityColorsAreDistinct()
    {
        const QPalette palette = Theme::lightPalette();
        QSet<QRgb> colors;
        for (Severity severity :
             {Severity::Ok, Severity::Info, Severity::Warning, Severity::Critical})
            colors.insert(Theme::severityColor(severity, palette).rgb());
        QCOMPARE(colors.size(), 4);
    }

    void applyingDarkChangesApplicationColorsAndSignals()
    {
        QSignalSpy changed(Theme::instance(), &Theme::changed);
        const QColor before = Theme::color(Theme::Role::Critical);
        Theme::applyDarkPalette();
        QVERIFY(Theme::isDark(QGuiApplication::palette()));
        QVERIFY(Theme::color(Theme::Role::Critical) != before);
        QCOMPARE(Theme::color(Theme::Role::Critical),
                 Theme::color(Theme::Role::Critical, Theme::darkPalette()));
        QTRY_VERIFY(changed.count() >= 1);

        Theme::applyPreference(QStringLiteral("light"));
        QVERIFY(!Theme::isDark(QGuiApplication::palette()));
        QCOMPARE(Theme::color(Theme::Role::Critical), before);
    }

    void systemRestoresTheFirstPalette()
    {
        Theme::applyPreference(QStringLiteral("dark"));
        Theme::applyPreference(QStringLiteral("system"));
        QVERIFY(!Theme::isDark(QGuiApplication::palette()));
        Theme::applyPreference(QStringLiteral("no such theme")); // treated as system
        QVERIFY(!Theme::isDark(QGuiApplication::palette()));
    }
};

QTEST_MAIN(tst_Theme)
#include "tst_Theme.moc"
