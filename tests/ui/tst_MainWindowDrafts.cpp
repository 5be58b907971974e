// MainWindow with unsaved resource drafts against a real cluster (ClusterFixture): quitting asks
// (Cancel keeps the window, Keep as drafts closes it), the kept drafts come back in a new
// session on the same data directory (an existing resource's draft marked in its table, a new
// resource offered), secrets typed into a draft never reach the disk and are asked for again,
// removing a cluster asks too, and the lists follow changes made with plain HTTP through the
// load balancer within one poll.

#include "AppSettings.h"
#include "ClusterFixture.h"
#include "ClusterPage.h"
#include "ConsoleSession.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ResourceEditorController.h"
#include "ResourceForm.h"
#include "ResourceTableModel.h"
#include "ResourceTypePanel.h"
#include "ResourcesPanel.h"
#include "TestHttp.h"

#include <QAction>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 20000;
const QString kTypedSecret = u"typed-secret-4f1d9c"_s;

QJsonObject jdbcBody(int port)
{
    return QJsonObject{
        {u"description"_s, u"Orders warehouse"_s},
        {u"spec"_s, QJsonObject{{u"driver"_s, u"postgresql"_s},
                                {u"driverClass"_s, u"org.postgresql.Driver"_s},
                                {u"url"_s, u"jdbc:postgresql://db.example:5432/orders"_s},
                                {u"host"_s, u"db.example"_s},
                                {u"port"_s, port},
                                {u"user"_s, u"app"_s},
                                {u"password"_s, u"pw"_s}}}};
}

} // namespace

class tst_MainWindowDrafts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void curlChangesAppearWithinOnePoll();
    void draftsSurviveQuitAndRestart();
    void removingAClusterAsksFirst();
    void applyAllSavesThenCloses();
    void listsLoadOnceThePasswordIsGiven();

private:
    void startWindow();
    void stopWindow();
    // A new session on the same data; the memory keychain starts empty, so the password again.
    void restart();
    QString addProfile();
    ClusterPage *openPage();
    void put(const QString &name, const QJsonObject &body);
    QMessageBox *draftsQuestion() const;

    std::unique_ptr<ClusterFixture> m_cluster;
    std::unique_ptr<QTemporaryDir> m_dir;
    AppSettings *m_settings = nullptr;
    ConsoleSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    QString m_profileId;
};

void tst_MainWindowDrafts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_cluster = std::make_unique<ClusterFixture>();
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
    startWindow();
    m_profileId = addProfile();
    QVERIFY(!m_profileId.isEmpty());
}

void tst_MainWindowDrafts::cleanupTestCase()
{
    stopWindow();
    m_dir.reset();
    m_cluster.reset();
}

void tst_MainWindowDrafts::startWindow()
{
    m_settings = new AppSettings(m_dir->filePath(u"settings.ini"_s));
    m_session = new ConsoleSession(new MemorySecretStore);
    m_window = new MainWindow(m_session, m_settings);
    QSignalSpy started(m_session, &ConsoleSession::started);
    m_session->start(m_dir->filePath(u"data"_s));
    QVERIFY(started.wait(10000));
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_MainWindowDrafts::stopWindow()
{
    delete m_window;
    delete m_session;
    delete m_settings;
    m_window = nullptr;
    m_session = nullptr;
    m_settings = nullptr;
}

void tst_MainWindowDrafts::restart()
{
    stopWindow();
    startWindow();
    bool updated = false;
    m_session->profileService()->updateProfile(
        *m_session->profileService()->profile(m_profileId), m_cluster->adminPassword(), this,
        [&](const StoreWriteResult &result) { updated = result.ok; });
    QTRY_VERIFY(updated);
}

QString tst_MainWindowDrafts::addProfile()
{
    ClusterProfile profile = ClusterProfile::create(u"Drafts"_s, m_cluster->lbUrl());
    profile.userName = m_cluster->adminUser();
    profile.pollIntervalMs = 1000;
    bool stored = false;
    m_session->profileService()->addProfile(
        profile, m_cluster->adminPassword(), this,
        [&](const StoreWriteResult &result) { stored = result.ok; });
    if (!QTest::qWaitFor([&] { return stored; }, 10000))
        return {};
    return profile.id;
}

ClusterPage *tst_MainWindowDrafts::openPage()
{
    m_window->selectProfile(m_profileId);
    auto *page = qobject_cast<ClusterPage *>(m_window->pageFor(m_profileId));
    if (page)
        page->setCurrentWidget(page->resources());
    return page;
}

void tst_MainWindowDrafts::put(const QString &name, const QJsonObject &body)
{
    TestHttp http(m_cluster->lbUrl());
    http.setBasicAuth(m_cluster->adminUser(), m_cluster->adminPassword());
    const QString path = u"/api/v1/resources/jdbc/"_s + name;
    const TestResponse current = http.get(path);
    const TestHeaders precondition = current.status == 200
                                         ? TestHeaders{{"If-Match", current.header("ETag")}}
                                         : TestHeaders{{"If-None-Match", "*"}};
    const TestResponse response =
        http.put(path, QJsonDocument(body).toJson(),
                 TestHeaders{{"Content-Type", "application/json"}} + precondition);
    QVERIFY2(response.status == 200 || response.status == 201, qPrintable(response.summary()));
}

QMessageBox *tst_MainWindowDrafts::draftsQuestion() const
{
    auto *box = m_window->findChild<QMessageBox *>(u"unsavedDraftsDialog"_s);
    return box && box->isVisible() ? box : nullptr;
}

void tst_MainWindowDrafts::curlChangesAppearWithinOnePoll()
{
    ClusterPage *page = openPage();
    QVERIFY(page);
    ResourceTypePanel *jdbc = page->resources()->typePanel(u"jdbc"_s);
    page->resources()->tabs()->setCurrentWidget(jdbc);
    put(u"steady"_s, jdbcBody(5432));
    QTRY_VERIFY_WITH_TIMEOUT(jdbc->model()->rowOf(u"steady"_s) >= 0, kTimeoutMs);

    QSignalSpy resets(jdbc->model(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(jdbc->model(), &QAbstractItemModel::dataChanged);
    QElapsedTimer sinceWrite;
    sinceWrite.start();
    put(u"from-curl"_s, jdbcBody(6000));
    // The poll runs every second: the row arrives without F5 or any reload.
    QTRY_VERIFY_WITH_TIMEOUT(jdbc->model()->rowOf(u"from-curl"_s) >= 0, kTimeoutMs);
    qInfo("a resource written with HTTP appeared after %lld ms (poll interval 1000 ms)",
          sinceWrite.elapsed());
    QCOMPARE(resets.count(), 0);
    for (const QList<QVariant> &signal : std::as_const(changed))
        QVERIFY(signal.at(0).toModelIndex().data(ResourceTableModel::NameRole) != u"steady"_s);

    // Deleted with curl: gone after a poll too.
    TestHttp http(m_cluster->lbUrl());
    http.setBasicAuth(m_cluster->adminUser(), m_cluster->adminPassword());
    QCOMPARE(http.del(u"/api/v1/resources/jdbc/from-curl"_s, TestHeaders{{"If-Match", "*"}}).status,
             204);
    QTRY_VERIFY_WITH_TIMEOUT(jdbc->model()->rowOf(u"from-curl"_s) < 0, kTimeoutMs);
    QVERIFY(jdbc->model()->rowOf(u"steady"_s) >= 0);
}

void tst_MainWindowDrafts::draftsSurviveQuitAndRestart()
{
    put(u"kept-db"_s, jdbcBody(5432));
    ClusterPage *page = openPage();
    QVERIFY(page);
    ResourceTypePanel *jdbc = page->resources()->typePanel(u"jdbc"_s);
    ResourceTypePanel *files = page->resources()->typePanel(u"fileserver"_s);
    QTRY_VERIFY_WITH_TIMEOUT(jdbc->model()->rowOf(u"kept-db"_s) >= 0, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(page->resources()->session().has_value(), kTimeoutMs);

    // A draft of an existing resource, and a new resource with a secret typed into it.
    page->resources()->tabs()->setCurrentWidget(jdbc);
    QVERIFY(jdbc->selectResource(u"kept-db"_s));
    jdbc->controller()->setSpecValue(u"port"_s, 7777);
    page->resources()->tabs()->setCurrentWidget(files);
    files->createNew();
    files->controller()->setName(u"new-files"_s);
    files->controller()->setSpecValue(u"host"_s, u"files.example"_s);
    files->controller()->setSecret(u"secret"_s, kTypedSecret);

    // Quit asks; Cancel keeps everything open.
    m_window->findChild<QAction *>(u"quitAction"_s)->trigger();
    QTRY_VERIFY(draftsQuestion());
    QVERIFY(draftsQuestion()->text().contains(u"kept-db"_s));
    QVERIFY(draftsQuestion()->text().contains(u"new-files"_s));
    QVERIFY(draftsQuestion()->findChild<QPushButton *>(u"applyAllButton"_s));
    QVERIFY(draftsQuestion()->findChild<QPushButton *>(u"discardDraftsButton"_s));
    QVERIFY(draftsQuestion()->grab().toImage().save(QCoreApplication::applicationDirPath() +
                                                    u"/screenshots/unsaved-drafts-question.png"_s));
    QTest::mouseClick(draftsQuestion()->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!draftsQuestion());
    QVERIFY(m_window->isVisible());
    QVERIFY(jdbc->controller()->isDirty());

    // Keep as drafts: the window closes.
    m_window->findChild<QAction *>(u"quitAction"_s)->trigger();
    QTRY_VERIFY(draftsQuestion());
    QTest::mouseClick(draftsQuestion()->findChild<QPushButton *>(u"keepDraftsButton"_s),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_window->isVisible());
    stopWindow();

    // The typed secret never reached the disk.
    QDirIterator files_(m_dir->filePath(u"data"_s), QDir::Files, QDirIterator::Subdirectories);
    while (files_.hasNext()) {
        QFile file(files_.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(kTypedSecret.toUtf8()), qPrintable(file.fileName()));
    }

    // A new session on the same data: the drafts are offered again.
    startWindow();
    bool updated = false;
    m_session->profileService()->updateProfile(
        *m_session->profileService()->profile(m_profileId), m_cluster->adminPassword(), this,
        [&](const StoreWriteResult &result) { updated = result.ok; });
    QTRY_VERIFY(updated);
    page = openPage();
    QVERIFY(page);
    jdbc = page->resources()->typePanel(u"jdbc"_s);
    files = page->resources()->typePanel(u"fileserver"_s);
    QTRY_VERIFY_WITH_TIMEOUT(jdbc->model()->rowOf(u"kept-db"_s) >= 0, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(jdbc->model()->isDirty(u"kept-db"_s), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(page->resources()->session().has_value(), kTimeoutMs);
    page->resources()->tabs()->setCurrentWidget(jdbc);
    QVERIFY(jdbc->selectResource(u"kept-db"_s));
    QTRY_COMPARE(jdbc->controller()->yours().spec.value(u"port"_s).toInt(), 7777);

    page->resources()->tabs()->setCurrentWidget(files);
    QTRY_VERIFY(files->draftOfferText().contains(u"new-files"_s));
    QVERIFY(m_window->grab().toImage().save(QCoreApplication::applicationDirPath() +
                                            u"/screenshots/resources-draft-offered.png"_s));
    QTest::mouseClick(files->findChild<QPushButton *>(u"openDraftButton"_s), Qt::LeftButton);
    QTRY_COMPARE(files->controller()->name(), u"new-files"_s);
    QVERIFY(files->controller()->isNew());
    QCOMPARE(files->controller()->yours().spec.value(u"host"_s).toString(), u"files.example"_s);
    QVERIFY2(files->bannerText().contains(u"type secret again"_s), qPrintable(files->bannerText()));
    QVERIFY(files->draftOfferText().isEmpty());

    // Discard on the next quit leaves nothing behind.
    m_window->findChild<QAction *>(u"quitAction"_s)->trigger();
    QTRY_VERIFY(draftsQuestion());
    QTest::mouseClick(draftsQuestion()->findChild<QPushButton *>(u"discardDraftsButton"_s),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_window->isVisible());
    restart();
}

void tst_MainWindowDrafts::removingAClusterAsksFirst()
{
    m_window->setConfirmRemoval([](QWidget *, const QString &) { return true; });
    ClusterPage *page = openPage();
    QVERIFY(page);
    ResourceTypePanel *jdbc = page->resources()->typePanel(u"jdbc"_s);
    QTRY_VERIFY_WITH_TIMEOUT(page->resources()->session().has_value(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(jdbc->model()->rowOf(u"kept-db"_s) >= 0, kTimeoutMs);
    // Discarded on the last quit: no marker, no offer.
    QVERIFY(!jdbc->model()->isDirty(u"kept-db"_s));
    QVERIFY(page->resources()->typePanel(u"fileserver"_s)->draftOfferText().isEmpty());
    QVERIFY(jdbc->selectResource(u"kept-db"_s));
    jdbc->controller()->setDescription(u"Unsaved"_s);

    m_window->findChild<QAction *>(u"removeClusterAction"_s)->trigger();
    QTRY_VERIFY(draftsQuestion());
    // A removed cluster cannot keep drafts.
    QVERIFY(!draftsQuestion()->findChild<QPushButton *>(u"keepDraftsButton"_s));
    QTest::mouseClick(draftsQuestion()->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!draftsQuestion());
    QVERIFY(m_session->profileService()->profile(m_profileId).has_value());
}

void tst_MainWindowDrafts::applyAllSavesThenCloses()
{
    ClusterPage *page = openPage();
    QVERIFY(page);
    ResourceTypePanel *jdbc = page->resources()->typePanel(u"jdbc"_s);
    QTRY_VERIFY_WITH_TIMEOUT(jdbc->model()->rowOf(u"kept-db"_s) >= 0, kTimeoutMs);
    if (!jdbc->controller()->isOpen() || jdbc->controller()->name() != u"kept-db"_s)
        QVERIFY(jdbc->selectResource(u"kept-db"_s));
    jdbc->controller()->setDescription(u"Applied on the way out"_s);
    QVERIFY(jdbc->controller()->isDirty());

    m_window->findChild<QAction *>(u"quitAction"_s)->trigger();
    QTRY_VERIFY(draftsQuestion());
    QTest::mouseClick(draftsQuestion()->findChild<QPushButton *>(u"applyAllButton"_s),
                      Qt::LeftButton);
    // Closed only once the write was saved.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), kTimeoutMs);
    TestHttp http(m_cluster->lbUrl());
    http.setBasicAuth(m_cluster->adminUser(), m_cluster->adminPassword());
    QCOMPARE(http.get(u"/api/v1/resources/jdbc/kept-db"_s).json().value(u"description"_s),
             QJsonValue(u"Applied on the way out"_s));
    restart();
}

void tst_MainWindowDrafts::listsLoadOnceThePasswordIsGiven()
{
    // A new session whose keychain lost the password: no list pretends to be the cluster's.
    stopWindow();
    startWindow();
    ClusterPage *page = openPage();
    QVERIFY(page);
    ResourceTypePanel *jdbc = page->resources()->typePanel(u"jdbc"_s);
    page->resources()->tabs()->setCurrentWidget(jdbc);
    QTRY_VERIFY_WITH_TIMEOUT(!jdbc->loadErrorText().isEmpty(), kTimeoutMs);
    QCOMPARE(jdbc->model()->rowCount(), 0);

    // The password typed again (Edit Cluster): the next poll brings the lists.
    bool updated = false;
    m_session->profileService()->updateProfile(
        *m_session->profileService()->profile(m_profileId), m_cluster->adminPassword(), this,
        [&](const StoreWriteResult &result) { updated = result.ok; });
    QTRY_VERIFY(updated);
    QTRY_VERIFY_WITH_TIMEOUT(jdbc->model()->rowOf(u"kept-db"_s) >= 0, kTimeoutMs);
    QVERIFY(jdbc->loadErrorText().isEmpty());
}

QTEST_MAIN(tst_MainWindowDrafts)
#include "tst_MainWindowDrafts.moc"
