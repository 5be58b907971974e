#pragma once
// ClockFilter: one node's recent clock samples, filtered the way NTP's clock filter does: the
// offset comes from the sample with the smallest round trip among the last Depth, and its error
// bound grows with the sample's age by a stated drift bound. It also says when a node needs a
// burst of exchanges (nothing known yet) and when a new sample means the offset jumped.

#include "ClockSample.h"

#include <QList>

#include <optional>

class ClockFilter final
{
public:
    // Samples kept per node (NTP keeps 8 too).
    static constexpr int Depth = 8;
    // Exchanges of a burst: a first sight, a jump or an explicit refresh.
    static constexpr int BurstSamples = 4;
    // How fast two clocks may drift apart, in parts per million: a sample `age` old is off by at
    // most age x this (NTP assumes 15 ppm for a typical crystal).
    static constexpr double DriftBoundPpm = 15.0;

    // What the filter expects of the next sample: its offset lies within offsetUs ± boundUs.
    struct Expectation
    {
        double offsetUs = 0;
        double boundUs = 0;
    };

    // Keeps the sample (implausible ones are dropped); the oldest goes past Depth.
    void add(const ClockSample &sample);
    void clear() { m_samples.clear(); }
    bool isEmpty() const { return m_samples.isEmpty(); }
    const QList<ClockSample> &samples() const { return m_samples; }

    // The kept sample with the smallest round trip; nullopt when none is kept.
    std::optional<ClockSample> chosen() const;
    // Half the chosen sample's round trip plus its age at `nowUs` (console clock) times the
    // drift bound; nullopt when no sample is kept.
    std::optional<double> errorBoundUs(qint64 nowUs) const;
    std::optional<Expectation> expectation(qint64 nowUs) const;

    // The offset moved further than both bounds allow: the node's clock was stepped (or the
    // history is wrong), so the history goes and a burst measures it afresh.
    static bool isJump(const Expectation &expected, const ClockSample &sample);

private:
    QList<ClockSample> m_samples; // oldest first
};
