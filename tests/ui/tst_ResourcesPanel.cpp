// ResourcesPanel offscreen against a real cluster (ClusterFixture): a file server created with
// the keyboard alone (Tab order, the shell's Ctrl+S), Apply disabled while a field is invalid,
// the conflict dialog's base / yours / theirs after a change made behind the editor's back, a
// viewer's read-only editor with the reason up front; PNGs of the editor and the conflict dialog
// (light and dark) go to <build>/tests/ui/screenshots.

#include "ApiClient.h"
#include "ClusterFixture.h"
#include "ConflictDialog.h"
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

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 20000;

// Stands in for the main window: hosts the panel and forwards Ctrl+S / Esc like the shell.
class Host final : public QWidget
{
public:
    explicit Host(ResourceRepository *repository, StoreThread *store)
        : panel(new ResourcesPanel(this))
    {
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(panel);
        auto *apply = new QAction(this);
        apply->setShortcut(QKeySequence::Save);
        connect(apply, &QAction::triggered, this, [this] { panel->apply(); });
        addAction(apply);
        auto *revert = new QAction(this);
        revert->setShortcut(Qt::Key_Escape);
        connect(revert, &QAction::triggered, this, [this] { panel->revert(); });
        addAction(revert);
        for (const QString &type : {u"database"_s, u"jdbc"_s, u"fileserver"_s, u"webservice"_s})
            panel->typePanel(type)->setConfirmHandler(
                [](const QString &, const QString &) { return true; });
        panel->setDrafts(new ResourceDrafts(store, this));
        panel->setSources(repository,
                          new ResourceListSync(repository, ResourceSchema::types(), this));
        panel->setClusterId(u"cluster-1"_s);
        resize(1100, 640);
    }
    ResourcesPanel *panel;
};

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
                                {u"properties"_s, QJsonObject{{u"ssl"_s, u"true"_s}}},
                                {u"password"_s, u"pw"_s}}}};
}

} // namespace

class tst_ResourcesPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void keyboardOnlyCreatesFileServer();
    void applyIsDisabledWhileInvalid();
    void conflictDialogShowsBaseYoursTheirs_data();
    void conflictDialogShowsBaseYoursTheirs();
    void viewerCannotEdit();
    void reloadAsksWithoutBlocking();
    void deleteOfAChangedResourceIsRefusedInWords();

private:
    ResourceDefinition createJdbc(const QString &name, int port);
    std::unique_ptr<ApiClient> client(bool admin) const;

    std::unique_ptr<ClusterFixture> m_cluster;
    std::unique_ptr<ApiClient> m_adminClient;
    std::unique_ptr<ResourceRepository> m_admin;
    QTemporaryDir m_storeDir;
    std::unique_ptr<StoreThread> m_store;
    QString m_outDir;
};

void tst_ResourcesPanel::initTestCase()
{
    m_outDir = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
    QVERIFY(QDir().mkpath(m_outDir));
    m_cluster = std::make_unique<ClusterFixture>();
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    m_adminClient = client(true);
    m_admin = std::make_unique<ResourceRepository>(m_adminClient.get());
    m_store = std::make_unique<StoreThread>();
    QString openError = u"pending"_s;
    m_store->open(m_storeDir.path(), this, [&](const QString &e) { openError = e; });
    QTRY_VERIFY2(openError.isEmpty(), qPrintable(openError));
}

void tst_ResourcesPanel::cleanupTestCase()
{
    Theme::applyPreference(u"system"_s);
    if (m_store) {
        // Closed on its worker first: see tst_ResourceEditorController.
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
    m_admin.reset();
    m_adminClient.reset();
    m_cluster.reset();
}

std::unique_ptr<ApiClient> tst_ResourcesPanel::client(bool admin) const
{
    auto client = std::make_unique<ApiClient>();
    client->setBaseUrl(m_cluster->lbUrl());
    client->setPasswordCredentials(admin ? m_cluster->adminUser() : m_cluster->viewerUser(),
                                   admin ? m_cluster->adminPassword()
                                         : m_cluster->viewerPassword());
    return client;
}

ResourceDefinition tst_ResourcesPanel::createJdbc(const QString &name, int port)
{
    bool done = false;
    ResourceResult result;
    m_admin->create(u"jdbc"_s, name, jdbcBody(port), this, [&](const ResourceResult &r) {
        result = r;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, kTimeoutMs); }();
    return result.resource.value_or(ResourceDefinition{});
}

void tst_ResourcesPanel::keyboardOnlyCreatesFileServer()
{
    Host host(m_admin.get(), m_store.get());
    host.show();
    QVERIFY(QTest::qWaitForWindowActive(&host));
    ResourcesPanel *panel = host.panel;
    // From the tab bar to "File servers" with the arrow keys.
    panel->tabs()->tabBar()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(panel->tabs()->tabBar(), Qt::Key_Right);
    QTest::keyClick(panel->tabs()->tabBar(), Qt::Key_Right);
    ResourceTypePanel *files = panel->currentTypePanel();
    QCOMPARE(files->type(), u"fileserver"_s);
    QTRY_VERIFY_WITH_TIMEOUT(panel->session().has_value(), kTimeoutMs);

    QTest::keyClick(&host, Qt::Key_N, Qt::AltModifier); // the New button's mnemonic
    // A mnemonic clicks its button a moment later (animateClick).
    QTRY_VERIFY(files->controller()->isOpen());
    QVERIFY(files->controller()->isNew());
    QTRY_COMPARE(QApplication::focusWidget(), files->form()->editor(u"name"_s));
    const auto type = [](const QString &text) {
        QTest::keyClicks(QApplication::focusWidget(), text);
    };
    const auto tab = [] { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); };
    type(u"files-kbd"_s);
    tab();
    type(u"Keyboard-made file server"_s);
    tab();
    QCOMPARE(QApplication::focusWidget(), files->form()->editor(u"spec.protocol"_s));
    type(u"s"_s); // keyboard search in the combo box: "sftp"
    tab();
    type(u"files.example"_s);
    tab();
    type(u"22"_s);
    tab();
    type(u"/srv/files"_s);
    tab();
    type(u"deploy"_s);
    tab();
    QCOMPARE(QApplication::focusWidget(), files->form()->editor(u"spec.secret"_s));
    type(u"key-material"_s);
    QVERIFY2(files->controller()->isValid(),
             qPrintable(files->controller()->errors().keys().join(u',')));
    QVERIFY(files->titleText().endsWith(u"\u2022"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(files->model()->rowOf(u"files-kbd"_s) >= 0, kTimeoutMs);
    const ResourceDefinition saved = *files->model()->resource(u"files-kbd"_s);
    QCOMPARE(saved.spec.value(u"protocol"_s).toString(), u"sftp"_s);
    QCOMPARE(saved.spec.value(u"port"_s).toInt(), 22);
    QCOMPARE(saved.secretsSet.value(u"secret"_s), true);
    QVERIFY(!files->controller()->isDirty());
    QVERIFY(!files->titleText().endsWith(u"\u2022"_s));
}

void tst_ResourcesPanel::applyIsDisabledWhileInvalid()
{
    Host host(m_admin.get(), m_store.get());
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    ResourceTypePanel *jdbc = host.panel->typePanel(u"jdbc"_s);
    host.panel->tabs()->setCurrentWidget(jdbc);
    createJdbc(u"valid-db"_s, 5432);
    jdbc->reload();
    QTRY_VERIFY_WITH_TIMEOUT(jdbc->model()->rowOf(u"valid-db"_s) >= 0, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(host.panel->session().has_value(), kTimeoutMs);
    QVERIFY(jdbc->selectResource(u"valid-db"_s));
    auto *apply = jdbc->findChild<QPushButton *>(u"applyButton"_s);
    QVERIFY(!apply->isEnabled()); // clean
    auto *port = qobject_cast<QLineEdit *>(jdbc->form()->editor(u"spec.port"_s));
    port->setFocus();
    QTest::keyClick(port, Qt::Key_End);
    QTest::keyClick(port, Qt::Key_0); // 54320
    QVERIFY(apply->isEnabled());
    QTest::keyClick(port, Qt::Key_0); // 543200
    QVERIFY(!jdbc->form()->messageFor(u"spec.port"_s).isEmpty());
    QVERIFY(!apply->isEnabled());
    QVERIFY(!host.panel->canApply());
    QTest::keyClick(port, Qt::Key_Escape); // the shell's Revert
    QCOMPARE(port->text(), u"5432"_s);
    QVERIFY(!jdbc->controller()->isDirty());

    // Switching rows with unsaved edits asks first; "no" keeps the edit and the row.
    createJdbc(u"other-db"_s, 1521);
    jdbc->reload();
    QTRY_VERIFY_WITH_TIMEOUT(jdbc->model()->rowOf(u"other-db"_s) >= 0, kTimeoutMs);
    QTest::keyClick(port, Qt::Key_1);
    QVERIFY(jdbc->model()->isDirty(u"valid-db"_s));
    int asked = 0;
    bool answer = false;
    jdbc->setConfirmHandler([&](const QString &, const QString &) {
        ++asked;
        return answer;
    });
    QVERIFY(!jdbc->selectResource(u"other-db"_s));
    QCOMPARE(asked, 1);
    QCOMPARE(jdbc->controller()->name(), u"valid-db"_s);
    QCOMPARE(port->text(), u"54321"_s);
    QCOMPARE(jdbc->view()->currentIndex().data(ResourceTableModel::NameRole).toString(),
             u"valid-db"_s);
    answer = true;
    QVERIFY(jdbc->selectResource(u"other-db"_s));
    QCOMPARE(asked, 2);
    QCOMPARE(port->text(), u"1521"_s);
    QVERIFY(!jdbc->model()->isDirty(u"valid-db"_s));
}

void tst_ResourcesPanel::conflictDialogShowsBaseYoursTheirs_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_ResourcesPanel::conflictDialogShowsBaseYoursTheirs()
{
    QFETCH(bool, dark);
    Theme::applyPreference(dark ? u"dark"_s : u"light"_s);
    const QString suffix = dark ? u"dark"_s : u"light"_s;
    const QString name = u"orders-"_s + suffix;
    const ResourceDefinition base = createJdbc(name, 5432);
    QVERIFY(base.existsOnServer());

    Host host(m_admin.get(), m_store.get());
    ResourceTypePanel *jdbc = host.panel->typePanel(u"jdbc"_s);
    host.panel->tabs()->setCurrentWidget(jdbc);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    QTRY_VERIFY_WITH_TIMEOUT(jdbc->model()->rowOf(name) >= 0, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(host.panel->session().has_value(), kTimeoutMs);
    QVERIFY(jdbc->selectResource(name));
    auto *port = qobject_cast<QLineEdit *>(jdbc->form()->editor(u"spec.port"_s));
    port->setFocus();
    port->selectAll();
    QTest::keyClicks(port, u"7000"_s);
    auto *user = qobject_cast<QLineEdit *>(jdbc->form()->editor(u"spec.user"_s));
    user->setFocus();
    user->selectAll();
    QTest::keyClicks(user, u"reporting"_s);
    // The editor with unsaved changes, before anything else happens.
    QVERIFY(host.grab().toImage().save(m_outDir + u"/resources-editor-%1.png"_s.arg(suffix)));

    TestHttp http(m_cluster->lbUrl());
    http.setBasicAuth(m_cluster->adminUser(), m_cluster->adminPassword());
    QJsonObject theirs = jdbcBody(8000);
    theirs.insert(u"description"_s, u"Orders warehouse (moved)"_s);
    const TestResponse put =
        http.put(u"/api/v1/resources/jdbc/"_s + name, QJsonDocument(theirs).toJson(),
                 {{"If-Match", base.ifMatch()}, {"Content-Type", "application/json"}});
    QCOMPARE(put.status, 200);

    host.panel->apply();
    QTRY_VERIFY_WITH_TIMEOUT(jdbc->conflictDialog() && jdbc->conflictDialog()->isVisible(),
                             kTimeoutMs);
    ConflictDialog *dialog = jdbc->conflictDialog();
    QTableWidget *table = dialog->table();
    QHash<QString, QStringList> rows;
    for (int r = 0; r < table->rowCount(); ++r) {
        rows.insert(table->item(r, ConflictDialog::FieldColumn)->data(Qt::UserRole).toString(),
                    {table->item(r, ConflictDialog::BaseColumn)->text(),
                     table->item(r, ConflictDialog::YoursColumn)->text(),
                     table->item(r, ConflictDialog::TheirsColumn)->text()});
    }
    QCOMPARE(rows.value(u"spec.port"_s), (QStringList{u"5432"_s, u"7000"_s, u"8000"_s}));
    QCOMPARE(rows.value(u"spec.user"_s), (QStringList{u"app"_s, u"reporting"_s, u"app"_s}));
    QCOMPARE(rows.value(u"description"_s).at(2), u"Orders warehouse (moved)"_s);
    QCOMPARE(dialog->conflictCount(), 1);
    QCOMPARE(table->item(1, ConflictDialog::FieldColumn)->text(), u"Port"_s);
    QVERIFY(dialog->choiceBox(u"spec.port"_s));
    QVERIFY(!dialog->choiceBox(u"spec.user"_s));
    dialog->choiceBox(u"spec.port"_s)->setCurrentIndex(1); // theirs
    QVERIFY(dialog->grab().toImage().save(m_outDir + u"/conflict-dialog-%1.png"_s.arg(suffix)));

    // Nothing is lost while deciding: yours stays in the controller (and the store).
    QCOMPARE(jdbc->controller()->yours().spec.value(u"port"_s).toInt(), 7000);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"rebaseButton"_s), Qt::LeftButton);
    QCOMPARE(jdbc->controller()->state(), ResourceEditorController::State::Editing);
    QCOMPARE(port->text(), u"8000"_s);
    QCOMPARE(user->text(), u"reporting"_s);
    host.panel->apply();
    QTRY_VERIFY_WITH_TIMEOUT(!jdbc->controller()->isDirty(), kTimeoutMs);
    const ResourceDefinition saved = *jdbc->model()->resource(name);
    QCOMPARE(saved.spec.value(u"user"_s).toString(), u"reporting"_s);
    QCOMPARE(saved.description, u"Orders warehouse (moved)"_s);
}

void tst_ResourcesPanel::viewerCannotEdit()
{
    Theme::applyPreference(u"light"_s);
    createJdbc(u"viewer-visible"_s, 5432);
    const std::unique_ptr<ApiClient> viewerClient = client(false);
    ResourceRepository viewer(viewerClient.get());
    Host host(&viewer, m_store.get());
    ResourceTypePanel *jdbc = host.panel->typePanel(u"jdbc"_s);
    host.panel->tabs()->setCurrentWidget(jdbc);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    QTRY_VERIFY_WITH_TIMEOUT(host.panel->session().has_value(), kTimeoutMs);
    // The reason is there before anything is selected or tried.
    QCOMPARE(jdbc->bannerText(), u"You are signed in as viewer: read-only"_s);
    QVERIFY(!jdbc->findChild<QPushButton *>(u"newButton"_s)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(jdbc->model()->rowOf(u"viewer-visible"_s) >= 0, kTimeoutMs);
    QVERIFY(jdbc->selectResource(u"viewer-visible"_s));
    auto *port = qobject_cast<QLineEdit *>(jdbc->form()->editor(u"spec.port"_s));
    QVERIFY(port->isReadOnly());
    QTest::keyClicks(port, u"1"_s);
    QVERIFY(!jdbc->controller()->isDirty());
    QVERIFY(!jdbc->findChild<QPushButton *>(u"applyButton"_s)->isEnabled());
    QVERIFY(!jdbc->findChild<QPushButton *>(u"deleteButton"_s)->isEnabled());
    QCOMPARE(jdbc->bannerText(), u"You are signed in as viewer: read-only"_s);
    QVERIFY(host.grab().toImage().save(m_outDir + u"/resources-viewer-light.png"_s));
}

void tst_ResourcesPanel::reloadAsksWithoutBlocking()
{
    const ResourceDefinition base = createJdbc(u"reload-me"_s, 5432);
    Host host(m_admin.get(), m_store.get());
    ResourceTypePanel *jdbc = host.panel->typePanel(u"jdbc"_s);
    jdbc->setConfirmHandler({}); // the real, window-modal question
    host.panel->tabs()->setCurrentWidget(jdbc);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    QTRY_VERIFY_WITH_TIMEOUT(jdbc->model()->rowOf(base.name) >= 0, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(host.panel->session().has_value(), kTimeoutMs);
    QVERIFY(jdbc->selectResource(base.name));
    jdbc->controller()->setSpecValue(u"port"_s, 7000);

    TestHttp http(m_cluster->lbUrl());
    http.setBasicAuth(m_cluster->adminUser(), m_cluster->adminPassword());
    const TestResponse put =
        http.put(u"/api/v1/resources/jdbc/reload-me"_s, QJsonDocument(jdbcBody(8000)).toJson(),
                 {{"If-Match", base.ifMatch()}, {"Content-Type", "application/json"}});
    QCOMPARE(put.status, 200);
    host.panel->apply();
    QTRY_VERIFY_WITH_TIMEOUT(jdbc->conflictDialog() && jdbc->conflictDialog()->isVisible(),
                             kTimeoutMs);

    // Clicking Reload returns at once (a nested event loop would not return until answered);
    // the question is window-modal and nothing is discarded yet.
    QTest::mouseClick(jdbc->conflictDialog()->findChild<QPushButton *>(u"reloadButton"_s),
                      Qt::LeftButton);
    QMessageBox *question = jdbc->discardQuestion();
    QVERIFY(question);
    QTRY_VERIFY(question->isVisible());
    QCOMPARE(question->windowModality(), Qt::WindowModal);
    QCOMPARE(jdbc->controller()->state(), ResourceEditorController::State::Conflict);
    QCOMPARE(jdbc->controller()->yours().spec.value(u"port"_s).toInt(), 7000);
    // Cancel keeps yours.
    QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!jdbc->discardQuestion());
    QCOMPARE(jdbc->controller()->state(), ResourceEditorController::State::Conflict);
    QCOMPARE(jdbc->controller()->yours().spec.value(u"port"_s).toInt(), 7000);

    // Asked again and answered Discard: theirs is loaded.
    QTRY_VERIFY(!jdbc->conflictDialog());
    QTest::mouseClick(jdbc->findChild<QPushButton *>(u"resolveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(jdbc->conflictDialog() && jdbc->conflictDialog()->isVisible());
    QTest::mouseClick(jdbc->conflictDialog()->findChild<QPushButton *>(u"reloadButton"_s),
                      Qt::LeftButton);
    QTRY_VERIFY(jdbc->discardQuestion() && jdbc->discardQuestion()->isVisible());
    QVERIFY(jdbc->discardQuestion()->grab().toImage().save(m_outDir +
                                                           u"/conflict-reload-question.png"_s));
    QTest::mouseClick(jdbc->discardQuestion()->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_COMPARE(jdbc->controller()->state(), ResourceEditorController::State::Editing);
    QCOMPARE(jdbc->controller()->yours().spec.value(u"port"_s).toInt(), 8000);
    QVERIFY(!jdbc->controller()->isDirty());
}

void tst_ResourcesPanel::deleteOfAChangedResourceIsRefusedInWords()
{
    const ResourceDefinition base = createJdbc(u"delete-stale"_s, 5432);
    Host host(m_admin.get(), m_store.get());
    ResourceTypePanel *jdbc = host.panel->typePanel(u"jdbc"_s);
    host.panel->tabs()->setCurrentWidget(jdbc);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    QTRY_VERIFY_WITH_TIMEOUT(jdbc->model()->rowOf(base.name) >= 0, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(host.panel->session().has_value(), kTimeoutMs);
    QVERIFY(jdbc->selectResource(base.name));

    // Changed elsewhere after the list was read, before the delete is confirmed.
    TestHttp http(m_cluster->lbUrl());
    http.setBasicAuth(m_cluster->adminUser(), m_cluster->adminPassword());
    const TestResponse put =
        http.put(u"/api/v1/resources/jdbc/delete-stale"_s, QJsonDocument(jdbcBody(9000)).toJson(),
                 {{"If-Match", base.ifMatch()}, {"Content-Type", "application/json"}});
    QCOMPARE(put.status, 200);
    jdbc->deleteCurrent();
    QMessageBox *confirm = jdbc->findChild<QMessageBox *>(u"deleteConfirmation"_s);
    QVERIFY(confirm);
    QTRY_VERIFY(confirm->isVisible());
    QTest::mouseClick(confirm->findChild<QPushButton *>(u"confirmDeleteButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(jdbc->bannerText().contains(u"not deleted"), kTimeoutMs);
    QVERIFY2(jdbc->bannerText().contains(u"changed by someone else"),
             qPrintable(jdbc->bannerText()));
    QVERIFY(host.grab().toImage().save(m_outDir + u"/resources-delete-conflict.png"_s));
    // Still listed with the new version, and still on the cluster.
    QCOMPARE(jdbc->model()->resource(base.name)->spec.value(u"port"_s).toInt(), 9000);
    QCOMPARE(http.get(u"/api/v1/resources/jdbc/delete-stale"_s).status, 200);
}

QTEST_MAIN(tst_ResourcesPanel)
#include "tst_ResourcesPanel.moc"
