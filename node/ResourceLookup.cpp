#include "ResourceLookup.h"

#include "HttpResponse.h"
#include "ResourceSchema.h"

namespace node {

std::optional<StoredResource> findResourceOr404(const ConfigDatabase &database, const QString &type,
                                                const QString &name, const ExchangePtr &exchange)
{
    if (!ResourceSchema::isKnownType(type)) {
        exchange->send(
            HttpResponse::problem(404, QStringLiteral("unknown-type"),
                                  QStringLiteral("there is no resource type \"%1\"").arg(type)));
        return std::nullopt;
    }
    auto resource =
        ResourceSchema::validateName(name) ? std::nullopt : database.resource(type, name);
    if (!resource)
        exchange->send(
            HttpResponse::problem(404, QStringLiteral("not-found"),
                                  QStringLiteral("%1 \"%2\" does not exist").arg(type, name)));
    return resource;
}

} // namespace node
