#pragma once
// Faults a test can inject into a running node (only with --allow-fault-injection): a clock
// offset added to every reported time, paused replication, degraded health, slow answers and
// a noisy network path (a random delay per request), services missing from the catalogues.
// It also owns the node's reported clock, since the offset must apply to every timestamp, and
// the kernel NTP state the node reports (the real one unless a test injects its own).

#include "KernelClock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <optional>

namespace node {

class FaultState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultState)

public:
    explicit FaultState(bool allowed, QObject *parent = nullptr);

    bool isAllowed() const { return m_allowed; }
    qint64 clockOffsetMs() const { return m_clockOffsetMs; }
    bool replicationPaused() const { return m_replicationPaused; }
    bool degraded() const { return m_degraded; }
    int delayMs() const { return m_delayMs; }
    // A noisy network path: each request is held a fresh uniform draw from 0..delayJitterMs
    // before the node takes it in (and stamps its arrival), unlike delayMs, a slow node.
    int delayJitterMs() const { return m_delayJitterMs; }
    int nextJitterMs() const;
    // Services this node leaves out of its /rest and /soap catalogues (Spectrum mode): a node
    // whose configuration did not synchronise.
    const QStringList &hiddenServices() const { return m_hiddenServices; }
    // The kernel clock state the node reports: the injected one, else KernelClock::read().
    KernelClockState kernelClock() const;

    void setClockOffsetMs(qint64 offset);
    void setReplicationPaused(bool paused);
    void setDegraded(bool degraded);
    void setDelayMs(int delay);
    void setDelayJitterMs(int jitter);
    void setKernelClock(std::optional<KernelClockState> state);
    void setHiddenServices(QStringList services) { m_hiddenServices = std::move(services); }

    QJsonObject toJson() const;
    // Validates every key first so a bad body changes nothing; returns false with `error`.
    bool apply(const QJsonObject &changes, QString *error);

    // The node's clock as it reports it (injected offset included).
    qint64 nowUs() const;
    qint64 nowMs() const { return nowUs() / 1000; }
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }

Q_SIGNALS:
    void replicationPausedChanged(bool paused);

private:
    bool m_allowed = false;
    qint64 m_clockOffsetMs = 0;
    bool m_replicationPaused = false;
    bool m_degraded = false;
    int m_delayMs = 0;
    int m_delayJitterMs = 0;
    std::optional<KernelClockState> m_kernelClock;
    QStringList m_hiddenServices;
};

} // namespace node
