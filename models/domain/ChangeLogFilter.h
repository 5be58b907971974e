#pragma once
// ChangeLogFilter: which configuration changes to show or export: by resource, user and time.
// Filtering is done by the console over the entries it read (the change-log endpoint pages by
// revision only), the same way for the History tab and `clusterdesk history`.

#include "ChangeLogEntry.h"

#include <QDateTime>
#include <QString>

#include <optional>

struct ChangeLogFilter
{
    // Exact: "type/name" or "type" (every resource of that type), as `--resource` takes it.
    // Otherwise a case-insensitive part of "type/name", as typed into the History tab.
    QString resource;
    bool exactResource = false;
    QString user;    // the whole user name, case-insensitive; empty: anyone
    QDateTime since; // inclusive; invalid: no lower bound
    QDateTime until; // inclusive; invalid: no upper bound

    bool isEmpty() const;
    bool matches(const ChangeLogEntry &entry) const;
    QList<ChangeLogEntry> apply(const QList<ChangeLogEntry> &entries) const;

    // "TYPE/NAME" or "TYPE" with a known type and a valid name; nullopt (and why in *error)
    // otherwise.
    static std::optional<QString> parseResource(const QString &text, QString *error);
};
