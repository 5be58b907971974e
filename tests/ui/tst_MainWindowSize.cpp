// MainWindow on a 1024 x 700 screen in every language: with a production cluster selected and
// each of its tabs in front, on the welcome page and in the Fleet view, the window's
// minimumSizeHint fits (German once asked for 1035 px, so the window could not be made as small
// as the screen). A failure names the chain of widgets that asks for the width or height.
#include "AppSettings.h"
#include "ClusterListModel.h"
#include "ClusterPage.h"
#include "ConsoleSession.h"
#include "FreePorts.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "Theme.h"

#include <QAction>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QSize Screen(1024, 700);

// From `widget` down, the child asking for the most width (or height) at each level.
QString widestChain(const QWidget *widget, bool byHeight)
{
    QStringList chain;
    while (widget) {
        const QSize hint = widget->minimumSizeHint().expandedTo(widget->minimumSize());
        chain << QStringLiteral("%1 \"%2\" %3x%4")
                     .arg(QString::fromLatin1(widget->metaObject()->className()),
                          widget->objectName())
                     .arg(hint.width())
                     .arg(hint.height());
        const QWidget *next = nullptr;
        int most = -1;
        for (const QWidget *child : widget->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            // Hidden pages of a stack count too: a stack is as large as its largest page.
            if (child->isWindow())
                continue;
            const QSize size = child->minimumSizeHint().expandedTo(child->minimumSize());
            const int value = byHeight ? size.height() : size.width();
            if (value > most) {
                most = value;
                next = child;
            }
        }
        widget = next;
    }
    return chain.join(QStringLiteral("\n  > "));
}

} // namespace

class tst_MainWindowSize final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    AppSettings *m_settings = nullptr;
    ConsoleSession *m_session = nullptr;
    MainWindow *m_window = nullptr;

    // Empty when the window fits; else what is too large and which widgets ask for it.
    QString overflow(const QString &where) const
    {
        QCoreApplication::sendPostedEvents(); // layouts and LanguageChange arrive posted
        const QSize hint = m_window->minimumSizeHint();
        QString text;
        if (hint.width() > Screen.width())
            text += QStringLiteral("%1: %2 px wide\n  > %3\n")
                        .arg(where)
                        .arg(hint.width())
                        .arg(widestChain(m_window, false));
        if (hint.height() > Screen.height())
            text += QStringLiteral("%1: %2 px high\n  > %3\n")
                        .arg(where)
                        .arg(hint.height())
                        .arg(widestChain(m_window, true));
        return text;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = new AppSettings(m_dir->filePath(QStringLiteral("settings.ini")));
        m_session = new ConsoleSession(new MemorySecretStore);
        m_session->setRequestTimeout(std::chrono::milliseconds(500));
        m_window = new MainWindow(m_session, m_settings);
        QSignalSpy started(m_session, &ConsoleSession::started);
        m_session->start(m_dir->filePath(QStringLiteral("data")));
        QVERIFY(started.wait(10000));
        m_window->resize(Screen);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
        delete m_session;
        delete m_settings;
        m_dir.reset();
    }

    void fitsOnTheScreen_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *code : {"en", "de", "fr", "ja"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }

    void fitsOnTheScreen()
    {
        QFETCH(QString, language);
        m_settings->setValue(AppSettings::Key::Language, language);
        QTRY_COMPARE(m_window->languageSwitcher()->currentLanguage(), language);
        QString problems = overflow(QStringLiteral("welcome page"));

        // A production cluster with a long name and a group, unreachable (its findings shown).
        ClusterProfile profile = ClusterProfile::create(
            QStringLiteral("Production EMEA Frankfurt"),
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*FreePorts::one())));
        profile.userName = QStringLiteral("admin");
        profile.environment = QStringLiteral("production");
        profile.group = QStringLiteral("EMEA/Production");
        bool added = false;
        m_session->profileService()->addProfile(
            profile, QStringLiteral("secret"), this,
            [&added](const StoreWriteResult &result) { added = result.ok; });
        QTRY_VERIFY(added);
        QTRY_COMPARE(m_window->clusterList()->rowCount(), 1);
        m_window->selectProfile(profile.id);
        ClusterPage *page = nullptr;
        QTRY_VERIFY((page = qobject_cast<ClusterPage *>(m_window->currentPage())));
        const QModelIndex row = m_window->clusterList()->index(0);
        QTRY_VERIFY_WITH_TIMEOUT(row.data(ClusterListModel::HasSnapshotRole).toBool(), 15000);
        for (int tab = 0; tab < page->count(); ++tab) {
            page->setCurrentIndex(tab);
            problems += overflow(
                QStringLiteral("cluster page, tab %1 (%2)").arg(tab).arg(page->tabText(tab)));
        }
        m_window->showFleet();
        QTRY_VERIFY(m_window->isFleetShown());
        problems += overflow(QStringLiteral("Fleet view"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems));

        // What a person sees at that size, in light and dark (asserts only that it renders).
        m_window->selectProfile(profile.id);
        page->setCurrentIndex(ClusterPage::OverviewTab);
        m_window->resize(Screen);
        QCoreApplication::sendPostedEvents();
        const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
        QDir().mkpath(dir);
        QVERIFY(
            m_window->grab().save(dir + QStringLiteral("/main-1024-%1-light.png").arg(language)));
        Theme::applyDarkPalette();
        QCoreApplication::sendPostedEvents(); // the palette reaches the widgets as posted events
        QVERIFY(
            m_window->grab().save(dir + QStringLiteral("/main-1024-%1-dark.png").arg(language)));
        Theme::applyPreference(QStringLiteral("system"));
    }
};

QTEST_MAIN(tst_MainWindowSize)
#include "tst_MainWindowSize.moc"
