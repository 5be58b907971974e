#pragma once
// ServiceTableModel: the Services tab's rows, one per REST or SOAP service any node exposes,
// with the nodes that have it and whether they agree. Formatted text for display, raw values
// under RawValueRole for sorting; a new snapshot changes only the rows and cells that changed.

#include "CatalogueAgreement.h"
#include "ValueTableModel.h"

class ServiceTableModel final : public ValueTableModel<ExposedService>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceTableModel)

public:
    enum Column { Name, Kind, Nodes, Agreement, Digest, ColumnCount };
    Q_ENUM(Column)

    enum ItemRole {
        RawValueRole = Qt::UserRole + 1, // strings and counts for sorting
        AgreesRole,                      // bool: present and alike on every node read
    };
    Q_ENUM(ItemRole)

    explicit ServiceTableModel(QObject *parent = nullptr);

    void setServices(const QList<ExposedService> &services);
    QList<ExposedService> services() const { return m_rows; }
    int rowOf(ServiceKind kind, const QString &name) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString columnTitle(int column) const override;
    QVariant display(const ExposedService &service, int column) const;
    QVariant raw(const ExposedService &service, int column) const;
};
