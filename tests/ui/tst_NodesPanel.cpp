// NodesPanel fed with synthetic snapshots: the skewed node is flagged, filter and problems-only
// work, sorting uses raw values, selection shows the raw answer and probe path, the history
// comes from a real store on a worker thread, and the keyboard reaches everything.

#include "NodeFilterProxyModel.h"
#include "NodeHistoryCharts.h"
#include "NodeHistoryQuery.h"
#include "NodeStateDelegate.h"
#include "NodeTableModel.h"
#include "NodesPanel.h"
#include "OffsetBarDelegate.h"
#include "StoreThread.h"
#include "SyntheticCluster.h"
#include "Theme.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAreaSeries>
#include <QCheckBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using Column = NodeTableModel::Column;

class tst_NodesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void skewedNodeIsFlagged();
    void filterAndProblemsOnly();
    void sortingUsesRawValues();
    void selectionShowsRawAnswerAndPath();
    void pollKeepsSelectionAndUpdatesNarrowly();
    void historyComesFromTheStore();
    void keyboard();

private:
    QStringList visibleNodeIds() const;

    std::unique_ptr<NodesPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_NodesPanel::init()
{
    m_panel = std::make_unique<NodesPanel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_panel->proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->setSnapshot(SyntheticCluster::threeNodes());
}

void tst_NodesPanel::cleanup()
{
    m_tester.reset();
    m_panel.reset();
}

QStringList tst_NodesPanel::visibleNodeIds() const
{
    QStringList ids;
    const QAbstractItemModel *model = m_panel->tableView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(NodeTableModel::NodeIdRole).toString();
    return ids;
}

void tst_NodesPanel::skewedNodeIsFlagged()
{
    QTableView *table = m_panel->tableView();
    QCOMPARE(table->model()->rowCount(), 3);
    const int sourceRow = m_panel->model()->rowOf(QStringLiteral("node-2"));
    const QModelIndex offset = m_panel->proxyModel()->mapFromSource(
        m_panel->model()->index(sourceRow, int(Column::OffsetVsMedian)));
    QCOMPARE(offset.data(NodeTableModel::SeverityRole).toInt(), int(Severity::Critical));
    QCOMPARE(offset.data(NodeTableModel::RawValueRole).toDouble(), 820.0);
    QCOMPARE(offset.siblingAtColumn(int(Column::Offset)).data(NodeTableModel::SeverityRole).toInt(),
             int(Severity::Critical));
    // The whole row is flagged through its node cell, and the offset column draws a bar.
    QCOMPARE(offset.siblingAtColumn(int(Column::Node)).data(NodeTableModel::SeverityRole).toInt(),
             int(Severity::Critical));
    QVERIFY(qobject_cast<OffsetBarDelegate *>(
        table->itemDelegateForColumn(int(Column::OffsetVsMedian))));
    QVERIFY(qobject_cast<NodeStateDelegate *>(table->itemDelegateForColumn(int(Column::State))));
    const QModelIndex state = offset.siblingAtColumn(int(Column::State));
    QCOMPARE(NodeStateDelegate::dotColor(state, table->palette()),
             Theme::severityColor(Severity::Ok, table->palette()));
}

void tst_NodesPanel::filterAndProblemsOnly()
{
    m_panel->show();
    auto *filter = m_panel->findChild<QLineEdit *>(QStringLiteral("nodeFilter"));
    auto *problems = m_panel->findChild<QCheckBox *>(QStringLiteral("problemsOnly"));
    QVERIFY(filter && problems);
    QTest::keyClicks(filter, QStringLiteral("node-3"));
    QCOMPARE(visibleNodeIds(), QStringList{QStringLiteral("node-3")});
    filter->clear();
    QCOMPARE(visibleNodeIds().size(), 3);

    QTest::mouseClick(problems, Qt::LeftButton, {}, QPoint(5, problems->height() / 2));
    QVERIFY(problems->isChecked());
    // node-2: clock critical; node-3: out of the load balancer (warning). node-1 is fine.
    QStringList ids = visibleNodeIds();
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("node-2"), QStringLiteral("node-3")}));
    QTest::keyClicks(filter, QStringLiteral("NODE-2"));
    QCOMPARE(visibleNodeIds(), QStringList{QStringLiteral("node-2")});
}

void tst_NodesPanel::sortingUsesRawValues()
{
    QTableView *table = m_panel->tableView();
    // vs median: node-3 -1.0, node-1 0.0, node-2 +820.0; as text "+820.0" would sort first.
    table->sortByColumn(int(Column::OffsetVsMedian), Qt::AscendingOrder);
    QCOMPARE(visibleNodeIds(), (QStringList{QStringLiteral("node-3"), QStringLiteral("node-1"),
                                            QStringLiteral("node-2")}));
    // Latency 2.1, 3.4, 12.0 ms: as text "12.0 ms" would come first.
    table->sortByColumn(int(Column::Latency), Qt::AscendingOrder);
    QCOMPARE(visibleNodeIds(), (QStringList{QStringLiteral("node-1"), QStringLiteral("node-2"),
                                            QStringLiteral("node-3")}));
    table->sortByColumn(int(Column::Latency), Qt::DescendingOrder);
    QCOMPARE(visibleNodeIds().first(), QStringLiteral("node-3"));
    // Clicking the header sorts too.
    const QHeaderView *header = table->horizontalHeader();
    m_panel->show();
    QTest::mouseClick(
        header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(int(Column::Revision)) + 5, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(Column::Revision));
    // Revisions 56, 56, 42: node-3 is first ascending and last descending.
    const QString first = visibleNodeIds().first();
    if (header->sortIndicatorOrder() == Qt::AscendingOrder)
        QCOMPARE(first, QStringLiteral("node-3"));
    else
        QCOMPARE(visibleNodeIds().last(), QStringLiteral("node-3"));
}

void tst_NodesPanel::selectionShowsRawAnswerAndPath()
{
    QSignalSpy selected(m_panel.get(), &NodesPanel::selectedNodeChanged);
    QVERIFY(m_panel->rawJsonText().isEmpty());
    QVERIFY(m_panel->selectNode(QStringLiteral("node-2")));
    QCOMPARE(m_panel->selectedNodeId(), QStringLiteral("node-2"));
    QCOMPARE(selected.size(), 1);
    const QString json = m_panel->rawJsonText();
    QVERIFY2(json.contains(QLatin1String("\"id\": \"node-2\"")), qPrintable(json));
    QVERIFY(json.contains(QLatin1String("\"revision\": 56")));
    QVERIFY(json.contains(QLatin1Char('\n'))); // pretty, not compact
    QVERIFY(m_panel->probePathText().contains(QLatin1String("through the load balancer")));

    QVERIFY(m_panel->selectNode(QStringLiteral("node-3")));
    QVERIFY(m_panel->rawJsonText().contains(QLatin1String("\"revision\": 42")));
    QVERIFY2(m_panel->probePathText().contains(QLatin1String("directly")),
             qPrintable(m_panel->probePathText()));
    QVERIFY(!m_panel->selectNode(QStringLiteral("node-9")));

    // Filtering the selected node away: the details follow whatever is selected then, and
    // are empty when nothing is.
    auto *filter = m_panel->findChild<QLineEdit *>(QStringLiteral("nodeFilter"));
    filter->setText(QStringLiteral("node-1"));
    const QString now = m_panel->selectedNodeId();
    QVERIFY(now.isEmpty() || now == QStringLiteral("node-1"));
    QCOMPARE(m_panel->rawJsonText().contains(QLatin1String("\"id\": \"node-1\"")), !now.isEmpty());
    filter->setText(QStringLiteral("no such node"));
    QVERIFY(m_panel->selectedNodeId().isEmpty());
    QVERIFY(m_panel->rawJsonText().isEmpty());
    QVERIFY(m_panel->probePathText().isEmpty());
}

void tst_NodesPanel::pollKeepsSelectionAndUpdatesNarrowly()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_panel->setSnapshot(SyntheticCluster::threeNodes(now));
    QVERIFY(m_panel->selectNode(QStringLiteral("node-2")));
    QSignalSpy reset(m_panel->proxyModel(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_panel->proxyModel(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_panel->model(), &QAbstractItemModel::dataChanged);
    m_panel->setSnapshot(SyntheticCluster::threeNodes(now));
    QCOMPARE(changed.size(), 0);

    // node-1's latency changes: one cell, and node-2 stays selected.
    ClusterSnapshot next = SyntheticCluster::threeNodes(now + 5000);
    QList<NodeSnapshot> nodes = next.nodes();
    nodes[0] = nodes[0].withLatencyMs(7.5);
    m_panel->setSnapshot(next.withNodes(nodes));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(m_panel->selectedNodeId(), QStringLiteral("node-2"));
    bool latencyChanged = false;
    for (const QList<QVariant> &args : changed) {
        const auto from = args.at(0).toModelIndex();
        const auto to = args.at(1).toModelIndex();
        QVERIFY(to.column() - from.column() < int(Column::Count) - 1); // never a whole row
        latencyChanged =
            latencyChanged || (from.row() == 0 && from.column() <= int(Column::Latency) &&
                               to.column() >= int(Column::Latency));
    }
    QVERIFY(latencyChanged);
}

void tst_NodesPanel::historyComesFromTheStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StoreThread store;
    QString openError = QStringLiteral("pending");
    store.open(dir.path(), this, [&](const QString &error) { openError = error; });
    QTRY_VERIFY2(openError.isEmpty(), qPrintable(openError));

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<NodeSample> samples;
    for (int i = 0; i < 12; ++i) {
        NodeSample sample;
        sample.nodeId = QStringLiteral("node-2");
        sample.timeMs = now - (12 - i) * 30 * 1000;
        sample.state = QStringLiteral("up");
        sample.latencyMs = 3.0 + i;
        sample.offsetMs = 800.0 + i;
        sample.errorMs = 1.5;
        sample.revision = i < 6 ? 55 : 56;
        samples.append(sample);
    }
    NodeSample other = samples.first();
    other.nodeId = QStringLiteral("node-1");
    samples.append(other);
    bool written = false;
    store.appendSamples(SyntheticCluster::ProfileId, samples, this, [&](bool ok) { written = ok; });
    QTRY_VERIFY(written);

    NodeHistoryQuery query;
    query.setStore(&store);
    m_panel->setHistoryQuery(&query);
    m_panel->setSnapshot(SyntheticCluster::threeNodes(now));
    QVERIFY(m_panel->selectNode(QStringLiteral("node-2")));
    NodeHistoryCharts *charts = m_panel->historyCharts();
    QTRY_COMPARE(charts->offsetSeries()->count(), 12);
    QCOMPARE(charts->latencySeries()->count(), 12);
    // The band is offset ± error bound.
    QCOMPARE(charts->errorBandSeries()->upperSeries()->at(0).y(), 801.5);
    QCOMPARE(charts->errorBandSeries()->lowerSeries()->at(0).y(), 798.5);
    QCOMPARE(charts->offsetSeries()->at(11).y(), 811.0);
    const QList<NodeRevisionChange> changes = charts->shownRevisionChanges();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(1).revision, 56);
    QCOMPARE(changes.at(1).previous, std::optional<qint64>(55));
    QCOMPARE(changes.at(1).timeMs, samples.at(6).timeMs);

    // Another node: its own samples only.
    QVERIFY(m_panel->selectNode(QStringLiteral("node-1")));
    QTRY_COMPARE(charts->offsetSeries()->count(), 1);
    QVERIFY(m_panel->selectNode(QStringLiteral("node-3")));
    QTRY_VERIFY(!charts->isLoading());
    QTRY_COMPARE(charts->offsetSeries()->count(), 0);
}

void tst_NodesPanel::keyboard()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    PanelActions *actions = m_panel.get();
    QVERIFY(actions->focusFilter());
    auto *filter = m_panel->findChild<QLineEdit *>(QStringLiteral("nodeFilter"));
    QTRY_COMPARE(QApplication::focusWidget(), filter);
    QTest::keyClick(filter, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(),
             m_panel->findChild<QCheckBox *>(QStringLiteral("problemsOnly")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_panel->tableView());
    // Arrows select a node, and its details follow.
    QTest::keyClick(m_panel->tableView(), Qt::Key_Down);
    QVERIFY(!m_panel->selectedNodeId().isEmpty());
    QVERIFY(!m_panel->rawJsonText().isEmpty());
    // Tab leaves the table instead of walking its cells.
    QTest::keyClick(m_panel->tableView(), Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != m_panel->tableView());
}

QTEST_MAIN(tst_NodesPanel)
#include "tst_NodesPanel.moc"
