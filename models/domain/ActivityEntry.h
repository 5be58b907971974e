#pragma once
// ActivityEntry: one action the console sent to a cluster (a write through the API client or a
// node action), as the activity log keeps it: who, where, when, what, the request id sent and the
// outcome. ActivityFilter says which entries a view, a report or the command line wants. Plain
// values without a secret: no request body, password or token ever enters them.

#include "EnumKey.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct ActivityEntry
{
    Q_GADGET

public:
    // Stored as their key (outcomeKey()): append, never rename.
    enum class Outcome {
        Pending,        // sent, no answer yet (after a crash: unknown)
        Succeeded,      // applied; `revision` is the configuration revision it produced
        Conflict,       // 412: the resource changed since the version the user looked at
        Refused,        // 403: the cluster refused the user
        Failed,         // not applied, with `reason`
        Unknown,        // sent, the answer was lost: it may or may not have been applied
        RefusedLocally, // never sent: the console refused it (e.g. a read-only profile)
    };
    Q_ENUM(Outcome)

    qint64 id = 0;         // the store's row id; 0 before it is stored
    QString requestId;     // the X-Request-Id sent (the Idempotency-Key for resource writes)
    qint64 timeMs = 0;     // when it was sent, Unix epoch milliseconds (UTC)
    qint64 finishedMs = 0; // when the outcome was known; 0 while pending
    QString clusterId;     // the saved profile's id (empty for a cluster given by URL)
    QString clusterName;   // the profile's name (or the address) at the time
    QString clusterUser;   // the user the console signed in to the cluster as
    QString localUser;     // the operating-system user running the console
    QString action;        // "create", "update", "delete", "test", "write", "node-drain", ...
    QString method;        // "PUT", "POST", "DELETE", "PATCH"; empty for a non-HTTP action
    QString resourceType;  // for a resource; empty otherwise
    QString resourceName;  // the resource's or the node's name
    QString summary;       // a short English line ("update jdbc orders")
    Outcome outcome = Outcome::Pending;
    int httpStatus = 0;   // 0 when no HTTP answer arrived
    qint64 revision = -1; // Succeeded: the new configuration revision, when the node said
    QString reason;       // Failed/Unknown/Refused: why, in words

    friend bool operator==(const ActivityEntry &, const ActivityEntry &) = default;

    // "pending", "succeeded", "conflict", "refused", "failed", "unknown", "refused-locally"
    static QString outcomeKey(Outcome outcome) { return enumKey(outcome); }
    static std::optional<Outcome> outcomeFromKey(const QString &key)
    {
        return enumFromKey<Outcome>(key);
    }
    static QList<Outcome> allOutcomes();
    // The operating-system user running this process (USER, LOGNAME or USERNAME).
    static QString currentLocalUser();
};

// Which entries to read; empty fields match everything.
struct ActivityFilter
{
    QString cluster; // a profile id or a cluster name (ignoring case)
    QString user;    // the cluster user or the local user (ignoring case)
    QString action;  // ActivityEntry::action
    std::optional<ActivityEntry::Outcome> outcome;
    qint64 fromMs = 0; // inclusive
    qint64 toMs = 0;   // inclusive; 0: no end
    int limit = 10000; // newest first, at most this many

    bool matches(const ActivityEntry &entry) const;
    friend bool operator==(const ActivityFilter &, const ActivityFilter &) = default;
};

// The words for an entry, shared by the view, the command line and the reports.
struct ActivityText
{
    Q_DECLARE_TR_FUNCTIONS(ActivityText)

public:
    static QString outcome(ActivityEntry::Outcome outcome);
    // "succeeded, revision 42", "conflict (412): ...", "outcome unknown: ..."
    static QString outcomeDetail(const ActivityEntry &entry);
    // "Create", "Update", "Delete", "Test", "Write"; a node action as recorded.
    static QString action(const QString &action);
    // The ISO 8601 UTC time ("2026-12-03T01:58:00.123Z").
    static QString isoTime(qint64 msSinceEpoch);
};
