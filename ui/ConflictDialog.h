#pragma once
// ConflictDialog: after a 412, the three-way view of a resource (Base / Yours / Theirs per
// field, conflicts highlighted, a choice per conflicting field) with Rebase and Reload. It only
// reports the user's decision; the draft stays in the controller until applied or discarded.

#include "ResourceDraft.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    enum Column { FieldColumn, BaseColumn, YoursColumn, TheirsColumn, UseColumn, ColumnCount };

    explicit ConflictDialog(QWidget *parent = nullptr);

    // `theirsDeleted`: the resource is gone on the server; rebase then re-creates it.
    void setRows(const QString &resourceName, const QList<MergeRow> &rows, bool theirsDeleted);

    // The user's choice per conflicting field (default: yours).
    QMap<QString, MergeChoice> choices() const;
    QTableWidget *table() const { return m_table; }
    QComboBox *choiceBox(const QString &field) const;
    int conflictCount() const;

    // How a value looks in a cell ("—" for absent, JSON for objects).
    static QString displayValue(const QJsonValue &value);
    // "spec.driverClass" -> "Driver class", "secret.password" -> "Password (secret)".
    static QString fieldTitle(const QString &field);

Q_SIGNALS:
    void rebaseRequested(const QMap<QString, MergeChoice> &choices);
    void reloadRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();

    QString m_resourceName;
    QList<MergeRow> m_rows;
    bool m_theirsDeleted = false;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_rebase;
    QPushButton *m_reload;
    QPushButton *m_later;
    QMap<QString, QComboBox *> m_choiceBoxes;
};
