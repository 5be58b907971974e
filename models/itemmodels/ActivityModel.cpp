#include "ActivityModel.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {

QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString resourceText(const ActivityEntry &entry)
{
    if (entry.resourceType.isEmpty())
        return entry.resourceName;
    return u"%1/%2"_s.arg(entry.resourceType, entry.resourceName);
}

QString userText(const ActivityEntry &entry)
{
    if (entry.localUser.isEmpty() || entry.localUser == entry.clusterUser)
        return entry.clusterUser;
    return ActivityModel::tr("%1 (%2)", "cluster user (local user)")
        .arg(entry.clusterUser, entry.localUser);
}

} // namespace

ActivityModel::ActivityModel(QObject *parent)
    : ValueTableModel(int(Column::Count), {{RawValueRole, "rawValue"}}, parent)
{}

void ActivityModel::setEntries(const QList<ActivityEntry> &entries)
{
    resetRows(entries);
}

bool ActivityModel::updateEntry(const ActivityEntry &entry)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).requestId != entry.requestId)
            continue;
        ActivityEntry updated = entry;
        if (updated.id == 0)
            updated.id = m_rows.at(row).id;
        m_rows[row] = updated;
        // The time, cluster, user, action and request id of an entry never change.
        const QModelIndex outcome = index(row, int(Column::Outcome));
        emit dataChanged(outcome, outcome, {Qt::DisplayRole, RawValueRole, Qt::ToolTipRole});
        return true;
    }
    return false;
}

void ActivityModel::retranslate()
{
    textsChanged({Qt::DisplayRole, Qt::ToolTipRole});
}

QString ActivityModel::detailText(const ActivityEntry &entry)
{
    QStringList lines;
    lines << tr("Time: %1 (%2 UTC)")
                 .arg(localTime(entry.timeMs), ActivityText::isoTime(entry.timeMs));
    lines << tr("Cluster: %1").arg(entry.clusterName);
    lines << tr("Cluster user: %1").arg(entry.clusterUser);
    lines << tr("Local user: %1").arg(entry.localUser);
    lines << tr("Action: %1").arg(entry.summary);
    if (!entry.method.isEmpty())
        lines << tr("Request: %1").arg(entry.method);
    lines << tr("Request id: %1").arg(entry.requestId);
    lines << tr("Outcome: %1").arg(ActivityText::outcomeDetail(entry));
    if (entry.finishedMs > 0)
        lines << tr("Answered: %1").arg(localTime(entry.finishedMs));
    return lines.join(u'\n');
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityEntry &entry = m_rows.at(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Time:
            return localTime(entry.timeMs);
        case Column::Cluster:
            return entry.clusterName;
        case Column::User:
            return userText(entry);
        case Column::Action:
            return ActivityText::action(entry.action);
        case Column::Resource:
            return resourceText(entry);
        case Column::Outcome:
            return ActivityText::outcomeDetail(entry);
        case Column::RequestId:
            return entry.requestId;
        case Column::Count:
            break;
        }
        return {};
    case RawValueRole:
        switch (column) {
        case Column::Time:
            return entry.timeMs;
        case Column::Cluster:
            return entry.clusterName;
        case Column::User:
            return entry.clusterUser;
        case Column::Action:
            return entry.action;
        case Column::Resource:
            return resourceText(entry);
        case Column::Outcome:
            return ActivityEntry::outcomeKey(entry.outcome);
        case Column::RequestId:
            return entry.requestId;
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return detailText(entry);
    default:
        return {};
    }
}

QString ActivityModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Column::Time:
        return tr("Time");
    case Column::Cluster:
        return tr("Cluster");
    case Column::User:
        return tr("User");
    case Column::Action:
        return tr("Action");
    case Column::Resource:
        return tr("Resource");
    case Column::Outcome:
        return tr("Outcome");
    case Column::RequestId:
        return tr("Request id");
    case Column::Count:
        break;
    }
    return {};
}
