// Every dialog of the console in English, German, French and Japanese: no QLabel shows a
// literal "&" (a mnemonic needs a buddy to be one), Qt's own buttons speak the language, and a
// form keeps every field where it was when a validation problem appears under a field.
#include "ActivityDialog.h"
#include "AppSettings.h"
#include "ChangeDetailsDialog.h"
#include "CompareDialog.h"
#include "ConflictDialog.h"
#include "ConnectDialog.h"
#include "ConsoleSession.h"
#include "ExportReportDialog.h"
#include "FieldMessageLabel.h"
#include "HelpViewer.h"
#include "LanguageSwitcher.h"
#include "MemorySecretStore.h"
#include "PreferencesDialog.h"
#include "SyncPlanDialog.h"
#include "Theme.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

#include <memory>

namespace {

// A mnemonic ("&Name") as opposed to an escaped ampersand ("R&&D").
bool hasMnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return true;
        ++i;
    }
    return false;
}

bool isRichText(const QLabel *label)
{
    return label->textFormat() == Qt::RichText ||
           (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

} // namespace

class tst_DialogLabels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void noLiteralAmpersand_data();
    void noLiteralAmpersand();
    void qtButtonsSpeakTheLanguage_data();
    void qtButtonsSpeakTheLanguage();
    void connectFormStandsStill();
    void duplicateUrlIsWarned();
    void gallery_data();
    void gallery();

private:
    QList<QDialog *> makeDialogs(QWidget *parent);

    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ConsoleSession> m_session;
    LanguageSwitcher m_languages;
};

void tst_DialogLabels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_session = std::make_unique<ConsoleSession>(new MemorySecretStore);
    QSignalSpy started(m_session.get(), &ConsoleSession::started);
    m_session->start(m_dir.filePath(QStringLiteral("data")));
    QVERIFY(started.wait(10000));
    QCOMPARE(started.at(0).at(0).toString(), QString());
}

void tst_DialogLabels::cleanupTestCase()
{
    m_languages.apply(QStringLiteral("en"));
    m_session.reset();
}

QList<QDialog *> tst_DialogLabels::makeDialogs(QWidget *parent)
{
    ChangeLogEntry change;
    change.revision = 42;
    change.time = QDateTime::currentDateTimeUtc();
    change.user = QStringLiteral("admin");
    change.operation = QStringLiteral("update");
    change.resourceType = QStringLiteral("jdbc");
    change.name = QStringLiteral("orders-db");
    auto *sync = new SyncPlanDialog(new SyncController({}), parent);
    ResourceDefinition web;
    web.type = QStringLiteral("webservice");
    web.name = QStringLiteral("geo");
    web.spec = {{QStringLiteral("url"), QStringLiteral("https://example.com")}};
    sync->setSource(QStringLiteral("Prod"), {web});
    return {new PreferencesDialog(m_settings.get(), parent),
            new ConnectDialog(m_session->profileService(), m_session->connectionTester(), parent),
            new ExportReportDialog(m_session.get(), QString(), parent),
            sync,
            new CompareDialog(parent),
            new ConflictDialog(parent),
            new ChangeDetailsDialog(change, parent),
            new HelpViewer(parent),
            new ActivityDialog(m_session->newActivityQuery(nullptr), parent)};
}

void tst_DialogLabels::noLiteralAmpersand_data()
{
    QTest::addColumn<QString>("language");
    for (const char *code : {"en", "de", "fr", "ja"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

void tst_DialogLabels::noLiteralAmpersand()
{
    QFETCH(QString, language);
    QCOMPARE(m_languages.apply(language), language);
    QWidget parent;
    const QList<QDialog *> dialogs = makeDialogs(&parent);
    int checked = 0;
    for (QDialog *dialog : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (!label->isVisibleTo(dialog) || isRichText(label) || !hasMnemonic(label->text()))
                continue;
            ++checked;
            QVERIFY2(label->buddy(), qPrintable(QStringLiteral("%1: label \"%2\" shows its &")
                                                    .arg(dialog->objectName(), label->text())));
        }
        dialog->close();
    }
    QVERIFY(checked >= 10); // the forms' mnemonics were seen
}

void tst_DialogLabels::qtButtonsSpeakTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("cancel");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Abbrechen");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Annuler");
    QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("キャンセル");
}

void tst_DialogLabels::qtButtonsSpeakTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, cancel);
    QCOMPARE(m_languages.apply(language), language);
    QVERIFY(m_languages.hasQtCatalogue());
    PreferencesDialog preferences(m_settings.get());
    const QString shown = preferences.findChild<QDialogButtonBox *>()
                              ->button(QDialogButtonBox::Cancel)
                              ->text()
                              .remove(u'&');
    QVERIFY2(shown.startsWith(cancel), qPrintable(shown));
    m_languages.apply(QStringLiteral("en"));
}

// A problem appearing under a field must not push the fields below it away from the mouse.
void tst_DialogLabels::connectFormStandsStill()
{
    m_languages.apply(QStringLiteral("en"));
    ConnectDialog dialog(m_session->profileService(), m_session->connectionTester());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto geometries = [&dialog] {
        QHash<QString, QRect> rects;
        const QList<QWidget *> fields = dialog.findChildren<QWidget *>();
        for (const QWidget *field : fields) {
            if (!field->objectName().isEmpty() && field->isVisibleTo(&dialog) &&
                !qobject_cast<const FieldMessageLabel *>(field))
                rects.insert(field->objectName(),
                             QRect(field->mapTo(&dialog, QPoint(0, 0)), field->size()));
        }
        return rects;
    };
    const QHash<QString, QRect> before = geometries();
    QVERIFY(before.contains(QStringLiteral("statsUrlEdit")));
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    QTest::keyClicks(url, QStringLiteral("ftp://lb.example"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QTest::keyClicks(name, QStringLiteral("x"));
    name->clear(); // "is required" under the name
    auto *stats = dialog.findChild<QLineEdit *>(QStringLiteral("statsUrlEdit"));
    QTest::keyClicks(stats, QStringLiteral("not a url"));
    QVERIFY(!dialog.problem(QStringLiteral("loadBalancerUrl")).isEmpty());
    QVERIFY(!dialog.problem(QStringLiteral("name")).isEmpty());
    QCoreApplication::processEvents();
    const QHash<QString, QRect> after = geometries();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
    // The problems are there to read, in the form's words.
    const auto *urlProblem =
        dialog.findChild<FieldMessageLabel *>(QStringLiteral("loadBalancerUrlProblem"));
    QVERIFY(urlProblem && urlProblem->isVisible());
    QCOMPARE(urlProblem->message(), dialog.problem(QStringLiteral("loadBalancerUrl")));
}

void tst_DialogLabels::duplicateUrlIsWarned()
{
    m_languages.apply(QStringLiteral("en"));
    ClusterProfile prod =
        ClusterProfile::create(QStringLiteral("Prod"), QUrl(QStringLiteral("https://lb.example")));
    prod.userName = QStringLiteral("admin");
    bool saved = false;
    m_session->profileService()->addProfile(
        prod, QStringLiteral("pw"), this,
        [&saved](const StoreWriteResult &result) { saved = result.ok; });
    QTRY_VERIFY(saved);
    ConnectDialog dialog(m_session->profileService(), m_session->connectionTester());
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("Prod as viewer"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit")),
                     QStringLiteral("https://LB.example:443/"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("userEdit")),
                     QStringLiteral("viewer"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                     QStringLiteral("pw"));
    const QString warning = QStringLiteral("the saved cluster \"Prod\" already uses this URL");
    QCOMPARE(dialog.warning(QStringLiteral("loadBalancerUrl")), warning);
    QCOMPARE(
        dialog.findChild<FieldMessageLabel *>(QStringLiteral("loadBalancerUrlProblem"))->message(),
        warning);
    // A warning, not a refusal: a viewer's profile next to an admin's is allowed.
    QVERIFY(dialog.isInputValid());
    QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit")), QStringLiteral("x"));
    QCOMPARE(dialog.warning(QStringLiteral("loadBalancerUrl")), QString());
}

void tst_DialogLabels::gallery_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("theme");
    QTest::newRow("light") << QStringLiteral("en") << QStringLiteral("light");
    QTest::newRow("dark") << QStringLiteral("en") << QStringLiteral("dark");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("light");
    QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("light");
}

// The changed dialogs as a user sees them, for people to look at (docs/screenshots/).
void tst_DialogLabels::gallery()
{
    QFETCH(QString, language);
    QFETCH(QString, theme);
    const QString variant = language == QLatin1String("en") ? theme : language;
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QVERIFY(QDir().mkpath(dir));
    Theme::applyPreference(theme);
    QCOMPARE(m_languages.apply(language), language);
    const auto save = [&](QWidget *widget, const QString &name) {
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget));
        QCoreApplication::processEvents();
        QVERIFY(widget->grab().save(dir + QStringLiteral("/%1-%2.png").arg(name, variant)));
    };

    PreferencesDialog preferences(m_settings.get());
    save(&preferences, QStringLiteral("preferences"));

    ConnectDialog connect(m_session->profileService(), m_session->connectionTester());
    connect.resize(640, connect.sizeHint().height());
    QTest::keyClicks(connect.findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("Prod viewer"));
    QTest::keyClicks(connect.findChild<QLineEdit *>(QStringLiteral("urlEdit")),
                     QStringLiteral("https://lb.example"));
    QTest::keyClicks(connect.findChild<QLineEdit *>(QStringLiteral("statsUrlEdit")),
                     QStringLiteral("lb.example/stats"));
    save(&connect, QStringLiteral("connect-dialog"));

    ChangeLogEntry change;
    change.revision = 118;
    change.time = QDateTime(QDate(2026, 11, 27), QTime(6, 3, 23), Qt::UTC);
    change.user = QStringLiteral("admin");
    change.operation = QStringLiteral("update");
    change.resourceType = QStringLiteral("webservice");
    change.name = QStringLiteral("geo-118");
    ChangeDetailsDialog details(change);
    save(&details, QStringLiteral("change-details"));

    HelpViewer guide;
    guide.resize(760, 560);
    save(&guide, QStringLiteral("user-guide"));

    Theme::applyPreference(QStringLiteral("system"));
    m_languages.apply(QStringLiteral("en"));
}

QTEST_MAIN(tst_DialogLabels)
#include "tst_DialogLabels.moc"
