#pragma once
// GET /api/v1/resources/{type}/{name}/secret-digests?nonce=<hex>: per secret field, an
// HMAC-SHA256 keyed by the caller's nonce, so a console can tell whether two clusters hold the
// same secret without either secret ever leaving its cluster. Admins only.

#include "Credentials.h"
#include "NodeContext.h"
#include "NodeRequest.h"
#include "RouteTable.h"

namespace node {

class SecretDigestRoutes final
{
public:
    explicit SecretDigestRoutes(NodeContext &context);

    void addRoutes(RouteTable &table);

    // Lower-case hex HMAC-SHA256 with the nonce's ASCII text as key and the secret's UTF-8
    // bytes as message; exposed so tests and the console compute exactly the same thing.
    static QByteArray digest(const QByteArray &nonce, const QString &secret);
    // 16..64 hexadecimal digits.
    static bool isValidNonce(const QByteArray &nonce);

private:
    void answerDigests(const NodeRequest &request, const ExchangePtr &exchange);

    NodeContext &m_context;
};

} // namespace node
