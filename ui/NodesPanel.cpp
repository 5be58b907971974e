#include "NodesPanel.h"

#include "HeaderSizing.h"
#include "NodeFilterProxyModel.h"
#include "NodeHistoryCharts.h"
#include "NodeStateDelegate.h"
#include "NodeTableModel.h"
#include "OffsetBarDelegate.h"
#include "Theme.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

using Column = NodeTableModel::Column;

// Initial widths in average characters: wide enough for typical values, never measured from
// the contents; the user can still drag them.
int widthInCharacters(Column column)
{
    switch (column) {
    case Column::Node:
        return 14;
    case Column::Role:
        return 9;
    case Column::State:
        return 18;
    case Column::LbState:
        return 14;
    case Column::Latency:
        return 10;
    case Column::Offset:
        return 22;
    case Column::OffsetVsMedian:
        return 26;
    case Column::TimeSync:
        return 21;
    case Column::Revision:
        return 9;
    case Column::Checksum:
        return 13;
    case Column::ActiveRequests:
        return 9;
    case Column::Memory:
        return 10;
    case Column::Lag:
        return 6;
    case Column::SyncState:
        return 14;
    case Column::Uptime:
        return 11;
    case Column::Version:
        return 19;
    case Column::LastSeen:
        return 10;
    case Column::Count:
        break;
    }
    return 10;
}

} // namespace

NodesPanel::NodesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new NodeTableModel(this))
    , m_proxy(new NodeFilterProxyModel(this))
    , m_stateDelegate(new NodeStateDelegate(this))
    , m_offsetDelegate(new OffsetBarDelegate(this))
    , m_filter(new QLineEdit(this))
    , m_problemsOnly(new QCheckBox(this))
    , m_count(new QLabel(this))
    , m_unavailable(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detailsStack(new QStackedWidget(this))
    , m_placeholder(new QLabel(m_detailsStack))
    , m_nodeTitle(new QLabel)
    , m_probePath(new QLabel)
    , m_tabs(new QTabWidget)
    , m_json(new QPlainTextEdit)
    , m_history(new NodeHistoryCharts)
{
    m_proxy->setSourceModel(m_model);
    m_filter->setObjectName(QStringLiteral("nodeFilter"));
    m_filter->setClearButtonEnabled(true);
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnly"));
    m_count->setObjectName(QStringLiteral("nodeCount"));
    m_unavailable->setObjectName(QStringLiteral("nodesUnavailable"));
    m_unavailable->setWordWrap(true);
    m_unavailable->hide();
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateCount();
    });
    connect(m_problemsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setProblemsOnly(on);
        updateCount();
    });

    m_table->setObjectName(QStringLiteral("nodeTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(Column::Node), Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setResizeContentsPrecision(8);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    m_table->setItemDelegateForColumn(int(Column::State), m_stateDelegate);
    m_table->setItemDelegateForColumn(int(Column::OffsetVsMedian), m_offsetDelegate);
    m_offsetDelegate->setErrorBoundFunction(
        [this](const QModelIndex &index) { return errorBoundAt(index); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NodesPanel::updateDetails);
    // Rows leave the view when filtered: the details follow what is selected.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &NodesPanel::updateDetails);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &NodesPanel::updateDetails);

    m_nodeTitle->setObjectName(QStringLiteral("nodeTitle"));
    m_nodeTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_nodeTitle->font();
    titleFont.setBold(true);
    m_nodeTitle->setFont(titleFont);
    m_probePath->setObjectName(QStringLiteral("probePath"));
    m_probePath->setWordWrap(true);
    m_probePath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_json->setObjectName(QStringLiteral("nodeJson"));
    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setTabChangesFocus(true);
    m_tabs->setObjectName(QStringLiteral("nodeDetailsTabs"));
    m_tabs->addTab(m_history, QString());
    m_tabs->addTab(m_json, QString());

    auto *details = new QWidget(m_detailsStack);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_nodeTitle);
    detailsLayout->addWidget(m_probePath);
    detailsLayout->addWidget(m_tabs, 1);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_detailsStack->addWidget(m_placeholder);
    m_detailsStack->addWidget(details);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 2);
    bar->addWidget(m_problemsOnly);
    bar->addStretch(1);
    bar->addWidget(m_count);
    setUpNodeActions(bar);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_restartNote);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_unavailable);
    topLayout->addWidget(m_actionStatus);
    topLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(m_detailsStack);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setTabOrder(m_filter, m_problemsOnly);
    QWidget *previous = m_problemsOnly;
    for (QPushButton *button : std::as_const(m_actionButtons)) {
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_table);
    setTabOrder(m_table, m_tabs);

    const QFontMetrics metrics(font());
    m_table->verticalHeader()->setDefaultSectionSize(metrics.height() + 10);
    const int character = metrics.averageCharWidth();
    for (int c = 0; c < int(Column::Count); ++c)
        header->resizeSection(c, widthInCharacters(Column(c)) * character + 12);
    HeaderSizing::fitHeaderTexts(header);

    retranslateUi();
    updateDetails();
    updateCount();
}

void NodesPanel::setSnapshot(const ClusterSnapshot &snapshot)
{
    const bool newPoll = snapshot.takenAtMs() != m_snapshot.takenAtMs() ||
                         snapshot.profileId() != m_snapshot.profileId();
    m_snapshot = snapshot;
    m_model->setSnapshot(snapshot);
    showWhatIsPublished();
    m_restartNote->setVisible(NodeActionRules::wholeClusterOutOfService(snapshot.nodes()));
    updateDetails();
    updateCount();
    if (newPoll)
        m_history->reload();
}

void NodesPanel::showWhatIsPublished()
{
    const ClusterCapabilities capabilities = m_snapshot.capabilities();
    const bool details = capabilities.supports(ClusterCapabilities::Feature::NodeDetails);
    // Columns only the management API fills: hidden rather than a column of dashes.
    for (const Column column : {Column::Role, Column::TimeSync, Column::Revision, Column::Checksum,
                                Column::Lag, Column::SyncState, Column::Uptime,
                                Column::ActiveRequests, Column::Memory, Column::Version})
        m_table->setColumnHidden(int(column), !details);
    QStringList lines{capabilities.unavailableText(ClusterCapabilities::Feature::NodeDetails),
                      capabilities.unavailableText(ClusterCapabilities::Feature::NodeClocks)};
    lines.removeAll(QString());
    if (!capabilities.supports(ClusterCapabilities::Feature::NodeClocks)) {
        // The honest width of what Date headers allow, for the worst-measured node.
        double widest = -1;
        for (const NodeSnapshot &node : m_snapshot.nodes()) {
            if (node.clock().measured)
                widest = std::max(widest, node.clock().errorMs);
        }
        if (widest >= 0)
            lines.append(tr("Error bound up to ±%1 ms.").arg(qRound(widest)));
    }
    m_unavailable->setText(lines.join(QLatin1Char(' ')));
    m_unavailable->setVisible(!lines.isEmpty());
}

void NodesPanel::setHistoryQuery(NodeHistoryQuery *query)
{
    m_history->setQuery(query);
}

void NodesPanel::setThresholds(const AssessmentThresholds &thresholds)
{
    m_offsetDelegate->setCriticalMs(thresholds.clockCritMs);
    m_table->viewport()->update();
}

bool NodesPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
    return true;
}

QString NodesPanel::selectedNodeId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(NodeTableModel::NodeIdRole).toString();
}

bool NodesPanel::selectNode(const QString &nodeId)
{
    const int sourceRow = m_model->rowOf(nodeId);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (sourceRow < 0 || !index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

QString NodesPanel::rawJsonText() const
{
    return m_json->toPlainText();
}

QString NodesPanel::probePathText() const
{
    return m_probePath->text();
}

std::optional<double> NodesPanel::errorBoundAt(const QModelIndex &proxyIndex) const
{
    const auto node = m_model->nodeAt(m_proxy->mapToSource(proxyIndex).row());
    if (!node || !node->clock().measured)
        return std::nullopt;
    return node->clock().errorMs;
}

QString NodesPanel::probePathDescription(const NodeSnapshot &node)
{
    switch (node.probePath()) {
    case ProbePath::ViaLoadBalancer:
        return tr("Probes reach this node through the load balancer.");
    case ProbePath::Direct:
        return tr("Probes reach this node directly at %1: the load balancer could not route "
                  "to it.")
            .arg(node.directUrl().toDisplayString());
    case ProbePath::None:
        break;
    }
    return tr("No probe has reached this node in the last poll.");
}

void NodesPanel::updateDetails()
{
    const QString id = selectedNodeId();
    const auto node = id.isEmpty() ? std::nullopt : m_snapshot.node(id);
    if (id != m_selectedId) {
        m_selectedId = id;
        emit selectedNodeChanged(id);
    }
    updateNodeActions();
    if (!node) {
        m_detailsStack->setCurrentIndex(0);
        m_history->setNode(m_snapshot.profileId(), QString());
        m_shownJson = {};
        m_json->clear();
        m_probePath->clear();
        return;
    }
    m_detailsStack->setCurrentIndex(1);
    m_nodeTitle->setText(
        node->name() == node->id() ? node->name() : tr("%1 (id %2)").arg(node->name(), node->id()));
    m_probePath->setText(probePathDescription(*node));
    // Rewriting the same text would reset the reader's scroll position every poll.
    const QJsonObject raw = node->rawNodeJson();
    if (raw != m_shownJson || m_json->document()->isEmpty()) {
        m_shownJson = raw;
        if (raw.isEmpty()) {
            m_json->setPlainText(node->error().isEmpty()
                                     ? tr("This node has not answered yet.")
                                     : tr("This node has not answered: %1").arg(node->error()));
        } else {
            m_json->setPlainText(
                QString::fromUtf8(QJsonDocument(raw).toJson(QJsonDocument::Indented)));
        }
    }
    m_history->setNode(m_snapshot.profileId(), node->id());
}

void NodesPanel::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (shown == total)
        m_count->setText(total == 1 ? tr("1 node") : tr("%1 nodes").arg(total));
    else
        m_count->setText(tr("Showing %1 of %2 nodes").arg(shown).arg(total));
}

void NodesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Longer words in the new language: no header may be cut.
        HeaderSizing::fitHeaderTexts(m_table->horizontalHeader());
    }
    QWidget::changeEvent(event);
}

void NodesPanel::retranslateUi()
{
    showWhatIsPublished();
    m_filter->setPlaceholderText(tr("Filter by name, id or state (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter nodes"));
    m_problemsOnly->setText(tr("&Problems only"));
    m_problemsOnly->setToolTip(tr("Show only nodes with a warning or a critical problem"));
    m_table->setAccessibleName(tr("Nodes"));
    m_placeholder->setText(tr("Select a node to see its answer, its history and how it was "
                              "reached."));
    m_tabs->setTabText(m_tabs->indexOf(m_history), tr("&History"));
    m_tabs->setTabText(m_tabs->indexOf(m_json), tr("Node &answer"));
    m_json->setAccessibleName(tr("The node's raw /api/v1/node answer"));
    m_json->clear(); // rewritten in the new language by updateDetails()
    retranslateNodeActions();
    updateCount();
    updateDetails();
}
