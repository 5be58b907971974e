#pragma once
// Request ids of writes: a client's Idempotency-Key header, checked here, or one generated for
// a client that sent none. The primary records the id with the change it makes, so a retried
// write is answered with its first outcome instead of being applied twice.

#include <QByteArray>
#include <QString>
#include <optional>

namespace node {

class IdempotencyKey final
{
public:
    static constexpr qsizetype kMaxLength = 128;

    // 1-128 characters of A-Z a-z 0-9 . _ : -, matched whole.
    static bool isValid(const QByteArray &key);
    // A new random id (a UUID without braces), valid by the rule above.
    static QString generate();
    // The request's id: the header's value when valid, a generated one when absent, nullopt
    // when the header is present but invalid (the caller answers 400).
    static std::optional<QString> fromHeader(const std::optional<QByteArray> &header);
};

} // namespace node
