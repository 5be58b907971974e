#include "SnapshotJsonReader.h"

#include <cmath>

namespace {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("null");
    }
}

} // namespace

SnapshotJsonReader::SnapshotJsonReader(const QJsonObject &object, const QString &path,
                                       QString *error)
    : m_object(object)
    , m_path(path)
    , m_error(error)
{}

QString SnapshotJsonReader::fieldPath(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void SnapshotJsonReader::fail(const QString &key, const QString &problem)
{
    if (m_ok && m_error)
        *m_error = QStringLiteral("field '%1' %2").arg(fieldPath(key), problem);
    m_ok = false;
}

std::optional<QJsonValue> SnapshotJsonReader::present(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return value;
}

std::optional<QJsonValue> SnapshotJsonReader::ofType(const QString &key, QJsonValue::Type type,
                                                     const QString &expected)
{
    const auto value = present(key);
    if (value && value->type() != type) {
        fail(key, QStringLiteral("should be %1, not %2").arg(expected, jsonTypeName(*value)));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> SnapshotJsonReader::string(const QString &key)
{
    const auto value = ofType(key, QJsonValue::String, QStringLiteral("a string"));
    return value ? std::optional(value->toString()) : std::nullopt;
}

std::optional<double> SnapshotJsonReader::number(const QString &key)
{
    const auto value = ofType(key, QJsonValue::Double, QStringLiteral("a number"));
    return value ? std::optional(value->toDouble()) : std::nullopt;
}

std::optional<qint64> SnapshotJsonReader::integer(const QString &key)
{
    const auto value = present(key);
    if (!value)
        return std::nullopt;
    const double number = value->toDouble();
    // Beyond 2^53 a JSON number no longer holds every integer exactly.
    constexpr double limit = 9007199254740992.0;
    if (!value->isDouble() || std::trunc(number) != number || std::fabs(number) > limit) {
        fail(key, value->isDouble()
                      ? QStringLiteral("should be an integer, not %1").arg(number)
                      : QStringLiteral("should be an integer, not %1").arg(jsonTypeName(*value)));
        return std::nullopt;
    }
    return qint64(number);
}

std::optional<bool> SnapshotJsonReader::boolean(const QString &key)
{
    const auto value = ofType(key, QJsonValue::Bool, QStringLiteral("true or false"));
    return value ? std::optional(value->toBool()) : std::nullopt;
}

std::optional<QJsonObject> SnapshotJsonReader::object(const QString &key)
{
    const auto value = ofType(key, QJsonValue::Object, QStringLiteral("an object"));
    return value ? std::optional(value->toObject()) : std::nullopt;
}

std::optional<QJsonArray> SnapshotJsonReader::array(const QString &key)
{
    const auto value = ofType(key, QJsonValue::Array, QStringLiteral("an array"));
    return value ? std::optional(value->toArray()) : std::nullopt;
}

std::optional<SnapshotJsonReader> SnapshotJsonReader::nested(const QString &key)
{
    const auto value = object(key);
    if (!value)
        return std::nullopt;
    return SnapshotJsonReader(*value, fieldPath(key), m_error);
}
