#include "ServiceTableModel.h"

#include <QSet>

#include <algorithm>

namespace {

bool sameRow(const ExposedService &a, const ExposedService &b)
{
    return a.kind == b.kind && a.name == b.name;
}

bool before(const ExposedService &a, const ExposedService &b)
{
    return a.kind != b.kind ? a.kind < b.kind : a.name < b.name;
}

} // namespace

ServiceTableModel::ServiceTableModel(QObject *parent)
    : ValueTableModel(ColumnCount, {{RawValueRole, "rawValue"}, {AgreesRole, "agrees"}}, parent)
{}

int ServiceTableModel::rowOf(ServiceKind kind, const QString &name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).kind == kind && m_rows.at(row).name == name)
            return row;
    }
    return -1;
}

void ServiceTableModel::setServices(const QList<ExposedService> &incoming)
{
    QList<ExposedService> wanted = incoming;
    std::sort(wanted.begin(), wanted.end(), before);
    // Rows that went away, from the bottom so the indexes stay right.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const bool kept = std::any_of(wanted.begin(), wanted.end(), [&](const ExposedService &s) {
            return sameRow(s, m_rows.at(row));
        });
        if (kept)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    // Both lists are sorted the same way now: walk them together.
    for (int row = 0; row < wanted.size(); ++row) {
        const ExposedService &service = wanted.at(row);
        if (row < m_rows.size() && sameRow(m_rows.at(row), service)) {
            if (m_rows.at(row) == service)
                continue;
            int first = ColumnCount;
            int last = -1;
            for (int column = 0; column < ColumnCount; ++column) {
                if (raw(m_rows.at(row), column) != raw(service, column)) {
                    first = std::min(first, column);
                    last = std::max(last, column);
                }
            }
            m_rows[row] = service;
            if (last >= 0)
                emit dataChanged(index(row, first), index(row, last));
            continue;
        }
        beginInsertRows({}, row, row);
        m_rows.insert(row, service);
        endInsertRows();
    }
}

QVariant ServiceTableModel::raw(const ExposedService &service, int column) const
{
    switch (column) {
    case Name:
        return service.name;
    case Kind:
        return ServiceCatalogue::kindKey(service.kind);
    case Nodes:
        return service.nodes.join(QLatin1Char(','));
    case Agreement:
        return int(service.missingOn.size() + service.differsOn.size());
    case Digest:
        return service.sha256;
    default:
        break;
    }
    return {};
}

QVariant ServiceTableModel::display(const ExposedService &service, int column) const
{
    switch (column) {
    case Name:
        return service.name;
    case Kind:
        return ServiceCatalogue::kindText(service.kind);
    case Nodes:
        return service.nodes.join(QStringLiteral(", "));
    case Agreement: {
        QStringList parts;
        if (!service.missingOn.isEmpty())
            parts.append(tr("missing on %1").arg(service.missingOn.join(QStringLiteral(", "))));
        if (!service.differsOn.isEmpty())
            parts.append(tr("differs on %1").arg(service.differsOn.join(QStringLiteral(", "))));
        return parts.isEmpty() ? tr("same on every node") : parts.join(QStringLiteral("; "));
    }
    case Digest:
        return service.sha256.left(12);
    default:
        break;
    }
    return {};
}

QVariant ServiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExposedService &service = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(service, index.column());
    case Qt::ToolTipRole:
        return index.column() == Digest && !service.sha256.isEmpty()
                   ? QVariant(tr("SHA-256 of the description: %1").arg(service.sha256))
                   : QVariant();
    case RawValueRole:
        return raw(service, index.column());
    case AgreesRole:
        return service.agrees();
    default:
        break;
    }
    return {};
}

QString ServiceTableModel::columnTitle(int column) const
{
    switch (column) {
    case Name:
        return tr("Service");
    case Kind:
        return tr("Kind");
    case Nodes:
        return tr("Nodes");
    case Agreement:
        return tr("Agreement");
    case Digest:
        return tr("Description digest");
    default:
        break;
    }
    return {};
}
