#include "FleetTableModel.h"

#include <QDateTime>

FleetTableModel::FleetTableModel(QObject *parent)
    : ValueTableModel(
          FleetSummary::columnCount(),
          {{RawValueRole, "rawValue"}, {SeverityRole, "severity"}, {ProfileIdRole, "profileId"}},
          parent)
    , m_nowMs(QDateTime::currentMSecsSinceEpoch())
{}

void FleetTableModel::setProfiles(const QList<ClusterProfile> &profiles)
{
    QList<FleetSummary> rows;
    for (const ClusterProfile &profile : profiles) {
        const auto snapshot = m_snapshots.constFind(profile.id);
        rows.append(FleetSummary::from(
            profile, snapshot == m_snapshots.cend() ? std::nullopt : std::optional(*snapshot),
            m_counts.value(profile.id, -1)));
    }
    m_profiles = profiles;
    // The same clusters in the same order: cell updates only, the view keeps its selection.
    bool sameRows = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows.at(i).profileId == m_rows.at(i).profileId;
    if (sameRows) {
        for (int i = 0; i < int(rows.size()); ++i)
            replaceRow(i, rows.at(i));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void FleetTableModel::setSnapshot(const QString &profileId, const ClusterSnapshot &snapshot)
{
    m_snapshots.insert(profileId, snapshot);
    const int row = rowOf(profileId);
    if (row < 0)
        return;
    replaceRow(row,
               FleetSummary::from(m_profiles.at(row), snapshot, m_counts.value(profileId, -1)));
}

void FleetTableModel::setResourceCount(const QString &profileId, int count)
{
    m_counts.insert(profileId, count);
    const int row = rowOf(profileId);
    if (row < 0)
        return;
    FleetSummary summary = m_rows.at(row);
    summary.resourceCount = count;
    replaceRow(row, summary);
}

void FleetTableModel::setNowMs(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (m_rows.isEmpty())
        return;
    const int column = int(Column::LastRefresh);
    emit dataChanged(index(0, column), index(int(m_rows.size()) - 1, column),
                     {Qt::DisplayRole, Qt::ToolTipRole});
}

void FleetTableModel::replaceRow(int row, const FleetSummary &summary)
{
    const FleetSummary before = m_rows.at(row);
    m_rows[row] = summary;
    int first = -1;
    int last = -1;
    for (int c = 0; c < FleetSummary::columnCount(); ++c) {
        const auto column = Column(c);
        if (before.text(column, m_nowMs) == summary.text(column, m_nowMs) &&
            before.rawValue(column) == summary.rawValue(column))
            continue;
        if (first < 0)
            first = c;
        last = c;
    }
    if (before.worstSeverity != summary.worstSeverity) {
        first = 0;
        last = FleetSummary::columnCount() - 1;
    }
    if (first >= 0)
        emit dataChanged(index(row, first), index(row, last));
}

int FleetTableModel::rowOf(const QString &profileId) const
{
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows.at(i).profileId == profileId)
            return i;
    }
    return -1;
}

QVariant FleetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FleetSummary &summary = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return summary.text(column, m_nowMs);
    case Qt::ToolTipRole: {
        if (column == Column::NodesUp && !summary.error.isEmpty())
            return summary.error;
        const QString note = summary.note(column);
        if (column == Column::Cluster) {
            const QString open = tr("Double-click to open %1").arg(summary.name);
            return note.isEmpty() ? open : open + QLatin1Char('\n') + note;
        }
        return note.isEmpty() ? QVariant() : QVariant(note);
    }
    case Qt::TextAlignmentRole:
        if (column == Column::Cluster)
            return {};
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case RawValueRole:
        return summary.rawValue(column);
    case SeverityRole:
        return int(summary.worstSeverity);
    case ProfileIdRole:
        return summary.profileId;
    default:
        return {};
    }
}

QString FleetTableModel::columnTitle(int column) const
{
    return FleetSummary::columnTitle(Column(column));
}
