// LanguageSwitcher: the offered languages, codes resolved against the embedded catalogues,
// installing and removing the translation (which sends LanguageChange to the widgets).
#include "LanguageSwitcher.h"

#include <QEvent>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QWidget>

namespace {

// Counts the LanguageChange events a widget receives.
class Listener final : public QWidget
{
public:
    int changes = 0;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++changes;
        QWidget::changeEvent(event);
    }
};

} // namespace

class tst_LanguageSwitcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersTheLanguages()
    {
        const auto languages = LanguageSwitcher::languages();
        QCOMPARE(languages.size(), 5);
        QCOMPARE(languages.at(0).code, QString());
        QCOMPARE(languages.at(2).nativeName, QStringLiteral("Deutsch"));
        QCOMPARE(languages.at(3).nativeName, QStringLiteral("Français"));
        QCOMPARE(languages.at(4).nativeName, QStringLiteral("日本語"));
    }

    void cataloguesAreEmbedded_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("ja") << QStringLiteral("ja");
    }

    void cataloguesAreEmbedded()
    {
        QFETCH(QString, code);
        // The clusterdesk_ui library carries its catalogues as resources.
        LanguageSwitcher switcher;
        QVERIFY2(QFile::exists(LanguageSwitcher::catalogPath(code)),
                 qPrintable(LanguageSwitcher::catalogPath(code)));
    }

    void applyInstallsAndRemoves()
    {
        LanguageSwitcher switcher;
        Listener widget;
        QSignalSpy changed(&switcher, &LanguageSwitcher::languageChanged);
        QCOMPARE(switcher.currentLanguage(), QStringLiteral("en"));
        QCOMPARE(switcher.apply(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(switcher.apply(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(changed.count(), 1);
        // Qt sends LanguageChange only for a catalogue with translations in it; the shell's
        // reaction to it is tested in tst_MainWindow with a catalogue made at test time.
        QTranslator probe;
        const bool germanHasText =
            probe.load(LanguageSwitcher::catalogPath(QStringLiteral("de"))) && !probe.isEmpty();
        if (germanHasText)
            QTRY_VERIFY(widget.changes >= 1);
        const int afterGerman = widget.changes;
        QCOMPARE(switcher.apply(QStringLiteral("de")), QStringLiteral("de")); // no-op
        QCOMPARE(changed.count(), 1);
        QCOMPARE(switcher.apply(QStringLiteral("ja")), QStringLiteral("ja"));
        QCOMPARE(switcher.apply(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(changed.count(), 3);
        if (germanHasText)
            QTRY_VERIFY(widget.changes > afterGerman);
    }

    void unknownCodesFallBackToEnglish()
    {
        LanguageSwitcher switcher;
        QCOMPARE(switcher.apply(QStringLiteral("xx")), QStringLiteral("en"));
        QCOMPARE(switcher.apply(QStringLiteral("../../etc/passwd")), QStringLiteral("en"));
    }

    void systemLanguage()
    {
        LanguageSwitcher switcher;
        QLocale::setDefault(QLocale::c());
        const QString resolved = switcher.apply(QString());
        QVERIFY2(QStringList({QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                              QStringLiteral("ja")})
                     .contains(resolved),
                 qPrintable(resolved));
    }
};

QTEST_MAIN(tst_LanguageSwitcher)
#include "tst_LanguageSwitcher.moc"
