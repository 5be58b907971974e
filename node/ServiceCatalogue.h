#pragma once
// The Spectrum-compatible mode's service catalogues, built from the node's dataflows that are
// exposed as services: the HTML service lists of GET /rest and GET /soap (in the style of
// Apache CXF's, one link per service description) and each service's WADL or WSDL. The
// descriptions name no host, so the same dataflow definition gives the same bytes on every
// node and their digests compare across the cluster.

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace node {

struct ExposedService
{
    QString name;
    qint64 version = 0;
};

namespace ServiceCatalogue {

enum class Kind { Rest, Soap };

// The dataflows of kind "service" marked exposed, by name, less those in `hidden`.
QList<ExposedService> exposed(const QJsonArray &dataflows, const QStringList &hidden);
std::optional<ExposedService> find(const QList<ExposedService> &services, const QString &name);

// `base` is "http://HOST" as the client addressed the node.
QByteArray listHtml(Kind kind, const QList<ExposedService> &services, const QString &base);
QByteArray wadl(const ExposedService &service);
QByteArray wsdl(const ExposedService &service);
// The token service's own description (GET /security/rest?_wadl).
QByteArray securityWadl();

} // namespace ServiceCatalogue
} // namespace node
