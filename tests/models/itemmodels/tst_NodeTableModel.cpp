// The node table under QAbstractItemModelTester: formatted text, raw values and severities, and
// narrow updates (one changed offset = one row's changed cells; nodes come and go by rows).
#include "NodeTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

using Column = NodeTableModel::Column;

// `changed` replaces top-level fields of the node's /api/v1/node answer.
NodeSnapshot makeNode(const QString &id, double offsetMs, qint64 revision = 42,
                      const QJsonObject &changed = {}, int schemaVersion = 1)
{
    QJsonObject json{{"id", id},
                     {"name", id},
                     {"url", "http://127.0.0.1:9101"},
                     {"role", id == "node-1" ? "primary" : "replica"},
                     {"serverVersion", "4.2.0"},
                     {"uptimeSeconds", 203},
                     {"config", QJsonObject{{"schemaVersion", schemaVersion},
                                            {"revision", double(revision)},
                                            {"syncState", "in-sync"}}}};
    for (auto it = changed.begin(); it != changed.end(); ++it)
        json.insert(it.key(), it.value());
    const auto parsed = NodeSnapshot::fromNodeJson(json, nullptr);
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

Finding nodeFinding(const QString &nodeId, Finding::Category category, Severity severity,
                    const QString &text)
{
    Finding finding;
    finding.severity = severity;
    finding.category = category;
    finding.code = QStringLiteral("test.%1").arg(Finding::categoryKey(category));
    finding.nodeId = nodeId;
    finding.text = text;
    return finding;
}

// The roles a view may show, read through data() for every cell of the model.
const int shownRoles[] = {Qt::DisplayRole, NodeTableModel::RawValueRole,
                          NodeTableModel::SeverityRole, Qt::ToolTipRole};

using CellValues = QMap<std::tuple<int, int, int>, QVariant>;

CellValues allCellValues(const NodeTableModel &model)
{
    CellValues values;
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            for (int role : shownRoles)
                values.insert({r, c, role}, model.index(r, c).data(role));
        }
    }
    return values;
}

// Whether some dataChanged signal in the spy covers the cell for the role (no roles: all).
bool announced(const QSignalSpy &spy, int row, int column, int role)
{
    for (const QList<QVariant> &signal : spy) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        const auto roles = signal.at(2).value<QList<int>>();
        if (row >= topLeft.row() && row <= bottomRight.row() && column >= topLeft.column() &&
            column <= bottomRight.column() && (roles.isEmpty() || roles.contains(role)))
            return true;
    }
    return false;
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
    void equalSnapshotRebuiltChangesNothing();
    void changedFieldAnnouncesItsColumns_data();
    void changedFieldAnnouncesItsColumns();
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

void tst_NodeTableModel::equalSnapshotRebuiltChangesNothing()
{
    // Equal content built anew (no shared data with the first poll), findings included.
    auto build = [] {
        return snapshotOf({makeNode("node-1", 0), makeNode("node-2", 1.25),
                           makeNode("node-3", 0).withHealth(NodeHealth::Unreachable, 3)},
                          {nodeFinding("node-3", Finding::Category::Health, Severity::Critical,
                                       QStringLiteral("node-3 does not answer")),
                           nodeFinding("node-2", Finding::Category::Clock, Severity::Warning,
                                       QStringLiteral("node-2 is 1.25 ms off"))});
    };
    m_model->setSnapshot(build());
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    m_model->setSnapshot(build());
    QCOMPARE(changed.size(), 0);
    QCOMPARE(inserted.size() + removed.size(), 0);
}

void tst_NodeTableModel::changedFieldAnnouncesItsColumns_data()
{
    QTest::addColumn<NodeSnapshot>("before");
    QTest::addColumn<NodeSnapshot>("after");
    QTest::addColumn<QList<Finding>>("findingsBefore");
    QTest::addColumn<QList<Finding>>("findingsAfter");
    QTest::addColumn<QList<int>>("columns"); // of node-2's row, the only row that changes

    const NodeSnapshot base = makeNode("node-2", 3);
    auto row = [&](const char *name, const NodeSnapshot &after, QList<Column> columns) {
        QList<int> numbers;
        for (Column column : columns)
            numbers.append(int(column));
        QTest::newRow(name) << base << after << QList<Finding>() << QList<Finding>() << numbers;
    };
    row("name", makeNode("node-2", 3, 42, {{"name", "db-2"}}), {Column::Node});
    row("direct url", base.withDirectUrl(QUrl(QStringLiteral("http://127.0.0.2:9101"))),
        {Column::Node});
    row("error", base.withError(QStringLiteral("connection refused")), {Column::Node});
    row("role", makeNode("node-2", 3, 42, {{"role", "primary"}}), {Column::Role});
    row("health", base.withHealth(NodeHealth::Degraded, 0), {Column::Node, Column::State});
    row("missed polls", base.withHealth(NodeHealth::Up, 2), {Column::Node, Column::State});
    row("lb state", base.withLoadBalancer({LbState::Maint, {}, {}, -1}),
        {Column::Node, Column::LbState});
    row("lb check status", base.withLoadBalancer({LbState::Unknown, {}, "L7OK", -1}),
        {Column::LbState});
    row("lb status", base.withLoadBalancer({LbState::Unknown, "UP 1/3", {}, -1}),
        {Column::LbState});
    row("latency", base.withLatencyMs(9.5), {Column::Latency});

    auto withClock = [&](auto change) {
        NodeSnapshot::Clock clock = base.clock();
        change(clock);
        return base.withClock(clock);
    };
    row("offset", withClock([](auto &c) { c.offsetMs = 4; }), {Column::Offset});
    row("offset error", withClock([](auto &c) { c.errorMs = 2; }), {Column::Offset});
    row("offset vs median", withClock([](auto &c) { c.offsetVsMedianMs = -1; }),
        {Column::OffsetVsMedian});
    row("unmeasured", withClock([](auto &c) { c.measured = false; }),
        {Column::Offset, Column::OffsetVsMedian});
    row("clock severity", withClock([](auto &c) { c.severity = Severity::Warning; }),
        {Column::Node, Column::Offset, Column::OffsetVsMedian});
    row("ntp max error", withClock([](auto &c) { c.maxErrorUs = 1500; }),
        {Column::Offset, Column::TimeSync});
    row("ntp synchronized", withClock([](auto &c) { c.ntpSynchronized = true; }),
        {Column::TimeSync});
    row("clock reference", withClock([](auto &c) { c.reference.clear(); }),
        {Column::OffsetVsMedian});
    row("checksum",
        makeNode("node-2", 3, 42,
                 {{"config", QJsonObject{{"revision", 42},
                                         {"schemaVersion", 1},
                                         {"checksum", "abcdef0123456789"},
                                         {"syncState", "in-sync"}}}}),
        {Column::Checksum});
    row("load",
        makeNode("node-2", 3, 42,
                 {{"load", QJsonObject{{"activeRequests", 4}, {"rssBytes", 1048576}}}}),
        {Column::ActiveRequests, Column::Memory});

    auto withConfig = [](const NodeSnapshot &node, auto change) {
        NodeSnapshot::Config config = node.config();
        change(config);
        return node.withConfig(config);
    };
    row("revision", makeNode("node-2", 3, 43), {Column::Revision});
    row("agreement",
        withConfig(base,
                   [](auto &c) {
                       c.agreement = ConfigAgreementState::Behind;
                       c.revisionsBehind = 2;
                   }),
        {Column::Node, Column::Revision, Column::Lag, Column::SyncState});
    row("revisions behind", withConfig(base, [](auto &c) { c.revisionsBehind = 3; }),
        {Column::Lag});
    row("sync state words", withConfig(base, [](auto &c) { c.syncState = "catching-up"; }),
        {Column::SyncState});
    row("uptime", makeNode("node-2", 3, 42, {{"uptimeSeconds", 7300}}), {Column::Uptime});
    row("server version", makeNode("node-2", 3, 42, {{"serverVersion", "4.3.0"}}),
        {Column::Version});
    row("schema version", makeNode("node-2", 3, 42, {}, 2), {Column::Version});
    row("last seen", base.withLastSeenMs(1795759408000), {Column::LastSeen});

    // The node's own lag figure counts while the console has no agreement of its own.
    const NodeSnapshot unknown =
        withConfig(base, [](auto &c) { c.agreement = ConfigAgreementState::Unknown; });
    QTest::newRow("node's lag") << unknown
                                << withConfig(unknown, [](auto &c) { c.lag = qint64(5); })
                                << QList<Finding>() << QList<Finding>()
                                << QList<int>{int(Column::Lag)};

    const Finding clock = nodeFinding("node-2", Finding::Category::Clock, Severity::Warning,
                                      QStringLiteral("node-2 is 3 ms off"));
    QTest::newRow("finding appears")
        << base << base << QList<Finding>() << QList<Finding>{clock}
        << QList<int>{int(Column::Node), int(Column::Offset), int(Column::OffsetVsMedian)};
    Finding reworded = clock;
    reworded.text = QStringLiteral("node-2 is 3.0 ms off");
    QTest::newRow("finding reworded")
        << base << base << QList<Finding>{clock} << QList<Finding>{reworded}
        << QList<int>{int(Column::Node), int(Column::Offset), int(Column::OffsetVsMedian)};
    QTest::newRow("cluster-wide finding on the node")
        << base << base << QList<Finding>()
        << QList<Finding>{nodeFinding("node-2", Finding::Category::License, Severity::Info,
                                      QStringLiteral("license"))}
        << QList<int>{int(Column::Node)};
    QTest::newRow("finding of another node")
        << base << base << QList<Finding>()
        << QList<Finding>{nodeFinding("node-9", Finding::Category::Health, Severity::Critical,
                                      QStringLiteral("node-9 is gone"))}
        << QList<int>();
}

void tst_NodeTableModel::changedFieldAnnouncesItsColumns()
{
    QFETCH(NodeSnapshot, before);
    QFETCH(NodeSnapshot, after);
    QFETCH(QList<Finding>, findingsBefore);
    QFETCH(QList<Finding>, findingsAfter);
    QFETCH(QList<int>, columns);

    m_model->setSnapshot(snapshotOf({makeNode("node-1", 0), before}, findingsBefore));
    const CellValues old = allCellValues(*m_model);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setSnapshot(snapshotOf({makeNode("node-1", 0), after}, findingsAfter));
    const CellValues now = allCellValues(*m_model);

    // Complete: every cell whose value differs under a role is announced for that role.
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto [row, column, role] = it.key();
        if (it.value() != old.value(it.key()) && !announced(changed, row, column, role))
            QFAIL(qPrintable(QStringLiteral("row %1, column %2, role %3 changed unannounced")
                                 .arg(row)
                                 .arg(column)
                                 .arg(role)));
    }
    // Narrow: exactly the columns the field feeds, on node-2's row only.
    QSet<std::pair<int, int>> expected;
    for (int column : columns)
        expected.insert({1, column});
    QCOMPARE(changedCells(changed), expected);
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
             QStringLiteral("+7.5 ms ± 0.5 net"));
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
    QTest::newRow("offset negative") << base << Column::Offset << "-12.3 ms ± 0.5 net";
    QTest::newRow("offset vs median") << base << Column::OffsetVsMedian << "-12.3 ms";
    QTest::newRow("offset unmeasured") << base.withClock({}) << Column::Offset << "—";
    QTest::newRow("revision") << base << Column::Revision << "42";
    QTest::newRow("lag") << base << Column::Lag << "0";
    QTest::newRow("sync state") << base << Column::SyncState << "In sync";
    QTest::newRow("uptime") << base << Column::Uptime << "3 min 23 s";
    QTest::newRow("version") << base << Column::Version << "4.2.0 (schema 1)";
    QTest::newRow("never seen") << base.withLastSeenMs(0) << Column::LastSeen << "Never";
    QTest::newRow("state slow") << base.withHealth(NodeHealth::Slow, 0).withLatencyMs(2000)
                                << Column::State << "Slow (2000 ms)";
    NodeSnapshot::Clock synced = base.clock();
    synced.ntpSynchronized = true;
    synced.maxErrorUs = 16000;
    QTest::newRow("time sync") << base.withClock(synced) << Column::TimeSync << "Synced, ± 16.0 ms";
    NodeSnapshot::Clock unsynced = synced;
    unsynced.ntpSynchronized = false;
    unsynced.maxErrorUs.reset();
    QTest::newRow("time not synced")
        << base.withClock(unsynced) << Column::TimeSync << "Not synced";
    QTest::newRow("time sync unknown") << base << Column::TimeSync << "—";
    NodeSnapshot::Clock unjudged = base.clock();
    unjudged.reference.clear();
    QTest::newRow("offset not judged")
        << base.withClock(unjudged) << Column::OffsetVsMedian << "not judged";
    QTest::newRow("checksum") << makeNode("node-2", 0, 42,
                                          {{"config",
                                            QJsonObject{{"revision", 42},
                                                        {"checksum", "ABCDEF0123456789abcdef"}}}})
                              << Column::Checksum << "abcdef012345";
    QTest::newRow("requests") << makeNode("node-2", 0, 42,
                                          {{"load", QJsonObject{{"activeRequests", 3}}}})
                              << Column::ActiveRequests << "3";
    QTest::newRow("requests unknown") << base << Column::ActiveRequests << "—";
    NodeSnapshot::Config paused = base.config();
    paused.syncState = QStringLiteral("paused");
    QTest::newRow("paused") << base.withConfig(paused) << Column::SyncState << "Replication paused";
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
             QStringLiteral("vs reference"));
    QVERIFY(m_model->headerData(int(Column::OffsetVsMedian), Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("trusted references")));
    QVERIFY(!m_model->headerData(int(Column::Count), Qt::Horizontal).toString().contains("Node"));
    const auto names = m_model->roleNames();
    QCOMPARE(names.value(NodeTableModel::RawValueRole), QByteArray("rawValue"));
    QCOMPARE(names.value(NodeTableModel::SeverityRole), QByteArray("severity"));
    QCOMPARE(names.value(NodeTableModel::NodeIdRole), QByteArray("nodeId"));
    QCOMPARE(int(NodeTableModel::RawValueRole), int(Qt::UserRole) + 1);
}

QTEST_GUILESS_MAIN(tst_NodeTableModel)
#include "tst_NodeTableModel.moc"
