#include "FleetView.h"

#include "FleetFilterProxyModel.h"
#include "FleetResourceCounter.h"
#include "Icons.h"
#include "MonitorService.h"
#include "ProfileService.h"
#include "ResourceListSync.h"
#include "Theme.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The cluster's severity as an icon in its colour in the Cluster column, and that column's
// text in the colour for warnings and critical problems.
class SeverityDecoration final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.column() != int(FleetSummary::Column::Cluster) ||
            (role != Qt::DecorationRole && role != Qt::ForegroundRole))
            return QIdentityProxyModel::data(index, role);
        const auto severity = Severity(index.data(FleetTableModel::SeverityRole).toInt());
        // Never polled: nothing is known yet, which is not "ok".
        const bool polled = index.siblingAtColumn(int(FleetSummary::Column::LastRefresh))
                                .data(FleetTableModel::RawValueRole)
                                .isValid();
        const QColor colour =
            polled ? Theme::severityColor(severity) : Theme::color(Theme::Role::Muted);
        if (role == Qt::ForegroundRole)
            return severity >= Severity::Warning ? QVariant(colour) : QVariant();
        return Icons::icon(polled ? Icons::severityIconName(severity) : u"unknown"_s, colour);
    }
};

} // namespace

FleetView::FleetView(QWidget *parent)
    : QWidget(parent)
    , m_model(new FleetTableModel(this))
    , m_proxy(new FleetFilterProxyModel(this))
    , m_decorated(new SeverityDecoration(this))
    , m_title(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_groupLabel(new QLabel(this))
    , m_group(new QComboBox(this))
    , m_totals(new QLabel(this))
    , m_refreshButton(new QPushButton(this))
    , m_table(new QTableView(this))
{
    setObjectName(u"FleetView"_s);
    m_refreshButton->setObjectName(u"refreshButton"_s);
    m_table->setObjectName(u"fleetTable"_s);
    m_filter->setObjectName(u"fleetFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_group->setObjectName(u"fleetGroupFilter"_s);
    m_group->addItem(QString(), QString());
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_groupLabel->setBuddy(m_group);
    m_totals->setObjectName(u"fleetGroupTotals"_s);
    m_proxy->setSourceModel(m_model);
    m_decorated->setSourceModel(m_proxy);
    m_table->setModel(m_decorated);
    m_table->setSortingEnabled(true);
    // The Cluster column sorts worst first, then by name: what needs the user comes first.
    m_table->sortByColumn(int(FleetSummary::Column::Cluster), Qt::AscendingOrder);
    m_table->setIconSize(QSize(16, 16));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);

    // The explanation wraps above the controls, so a long translation never widens the window
    // past a 1024-pixel screen.
    m_title->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_groupLabel);
    top->addWidget(m_group);
    top->addWidget(m_filter, 1);
    top->addWidget(m_refreshButton);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &FleetFilterProxyModel::setFilterText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(top);
    layout->addWidget(m_totals);
    layout->addWidget(m_table, 1);
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setGroup(m_group->currentData().toString());
        updateTotals();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FleetView::updateGroups);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FleetView::updateGroups);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &FleetView::updateGroups);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FleetView::updateGroups);

    connect(m_refreshButton, &QPushButton::clicked, this, &FleetView::refresh);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FleetView::fitColumns);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FleetView::fitColumns);
    // activated: a double-click (or the platform's single click) and Enter from the keyboard.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(FleetTableModel::ProfileIdRole).toString();
        if (!id.isEmpty())
            emit clusterOpenRequested(id);
    });
    // "2 min ago" must keep ageing while nothing else changes.
    m_clock.setInterval(10000);
    connect(&m_clock, &QTimer::timeout, this,
            [this] { m_model->setNowMs(QDateTime::currentMSecsSinceEpoch()); });
    m_clock.start();
    retranslateUi();
}

void FleetView::retranslateUi()
{
    m_title->setText(tr("All saved clusters, worst first. Double-click a cluster to open it."));
    m_filter->setPlaceholderText(tr("Filter by name or state (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter clusters"));
    m_filter->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    m_refreshButton->setText(tr("Refresh all"));
    m_groupLabel->setText(tr("&Group:"));
    m_group->setItemText(0, tr("All groups"));
    updateTotals();
    fitColumns();
}

void FleetView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void FleetView::fitColumns()
{
    // A handful of rows: measuring them is cheap, and translated headers are longer. The last
    // column stretches into what is left.
    const int minimum = fontMetrics().averageCharWidth() * 10;
    for (int column = 0; column + 1 < m_proxy->columnCount(); ++column) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, std::max(minimum, m_table->columnWidth(column) + 6));
    }
}

void FleetView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The model's texts are made on demand: ask for them again in the new language.
        emit m_decorated->headerDataChanged(Qt::Horizontal, 0, m_decorated->columnCount() - 1);
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void FleetView::setServices(ProfileService *profiles, MonitorService *monitor,
                            FleetResourceCounter *counter)
{
    if (m_profiles)
        disconnect(m_profiles, nullptr, this, nullptr);
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    if (m_counter)
        disconnect(m_counter, nullptr, m_model, nullptr);
    m_profiles = profiles;
    m_monitor = monitor;
    m_counter = counter;
    if (!profiles || !monitor || !counter)
        return;
    connect(m_counter, &FleetResourceCounter::counted, m_model, &FleetTableModel::setResourceCount);
    auto loadProfiles = [this] {
        const QList<ClusterProfile> list = m_profiles->profiles();
        for (const ClusterProfile &profile : list) {
            if (const auto snapshot = m_monitor->snapshot(profile.id))
                m_model->setSnapshot(profile.id, *snapshot);
        }
        m_model->setProfiles(list);
        countResources();
    };
    connect(profiles, &ProfileService::profilesChanged, this, loadProfiles);
    connect(monitor, &MonitorService::snapshotReady, this,
            [this](const QString &profileId, const ClusterSnapshot &snapshot) {
                m_model->setSnapshot(profileId, snapshot);
                // A configuration change since the last count: count that cluster again.
                const qint64 revision = ResourceListSync::newestRevision(snapshot);
                if (revision >= 0 && revision != m_countedRevision.value(profileId, -1)) {
                    m_countedRevision.insert(profileId, revision);
                    countResources(profileId);
                }
            });
    loadProfiles();
}

void FleetView::updateGroups()
{
    QStringList groups;
    for (const FleetSummary &summary : m_model->summaries()) {
        // A folder's parents are groups too: "EMEA" gathers "EMEA/Production" and "EMEA/Test".
        const QStringList segments = summary.group.split(u'/', Qt::SkipEmptyParts);
        for (qsizetype depth = 1; depth <= segments.size(); ++depth) {
            const QString path = segments.first(depth).join(u'/');
            if (!groups.contains(path))
                groups.append(path);
        }
    }
    groups.sort(Qt::CaseInsensitive);
    QStringList shown;
    for (int i = 1; i < m_group->count(); ++i)
        shown.append(m_group->itemData(i).toString());
    if (shown == groups) { // an open popup stays as it is
        updateTotals();
        return;
    }
    const QString current = m_group->currentData().toString();
    const QSignalBlocker blocker(m_group);
    while (m_group->count() > 1)
        m_group->removeItem(1);
    for (const QString &group : std::as_const(groups))
        m_group->addItem(group, group);
    const int index = m_group->findData(current);
    m_group->setCurrentIndex(index < 0 ? 0 : index);
    m_proxy->setGroup(m_group->currentData().toString());
    m_group->setVisible(!groups.isEmpty());
    m_groupLabel->setVisible(!groups.isEmpty());
    updateTotals();
}

void FleetView::setGroup(const QString &path)
{
    int index = m_group->findData(path);
    if (index < 0) {
        m_group->addItem(path, path);
        index = m_group->count() - 1;
        m_group->setVisible(true);
        m_groupLabel->setVisible(true);
    }
    m_group->setCurrentIndex(index);
}

QString FleetView::group() const
{
    return m_group->currentData().toString();
}

void FleetView::updateTotals()
{
    const QString group = m_group->currentData().toString();
    const FleetGroupTotals totals = FleetGroupTotals::of(m_model->summaries(), group);
    m_totals->setText(group.isEmpty() ? tr("All clusters: %1").arg(totals.text())
                                      : tr("%1: %2").arg(group, totals.text()));
}

void FleetView::refresh()
{
    if (!m_monitor)
        return;
    m_monitor->refreshAll();
    countResources();
}

void FleetView::countResources(const QString &profileId)
{
    if (!m_profiles || !m_counter)
        return;
    for (const ClusterProfile &profile : m_profiles->profiles()) {
        // A cluster that publishes no resources is not asked (its row says so).
        if ((profileId.isEmpty() || profile.id == profileId) &&
            profile.capabilities.supports(ClusterCapabilities::Feature::Resources))
            m_counter->count(profile.id);
    }
}
