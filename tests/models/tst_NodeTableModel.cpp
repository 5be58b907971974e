// The node table under QAbstractItemModelTester: formatted text, raw values and severities, and
// narrow updates (one changed offset = one row's changed cells; nodes come and go by rows).
#include "NodeTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

using Column = NodeTableModel::Column;

NodeSnapshot makeNode(const QString &id, double offsetMs, qint64 revision = 42)
{
    const auto parsed = NodeSnapshot::fromNodeJson(
        QJsonObject{{"id", id},
                    {"name", id},
                    {"url", "http://127.0.0.1:9101"},
                    {"role", id == "node-1" ? "primary" : "replica"},
                    {"serverVersion", "4.2.0"},
                    {"uptimeSeconds", 203},
                    {"config", QJsonObject{{"schemaVersion", 1},
                                           {"revision", double(revision)},
                                           {"syncState", "in-sync"}}}},
        nullptr);
    NodeSnapshot::Clock clock;
    clock.measured = true;
    clock.offsetMs = offsetMs;
    clock.offsetVsMedianMs = offsetMs;
    clock.errorMs = 0.5;
    NodeSnapshot::Config config = parsed->config();
    config.agreement = ConfigAgreementState::InSync;
    return parsed->withHealth(NodeHealth::Up, 0)
        .withClock(clock)
        .withConfig(config)
        .withLatencyMs(2.0)
        .withLastSeenMs(1795759403000);
}

ClusterSnapshot snapshotOf(const QList<NodeSnapshot> &nodes, const QList<Finding> &findings = {})
{
    return ClusterSnapshot().withReachable(true).withNodes(nodes).withFindings(findings);
}

// Every (row, column) announced by the dataChanged signals in the spy.
QSet<std::pair<int, int>> changedCells(const QSignalSpy &spy)
{
    QSet<std::pair<int, int>> cells;
    for (const QList<QVariant> &signal : spy) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
            for (int c = topLeft.column(); c <= bottomRight.column(); ++c)
                cells.insert({r, c});
        }
    }
    return cells;
}

} // namespace

class tst_NodeTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstSnapshotInsertsRows();
    void samePollChangesNothing();
    void oneOffsetChangesOnlyThatRowsCells();
    void severityChangeAnnouncesSeverityRole();
    void nodesAppearAndDisappearAsRows();
    void displayText_data();
    void displayText();
    void rawValuesAndUnknowns();
    void severitiesFromFindings();
    void headersAndRoles();

private:
    NodeTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void tst_NodeTableModel::init()
{
    m_model = new NodeTableModel(this);
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void tst_NodeTableModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void tst_NodeTableModel::firstSnapshotInsertsRows()
{
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->setSnapshot(
        snapshotOf({makeNode("node-1", 0), makeNode("node-2", 1), makeNode("node-3", -1)}));
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(Column::Count));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->rowOf("node-3"), 2);
    QCOMPARE(m_model->nodeAt(1)->id(), QStringLiteral("node-2"));
    QVERIFY(!m_model->nodeAt(3));
}

void tst_NodeTableModel::samePollChangesNothing()
{
    const ClusterSnapshot snapshot = snapshotOf({makeNode("node-1", 0), makeNode("node-2", 1)});
    m_model->setSnapshot(snapshot);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy layout(m_model, &QAbstractItemModel::layoutChanged);
    m_model->setSnapshot(snapshot);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(layout.size(), 0);
}

void tst_NodeTableModel::oneOffsetChangesOnlyThatRowsCells()
{
    m_model->setSnapshot(
        snapshotOf({makeNode("node-1", 0), makeNode("node-2", 1), makeNode("node-3", -1)}));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);

    m_model->setSnapshot(
        snapshotOf({makeNode("node-1", 0), makeNode("node-2", 7.5), makeNode("node-3", -1)}));

    const QSet<std::pair<int, int>> expected{{1, int(Column::Offset)},
                                             {1, int(Column::OffsetVsMedian)}};
    QCOMPARE(changedCells(changed), expected);
    QCOMPARE(changed.size(), 1); // adjacent cells with the same roles share one signal
    auto roles = changed.at(0).at(2).value<QList<int>>();
    std::sort(roles.begin(), roles.end());
    QCOMPARE(roles, QList<int>({Qt::DisplayRole, NodeTableModel::RawValueRole}));
    QCOMPARE(inserted.size() + removed.size() + reset.size(), 0);
    QCOMPARE(m_model->index(1, int(Column::Offset)).data().toString(),
             QStringLiteral("+7.5 ms ± 0.5"));
}

void tst_NodeTableModel::severityChangeAnnouncesSeverityRole()
{
    m_model->setSnapshot(snapshotOf({makeNode("node-1", 0), makeNode("node-2", 1)}));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    Finding finding;
    finding.severity = Severity::Warning;
    finding.category = Finding::Category::Version;
    finding.code = "version.server";
    finding.nodeId = "node-2";
    finding.text = "node-2 runs server 4.1 while the others run 4.2";
    m_model->setSnapshot(snapshotOf({makeNode("node-1", 0), makeNode("node-2", 1)}, {finding}));
    // The Node cell (worst of the row) and the Version cell; nothing on node-1.
    const QSet<std::pair<int, int>> expected{{1, int(Column::Node)}, {1, int(Column::Version)}};
    QCOMPARE(changedCells(changed), expected);
    for (const QList<QVariant> &signal : changed) {
        const auto roles = signal.at(2).value<QList<int>>();
        QVERIFY(roles.contains(NodeTableModel::SeverityRole));
        QVERIFY(roles.contains(Qt::ToolTipRole));
        QVERIFY(!roles.contains(Qt::DisplayRole));
    }
    QCOMPARE(m_model->index(1, int(Column::Version)).data(NodeTableModel::SeverityRole).toInt(),
             int(Severity::Warning));
    QVERIFY(m_model->index(1, int(Column::Version))
                .data(Qt::ToolTipRole)
                .toString()
                .contains(finding.text));
}

void tst_NodeTableModel::nodesAppearAndDisappearAsRows()
{
    m_model->setSnapshot(snapshotOf({makeNode("node-1", 0), makeNode("node-2", 1),
                                     makeNode("node-3", 2), makeNode("node-4", 3)}));
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);

    // node-2 and node-3 leave (one contiguous block), node-5 joins.
    m_model->setSnapshot(
        snapshotOf({makeNode("node-1", 0), makeNode("node-4", 3), makeNode("node-5", 4)}));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(changed.size(), 0); // the survivors did not change
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->index(1, 0).data(NodeTableModel::NodeIdRole).toString(),
             QStringLiteral("node-4"));
    QCOMPARE(m_model->index(2, 0).data(NodeTableModel::NodeIdRole).toString(),
             QStringLiteral("node-5"));

    // Removals that are not contiguous come as separate blocks.
    removed.clear();
    m_model->setSnapshot(snapshotOf({makeNode("node-4", 3)}));
    QCOMPARE(removed.size(), 2);
    QCOMPARE(m_model->rowCount(), 1);

    // Duplicate ids in bad input: the first wins, no duplicate row.
    m_model->setSnapshot(snapshotOf({makeNode("node-4", 3), makeNode("node-4", 9)}));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, int(Column::Offset)).data(NodeTableModel::RawValueRole).toDouble(),
             3.0);

    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(reset.size(), 0);
}

void tst_NodeTableModel::displayText_data()
{
    QTest::addColumn<NodeSnapshot>("node");
    QTest::addColumn<Column>("column");
    QTest::addColumn<QString>("text");

    const NodeSnapshot base = makeNode("node-2", -12.34);
    QTest::newRow("node") << base << Column::Node << "node-2";
    QTest::newRow("role") << base << Column::Role << "Replica";
    QTest::newRow("primary") << makeNode("node-1", 0) << Column::Role << "Primary";
    QTest::newRow("state up") << base << Column::State << "Up";
    QTest::newRow("state missed one")
        << base.withHealth(NodeHealth::Up, 1) << Column::State << "Up (missed 1 poll)";
    QTest::newRow("state unreachable")
        << base.withHealth(NodeHealth::Unreachable, 4) << Column::State << "Unreachable";
    QTest::newRow("lb unknown") << base << Column::LbState << "Unknown";
    QTest::newRow("lb down") << base.withLoadBalancer({LbState::Down, "DOWN", "L4CON", 3})
                             << Column::LbState << "Down (L4CON)";
    QTest::newRow("latency") << base << Column::Latency << "2.0 ms";
    QTest::newRow("latency unknown") << base.withLatencyMs(std::nullopt) << Column::Latency << "—";
    QTest::newRow("offset negative") << base << Column::Offset << "-12.3 ms ± 0.5";
    QTest::newRow("offset vs median") << base << Column::OffsetVsMedian << "-12.3 ms";
    QTest::newRow("offset unmeasured") << base.withClock({}) << Column::Offset << "—";
    QTest::newRow("revision") << base << Column::Revision << "42";
    QTest::newRow("lag") << base << Column::Lag << "0";
    QTest::newRow("sync state") << base << Column::SyncState << "In sync";
    QTest::newRow("uptime") << base << Column::Uptime << "3 min 23 s";
    QTest::newRow("version") << base << Column::Version << "4.2.0 (schema 1)";
    QTest::newRow("never seen") << base.withLastSeenMs(0) << Column::LastSeen << "Never";
}

void tst_NodeTableModel::displayText()
{
    QFETCH(NodeSnapshot, node);
    QFETCH(Column, column);
    QFETCH(QString, text);
    m_model->setSnapshot(snapshotOf({node}));
    QCOMPARE(m_model->index(0, int(column)).data().toString(), text);
}

void tst_NodeTableModel::rawValuesAndUnknowns()
{
    NodeSnapshot::Config behind = makeNode("node-2", 0).config();
    behind.agreement = ConfigAgreementState::Behind;
    behind.revisionsBehind = 14;
    m_model->setSnapshot(snapshotOf({makeNode("node-2", 5.25).withConfig(behind),
                                     NodeSnapshot::placeholder("node-3", "node-3", QUrl())}));
    auto raw = [this](int row, Column column) {
        return m_model->index(row, int(column)).data(NodeTableModel::RawValueRole);
    };
    QCOMPARE(raw(0, Column::Offset).toDouble(), 5.25);
    QCOMPARE(raw(0, Column::Lag).toLongLong(), qint64(14));
    QCOMPARE(m_model->index(0, int(Column::Lag)).data().toString(), QStringLiteral("14"));
    QCOMPARE(raw(0, Column::Uptime).toLongLong(), qint64(203));
    QCOMPARE(raw(0, Column::LastSeen).toLongLong(), qint64(1795759403000));
    QCOMPARE(raw(0, Column::SyncState).toInt(), int(ConfigAgreementState::Behind));
    QCOMPARE(m_model->index(0, int(Column::SyncState)).data(NodeTableModel::SeverityRole).toInt(),
             int(Severity::Info));
    // A node that never answered: unknown raw values are invalid, not zero.
    QVERIFY(!raw(1, Column::Offset).isValid());
    QVERIFY(!raw(1, Column::Latency).isValid());
    QVERIFY(!raw(1, Column::Revision).isValid());
    QVERIFY(!raw(1, Column::LastSeen).isValid());
    QCOMPARE(m_model->index(1, int(Column::Revision)).data().toString(), QStringLiteral("—"));
}

void tst_NodeTableModel::severitiesFromFindings()
{
    NodeSnapshot::Clock clock = makeNode("node-3", 0).clock();
    clock.offsetVsMedianMs = 820;
    clock.severity = Severity::Critical;
    m_model->setSnapshot(
        snapshotOf({makeNode("node-1", 0), makeNode("node-3", 820).withClock(clock),
                    makeNode("node-4", 0).withHealth(NodeHealth::Unreachable, 2)}));
    auto severity = [this](int row, Column column) {
        return Severity(
            m_model->index(row, int(column)).data(NodeTableModel::SeverityRole).toInt());
    };
    QCOMPARE(severity(0, Column::Node), Severity::Ok);
    QCOMPARE(severity(1, Column::OffsetVsMedian), Severity::Critical);
    QCOMPARE(severity(1, Column::Node), Severity::Critical);
    QCOMPARE(severity(1, Column::State), Severity::Ok);
    QCOMPARE(severity(2, Column::State), Severity::Critical);
    QCOMPARE(severity(2, Column::Node), Severity::Critical);
}

void tst_NodeTableModel::headersAndRoles()
{
    QCOMPARE(m_model->headerData(int(Column::Node), Qt::Horizontal).toString(),
             QStringLiteral("Node"));
    QCOMPARE(m_model->headerData(int(Column::OffsetVsMedian), Qt::Horizontal).toString(),
             QStringLiteral("vs median"));
    QVERIFY(!m_model->headerData(int(Column::Count), Qt::Horizontal).toString().contains("Node"));
    const auto names = m_model->roleNames();
    QCOMPARE(names.value(NodeTableModel::RawValueRole), QByteArray("rawValue"));
    QCOMPARE(names.value(NodeTableModel::SeverityRole), QByteArray("severity"));
    QCOMPARE(names.value(NodeTableModel::NodeIdRole), QByteArray("nodeId"));
    QCOMPARE(int(NodeTableModel::RawValueRole), int(Qt::UserRole) + 1);
}

QTEST_GUILESS_MAIN(tst_NodeTableModel)
#include "tst_NodeTableModel.moc"
