#include "ClockFilter.h"

#include <algorithm>
#include <cmath>

void ClockFilter::add(const ClockSample &sample)
{
    if (!sample.isPlausible())
        return;
    m_samples.append(sample);
    if (m_samples.size() > Depth)
        m_samples.remove(0, m_samples.size() - Depth);
}

std::optional<ClockSample> ClockFilter::chosen() const
{
    return ClockSample::best(m_samples);
}

std::optional<double> ClockFilter::errorBoundUs(qint64 nowUs) const
{
    const std::optional<ClockSample> best = chosen();
    if (!best)
        return std::nullopt;
    // A console clock stepped backwards makes no sample younger than zero.
    const double ageUs = double(std::max<qint64>(0, nowUs - best->t3Us()));
    return best->errorBoundUs() + ageUs * DriftBoundPpm / 1e6;
}

std::optional<ClockFilter::Expectation> ClockFilter::expectation(qint64 nowUs) const
{
    const std::optional<ClockSample> best = chosen();
    if (!best)
        return std::nullopt;
    return Expectation{best->offsetUs(), *errorBoundUs(nowUs)};
}

bool ClockFilter::isJump(const Expectation &expected, const ClockSample &sample)
{
    // Both intervals contain the true offset unless the clock moved: they must overlap.
    return std::fabs(sample.offsetUs() - expected.offsetUs) >
           expected.boundUs + sample.errorBoundUs();
}
