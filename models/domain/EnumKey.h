#pragma once
// enumKey(): the stable English key of a Q_ENUM value as JSON, the command line, reports and logs
// write it: the enumerator's name in kebab case ("SetOnSome" -> "set-on-some", "Ok" -> "ok").
// enumFromKey() reads one back. The enumerators' names are therefore part of those formats:
// renaming one changes them (the tests of each format pin the keys).

#include <QList>
#include <QMetaEnum>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace EnumKeys {

// "SetOnSome" -> "set-on-some": a hyphen before every capital but the first, all lower case.
QString kebabCase(const char *enumerator);
// Every enumerator of `meta` as (value, key), in declaration order.
QList<std::pair<int, QString>> keysOf(const QMetaEnum &meta);

// Built once per enum.
template<typename Enum> const QList<std::pair<int, QString>> &of()
{
    static const QList<std::pair<int, QString>> keys = keysOf(QMetaEnum::fromType<Enum>());
    return keys;
}

} // namespace EnumKeys

// Empty for a value that is no enumerator.
template<typename Enum> QString enumKey(Enum value)
{
    for (const auto &[number, key] : EnumKeys::of<Enum>()) {
        if (number == int(value))
            return key;
    }
    return {};
}

template<typename Enum> std::optional<Enum> enumFromKey(QStringView key)
{
    for (const auto &[number, name] : EnumKeys::of<Enum>()) {
        if (name == key)
            return Enum(number);
    }
    return std::nullopt;
}
