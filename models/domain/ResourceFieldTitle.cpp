#include "ResourceFieldTitle.h"

#include <QHash>

using namespace Qt::StringLiterals;

QString ResourceFieldTitle::of(const QString &field)
{
    static const QHash<QString, const char *> titles{
        {u"name"_s, QT_TRANSLATE_NOOP("ResourceFieldTitle", "Name")},
        {u"description"_s, QT_TRANSLATE_NOOP("ResourceFieldTitle", "Description")},
        {u"module"_s, QT_TRANSLATE_NOOP("ResourceFieldTitle", "Module")},
        {u"kind"_s, QT_TRANSLATE_NOOP("ResourceFieldTitle", "Kind")},
        {u"location"_s, QT_TRANSLATE_NOOP("ResourceFieldTitle", "Location")},
        {u"placement"_s, QT_TRANSLATE_NOOP("ResourceFieldTitle", "Placement")},
        {u"poolSize"_s, QT_TRANSLATE_NOOP("ResourceFieldTitle", "Pool size")},
        {u"vintage"_s, QT_TRANSLATE_NOOP("ResourceFieldTitle", "Vintage")},
        {u"expiry"_s, QT_TRANSLATE_NOOP("ResourceFieldTitle", "Expiry")},
        {u"driver"_s, QT_TRANSLATE_NOOP("ResourceFieldTitle", "Driver")},
        {u"driverClass"_s, QT_TRANSLATE_NOOP("ResourceFieldTitle", "Driver class")},
        {u"url"_s, QT_TRANSLATE_NOOP("ResourceFieldTitle", "URL")},
        {u"host"_s, QT_TRANSLATE_NOOP("ResourceFieldTitle", "Host")},
        {u"port"_s, QT_TRANSLATE_NOOP("ResourceFieldTitle", "Port")},
        {u"database"_s, QT_TRANSLATE_NOOP("ResourceFieldTitle", "Database")},
        {u"user"_s, QT_TRANSLATE_NOOP("ResourceFieldTitle", "User")},
        {u"password"_s, QT_TRANSLATE_NOOP("ResourceFieldTitle", "Password")},
        {u"properties"_s, QT_TRANSLATE_NOOP("ResourceFieldTitle", "Properties")},
        {u"poolMin"_s, QT_TRANSLATE_NOOP("ResourceFieldTitle", "Pool minimum")},
        {u"poolMax"_s, QT_TRANSLATE_NOOP("ResourceFieldTitle", "Pool maximum")},
        {u"connectTimeoutMs"_s, QT_TRANSLATE_NOOP("ResourceFieldTitle", "Connect timeout (ms)")},
        {u"protocol"_s, QT_TRANSLATE_NOOP("ResourceFieldTitle", "Protocol")},
        {u"rootPath"_s, QT_TRANSLATE_NOOP("ResourceFieldTitle", "Root path")},
        {u"secret"_s, QT_TRANSLATE_NOOP("ResourceFieldTitle", "Secret")},
        {u"authKind"_s, QT_TRANSLATE_NOOP("ResourceFieldTitle", "Authentication")},
        {u"timeoutMs"_s, QT_TRANSLATE_NOOP("ResourceFieldTitle", "Timeout (ms)")},
    };
    const char *title = titles.value(field);
    return title ? tr(title) : field;
}
