#include "SecretDigestRoutes.h"

#include "ConfigDatabase.h"
#include "ResourceLookup.h"
#include "ResourceSchema.h"

#include <QJsonObject>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace node {

SecretDigestRoutes::SecretDigestRoutes(NodeContext &context)
    : m_context(context)
{}

QByteArray SecretDigestRoutes::digest(const QByteArray &nonce, const QString &secret)
{
    return QMessageAuthenticationCode::hash(secret.toUtf8(), nonce, QCryptographicHash::Sha256)
        .toHex();
}

bool SecretDigestRoutes::isValidNonce(const QByteArray &nonce)
{
    if (nonce.size() < 16 || nonce.size() > 64)
        return false;
    return std::all_of(nonce.begin(), nonce.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

void SecretDigestRoutes::addRoutes(RouteTable &table)
{
    // A digest is still derived from the secret: only those who may set secrets may compare.
    table.add({"GET", QStringLiteral("/api/v1/resources/{type}/{name}/secret-digests"),
               [this](const RouteCall &call) { answerDigests(call.request, call.exchange); },
               Role::Admin, QStringLiteral("user \"%1\" may not compare secrets")});
}

void SecretDigestRoutes::answerDigests(const NodeRequest &request, const ExchangePtr &exchange)
{
    const QString type = request.segments.at(3);
    const QString name = request.segments.at(4);
    const QByteArray nonce =
        request.query.queryItemValue(QStringLiteral("nonce"), QUrl::FullyDecoded).toLatin1();
    if (!isValidNonce(nonce)) {
        exchange->send(
            HttpResponse::problem(400, QStringLiteral("bad-nonce"),
                                  QStringLiteral("nonce must be 16 to 64 hexadecimal digits")));
        return;
    }
    const auto resource = findResourceOr404(*m_context.database, type, name, exchange);
    if (!resource)
        return;
    QJsonObject digests;
    for (const QString &field : ResourceSchema::secretFields(type)) {
        const QJsonValue value = resource->spec.value(field);
        digests.insert(field, value.isString()
                                  ? QJsonValue(QString::fromLatin1(digest(nonce, value.toString())))
                                  : QJsonValue(QJsonValue::Null));
    }
    exchange->send(HttpResponse::json(200, {{QStringLiteral("digests"), digests}})
                       .withHeader("ETag", resource->etag()));
}

} // namespace node
