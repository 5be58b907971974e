#pragma once
// ResourceResult: the outcome of one resource request (list, get, create, update, delete) as a
// value: what the cluster answered, in the terms the editor and the command line decide on.

#include "EnumKey.h"
#include "ResourceDefinition.h"

#include <QList>
#include <QString>

#include <optional>

struct ResourceResult
{
    Q_GADGET

public:
    enum class Status {
        Ok,
        Conflict,             // 412: `resource` is theirs, nullopt when theirs was deleted
        ValidationFailed,     // 422 (or 400): `field` and `detail` from problem+json
        Forbidden,            // 403: this account may not write
        PrimaryUnavailable,   // 503 (node or load balancer): retry later, see retryAfterSeconds
        NotFound,             // 404
        PreconditionRequired, // 428: a write without a precondition (a bug on our side)
        NetworkError,         // no usable answer (timeout, refused, TLS, bad JSON, 5xx, ...)
        WritesRefused,        // 503 writes-refused: nothing was written, see refusalReason
        ReadOnly              // the profile is read-only in Clusterdesk: nothing was sent
    };
    Q_ENUM(Status)

    Status status = Status::NetworkError;
    int httpStatus = 0;
    std::optional<ResourceDefinition> resource; // get/create/update, and theirs on Conflict
    QList<ResourceDefinition> resources;        // list
    qint64 listRevision = -1;                   // list: the configuration revision
    QString field;                              // ValidationFailed: "name", "spec.port", ...
    QString detail;                             // readable reason from the node or the network
    int retryAfterSeconds = -1;                 // PrimaryUnavailable: Retry-After, -1 if none
    QString requestId;                          // writes: the Idempotency-Key sent
    // NetworkError of a write: it may or may not have been applied and the cluster could not
    // say which (or it was applied but its answer is lost); the change log shows `requestId`
    // if it was.
    bool outcomeUnknown = false;
    QString refusalReason; // WritesRefused: "behind-replicas", "history-mismatch", ...

    bool isOk() const { return status == Status::Ok; }
    // Retrying a write whose outcome is unknown could apply it twice: reload first.
    bool isRetryable() const
    {
        return (status == Status::PrimaryUnavailable || status == Status::NetworkError) &&
               !outcomeUnknown;
    }
    // Stable English key for logs and tests: "ok", "validation-failed", ...
    static QString statusName(Status status) { return enumKey(status); }
    // The outcome in words for the user: for WritesRefused "the cluster refuses writes: <why>;
    // nothing was written"; `detail` otherwise (which says "the outcome is unknown" with the
    // request id when outcomeUnknown).
    QString outcomeText() const;
};
