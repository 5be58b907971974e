#pragma once
// SyncPlanDialog: copies resource definitions to one or many clusters. It reads the targets,
// shows the dry-run plan grouped by target (create, update with fields, unchanged, blocked and
// why), takes each secret once for the batch (or "leave unset"), applies and shows per-item
// results. Nothing is written before Apply. Reading and applying show how far they are and can
// be cancelled.

#include "ClusterReader.h"
#include "ClusterResourcesFetcher.h"
#include "SyncApplier.h"
#include "SyncPlan.h"

#include <QDialog>
#include <QPointer>

class ClusterEndpoint;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

class SyncPlanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPlanDialog)

public:
    enum Column { ResourceColumn, ActionColumn, DetailColumn, ResultColumn, ColumnCount };

    explicit SyncPlanDialog(QWidget *parent = nullptr);

    // What to copy: definitions from a cluster (or a definitions file) and where it came from.
    void setSource(const QString &label, const QList<ResourceDefinition> &definitions);
    // Where to: endpoints owned by the caller; they must outlive the dialog. Reads them (with a
    // fresh nonce) and plans.
    void setTargets(const QList<ClusterEndpoint *> &targets);
    // Plans against readings already made (tests, or a caller that has them).
    void setReadings(const QList<ClusterReading> &readings, const QByteArray &nonce);

    const SyncPlan &plan() const { return m_plan; }
    SyncApplier *applier() const { return m_applier; }
    QTreeWidget *tree() const { return m_tree; }
    // Secret entry widgets per SyncOptions::secretKey, for tests.
    QLineEdit *secretEdit(const QString &key) const;
    QCheckBox *leaveUnsetBox(const QString &key) const;

public Q_SLOTS:
    void readTargets();
    void onTargetsRead();
    void apply();
    // Stops what runs: a reading drops the requests still to come and plans nothing; an apply
    // sends no further write and reports every item as it ended.
    void cancel();

Q_SIGNALS:
    void planReady();
    void applyFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildSecrets();
    void replan();
    void showPlan();
    void showResult(int index);
    void showApplied();
    void setBusy(bool busy);
    SyncOptions options() const;

    QString m_sourceLabel;
    QList<ResourceDefinition> m_source;
    QList<QPointer<ClusterEndpoint>> m_targets;
    QList<ClusterReading> m_readings;
    QByteArray m_nonce;
    SyncPlan m_plan;
    QPointer<SyncApplier> m_applier;
    QList<QTreeWidgetItem *> m_itemRows; // per plan item
    QHash<QString, QLineEdit *> m_secretEdits;
    QHash<QString, QCheckBox *> m_unsetBoxes;
    ClusterReader *m_reader = new ClusterReader(this);

    QLabel *m_intro;
    QLabel *m_modeLabel;
    QComboBox *m_mode;
    QLabel *m_secretsTitle;
    QWidget *m_secretsBox;
    QFormLayout *m_secretsForm;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QPushButton *m_replanButton;
    QPushButton *m_applyButton;
    QPushButton *m_closeButton;
};
