#include "SpectrumTokens.h"
#include "ConstantTime.h"

#include "Credentials.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace node {
namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr qsizetype kMaxTokenBytes = 4096;

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger()) &&
           value.toInteger() >= 0;
}

} // namespace

SpectrumTokens::SpectrumTokens(const QByteArray &clusterSecret)
    // A key of its own: a normal-mode token's signature never verifies here, and vice versa.
    : m_key(QMessageAuthenticationCode::hash("clusterdesk spectrum-compatible tokens v1",
                                             clusterSecret, QCryptographicHash::Sha256))
{}

QByteArray SpectrumTokens::sign(const QByteArray &payload) const
{
    return QMessageAuthenticationCode::hash(payload, m_key, QCryptographicHash::Sha256)
        .toBase64(kBase64Url);
}

QByteArray SpectrumTokens::issue(const SpectrumClaims &claims) const
{
    QJsonObject payload{{QStringLiteral("u"), claims.user},
                        {QStringLiteral("g"), claims.epoch},
                        {QStringLiteral("h"), claims.host},
                        {QStringLiteral("iat"), claims.issuedAtMs},
                        {QStringLiteral("exp"), claims.expiresAtMs}};
    if (!claims.session.isEmpty())
        payload.insert(QStringLiteral("sid"), claims.session);
    const QByteArray encoded =
        QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
    return encoded + '.' + sign(encoded);
}

std::optional<SpectrumClaims> SpectrumTokens::read(const QByteArray &token) const
{
    const qsizetype dot = token.indexOf('.');
    if (dot <= 0 || token.size() > kMaxTokenBytes)
        return std::nullopt;
    const QByteArray encoded = token.left(dot);
    // The canonical spelling only, compared in constant time.
    if (!ConstantTime::equals(token.mid(dot + 1), sign(encoded)))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        encoded, kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonObject payload = QJsonDocument::fromJson(decoded.decoded).object();
    const QJsonValue issued = payload.value(QLatin1String("iat"));
    const QJsonValue expires = payload.value(QLatin1String("exp"));
    SpectrumClaims claims{payload.value(QLatin1String("u")).toString(),
                          payload.value(QLatin1String("g")).toString(),
                          payload.value(QLatin1String("sid")).toString(),
                          payload.value(QLatin1String("h")).toString(),
                          issued.toInteger(),
                          expires.toInteger()};
    if (claims.user.isEmpty() || !isWholeNumber(issued) || !isWholeNumber(expires))
        return std::nullopt;
    return claims;
}

} // namespace node
