#include "ClusterTreeModel.h"

#include <QSet>

#include <algorithm>
#include <functional>

struct ClusterTreeModel::Node
{
    bool group = false;
    QString key;  // a folder's path, a cluster's profile id
    QString name; // a folder's own name
    int sourceRow = -1;
    int row = 0;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
};

// What a folder holds, counted the way the sidebar's badges show each cluster.
struct ClusterTreeModel::Tally
{
    int clusters = 0;
    int critical = 0;
    int warning = 0;
    int unknown = 0;
    int polled = 0;
    Severity worst = Severity::Ok;
};

namespace {

// The roles a folder's text and badge are made of.
const QList<int> folderRoles = {Qt::DisplayRole,
                                ClusterTreeModel::GroupSummaryRole,
                                Qt::ToolTipRole,
                                ClusterListModel::WorstSeverityRole,
                                ClusterListModel::HasSnapshotRole,
                                ClusterTreeModel::ClusterCountRole,
                                ClusterTreeModel::CriticalCountRole,
                                ClusterTreeModel::WarningCountRole};

// The roles of a cluster that change its folders' state.
const QSet<int> stateRoles = {ClusterListModel::WorstSeverityRole, ClusterListModel::ReachableRole,
                              ClusterListModel::HasSnapshotRole,
                              ClusterListModel::PasswordNeededRole};

QString identity(bool group, const QString &key)
{
    return (group ? QStringLiteral("g:") : QStringLiteral("c:")) + key;
}

} // namespace

ClusterTreeModel::ClusterTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_root->group = true;
}

ClusterTreeModel::~ClusterTreeModel() = default;

void ClusterTreeModel::setSourceModel(ClusterListModel *source)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    beginResetModel();
    m_source = source;
    m_root = buildTree();
    endResetModel();
    if (!source)
        return;
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        m_connections << connect(source, signal, this, &ClusterTreeModel::rebuild);
    m_connections << connect(source, &QAbstractItemModel::rowsMoved, this,
                             &ClusterTreeModel::rebuild);
    m_connections << connect(source, &QAbstractItemModel::modelReset, this,
                             &ClusterTreeModel::rebuild);
    m_connections << connect(source, &QAbstractItemModel::layoutChanged, this,
                             &ClusterTreeModel::rebuild);
    m_connections << connect(source, &QAbstractItemModel::dataChanged, this,
                             &ClusterTreeModel::sourceDataChanged);
}

void ClusterTreeModel::setGroups(const QStringList &paths)
{
    QStringList groups;
    for (const QString &path : paths) {
        const QString group = ClusterProfile::normalizedGroup(path);
        if (!group.isEmpty() && !groups.contains(group))
            groups.append(group);
    }
    groups.sort();
    if (groups == m_groups)
        return;
    m_groups = groups;
    rebuild();
}

std::unique_ptr<ClusterTreeModel::Node> ClusterTreeModel::buildTree() const
{
    auto root = std::make_unique<Node>();
    root->group = true;
    QHash<QString, Node *> folders{{QString(), root.get()}};
    std::function<Node *(const QString &)> folder = [&](const QString &path) -> Node * {
        if (Node *known = folders.value(path))
            return known;
        Node *parent = folder(ClusterProfile::parentGroup(path));
        auto node = std::make_unique<Node>();
        node->group = true;
        node->key = path;
        node->name = ClusterProfile::groupLeaf(path);
        node->parent = parent;
        Node *made = node.get();
        parent->children.push_back(std::move(node));
        folders.insert(path, made);
        return made;
    };
    for (const QString &path : m_groups)
        folder(path);
    const int rows = m_source ? m_source->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_source->index(row);
        Node *parent = folder(
            ClusterProfile::normalizedGroup(index.data(ClusterListModel::GroupRole).toString()));
        auto node = std::make_unique<Node>();
        node->key = index.data(ClusterListModel::ProfileIdRole).toString();
        node->sourceRow = row;
        node->parent = parent;
        parent->children.push_back(std::move(node));
    }
    // Folders first, by name; clusters in the list's order.
    std::function<void(Node *)> arrange = [&](Node *node) {
        std::stable_sort(node->children.begin(), node->children.end(),
                         [](const std::unique_ptr<Node> &a, const std::unique_ptr<Node> &b) {
                             if (a->group != b->group)
                                 return a->group;
                             if (!a->group)
                                 return a->sourceRow < b->sourceRow;
                             const int order = a->name.compare(b->name, Qt::CaseInsensitive);
                             return order != 0 ? order < 0 : a->name < b->name;
                         });
        for (int i = 0; i < int(node->children.size()); ++i) {
            node->children[i]->row = i;
            arrange(node->children[i].get());
        }
    };
    arrange(root.get());
    return root;
}

void ClusterTreeModel::rebuild()
{
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QStringList identities;
    for (const QModelIndex &index : before) {
        const Node *node = nodeOf(index);
        identities << (index.isValid() ? identity(node->group, node->key) : QString());
    }
    std::unique_ptr<Node> old = std::exchange(m_root, buildTree());
    QHash<QString, const Node *> byIdentity;
    std::function<void(const Node *)> collect = [&](const Node *node) {
        for (const auto &child : node->children) {
            byIdentity.insert(identity(child->group, child->key), child.get());
            collect(child.get());
        }
    };
    collect(m_root.get());
    QModelIndexList after;
    after.reserve(before.size());
    for (const QString &id : std::as_const(identities))
        after << indexOf(byIdentity.value(id));
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

void ClusterTreeModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                         const QList<int> &roles)
{
    if (roles.isEmpty() || roles.contains(ClusterListModel::GroupRole))
        rebuild();
    bool folders = roles.isEmpty();
    for (int role : roles)
        folders = folders || stateRoles.contains(role);
    QSet<const Node *> changedFolders;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const QModelIndex cluster =
            indexOfProfile(m_source->index(row).data(ClusterListModel::ProfileIdRole).toString());
        if (!cluster.isValid())
            continue;
        emit dataChanged(cluster, cluster, roles);
        for (const Node *folder = nodeOf(cluster)->parent; folders && folder != m_root.get();
             folder = folder->parent)
            changedFolders.insert(folder);
    }
    for (const Node *folder : std::as_const(changedFolders)) {
        const QModelIndex index = indexOf(folder);
        emit dataChanged(index, index, folderRoles);
    }
}

ClusterTreeModel::Node *ClusterTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ClusterTreeModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex ClusterTreeModel::indexOfProfile(const QString &profileId) const
{
    if (profileId.isEmpty())
        return {};
    std::function<const Node *(const Node *)> find = [&](const Node *node) -> const Node * {
        for (const auto &child : node->children) {
            if (!child->group && child->key == profileId)
                return child.get();
            if (const Node *found = child->group ? find(child.get()) : nullptr)
                return found;
        }
        return nullptr;
    };
    return indexOf(find(m_root.get()));
}

QModelIndex ClusterTreeModel::indexOfGroup(const QString &path) const
{
    const Node *node = m_root.get();
    for (const QString &segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const auto it =
            std::find_if(node->children.begin(), node->children.end(),
                         [&](const auto &child) { return child->group && child->name == segment; });
        if (it == node->children.end())
            return {};
        node = it->get();
    }
    return indexOf(node);
}

QStringList ClusterTreeModel::groupPaths() const
{
    QStringList paths;
    std::function<void(const Node *)> collect = [&](const Node *node) {
        for (const auto &child : node->children) {
            if (child->group) {
                paths << child->key;
                collect(child.get());
            }
        }
    };
    collect(m_root.get());
    paths.sort(Qt::CaseInsensitive);
    return paths;
}

QModelIndex ClusterTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children.at(row).get());
}

QModelIndex ClusterTreeModel::parent(const QModelIndex &child) const
{
    return child.isValid() ? indexOf(nodeOf(child)->parent) : QModelIndex();
}

int ClusterTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ClusterTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool ClusterTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags ClusterTreeModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return nodeOf(index)->group ? flags : flags | Qt::ItemNeverHasChildren;
}

ClusterTreeModel::Tally ClusterTreeModel::tally(const Node *node) const
{
    Tally t;
    if (node->group) {
        for (const auto &child : node->children) {
            const Tally inner = tally(child.get());
            t.clusters += inner.clusters;
            t.critical += inner.critical;
            t.warning += inner.warning;
            t.unknown += inner.unknown;
            t.polled += inner.polled;
            t.worst = std::max(t.worst, inner.worst);
        }
        return t;
    }
    t.clusters = 1;
    if (!m_source)
        return t;
    const QModelIndex index = m_source->index(node->sourceRow);
    const auto severity = Severity(index.data(ClusterListModel::WorstSeverityRole).toInt());
    // As the cluster's own badge: waiting for a password, not refreshed, unreachable, severity.
    if (!index.data(ClusterListModel::PasswordNeededRole).toString().isEmpty()) {
        ++t.warning;
        t.worst = Severity::Warning;
    } else if (!index.data(ClusterListModel::HasSnapshotRole).toBool()) {
        ++t.unknown;
    } else {
        ++t.polled;
        t.worst =
            index.data(ClusterListModel::ReachableRole).toBool() ? severity : Severity::Critical;
        t.critical += t.worst == Severity::Critical ? 1 : 0;
        t.warning += t.worst == Severity::Warning ? 1 : 0;
    }
    return t;
}

QVariant ClusterTreeModel::groupData(const Node *node, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 %2").arg(node->name, groupData(node, GroupSummaryRole).toString());
    case GroupSummaryRole: {
        const Tally t = tally(node);
        QStringList parts{t.clusters == 0 ? tr("empty") : QString::number(t.clusters)};
        if (t.critical > 0)
            parts << tr("%n critical", nullptr, t.critical);
        if (t.warning > 0)
            parts << tr("%n with warnings", nullptr, t.warning);
        return tr("(%1)").arg(parts.join(tr(", ")));
    }
    case Qt::ToolTipRole: {
        const Tally t = tally(node);
        QStringList lines{tr("Group %1").arg(node->key), tr("%n cluster(s)", nullptr, t.clusters)};
        if (t.critical > 0)
            lines << tr("%n critical or unreachable", nullptr, t.critical);
        if (t.warning > 0)
            lines << tr("%n with warnings", nullptr, t.warning);
        if (t.unknown > 0)
            lines << tr("%n not refreshed yet", nullptr, t.unknown);
        return lines.join(QLatin1Char('\n'));
    }
    case ClusterListModel::NameRole:
        return node->name;
    case IsGroupRole:
        return true;
    case GroupPathRole:
        return node->key;
    case OrderRole:
        return -1;
    case ClusterListModel::ProfileIdRole:
        return QString();
    case ClusterListModel::WorstSeverityRole:
        return int(tally(node).worst);
    case ClusterListModel::HasSnapshotRole:
        return tally(node).polled > 0;
    case ClusterCountRole:
        return tally(node).clusters;
    case CriticalCountRole:
        return tally(node).critical;
    case WarningCountRole:
        return tally(node).warning;
    default:
        return {};
    }
}

QVariant ClusterTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    if (node->group)
        return groupData(node, role);
    switch (role) {
    case IsGroupRole:
        return false;
    case GroupPathRole:
        return node->parent->key;
    case OrderRole:
        return node->sourceRow;
    case ClusterCountRole:
        return 1;
    case CriticalCountRole:
        return tally(node).critical;
    case WarningCountRole:
        return tally(node).warning;
    default:
        return m_source ? m_source->index(node->sourceRow).data(role) : QVariant();
    }
}

QHash<int, QByteArray> ClusterTreeModel::roleNames() const
{
    QHash<int, QByteArray> names =
        m_source ? m_source->roleNames() : QAbstractItemModel::roleNames();
    names.insert(IsGroupRole, "isGroup");
    names.insert(GroupPathRole, "groupPath");
    names.insert(ClusterCountRole, "clusterCount");
    names.insert(CriticalCountRole, "criticalCount");
    names.insert(WarningCountRole, "warningCount");
    names.insert(OrderRole, "order");
    names.insert(GroupSummaryRole, "groupSummary");
    return names;
}
