#pragma once
// A whole cluster as the console saw it in one poll: the nodes, the findings and the summaries
// the views show. An immutable value; the store keeps the last one as JSON (schema 1).

#include "CatalogueAgreement.h"
#include "ClusterCapabilities.h"
#include "Finding.h"
#include "NodeSnapshot.h"

#include <QDate>

class ClusterSnapshot final
{
public:
    static constexpr int SchemaVersion = 1;

    struct LoadBalancerView
    {
        bool available = false; // the statistics could be read
        QString error;
        int serversUp = 0;
        int serversTotal = 0;
        bool operator==(const LoadBalancerView &) const = default;
    };

    struct License
    {
        bool known = false;
        QString licensee;
        QString product;
        QString edition;
        QDate expires;
        int maxNodes = 0;
        bool operator==(const License &) const = default;
    };

    struct Counts
    {
        int total = 0;
        int up = 0;     // answered this poll (a node that missed it is not counted)
        int missed = 0; // missed this poll, not yet called unreachable
        int slow = 0;
        int degraded = 0;
        int unreachable = 0;
        int inSync = 0;
        int behind = 0; // stalled nodes included
        int diverged = 0;
        bool operator==(const Counts &) const = default;
    };

    // Parses the /api/v1/license answer.
    static std::optional<License> licenseFromJson(const QJsonObject &object, QString *error);

    QString profileId() const { return m_profileId; }
    QString clusterId() const { return m_clusterId; }
    QString clusterName() const { return m_clusterName; }
    qint64 takenAtMs() const { return m_takenAtMs; }
    bool isReachable() const { return m_reachable; }
    QString error() const { return m_error; }
    // Why the cluster could not be read, as a stable key ("sign-in-failed", "cannot-connect",
    // "timeout", "tls", "forbidden", "error"); empty when reachable.
    QString errorCode() const { return m_errorCode; }
    QString primaryId() const { return m_primaryId; }
    QList<NodeSnapshot> nodes() const { return m_nodes; }
    std::optional<NodeSnapshot> node(const QString &id) const;
    QList<Finding> findings() const { return m_findings; }
    LoadBalancerView loadBalancerView() const { return m_loadBalancerView; }
    License license() const { return m_license; }
    // Which interfaces the cluster offers (unknown everywhere for a cluster not yet asked).
    ClusterCapabilities capabilities() const { return m_capabilities; }
    // The services the nodes' catalogues expose (empty without catalogues).
    QList<ExposedService> services() const { return m_services; }
    // True for a snapshot read back from the store: what was seen then, not now.
    bool isStale() const { return m_stale; }
    qint64 ageMs(qint64 nowMs) const { return m_takenAtMs > 0 ? nowMs - m_takenAtMs : 0; }

    Severity worstSeverity() const { return Finding::worstOf(m_findings); }
    Counts counts() const;
    // The measured node offset vs the median with the largest magnitude (signed).
    std::optional<double> worstClockOffsetMs() const;

    ClusterSnapshot withProfileId(const QString &profileId) const;
    ClusterSnapshot withCluster(const QString &clusterId, const QString &clusterName) const;
    ClusterSnapshot withTakenAtMs(qint64 takenAtMs) const;
    ClusterSnapshot withReachable(bool reachable, const QString &error = {},
                                  const QString &errorCode = {}) const;
    ClusterSnapshot withPrimaryId(const QString &primaryId) const;
    ClusterSnapshot withNodes(const QList<NodeSnapshot> &nodes) const;
    ClusterSnapshot withFindings(QList<Finding> findings) const; // sorted worst first
    ClusterSnapshot withLoadBalancerView(const LoadBalancerView &view) const;
    ClusterSnapshot withLicense(const License &license) const;
    ClusterSnapshot withStale(bool stale) const;
    ClusterSnapshot withCapabilities(const ClusterCapabilities &capabilities) const;
    ClusterSnapshot withServices(const QList<ExposedService> &services) const;
    // withFindings(Assessment::assess(*this, ...)).
    ClusterSnapshot assessed(const AssessmentThresholds &thresholds, qint64 nowMs,
                             const QHash<QString, qint64> &lastSeenUpMs = {}) const;

    // Complete and versioned ("schema": 1); the summaries are written too for report readers.
    QJsonObject toJson() const;
    // Reads what toJson() wrote; the result is always marked stale.
    static std::optional<ClusterSnapshot> fromJson(const QJsonObject &object, QString *error);

    bool operator==(const ClusterSnapshot &) const = default;

private:
    QString m_profileId;
    QString m_clusterId;
    QString m_clusterName;
    qint64 m_takenAtMs = 0;
    bool m_reachable = false;
    QString m_error;
    QString m_errorCode;
    QString m_primaryId;
    QList<NodeSnapshot> m_nodes;
    QList<Finding> m_findings;
    LoadBalancerView m_loadBalancerView;
    License m_license;
    ClusterCapabilities m_capabilities;
    QList<ExposedService> m_services;
    bool m_stale = false;
};
