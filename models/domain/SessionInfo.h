#pragma once
// SessionInfo: who the console is signed in as on a cluster (GET /api/v1/session) and whether
// that account may write, so editors can go read-only before the user tries to save.

#include "EnumKey.h"

#include <QJsonObject>
#include <QString>

#include <optional>

struct SessionInfo
{
    Q_GADGET

public:
    enum class Role { Unknown, Viewer, Admin };
    Q_ENUM(Role)

    QString username;
    Role role = Role::Unknown;
    bool canWrite = false;

    // True once the node has told us (a node without /api/v1/session leaves it unknown).
    bool isKnown() const { return role != Role::Unknown; }
    bool isReadOnly() const { return isKnown() && !canWrite; }
    // "You are signed in as viewer: read-only", empty when writing is allowed or unknown.
    QString readOnlyReason() const;

    static QString roleName(Role role); // "viewer", "admin", "" for unknown
    // Null for a body that is not {"username", "role", "canWrite"} of the right types.
    static std::optional<SessionInfo> fromJson(const QJsonObject &object);

    friend bool operator==(const SessionInfo &, const SessionInfo &) = default;
};
