#pragma once
// JsonReportWriter: a report as versioned JSON ("schema": 1) for scripts and archives; the
// document's shape is docs/report-schema.json. Stable keys, numbers in ms/s, times RFC 3339.

#include "ReportData.h"

#include <QByteArray>
#include <QJsonObject>

class JsonReportWriter final
{
public:
    static constexpr int SchemaVersion = 1;

    static QJsonObject toJson(const ReportData &data);
    static QByteArray write(const ReportData &data); // indented UTF-8

    static QJsonObject clusterJson(const ClusterReport &cluster);
    // A fleet report's summary row: the figures of FleetSummary (the Fleet overview table).
    static QJsonObject fleetRowJson(const ClusterReport &cluster);
    static QJsonObject nodeJson(const NodeSnapshot &node);
    static QJsonObject resourceJson(const ReportResource &resource);
};
