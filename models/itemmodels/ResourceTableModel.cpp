#include "ResourceTableModel.h"

#include "ResourceFieldTitle.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResourceTableModel)
};

// The key fields per type, in the order of the column enums.
QStringList specColumnsOf(const QString &type)
{
    if (type == u"database")
        return {u"module"_s, u"kind"_s, u"placement"_s, u"location"_s};
    if (type == u"jdbc")
        return {u"driver"_s, u"url"_s, u"user"_s, u"poolMax"_s};
    if (type == u"fileserver")
        return {u"protocol"_s, u"host"_s, u"port"_s, u"rootPath"_s};
    if (type == u"webservice")
        return {u"kind"_s, u"url"_s, u"authKind"_s};
    return {};
}

// Roles a refresh compares; NameRole cannot change for a row (rows are keyed by name).
const int diffedRoles[] = {Qt::DisplayRole, ResourceTableModel::RawValueRole,
                           ResourceTableModel::DirtyRole, Qt::ToolTipRole,
                           ResourceTableModel::ChangedOnClusterRole};

const QString kDirtyMarker = u" \u2022"_s;

QVariant rawSpecValue(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    return value.toVariant();
}

} // namespace

ResourceTableModel::ResourceTableModel(const QString &type, QObject *parent)
    // Name + key fields + Revision + UpdatedBy.
    : ValueTableModel(int(specColumnsOf(type).size()) + 3,
                      {{RawValueRole, "rawValue"},
                       {DirtyRole, "dirty"},
                       {NameRole, "name"},
                       {ChangedOnClusterRole, "changedOnCluster"}},
                      parent)
    , m_type(type)
    , m_specColumns(specColumnsOf(type))
{}

QString ResourceTableModel::specFieldOf(int column) const
{
    return column >= 1 && column <= m_specColumns.size() ? m_specColumns.at(column - 1) : QString();
}

QVariant ResourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cellData(m_rows.at(index.row()), index.column(), role);
}

QVariant ResourceTableModel::cellData(const ResourceDefinition &resource, int column,
                                      int role) const
{
    const int revisionColumn = int(m_specColumns.size()) + 1;
    const bool dirty = m_dirty.contains(resource.name);
    const bool changedOnCluster = dirty && m_changedOnCluster.contains(resource.name);
    switch (role) {
    case NameRole:
        return resource.name;
    case DirtyRole:
        return dirty;
    case ChangedOnClusterRole:
        return changedOnCluster;
    case RawValueRole:
        if (column == 0)
            return resource.name;
        if (column == revisionColumn)
            return resource.revision;
        if (column == revisionColumn + 1)
            return resource.updatedBy;
        return rawSpecValue(resource.spec.value(specFieldOf(column)));
    case Qt::DisplayRole: {
        if (column == 0 && changedOnCluster)
            return Tr::tr("%1 (changed on the cluster)").arg(resource.name + kDirtyMarker);
        if (column == 0)
            return dirty ? resource.name + kDirtyMarker : resource.name;
        if (column == revisionColumn)
            return QString::number(resource.revision);
        if (column == revisionColumn + 1)
            return resource.updatedBy;
        const QJsonValue value = resource.spec.value(specFieldOf(column));
        return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
    }
    case Qt::ToolTipRole:
        if (column == 0) {
            QString tip = resource.description.isEmpty() ? resource.name : resource.description;
            if (dirty)
                tip += u"\n"_s + Tr::tr("Has unsaved changes");
            if (changedOnCluster)
                tip += u"\n"_s +
                       Tr::tr("Changed on the cluster since your draft began: applying it shows "
                              "both versions side by side.");
            return tip;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == revisionColumn || resource.spec.value(specFieldOf(column)).isDouble())
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QString ResourceTableModel::columnTitle(int column) const
{
    const int revisionColumn = int(m_specColumns.size()) + 1;
    if (column == 0)
        return Tr::tr("Name");
    if (column == revisionColumn)
        return Tr::tr("Revision");
    if (column == revisionColumn + 1)
        return Tr::tr("Updated by");
    return ResourceFieldTitle::of(specFieldOf(column));
}

int ResourceTableModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == name)
            return i;
    }
    return -1;
}

int ResourceTableModel::insertionRow(const QString &name) const
{
    int row = 0;
    while (row < m_rows.size() && m_rows.at(row).name < name)
        ++row;
    return row;
}

std::optional<ResourceDefinition> ResourceTableModel::resource(const QString &name) const
{
    return resourceAt(rowOf(name));
}

void ResourceTableModel::setResources(const QList<ResourceDefinition> &resources)
{
    QList<ResourceDefinition> incoming;
    for (const ResourceDefinition &resource : resources) {
        if (resource.type == m_type)
            incoming.append(resource);
    }
    std::sort(incoming.begin(), incoming.end(),
              [](const auto &a, const auto &b) { return a.name < b.name; });
    QSet<QString> incomingNames;
    for (const ResourceDefinition &resource : std::as_const(incoming))
        incomingNames.insert(resource.name);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!incomingNames.contains(m_rows.at(row).name)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    for (const ResourceDefinition &resource : std::as_const(incoming))
        upsert(resource);
}

void ResourceTableModel::upsert(const ResourceDefinition &resource)
{
    if (resource.type != m_type)
        return;
    const int row = rowOf(resource.name);
    if (row >= 0) {
        const ResourceDefinition before = m_rows.at(row);
        m_rows[row] = resource;
        emitChangedCells(row, before, resource);
        return;
    }
    const int at = insertionRow(resource.name);
    beginInsertRows({}, at, at);
    m_rows.insert(at, resource);
    endInsertRows();
}

void ResourceTableModel::removeResource(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void ResourceTableModel::clear()
{
    m_changedOnCluster.clear();
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ResourceTableModel::setDirty(const QString &name, bool dirty)
{
    if (m_dirty.contains(name) == dirty)
        return;
    if (dirty)
        m_dirty.insert(name);
    else
        m_dirty.remove(name);
    const int row = rowOf(name);
    if (row >= 0) {
        const QModelIndex cell = index(row, 0);
        Q_EMIT dataChanged(cell, cell,
                           {Qt::DisplayRole, Qt::ToolTipRole, DirtyRole, ChangedOnClusterRole});
    }
}

void ResourceTableModel::setChangedOnCluster(const QString &name, bool changed)
{
    if (m_changedOnCluster.contains(name) == changed)
        return;
    if (changed)
        m_changedOnCluster.insert(name);
    else
        m_changedOnCluster.remove(name);
    const int row = rowOf(name);
    if (row >= 0 && m_dirty.contains(name)) {
        const QModelIndex cell = index(row, 0);
        Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, Qt::ToolTipRole, ChangedOnClusterRole});
    }
}

void ResourceTableModel::setDirtyNames(const QSet<QString> &names)
{
    const QSet<QString> before = m_dirty;
    for (const QString &name : before) {
        if (!names.contains(name))
            setDirty(name, false);
    }
    for (const QString &name : names)
        setDirty(name, true);
}

void ResourceTableModel::emitChangedCells(int row, const ResourceDefinition &before,
                                          const ResourceDefinition &after)
{
    // Runs of adjacent changed cells with the same changed roles become one dataChanged each.
    int runStart = -1;
    QList<int> runRoles;
    const auto flush = [&](int lastColumn) {
        if (runStart >= 0)
            Q_EMIT dataChanged(index(row, runStart), index(row, lastColumn), runRoles);
        runStart = -1;
        runRoles.clear();
    };
    const int columns = columnCount();
    for (int c = 0; c < columns; ++c) {
        QList<int> changed;
        for (int role : diffedRoles) {
            if (cellData(before, c, role) != cellData(after, c, role))
                changed.append(role);
        }
        if (changed.isEmpty() || changed != runRoles)
            flush(c - 1);
        if (!changed.isEmpty() && runStart < 0) {
            runStart = c;
            runRoles = changed;
        }
    }
    flush(columns - 1);
}
