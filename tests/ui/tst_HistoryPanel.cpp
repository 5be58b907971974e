// HistoryPanel against a programmed server: loads when shown, newest first, "Load older
// changes" by object name, new changes on top after a poll, errors in the status line.

#include "ApiClient.h"
#include "ChangeDetailsDialog.h"
#include "ChangeLogFetcher.h"
#include "ChangeLogModel.h"
#include "HistoryPanel.h"
#include "HostileHttpServer.h"
#include "SyntheticCluster.h"

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
                            {QStringLiteral("user"), QStringLiteral("admin")},
                            {QStringLiteral("operation"), QStringLiteral("update")},
                            {QStringLiteral("type"), QStringLiteral("webservice")},
                            {QStringLiteral("name"), QStringLiteral("geo-%1").arg(r)}});
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

QTEST_MAIN(tst_HistoryPanel)
#include "tst_HistoryPanel.moc"
