#include "IdempotencyKey.h"

#include <QUuid>

namespace node {

bool IdempotencyKey::isValid(const QByteArray &key)
{
    if (key.isEmpty() || key.size() > kMaxLength)
        return false;
    for (const char c : key) {
        const bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                             (c >= '0' && c <= '9') || c == '.' || c == '_' || c == ':' || c == '-';
        if (!allowed)
            return false;
    }
    return true;
}

QString IdempotencyKey::generate()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::optional<QString> IdempotencyKey::fromHeader(const std::optional<QByteArray> &header)
{
    if (!header)
        return generate();
    if (!isValid(*header))
        return std::nullopt;
    return QString::fromLatin1(*header);
}

} // namespace node
