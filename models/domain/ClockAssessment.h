#pragma once
// Judges each node's clock against a reference that deserves trust: the nodes whose kernels say
// they are synchronized with a small maximum error, and this computer's clock when its kernel
// says the same; without such a referee the median of three or more nodes; with fewer, nobody
// is blamed and a disagreeing pair is reported as a pair.

#include "ClockSample.h"
#include "Finding.h"
#include "LocalClock.h"
#include "NodeSnapshot.h"

class ClockAssessment final
{
public:
    // Clock::reference keys.
    static inline const QString TrustedNodes = QStringLiteral("trusted-nodes");
    static inline const QString ThisComputer = QStringLiteral("this-computer");
    static inline const QString Median = QStringLiteral("median");

    struct Reference
    {
        QString kind;        // one of the keys above
        double offsetMs = 0; // against this computer's clock
    };

    explicit ClockAssessment(double warnMs = 50, double critMs = 500);
    explicit ClockAssessment(const AssessmentThresholds &thresholds);

    // This computer's kernel clock state; unknown (the default) never makes it a reference.
    ClockAssessment withLocalClock(const LocalClockState &local) const;

    // |offset vs reference| minus the error bound against the limits: only an offset that is
    // certainly too large counts. A clock the node's kernel calls unsynchronized is a warning.
    Severity severityFor(double offsetVsMedianMs, double errorMs,
                         std::optional<bool> ntpSynchronized) const;
    // Synchronized, with a kernel maximum error no larger than the warning limit.
    bool isTrusted(std::optional<bool> synchronized, std::optional<qint64> maxErrorUs) const;

    // The node's clock measured from its best sample (keeps the node's NTP fields).
    static NodeSnapshot withSample(const NodeSnapshot &node, const ClockSample &sample);
    // Median of the measured nodes' offsets against this computer.
    static std::optional<double> medianOffsetMs(const QList<NodeSnapshot> &nodes);
    // The referee for these nodes, or nullopt when there is none (fewer than three measured
    // nodes and no trusted clock).
    std::optional<Reference> reference(const QList<NodeSnapshot> &nodes) const;

    // The nodes with trusted, reference, offsetVsMedianMs and severity filled in.
    QList<NodeSnapshot> apply(const QList<NodeSnapshot> &nodes) const;
    // Findings for nodes that went through apply().
    QList<Finding> findings(const QList<NodeSnapshot> &nodes) const;

    // The rule in words, for tooltips.
    static QString ruleText();

private:
    std::optional<Finding> pairFinding(const QList<NodeSnapshot> &nodes) const;

    double m_warnMs;
    double m_critMs;
    LocalClockState m_local;
};
