#pragma once
// FleetView: every saved cluster in one sortable table (nodes up, worst offset, configuration
// agreement, resource count, last refresh, group), worst first with a severity icon in its
// colour, a filter, and a group filter with the group's totals (nodes up, worst offset, findings).
// Double-clicking a row (or Enter) asks to open that cluster.

#include "FleetTableModel.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class FleetResourceCounter;
class MonitorService;
class ProfileService;
class FleetFilterProxyModel;
class QIdentityProxyModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

class FleetView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetView)

public:
    explicit FleetView(QWidget *parent = nullptr);

    // Follows the session's profiles and snapshots and counts each cluster's resources through
    // `counter` (not owned; the core's, over the pooled clients).
    void setServices(ProfileService *profiles, MonitorService *monitor,
                     FleetResourceCounter *counter);
    FleetTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    FleetFilterProxyModel *filterModel() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    // The group filter (its first item: every group) and the totals of what it shows.
    QComboBox *groupFilter() const { return m_group; }
    QLabel *groupTotals() const { return m_totals; }
    // Shows one group (a folder and the folders inside it) and its totals; empty: every
    // cluster. A group no cluster is in yet is offered until the groups change.
    void setGroup(const QString &path);
    QString group() const;
    // Puts the cursor in the filter (Ctrl+F).
    void focusFilter();

public Q_SLOTS:
    // Polls every cluster now and counts their resources again.
    void refresh();

Q_SIGNALS:
    void clusterOpenRequested(const QString &profileId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fitColumns();
    // The group filter's entries follow the profiles' groups (and their parent folders).
    void updateGroups();
    void updateTotals();
    // Every cluster, or only `profileId`.
    void countResources(const QString &profileId = {});

    QPointer<ProfileService> m_profiles;
    QPointer<MonitorService> m_monitor;
    QPointer<FleetResourceCounter> m_counter;
    FleetTableModel *m_model;
    FleetFilterProxyModel *m_proxy;
    QIdentityProxyModel *m_decorated;
    QLabel *m_title;
    QLineEdit *m_filter;
    QLabel *m_groupLabel;
    QComboBox *m_group;
    QLabel *m_totals;
    QPushButton *m_refreshButton;
    QTableView *m_table;
    QTimer m_clock;
    QHash<QString, qint64> m_countedRevision; // the configuration revision each count follows
};
