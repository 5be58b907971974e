#pragma once
// The wire form of change-log entries and resources, shared by the public change log,
// the replication feed and resource reads (secrets only in the replication payload). An entry
// carries "recorded" and, when true, its "before" and "after" definitions (ChangeStates).

#include "ConfigDatabase.h"

#include <QJsonObject>
#include <optional>

namespace node {

class ChangeJson final
{
public:
    static QString timestamp(const QDateTime &time); // RFC 3339 UTC with milliseconds
    static QJsonObject change(const ChangeEntry &entry, bool withResource);
    static std::optional<ChangeEntry> parseChange(const QJsonObject &object);
    static QJsonObject publicResource(const StoredResource &resource);
};

} // namespace node
