// The window's write guard against a real cluster behind HAProxy, saved twice: as "Prod"
// (labelled production) and as "Locked" (read-only in Clusterdesk). Production shows its band
// and the sidebar says PRODUCTION; a delete and an import onto it ask for the cluster's name
// typed exactly (the button stays disabled for a wrong case) and go through once it is; the
// read-only profile's editors are read-only up front, and a write sent through its page's own
// controller is refused before the wire: the cluster's revision does not move. Screenshots of
// the band and the typed confirmation (light, dark) go to <build>/tests/ui/screenshots. The
// sidebar's Move to Group… files a cluster in a folder, saved with its profile.
#include "AppSettings.h"
#include "ClusterFixture.h"
#include "ClusterListDelegate.h"
#include "ClusterListModel.h"
#include "ClusterPage.h"
#include "ClusterServices.h"
#include "ClusterSidebar.h"
#include "ConsoleSession.h"
#include "CrossClusterController.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ResourceEditorController.h"
#include "ResourceRepository.h"
#include "ResourceTableModel.h"
#include "ResourceTypePanel.h"
#include "ResourcesPanel.h"
#include "SyncPlanDialog.h"
#include "TestHttp.h"
#include "Theme.h"
#include "WriteConfirmation.h"

#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 20000;

QJsonObject jdbcBody(int port)
{
    return QJsonObject{{u"description"_s, u"guard"_s},
                       {u"spec"_s, QJsonObject{{u"driver"_s, u"postgresql"_s},
                                               {u"driverClass"_s, u"org.postgresql.Driver"_s},
                                               {u"url"_s, u"jdbc:postgresql://db:5432/x"_s},
                                               {u"port"_s, port}}}};
}

} // namespace

class tst_MainWindowWriteGuard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void productionIsLabelled();
    void deleteOnProductionNeedsTheTypedName();
    void importOntoProductionNeedsTheTypedName();
    void readOnlyProfileCannotWrite();
    void moveToGroupFromTheSidebar();

private:
    QString addProfile(ClusterProfile profile);
    ClusterPage *openPage(const QString &profileId);
    void put(const QString &name, int port);
    int status(const QString &name) const;
    qint64 revision() const;
    void save(QWidget *widget, const QString &name);

    std::unique_ptr<ClusterFixture> m_cluster;
    std::unique_ptr<QTemporaryDir> m_dir;
    AppSettings *m_settings = nullptr;
    ConsoleSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    QString m_prodId;
    QString m_lockedId;
    QString m_outDir;
};

void tst_MainWindowWriteGuard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ClusterOptions options;
    options.name = u"guard-ui"_s;
    options.nodes = 2;
    m_cluster = std::make_unique<ClusterFixture>(options);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    QVERIFY(m_cluster->waitUntilWritable(m_cluster->primaryId(), 30000));
    m_outDir = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
    QDir().mkpath(m_outDir);

    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = new AppSettings(m_dir->filePath(u"settings.ini"_s));
    m_session = new ConsoleSession(new MemorySecretStore);
    m_window = new MainWindow(m_session, m_settings);
    QSignalSpy started(m_session, &ConsoleSession::started);
    m_session->start(m_dir->filePath(u"data"_s));
    QVERIFY(started.wait(10000));
    ClusterProfile prod = ClusterProfile::create(u"Prod"_s, m_cluster->lbUrl());
    prod.environment = u"production"_s;
    prod.group = u"EMEA/Production"_s;
    m_prodId = addProfile(prod);
    ClusterProfile locked = ClusterProfile::create(u"Locked"_s, m_cluster->lbUrl());
    locked.readOnly = true;
    locked.environment = u"staging"_s;
    m_lockedId = addProfile(locked);
    QVERIFY(!m_prodId.isEmpty() && !m_lockedId.isEmpty());
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_MainWindowWriteGuard::cleanupTestCase()
{
    delete m_window;
    delete m_session;
    delete m_settings;
    m_dir.reset();
    m_cluster.reset();
}

QString tst_MainWindowWriteGuard::addProfile(ClusterProfile profile)
{
    profile.userName = m_cluster->adminUser();
    bool stored = false;
    m_session->profileService()->addProfile(
        profile, m_cluster->adminPassword(), this,
        [&stored](const StoreWriteResult &result) { stored = result.ok; });
    if (!QTest::qWaitFor([&] { return stored; }, 10000))
        return {};
    return profile.id;
}

ClusterPage *tst_MainWindowWriteGuard::openPage(const QString &profileId)
{
    m_window->selectProfile(profileId);
    return qobject_cast<ClusterPage *>(m_window->pageFor(profileId));
}

void tst_MainWindowWriteGuard::put(const QString &name, int port)
{
    TestHttp http(m_cluster->lbUrl());
    http.setBasicAuth(m_cluster->adminUser(), m_cluster->adminPassword());
    const TestResponse response =
        http.put(u"/api/v1/resources/jdbc/"_s + name, QJsonDocument(jdbcBody(port)).toJson(),
                 {{"Content-Type", "application/json"}, {"If-None-Match", "*"}});
    QCOMPARE(response.status, 201);
}

int tst_MainWindowWriteGuard::status(const QString &name) const
{
    TestHttp http(m_cluster->lbUrl());
    http.setBasicAuth(m_cluster->adminUser(), m_cluster->adminPassword());
    return http.get(u"/api/v1/resources/jdbc/"_s + name).status;
}

qint64 tst_MainWindowWriteGuard::revision() const
{
    return m_cluster->configState(m_cluster->primaryId()).revision;
}

void tst_MainWindowWriteGuard::save(QWidget *widget, const QString &name)
{
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? Theme::darkPalette() : Theme::lightPalette());
        QCoreApplication::processEvents();
        QVERIFY(widget->grab().toImage().save(
            m_outDir + u"/%1-%2.png"_s.arg(name, dark ? u"dark"_s : u"light"_s)));
    }
    QApplication::setPalette(Theme::lightPalette());
}

void tst_MainWindowWriteGuard::productionIsLabelled()
{
    ClusterPage *page = openPage(m_prodId);
    QVERIFY(page);
    QTRY_VERIFY(page->environmentBand()->isVisible());
    QVERIFY2(page->environmentBand()->text().contains(u"PRODUCTION"_s),
             qPrintable(page->environmentBand()->text()));
    // The sidebar says it in words, not only in colour.
    auto *list = m_window->findChild<ClusterListModel *>();
    QVERIFY(list);
    const QModelIndex row = list->index(list->rowOf(m_prodId), 0);
    QVERIFY(row.data(ClusterListModel::ProductionRole).toBool());
    QVERIFY(ClusterListDelegate::statusLine(row).startsWith(u"PRODUCTION"_s));
    const QModelIndex locked = list->index(list->rowOf(m_lockedId), 0);
    QVERIFY(ClusterListDelegate::statusLine(locked).contains(u"read-only"_s));
    save(m_window, u"production-band"_s);
}

void tst_MainWindowWriteGuard::deleteOnProductionNeedsTheTypedName()
{
    put(u"prod-delete"_s, 5432);
    ClusterPage *page = openPage(m_prodId);
    page->setCurrentWidget(page->resources());
    ResourceTypePanel *jdbc = page->resources()->typePanel(u"jdbc"_s);
    page->resources()->tabs()->setCurrentWidget(jdbc);
    page->reloadAll();
    QTRY_VERIFY_WITH_TIMEOUT(jdbc->model()->rowOf(u"prod-delete"_s) >= 0, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(page->resources()->session().has_value(), kTimeoutMs);
    QVERIFY(jdbc->selectResource(u"prod-delete"_s));
    jdbc->deleteCurrent();
    auto *dialog = jdbc->findChild<TypedConfirmationDialog *>(u"deleteConfirmation"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->actionButton()->isEnabled());
    QTest::keyClicks(dialog->nameEdit(), u"prod"_s);
    QVERIFY(!dialog->actionButton()->isEnabled()); // the wrong case is not the name
    save(dialog, u"typed-confirmation"_s);
    dialog->nameEdit()->setText(u"Prod"_s);
    QVERIFY(dialog->actionButton()->isEnabled());
    QCOMPARE(status(u"prod-delete"_s), 200); // nothing was sent before the name matched
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(status(u"prod-delete"_s), 404, kTimeoutMs);
}

void tst_MainWindowWriteGuard::importOntoProductionNeedsTheTypedName()
{
    const QString path = m_dir->filePath(u"import.json"_s);
    const QJsonObject resource{{u"type"_s, u"jdbc"_s},
                               {u"name"_s, u"prod-import"_s},
                               {u"description"_s, u"guard"_s},
                               {u"spec"_s, jdbcBody(6000).value(u"spec"_s)}};
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{u"format"_s, u"clusterdesk-resources"_s},
                                         {u"version"_s, 1},
                                         {u"resources"_s, QJsonArray{resource}}})
                   .toJson());
    file.close();
    m_window->crossCluster()->importDefinitionsFrom(m_prodId, path);
    SyncPlanDialog *plan = m_window->crossCluster()->importDialog();
    QVERIFY(plan);
    QSignalSpy planned(plan, &SyncPlanDialog::planReady);
    QVERIFY(planned.wait(kTimeoutMs));
    QSignalSpy applied(plan, &SyncPlanDialog::applyFinished);
    plan->apply();
    auto *confirm = plan->findChild<TypedConfirmationDialog *>(u"productionApplyConfirmation"_s);
    QVERIFY(confirm);
    QTest::keyClicks(confirm->nameEdit(), u"PROD"_s);
    QVERIFY(!confirm->actionButton()->isEnabled());
    confirm->reject(); // Cancel writes nothing
    QVERIFY(applied.isEmpty());
    QCOMPARE(status(u"prod-import"_s), 404);

    plan->apply();
    confirm = nullptr;
    for (auto *candidate :
         plan->findChildren<TypedConfirmationDialog *>(u"productionApplyConfirmation"_s)) {
        if (candidate->isVisible())
            confirm = candidate;
    }
    QVERIFY(confirm);
    QTest::keyClicks(confirm->nameEdit(), u"Prod"_s);
    QTest::mouseClick(confirm->actionButton(), Qt::LeftButton);
    QVERIFY(applied.wait(kTimeoutMs));
    QVERIFY(plan->controller()->allWritesApplied());
    QCOMPARE(status(u"prod-import"_s), 200);
    plan->close();
}

void tst_MainWindowWriteGuard::readOnlyProfileCannotWrite()
{
    ClusterPage *page = openPage(m_lockedId);
    QVERIFY(page);
    ResourceTypePanel *jdbc = page->resources()->typePanel(u"jdbc"_s);
    page->setCurrentWidget(page->resources());
    page->resources()->tabs()->setCurrentWidget(jdbc);
    // Stated up front, before any answer: like the viewer role, every write action is off.
    QVERIFY(page->resources()->readOnlyReason().contains(u"read-only in Clusterdesk"_s));
    QTRY_VERIFY_WITH_TIMEOUT(page->resources()->session().has_value(), kTimeoutMs);
    QVERIFY(page->resources()->readOnlyReason().contains(u"read-only in Clusterdesk"_s));
    QVERIFY(!jdbc->findChild<QWidget *>(u"newButton"_s)->isEnabled());
    QVERIFY(!jdbc->findChild<QWidget *>(u"deleteButton"_s)->isEnabled());
    QVERIFY(page->environmentBand()->text().contains(u"read-only"_s));

    // Around the buttons: the page's own repository refuses before anything is sent.
    const qint64 before = revision();
    QVERIFY(before >= 0);
    std::optional<ResourceResult> result;
    page->services()->repository()->create(u"jdbc"_s, u"locked-create"_s, jdbcBody(7000), this,
                                           [&result](const ResourceResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->status, ResourceResult::Status::ReadOnly);
    QVERIFY(!result->outcomeUnknown);
    QVERIFY(result->detail.contains(u"read-only in Clusterdesk"_s));
    QCOMPARE(status(u"locked-create"_s), 404);
    QCOMPARE(revision(), before);
}

void tst_MainWindowWriteGuard::moveToGroupFromTheSidebar()
{
    m_window->selectProfile(m_lockedId);
    auto *sidebar = m_window->findChild<ClusterSidebar *>();
    QVERIFY(sidebar);
    QVERIFY(sidebar->moveToGroupAction()->isEnabled());
    sidebar->moveToGroupAction()->trigger();
    auto *dialog = m_window->findChild<QInputDialog *>(u"moveToGroupDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible()); // opened without a nested event loop
    // The groups in use are offered; a new one may be typed.
    QVERIFY(dialog->comboBoxItems().contains(u"EMEA/Production"_s));
    dialog->setTextValue(u" Archive / Old "_s);
    dialog->accept();
    QTRY_COMPARE(m_session->profileService()->profile(m_lockedId)->group, u"Archive/Old"_s);
    auto *list = m_window->findChild<ClusterListModel *>();
    QCOMPARE(list->index(list->rowOf(m_lockedId), 0).data(ClusterListModel::GroupRole).toString(),
             u"Archive/Old"_s);
}

QTEST_MAIN(tst_MainWindowWriteGuard)
#include "tst_MainWindowWriteGuard.moc"
