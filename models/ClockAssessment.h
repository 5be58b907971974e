#pragma once
// Judges each node's clock against the cluster median (the nodes must agree with each other);
// the offset against this computer is reported too but does not set the severity.

#include "ClockSample.h"
#include "Finding.h"
#include "NodeSnapshot.h"

class ClockAssessment final
{
public:
    explicit ClockAssessment(double warnMs = 50, double critMs = 500);
    explicit ClockAssessment(const AssessmentThresholds &thresholds);

    // |offset vs median| minus the error bound against the limits: only an offset that is
    // certainly too large counts. A clock the node's kernel calls unsynchronized is a warning.
    Severity severityFor(double offsetVsMedianMs, double errorMs,
                         std::optional<bool> ntpSynchronized) const;

    // The node's clock measured from its best sample (keeps the node's NTP fields).
    static NodeSnapshot withSample(const NodeSnapshot &node, const ClockSample &sample);
    // Median of the measured nodes' offsets against this computer.
    static std::optional<double> medianOffsetMs(const QList<NodeSnapshot> &nodes);

    // The nodes with offsetVsMedianMs and severity filled in.
    QList<NodeSnapshot> apply(const QList<NodeSnapshot> &nodes) const;
    // Findings for nodes that went through apply().
    QList<Finding> findings(const QList<NodeSnapshot> &nodes) const;

private:
    double m_warnMs;
    double m_critMs;
};
