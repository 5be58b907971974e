// ChangeDetailsDialog: one configuration change of the History tab in full: revision, time
// (local and UTC), who made it, what it did to which resource. Opened by double-click or Enter.
#pragma once

#include "ChangeLogEntry.h"

#include <QDialog>

class QFormLayout;
class QLabel;

class ChangeDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeDetailsDialog)

public:
    explicit ChangeDetailsDialog(const ChangeLogEntry &entry, QWidget *parent = nullptr);

    ChangeLogEntry entry() const { return m_entry; }
    // The value shown for a field: "revision", "time", "user", "operation", "type", "name".
    QString valueText(const QString &field) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QLabel *addRow(const char *objectName);

    ChangeLogEntry m_entry;
    QFormLayout *m_form;
    QHash<QString, QLabel *> m_values;
};
