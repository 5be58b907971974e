#include "UsersFileWatcher.h"

#include "Credentials.h"

#include <QFileInfo>

namespace node {

UsersFileWatcher::UsersFileWatcher(QString path, Credentials &credentials, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_credentials(credentials)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(50);
    connect(&m_settle, &QTimer::timeout, this, &UsersFileWatcher::reload);
    // The directory too: a file replaced by rename is a new file the old watch does not see.
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle,
            qOverload<>(&QTimer::start));
    watch();
}

void UsersFileWatcher::watch()
{
    const QString directory = QFileInfo(m_path).absolutePath();
    if (!m_watcher.directories().contains(directory))
        m_watcher.addPath(directory);
    if (!m_watcher.files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
}

void UsersFileWatcher::reload()
{
    watch();
    if (!QFileInfo::exists(m_path))
        return; // mid-replace; the directory watch brings us back
    QString error;
    if (!m_credentials.loadUsersFile(m_path, &error))
        qWarning("users file not reloaded, the previous users stay in force: %s",
                 qPrintable(error));
    Q_EMIT reloaded(error);
}

} // namespace node
