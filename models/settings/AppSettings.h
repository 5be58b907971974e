// AppSettings: the console's one typed settings registry over QSettings: every key with its
// default and its valid values in one table, and a changed(key) signal. Never holds a secret.
#pragma once

#include <QObject>
#include <QVariant>

class QSettings;

class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    enum class Key {
        Language,              // QString, BCP 47 name; empty = the system language
        DefaultPollIntervalMs, // int 1000..3600000, for new profiles
        NotificationsEnabled,  // bool
        ShowStaleNodes,        // bool: keep nodes whose data went stale visible
        RetentionDays,         // int 1..365, node sample history
        MainWindowGeometry,    // QByteArray (QWidget::saveGeometry)
        MainWindowState,       // QByteArray (QMainWindow::saveState)
        LastFileDir,           // QString, the folder of the last file opened or saved
        LastProfileId,         // QString, the profile selected at exit
        Theme,                 // QString "system" | "light" | "dark"
        DefaultClockWarnMs,    // int 1..3600000, clock offset warning for new profiles
        DefaultClockCritMs,    // int 1..3600000, clock offset critical for new profiles
    };
    Q_ENUM(Key)

    // The user's settings (organization and application "Clusterdesk", native format).
    explicit AppSettings(QObject *parent = nullptr);
    // An isolated INI file, for tests and --data-dir style overrides.
    explicit AppSettings(const QString &filePath, QObject *parent = nullptr);
    ~AppSettings() override;

    // The stored value converted to the key's type; the default when missing or invalid (a
    // hand-edited file never yields an out-of-range value).
    QVariant value(Key key) const;
    // Stores the value; false (nothing changed) if it has the wrong type or is out of range.
    // Emits changed() only when the effective value differs.
    bool setValue(Key key, const QVariant &value);
    // Back to the default.
    void reset(Key key);

    static QVariant defaultValue(Key key);
    static QString keyName(Key key); // the QSettings key, e.g. "ui/theme"
    static QList<Key> allKeys();
    // Whether `value` is acceptable for `key`; on success `normalized` holds it as the key's
    // type.
    static bool isValid(Key key, const QVariant &value, QVariant *normalized = nullptr);

    void sync();
    QString fileName() const;

Q_SIGNALS:
    void changed(AppSettings::Key key);

private:
    QSettings *m_settings;
};
