#pragma once
// Reloads the users file when it changes, so removing a user or changing a password takes
// effect (and revokes that user's tokens) without a restart. A file that does not parse is
// reported and ignored: the users loaded before stay in force.

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace node {

class Credentials;

class UsersFileWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersFileWatcher)

public:
    UsersFileWatcher(QString path, Credentials &credentials, QObject *parent = nullptr);

Q_SIGNALS:
    // After each reload attempt; empty error when the new users are in force.
    void reloaded(const QString &error);

private:
    void watch();
    void reload();

    QString m_path;
    Credentials &m_credentials;
    QFileSystemWatcher m_watcher;
    QTimer m_settle; // editors write in several steps: reload once they are done
};

} // namespace node
