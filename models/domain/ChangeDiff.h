#pragma once
// ChangeDiff: one change's definitions before and after it, field by field (description, each
// spec field, each secret), with ResourceDiff's comparison (documented defaults filled in)
// saying which fields changed. Secrets are shown as set or not and whether the change altered
// them, never as values (the log holds none). Pure; shared by the details dialog and the
// command line.

#include "ChangeLogEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct ChangeFieldDiff
{
    QString field;  // "description", "spec.port", "secrets.password"
    QString before; // readable; empty when the field is absent on that side
    QString after;
    bool changed = false;

    friend bool operator==(const ChangeFieldDiff &, const ChangeFieldDiff &) = default;
};

class ChangeDiff final
{
    Q_DECLARE_TR_FUNCTIONS(ChangeDiff)

public:
    // Every field either side has, description first, then spec fields and secrets by name.
    // Empty for an entry whose states were not recorded.
    static QList<ChangeFieldDiff> fields(const ChangeLogEntry &entry);
    // Only the fields the change altered.
    static QList<ChangeFieldDiff> changedFields(const ChangeLogEntry &entry);
    // A spec value as text: strings as they are, anything else as compact JSON.
    static QString valueText(const QJsonValue &value);
};
