#pragma once
// SyncPlanDialog: copies resource definitions to one or many clusters through a
// SyncController (which reads the targets, plans, applies and reports): shows the dry-run plan
// grouped by target (create, update with fields, unchanged, blocked and why), takes each secret
// once for the batch (or "leave unset"), applies and shows per-item results. Nothing is
// written before Apply. Reading and applying show how far they are and can be cancelled. The
// same dialog shows and applies the plan that reverts one change of the History tab.

#include "SyncController.h"

#include <QDialog>
#include <QHash>

#include <functional>

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

    // Takes ownership of `controller` (the core's, e.g. CompareController::newSyncController).
    explicit SyncPlanDialog(SyncController *controller, QWidget *parent = nullptr);

    // What to copy: definitions from a cluster (or a definitions file) and where it came from.
    void setSource(const QString &label, const QList<ResourceDefinition> &definitions);
    // Where to: saved clusters by profile id. Reads them (with a fresh nonce) and plans.
    void setTargets(const QStringList &profileIds);
    // Instead of a copy: reverts one logged change on its cluster (ChangeRevert's plan), read,
    // planned and applied the same way.
    void setRevert(const ChangeLogEntry &change, const QString &profileId);
    // Asked on Apply before anything is written; false writes nothing. None: Apply writes.
    using ApplyGate = std::function<bool(const SyncPlan &plan)>;
    void setApplyGate(ApplyGate gate) { m_applyGate = std::move(gate); }
    // Plans against readings already made (tests, or a caller that has them).
    void setReadings(const QList<ClusterReading> &readings, const QByteArray &nonce);

    const SyncPlan &plan() const { return m_controller->plan(); }
    SyncController *controller() const { return m_controller; }
    QTreeWidget *tree() const { return m_tree; }
    // Secret entry widgets per SyncOptions::secretKey, for tests.
    QLineEdit *secretEdit(const QString &key) const;
    QCheckBox *leaveUnsetBox(const QString &key) const;

public Q_SLOTS:
    void readTargets();
    void onTargetsRead();
    // Asks first when a target is a production cluster (its name typed), then applies.
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
    void updateIntro();
    void rebuildSecrets();
    void replan();
    void showPlan();
    void showResult(int index);
    void showApplied();
    void setBusy(bool busy);
    void confirmNextOrApply();
    void startApply();
    // Progress and summary while the controller reads the targets.
    void showReading();
    SyncOptions options() const;

    SyncController *m_controller;
    ApplyGate m_applyGate;
    QList<QTreeWidgetItem *> m_itemRows; // per plan item
    QHash<QString, QLineEdit *> m_secretEdits;
    QHash<QString, QCheckBox *> m_unsetBoxes;
    QStringList m_confirmed; // production targets confirmed for the apply being asked

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
