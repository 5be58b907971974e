#pragma once
// ActivityDialog: Tools › Activity, the console's own actions on clusters (every write and node
// action it sent, with its outcome) from the activity log: filters by cluster, user, action,
// outcome and period, a detail pane, and export as CSV or JSON. Reads through an ActivityQuery;
// holds no store.

#include "ActivityEntry.h"

#include <QDialog>

#include <functional>

class ActivityModel;
class ActivityQuery;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

class ActivityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityDialog)

public:
    // Asks for a file name to export to (json: JSON, else CSV) and hands it to `done` (empty:
    // cancelled). Replaceable so tests never wait on a file dialog.
    using SaveChooser =
        std::function<void(QWidget *parent, bool json, std::function<void(const QString &)> done)>;

    // Takes ownership of `query`.
    explicit ActivityDialog(ActivityQuery *query, QWidget *parent = nullptr);

    void setSaveChooser(SaveChooser chooser) { m_saveChooser = std::move(chooser); }
    ActivityModel *model() const { return m_model; }
    // The filter the controls say, for the query.
    ActivityFilter currentFilter() const;
    // Reads the log again with the current filter.
    void reload();
    // Writes the entries shown (the current filter) to `path`; false with a message shown.
    bool exportTo(const QString &path, bool json);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillChoices(const QStringList &clusters, const QStringList &users,
                     const QStringList &actions);
    void showDetail();
    void chooseExport(bool json);

    ActivityQuery *m_query;
    ActivityModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTimer *m_reloadLater;
    QLabel *m_clusterLabel;
    QComboBox *m_cluster;
    QLabel *m_userLabel;
    QComboBox *m_user;
    QLabel *m_actionLabel;
    QComboBox *m_action;
    QLabel *m_outcomeLabel;
    QComboBox *m_outcome;
    QLabel *m_periodLabel;
    QComboBox *m_period;
    QTableView *m_table;
    QLabel *m_detailLabel;
    QPlainTextEdit *m_detail;
    QLabel *m_status;
    QPushButton *m_exportCsv;
    QPushButton *m_exportJson;
    QPushButton *m_close;
    SaveChooser m_saveChooser;
    bool m_columnsSized = false;
};
