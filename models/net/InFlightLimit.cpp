#include "InFlightLimit.h"

#include <algorithm>

void InFlightLimit::setRange(int floor, int ceiling)
{
    m_ceiling = std::max(ceiling, 1);
    m_floor = std::clamp(floor, 1, m_ceiling);
    m_current = m_ceiling;
    m_samples = 0;
    m_queued = 0;
    m_capReached = false;
}

void InFlightLimit::onAnswer(const QString &key, qint64 elapsedUs)
{
    elapsedUs = std::max<qint64>(elapsedUs, 0);
    auto baseline = m_baselineUs.find(key);
    if (baseline == m_baselineUs.end()) {
        baseline = m_baselineUs.insert(key, elapsedUs);
    } else if (elapsedUs < *baseline) {
        *baseline = elapsedUs;
    } else {
        // Drifts up slowly, so that a lasting change (a node moved further away) becomes the
        // new normal instead of counting as queueing for ever.
        *baseline += (elapsedUs - *baseline) / 64;
    }
    ++m_samples;
    if (elapsedUs > QueuedFactor * *baseline + SlackUs)
        ++m_queued;
    if (m_samples >= std::max(MinWindow, m_current))
        endWindow();
}

void InFlightLimit::endWindow()
{
    if (2 * m_queued > m_samples)
        m_current = std::max(m_floor, m_current * 3 / 4);
    else if (10 * m_queued < m_samples && m_capReached)
        m_current = std::min(m_ceiling, m_current + std::max(1, m_current / 8));
    m_samples = 0;
    m_queued = 0;
    m_capReached = false;
}
