#pragma once
// The resources of one type as a table: a name column, the type's key spec fields and the
// revision; raw values for sorting, and a "has an unsaved draft" marker per row. A refresh
// inserts and removes rows for added and removed resources and changes only the cells that moved.

#include "ResourceDefinition.h"
#include "ValueTableModel.h"

#include <QSet>

class ResourceTableModel final : public ValueTableModel<ResourceDefinition>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceTableModel)

public:
    // One enum per type; every type starts with Name and ends with Revision, UpdatedBy.
    enum class DatabaseColumn : int {
        Name,
        Module,
        Kind,
        Placement,
        Location,
        Revision,
        UpdatedBy,
        Count
    };
    enum class JdbcColumn : int { Name, Driver, Url, User, PoolMax, Revision, UpdatedBy, Count };
    enum class FileServerColumn : int {
        Name,
        Protocol,
        Host,
        Port,
        RootPath,
        Revision,
        UpdatedBy,
        Count
    };
    enum class WebServiceColumn : int { Name, Kind, Url, AuthKind, Revision, UpdatedBy, Count };
    Q_ENUM(DatabaseColumn)
    Q_ENUM(JdbcColumn)
    Q_ENUM(FileServerColumn)
    Q_ENUM(WebServiceColumn)

    enum ItemRole {
        RawValueRole = Qt::UserRole + 1, // the spec value / name / revision, for sorting
        DirtyRole,                       // bool: this resource has an unsaved draft
        NameRole,                        // the resource name, whatever the column
        ChangedOnClusterRole, // bool: changed (or deleted) on the cluster under an unsaved draft
    };
    Q_ENUM(ItemRole)

    explicit ResourceTableModel(const QString &type, QObject *parent = nullptr);

    QString type() const { return m_type; }
    // The spec field shown in a column; empty for Name, Revision and UpdatedBy.
    QString specFieldOf(int column) const;

    // A full list from the server (any order; rows keep the server's name order).
    void setResources(const QList<ResourceDefinition> &resources);
    // One resource saved or re-read: updates its row, or inserts it in name order.
    void upsert(const ResourceDefinition &resource);
    void removeResource(const QString &name);
    void clear();

    // Names with an unsaved draft (the "•" marker and DirtyRole).
    void setDirty(const QString &name, bool dirty);
    void setDirtyNames(const QSet<QString> &names);
    bool isDirty(const QString &name) const { return m_dirty.contains(name); }
    // Someone changed or deleted the resource on the cluster while it has an unsaved draft:
    // the row says so; applying the draft then shows the three-way view.
    void setChangedOnCluster(const QString &name, bool changed);
    bool isChangedOnCluster(const QString &name) const { return m_changedOnCluster.contains(name); }

    std::optional<ResourceDefinition> resourceAt(int row) const { return rowAt(row); }
    std::optional<ResourceDefinition> resource(const QString &name) const;
    int rowOf(const QString &name) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString columnTitle(int column) const override;
    QVariant cellData(const ResourceDefinition &resource, int column, int role) const;
    void emitChangedCells(int row, const ResourceDefinition &before,
                          const ResourceDefinition &after);
    int insertionRow(const QString &name) const;

    QString m_type;
    QStringList m_specColumns; // spec field per column between Name and Revision
    QSet<QString> m_dirty;
    QSet<QString> m_changedOnCluster;
};
