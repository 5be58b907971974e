// ClusterMonitor's schedule: polls start every poll interval from the start of the one before
// (so a cluster is polled at the interval it was set to, not the interval plus the poll's
// length), back off after failures, and a poll that runs past the next one's due time is late.
#include "ClusterMonitor.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClusterMonitor)
};

} // namespace

int ClusterMonitor::delayAfter(int pollIntervalMs, int failures)
{
    qint64 delay = std::max(pollIntervalMs, ClusterProfile::MinPollIntervalMs);
    for (int i = 0; i < failures && delay < MaxBackoffMs; ++i)
        delay *= 2;
    return int(std::min<qint64>(delay, std::max(MaxBackoffMs, pollIntervalMs)));
}

Finding ClusterMonitor::lateFinding(qint64 tookMs, int intervalMs)
{
    Finding finding;
    // The console's trouble, not the cluster's: a notice, not a warning about the cluster.
    finding.severity = Severity::Info;
    finding.category = Finding::Category::Cluster;
    finding.code = QStringLiteral("poll.late");
    finding.text = Tr::tr("The last poll took %1 ms, longer than the poll interval of %2 ms: "
                          "this cluster is polled less often than set")
                       .arg(tookMs)
                       .arg(intervalMs);
    finding.action = Tr::tr("Set a longer poll interval for this cluster, or check why its "
                            "nodes or this computer answer slowly.");
    return finding;
}

void ClusterMonitor::start(std::chrono::milliseconds firstDelay)
{
    if (m_running)
        return;
    m_running = true;
    if (pollInFlight())
        return;
    if (firstDelay.count() <= 0) {
        beginPoll();
        return;
    }
    m_timer.start(firstDelay);
    setState(PollState::Idle, QDateTime::currentMSecsSinceEpoch() + firstDelay.count());
}

void ClusterMonitor::stop()
{
    m_running = false;
    m_refreshPending = false;
    m_timer.stop();
    dropCycle();
    setState(PollState::Idle, 0);
}

void ClusterMonitor::refreshNow()
{
    m_burstNextPoll = true;
    if (pollInFlight()) {
        m_refreshPending = true;
        return;
    }
    m_timer.stop();
    beginPoll();
}

void ClusterMonitor::setState(PollState state, qint64 nextPollAtMs)
{
    if (state == m_state && nextPollAtMs == m_nextPollAtMs)
        return;
    m_state = state;
    m_nextPollAtMs = nextPollAtMs;
    emit pollStateChanged(state, nextPollAtMs);
}

bool ClusterMonitor::scheduleNext(bool reachable)
{
    m_failures = reachable ? 0 : m_failures + 1;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (m_refreshPending) {
        m_refreshPending = false;
        m_timer.start(0);
        setState(PollState::Idle, nowMs);
        return false;
    }
    if (!m_running) {
        setState(PollState::Idle, 0);
        return false;
    }
    if (m_failures > 0) {
        // Backing off counts from the failure: an unreachable cluster is not "late".
        const int delay = delayAfter(m_profile.pollIntervalMs, m_failures);
        m_timer.start(delay);
        setState(PollState::BackingOff, nowMs + delay);
        return false;
    }
    const qint64 dueAtMs = m_pollStartedAtMs + delayAfter(m_profile.pollIntervalMs, 0);
    const bool late = nowMs > dueAtMs;
    // A late cluster is polled again at once: it keeps up as well as it can, and says so.
    const qint64 delay = std::max<qint64>(0, dueAtMs - nowMs);
    m_timer.start(int(delay));
    setState(PollState::Idle, nowMs + delay);
    return late;
}
