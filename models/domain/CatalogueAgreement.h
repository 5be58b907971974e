#pragma once
// CatalogueAgreement: the nodes' service catalogues compared. In a Spectrum cluster every node
// should expose the same services (dataflows live in the synchronised configuration database),
// so a service missing on one node, or described differently, is a configuration-synchronisation
// finding naming the node and the service. Also the rows of the Services tab.

#include "Finding.h"
#include "NodeCatalogue.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// One exposed service across the cluster.
struct ExposedService
{
    ServiceKind kind = ServiceKind::Rest;
    QString name;
    QStringList nodes;     // the nodes that expose it, sorted
    QStringList missingOn; // nodes whose catalogue of this kind was read and lacks it
    QStringList differsOn; // nodes whose description differs from the most common one
    QString sha256;        // the most common description's digest (empty if none was read)

    bool agrees() const { return missingOn.isEmpty() && differsOn.isEmpty(); }
    QJsonObject toJson() const;
    // Lenient: a stored snapshot's services are shown, not trusted; nullopt without a name.
    static std::optional<ExposedService> fromJson(const QJsonObject &object);
    friend bool operator==(const ExposedService &, const ExposedService &) = default;
};

namespace CatalogueAgreement {

// Every service any node exposes, REST before SOAP, by name.
QList<ExposedService> exposedServices(const QList<NodeCatalogue> &catalogues);
// "config.service-missing" (per node and service) and "config.service-differs" (per node whose
// description is not the most common one; one cluster-wide finding when no description is the
// most common). Only nodes whose catalogue of that kind was read are compared.
QList<Finding> findings(const QList<ExposedService> &services);

} // namespace CatalogueAgreement
