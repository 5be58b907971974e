#include "ChangeLogFilterProxyModel.h"

#include "ChangeLogModel.h"

ChangeLogFilterProxyModel::ChangeLogFilterProxyModel(QObject *parent)
    : TextFilterProxyModel(ChangeLogModel::RawValueRole, parent)
{}

void ChangeLogFilterProxyModel::setChangeLogModel(ChangeLogModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void ChangeLogFilterProxyModel::setFilter(const ChangeLogFilter &filter)
{
    m_filter = filter;
    m_filter.exactResource = false; // typed text: a part of "type/name"
    invalidateFilter();
}

void ChangeLogFilterProxyModel::setResourceFilter(const QString &text)
{
    if (text.trimmed() == m_filter.resource)
        return;
    m_filter.resource = text.trimmed();
    invalidateFilter();
}

void ChangeLogFilterProxyModel::setUserFilter(const QString &user)
{
    if (user.trimmed() == m_filter.user)
        return;
    m_filter.user = user.trimmed();
    invalidateFilter();
}

void ChangeLogFilterProxyModel::setTimeRange(const QDateTime &since, const QDateTime &until)
{
    if (since == m_filter.since && until == m_filter.until)
        return;
    m_filter.since = since;
    m_filter.until = until;
    invalidateFilter();
}

std::optional<ChangeLogEntry> ChangeLogFilterProxyModel::entryAt(int proxyRow) const
{
    if (!m_model)
        return std::nullopt;
    const QModelIndex source = mapToSource(index(proxyRow, 0));
    return source.isValid() ? m_model->entryAt(source.row()) : std::nullopt;
}

QList<ChangeLogEntry> ChangeLogFilterProxyModel::visibleEntries() const
{
    QList<ChangeLogEntry> entries;
    for (int row = 0; row < rowCount(); ++row) {
        if (const auto entry = entryAt(row))
            entries.append(*entry);
    }
    return entries;
}

QStringList ChangeLogFilterProxyModel::users() const
{
    QStringList users;
    if (!m_model)
        return users;
    for (const ChangeLogEntry &entry : m_model->entries()) {
        if (!entry.user.isEmpty() && !users.contains(entry.user))
            users.append(entry.user);
    }
    users.sort(Qt::CaseInsensitive);
    return users;
}

bool ChangeLogFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                 const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_model)
        return !sourceParent.isValid();
    const std::optional<ChangeLogEntry> entry = m_model->entryAt(sourceRow);
    return entry && m_filter.matches(*entry);
}
