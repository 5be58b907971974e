// MainWindow: the shell around a real ConsoleSession (isolated store, memory secrets, clusters
// on closed loopback ports): welcome page, sidebar and badges, add/edit/remove/reorder through
// actions, the panel forwarding (apply, revert, filter), preferences, theme, language, window
// state, and screenshots of the window in light and dark for a human to look at.
#include "ActivityDialog.h"
#include "AppSettings.h"
#include "ClusterListDelegate.h"
#include "ClusterListModel.h"
#include "ClusterPage.h"
#include "ClusterSidebar.h"
#include "ConnectDialog.h"
#include "ConsoleSession.h"
#include "FleetView.h"
#include "FreePorts.h"
#include "HelpViewer.h"
#include "Icons.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "OverviewPanel.h"
#include "PanelActions.h"
#include "PreferencesDialog.h"
#include "Theme.h"
#include "WelcomePage.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeView>

namespace {

// A page that implements the shell's panel interface and counts what it was asked.
class FakePanel final : public QWidget, public PanelActions
{
public:
    using QWidget::QWidget;
    bool canApply() const override { return m_dirty; }
    void apply() override { ++applied; }
    void revert() override { ++reverted; }
    bool focusFilter() override
    {
        ++filtered;
        return true;
    }
    void setDirty(bool dirty)
    {
        m_dirty = dirty;
        notifyActionsChanged();
    }
    int applied = 0;
    int reverted = 0;
    int filtered = 0;

private:
    bool m_dirty = false;
};

QColor inkOf(const QIcon &icon)
{
    const QImage image = icon.pixmap(QSize(32, 32)).toImage();
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y).alpha() == 255)
                return image.pixelColor(x, y);
    return {};
}

} // namespace

class tst_MainWindow final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    AppSettings *m_settings = nullptr;
    ConsoleSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    std::optional<ClusterProfile> m_nextProfile;
    QList<std::optional<ClusterProfile>> m_edited;
    bool m_confirm = true;

    QAction *action(const char *name) const
    {
        auto *found = m_window->findChild<QAction *>(QString::fromLatin1(name));
        Q_ASSERT_X(found, "action", name);
        return found;
    }
    static ClusterProfile profileAtClosedPort(const QString &name)
    {
        ClusterProfile profile = ClusterProfile::create(
            name, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*FreePorts::one())));
        profile.userName = QStringLiteral("admin");
        return profile;
    }
    QString addCluster(const QString &name)
    {
        m_nextProfile = profileAtClosedPort(name);
        const QString id = m_nextProfile->id;
        const int before = m_window->clusterList()->rowCount();
        action("addClusterAction")->trigger();
        if (!QTest::qWaitFor([&] { return m_window->clusterList()->rowCount() == before + 1; }))
            return {};
        return id;
    }
    QStringList sessionOrder() const
    {
        QStringList ids;
        for (const ClusterProfile &profile : m_session->profileService()->profiles())
            ids << profile.id;
        return ids;
    }
    QStringList listOrder() const
    {
        QStringList ids;
        for (const auto &profile : m_window->clusterList()->profiles())
            ids << profile.id;
        return ids;
    }
    void createWindow()
    {
        m_window = new MainWindow(m_session, m_settings);
        m_window->setProfileEditor([this](QWidget *, const std::optional<ClusterProfile> &existing,
                                          MainWindow::SaveProfile save) {
            m_edited << existing;
            if (existing) {
                ClusterProfile edited = *existing;
                edited.name += QStringLiteral(" (edited)");
                save(edited, std::nullopt);
            } else if (m_nextProfile) {
                save(*m_nextProfile, QStringLiteral("secret"));
            }
        });
        m_window->setConfirmRemoval([this](QWidget *, const QString &) { return m_confirm; });
    }
    QString screenshotDir() const
    {
        const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
        QDir().mkpath(dir);
        return dir;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        Theme::applyPreference(QStringLiteral("system"));
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = new AppSettings(m_dir->filePath(QStringLiteral("settings.ini")));
        m_session = new ConsoleSession(new MemorySecretStore);
        m_session->setRequestTimeout(std::chrono::milliseconds(500));
        m_nextProfile.reset();
        m_edited.clear();
        m_confirm = true;
        createWindow();
        QSignalSpy started(m_session, &ConsoleSession::started);
        m_session->start(m_dir->filePath(QStringLiteral("data")));
        QVERIFY(started.wait(10000));
        QCOMPARE(started.at(0).at(0).toString(), QString());
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
        Theme::applyPreference(QStringLiteral("system"));
    }

    // Tools › Activity opens one non-modal window over the session's activity log.
    void toolsActivityOpensTheLog()
    {
        QAction *activity = action("activityAction");
        QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("toolsMenu"))
                    ->actions()
                    .contains(activity));
        activity->trigger();
        auto *dialog = m_window->findChild<ActivityDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        activity->trigger();
        QCOMPARE(m_window->findChildren<ActivityDialog *>().size(), 1);
        dialog->close();
    }

    void welcomePageWithoutClusters()
    {
        QCOMPARE(m_window->currentPage(), m_window->welcomePage());
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Clusterdesk"));
        QVERIFY(m_window->welcomePage()->addButton()->isEnabled());
        QVERIFY(!action("editClusterAction")->isEnabled());
        QVERIFY(!action("refreshAction")->isEnabled());
        QVERIFY(!action("applyAction")->isEnabled());
        // The welcome page's button is the add action.
        m_nextProfile = profileAtClosedPort(QStringLiteral("Via welcome"));
        m_window->welcomePage()->addButton()->click();
        QTRY_COMPARE(m_window->clusterList()->rowCount(), 1);
    }

    void addSelectsAndShowsTheCluster()
    {
        const QString id = addCluster(QStringLiteral("Production"));
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(m_window->currentProfileId(), id);
        auto *page = qobject_cast<ClusterPage *>(m_window->currentPage());
        QVERIFY(page);
        QCOMPARE(page->profileId(), id);
        QCOMPARE(m_edited.size(), 1);
        QVERIFY(!m_edited.at(0).has_value());
        // The poll of a closed port ends unreachable: badge, page and status bar say so.
        const QModelIndex row = m_window->sidebar()->view()->model()->index(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(row.data(ClusterListModel::HasSnapshotRole).toBool(), 15000);
        QCOMPARE(ClusterListDelegate::badgeIconName(row), QStringLiteral("critical"));
        QVERIFY(ClusterListDelegate::statusLine(row).contains(QStringLiteral("Unreachable")));
        QTRY_VERIFY(!page->overview()->findingTexts().isEmpty());
        QTRY_VERIFY2(m_window->pollStatus().contains(QStringLiteral("Backing off")) ||
                         m_window->pollStatus().contains(QStringLiteral("Polling")) ||
                         m_window->pollStatus().contains(QStringLiteral("Next refresh")),
                     qPrintable(m_window->pollStatus()));
        action("refreshAction")->trigger(); // F5 on an unreachable cluster does no harm
    }

    void connectDialogIsTheDefaultEditor()
    {
        const QString id = addCluster(QStringLiteral("Existing"));
        MainWindow plain(m_session, m_settings);
        plain.show();
        QTRY_COMPARE(plain.clusterList()->rowCount(), 1);
        plain.findChild<QAction *>(QStringLiteral("addClusterAction"))->trigger();
        ConnectDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = plain.findChild<ConnectDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->mode(), ConnectDialog::Mode::Add);
        QCOMPARE(dialog->profile().pollIntervalMs,
                 m_settings->value(AppSettings::Key::DefaultPollIntervalMs).toInt());
        dialog->reject();
        QTRY_VERIFY(!plain.findChild<ConnectDialog *>()); // deleted on close
        plain.selectProfile(id);
        plain.findChild<QAction *>(QStringLiteral("editClusterAction"))->trigger();
        QTRY_VERIFY((dialog = plain.findChild<ConnectDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->mode(), ConnectDialog::Mode::Edit);
        QCOMPARE(dialog->profile().id, id);
        dialog->reject();
    }

    void editGoesThroughTheEditor()
    {
        const QString id = addCluster(QStringLiteral("Staging"));
        QTRY_COMPARE(m_window->currentProfileId(), id);
        action("editClusterAction")->trigger();
        QCOMPARE(m_edited.size(), 2);
        QVERIFY(m_edited.at(1).has_value());
        QTRY_COMPARE(m_session->profileService()->profile(id)->name,
                     QStringLiteral("Staging (edited)"));
        QTRY_COMPARE(m_window->clusterList()->index(0).data().toString(),
                     QStringLiteral("Staging (edited)"));
    }

    void removeAsksAndRemoves()
    {
        const QString a = addCluster(QStringLiteral("A"));
        const QString b = addCluster(QStringLiteral("B"));
        QTRY_COMPARE(m_window->currentProfileId(), b);
        m_confirm = false;
        action("removeClusterAction")->trigger();
        // The store runs calls in order: once a cluster added after the refusal is listed, a
        // removal the refusal let through would have happened too.
        const QString c = addCluster(QStringLiteral("C"));
        QVERIFY(!c.isEmpty());
        QCOMPARE(sessionOrder(), (QStringList{a, b, c}));
        m_window->selectProfile(b);
        m_confirm = true;
        action("removeClusterAction")->trigger();
        QTRY_COMPARE(m_window->clusterList()->rowCount(), 2);
        QCOMPARE(sessionOrder(), (QStringList{a, c}));
        QVERIFY(!m_window->pageFor(b));
        m_window->selectProfile(a);
        action("removeClusterAction")->trigger();
        QTRY_COMPARE(m_window->clusterList()->rowCount(), 1);
        m_window->selectProfile(c);
        action("removeClusterAction")->trigger();
        QTRY_COMPARE(m_window->clusterList()->rowCount(), 0);
        QTRY_COMPARE(m_window->currentPage(), m_window->welcomePage());
    }

    void reorderWithActions()
    {
        const QString a = addCluster(QStringLiteral("A"));
        const QString b = addCluster(QStringLiteral("B"));
        const QString c = addCluster(QStringLiteral("C"));
        QCOMPARE(listOrder(), (QStringList{a, b, c}));
        m_window->selectProfile(a);
        action("moveClusterDownAction")->trigger();
        QTRY_COMPARE(sessionOrder(), (QStringList{b, a, c}));
        QTRY_COMPARE(listOrder(), (QStringList{b, a, c}));
        QCOMPARE(m_window->currentProfileId(), a);
        m_window->selectProfile(c);
        action("moveClusterUpAction")->trigger();
        QTRY_COMPARE(listOrder(), (QStringList{b, c, a}));
        // The order survives a restart of the session.
        delete m_window;
        delete m_session;
        m_session = new ConsoleSession(new MemorySecretStore);
        createWindow();
        QSignalSpy started(m_session, &ConsoleSession::started);
        m_session->start(m_dir->filePath(QStringLiteral("data")));
        QVERIFY(started.wait(10000));
        QTRY_COMPARE(listOrder(), (QStringList{b, c, a}));
    }

    void panelActionsAreForwarded()
    {
        QList<FakePanel *> panels;
        m_window->setPageFactory([&panels](const QString &, QWidget *parent) {
            auto *panel = new FakePanel(parent);
            panels << panel;
            return panel;
        });
        addCluster(QStringLiteral("A"));
        QTRY_COMPARE(panels.size(), 1);
        QCOMPARE(m_window->currentPage(), panels.first());
        FakePanel *panel = panels.first();
        QVERIFY(!action("applyAction")->isEnabled());
        QVERIFY(!action("revertAction")->isEnabled());
        QVERIFY(action("findAction")->isEnabled());
        panel->setDirty(true);
        QVERIFY(action("applyAction")->isEnabled());
        QVERIFY(action("revertAction")->isEnabled());
        action("applyAction")->trigger();
        action("revertAction")->trigger();
        action("findAction")->trigger();
        QCOMPARE(panel->applied, 1);
        QCOMPARE(panel->reverted, 1);
        QCOMPARE(panel->filtered, 1);
        panel->setDirty(false);
        QVERIFY(!action("applyAction")->isEnabled());
    }

    void shortcuts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QKeySequence>("shortcut");
        QTest::newRow("refresh") << "refreshAction" << QKeySequence(Qt::Key_F5);
        QTest::newRow("add") << "addClusterAction" << QKeySequence(Qt::CTRL | Qt::Key_N);
        QTest::newRow("find") << "findAction" << QKeySequence(Qt::CTRL | Qt::Key_F);
        QTest::newRow("apply") << "applyAction" << QKeySequence(Qt::CTRL | Qt::Key_S);
        QTest::newRow("revert") << "revertAction" << QKeySequence(Qt::Key_Escape);
        QTest::newRow("quit") << "quitAction" << QKeySequence(Qt::CTRL | Qt::Key_Q);
        QTest::newRow("preferences")
            << "preferencesAction" << QKeySequence(Qt::CTRL | Qt::Key_Comma);
        QTest::newRow("user guide") << "userGuideAction" << QKeySequence(Qt::Key_F1);
        QTest::newRow("fleet") << "fleetAction" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
        QTest::newRow("compare") << "compareClustersAction"
                                 << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
        QTest::newRow("export definitions")
            << "exportDefinitionsAction" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
        QTest::newRow("import definitions")
            << "importDefinitionsAction" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I);
    }

    void shortcutsAreUnique()
    {
        // Two actions on one key would make Qt fire neither ("ambiguous shortcut").
        QHash<QKeySequence, QString> seen;
        for (const QAction *action : m_window->findChildren<QAction *>()) {
            if (action->shortcut().isEmpty())
                continue;
            QVERIFY2(!seen.contains(action->shortcut()),
                     qPrintable(action->objectName() + QStringLiteral(" and ") +
                                seen.value(action->shortcut())));
            seen.insert(action->shortcut(), action->objectName());
        }
    }

    void fleetPageComesAndGoes()
    {
        const QString id = addCluster(QStringLiteral("Production"));
        QTRY_COMPARE(m_window->currentProfileId(), id);
        QVERIFY(!m_window->fleetView()); // made on first use only
        action("fleetAction")->trigger();
        QVERIFY(m_window->isFleetShown());
        QCOMPARE(m_window->currentPage(), m_window->fleetView());
        QVERIFY(action("fleetAction")->isChecked());
        QVERIFY(!action("exportDefinitionsAction")->isEnabled()); // no cluster chosen
        QVERIFY(!action("compareClustersAction")->isEnabled());   // one cluster only
        // A second cluster saved elsewhere (not through this window) leaves the fleet page.
        m_session->profileService()->addProfile(profileAtClosedPort(QStringLiteral("Staging")),
                                                QStringLiteral("secret"), this,
                                                [](const StoreWriteResult &) {});
        QTRY_COMPARE(m_window->clusterList()->rowCount(), 2);
        QVERIFY(m_window->isFleetShown());
        QCOMPARE(m_window->fleetView()->model()->rowCount(), 2);
        QVERIFY(action("compareClustersAction")->isEnabled());
        m_window->selectProfile(id);
        QVERIFY(!m_window->isFleetShown());
        QCOMPARE(m_window->currentPage(), m_window->pageFor(id));
        QVERIFY(action("exportDefinitionsAction")->isEnabled());
    }

    void shortcuts()
    {
        QFETCH(QString, name);
        QFETCH(QKeySequence, shortcut);
        auto *found = m_window->findChild<QAction *>(name);
        QVERIFY(found);
        QCOMPARE(found->shortcut(), shortcut);
    }

    void windowTitleNamesTheCluster()
    {
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Clusterdesk"));
        const QString prod = addCluster(QStringLiteral("Prod"));
        QTRY_COMPARE(m_window->currentProfileId(), prod);
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Prod – Clusterdesk"));
        const QString test = addCluster(QStringLiteral("Test"));
        QTRY_COMPARE(m_window->currentProfileId(), test);
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Test – Clusterdesk"));
        action("fleetAction")->trigger();
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Fleet – Clusterdesk"));
        m_window->selectProfile(prod);
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Prod – Clusterdesk"));
        // A rename shows at once.
        action("editClusterAction")->trigger();
        QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("Prod (edited) – Clusterdesk"));
    }

    void f1OpensTheUserGuide()
    {
        m_window->activateWindow();
        QTest::keyClick(m_window, Qt::Key_F1);
        HelpViewer *viewer = nullptr;
        QTRY_VERIFY((viewer = m_window->findChild<HelpViewer *>()) && viewer->isVisible());
        QVERIFY(!m_window->findChild<QMessageBox *>()); // not About
        const QString text = viewer->browser()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Clusterdesk user guide")),
                 qPrintable(text.left(200)));
        // Its screenshots are embedded with it.
        const QString html = viewer->browser()->toHtml();
        QVERIFY(html.contains(QStringLiteral("screenshots/")));
        const QRegularExpression image(QStringLiteral("<img src=\"([^\"]+)\""));
        for (auto it = image.globalMatch(html); it.hasNext();) {
            const QString source = it.next().captured(1);
            QVERIFY2(QFile::exists(QStringLiteral(":/help/") + source), qPrintable(source));
        }
        // A second F1 shows the same window.
        QTest::keyClick(m_window, Qt::Key_F1);
        QCOMPARE(m_window->findChildren<HelpViewer *>().size(), 1);
    }

    void keyboardAddsACluster()
    {
        m_nextProfile = profileAtClosedPort(QStringLiteral("Keyboard"));
        m_window->activateWindow();
        QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(m_window->clusterList()->rowCount(), 1);
    }

    void preferencesPersistAndApplyTheTheme()
    {
        const QColor lightInk = inkOf(action("refreshAction")->icon());
        const QColor lightCritical = Theme::color(Theme::Role::Critical);
        action("preferencesAction")->trigger();
        PreferencesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<PreferencesDialog *>()) && dialog->isVisible());
        auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("themeComboBox"));
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(m_settings->value(AppSettings::Key::Theme).toString(), QStringLiteral("dark"));
        QVERIFY(Theme::isDark(QGuiApplication::palette()));
        QVERIFY(Theme::color(Theme::Role::Critical) != lightCritical);
        const QColor darkInk = inkOf(action("refreshAction")->icon());
        QVERIFY2(darkInk.lightness() > lightInk.lightness(),
                 qPrintable(lightInk.name() + QStringLiteral(" → ") + darkInk.name()));
        AppSettings reopened(m_settings->fileName());
        QCOMPARE(reopened.value(AppSettings::Key::Theme).toString(), QStringLiteral("dark"));
    }

    void retranslatesOnLanguageChange()
    {
        // A tiny German catalogue made now with lrelease: the shell's own path, whatever the
        // state of the real catalogues.
        const QString ts = m_dir->filePath(QStringLiteral("test_de.ts"));
        QFile file(ts);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="de_DE"><context><name>MainWindow</name>
<message><source>&amp;File</source><translation>&amp;Datei</translation></message>
<message><source>Clusterdesk</source><translation>Clusterdesk (Test)</translation></message>
</context></TS>
)");
        file.close();
        const QString qm = m_dir->filePath(QStringLiteral("test_de.qm"));
        QProcess lrelease;
        lrelease.start(QStringLiteral(LRELEASE_EXECUTABLE), {ts, QStringLiteral("-qm"), qm});
        QVERIFY(lrelease.waitForFinished(30000));
        QCOMPARE(lrelease.exitCode(), 0);
        QTranslator translator;
        QVERIFY(translator.load(qm));
        const int before = m_window->retranslateCount();
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("Clusterdesk (Test)"));
        QCOMPARE(m_window->findChild<QMenu *>(QStringLiteral("fileMenu"))->title(),
                 QStringLiteral("&Datei"));
        QVERIFY(m_window->retranslateCount() > before);
        QCoreApplication::removeTranslator(&translator);
        QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("Clusterdesk"));
    }

    void germanCatalogue()
    {
        QTranslator probe;
        QVERIFY(probe.load(LanguageSwitcher::catalogPath(QStringLiteral("de"))));
        const QString germanFile = probe.translate("MainWindow", "&File");
        QVERIFY(!germanFile.isEmpty());
        m_settings->setValue(AppSettings::Key::Language, QStringLiteral("de"));
        QTRY_COMPARE(m_window->languageSwitcher()->currentLanguage(), QStringLiteral("de"));
        // LanguageChange reaches the window through the event loop, not at once.
        QTRY_COMPARE(m_window->findChild<QMenu *>(QStringLiteral("fileMenu"))->title(), germanFile);
        m_settings->setValue(AppSettings::Key::Language, QStringLiteral("en"));
        QTRY_COMPARE(m_window->findChild<QMenu *>(QStringLiteral("fileMenu"))->title(),
                     QStringLiteral("&File"));
    }

    // The production band beside the tabs speaks the new language at once, like the tabs.
    void environmentBandFollowsTheLanguage()
    {
        m_nextProfile = profileAtClosedPort(QStringLiteral("Live"));
        m_nextProfile->environment = QStringLiteral("production");
        const QString id = m_nextProfile->id;
        action("addClusterAction")->trigger();
        QTRY_COMPARE(m_window->currentProfileId(), id);
        auto *page = qobject_cast<ClusterPage *>(m_window->currentPage());
        QVERIFY(page);
        QLabel *band = page->environmentBand();
        QCOMPARE(band->text(), QStringLiteral("PRODUCTION"));
        QTranslator probe;
        QVERIFY(probe.load(LanguageSwitcher::catalogPath(QStringLiteral("de"))));
        const QString german = probe.translate("ClusterProfile", "PRODUCTION");
        QVERIFY(!german.isEmpty() && german != QLatin1String("PRODUCTION"));
        m_settings->setValue(AppSettings::Key::Language, QStringLiteral("de"));
        QTRY_COMPARE(band->text(), german);
        QCOMPARE(band->accessibleName(), german);
        m_settings->setValue(AppSettings::Key::Language, QStringLiteral("en"));
        QTRY_COMPARE(band->text(), QStringLiteral("PRODUCTION"));
    }

    // A language switch says the findings again at once: no poll, no mixed languages.
    void findingsRetranslateWithoutAPoll()
    {
        const QString id = addCluster(QStringLiteral("Closed"));
        QTRY_COMPARE(m_window->currentProfileId(), id);
        auto *page = qobject_cast<ClusterPage *>(m_window->currentPage());
        QVERIFY(page);
        const auto unreachable = [page](const QString &words) {
            const QStringList texts = page->overview()->findingTexts();
            return std::any_of(texts.begin(), texts.end(),
                               [&words](const QString &text) { return text.contains(words); });
        };
        // A closed port refuses the connection: "cannot connect", not "sign-in failed".
        QTRY_VERIFY_WITH_TIMEOUT(unreachable(QStringLiteral("cannot connect to the load balancer")),
                                 15000);
        const qint64 takenAt = m_session->monitorService()->snapshot(id)->takenAtMs();
        m_settings->setValue(AppSettings::Key::Language, QStringLiteral("de"));
        QTRY_VERIFY(unreachable(QStringLiteral("keine Verbindung zum Lastverteiler")));
        QVERIFY(!unreachable(QStringLiteral("cannot connect to the load balancer")));
        // The same poll's result, said again: no new poll delivered it.
        QCOMPARE(m_session->monitorService()->snapshot(id)->takenAtMs(), takenAt);
        m_settings->setValue(AppSettings::Key::Language, QStringLiteral("en"));
        QTRY_VERIFY(unreachable(QStringLiteral("cannot connect to the load balancer")));
    }

    void windowStateIsSaved()
    {
        m_window->resize(900, 640);
        const QString id = addCluster(QStringLiteral("Remembered"));
        QTRY_COMPARE(m_window->currentProfileId(), id);
        m_window->close();
        QVERIFY(!m_settings->value(AppSettings::Key::MainWindowGeometry).toByteArray().isEmpty());
        QVERIFY(!m_settings->value(AppSettings::Key::MainWindowState).toByteArray().isEmpty());
        QCOMPARE(m_settings->value(AppSettings::Key::LastProfileId).toString(), id);
        delete m_window;
        createWindow();
        QCOMPARE(m_window->size(), QSize(900, 640));
        QTRY_COMPARE(m_window->currentProfileId(), id);
    }

    void pollStatusText_data()
    {
        using S = ClusterMonitor::PollState;
        QTest::addColumn<S>("state");
        QTest::addColumn<qint64>("nextInMs");
        QTest::addColumn<bool>("reachable");
        QTest::addColumn<QString>("expected");
        QTest::newRow("polling") << S::Polling << qint64(0) << true << "Polling…";
        QTest::newRow("next") << S::Idle << qint64(3400) << true << "Next refresh in 4 s";
        QTest::newRow("due") << S::Idle << qint64(-200) << true << "Next refresh in 0 s";
        QTest::newRow("backing off")
            << S::BackingOff << qint64(0) << false << "Backing off: unreachable";
        QTest::newRow("backing off with time")
            << S::BackingOff << qint64(20000) << false
            << "Backing off: unreachable, next try in 20 seconds";
        QTest::newRow("stopped") << S::Idle << qint64(0) << true << "Not polling";
    }

    void pollStatusText()
    {
        QFETCH(ClusterMonitor::PollState, state);
        QFETCH(qint64, nextInMs);
        QFETCH(bool, reachable);
        QFETCH(QString, expected);
        const qint64 now = 1'000'000;
        const qint64 next = nextInMs == 0 ? 0 : now + nextInMs;
        QCOMPARE(MainWindow::pollStatusText(state, next, now, reachable), expected);
    }

    void screenshots()
    {
        // For people to look at (build/<dir>/tests/ui/screenshots/*.png); asserts only that
        // rendering works in both palettes.
        m_window->resize(1100, 700);
        QVERIFY(m_window->grab().save(screenshotDir() + QStringLiteral("/welcome-light.png")));
        addCluster(QStringLiteral("Production"));
        addCluster(QStringLiteral("Staging"));
        const QModelIndex row = m_window->clusterList()->index(1);
        QTRY_VERIFY_WITH_TIMEOUT(row.data(ClusterListModel::HasSnapshotRole).toBool(), 15000);
        QVERIFY(m_window->grab().save(screenshotDir() + QStringLiteral("/main-light.png")));
        Theme::applyDarkPalette();
        QCoreApplication::sendPostedEvents(); // the palette reaches the widgets as posted events
        QVERIFY(m_window->grab().save(screenshotDir() + QStringLiteral("/main-dark.png")));
        m_window->selectProfile(QString());
        QTRY_COMPARE(m_window->currentPage(), m_window->welcomePage());
        QVERIFY(m_window->grab().save(screenshotDir() + QStringLiteral("/welcome-dark.png")));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
