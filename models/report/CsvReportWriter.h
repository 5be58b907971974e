#pragma once
// CsvReportWriter: a report's nodes and resources as two RFC 4180 CSV files (UTF-8, CRLF), with
// cells a spreadsheet would execute as a formula neutralised by a leading apostrophe.

#include "ReportData.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class CsvReportWriter final
{
public:
    struct Paths
    {
        QString nodes;
        QString resources;
        QString activity;
    };
    // `output` an existing directory (or ending in '/'): <dir>/nodes.csv, <dir>/resources.csv
    // and <dir>/activity.csv. Otherwise a file name: PATH-nodes.csv, PATH-resources.csv and
    // PATH-activity.csv, with a
    // trailing ".csv" on PATH dropped first (report.csv -> report-nodes.csv).
    static Paths pathsFor(const QString &output);

    static QStringList nodeHeaders();
    static QList<QStringList> nodeRows(const ReportData &data);
    static QStringList resourceHeaders();
    static QList<QStringList> resourceRows(const ReportData &data);

    static QByteArray nodes(const ReportData &data);
    static QByteArray resources(const ReportData &data);
    // The console's activity on the report's clusters in the period (ActivityExport's columns).
    static QByteArray activity(const ReportData &data);

    // One field: neutralised (=, +, -, @, tab, CR first: prefixed with ') and quoted when it
    // holds a comma, quote, CR or LF (quotes doubled).
    static QString field(const QString &value);
    static QByteArray document(const QStringList &headers, const QList<QStringList> &rows);
};
