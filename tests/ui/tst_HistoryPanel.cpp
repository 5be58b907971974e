// HistoryPanel against a programmed server: loads when shown, newest first, "Load older
// changes" by object name, new changes on top after a poll, errors in the status line; the
// details show a change's field-level diff and offer "Revert this change…", which opens the
// plan dialog whose Apply passes the panel's one revert confirmation; filters by resource,
// user and time; "Export as CSV" writes the rows shown.

#include "ApiClient.h"
#include "ChangeDetailsDialog.h"
#include "ChangeDiffModel.h"
#include "ChangeLogFetcher.h"
#include "ChangeLogFilterProxyModel.h"
#include "ChangeLogModel.h"
#include "HistoryPanel.h"
#include "HostileHttpServer.h"
#include "Rfc4180.h"
#include "SyncController.h"
#include "SyncPlanDialog.h"
#include "SyntheticCluster.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <QCheckBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>

using Response = HostileHttpServer::Response;

class tst_HistoryPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loadsWhenShownAndPagesBack();
    void newChangesFromAPoll();
    void failureIsShown();
    void timeColumnIsNotCut();
    void doubleClickOpensTheDetails();
    void detailsDiffAndRevertPlan();
    void filtersAndCsvExport();

private:
    void serveLog();
    ClusterSnapshot snapshotAtRevision(qint64 revision) const;
    qint64 topRevision() const;

    std::unique_ptr<HostileHttpServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ChangeLogFetcher> m_fetcher; // the core's, as ClusterServices makes it
    std::unique_ptr<HistoryPanel> m_panel;
    qint64 m_revision = 0;
    bool m_fail = false;
};

void tst_HistoryPanel::init()
{
    m_server = std::make_unique<HostileHttpServer>();
    QVERIFY(m_server->start());
    m_revision = 120;
    m_fail = false;
    serveLog();
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_server->url());
    m_fetcher = std::make_unique<ChangeLogFetcher>();
    m_fetcher->setApiClient(m_client.get());
    m_fetcher->setPageSize(50);
    m_panel = std::make_unique<HistoryPanel>();
}

void tst_HistoryPanel::cleanup()
{
    m_panel.reset();
    m_fetcher.reset();
    m_client.reset();
    m_server.reset();
}

namespace {

// The screens this test builds, for a look (build/<preset>/tests/ui/screenshots/).
void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(dir + QStringLiteral("/%1.png").arg(name)));
}

// A webservice definition whose URL names the revision that wrote it.
QJsonObject state(qint64 revision)
{
    return {{QStringLiteral("description"), QStringLiteral("Geocoder")},
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("url"), QStringLiteral("https://geo/%1").arg(revision)},
                         {QStringLiteral("timeoutMs"), 5000}}}};
}

} // namespace

void tst_HistoryPanel::serveLog()
{
    m_server->setHandler([this](const HostileHttpServer::Request &request) {
        if (m_fail)
            return Response::problem(503, R"({"title":"Primary unreachable","status":503})");
        const QUrlQuery query(QUrl(QString::fromLatin1(request.target)));
        const qint64 after = query.queryItemValue(QStringLiteral("after")).toLongLong();
        const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
        QJsonArray changes;
        for (qint64 r = after + 1; r <= m_revision && changes.size() < limit; ++r)
            changes.append(
                QJsonObject{{QStringLiteral("revision"), r},
                            {QStringLiteral("time"), QStringLiteral("2026-11-27T06:03:23.123Z")},
                            {QStringLiteral("user"),
                             r % 10 == 0 ? QStringLiteral("=ops") : QStringLiteral("admin")},
                            {QStringLiteral("operation"), QStringLiteral("update")},
                            {QStringLiteral("type"), QStringLiteral("webservice")},
                            {QStringLiteral("name"), QStringLiteral("geo-%1").arg(r)},
                            {QStringLiteral("recorded"), true},
                            {QStringLiteral("before"), state(r - 1)},
                            {QStringLiteral("after"), state(r)}});
        return Response::json(200,
                              QJsonDocument(QJsonObject{{QStringLiteral("revision"), m_revision},
                                                        {QStringLiteral("changes"), changes}})
                                  .toJson(QJsonDocument::Compact));
    });
}

ClusterSnapshot tst_HistoryPanel::snapshotAtRevision(qint64 revision) const
{
    const ClusterSnapshot base = SyntheticCluster::threeNodes();
    QList<NodeSnapshot> nodes = base.nodes();
    NodeSnapshot::Config config = nodes[0].config();
    config.revision = revision;
    nodes[0] = nodes[0].withConfig(config);
    return base.withNodes(nodes);
}

qint64 tst_HistoryPanel::topRevision() const
{
    return m_panel->tableView()
        ->model()
        ->index(0, int(ChangeLogModel::Column::Revision))
        .data(ChangeLogModel::RawValueRole)
        .toLongLong();
}

void tst_HistoryPanel::loadsWhenShownAndPagesBack()
{
    m_panel->setFetcher(m_fetcher.get());
    // Nobody looks yet: nothing handed to the client, nothing queued to ask later.
    QCOMPARE(m_client->dispatcher()->inFlightCount(), 0);
    QVERIFY(!m_panel->fetcher()->isLoading());
    QCoreApplication::processEvents();
    QVERIFY(!m_panel->fetcher()->isLoading());
    QCOMPARE(m_server->requestCount(), 0);
    m_panel->show();
    QTRY_COMPARE(m_panel->tableView()->model()->rowCount(), 50);
    QCOMPARE(topRevision(), 120);
    QVERIFY2(m_panel->statusText().contains(QLatin1String("newest 50")),
             qPrintable(m_panel->statusText()));
    auto *more = m_panel->findChild<QPushButton *>(QStringLiteral("loadOlderChanges"));
    QVERIFY(more);
    QTRY_VERIFY(more->isEnabled());
    QTest::mouseClick(more, Qt::LeftButton);
    QTRY_COMPARE(m_panel->tableView()->model()->rowCount(), 100);
    QTRY_VERIFY(more->isEnabled());
    QTest::mouseClick(more, Qt::LeftButton);
    QTRY_COMPARE(m_panel->tableView()->model()->rowCount(), 120);
    QTRY_VERIFY(!more->isEnabled());
    QCOMPARE(m_panel->statusText(), QStringLiteral("Showing all 120 changes."));
    // The last row is the oldest change.
    const QModelIndex last = m_panel->tableView()->model()->index(119, 0);
    QCOMPARE(last.data(ChangeLogModel::RawValueRole).toLongLong(), 1);
}

void tst_HistoryPanel::newChangesFromAPoll()
{
    m_panel->setFetcher(m_fetcher.get());
    m_panel->refresh();
    QTRY_COMPARE(m_panel->tableView()->model()->rowCount(), 50);
    m_revision = 123;
    m_panel->setSnapshot(snapshotAtRevision(123));
    QTRY_COMPARE(m_panel->tableView()->model()->rowCount(), 53);
    QCOMPARE(topRevision(), 123);
    // A stale snapshot from the store says nothing about now: it asks nothing. The barrier is
    // the next live snapshot: its one request is answered after any the stale one caused.
    const int requests = m_server->requestCount();
    m_panel->setSnapshot(snapshotAtRevision(500).withStale(true));
    QVERIFY(!m_panel->fetcher()->isLoading());
    m_revision = 124;
    m_panel->setSnapshot(snapshotAtRevision(124));
    QTRY_COMPARE(m_panel->tableView()->model()->rowCount(), 54);
    QCOMPARE(topRevision(), 124);
    QCOMPARE(m_server->requestCount(), requests + 1);
}

void tst_HistoryPanel::failureIsShown()
{
    m_fail = true;
    m_panel->setFetcher(m_fetcher.get());
    m_panel->refresh();
    auto *refresh = m_panel->findChild<QPushButton *>(QStringLiteral("refreshChangeLog"));
    QVERIFY(refresh);
    QTRY_VERIFY(refresh->isEnabled());
    QVERIFY2(m_panel->statusText().contains(QLatin1String("could not be loaded")),
             qPrintable(m_panel->statusText()));
    m_fail = false;
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_COMPARE(m_panel->tableView()->model()->rowCount(), 50);
    QVERIFY(!m_panel->statusText().contains(QLatin1String("could not")));
}

void tst_HistoryPanel::timeColumnIsNotCut()
{
    m_panel->setFetcher(m_fetcher.get());
    m_panel->resize(900, 400);
    m_panel->show();
    QTableView *table = m_panel->tableView();
    QTRY_COMPARE(table->model()->rowCount(), 50);
    for (int column = 0; column + 1 < int(ChangeLogModel::Column::Count); ++column) {
        const QModelIndex cell = table->model()->index(0, column);
        const int textWidth = table->fontMetrics().horizontalAdvance(cell.data().toString());
        QVERIFY2(table->columnWidth(column) >= textWidth,
                 qPrintable(QStringLiteral("column %1: %2 < %3")
                                .arg(column)
                                .arg(table->columnWidth(column))
                                .arg(textWidth)));
        const int headerWidth = table->horizontalHeader()->sectionSizeHint(column);
        QVERIFY(table->columnWidth(column) >= headerWidth);
    }
}

void tst_HistoryPanel::doubleClickOpensTheDetails()
{
    m_panel->setFetcher(m_fetcher.get());
    m_panel->resize(900, 400);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QTableView *table = m_panel->tableView();
    QTRY_COMPARE(table->model()->rowCount(), 50);
    const QRect cell = table->visualRect(table->model()->index(2, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    ChangeDetailsDialog *details = nullptr;
    QTRY_VERIFY((details = m_panel->findChild<ChangeDetailsDialog *>()) && details->isVisible());
    QCOMPARE(details->entry().revision, 118);
    QCOMPARE(details->valueText(QStringLiteral("revision")), QStringLiteral("118"));
    QCOMPARE(details->valueText(QStringLiteral("name")), QStringLiteral("geo-118"));
    QCOMPARE(details->valueText(QStringLiteral("user")), QStringLiteral("admin"));
    QVERIFY(details->valueText(QStringLiteral("time")).contains(u"UTC: 2026-11-27 06:03:23"));
    QCOMPARE(details->windowTitle(), QStringLiteral("Change 118"));
    details->close();
    QTRY_VERIFY(!m_panel->findChild<ChangeDetailsDialog *>());
    // Enter on a selected row does the same.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY((details = m_panel->findChild<ChangeDetailsDialog *>()) != nullptr);
    QCOMPARE(details->entry().revision, 118);
}

void tst_HistoryPanel::detailsDiffAndRevertPlan()
{
    QStringList confirmed;
    m_panel->setRevertTarget(QStringLiteral("profile-1"),
                             [] { return new SyncController(ClusterEndpointLookup()); });
    m_panel->setRevertConfirmation([&](const ChangeLogEntry &entry, const SyncPlan &plan) {
        confirmed << QStringLiteral("%1:%2").arg(entry.revision).arg(plan.items.size());
        return false; // refused: nothing is written
    });
    m_panel->setFetcher(m_fetcher.get());
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QTRY_COMPARE(m_panel->tableView()->model()->rowCount(), 50);
    m_panel->showDetails(0);
    ChangeDetailsDialog *details = nullptr;
    QTRY_VERIFY((details = m_panel->findChild<ChangeDetailsDialog *>()) && details->isVisible());
    QCOMPARE(details->entry().revision, 120);
    // The diff: the URL changed, the rest did not.
    const QList<ChangeFieldDiff> rows = details->diffModel()->rows();
    const auto url = std::find_if(rows.begin(), rows.end(), [](const ChangeFieldDiff &row) {
        return row.field == QLatin1String("spec.url");
    });
    QVERIFY(url != rows.end());
    QVERIFY(url->changed);
    QCOMPARE(url->before, QStringLiteral("https://geo/119"));
    QCOMPARE(url->after, QStringLiteral("https://geo/120"));
    QCOMPARE(details->diffView()->model()->rowCount(), 3); // description, timeoutMs, url
    saveShot(details, QStringLiteral("history-change-diff-light"));
    details->findChild<QCheckBox *>(QStringLiteral("changedFieldsOnly"))->setChecked(true);
    QCOMPARE(details->diffView()->model()->rowCount(), 1);

    // Revert: the plan dialog opens over the core's sync controller.
    QPushButton *revert = details->revertButton();
    QVERIFY(revert->isVisible() && revert->isEnabled());
    QTest::mouseClick(revert, Qt::LeftButton);
    SyncPlanDialog *plan = nullptr;
    QTRY_VERIFY((plan = m_panel->findChild<SyncPlanDialog *>(QStringLiteral("revertPlanDialog"))));
    QVERIFY(plan->windowTitle().contains(QStringLiteral("120")));
    // This controller reaches no cluster: its reading ends with nothing read.
    QTRY_VERIFY(!plan->controller()->isReading());
    // The cluster as read: the resource still at the change's revision.
    ClusterReading reading;
    reading.resources.label = QStringLiteral("Prod");
    ResourceDefinition current;
    current.type = QStringLiteral("webservice");
    current.name = QStringLiteral("geo-120");
    current.description = QStringLiteral("Geocoder");
    current.spec = state(120).value(QStringLiteral("spec")).toObject();
    current.revision = 120;
    reading.resources.resources = {current};
    plan->setReadings({reading}, QByteArray());
    QTRY_COMPARE(plan->plan().count(SyncItem::Action::Update), 1);
    QCOMPARE(plan->plan().items.first().fields, QStringList{QStringLiteral("spec.url")});
    QCOMPARE(plan->plan().items.first().ifMatch, QByteArray("\"120\""));
    saveShot(plan, QStringLiteral("history-revert-plan-light"));
    QCOMPARE(plan->plan()
                 .items.first()
                 .body.value(QStringLiteral("spec"))[QStringLiteral("url")]
                 .toString(),
             QStringLiteral("https://geo/119"));
    // Apply goes through the panel's one confirmation; refused, nothing is sent.
    plan->apply();
    QCOMPARE(confirmed, QStringList{QStringLiteral("120:1")});
    QVERIFY(!plan->controller()->isApplying());
    QVERIFY(plan->controller()->results().isEmpty());
    plan->close();
}

void tst_HistoryPanel::filtersAndCsvExport()
{
    m_panel->setFetcher(m_fetcher.get());
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QTableView *table = m_panel->tableView();
    QTRY_COMPARE(table->model()->rowCount(), 50);
    auto *resource = m_panel->findChild<QLineEdit *>(QStringLiteral("historyResourceFilter"));
    auto *user = m_panel->findChild<QComboBox *>(QStringLiteral("historyUserFilter"));
    auto *time = m_panel->findChild<QComboBox *>(QStringLiteral("historyTimeFilter"));
    QVERIFY(resource && user && time);
    QTest::keyClicks(resource, QStringLiteral("geo-11"));
    QCOMPARE(table->model()->rowCount(), 10); // geo-110 .. geo-119 of 71 .. 120
    QVERIFY(m_panel->statusText().contains(QStringLiteral("10 of 50")));
    resource->clear();
    const int ops = user->findData(QStringLiteral("=ops"));
    QVERIFY(ops > 0);
    user->setCurrentIndex(ops);
    QCOMPARE(table->model()->rowCount(), 5); // 80, 90, 100, 110, 120
    m_panel->resize(1000, 420);
    saveShot(m_panel.get(), QStringLiteral("history-filtered-light"));
    // Every change is from 2026-11-27: none in the last hour (unless run then, never).
    time->setCurrentIndex(time->findData(1));
    QCOMPARE(table->model()->rowCount(), 0);
    time->setCurrentIndex(0);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.csv"));
    QString error;
    QVERIFY2(m_panel->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto records = Rfc4180::parse(QString::fromUtf8(file.readAll()), &error);
    QVERIFY2(records, qPrintable(error));
    QCOMPARE(records->size(), 6); // the header and the five rows shown
    QCOMPARE(records->at(1).at(0), QStringLiteral("120"));
    QCOMPARE(records->at(1).at(2), QStringLiteral("'=ops")); // no formula for a spreadsheet
    QCOMPARE(records->at(1).at(7), QStringLiteral("spec.url"));
}

QTEST_MAIN(tst_HistoryPanel)
#include "tst_HistoryPanel.moc"
