#include "AppSettings.h"

#include "ClusterProfile.h"

#include <QSettings>

#include <array>

namespace {

using Key = AppSettings::Key;

struct Directive
{
    Key key;
    const char *name;
    QVariant defaultValue;
    QMetaType::Type type;
    qint64 min = 0; // integer keys only
    qint64 max = 0;
    QStringList choices = {}; // string keys with a closed set of values
};

const QList<Directive> &registry()
{
    static const QList<Directive> directives = {
        {Key::Language, "ui/language", QString(), QMetaType::QString},
        {Key::DefaultPollIntervalMs, "polling/defaultIntervalMs", 5000, QMetaType::Int, 1000,
         3600000},
        {Key::NotificationsEnabled, "notifications/enabled", true, QMetaType::Bool},
        {Key::ShowStaleNodes, "ui/showStaleNodes", true, QMetaType::Bool},
        {Key::RetentionDays, "storage/retentionDays", 14, QMetaType::Int, 1, 365},
        {Key::MainWindowGeometry, "window/geometry", QByteArray(), QMetaType::QByteArray},
        {Key::MainWindowState, "window/state", QByteArray(), QMetaType::QByteArray},
        {Key::LastFileDir, "paths/lastFileDir", QString(), QMetaType::QString},
        {Key::LastProfileId, "session/lastProfileId", QString(), QMetaType::QString},
        {Key::Theme,
         "ui/theme",
         QStringLiteral("system"),
         QMetaType::QString,
         0,
         0,
         {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")}},
        {Key::DefaultClockWarnMs, "polling/defaultClockWarnMs", ClusterProfile::DefaultClockWarnMs,
         QMetaType::Int, 1, 3600000},
        {Key::DefaultClockCritMs, "polling/defaultClockCritMs", ClusterProfile::DefaultClockCritMs,
         QMetaType::Int, 1, 3600000},
    };
    return directives;
}

const Directive &directive(Key key)
{
    for (const Directive &entry : registry()) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}

} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_settings(new QSettings(QStringLiteral("Clusterdesk"), QStringLiteral("Clusterdesk"), this))
{}

AppSettings::AppSettings(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_settings(new QSettings(filePath, QSettings::IniFormat, this))
{}

AppSettings::~AppSettings() = default;

QList<AppSettings::Key> AppSettings::allKeys()
{
    QList<Key> keys;
    for (const Directive &entry : registry())
        keys.append(entry.key);
    return keys;
}

QVariant AppSettings::defaultValue(Key key)
{
    return directive(key).defaultValue;
}

QString AppSettings::keyName(Key key)
{
    return QString::fromLatin1(directive(key).name);
}

bool AppSettings::isValid(Key key, const QVariant &value, QVariant *normalized)
{
    const Directive &entry = directive(key);
    const QMetaType type(entry.type);
    QVariant converted = value;
    if (!value.isValid() || !converted.convert(type))
        return false;
    switch (entry.type) {
    case QMetaType::Int: {
        // convert() accepts "12abc" as 0 on some paths: insist on an exact integer.
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (!ok || number < entry.min || number > entry.max)
            return false;
        converted = int(number);
        break;
    }
    case QMetaType::Bool: {
        if (value.typeId() == QMetaType::QString) {
            const QString text = value.toString().trimmed().toLower();
            if (text != u"true" && text != u"false" && text != u"1" && text != u"0")
                return false;
        }
        break;
    }
    case QMetaType::QString:
        if (!entry.choices.isEmpty() && !entry.choices.contains(converted.toString()))
            return false;
        break;
    default:
        break;
    }
    if (normalized)
        *normalized = converted;
    return true;
}

QVariant AppSettings::value(Key key) const
{
    const Directive &entry = directive(key);
    const QVariant stored = m_settings->value(QString::fromLatin1(entry.name));
    QVariant normalized;
    if (!stored.isValid() || !isValid(key, stored, &normalized))
        return entry.defaultValue;
    return normalized;
}

bool AppSettings::setValue(Key key, const QVariant &value)
{
    QVariant normalized;
    if (!isValid(key, value, &normalized))
        return false;
    const QVariant before = this->value(key);
    m_settings->setValue(keyName(key), normalized);
    if (before != normalized)
        Q_EMIT changed(key);
    return true;
}

void AppSettings::reset(Key key)
{
    const QVariant before = value(key);
    m_settings->remove(keyName(key));
    if (before != defaultValue(key))
        Q_EMIT changed(key);
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}
