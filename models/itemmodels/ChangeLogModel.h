#pragma once
// ChangeLogModel: a cluster's configuration changes, newest first, as a table. A pure item
// model: it holds the entries it is given (by a ChangeLogFetcher) and does no I/O.

#include "ChangeLogEntry.h"
#include "ValueTableModel.h"

#include <optional>

class ChangeLogModel final : public ValueTableModel<ChangeLogEntry>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeLogModel)

public:
    enum class Column : int { Revision, Time, User, Operation, ResourceType, ResourceName, Count };
    Q_ENUM(Column)

    enum ItemRole {
        RawValueRole = Qt::UserRole + 1, // revision, epoch ms, or the API's key
    };
    Q_ENUM(ItemRole)

    explicit ChangeLogModel(QObject *parent = nullptr);

    std::optional<ChangeLogEntry> entryAt(int row) const { return rowAt(row); }
    QList<ChangeLogEntry> entries() const { return m_rows; } // newest first

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    // Every list is newest first.
    void setEntries(const QList<ChangeLogEntry> &entries);
    void appendOlder(const QList<ChangeLogEntry> &entries);
    void prependNewer(const QList<ChangeLogEntry> &entries);
    // The texts are made on demand: after a language change the views ask again.
    void retranslate();

private:
    QString columnTitle(int column) const override;
};
