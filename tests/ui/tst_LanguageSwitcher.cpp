// LanguageSwitcher: the offered languages, where catalogues are found (installed, build tree,
// embedded), codes resolved against them, installing and removing the translation (which sends
// LanguageChange to the widgets), English plural forms from the English catalogue, also when
// English comes from the system locale.
#include "LanguageSwitcher.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWidget>
#include <QXmlStreamReader>

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

struct PluralMessage
{
    QByteArray context;
    QString source;
};

// The messages of the committed English catalogue (all of them have plural forms).
QList<PluralMessage> englishPluralMessages()
{
    QList<PluralMessage> messages;
    QFile file(qEnvironmentVariable("CLUSTERDESK_SOURCE_DIR") +
               QStringLiteral("/translations/clusterdesk_en.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QByteArray context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText().toUtf8();
        else if (xml.name() == u"source")
            messages.append({context, xml.readElementText()});
    }
    return xml.hasError() ? QList<PluralMessage>() : messages;
}

// Checks with the translators now installed that every "(s)" of the sources reads as singular
// for 1 and plural for 3, and "%n definition(s)" as "1 definition" and "3 definitions" exactly.
void verifyEnglishPluralForms()
{
    const QList<PluralMessage> messages = englishPluralMessages();
    QVERIFY2(!messages.isEmpty(), "translations/clusterdesk_en.ts has no messages");
    int definitions = 0;
    for (const PluralMessage &message : messages) {
        const QByteArray source = message.source.toUtf8();
        const QString one = QCoreApplication::translate(message.context, source, nullptr, 1);
        const QString three = QCoreApplication::translate(message.context, source, nullptr, 3);
        const QString where = QString::fromUtf8(message.context) + QStringLiteral(": ") + one +
                              QStringLiteral(" / ") + three;
        QVERIFY2(!one.contains(QLatin1String("(s)")) && !three.contains(QLatin1String("(s)")),
                 qPrintable(where));
        QVERIFY2(!one.contains(QLatin1String("%n")) && one.contains(u'1'), qPrintable(where));
        QVERIFY2(!three.contains(QLatin1String("%n")) && three.contains(u'3'), qPrintable(where));
        if (message.source.contains(QLatin1String("%n definition(s)"))) {
            QCOMPARE(one, QString(message.source)
                              .replace(QLatin1String("%n definition(s)"),
                                       QLatin1String("1 definition")));
            QCOMPARE(three, QString(message.source)
                                .replace(QLatin1String("%n definition(s)"),
                                         QLatin1String("3 definitions")));
            ++definitions;
        }
    }
    QVERIFY2(definitions > 0, "no \"%n definition(s)\" message to check");
}

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
        QTest::newRow("en") << QStringLiteral("en");
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

    // A package's files first, then the build tree's (lrelease output), then the embedded ones,
    // each language on its own.
    void cataloguesAreFoundInstalledThenBuiltThenEmbedded()
    {
        QTemporaryDir prefix;
        QVERIFY(prefix.isValid());
        const QString bin = prefix.filePath(QStringLiteral("bin"));
        const QString installed = prefix.filePath(QStringLiteral("share/clusterdesk/translations"));
        const QString built = prefix.filePath(QStringLiteral("ui"));
        QCOMPARE(LanguageSwitcher::catalogueDirectories(bin),
                 (QStringList{installed, built, QStringLiteral(":/i18n")}));
        const QString de = QStringLiteral("de");
        QCOMPARE(LanguageSwitcher::catalogPath(de, bin),
                 QStringLiteral(":/i18n/clusterdesk_de.qm"));

        for (const QString &dir : {built, installed}) {
            QVERIFY(QDir().mkpath(dir));
            const QString copy = dir + QStringLiteral("/clusterdesk_de.qm");
            QVERIFY(QFile::copy(QStringLiteral(":/i18n/clusterdesk_de.qm"), copy));
            QCOMPARE(LanguageSwitcher::catalogPath(de, bin), copy);
            QTranslator german;
            QVERIFY(german.load(LanguageSwitcher::catalogPath(de, bin)));
            QVERIFY(!german.isEmpty());
        }
        QCOMPARE(LanguageSwitcher::catalogPath(QStringLiteral("fr"), bin),
                 QStringLiteral(":/i18n/clusterdesk_fr.qm"));
    }

    void qtCataloguesLoad_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("cancel");
        QTest::addColumn<QString>("close");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Abbrechen")
                            << QStringLiteral("Schließen");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Annuler")
                            << QStringLiteral("Fermer");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("キャンセル")
                            << QStringLiteral("閉じる");
    }

    // Every shipped language has Qt's own catalogue: a dialog's standard buttons are never left
    // in English.
    void qtCataloguesLoad()
    {
        QFETCH(QString, code);
        QFETCH(QString, cancel);
        QFETCH(QString, close);
        LanguageSwitcher switcher;
        QCOMPARE(switcher.apply(code), code);
        QVERIFY2(switcher.hasQtCatalogue(),
                 qPrintable(QStringLiteral("no qtbase_%1.qm in %2: install qt6-translations-l10n")
                                .arg(code, LanguageSwitcher::qtCatalogueDirectory())));
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                 QDialogButtonBox::Close);
        QCOMPARE(QString(buttons.button(QDialogButtonBox::Cancel)->text()).remove(u'&'), cancel);
        QCOMPARE(QString(buttons.button(QDialogButtonBox::Close)->text()).remove(u'&'), close);
        // Back to English: Qt's catalogue goes with the language.
        QCOMPARE(switcher.apply(QStringLiteral("en")), QStringLiteral("en"));
        QVERIFY(!switcher.hasQtCatalogue());
        QDialogButtonBox english(QDialogButtonBox::Cancel);
        QCOMPARE(QString(english.button(QDialogButtonBox::Cancel)->text()).remove(u'&'),
                 QStringLiteral("Cancel"));
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

    void englishHasPluralForms()
    {
        LanguageSwitcher switcher;
        // Without a catalogue the English source shows through.
        const char *context = "SyncPlanDialog";
        const char *source = "Reading %n target cluster(s)…";
        QCOMPARE(QCoreApplication::translate(context, source, nullptr, 1),
                 QStringLiteral("Reading 1 target cluster(s)…"));
        QCOMPARE(switcher.apply(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate(context, source, nullptr, 1),
                 QStringLiteral("Reading 1 target cluster…"));
        QCOMPARE(QCoreApplication::translate(context, source, nullptr, 3),
                 QStringLiteral("Reading 3 target clusters…"));
        verifyEnglishPluralForms();
        if (QTest::currentTestFailed())
            return;
        // Back from another language, and an unknown code, end in the English catalogue too.
        QCOMPARE(switcher.apply(QStringLiteral("ja")), QStringLiteral("ja"));
        QCOMPARE(switcher.apply(QStringLiteral("en")), QStringLiteral("en"));
        verifyEnglishPluralForms();
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(switcher.apply(QStringLiteral("fr")), QStringLiteral("fr"));
        QCOMPARE(switcher.apply(QStringLiteral("xx")), QStringLiteral("en"));
        verifyEnglishPluralForms();
    }

    void systemLanguage()
    {
        // main() made the system's language British English.
        QCOMPARE(QLocale::system().uiLanguages().value(0), QStringLiteral("en-GB"));
        LanguageSwitcher switcher;
        QCOMPARE(switcher.apply(QString()), QStringLiteral("en"));
        verifyEnglishPluralForms();
    }
};

int main(int argc, char *argv[])
{
    // The system language for systemLanguage(), whatever the machine's locale: Qt reads it from
    // the environment when QLocale::system() is first used.
    qputenv("LANGUAGE", "en_GB");
    QApplication app(argc, argv);
    tst_LanguageSwitcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_LanguageSwitcher.moc"
