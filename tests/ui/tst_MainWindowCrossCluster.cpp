// MainWindow's cross-cluster tools against two real reference clusters (three nodes behind its
// own HAProxy each), driven the way an administrator would: the Fleet page lists both and opens
// a cluster (double-click and Enter); Tools > Compare shows the difference; Copy goes through the
// dry-run plan, applies and a second plan is empty; File > Export and Import move the
// definitions to the other cluster through the same plan (the file chooser is injected). Renders
// the Fleet page and the compare dialog (light, dark, German) under screenshots/.
#include "AppSettings.h"
#include "ClusterFixture.h"
#include "CompareDialog.h"
#include "CompareView.h"
#include "ConsoleSession.h"
#include "CrossClusterController.h"
#include "FleetView.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ResourceDiffModel.h"
#include "SyncPlanDialog.h"
#include "TestHttp.h"
#include "Theme.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 30000;

QJsonObject jdbc(int port, const std::optional<QString> &password = std::nullopt)
{
    QJsonObject spec{{u"driver"_s, u"postgresql"_s},
                     {u"driverClass"_s, u"org.postgresql.Driver"_s},
                     {u"url"_s, u"jdbc:postgresql://db:5432/orders"_s},
                     {u"port"_s, port}};
    if (password)
        spec.insert(u"password"_s, *password);
    return {{u"description"_s, u"Orders"_s}, {u"spec"_s, spec}};
}

QJsonObject database(int poolSize)
{
    return {{u"description"_s, u"Geocoder data"_s},
            {u"spec"_s, QJsonObject{{u"module"_s, u"GeoStan"_s},
                                    {u"kind"_s, u"geocoding"_s},
                                    {u"location"_s, u"/data/geo"_s},
                                    {u"placement"_s, u"shared"_s},
                                    {u"poolSize"_s, poolSize}}}};
}

} // namespace

class tst_MainWindowCrossCluster final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void fleetListsBothAndOpensTheCluster();
    void compareFromTheMenuShowsTheDifference();
    void copyThroughThePlanAppliesOnce();
    void exportThenImportIntoTheOtherCluster();
    void screenshots();

private:
    std::unique_ptr<TestHttp> admin(const ClusterFixture &cluster) const;
    void put(const ClusterFixture &cluster, const QString &type, const QString &name,
             const QJsonObject &body);
    void removeAll(const ClusterFixture &cluster);
    void settle(const ClusterFixture &cluster, qint64 revision);
    QStringList resourceNames(const ClusterFixture &cluster) const;
    QString addProfile(const QString &name, const ClusterFixture &cluster);
    void press(QKeyCombination keys);
    CompareView *openCompare();
    bool compareNow(CompareView *view);
    int rowOf(CompareView *view, const QString &key) const;
    QString screenshotDir() const;

    std::unique_ptr<ClusterFixture> m_a;
    std::unique_ptr<ClusterFixture> m_b;
    std::unique_ptr<QTemporaryDir> m_dir;
    AppSettings *m_settings = nullptr;
    ConsoleSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    QString m_idA;
    QString m_idB;
    QList<FileChooser::Request> m_fileRequests;
    QString m_nextPath;
};

void tst_MainWindowCrossCluster::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ClusterOptions options;
    options.name = u"alpha"_s;
    m_a = std::make_unique<ClusterFixture>(options);
    options.name = u"beta"_s;
    m_b = std::make_unique<ClusterFixture>(options);
    QString error;
    QVERIFY2(m_a->start(&error), qPrintable(error));
    QVERIFY2(m_b->start(&error), qPrintable(error));

    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = new AppSettings(m_dir->filePath(u"settings.ini"_s));
    m_session = new ConsoleSession(new MemorySecretStore);
    m_window = new MainWindow(m_session, m_settings);
    // The hook instead of a file dialog: remembers what was asked, answers with m_nextPath.
    m_window->crossCluster()->setFileChooser(
        [this](QWidget *, const FileChooser::Request &request, const FileChooser::Chosen &chosen) {
            m_fileRequests.append(request);
            if (!m_nextPath.isEmpty())
                chosen(m_nextPath);
        });
    QSignalSpy started(m_session, &ConsoleSession::started);
    m_session->start(m_dir->filePath(u"data"_s));
    QVERIFY(started.wait(10000));
    m_idA = addProfile(u"Alpha"_s, *m_a);
    m_idB = addProfile(u"Beta"_s, *m_b);
    QVERIFY(!m_idA.isEmpty() && !m_idB.isEmpty());
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void tst_MainWindowCrossCluster::init()
{
    // A: one JDBC connection with a password and a database; B: the database, other content.
    removeAll(*m_a);
    removeAll(*m_b);
    put(*m_a, u"jdbc"_s, u"orders-db"_s, jdbc(5432, u"s3cret"_s));
    put(*m_a, u"database"_s, u"geo"_s, database(4));
    put(*m_b, u"database"_s, u"geo"_s, database(8));
    m_fileRequests.clear();
    m_nextPath.clear();
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow()); // the window's shortcuts need it
}

void tst_MainWindowCrossCluster::cleanup()
{
    if (QDialog *dialog = m_window->crossCluster()->compareDialog())
        dialog->close();
    if (SyncPlanDialog *dialog = m_window->crossCluster()->importDialog())
        dialog->close();
}

void tst_MainWindowCrossCluster::cleanupTestCase()
{
    delete m_window;
    delete m_session;
    delete m_settings;
    m_dir.reset();
    m_b.reset();
    m_a.reset();
}

// The balancer takes the nodes in turn and a replica may lag: the test's writes (and the
// console's before them) reach every node before anything reads, or a list shows them on one
// cluster only ("partial") and a put sees a deleted resource.
void tst_MainWindowCrossCluster::settle(const ClusterFixture &cluster, qint64 revision)
{
    QString detail;
    QTRY_VERIFY2_WITH_TIMEOUT(cluster.isConverged(revision, &detail), qPrintable(detail),
                              kTimeoutMs);
}

std::unique_ptr<TestHttp> tst_MainWindowCrossCluster::admin(const ClusterFixture &cluster) const
{
    auto http = std::make_unique<TestHttp>(cluster.lbUrl());
    http->setBasicAuth(cluster.adminUser(), cluster.adminPassword());
    return http;
}

void tst_MainWindowCrossCluster::put(const ClusterFixture &cluster, const QString &type,
                                     const QString &name, const QJsonObject &body)
{
    auto http = admin(cluster);
    const QString path = u"/api/v1/resources/%1/%2"_s.arg(type, name);
    const TestResponse current = http->get(path);
    const TestHeaders precondition = current.status == 200
                                         ? TestHeaders{{"If-Match", current.header("ETag")}}
                                         : TestHeaders{{"If-None-Match", "*"}};
    const TestResponse response =
        http->put(path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                  TestHeaders{{"Content-Type", "application/json"}} + precondition);
    QVERIFY2(response.status == 200 || response.status == 201, qPrintable(response.summary()));
    settle(cluster, response.json().value(u"revision").toInteger());
}

void tst_MainWindowCrossCluster::removeAll(const ClusterFixture &cluster)
{
    settle(cluster, -1);
    auto http = admin(cluster);
    const QJsonArray resources =
        http->get(u"/api/v1/resources"_s).json().value(u"resources").toArray();
    for (const QJsonValue &value : resources) {
        const QJsonObject r = value.toObject();
        const TestResponse response =
            http->del(u"/api/v1/resources/%1/%2"_s.arg(r.value(u"type").toString(),
                                                       r.value(u"name").toString()),
                      TestHeaders{{"If-Match", "*"}});
        QCOMPARE(response.status, 204);
        settle(cluster, response.header("X-Config-Revision").toLongLong());
    }
}

QStringList tst_MainWindowCrossCluster::resourceNames(const ClusterFixture &cluster) const
{
    QStringList names;
    const QJsonArray resources =
        admin(cluster)->get(u"/api/v1/resources"_s).json().value(u"resources").toArray();
    for (const QJsonValue &value : resources)
        names << value[u"type"].toString() + u'/' + value[u"name"].toString();
    names.sort();
    return names;
}

QString tst_MainWindowCrossCluster::addProfile(const QString &name, const ClusterFixture &cluster)
{
    ClusterProfile profile = ClusterProfile::create(name, cluster.lbUrl());
    profile.userName = cluster.adminUser();
    bool stored = false;
    m_session->profileService()->addProfile(
        profile, cluster.adminPassword(), this,
        [&stored](const StoreWriteResult &result) { stored = result.ok; });
    if (!QTest::qWaitFor([&] { return stored; }, 10000))
        return {};
    return profile.id;
}

void tst_MainWindowCrossCluster::press(QKeyCombination keys)
{
    QTest::keyClick(m_window, keys.key(), keys.keyboardModifiers());
}

CompareView *tst_MainWindowCrossCluster::openCompare()
{
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_D); // Tools > Compare Clusters…
    QDialog *dialog = m_window->crossCluster()->compareDialog();
    if (!dialog || !dialog->isVisible())
        return nullptr;
    return m_window->crossCluster()->compareView();
}

bool tst_MainWindowCrossCluster::compareNow(CompareView *view)
{
    QSignalSpy finished(view, &CompareView::comparisonFinished);
    auto *button = view->findChild<QPushButton *>(u"compareButton"_s);
    if (!button || !button->isEnabled())
        return false;
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    return finished.wait(kTimeoutMs);
}

int tst_MainWindowCrossCluster::rowOf(CompareView *view, const QString &key) const
{
    const QAbstractItemModel *model = view->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ResourceDiffModel::KeyRole).toString() == key)
            return row;
    }
    return -1;
}

QString tst_MainWindowCrossCluster::screenshotDir() const
{
    const QString dir = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
    QDir().mkpath(dir);
    return dir;
}

void tst_MainWindowCrossCluster::fleetListsBothAndOpensTheCluster()
{
    m_window->selectProfile(m_idB);
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_F); // View > Fleet
    QVERIFY(m_window->isFleetShown());
    QVERIFY(m_window->findChild<QAction *>(u"fleetAction"_s)->isChecked());
    QCOMPARE(m_window->currentProfileId(), QString());
    FleetView *fleet = m_window->fleetView();
    QTableView *table = fleet->table();
    QCOMPARE(table->model()->rowCount(), 2);
    // Both clusters polled and counted: three nodes up and two resources on A.
    const QModelIndex alphaResources =
        table->model()->index(0, int(FleetSummary::Column::Resources));
    QCOMPARE(table->model()->index(0, 0).data().toString(), u"Alpha"_s);
    QTRY_COMPARE_WITH_TIMEOUT(alphaResources.data(FleetTableModel::RawValueRole).toInt(), 2,
                              kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()
                                 ->index(1, int(FleetSummary::Column::NodesUp))
                                 .data()
                                 .toString()
                                 .startsWith(u"3"_s),
                             kTimeoutMs);
    // A resource created behind the console's back is counted after a poll, without Refresh.
    put(*m_a, u"jdbc"_s, u"made-elsewhere"_s, jdbc(5433, u"pw"_s));
    QTRY_COMPARE_WITH_TIMEOUT(alphaResources.data(FleetTableModel::RawValueRole).toInt(), 3,
                              kTimeoutMs);

    // A double-click opens that cluster's page.
    const QRect cell = table->visualRect(table->model()->index(1, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_window->currentProfileId(), m_idB);
    QCOMPARE(m_window->currentPage(), m_window->pageFor(m_idB));
    QVERIFY(!m_window->isFleetShown());
    QVERIFY(!m_window->findChild<QAction *>(u"fleetAction"_s)->isChecked());

    // The keyboard way back and in: the table has the focus, Ctrl+Home (first row), Enter.
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    QVERIFY(m_window->isFleetShown());
    QVERIFY(table->hasFocus() || QApplication::focusWidget() == table);
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(m_window->currentProfileId(), m_idA);
}

void tst_MainWindowCrossCluster::compareFromTheMenuShowsTheDifference()
{
    m_window->selectProfile(m_idA);
    CompareView *view = openCompare();
    QVERIFY(view);
    QCOMPARE(view->checkedProfiles().size(), 2);
    QCOMPARE(view->sourceProfile(), m_idA);
    QVERIFY(compareNow(view));
    // Both clusters were read (a failed reading would show every resource as partial).
    QVERIFY2(!view->statusText().contains(u"could not be read"_s), qPrintable(view->statusText()));
    QCOMPARE(view->model()->rowCount(), 2);
    const QAbstractItemModel *model = view->table()->model();
    const int status = int(ResourceDiffModel::Column::Status);
    const int geo = rowOf(view, u"database/geo"_s);
    const int orders = rowOf(view, u"jdbc/orders-db"_s);
    QVERIFY(geo >= 0 && orders >= 0);
    QCOMPARE(model->index(geo, status).data(ResourceDiffModel::StateRole).toInt(),
             int(ResourceDiffRow::Status::Differs));
    QVERIFY2(
        model->index(geo, int(ResourceDiffModel::Column::Fields))
            .data()
            .toString()
            .contains(u"spec.poolSize"_s),
        qPrintable(model->index(geo, int(ResourceDiffModel::Column::Fields)).data().toString()));
    QCOMPARE(model->index(orders, status).data(ResourceDiffModel::StateRole).toInt(),
             int(ResourceDiffRow::Status::Partial));
}

void tst_MainWindowCrossCluster::copyThroughThePlanAppliesOnce()
{
    m_window->selectProfile(m_idA);
    CompareView *view = openCompare();
    QVERIFY(view);
    QVERIFY(compareNow(view));
    view->table()->selectAll();
    auto *copy = view->findChild<QPushButton *>(u"copyButton"_s);
    QVERIFY(copy->isEnabled());
    copy->click();
    QTRY_VERIFY(view->syncDialog());
    SyncPlanDialog *dialog = view->syncDialog();
    QSignalSpy planned(dialog, &SyncPlanDialog::planReady);
    QVERIFY(planned.wait(kTimeoutMs));
    QCOMPARE(dialog->plan().targets, QStringList{u"Beta"_s});
    QCOMPARE(dialog->plan().count(SyncItem::Action::Create), 1);
    QCOMPARE(dialog->plan().count(SyncItem::Action::Update), 1);

    // The password is typed once for the batch; it is never read from Alpha.
    const QString key = SyncOptions::secretKey(u"jdbc"_s, u"orders-db"_s, u"password"_s);
    QLineEdit *secret = dialog->secretEdit(key);
    QVERIFY(secret);
    QVERIFY(secret->text().isEmpty());
    QVERIFY(dialog->leaveUnsetBox(key)->isChecked());
    QTest::keyClicks(secret, u"s3cret"_s);
    QVERIFY(!dialog->leaveUnsetBox(key)->isChecked());

    auto *apply = dialog->findChild<QPushButton *>(u"applyButton"_s);
    QTRY_VERIFY(apply->isEnabled());
    QSignalSpy applied(dialog, &SyncPlanDialog::applyFinished);
    apply->click();
    QVERIFY(applied.wait(kTimeoutMs));
    QVERIFY(dialog->controller()->allWritesApplied());
    // Read through the load balancer: another node may take a moment to replicate.
    QTRY_COMPARE_WITH_TIMEOUT(resourceNames(*m_b),
                              (QStringList{u"database/geo"_s, u"jdbc/orders-db"_s}), kTimeoutMs);

    // Planned again (the typed secret is compared by digest): nothing left to do.
    planned.clear();
    dialog->findChild<QPushButton *>(u"replanButton"_s)->click();
    QVERIFY(planned.wait(kTimeoutMs));
    QVERIFY2(!dialog->plan().hasWrites(),
             QJsonDocument(dialog->plan().toJson()).toJson().constData());
    dialog->close();
    // The compare view compared again after the apply: everything identical now.
    QTRY_VERIFY_WITH_TIMEOUT(view->statusText().contains(u"2 identical"_s), kTimeoutMs);
}

void tst_MainWindowCrossCluster::exportThenImportIntoTheOtherCluster()
{
    const QString path = m_dir->filePath(u"alpha-resources.json"_s);
    m_nextPath = path;
    m_window->selectProfile(m_idA);
    QSignalSpy done(m_window->crossCluster(), &CrossClusterController::done);
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_E); // File > Export Resource Definitions…
    QCOMPARE(m_fileRequests.size(), 1);
    QCOMPARE(m_fileRequests.at(0).mode, FileChooser::Mode::Save);
    QCOMPARE(m_fileRequests.at(0).suggestedPath, u"Alpha-resources.json"_s);
    QVERIFY(done.wait(kTimeoutMs));
    QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"Exported 2 definitions"_s));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(!json.contains("s3cret")); // secrets are never exported

    removeAll(*m_b);
    m_window->selectProfile(m_idB);
    press(Qt::CTRL | Qt::SHIFT | Qt::Key_I); // File > Import Resource Definitions…
    QCOMPARE(m_fileRequests.size(), 2);
    QCOMPARE(m_fileRequests.at(1).mode, FileChooser::Mode::Open);
    SyncPlanDialog *dialog = m_window->crossCluster()->importDialog();
    QVERIFY(dialog);
    QSignalSpy planned(dialog, &SyncPlanDialog::planReady);
    QVERIFY(planned.wait(kTimeoutMs));
    QCOMPARE(dialog->plan().targets, QStringList{u"Beta"_s});
    QCOMPARE(dialog->plan().count(SyncItem::Action::Create), 2);
    // The secret is not in the file: left unset unless typed.
    const QString key = SyncOptions::secretKey(u"jdbc"_s, u"orders-db"_s, u"password"_s);
    QVERIFY(dialog->leaveUnsetBox(key) && dialog->leaveUnsetBox(key)->isChecked());
    QSignalSpy applied(dialog, &SyncPlanDialog::applyFinished);
    auto *apply = dialog->findChild<QPushButton *>(u"applyButton"_s);
    QVERIFY(apply->isEnabled());
    apply->setFocus();
    QTest::keyClick(apply, Qt::Key_Space);
    QVERIFY(applied.wait(kTimeoutMs));
    QVERIFY(dialog->controller()->allWritesApplied());
    QTRY_COMPARE_WITH_TIMEOUT(resourceNames(*m_b), resourceNames(*m_a), kTimeoutMs);

    // A file that is not a definitions file is refused with the reason, nothing opens.
    const QString bad = m_dir->filePath(u"bad.json"_s);
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("{\"format\": \"something else\"}");
    badFile.close();
    dialog->close();
    QTRY_VERIFY(!m_window->crossCluster()->importDialog()); // deleted on close
    done.clear();
    m_window->crossCluster()->importDefinitionsFrom(m_idB, bad);
    QCOMPARE(done.size(), 1);
    QVERIFY(!done.at(0).at(0).toBool());
    QVERIFY(!m_window->crossCluster()->importDialog());
    if (auto *box = m_window->findChild<QDialog *>(u"errorMessageBox"_s))
        box->close();
}

void tst_MainWindowCrossCluster::screenshots()
{
    // For people to look at: the Fleet page and the compare dialog, light, dark and German.
    put(*m_b, u"jdbc"_s, u"billing"_s, jdbc(5433));
    m_window->showFleet();
    QTableView *table = m_window->fleetView()->table();
    QTRY_VERIFY_WITH_TIMEOUT(
        table->model()->index(1, int(FleetSummary::Column::Resources)).data().toString() != u"—"_s,
        kTimeoutMs);
    m_window->selectProfile(m_idA);
    CompareView *view = openCompare();
    QVERIFY(view);
    QVERIFY(compareNow(view));
    QDialog *dialog = m_window->crossCluster()->compareDialog();
    m_window->showFleet();
    const auto render = [&](const QString &suffix) {
        QCoreApplication::sendPostedEvents(); // palette and language arrive as posted events
        QVERIFY(m_window->grab().save(screenshotDir() + u"/fleet-%1.png"_s.arg(suffix)));
        QVERIFY(dialog->grab().save(screenshotDir() + u"/compare-dialog-%1.png"_s.arg(suffix)));
    };
    render(u"light"_s);
    Theme::applyDarkPalette();
    render(u"dark"_s);
    Theme::applyPreference(u"system"_s);
    m_settings->setValue(AppSettings::Key::Language, u"de"_s);
    QTRY_COMPARE(m_window->languageSwitcher()->currentLanguage(), u"de"_s);
    QTRY_VERIFY(m_window->findChild<QMenu *>(u"fileMenu"_s)->title() != u"&File"_s);
    render(u"german"_s);
    m_settings->setValue(AppSettings::Key::Language, u"en"_s);
    QTRY_COMPARE(m_window->findChild<QMenu *>(u"fileMenu"_s)->title(), u"&File"_s);
}

QTEST_MAIN(tst_MainWindowCrossCluster)
#include "tst_MainWindowCrossCluster.moc"
