// NodesPanel: the nodes of one cluster in a sortable, filterable table (state badges, offset
// bars) and, for the selected node, its raw /api/v1/node answer, the path probes took and its
// history (NodeHistoryCharts). Drain, Maintenance and Ready set the selected node's state at
// the load balancer through the cluster's NodeActionController (NodesPanelActions.cpp).
#pragma once

#include "ClusterSnapshot.h"
#include "NodeActionConfirmation.h"
#include "PanelActions.h"

#include <QWidget>

class NodeActionController;
class NodeFilterProxyModel;
class NodeHistoryCharts;
class NodeHistoryQuery;
class NodeStateDelegate;
class NodeTableModel;
class OffsetBarDelegate;
class QAction;
class QCheckBox;
class QHBoxLayout;
class QPushButton;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QTableView;
struct AssessmentThresholds;

class NodesPanel final : public QWidget, public PanelActions
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodesPanel)

public:
    explicit NodesPanel(QWidget *parent = nullptr);

    // Every poll: the table updates only the cells that changed; the selection stays.
    void setSnapshot(const ClusterSnapshot &snapshot);
    // What the history charts read samples through (keyed by the snapshot's profile id); not
    // owned.
    void setHistoryQuery(NodeHistoryQuery *query);
    // The critical clock threshold scales the offset bars.
    void setThresholds(const AssessmentThresholds &thresholds);

    bool focusFilter() override;

    // Where node actions go (not owned; null: none). Enabled with a stats URL and user.
    void setNodeActions(NodeActionController *actions);
    // The cluster's saved profile: production questions ask for its name typed, and a
    // read-only profile disables the actions (with the reason in their tooltips).
    void setProfile(const ClusterProfile &profile);
    // Replaces the confirmation of a node action (tests, guards); null: NodeActionConfirmation.
    void setConfirmHandler(NodeActionConfirmation::Handler handler);
    // Asks for the stats user's password when none is saved; `done` gets it (empty: cancelled).
    using PasswordHandler =
        std::function<void(const QString &reason, std::function<void(const QString &)> done)>;
    void setPasswordHandler(PasswordHandler handler) { m_askPassword = std::move(handler); }
    QAction *nodeAction(NodeAction action) const;
    // The last action's outcome in words, and the restart-order note (empty when hidden).
    QString actionStatusText() const;
    QString restartNoteText() const;

    QString selectedNodeId() const;
    // False when no row shows that node (filtered out or unknown).
    bool selectNode(const QString &nodeId);

    // What the details pane shows, for tests and the shell.
    QString rawJsonText() const;
    QString probePathText() const;
    QTableView *tableView() const { return m_table; }
    NodeTableModel *model() const { return m_model; }
    NodeFilterProxyModel *proxyModel() const { return m_proxy; }
    NodeHistoryCharts *historyCharts() const { return m_history; }

Q_SIGNALS:
    void selectedNodeChanged(const QString &nodeId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateDetails();
    // Hides the columns the cluster cannot fill and says why in one line.
    void showWhatIsPublished();
    void updateCount();
    std::optional<double> errorBoundAt(const QModelIndex &proxyIndex) const;
    void setUpNodeActions(QHBoxLayout *bar);
    void retranslateNodeActions();
    void updateNodeActions();
    void requestNodeAction(NodeAction action);
    void onPasswordNeeded(const QString &nodeId, NodeAction action, bool allowLast,
                          const QString &reason);
    void onNodeActionFinished(const NodeActionOutcome &outcome);
    static QString probePathDescription(const NodeSnapshot &node);

    ClusterSnapshot m_snapshot;
    QString m_selectedId;
    QJsonObject m_shownJson;

    NodeTableModel *m_model;
    NodeFilterProxyModel *m_proxy;
    NodeStateDelegate *m_stateDelegate;
    OffsetBarDelegate *m_offsetDelegate;
    QLineEdit *m_filter;
    QCheckBox *m_problemsOnly;
    QLabel *m_count;
    QLabel *m_unavailable; // what this cluster does not publish, in one line
    QTableView *m_table;
    QStackedWidget *m_detailsStack;
    QLabel *m_placeholder;
    QLabel *m_nodeTitle;
    QLabel *m_probePath;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_json;
    NodeHistoryCharts *m_history;
    NodeActionController *m_nodeActions = nullptr;
    ClusterProfile m_profile;
    NodeActionConfirmation::Handler m_confirm;
    PasswordHandler m_askPassword;
    QAction *m_drain = nullptr;
    QAction *m_maint = nullptr;
    QAction *m_ready = nullptr;
    QList<QPushButton *> m_actionButtons;
    QLabel *m_actionStatus = nullptr;
    QLabel *m_restartNote = nullptr;
};
