#include "TextFilterProxyModel.h"

#include <algorithm>

TextFilterProxyModel::TextFilterProxyModel(int rawValueRole, QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(rawValueRole);
    setDynamicSortFilter(true);
}

void TextFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    invalidateFilter();
}

bool TextFilterProxyModel::matchesFilterText(const QStringList &texts) const
{
    if (m_filterText.isEmpty())
        return true;
    return std::any_of(texts.begin(), texts.end(), [this](const QString &text) {
        return text.contains(m_filterText, Qt::CaseInsensitive);
    });
}

bool TextFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Unknown values (no answer, not measured, not counted) sort after every known value.
    if (!a.isValid() || !b.isValid())
        return a.isValid() && !b.isValid();
    if (a.userType() == QMetaType::QString || b.userType() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    return a.toDouble() < b.toDouble();
}
