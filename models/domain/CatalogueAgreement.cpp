#include "CatalogueAgreement.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <utility>

namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList fromArray(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString())
            list.append(item.toString());
    }
    return list;
}

} // namespace

QJsonObject ExposedService::toJson() const
{
    return QJsonObject{{QStringLiteral("kind"), ServiceCatalogue::kindKey(kind)},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("nodes"), toArray(nodes)},
                       {QStringLiteral("missingOn"), toArray(missingOn)},
                       {QStringLiteral("differsOn"), toArray(differsOn)},
                       {QStringLiteral("sha256"), sha256}};
}

std::optional<ExposedService> ExposedService::fromJson(const QJsonObject &object)
{
    ExposedService service;
    service.kind = object.value(QStringLiteral("kind")).toString() == u"soap" ? ServiceKind::Soap
                                                                              : ServiceKind::Rest;
    service.name = object.value(QStringLiteral("name")).toString();
    if (service.name.isEmpty())
        return std::nullopt;
    service.nodes = fromArray(object.value(QStringLiteral("nodes")));
    service.missingOn = fromArray(object.value(QStringLiteral("missingOn")));
    service.differsOn = fromArray(object.value(QStringLiteral("differsOn")));
    service.sha256 = object.value(QStringLiteral("sha256")).toString();
    return service;
}

namespace CatalogueAgreement {
namespace {

using ServiceKey = std::pair<int, QString>; // kind, name

// The nodes whose description differs from the most common digest; all of them (and an empty
// reference) when the most common is not unique, since nobody can say which one is right.
void judgeDigests(ExposedService &service, const QHash<QString, QString> &digestByNode)
{
    QMap<QString, QStringList> nodesByDigest;
    for (auto it = digestByNode.begin(); it != digestByNode.end(); ++it) {
        if (!it.value().isEmpty())
            nodesByDigest[it.value()].append(it.key());
    }
    if (nodesByDigest.isEmpty())
        return;
    qsizetype largest = 0;
    int groupsOfLargest = 0;
    QString reference;
    for (auto it = nodesByDigest.begin(); it != nodesByDigest.end(); ++it) {
        if (it.value().size() > largest) {
            largest = it.value().size();
            groupsOfLargest = 1;
            reference = it.key();
        } else if (it.value().size() == largest) {
            ++groupsOfLargest;
        }
    }
    if (nodesByDigest.size() == 1) {
        service.sha256 = reference;
        return;
    }
    if (groupsOfLargest > 1)
        reference.clear();
    service.sha256 = reference;
    for (auto it = nodesByDigest.begin(); it != nodesByDigest.end(); ++it) {
        if (it.key() != reference)
            service.differsOn.append(it.value());
    }
    service.differsOn.sort();
}

} // namespace

QList<ExposedService> exposedServices(const QList<NodeCatalogue> &catalogues)
{
    QMap<ServiceKey, ExposedService> services;
    QMap<ServiceKey, QHash<QString, QString>> digests;
    for (const NodeCatalogue &catalogue : catalogues) {
        for (const ServiceDescription &description : catalogue.services) {
            const ServiceKey key{static_cast<int>(description.kind), description.name};
            ExposedService &service = services[key];
            service.kind = description.kind;
            service.name = description.name;
            service.nodes.append(catalogue.nodeId);
            digests[key].insert(catalogue.nodeId, description.sha256);
        }
    }
    QList<ExposedService> result;
    for (auto it = services.begin(); it != services.end(); ++it) {
        ExposedService service = it.value();
        for (const NodeCatalogue &catalogue : catalogues) {
            if (catalogue.hasRead(service.kind) && !service.nodes.contains(catalogue.nodeId))
                service.missingOn.append(catalogue.nodeId);
        }
        service.nodes.sort();
        service.missingOn.sort();
        judgeDigests(service, digests.value(it.key()));
        result.append(service);
    }
    return result;
}

QList<Finding> findings(const QList<ExposedService> &services)
{
    QList<Finding> result;
    for (const ExposedService &service : services) {
        const QString kind = ServiceCatalogue::kindText(service.kind);
        for (const QString &node : service.missingOn) {
            Finding finding;
            finding.severity = Severity::Warning;
            finding.category = Finding::Category::Config;
            finding.code = QStringLiteral("config.service-missing");
            finding.nodeId = node;
            finding.text =
                Finding::tr("Node %1 does not expose the %2 service %3 (exposed by "
                            "%4): its configuration is not synchronised.")
                    .arg(node, kind, service.name, service.nodes.join(QStringLiteral(", ")));
            finding.action = Finding::tr("Check the node's configuration database "
                                         "synchronisation (its log), then restart the node so it "
                                         "catches up with the cluster.");
            result.append(finding);
        }
        if (service.differsOn.isEmpty())
            continue;
        Finding finding;
        finding.severity = Severity::Warning;
        finding.category = Finding::Category::Config;
        finding.code = QStringLiteral("config.service-differs");
        finding.action = Finding::tr("Compare the service's definition on these nodes; the "
                                     "configuration database is not synchronised.");
        if (service.sha256.isEmpty()) {
            finding.text =
                Finding::tr("The %1 service %2 is described differently on %3.")
                    .arg(kind, service.name, service.differsOn.join(QStringLiteral(", ")));
            result.append(finding);
            continue;
        }
        for (const QString &node : service.differsOn) {
            finding.nodeId = node;
            finding.text = Finding::tr("Node %1 describes the %2 service %3 differently from "
                                       "the other nodes.")
                               .arg(node, kind, service.name);
            result.append(finding);
        }
    }
    return result;
}

} // namespace CatalogueAgreement
