#pragma once
// A problem (or notice) the console found in a cluster, said in words with what to do about it,
// and Assessment::assess(), the pure function that composes every check into a sorted list.

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class ClusterSnapshot;
class NodeSnapshot;

// Ordered: a larger value is worse, so std::max picks the worst.
enum class Severity { Ok = 0, Info = 1, Warning = 2, Critical = 3 };

// Stable lower-case keys ("ok", "info", "warning", "critical") for JSON; never translated.
QString severityKey(Severity severity);
std::optional<Severity> severityFromKey(QStringView key);
// Translated words for people ("Warning").
QString severityText(Severity severity);

// Per-cluster limits; the console keeps one set per saved cluster.
struct AssessmentThresholds
{
    double clockWarnMs = 50;
    double clockCritMs = 500;
    int stalledAfterSeconds = 60;
    int licenseWarnDays = 30;
    int licenseCritDays = 7;
};

class Finding final
{
    Q_DECLARE_TR_FUNCTIONS(Finding)

public:
    enum class Category { Health, Clock, Config, Version, LoadBalancer, License, Cluster };

    Severity severity = Severity::Info;
    Category category = Category::Cluster;
    // Stable machine key ("clock.offset", "config.diverged"...): for reports, filters and tests.
    QString code;
    QString nodeId; // empty when the finding is about the whole cluster
    QString text;
    QString action;

    bool operator==(const Finding &other) const = default;

    static QString categoryKey(Category category);
    static std::optional<Category> categoryFromKey(QStringView key);
    static QString categoryText(Category category);

    QJsonObject toJson() const;
    static std::optional<Finding> fromJson(const QJsonObject &object, QString *error);

    // Worst first; ties by category, node and code so the order is stable between polls.
    static void sortWorstFirst(QList<Finding> &findings);
    // "45 seconds", "1 minute", "5 minutes", "3 hours", "2 days": the largest whole unit.
    static QString durationText(qint64 seconds);
    static Severity worstOf(const QList<Finding> &findings);
};

namespace Assessment {

// Everything the console knows about a cluster turned into findings, worst first. The nodes in
// the snapshot must already carry their clock, config agreement, health and load-balancer
// states (ClockAssessment, ConfigAgreementTracker, HealthTracker, HaproxyStats).
// lastSeenUpMs: per node id, when it was last seen up (from the store) for the restart order.
QList<Finding> assess(const ClusterSnapshot &snapshot, const AssessmentThresholds &thresholds,
                      qint64 nowMs, const QHash<QString, qint64> &lastSeenUpMs = {});

QList<Finding> healthFindings(const QList<NodeSnapshot> &nodes);
// A node that answered in time but far slower than the others: > LatencyOutlierFactor × the
// other nodes' median and > LatencyOutlierMinMs.
inline constexpr double LatencyOutlierFactor = 10;
inline constexpr double LatencyOutlierMinMs = 500;
QList<Finding> latencyOutlierFindings(const QList<NodeSnapshot> &nodes);
// Why the cluster could not be read, said so that a refused connection and a refused password
// each get their own advice.
Finding unreachableFinding(const ClusterSnapshot &snapshot);
// A node whose server version differs from the majority: warning; schema version: critical.
QList<Finding> versionSkewFindings(const QList<NodeSnapshot> &nodes);
// When every node is unreachable: which node to start first (the one that stopped last).
std::optional<Finding> restartOrderFinding(const QList<NodeSnapshot> &nodes,
                                           const QHash<QString, qint64> &lastSeenUpMs);
std::optional<Finding> licenseFinding(const QDate &expires, qint64 nowMs,
                                      const AssessmentThresholds &thresholds);

} // namespace Assessment
