#pragma once
// ChangeDiffModel: one change's ChangeDiff as a table (field, before, after), the fields the
// change altered flagged under ChangedRole for the view to mark. Holds values, no I/O.

#include "ChangeDiff.h"
#include "ValueTableModel.h"

class ChangeDiffModel final : public ValueTableModel<ChangeFieldDiff>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeDiffModel)

public:
    enum class Column : int { Field, Before, After, Count };
    Q_ENUM(Column)

    enum ItemRole {
        RawValueRole = Qt::UserRole + 1, // the texts as they are (sorting)
        ChangedRole,                     // bool: this change altered the field
    };
    Q_ENUM(ItemRole)

    explicit ChangeDiffModel(QObject *parent = nullptr);

    void setEntry(const ChangeLogEntry &entry);
    // Only the altered fields, or every field of both sides.
    void setChangedOnly(bool changedOnly);
    bool changedOnly() const { return m_changedOnly; }
    const QList<ChangeFieldDiff> &rows() const { return m_rows; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void retranslate();

private:
    QString columnTitle(int column) const override;
    void rebuild();

    ChangeLogEntry m_entry;
    bool m_changedOnly = false;
};
