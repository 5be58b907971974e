// HistoryPanel: the cluster's configuration change log (read by the cluster's ChangeLogFetcher
// into a ChangeLogModel), newest first, with
// "load older changes" paging, a refresh, the newest changes added as polls see them, and a
// change's details on double-click or Enter.
#pragma once

#include "ChangeLogFetcher.h"
#include "ClusterSnapshot.h"

#include <QPointer>
#include <QWidget>

class ChangeLogModel;
class QLabel;
class QPushButton;
class QTableView;

class HistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    explicit HistoryPanel(QWidget *parent = nullptr);

    // The cluster's change-log fetcher (not owned; made by the core with the cluster's client);
    // the log is loaded the first time the panel is shown afterwards (or at once when it is
    // visible). Null: not connected.
    void setFetcher(ChangeLogFetcher *fetcher);
    // Every poll: a revision newer than the newest row shown loads the new changes.
    void setSnapshot(const ClusterSnapshot &snapshot);

    ChangeLogModel *model() const { return m_model; }
    ChangeLogFetcher *fetcher() const { return m_fetcher; }
    QTableView *tableView() const { return m_table; }
    QString statusText() const;

public Q_SLOTS:
    void refresh();
    void loadMore();
    // Opens the details of the change in `row` (what a double-click or Enter does).
    void showDetails(int row);
    // A cluster without a change log: `reason` in one line instead of the table (empty: back).
    void setUnavailable(const QString &reason);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void fitColumns();

    ChangeLogModel *m_model;
    QPointer<ChangeLogFetcher> m_fetcher; // null: not connected to a cluster
    QTableView *m_table;
    QPushButton *m_refresh;
    QPushButton *m_loadMore;
    QLabel *m_status;
    QLabel *m_unavailable;
    bool m_wantsFirstLoad = false;
};
