#include "ClusterListModel.h"

#include <QSet>

namespace {

const int diffedRoles[] = {Qt::DisplayRole,
                           Qt::ToolTipRole,
                           ClusterListModel::NameRole,
                           ClusterListModel::UrlRole,
                           ClusterListModel::WorstSeverityRole,
                           ClusterListModel::ReachableRole,
                           ClusterListModel::LastRefreshMsRole,
                           ClusterListModel::LastRefreshAgeRole,
                           ClusterListModel::StaleRole,
                           ClusterListModel::HasSnapshotRole,
                           ClusterListModel::NodesUpRole,
                           ClusterListModel::PasswordNeededRole,
                           ClusterListModel::EnvironmentRole,
                           ClusterListModel::EnvironmentColourRole,
                           ClusterListModel::ProductionRole,
                           ClusterListModel::ReadOnlyRole,
                           ClusterListModel::GroupRole};

} // namespace

ClusterListModel::ClusterListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

ClusterListModel::Profile ClusterListModel::rowProfile(const ClusterProfile &profile)
{
    return {profile.id,
            profile.name,
            profile.loadBalancerUrl,
            profile.environmentLabel(),
            profile.environmentColour(),
            profile.isProduction(),
            profile.readOnly,
            profile.group};
}

void ClusterListModel::setProfiles(const QList<Profile> &profiles)
{
    QList<Profile> wanted;
    QSet<QString> wantedIds;
    for (const Profile &profile : profiles) {
        if (!wantedIds.contains(profile.id)) {
            wantedIds.insert(profile.id);
            wanted.append(profile);
        }
    }
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!wantedIds.contains(m_rows.at(i).profile.id))
            removeProfile(m_rows.at(i).profile.id);
    }
    for (int i = 0; i < wanted.size(); ++i) {
        const Profile &profile = wanted.at(i);
        if (i < m_rows.size() && m_rows.at(i).profile.id == profile.id) {
            updateProfile(profile);
            continue;
        }
        const int from = rowOf(profile.id);
        if (from >= 0) {
            // from > i here: every row before i already matches.
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
            updateProfile(profile);
        } else {
            addProfile(profile, i);
        }
    }
}

void ClusterListModel::addProfile(const Profile &profile, int row)
{
    if (rowOf(profile.id) >= 0) {
        updateProfile(profile);
        return;
    }
    if (row < 0 || row > m_rows.size())
        row = int(m_rows.size());
    beginInsertRows({}, row, row);
    Row entry;
    entry.profile = profile;
    m_rows.insert(row, entry);
    endInsertRows();
}

bool ClusterListModel::removeProfile(const QString &profileId)
{
    const int row = rowOf(profileId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    return true;
}

bool ClusterListModel::moveProfile(const QString &profileId, int toRow)
{
    const int from = rowOf(profileId);
    if (from < 0 || toRow < 0 || toRow >= m_rows.size())
        return false;
    if (from == toRow)
        return true;
    // Qt counts the destination before the move: moving down lands before row toRow + 1.
    beginMoveRows({}, from, from, {}, toRow > from ? toRow + 1 : toRow);
    m_rows.move(from, toRow);
    endMoveRows();
    return true;
}

bool ClusterListModel::updateProfile(const Profile &profile)
{
    const int row = rowOf(profile.id);
    if (row < 0)
        return false;
    Row after = m_rows.at(row);
    after.profile = profile;
    replaceRow(row, after);
    return true;
}

bool ClusterListModel::updateSnapshot(const ClusterSnapshot &snapshot)
{
    const int row = rowOf(snapshot.profileId());
    if (row < 0)
        return false;
    Row after = m_rows.at(row);
    const ClusterSnapshot::Counts counts = snapshot.counts();
    after.hasSnapshot = true;
    after.worstSeverity = snapshot.worstSeverity();
    after.reachable = snapshot.isReachable();
    after.stale = snapshot.isStale();
    after.lastRefreshMs = snapshot.takenAtMs();
    after.nodesUp = counts.up + counts.degraded;
    after.nodesTotal = counts.total;
    after.error = snapshot.error();
    replaceRow(row, after);
    return true;
}

bool ClusterListModel::setPasswordNeeded(const QString &profileId, const QString &reason)
{
    const int row = rowOf(profileId);
    if (row < 0)
        return false;
    Row after = m_rows.at(row);
    after.passwordNeeded = reason;
    replaceRow(row, after);
    return true;
}

void ClusterListModel::setCurrentTimeMs(qint64 nowMs)
{
    // Only the age text depends on the time: compare it (and the tooltip) row by row.
    QList<std::pair<QVariant, QVariant>> before;
    before.reserve(m_rows.size());
    for (const Row &row : m_rows)
        before.append({rowData(row, LastRefreshAgeRole), rowData(row, Qt::ToolTipRole)});
    m_nowMs = nowMs;
    for (int i = 0; i < m_rows.size(); ++i) {
        QList<int> roles;
        if (rowData(m_rows.at(i), LastRefreshAgeRole) != before.at(i).first)
            roles << LastRefreshAgeRole;
        if (rowData(m_rows.at(i), Qt::ToolTipRole) != before.at(i).second)
            roles << Qt::ToolTipRole;
        if (!roles.isEmpty())
            emit dataChanged(index(i), index(i), roles);
    }
}

void ClusterListModel::replaceRow(int rowIndex, const Row &after)
{
    const Row before = m_rows.at(rowIndex);
    m_rows[rowIndex] = after;
    QList<int> roles;
    for (int role : diffedRoles) {
        if (rowData(before, role) != rowData(after, role))
            roles.append(role);
    }
    if (!roles.isEmpty())
        emit dataChanged(index(rowIndex), index(rowIndex), roles);
}

int ClusterListModel::rowOf(const QString &profileId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).profile.id == profileId)
            return i;
    }
    return -1;
}

QList<ClusterListModel::Profile> ClusterListModel::profiles() const
{
    QList<Profile> result;
    result.reserve(m_rows.size());
    for (const Row &row : m_rows)
        result.append(row.profile);
    return result;
}

int ClusterListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ClusterListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return rowData(m_rows.at(index.row()), role);
}

QString ClusterListModel::ageText(const Row &row) const
{
    if (row.lastRefreshMs <= 0)
        return tr("never");
    const qint64 seconds = (m_nowMs - row.lastRefreshMs) / 1000;
    if (seconds < 5)
        return tr("just now");
    return tr("%1 ago").arg(Finding::durationText(seconds));
}

QVariant ClusterListModel::rowData(const Row &row, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.profile.name.isEmpty() ? row.profile.url.toString() : row.profile.name;
    case ProfileIdRole:
        return row.profile.id;
    case UrlRole:
        return row.profile.url;
    case WorstSeverityRole:
        return int(row.worstSeverity);
    case ReachableRole:
        return row.reachable;
    case LastRefreshMsRole:
        return row.lastRefreshMs;
    case LastRefreshAgeRole:
        return ageText(row);
    case StaleRole:
        return row.stale;
    case HasSnapshotRole:
        return row.hasSnapshot;
    case NodesUpRole:
        return row.hasSnapshot ? tr("%1/%2").arg(row.nodesUp).arg(row.nodesTotal) : QString();
    case PasswordNeededRole:
        return row.passwordNeeded;
    case EnvironmentRole:
        return row.profile.environment;
    case EnvironmentColourRole:
        return row.profile.environmentColour;
    case ProductionRole:
        return row.profile.production;
    case ReadOnlyRole:
        return row.profile.readOnly;
    case GroupRole:
        return row.profile.group;
    case Qt::ToolTipRole: {
        QStringList lines{row.profile.url.toString()};
        if (!row.profile.environment.isEmpty())
            lines << tr("Environment: %1").arg(row.profile.environment);
        if (row.profile.readOnly)
            lines << tr("Read-only in Clusterdesk: every write is refused");
        if (!row.profile.group.isEmpty())
            lines << tr("Group: %1").arg(row.profile.group);
        if (!row.passwordNeeded.isEmpty())
            lines << tr("Password needed (%1): use Sign In… to poll this cluster")
                         .arg(row.passwordNeeded);
        if (row.hasSnapshot) {
            lines << (row.reachable
                          ? tr("%1 of %2 nodes answer").arg(row.nodesUp).arg(row.nodesTotal)
                          : tr("Not reachable: %1").arg(row.error));
            lines << (row.stale ? tr("Last refreshed %1 (saved state)").arg(ageText(row))
                                : tr("Last refreshed %1").arg(ageText(row)));
        } else {
            lines << tr("Not refreshed yet");
        }
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ClusterListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ProfileIdRole, "profileId");
    names.insert(NameRole, "name");
    names.insert(UrlRole, "url");
    names.insert(WorstSeverityRole, "worstSeverity");
    names.insert(ReachableRole, "reachable");
    names.insert(LastRefreshMsRole, "lastRefreshMs");
    names.insert(LastRefreshAgeRole, "lastRefreshAge");
    names.insert(StaleRole, "stale");
    names.insert(HasSnapshotRole, "hasSnapshot");
    names.insert(NodesUpRole, "nodesUp");
    names.insert(PasswordNeededRole, "passwordNeeded");
    names.insert(EnvironmentRole, "environment");
    names.insert(EnvironmentColourRole, "environmentColour");
    names.insert(ProductionRole, "production");
    names.insert(ReadOnlyRole, "readOnly");
    names.insert(GroupRole, "group");
    return names;
}
