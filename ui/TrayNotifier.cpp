#include "TrayNotifier.h"

#include "AppSettings.h"

#include <QSet>
#include <QSystemTrayIcon>

TrayNotifier::TrayNotifier(AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

TrayNotifier::~TrayNotifier() = default;

QStringList TrayNotifier::nodeChanges(const ClusterSnapshot &before, const ClusterSnapshot &after)
{
    QStringList lines;
    QHash<QString, NodeSnapshot> old;
    for (const NodeSnapshot &node : before.nodes())
        old.insert(node.id(), node);
    QSet<QString> seen;
    for (const NodeSnapshot &node : after.nodes()) {
        seen.insert(node.id());
        const auto found = old.constFind(node.id());
        if (found == old.constEnd()) {
            if (!before.nodes().isEmpty())
                lines << tr("%1 joined (%2)").arg(node.name(), nodeHealthText(node.health()));
            continue;
        }
        // Unknown is "not measured yet", not a state change worth a notification.
        if (found->health() != node.health() && found->health() != NodeHealth::Unknown &&
            node.health() != NodeHealth::Unknown) {
            lines << tr("%1: %2 → %3")
                         .arg(node.name(), nodeHealthText(found->health()),
                              nodeHealthText(node.health()));
        }
    }
    for (const NodeSnapshot &node : before.nodes()) {
        if (!seen.contains(node.id()) && !after.nodes().isEmpty())
            lines << tr("%1 left the cluster").arg(node.name());
    }
    return lines;
}

bool TrayNotifier::isActive() const
{
    return QSystemTrayIcon::isSystemTrayAvailable() && m_settings &&
           m_settings->value(AppSettings::Key::NotificationsEnabled).toBool();
}

void TrayNotifier::setIcon(const QIcon &icon)
{
    m_icon = icon;
    if (m_tray)
        m_tray->setIcon(icon);
}

void TrayNotifier::ensureTrayIcon()
{
    if (m_tray)
        return;
    m_tray = new QSystemTrayIcon(m_icon, this);
    m_tray->setToolTip(tr("Clusterdesk"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_lastNotifiedProfile.isEmpty())
            Q_EMIT activated(m_lastNotifiedProfile);
    });
    m_tray->show();
}

void TrayNotifier::observe(const ClusterSnapshot &snapshot, const QString &clusterName)
{
    const QString id = snapshot.profileId();
    if (id.isEmpty())
        return;
    const auto previous = m_last.constFind(id);
    const bool hadBaseline = previous != m_last.constEnd();
    const QStringList changes =
        hadBaseline && !snapshot.isStale() ? nodeChanges(*previous, snapshot) : QStringList();
    m_last.insert(id, snapshot);
    if (changes.isEmpty())
        return;
    const QString title = tr("%1: node state changed").arg(clusterName);
    const QString message = changes.join(QLatin1Char('\n'));
    Q_EMIT changeDetected(title, message);
    if (!isActive())
        return;
    ensureTrayIcon();
    m_lastNotifiedProfile = id;
    const Severity worst = snapshot.worstSeverity();
    const QSystemTrayIcon::MessageIcon icon =
        worst >= Severity::Critical  ? QSystemTrayIcon::Critical
        : worst >= Severity::Warning ? QSystemTrayIcon::Warning
                                     : QSystemTrayIcon::Information;
    m_tray->showMessage(title, message, icon);
    Q_EMIT notificationShown(title, message);
}
