#pragma once

#include "ConfigDatabase.h"
#include "HttpExchange.h"

#include <optional>

namespace node {

// The resource a route under /api/v1/resources/{type}/{name} names. When there is none (an
// unknown type, an invalid name, no such resource) the 404 is sent on `exchange` and nullopt
// returned, so every such route answers the same problem for the same mistake.
std::optional<StoredResource> findResourceOr404(const ConfigDatabase &database, const QString &type,
                                                const QString &name, const ExchangePtr &exchange);

} // namespace node
