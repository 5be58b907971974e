#pragma once
// ReportData: everything a cluster (or fleet) report shows, gathered once by ReportCollector and
// then only read by the writers (HTML, CSV, JSON, PDF). Secrets can never enter it.

#include "ActivityEntry.h"
#include "ChangeLogEntry.h"
#include "ClusterSnapshot.h"
#include "FleetSummary.h"
#include "StoreRecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

#include <chrono>
#include <optional>

struct ResourceDefinition;

// Stable translation context "Report" for every report writer.
struct ReportTr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// The span of history a report covers: [fromMs, toMs], Unix epoch milliseconds.
struct ReportPeriod
{
    qint64 fromMs = 0;
    qint64 toMs = 0;

    // The last `span` up to nowMs.
    static ReportPeriod last(std::chrono::milliseconds span, qint64 nowMs);
    // "24h", "7d", "90m", "2w" (a whole number and a unit) or an ISO date/date-time
    // ("2026-11-01", "2026-11-01T08:00", local time unless it names a zone): the start of the
    // period, which ends at nowMs. Nullopt for anything else, a span of 0, or a future start.
    static std::optional<ReportPeriod> parseSince(const QString &text, qint64 nowMs);

    qint64 durationMs() const { return toMs - fromMs; }
    // "24 hours", "7 days", "3 days 4 hours": readable length.
    QString lengthText() const;
    bool operator==(const ReportPeriod &) const = default;
};

// One external resource as a report may show it: the public spec and, per secret field, only
// whether one is set. Built only through fromDefinition()/make(), which drop every secret field
// the schema names, so no writer can be handed a secret value.
class ReportResource final
{
public:
    static ReportResource fromDefinition(const ResourceDefinition &definition);
    // `spec` may carry anything; the type's secret fields are removed from it.
    static ReportResource make(const QString &type, const QString &name, const QString &description,
                               const QJsonObject &spec, const QMap<QString, bool> &secretsSet,
                               qint64 revision = -1, const QDateTime &updatedAt = {},
                               const QString &updatedBy = {});

    QString type() const { return m_type; }
    QString name() const { return m_name; }
    QString description() const { return m_description; }
    QJsonObject publicSpec() const { return m_spec; }
    // Every secret field of the type with whether one is set (absent from the API: not set).
    QMap<QString, bool> secretsSet() const { return m_secretsSet; }
    qint64 revision() const { return m_revision; }
    QDateTime updatedAt() const { return m_updatedAt; }
    QString updatedBy() const { return m_updatedBy; }

    // "set" / "not set" (translated), the only form in which a secret appears anywhere.
    static QString secretStateText(bool set);
    // A spec value as one line of text (objects as "key=value; key=value").
    static QString valueText(const QJsonValue &value);

    bool operator==(const ReportResource &) const = default;

private:
    ReportResource() = default;

    QString m_type;
    QString m_name;
    QString m_description;
    QJsonObject m_spec;
    QMap<QString, bool> m_secretsSet;
    qint64 m_revision = -1;
    QDateTime m_updatedAt;
    QString m_updatedBy;
};

struct ReportLicense
{
    bool known = false;
    ClusterSnapshot::License license;
    QStringList features;
    bool operator==(const ReportLicense &) const = default;
};

struct ReportDataflows
{
    bool known = false;
    int count = 0;
    QMap<QString, int> perKind; // "service", "job", "subflow" -> count
    int exposed = 0;
    bool operator==(const ReportDataflows &) const = default;
};

// One cluster's part of a report.
struct ClusterReport
{
    QString profileName; // the saved cluster's name (or the host for --url)
    QUrl loadBalancerUrl;
    ClusterSnapshot snapshot;
    bool historyKnown = false;                // the local store could be read
    QMap<QString, QList<NodeSample>> history; // node id -> samples in the period, oldest first
    bool changesKnown = false;
    QList<ChangeLogEntry> changes; // newest first, within the period
    ReportLicense license;
    ReportDataflows dataflows;
    bool resourcesKnown = false;
    QList<ReportResource> resources; // sorted by type then name
    bool activityKnown = false;      // the local store's activity log could be read
    QList<ActivityEntry> activity;   // what this console sent the cluster, newest first
    QStringList problems;            // parts that could not be read, in words

    bool isReachable() const { return snapshot.isReachable(); }
    QString displayName() const;
    // Partial: unreachable, or some part could not be read.
    bool isComplete() const { return isReachable() && problems.isEmpty(); }
    // "agreed", "disagree" (some node behind or diverged) or "unknown"
    QString configAgreementKey() const;
    QString configAgreementText() const;
    // "3 of 3 up behind HAProxy" or why the view is unknown.
    QString loadBalancerText() const;
    // The cluster as a row of the Fleet overview: the fleet report's summary table shows the
    // same figures as the window.
    FleetSummary fleetSummary() const;
};

struct ReportData
{
    QDateTime generatedAt; // local time with its zone
    QString consoleVersion = QStringLiteral(CLUSTERDESK_VERSION);
    ReportPeriod period;
    bool fleet = false; // every saved cluster: a summary table comes first
    QList<ClusterReport> clusters;

    bool isComplete() const;
    // "2026-11-27 07:03:23 CET (UTC+01:00)"
    static QString timeText(const QDateTime &time);
    static QString timeText(qint64 msSinceEpoch, const QTimeZone &zone);
    QString generatedAtText() const { return timeText(generatedAt); }
    QString periodText() const;
    QString title() const;
};

// Cell texts shared by the writers so that every format says the same thing.
namespace ReportText {
QString offsetText(const NodeSnapshot::Clock &clock);         // "+801.2 ms ± 0.4 ms"
QString offsetVsMedianText(const NodeSnapshot::Clock &clock); // "+800.9 ms"
QString ntpText(const NodeSnapshot::Clock &clock); // "yes ±16 ms": synchronized, max error
QString uptimeText(std::optional<qint64> seconds); // "2 days 3 hours"
QString lagText(const NodeSnapshot::Config &config);
// "+820.0 ms" (OffsetText), or "0.4 ms" without a sign (an error bound).
QString milliseconds(double value, bool sign = true);
QString operationText(const QString &operation);
} // namespace ReportText
