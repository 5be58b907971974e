#pragma once
// InFlightLimit: how many requests RequestDispatcher lets onto the network at once when it has a
// cap, adapted to what the answers say. A fixed cap is wrong either way: too high and, when this
// process or the servers fall behind, every poll gets a share too small to finish within its
// deadline; too low and a fleet behind real network round trips is polled slower than it could
// be. So each answer's time is compared with the best time seen for the same thing asked (host,
// path and node: a slow node is not congestion); when most answers of a window take more than
// four times their best plus 100 ms, answers queue somewhere and the limit shrinks by a quarter
// (not below the floor); when almost none do and the limit was what held requests back, it grows
// by an eighth (not above the ceiling). Timeouts and errors say nothing about queueing and are
// not counted.

#include <QHash>
#include <QString>

class InFlightLimit final
{
public:
    // An answer counts as queued past QueuedFactor times its best time plus SlackUs. Generous on
    // purpose: many requests in flight to a busy server lengthen every answer while still
    // raising throughput (50 clusters x 64 nodes polled every 2 s over loopback need that), so
    // only waits no pipelining explains shrink the limit.
    static constexpr qint64 QueuedFactor = 4;
    static constexpr qint64 SlackUs = 100000;
    // A window is at least this many answers, else as many as the limit.
    static constexpr int MinWindow = 8;

    // Starts at `ceiling`; `floor` is clamped to 1..ceiling.
    void setRange(int floor, int ceiling);
    int current() const { return m_current; }
    int floor() const { return m_floor; }
    int ceiling() const { return m_ceiling; }

    // Requests waited for the cap (not for their host) since the last window: only then does a
    // quiet window let the limit grow.
    void noteCapReached() { m_capReached = true; }
    // A successful answer to `key` (what was asked) after `elapsedUs` on the network.
    void onAnswer(const QString &key, qint64 elapsedUs);
    // The best time seen for `key`, or -1.
    qint64 baselineUs(const QString &key) const { return m_baselineUs.value(key, -1); }

private:
    void endWindow();

    QHash<QString, qint64> m_baselineUs;
    int m_floor = 1;
    int m_ceiling = 1;
    int m_current = 1;
    int m_samples = 0;
    int m_queued = 0;
    bool m_capReached = false;
};
