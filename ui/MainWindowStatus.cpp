// MainWindow's status bar: the poll state of the current cluster, said every second (the
// window itself is in MainWindow.cpp).
#include "MainWindow.h"

#include "ClusterListModel.h"
#include "ConsoleSession.h"

#include <QDateTime>
#include <QLabel>

void MainWindow::tick()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_clusterList->setCurrentTimeMs(now);
    updateStatus();
}

QString MainWindow::pollStatusText(ClusterMonitor::PollState state, qint64 nextPollAtMs,
                                   qint64 nowMs, bool reachable)
{
    const qint64 seconds =
        nextPollAtMs > 0 ? qMax<qint64>(0, (nextPollAtMs - nowMs + 999) / 1000) : -1;
    switch (state) {
    case ClusterMonitor::PollState::Polling:
        return tr("Polling…");
    case ClusterMonitor::PollState::BackingOff:
        if (seconds < 0)
            return tr("Backing off: unreachable");
        return tr("Backing off: unreachable, next try in %1").arg(Finding::durationText(seconds));
    case ClusterMonitor::PollState::Idle:
        break;
    }
    if (seconds < 0)
        return reachable ? tr("Not polling") : tr("Not polling: unreachable");
    return tr("Next refresh in %n s", nullptr, int(seconds));
}

QString MainWindow::pollStatus() const
{
    return m_pollLabel->text();
}

void MainWindow::updateStatus()
{
    const QString id = currentProfileId();
    if (id.isEmpty() || !m_profiles->profile(id)) {
        const int count = m_clusterList->rowCount();
        m_pollLabel->setText(count == 0 ? QString() : tr("Clusters: %1").arg(count));
        return;
    }
    const auto snapshot = m_monitor->snapshot(id);
    // The session's copy of the poll state: the monitor itself lives on the poll thread.
    m_pollLabel->setText(pollStatusText(m_monitor->pollState(id), m_monitor->nextPollAtMs(id),
                                        QDateTime::currentMSecsSinceEpoch(),
                                        !snapshot || snapshot->isReachable()));
}
