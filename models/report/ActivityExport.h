#pragma once
// ActivityExport: activity log entries as CSV (RFC 4180 through CsvReportWriter: formula cells
// neutralised) and JSON, with machine-readable keys and UTC times, for the Activity view's
// export, `clusterdesk activity` and the reports' activity sections. An entry holds no secret, so
// neither does anything written here.

#include "ActivityEntry.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

class ActivityExport final
{
public:
    static QStringList csvHeaders();
    static QList<QStringList> csvRows(const QList<ActivityEntry> &entries);
    static QByteArray csv(const QList<ActivityEntry> &entries);

    static QJsonObject jsonEntry(const ActivityEntry &entry);
    static QJsonArray jsonArray(const QList<ActivityEntry> &entries);
    // {"activity": [...]}, indented.
    static QByteArray json(const QList<ActivityEntry> &entries);

    // Writes `entries` to `path` as CSV or JSON (replacing it atomically); false and *error when
    // it cannot.
    static bool writeFile(const QString &path, const QList<ActivityEntry> &entries, bool json,
                          QString *error);

    // Aligned plain-text lines (time, cluster, user, action, resource, outcome, request id) in
    // the user's words, for the terminal.
    static QString text(const QList<ActivityEntry> &entries);
};
