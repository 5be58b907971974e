// ChangeDetailsDialog: one configuration change of the History tab in full: revision, time
// (local and UTC), who made it, what it did to which resource, and its field-level diff (the
// definition before and after, secrets as changed/unchanged only). "Revert this change…" asks
// the History tab for the revert plan. Opened by double-click or Enter.
#pragma once

#include "ChangeLogEntry.h"

#include <QDialog>

class ChangeDiffModel;
class QCheckBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTableView;

class ChangeDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeDetailsDialog)

public:
    explicit ChangeDetailsDialog(const ChangeLogEntry &entry, QWidget *parent = nullptr);

    ChangeLogEntry entry() const { return m_entry; }
    // The value shown for a field: "revision", "time", "user", "operation", "type", "name".
    QString valueText(const QString &field) const;
    ChangeDiffModel *diffModel() const { return m_diff; }
    QTableView *diffView() const { return m_diffView; }
    QPushButton *revertButton() const { return m_revert; }
    // Whether "Revert this change…" may be offered (the panel can write to the cluster).
    void setRevertAvailable(bool available);

Q_SIGNALS:
    void revertRequested(const ChangeLogEntry &entry);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QLabel *addRow(const char *objectName);

    ChangeLogEntry m_entry;
    void updateRevert();

    QFormLayout *m_form;
    QHash<QString, QLabel *> m_values;
    ChangeDiffModel *m_diff;
    QLabel *m_diffLabel;
    QTableView *m_diffView;
    QCheckBox *m_changedOnly;
    QLabel *m_notice;
    QPushButton *m_revert;
    bool m_revertAvailable = false;
};
