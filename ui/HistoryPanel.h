// HistoryPanel: the cluster's configuration change log (read by the cluster's ChangeLogFetcher
// into a ChangeLogModel), newest first, with
// "load older changes" paging, a refresh, the newest changes added as polls see them, filters
// by resource, user and time, "Export as CSV" of the rows shown, and a change's details with
// its field-level diff on double-click or Enter, from which it can be reverted (through the
// plan dialog, with the same dry run and If-Match writes as a copy between clusters).
#pragma once

#include "ChangeLogFetcher.h"
#include "ClusterSnapshot.h"
#include "FileChooser.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class ChangeLogFilterProxyModel;
class ChangeLogModel;
class SyncController;
class SyncPlanDialog;
struct SyncPlan;
class QComboBox;
class QLabel;
class QLineEdit;
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

    // Where a revert is planned and written: the cluster's profile id and a maker of sync
    // controllers (the core's, e.g. CompareController::newSyncController). Without it the
    // details offer no revert.
    using SyncControllerFactory = std::function<SyncController *()>;
    void setRevertTarget(const QString &profileId, SyncControllerFactory factory);
    // The one confirmation every revert passes before its plan is applied (after the dry run,
    // on Apply): the handler sees the change and the plan; false writes nothing. Without a
    // handler the reviewed plan and Apply are the confirmation.
    using RevertConfirmation = std::function<bool(const ChangeLogEntry &, const SyncPlan &)>;
    void setRevertConfirmation(RevertConfirmation confirmation);
    bool confirmRevert(const ChangeLogEntry &entry, const SyncPlan &plan) const;
    // Replaces the save dialog of "Export as CSV" (tests answer with a path).
    void setFileChooser(FileChooser::Function chooser) { m_chooseFile = std::move(chooser); }

    ChangeLogModel *model() const { return m_model; }
    ChangeLogFilterProxyModel *filterModel() const { return m_proxy; }
    ChangeLogFetcher *fetcher() const { return m_fetcher; }
    QTableView *tableView() const { return m_table; }
    QString statusText() const;

public Q_SLOTS:
    void refresh();
    void loadMore();
    // Opens the details of the change in `row` of the table as shown (what a double-click or
    // Enter does).
    void showDetails(int row);
    // A cluster without a change log: `reason` in one line instead of the table (empty: back).
    void setUnavailable(const QString &reason);
    // Opens the plan dialog that reverts `entry` (reads the cluster, plans, waits for Apply).
    // Null when no revert target is set.
    SyncPlanDialog *revertChange(const ChangeLogEntry &entry);
    // Writes the rows shown (filters applied) as CSV; false with *error.
    bool exportCsv(const QString &path, QString *error = nullptr);
    // Asks for a file, then exports.
    void exportCsvInteractively();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void fitColumns();
    void updateUsers();
    void applyTimeFilter();

    ChangeLogModel *m_model;
    ChangeLogFilterProxyModel *m_proxy;
    QLabel *m_resourceLabel;
    QLineEdit *m_resourceFilter;
    QLabel *m_userLabel;
    QComboBox *m_userFilter;
    QLabel *m_timeLabel;
    QComboBox *m_timeFilter;
    QPushButton *m_export;
    QString m_profileId;
    SyncControllerFactory m_newSyncController;
    RevertConfirmation m_confirmRevert;
    FileChooser::Function m_chooseFile = &FileChooser::ask;
    QPointer<ChangeLogFetcher> m_fetcher; // null: not connected to a cluster
    QTableView *m_table;
    QPushButton *m_refresh;
    QPushButton *m_loadMore;
    QLabel *m_status;
    QLabel *m_unavailable;
    bool m_wantsFirstLoad = false;
};
