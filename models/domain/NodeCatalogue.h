#pragma once
// NodeCatalogue: the REST and SOAP services one node exposes, read from its `/rest` and
// `/soap` service lists (CXF-style HTML with a link per service to its WADL or WSDL), each with
// the SHA-256 of its description so nodes can be compared.

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

enum class ServiceKind { Rest, Soap };

struct ServiceDescription
{
    ServiceKind kind = ServiceKind::Rest;
    QString name;
    QString sha256; // lower-case hex of the WADL/WSDL; empty when it could not be read
    QString error;  // why not

    friend bool operator==(const ServiceDescription &, const ServiceDescription &) = default;
};

// One node's catalogue in one poll. A kind that was not read (absent on the cluster, or the
// node did not answer) says so, so that nothing is called missing on a node never asked.
struct NodeCatalogue
{
    QString nodeId;
    bool restRead = false;
    bool soapRead = false;
    QString error; // why a kind that should have been read was not
    QList<ServiceDescription> services;

    bool hasRead(ServiceKind kind) const { return kind == ServiceKind::Rest ? restRead : soapRead; }
    const ServiceDescription *find(ServiceKind kind, const QString &name) const;

    friend bool operator==(const NodeCatalogue &, const NodeCatalogue &) = default;
};

namespace ServiceCatalogue {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCatalogue)
};

// A page listing more is not a service list the console will trust.
inline constexpr int MaxServices = 1000;

// The service names a `/rest` (links ending in `?_wadl`) or `/soap` (links ending in `?wsdl`)
// page lists, sorted and without duplicates. A page that is not HTML, or too many links, is
// an error (nullopt, `error` says why); an HTML page without service links is an empty list.
std::optional<QStringList> parseServiceList(const QByteArray &page, ServiceKind kind,
                                            QString *error = nullptr);
// Lower-case hex SHA-256 of a description, after normalising line ends and trailing blanks
// (two nodes that serve the same definition must agree).
QString digest(const QByteArray &description);
// "/rest/{name}?_wadl" or "/soap/{name}?wsdl" path (without the query) for a service.
QString descriptionPath(ServiceKind kind, const QString &name);
QString kindKey(ServiceKind kind);  // "rest" / "soap"
QString kindText(ServiceKind kind); // "REST" / "SOAP"

} // namespace ServiceCatalogue
