// TrayNotifier: tells the user through a system tray notification when a node of a watched
// cluster changes state (up, degraded, unreachable), if the desktop has a tray and the user
// left notifications on.
#pragma once

#include "ClusterSnapshot.h"

#include <QHash>
#include <QIcon>
#include <QObject>

class AppSettings;
class QSystemTrayIcon;

class TrayNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)

public:
    explicit TrayNotifier(AppSettings *settings, QObject *parent = nullptr);
    ~TrayNotifier() override;

    // The node state changes from `before` to `after`, one readable line each ("node-2: Up →
    // Unreachable"); nodes that appear or vanish are mentioned too.
    static QStringList nodeChanges(const ClusterSnapshot &before, const ClusterSnapshot &after);

    // Whether a notification would be shown now (tray available and notifications on).
    bool isActive() const;
    void setIcon(const QIcon &icon);

    // Compares with the last snapshot of the same cluster and notifies about changes. Stale
    // snapshots (read back from the store) only set the baseline.
    void observe(const ClusterSnapshot &snapshot, const QString &clusterName);
    void forget(const QString &profileId) { m_last.remove(profileId); }

Q_SIGNALS:
    // Emitted for every change worth telling, shown or not (tests, logs).
    void changeDetected(const QString &title, const QString &message);
    // A tray notification was actually shown (or its click opens this cluster).
    void notificationShown(const QString &title, const QString &message);
    void activated(const QString &profileId);

private:
    void ensureTrayIcon();

    AppSettings *m_settings;
    QSystemTrayIcon *m_tray = nullptr;
    QIcon m_icon;
    QHash<QString, ClusterSnapshot> m_last;
    QString m_lastNotifiedProfile;
};
