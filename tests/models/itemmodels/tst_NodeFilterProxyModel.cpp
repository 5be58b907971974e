// Filtering the node table by text and "problems only", and sorting by raw values, with both
// models under QAbstractItemModelTester.
#include "NodeFilterProxyModel.h"
#include "NodeTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

using Column = NodeTableModel::Column;

NodeSnapshot makeNode(const QString &id, NodeHealth health, std::optional<double> offsetMs)
{
    NodeSnapshot::Clock clock;
    if (offsetMs) {
        clock.measured = true;
        clock.offsetMs = *offsetMs;
        clock.offsetVsMedianMs = *offsetMs;
    }
    return NodeSnapshot::placeholder(id, QStringLiteral("Server %1").arg(id.right(1)), QUrl())
        .withHealth(health, 0)
        .withClock(clock);
}

QStringList visibleIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(NodeTableModel::NodeIdRole).toString();
    return ids;
}

} // namespace

class tst_NodeFilterProxyModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void filterText_data();
    void filterText();
    void problemsOnly();
    void followsSourceUpdates();
    void sortsByRawValues();

private:
    NodeTableModel *m_source = nullptr;
    NodeFilterProxyModel *m_proxy = nullptr;
    QList<QAbstractItemModelTester *> m_testers;
};

void tst_NodeFilterProxyModel::init()
{
    m_source = new NodeTableModel(this);
    m_proxy = new NodeFilterProxyModel(this);
    m_proxy->setSourceModel(m_source);
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_source), static_cast<QAbstractItemModel *>(m_proxy)})
        m_testers << new QAbstractItemModelTester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_source->setSnapshot(ClusterSnapshot().withNodes(
        {makeNode("node-1", NodeHealth::Up, 20.0), makeNode("node-2", NodeHealth::Unreachable, {}),
         makeNode("node-3", NodeHealth::Up, -100.0),
         makeNode("node-4", NodeHealth::Degraded, 5.0)}));
}

void tst_NodeFilterProxyModel::cleanup()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    delete m_proxy;
    delete m_source;
}

void tst_NodeFilterProxyModel::filterText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("empty") << "" << QStringList{"node-1", "node-2", "node-3", "node-4"};
    QTest::newRow("by id") << "node-3" << QStringList{"node-3"};
    QTest::newRow("by name, any case") << "SERVER 2" << QStringList{"node-2"};
    QTest::newRow("by state") << "unreach" << QStringList{"node-2"};
    QTest::newRow("by state 2") << "degraded" << QStringList{"node-4"};
    QTest::newRow("spaces trimmed") << "  node-1 " << QStringList{"node-1"};
    QTest::newRow("nothing") << "node-9" << QStringList{};
    QTest::newRow("shared part") << "node" << QStringList{"node-1", "node-2", "node-3", "node-4"};
}

void tst_NodeFilterProxyModel::filterText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    m_proxy->setFilterText(text);
    QCOMPARE(m_proxy->filterText(), text.trimmed());
    QCOMPARE(visibleIds(*m_proxy), ids);
}

void tst_NodeFilterProxyModel::problemsOnly()
{
    m_proxy->setProblemsOnly(true);
    QVERIFY(m_proxy->problemsOnly());
    QCOMPARE(visibleIds(*m_proxy), QStringList({"node-2", "node-4"}));
    m_proxy->setFilterText("node-4");
    QCOMPARE(visibleIds(*m_proxy), QStringList({"node-4"}));
    m_proxy->setProblemsOnly(false);
    QCOMPARE(visibleIds(*m_proxy), QStringList({"node-4"}));
    m_proxy->setFilterText({});
    QCOMPARE(m_proxy->rowCount(), 4);
}

void tst_NodeFilterProxyModel::followsSourceUpdates()
{
    m_proxy->setProblemsOnly(true);
    QCOMPARE(visibleIds(*m_proxy), QStringList({"node-2", "node-4"}));
    // node-2 comes back, node-1 goes away: the proxy follows the source's narrow updates.
    m_source->setSnapshot(ClusterSnapshot().withNodes(
        {makeNode("node-1", NodeHealth::Unreachable, {}), makeNode("node-2", NodeHealth::Up, 1.0),
         makeNode("node-3", NodeHealth::Up, -100.0),
         makeNode("node-4", NodeHealth::Degraded, 5.0)}));
    QCOMPARE(visibleIds(*m_proxy), QStringList({"node-1", "node-4"}));
}

void tst_NodeFilterProxyModel::sortsByRawValues()
{
    // As text "+20.0" < "+5.0" < "-100.0"; as numbers -100 < 5 < 20, unknown last.
    m_proxy->sort(int(Column::Offset), Qt::AscendingOrder);
    QCOMPARE(visibleIds(*m_proxy), QStringList({"node-3", "node-4", "node-1", "node-2"}));
    m_proxy->sort(int(Column::State), Qt::DescendingOrder);
    // Unreachable > Degraded > Up by the NodeHealth order.
    QCOMPARE(visibleIds(*m_proxy).first(), QStringLiteral("node-2"));
    QCOMPARE(visibleIds(*m_proxy).at(1), QStringLiteral("node-4"));
    m_proxy->sort(int(Column::Node), Qt::DescendingOrder);
    QCOMPARE(visibleIds(*m_proxy), QStringList({"node-4", "node-3", "node-2", "node-1"}));
}

QTEST_GUILESS_MAIN(tst_NodeFilterProxyModel)
#include "tst_NodeFilterProxyModel.moc"
