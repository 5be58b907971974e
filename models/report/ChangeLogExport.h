#pragma once
// ChangeLogExport: a list of configuration changes (the History tab's filtered rows, or what
// `clusterdesk history` read) as CSV (RFC 4180 through CsvReportWriter, so cells a spreadsheet
// would run as a formula are neutralised) or JSON. Each change carries the fields it altered
// and its definitions before and after, secrets as markers only; a change whose states the
// node did not keep says "not recorded".
// Strings that reach the user (the write error) are translated.

#include "ChangeLogEntry.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

class ChangeLogExport final
{
public:
    static QStringList csvHeaders();
    static QList<QStringList> csvRows(const QList<ChangeLogEntry> &changes);
    static QByteArray csv(const QList<ChangeLogEntry> &changes);
    // {"changes": [{"revision", "time", "user", "operation", "type", "name", "requestId",
    // "recorded", "changedFields", "before", "after"}]}
    static QJsonObject json(const QList<ChangeLogEntry> &changes);
    // Writes the CSV to `path`, replacing the file whole or not at all; false with *error.
    static bool writeCsv(const QList<ChangeLogEntry> &changes, const QString &path, QString *error);
};
