// ResourcesPanel kept current against a real cluster (ClusterFixture): resources written with
// plain HTTP through the load balancer appear after the next poll's revision without resetting
// the table or touching unchanged rows; a row under an unsaved draft keeps the draft and says
// the cluster changed it; F5 lists everything; a failed load shows an error with Retry; a
// create over an existing name is refused as such; the delete confirmation names what and
// where. PNGs of the changed screens go to <build>/tests/ui/screenshots.

#include "ApiClient.h"
#include "ClusterFixture.h"
#include "FreePorts.h"
#include "ResourceDrafts.h"
#include "ResourceEditorController.h"
#include "ResourceForm.h"
#include "ResourceListSync.h"
#include "ResourceRepository.h"
#include "ResourceSchema.h"
#include "ResourceTableModel.h"
#include "ResourceTypePanel.h"
#include "ResourcesPanel.h"
#include "StoreThread.h"
#include "TestHttp.h"
#include "Theme.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 20000;

class Host final : public QWidget
{
public:
    Host(ResourceRepository *repository, StoreThread *store)
        : panel(new ResourcesPanel(this))
    {
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(panel);
        for (const QString &type : {u"database"_s, u"jdbc"_s, u"fileserver"_s, u"webservice"_s})
            panel->typePanel(type)->setConfirmHandler(
                [](const QString &, const QString &) { return true; });
        panel->setDrafts(new ResourceDrafts(store, this));
        panel->setSources(repository,
                          new ResourceListSync(repository, ResourceSchema::types(), this));
        panel->setClusterId(u"cluster-1"_s);
        panel->setClusterName(u"Staging"_s);
        resize(1100, 640);
    }
    ResourcesPanel *panel;
};

QJsonObject jdbcBody(int port, const QString &description = u"Orders warehouse"_s)
{
    return QJsonObject{
        {u"description"_s, description},
        {u"spec"_s, QJsonObject{{u"driver"_s, u"postgresql"_s},
                                {u"driverClass"_s, u"org.postgresql.Driver"_s},
                                {u"url"_s, u"jdbc:postgresql://db.example:5432/orders"_s},
                                {u"host"_s, u"db.example"_s},
                                {u"port"_s, port},
                                {u"user"_s, u"app"_s},
                                {u"password"_s, u"pw"_s}}}};
}

} // namespace

class tst_ResourcesPanelSync final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void changesMadeElsewhereAppearWithinOnePoll();
    void f5ListsEverything();
    void failedLoadShowsErrorWithRetry();
    void createOverExistingNameIsRefused();
    void deleteConfirmationNamesResourceAndCluster();
    void leavingAnEditCanKeepItAsADraft();

private:
    // PUT through the load balancer as a script would; returns the new X-Config-Revision.
    qint64 put(const QString &name, const QJsonObject &body, const QByteArray &precondition,
               const QByteArray &value);
    ResourceDefinition get(const QString &name);
    std::unique_ptr<ApiClient> adminClient(const QUrl &url) const;

    std::unique_ptr<ClusterFixture> m_cluster;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ResourceRepository> m_repository;
    QTemporaryDir m_storeDir;
    std::unique_ptr<StoreThread> m_store;
    QString m_outDir;
};

void tst_ResourcesPanelSync::initTestCase()
{
    m_outDir = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
    QVERIFY(QDir().mkpath(m_outDir));
    Theme::applyPreference(u"light"_s);
    m_cluster = std::make_unique<ClusterFixture>();
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    m_client = adminClient(m_cluster->lbUrl());
    m_repository = std::make_unique<ResourceRepository>(m_client.get());
    m_store = std::make_unique<StoreThread>();
    QString openError = u"pending"_s;
    m_store->open(m_storeDir.path(), this, [&](const QString &e) { openError = e; });
    QTRY_VERIFY2(openError.isEmpty(), qPrintable(openError));
}

void tst_ResourcesPanelSync::cleanupTestCase()
{
    Theme::applyPreference(u"system"_s);
    if (m_store) {
        bool closed = false;
        m_store->run<bool>(
            [](LocalStore &s) {
                s.close();
                return true;
            },
            this, [&closed](const bool &) { closed = true; });
        QTRY_VERIFY(closed);
    }
    m_store.reset();
    m_repository.reset();
    m_client.reset();
    m_cluster.reset();
}

std::unique_ptr<ApiClient> tst_ResourcesPanelSync::adminClient(const QUrl &url) const
{
    auto client = std::make_unique<ApiClient>();
    client->setBaseUrl(url);
    client->setPasswordCredentials(m_cluster->adminUser(), m_cluster->adminPassword());
    return client;
}

qint64 tst_ResourcesPanelSync::put(const QString &name, const QJsonObject &body,
                                   const QByteArray &precondition, const QByteArray &value)
{
    TestHttp http(m_cluster->lbUrl());
    http.setBasicAuth(m_cluster->adminUser(), m_cluster->adminPassword());
    const TestResponse response =
        http.put(u"/api/v1/resources/jdbc/"_s + name, QJsonDocument(body).toJson(),
                 {{precondition, value}, {"Content-Type", "application/json"}});
    if (response.status != 200 && response.status != 201)
        qWarning("%s", qPrintable(response.summary()));
    return response.header("X-Config-Revision").toLongLong();
}

ResourceDefinition tst_ResourcesPanelSync::get(const QString &name)
{
    TestHttp http(m_cluster->lbUrl());
    http.setBasicAuth(m_cluster->adminUser(), m_cluster->adminPassword());
    const TestResponse response = http.get(u"/api/v1/resources/jdbc/"_s + name);
    return ResourceDefinition::fromJson(response.json()).value_or(ResourceDefinition{});
}

void tst_ResourcesPanelSync::changesMadeElsewhereAppearWithinOnePoll()
{
    for (int i = 0; i < 30; ++i)
        put(u"row-%1"_s.arg(i, 2, 10, QChar(u'0')), jdbcBody(5400 + i), "If-None-Match", "*");
    const qint64 before = put(u"drafted"_s, jdbcBody(5432), "If-None-Match", "*");

    Host host(m_repository.get(), m_store.get());
    ResourceTypePanel *jdbc = host.panel->typePanel(u"jdbc"_s);
    host.panel->tabs()->setCurrentWidget(jdbc);
    host.resize(1100, 420); // short enough to scroll
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    ResourceTableModel *model = jdbc->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(host.panel->listSync()->revision() >= before, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(host.panel->session().has_value(), kTimeoutMs);
    QCOMPARE(model->rowCount(), 31);

    // An unsaved draft on one row, a selection and a scroll position elsewhere.
    QVERIFY(jdbc->selectResource(u"drafted"_s));
    auto *port = qobject_cast<QLineEdit *>(jdbc->form()->editor(u"spec.port"_s));
    port->setFocus();
    port->selectAll();
    QTest::keyClicks(port, u"7000"_s);
    QVERIFY(jdbc->controller()->isDirty());
    jdbc->view()->verticalScrollBar()->setValue(jdbc->view()->verticalScrollBar()->maximum());
    const int scroll = jdbc->view()->verticalScrollBar()->value();
    QVERIFY(scroll > 0);

    // Someone else: a new resource, and a change to the drafted one.
    const ResourceDefinition drafted = get(u"drafted"_s);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    put(u"made-by-curl"_s, jdbcBody(6000), "If-None-Match", "*");
    const qint64 after =
        put(u"drafted"_s, jdbcBody(8000, u"Moved by a script"_s), "If-Match", drafted.ifMatch());
    QVERIFY(after > before);

    // The poll sees the new revision: only what changed arrives.
    host.panel->noteRevision(after);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(u"made-by-curl"_s) >= 0, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(model->isChangedOnCluster(u"drafted"_s), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(host.panel->listSync()->revision(), after, kTimeoutMs);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 0);
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const auto top = signal.at(0).toModelIndex();
        const auto bottom = signal.at(1).toModelIndex();
        QCOMPARE(top.row(), bottom.row());
        QCOMPARE(top.data(ResourceTableModel::NameRole).toString(), u"drafted"_s);
    }
    QCOMPARE(model->resource(u"drafted"_s)->revision, get(u"drafted"_s).revision);
    QVERIFY(model->index(model->rowOf(u"drafted"_s), 0)
                .data()
                .toString()
                .contains(u"changed on the cluster"_s));

    // The draft is untouched; selection and scroll stay.
    QCOMPARE(port->text(), u"7000"_s);
    QCOMPARE(jdbc->controller()->yours().spec.value(u"port"_s).toInt(), 7000);
    QCOMPARE(jdbc->view()->currentIndex().data(ResourceTableModel::NameRole).toString(),
             u"drafted"_s);
    QCOMPARE(jdbc->view()->verticalScrollBar()->value(), scroll);
    QVERIFY(host.grab().toImage().save(m_outDir + u"/resources-changed-on-cluster.png"_s));

    // Applying meets their change: the three-way view, nothing overwritten.
    host.panel->apply();
    QTRY_COMPARE_WITH_TIMEOUT(jdbc->controller()->state(),
                              ResourceEditorController::State::Conflict, kTimeoutMs);
    QCOMPARE(get(u"drafted"_s).spec.value(u"port"_s).toInt(), 8000);
    QCOMPARE(jdbc->controller()->theirs()->spec.value(u"port"_s).toInt(), 8000);
}

void tst_ResourcesPanelSync::f5ListsEverything()
{
    Host host(m_repository.get(), m_store.get());
    ResourceTypePanel *jdbc = host.panel->typePanel(u"jdbc"_s);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    QTRY_VERIFY_WITH_TIMEOUT(host.panel->listSync()->revision() >= 0, kTimeoutMs);
    QSignalSpy resets(jdbc->model(), &QAbstractItemModel::modelReset);
    put(u"seen-after-f5"_s, jdbcBody(5500), "If-None-Match", "*");
    QVERIFY(jdbc->model()->rowOf(u"seen-after-f5"_s) < 0);
    host.panel->reload(); // what F5 calls
    QTRY_VERIFY_WITH_TIMEOUT(jdbc->model()->rowOf(u"seen-after-f5"_s) >= 0, kTimeoutMs);
    QCOMPARE(resets.count(), 0);
}

void tst_ResourcesPanelSync::failedLoadShowsErrorWithRetry()
{
    // Nothing listens on this port: the lists cannot load.
    const std::optional<quint16> deadPort = FreePorts::one();
    QVERIFY(deadPort);
    QUrl dead = m_cluster->lbUrl();
    dead.setPort(*deadPort);
    const std::unique_ptr<ApiClient> client = adminClient(dead);
    ResourceRepository repository(client.get());
    Host host(&repository, m_store.get());
    ResourceTypePanel *jdbc = host.panel->typePanel(u"jdbc"_s);
    host.panel->tabs()->setCurrentWidget(jdbc);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    QTRY_VERIFY_WITH_TIMEOUT(!jdbc->loadErrorText().isEmpty(), kTimeoutMs);
    QVERIFY(jdbc->loadErrorText().startsWith(u"Could not load the list"_s));
    QCOMPARE(jdbc->model()->rowCount(), 0);
    QVERIFY(!jdbc->view()->isEnabled());
    auto *retry = jdbc->findChild<QPushButton *>(u"loadRetryButton"_s);
    QVERIFY(retry && retry->isVisible());
    QVERIFY(host.grab().toImage().save(m_outDir + u"/resources-load-failed.png"_s));

    // The cluster is back (here: the right address): Retry lists it.
    put(u"after-retry"_s, jdbcBody(5600), "If-None-Match", "*");
    client->setBaseUrl(m_cluster->lbUrl());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(jdbc->model()->rowOf(u"after-retry"_s) >= 0, kTimeoutMs);
    QVERIFY(jdbc->loadErrorText().isEmpty());
    QVERIFY(!retry->isVisible());
    QVERIFY(jdbc->view()->isEnabled());
}

void tst_ResourcesPanelSync::createOverExistingNameIsRefused()
{
    put(u"taken"_s, jdbcBody(5432, u"The original"_s), "If-None-Match", "*");
    put(u"template"_s, jdbcBody(5433, u"Mine"_s), "If-None-Match", "*");
    const ResourceDefinition original = get(u"taken"_s);
    QVERIFY(original.existsOnServer());

    Host host(m_repository.get(), m_store.get());
    ResourceTypePanel *jdbc = host.panel->typePanel(u"jdbc"_s);
    host.panel->tabs()->setCurrentWidget(jdbc);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    QTRY_VERIFY_WITH_TIMEOUT(host.panel->session().has_value(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(host.panel->listSync()->revision() >= 0, kTimeoutMs);

    // A new resource (a duplicate) typed under the same name, as if the list had not shown it.
    jdbc->model()->removeResource(u"taken"_s);
    QTRY_VERIFY_WITH_TIMEOUT(jdbc->model()->rowOf(u"template"_s) >= 0, kTimeoutMs);
    QVERIFY(jdbc->selectResource(u"template"_s));
    QTest::mouseClick(jdbc->findChild<QPushButton *>(u"duplicateButton"_s), Qt::LeftButton);
    ResourceEditorController *editor = jdbc->controller();
    QVERIFY(editor->isNew());
    auto *nameField = qobject_cast<QLineEdit *>(jdbc->form()->editor(u"name"_s));
    QVERIFY(nameField);
    nameField->setFocus();
    nameField->selectAll();
    QTest::keyClicks(nameField, u"taken"_s);
    QCOMPARE(editor->name(), u"taken"_s);
    QVERIFY2(editor->canApply(), qPrintable(editor->errors().keys().join(u',')));
    host.panel->apply();
    QTRY_COMPARE_WITH_TIMEOUT(editor->takenName(), u"taken"_s, kTimeoutMs);

    // Said as it is, with the two ways out; never the conflict view, never an update.
    QCOMPARE(editor->state(), ResourceEditorController::State::Editing);
    QVERIFY(editor->isNew());
    QVERIFY2(jdbc->bannerText().contains(u"already exists"_s), qPrintable(jdbc->bannerText()));
    QVERIFY(!jdbc->bannerText().contains(u"changed"_s));
    QVERIFY(!editor->errorFor(u"name"_s).isEmpty());
    QVERIFY(!editor->canApply());
    QVERIFY(!jdbc->conflictDialog());
    auto *openExisting = jdbc->findChild<QPushButton *>(u"openExistingButton"_s);
    auto *chooseName = jdbc->findChild<QPushButton *>(u"chooseNameButton"_s);
    QVERIFY(openExisting->isVisible());
    QVERIFY(chooseName->isVisible());
    QVERIFY(host.grab().toImage().save(m_outDir + u"/resources-name-taken.png"_s));
    const ResourceDefinition after = get(u"taken"_s);
    QCOMPARE(after.revision, original.revision);
    QCOMPARE(after.description, u"The original"_s);

    // Another name: the error goes and the create goes through.
    QTest::mouseClick(chooseName, Qt::LeftButton);
    QCOMPARE(QApplication::focusWidget(), jdbc->form()->editor(u"name"_s));
    QTest::keyClicks(QApplication::focusWidget(), u"taken-2"_s);
    QVERIFY(editor->takenName().isEmpty());
    QVERIFY(!openExisting->isVisible());
    QVERIFY(editor->canApply());

    // Or the existing one, on request.
    editor->setName(u"taken"_s);
    host.panel->apply();
    QTRY_COMPARE_WITH_TIMEOUT(editor->takenName(), u"taken"_s, kTimeoutMs);
    QTest::mouseClick(openExisting, Qt::LeftButton);
    QTRY_VERIFY(!editor->isNew());
    QCOMPARE(editor->name(), u"taken"_s);
    QCOMPARE(editor->base()->description, u"The original"_s);
}

void tst_ResourcesPanelSync::deleteConfirmationNamesResourceAndCluster()
{
    put(u"to-delete"_s, jdbcBody(5432), "If-None-Match", "*");
    Host host(m_repository.get(), m_store.get());
    ResourceTypePanel *jdbc = host.panel->typePanel(u"jdbc"_s);
    host.panel->tabs()->setCurrentWidget(jdbc);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    QTRY_VERIFY_WITH_TIMEOUT(host.panel->session().has_value(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(jdbc->model()->rowOf(u"to-delete"_s) >= 0, kTimeoutMs);
    QVERIFY(jdbc->selectResource(u"to-delete"_s));

    const auto confirmation = [&] {
        return jdbc->findChild<QMessageBox *>(u"deleteConfirmation"_s);
    };
    QTest::mouseClick(jdbc->findChild<QPushButton *>(u"deleteButton"_s), Qt::LeftButton);
    QTRY_VERIFY(confirmation() && confirmation()->isVisible());
    QMessageBox *box = confirmation();
    QVERIFY2(box->text().contains(u"to-delete"_s), qPrintable(box->text()));
    QVERIFY2(box->text().contains(u"Staging"_s), qPrintable(box->text()));
    QVERIFY(box->text().contains(u"JDBC connection"_s));
    auto *remove = box->findChild<QPushButton *>(u"confirmDeleteButton"_s);
    QVERIFY(remove);
    QCOMPARE(remove->text().remove(u'&'), u"Delete"_s);
    for (QAbstractButton *button : box->buttons())
        QVERIFY(!button->text().contains(u"Discard"_s));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QVERIFY(box->grab().toImage().save(m_outDir + u"/resources-delete-confirmation.png"_s));

    // Cancel keeps it; Delete deletes it.
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!confirmation());
    QVERIFY(get(u"to-delete"_s).existsOnServer());
    QTest::mouseClick(jdbc->findChild<QPushButton *>(u"deleteButton"_s), Qt::LeftButton);
    QTRY_VERIFY(confirmation() && confirmation()->isVisible());
    QTest::mouseClick(confirmation()->findChild<QPushButton *>(u"confirmDeleteButton"_s),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(jdbc->model()->rowOf(u"to-delete"_s) < 0, kTimeoutMs);
    QVERIFY(!get(u"to-delete"_s).existsOnServer());
}

void tst_ResourcesPanelSync::leavingAnEditCanKeepItAsADraft()
{
    put(u"left-a"_s, jdbcBody(5001), "If-None-Match", "*");
    put(u"left-b"_s, jdbcBody(5002), "If-None-Match", "*");
    Host host(m_repository.get(), m_store.get());
    ResourceTypePanel *jdbc = host.panel->typePanel(u"jdbc"_s);
    host.panel->tabs()->setCurrentWidget(jdbc);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    QTRY_VERIFY_WITH_TIMEOUT(host.panel->session().has_value(), kTimeoutMs);
    QTRY_VERIFY2_WITH_TIMEOUT(jdbc->model()->rowOf(u"left-b"_s) >= 0,
                              qPrintable(jdbc->loadErrorText() + u" rows "_s +
                                         QString::number(jdbc->model()->rowCount())),
                              kTimeoutMs);
    QList<bool> offeredKeep;
    jdbc->setLeaveHandler([&](const QString &, bool canKeep) {
        offeredKeep.append(canKeep);
        return ResourceTypePanel::LeaveChoice::KeepDraft;
    });

    QVERIFY(jdbc->selectResource(u"left-a"_s));
    jdbc->controller()->setSpecValue(u"port"_s, 6001);
    QVERIFY(jdbc->selectResource(u"left-b"_s)); // asked; kept
    QCOMPARE(offeredKeep, QList<bool>{true});
    QVERIFY(jdbc->model()->isDirty(u"left-a"_s));
    QVERIFY(!jdbc->controller()->isDirty());
    QVERIFY(jdbc->selectResource(u"left-a"_s));
    QTRY_COMPARE(jdbc->controller()->yours().spec.value(u"port"_s).toInt(), 6001);

    // Without a handler the window asks, window-modal, and the move waits for the answer.
    jdbc->setLeaveHandler({});
    jdbc->controller()->setSpecValue(u"port"_s, 6101);
    QVERIFY(!jdbc->selectResource(u"left-b"_s));
    const auto question = [&] {
        auto *box = jdbc->findChild<QMessageBox *>(u"leaveDraftQuestion"_s);
        return box && box->isVisible() ? box : nullptr;
    };
    QTRY_VERIFY(question());
    QCOMPARE(jdbc->controller()->name(), u"left-a"_s);
    QCOMPARE(jdbc->view()->currentIndex().data(ResourceTableModel::NameRole).toString(),
             u"left-a"_s);
    QTest::mouseClick(question()->findChild<QPushButton *>(u"keepDraftButton"_s), Qt::LeftButton);
    QTRY_COMPARE(jdbc->controller()->name(), u"left-b"_s);
    QCOMPARE(jdbc->view()->currentIndex().data(ResourceTableModel::NameRole).toString(),
             u"left-b"_s);
    QVERIFY(jdbc->model()->isDirty(u"left-a"_s));
    jdbc->setLeaveHandler([&](const QString &, bool canKeep) {
        offeredKeep.append(canKeep);
        return ResourceTypePanel::LeaveChoice::KeepDraft;
    });

    // A new resource left for an existing one is kept too, and offered above the table.
    jdbc->controller()->revert();
    jdbc->createNew();
    jdbc->controller()->setName(u"left-new"_s);
    QVERIFY(jdbc->selectResource(u"left-b"_s));
    QCOMPARE(offeredKeep.last(), true);
    QTRY_VERIFY(jdbc->draftOfferText().contains(u"left-new"_s));
    QTest::mouseClick(jdbc->findChild<QPushButton *>(u"openDraftButton"_s), Qt::LeftButton);
    QTRY_COMPARE(jdbc->controller()->name(), u"left-new"_s);
    QVERIFY(jdbc->controller()->isNew());
    jdbc->controller()->revert();
}

QTEST_MAIN(tst_ResourcesPanelSync)
#include "tst_ResourcesPanelSync.moc"
