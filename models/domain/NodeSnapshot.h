#pragma once
// One node as the console saw it in one poll: an immutable value built from the node's
// /api/v1/node answer and refined (copy-on-"with") by the clock, config, health and LB checks.

#include "Finding.h"
#include "SnapshotJsonReader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUrl>

#include <optional>

// Slow: the node did not answer within the per-node deadline although the cluster did; it is not
// counted as down.
enum class NodeHealth { Unknown, Up, Degraded, Unreachable, Slow };
// Drain: HAProxy sends a draining server no new connections, only those persisting to it.
enum class LbState { Unknown, Up, Down, Maint, NoCheck, Drain };
enum class ProbePath { None, ViaLoadBalancer, Direct };
enum class ConfigAgreementState { Unknown, InSync, Behind, Stalled, Diverged };

// Stable keys for JSON and translated words for people.
QString nodeHealthKey(NodeHealth health);
std::optional<NodeHealth> nodeHealthFromKey(QStringView key);
QString nodeHealthText(NodeHealth health);
QString lbStateKey(LbState state);
std::optional<LbState> lbStateFromKey(QStringView key);
QString lbStateText(LbState state);
QString probePathKey(ProbePath path);
std::optional<ProbePath> probePathFromKey(QStringView key);
QString configAgreementKey(ConfigAgreementState state);
std::optional<ConfigAgreementState> configAgreementFromKey(QStringView key);
QString configAgreementText(ConfigAgreementState state);
// The first 12 hex digits of a configuration checksum: enough to tell two apart at a glance.
QString shortChecksum(const QString &checksum);

class NodeSnapshot final
{
public:
    struct LoadBalancer
    {
        LbState state = LbState::Unknown;
        QString status;                // HAProxy's own words ("UP 1/3", "DOWN", "no check")
        QString checkStatus;           // "L7OK", "L4CON"...
        qint64 lastChangeSeconds = -1; // -1: unknown
        bool operator==(const LoadBalancer &) const = default;
    };

    struct Clock
    {
        bool measured = false;       // offset/error are meaningful only when true
        double offsetMs = 0;         // node clock minus the console's clock
        double errorMs = 0;          // ± bound of offsetMs (half the round trip)
        double offsetVsMedianMs = 0; // offsetMs minus the clock reference (see reference)
        // What offsetVsMedianMs is measured against (ClockAssessment): "trusted-nodes",
        // "this-computer", "median" (also what snapshots stored before the rule meant), or
        // empty when there is no referee (nothing is blamed).
        QString reference = QStringLiteral("median");
        bool trusted = false; // the node's kernel says synchronized with a small maximum error
        std::optional<bool> ntpSynchronized; // from the node's kernel NTP state
        std::optional<qint64> maxErrorUs;
        std::optional<qint64> estErrorUs;
        Severity severity = Severity::Ok;
        bool operator==(const Clock &) const = default;
    };

    struct Config
    {
        std::optional<qint64> revision;
        QString checksum;
        std::optional<qint64> primaryRevision; // as the node last learned it
        std::optional<qint64> lag;             // as the node reports it
        QString syncState;                     // the node's words: in-sync, catching-up, ...
        ConfigAgreementState agreement = ConfigAgreementState::Unknown;
        qint64 revisionsBehind = 0; // vs the primary's revision seen by the console
        qint64 behindSinceMs = 0;   // 0: not behind
        bool operator==(const Config &) const = default;
    };

    NodeSnapshot() = default;
    // A node known by id (membership, earlier snapshot) that has not answered in this poll.
    static NodeSnapshot placeholder(const QString &id, const QString &name, const QUrl &directUrl);

    // Parses the /api/v1/node answer. Missing fields stay unknown; a field of the wrong type or a
    // missing id is an error (returns nullopt and says which field in *error).
    static std::optional<NodeSnapshot> fromNodeJson(const QJsonObject &object, QString *error);

    // The complete store/report form and back (see ClusterSnapshot for the envelope).
    QJsonObject toJson() const;
    static std::optional<NodeSnapshot> fromJson(const QJsonObject &object, QString *error);

    QString id() const { return m_id; }
    QString name() const { return m_name.isEmpty() ? m_id : m_name; }
    QUrl directUrl() const { return m_directUrl; }
    QString role() const { return m_role; }
    bool isPrimary() const { return m_role == QLatin1String("primary"); }
    QString serverVersion() const { return m_serverVersion; }
    std::optional<int> schemaVersion() const { return m_schemaVersion; }
    QString reportedState() const { return m_reportedState; } // up, degraded, draining
    QString clusterId() const { return m_clusterId; }
    QString clusterName() const { return m_clusterName; }
    NodeHealth health() const { return m_health; }
    int missedPolls() const { return m_missedPolls; }
    LoadBalancer loadBalancer() const { return m_loadBalancer; }
    std::optional<double> latencyMs() const { return m_latencyMs; }
    Clock clock() const { return m_clock; }
    Config config() const { return m_config; }
    QDateTime startedAt() const { return m_startedAt; }
    std::optional<qint64> uptimeSeconds() const { return m_uptimeSeconds; }
    qint64 lastSeenMs() const { return m_lastSeenMs; } // 0: never
    ProbePath probePath() const { return m_probePath; }
    QJsonObject rawNodeJson() const { return m_rawNodeJson; }
    // Read from the node's own answer (absent: nullopt / empty).
    std::optional<qint64> activeRequests() const;
    std::optional<qint64> rssBytes() const;
    QString historyId() const;
    QString writesRefusedReason() const; // "behind-replicas", "history-mismatch"
    QString writesRefusedDetail() const;
    QString error() const { return m_error; }

    NodeSnapshot withHealth(NodeHealth health, int missedPolls) const;
    NodeSnapshot withLoadBalancer(const LoadBalancer &loadBalancer) const;
    NodeSnapshot withLatencyMs(std::optional<double> latencyMs) const;
    NodeSnapshot withClock(const Clock &clock) const;
    NodeSnapshot withConfig(const Config &config) const;
    NodeSnapshot withLastSeenMs(qint64 lastSeenMs) const;
    NodeSnapshot withProbePath(ProbePath path) const;
    NodeSnapshot withError(const QString &error) const;
    NodeSnapshot withDirectUrl(const QUrl &url) const;

    bool operator==(const NodeSnapshot &) const = default;

private:
    QString m_id;
    QString m_name;
    QUrl m_directUrl;
    QString m_role;
    QString m_serverVersion;
    std::optional<int> m_schemaVersion;
    QString m_reportedState;
    QString m_clusterId;
    QString m_clusterName;
    NodeHealth m_health = NodeHealth::Unknown;
    int m_missedPolls = 0;
    LoadBalancer m_loadBalancer;
    std::optional<double> m_latencyMs;
    Clock m_clock;
    Config m_config;
    QDateTime m_startedAt;
    std::optional<qint64> m_uptimeSeconds;
    qint64 m_lastSeenMs = 0;
    ProbePath m_probePath = ProbePath::None;
    QJsonObject m_rawNodeJson;
    QString m_error;
};
