#pragma once
// ActivityModel: the activity log's entries, newest first, as a table for Tools › Activity. A
// pure item model: it holds the entries it is given (by an ActivityQuery) and does no I/O. An
// entry stored again with its outcome updates its row with a narrow dataChanged.

#include "ActivityEntry.h"
#include "ValueTableModel.h"

#include <optional>

class ActivityModel final : public ValueTableModel<ActivityEntry>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityModel)

public:
    enum class Column : int { Time, Cluster, User, Action, Resource, Outcome, RequestId, Count };
    Q_ENUM(Column)

    enum ItemRole {
        RawValueRole = Qt::UserRole + 1, // epoch ms, outcome key, or the stored text
    };
    Q_ENUM(ItemRole)

    explicit ActivityModel(QObject *parent = nullptr);

    std::optional<ActivityEntry> entryAt(int row) const { return rowAt(row); }
    QList<ActivityEntry> entries() const { return m_rows; } // newest first

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // A multi-line description of an entry for the detail pane and the tooltip.
    static QString detailText(const ActivityEntry &entry);

public Q_SLOTS:
    // Newest first.
    void setEntries(const QList<ActivityEntry> &entries);
    // An entry stored again (same request id): its row changes where the outcome shows. False
    // when no row holds it (the caller may read the log again).
    bool updateEntry(const ActivityEntry &entry);
    void retranslate();

private:
    QString columnTitle(int column) const override;
};
