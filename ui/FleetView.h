#pragma once
// FleetView: every saved cluster in one sortable table (nodes up, worst offset, configuration
// agreement, resource count, last refresh). Double-clicking a row (or Enter) asks to open that
// cluster.

#include "FleetTableModel.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class ClusterEndpoint;
class ConsoleSession;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

class FleetView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetView)

public:
    explicit FleetView(QWidget *parent = nullptr);

    // Follows the session's profiles and snapshots and counts each cluster's resources.
    void setSession(ConsoleSession *session);
    FleetTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

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
    // Every cluster, or only `profileId`.
    void countResources(const QString &profileId = {});

    QPointer<ConsoleSession> m_session;
    FleetTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QPushButton *m_refreshButton;
    QTableView *m_table;
    QTimer m_clock;
    QHash<QString, ClusterEndpoint *> m_endpoints;
    QHash<QString, qint64> m_countedRevision; // the configuration revision each count follows
};
