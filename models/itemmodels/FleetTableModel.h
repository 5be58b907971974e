#pragma once
// FleetTableModel: every saved cluster as one row of FleetSummary columns: formatted text, raw
// values under RawValueRole for sorting, the severity per row. Updates change only the cells
// that changed; clusters that come and go insert and remove rows.

#include "FleetSummary.h"
#include "ValueTableModel.h"
#include <QHash>

class FleetTableModel final : public ValueTableModel<FleetSummary>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetTableModel)

public:
    using Column = FleetSummary::Column;

    enum ItemRole {
        RawValueRole = Qt::UserRole + 1, // numbers/strings for sorting; invalid when unknown
        SeverityRole,                    // int(Severity) of the cluster
        ProfileIdRole,
    };
    Q_ENUM(ItemRole)

    explicit FleetTableModel(QObject *parent = nullptr);

    // The saved clusters in their order; rows of clusters no longer listed go away, the known
    // snapshots and resource counts of the others stay.
    void setProfiles(const QList<ClusterProfile> &profiles);
    void setSnapshot(const QString &profileId, const ClusterSnapshot &snapshot);
    void setResourceCount(const QString &profileId, int count);
    // "Now" for the relative "last refresh" texts; the view ticks it.
    void setNowMs(qint64 nowMs);

    std::optional<FleetSummary> summaryAt(int row) const { return rowAt(row); }
    int rowOf(const QString &profileId) const;
    QList<FleetSummary> summaries() const { return m_rows; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString columnTitle(int column) const override;
    void replaceRow(int row, const FleetSummary &summary);

    QList<ClusterProfile> m_profiles;
    QHash<QString, ClusterSnapshot> m_snapshots;
    QHash<QString, int> m_counts;
    qint64 m_nowMs = 0;
};
