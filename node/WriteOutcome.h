#pragma once
// The answer a write gave, rebuilt from the change it made: a retry with the same request id
// gets it again (with Idempotency-Replayed: true), and GET /api/v1/config/requests/{id}
// reports it.

#include "ConfigDatabase.h"
#include "HttpResponse.h"

#include <QJsonObject>

namespace node {

class WriteOutcome final
{
public:
    // 201 for a create, 200 for an update, 204 for a delete.
    static int status(const ChangeEntry &change);
    // Status, body and ETag exactly as the write was first answered.
    static HttpResponse answer(const ChangeEntry &change);
    // {"requestId", "revision", "status", "change": {...}} for the request lookup.
    static QJsonObject lookup(const ChangeEntry &change);
};

} // namespace node
