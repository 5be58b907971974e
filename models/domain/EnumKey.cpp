#include "EnumKey.h"

QString EnumKeys::kebabCase(const char *enumerator)
{
    QString key;
    for (const char *c = enumerator; *c; ++c) {
        const QChar letter = QLatin1Char(*c);
        if (letter.isUpper() && c != enumerator)
            key += u'-';
        key += letter.toLower();
    }
    return key;
}

QList<std::pair<int, QString>> EnumKeys::keysOf(const QMetaEnum &meta)
{
    QList<std::pair<int, QString>> keys;
    keys.reserve(meta.keyCount());
    for (int i = 0; i < meta.keyCount(); ++i)
        keys.append({meta.value(i), kebabCase(meta.key(i))});
    return keys;
}
