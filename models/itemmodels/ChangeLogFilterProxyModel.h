#pragma once
// ChangeLogFilterProxyModel: the History tab's rows that match a ChangeLogFilter (resource,
// user, time range), sorted by the ChangeLogModel's raw values. Holds no entries of its own.

#include "ChangeLogFilter.h"
#include "TextFilterProxyModel.h"

#include <QStringList>

class ChangeLogModel;

class ChangeLogFilterProxyModel final : public TextFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeLogFilterProxyModel)

public:
    explicit ChangeLogFilterProxyModel(QObject *parent = nullptr);

    void setChangeLogModel(ChangeLogModel *model);
    ChangeLogFilter filter() const { return m_filter; }
    void setFilter(const ChangeLogFilter &filter);
    void setResourceFilter(const QString &text);
    void setUserFilter(const QString &user);
    void setTimeRange(const QDateTime &since, const QDateTime &until);

    // The entry behind a row of this proxy.
    std::optional<ChangeLogEntry> entryAt(int proxyRow) const;
    // The rows shown, in the order shown (what "Export as CSV" writes).
    QList<ChangeLogEntry> visibleEntries() const;
    // Every user of the source's entries, sorted: the user filter's choices.
    QStringList users() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ChangeLogModel *m_model = nullptr;
    ChangeLogFilter m_filter;
};
