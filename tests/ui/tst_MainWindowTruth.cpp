// The real window offscreen against a real cluster behind HAProxy. After a restart on a system
// without a usable keychain the saved cluster is not polled into "Unreachable, check the
// network" but shows "Password needed"; Cluster > Sign In… asks once (one prompt however often
// it is triggered) and the typed password makes the cluster reachable; Edit Cluster tells the
// truth about what is stored. Then one node answers 3 s late: the Overview calls it slow, the
// others up, in its card and its findings alike.
#include "AppSettings.h"
#include "ClusterFixture.h"
#include "ClusterListDelegate.h"
#include "ClusterListModel.h"
#include "ClusterPage.h"
#include "ClusterSidebar.h"
#include "ConnectDialog.h"
#include "ConsoleSession.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "OverviewPanel.h"

#include <QAction>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_MainWindowTruth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void passwordNeededThenSignIn();
    void slowNodeIsSlowInTheWindow();

private:
    // A session on the test's data directory with an empty secret store, as after a restart
    // on a system whose keychain gave nothing.
    bool startSession(bool noKeychain);

    std::unique_ptr<ClusterFixture> m_cluster;
    std::unique_ptr<QTemporaryDir> m_dir;
    AppSettings *m_settings = nullptr;
    ConsoleSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    QString m_id;
};

bool tst_MainWindowTruth::startSession(bool noKeychain)
{
    auto *secrets = new MemorySecretStore;
    secrets->setSessionOnly(noKeychain); // what the keychain store falls back to without one
    m_session = new ConsoleSession(secrets);
    QSignalSpy started(m_session, &ConsoleSession::started);
    m_session->start(m_dir->filePath(u"data"_s));
    return started.wait(10000) && started.first().first().toString().isEmpty();
}

void tst_MainWindowTruth::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ClusterOptions options;
    options.name = u"signin"_s;
    m_cluster = std::make_unique<ClusterFixture>(options);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = new AppSettings(m_dir->filePath(u"settings.ini"_s));

    // First run: the cluster is saved with a password the (memory) store keeps.
    QVERIFY(startSession(false));
    ClusterProfile profile = ClusterProfile::create(u"Prod"_s, m_cluster->lbUrl());
    profile.userName = m_cluster->adminUser();
    bool stored = false;
    m_session->profileService()->addProfile(
        profile, m_cluster->adminPassword(), this,
        [&stored](const StoreWriteResult &result) { stored = result.ok; });
    QTRY_VERIFY_WITH_TIMEOUT(stored, 10000);
    m_id = profile.id;
    delete m_session;

    // Restart without a keychain: the profile is back, its password is not.
    QVERIFY(startSession(true));
    m_window = new MainWindow(m_session, m_settings);
    m_window->resize(1000, 650);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_MainWindowTruth::cleanupTestCase()
{
    delete m_window;
    delete m_session;
    delete m_settings;
    m_dir.reset();
    m_cluster.reset();
}

void tst_MainWindowTruth::passwordNeededThenSignIn()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_session->profileService()->isPasswordNeeded(m_id), 10000);
    const QString reason = u"not stored: this system has no keychain"_s;
    QCOMPARE(m_session->profileService()->passwordNeededReason(m_id), reason);
    ClusterListModel *list = m_window->clusterList();
    const QModelIndex row = list->index(list->rowOf(m_id));
    QTRY_COMPARE(row.data(ClusterListModel::PasswordNeededRole).toString(), reason);
    QCOMPARE(ClusterListDelegate::badgeText(row), u"Password needed"_s);
    QVERIFY(!ClusterListDelegate::statusLine(row).contains(u"Unreachable"_s));
    // Not polled meanwhile: no snapshot says "unreachable".
    QVERIFY(!m_session->monitorService()->snapshot(m_id) ||
            m_session->monitorService()->snapshot(m_id)->isStale());
    {
        // Edit Cluster says what is stored: nothing, and why.
        ConnectDialog edit(m_session->profileService(), m_session->connectionTester(),
                           *m_session->profileService()->profile(m_id), m_window);
        auto *password = edit.findChild<QLineEdit *>(u"passwordEdit"_s);
        QVERIFY(password);
        QCOMPARE(password->placeholderText(), reason);
    }

    m_window->sidebar()->setCurrentProfileId(m_id);
    // The Overview says why nothing comes, instead of "Waiting for the first poll".
    auto *page = qobject_cast<ClusterPage *>(m_window->pageFor(m_id));
    QVERIFY(page);
    QTRY_VERIFY(page->overview()->findingTexts().join(u'\n').contains(u"Password needed"_s));
    QVERIFY(!page->overview()->findingTexts().join(u'\n').contains(u"Waiting for the first"_s));
    const QString shots = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
    QDir().mkpath(shots);
    QVERIFY(m_window->grab().save(shots + u"/window-password-needed.png"_s));
    auto *signIn = m_window->findChild<QAction *>(u"signInAction"_s);
    QVERIFY(signIn);
    QTRY_VERIFY(signIn->isEnabled());
    signIn->trigger();
    signIn->trigger(); // asks once: the open prompt is raised, not doubled
    QList<QInputDialog *> prompts;
    QTRY_VERIFY((prompts = m_window->findChildren<QInputDialog *>(u"signInDialog"_s)).size() == 1);
    QInputDialog *prompt = prompts.constFirst();
    QTRY_VERIFY(prompt->isVisible());
    QVERIFY(prompt->labelText().contains(reason));
    prompt->setTextValue(m_cluster->adminPassword());
    prompt->accept();

    QTRY_VERIFY_WITH_TIMEOUT(!m_session->profileService()->isPasswordNeeded(m_id), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->monitorService()->snapshot(m_id) &&
                                 !m_session->monitorService()->snapshot(m_id)->isStale() &&
                                 m_session->monitorService()->snapshot(m_id)->isReachable(),
                             20000);
    QTRY_VERIFY(row.data(ClusterListModel::PasswordNeededRole).toString().isEmpty());
    QVERIFY(!signIn->isEnabled());
    QTRY_VERIFY(!page->overview()->findingTexts().join(u'\n').contains(u"Password needed"_s));
}

void tst_MainWindowTruth::slowNodeIsSlowInTheWindow()
{
    auto *page = qobject_cast<ClusterPage *>(m_window->pageFor(m_id));
    QVERIFY(page);
    OverviewPanel *overview = page->overview();
    QTRY_COMPARE_WITH_TIMEOUT(overview->cardValue(OverviewPanel::Card::Nodes), u"3 / 3 up"_s,
                              20000);
    QVERIFY(m_cluster->setFaults(u"node-3"_s, {{"delayMs", 3000}}));
    auto *refresh = m_window->findChild<QAction *>(u"refreshAction"_s);
    QVERIFY(refresh);
    refresh->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(overview->findingTexts().join(u'\n').contains(
                                 u"node-3 is slow: no answer within 2000 ms"_s),
                             30000);
    QCOMPARE(overview->cardValue(OverviewPanel::Card::Nodes), u"2 / 3 up"_s);
    QVERIFY(overview->cardDetail(OverviewPanel::Card::Nodes).contains(u"1 slow"_s));
    QVERIFY(!overview->cardDetail(OverviewPanel::Card::Nodes).contains(u"unreachable"_s));
    page->setCurrentWidget(overview);
    QVERIFY(m_window->grab().save(QCoreApplication::applicationDirPath() +
                                  u"/screenshots/window-slow-node.png"_s));
    QVERIFY(m_cluster->setFaults(u"node-3"_s, {{"delayMs", 0}}));
}

QTEST_MAIN(tst_MainWindowTruth)
#include "tst_MainWindowTruth.moc"
