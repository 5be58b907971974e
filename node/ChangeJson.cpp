#include "ChangeJson.h"

#include "ResourceSchema.h"

namespace node {

QString ChangeJson::timestamp(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject ChangeJson::change(const ChangeEntry &entry, bool withResource)
{
    QJsonObject object{{QStringLiteral("revision"), entry.revision},
                       {QStringLiteral("time"), timestamp(entry.time)},
                       {QStringLiteral("user"), entry.user},
                       {QStringLiteral("operation"), entry.operation},
                       {QStringLiteral("type"), entry.type},
                       {QStringLiteral("name"), entry.name},
                       {QStringLiteral("requestId"), entry.requestId.isEmpty()
                                                         ? QJsonValue(QJsonValue::Null)
                                                         : QJsonValue(entry.requestId)}};
    object.insert(QStringLiteral("recorded"), entry.statesRecorded());
    if (entry.statesRecorded()) {
        object.insert(QStringLiteral("before"), entry.before);
        object.insert(QStringLiteral("after"), entry.after);
    }
    if (withResource)
        object.insert(QStringLiteral("resource"), entry.resource);
    return object;
}

std::optional<ChangeEntry> ChangeJson::parseChange(const QJsonObject &object)
{
    ChangeEntry entry;
    const QJsonValue revision = object.value(QLatin1String("revision"));
    if (!revision.isDouble() || revision.toInteger() <= 0)
        return std::nullopt;
    entry.revision = revision.toInteger();
    entry.time =
        QDateTime::fromString(object.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    entry.user = object.value(QLatin1String("user")).toString();
    entry.operation = object.value(QLatin1String("operation")).toString();
    entry.type = object.value(QLatin1String("type")).toString();
    entry.name = object.value(QLatin1String("name")).toString();
    entry.resource = object.value(QLatin1String("resource")).toObject();
    entry.requestId = object.value(QLatin1String("requestId")).toString();
    // Both sides or neither (an older primary's entry, or one written before they were kept).
    const QJsonValue before = object.value(QLatin1String("before"));
    const QJsonValue after = object.value(QLatin1String("after"));
    const auto isSide = [](const QJsonValue &side) { return side.isNull() || side.isObject(); };
    if (isSide(before) && isSide(after)) {
        entry.before = before;
        entry.after = after;
    } else if (!before.isUndefined() || !after.isUndefined()) {
        return std::nullopt;
    }
    const bool knownOperation = entry.operation == QLatin1String("create") ||
                                entry.operation == QLatin1String("update") ||
                                entry.operation == QLatin1String("delete");
    if (!entry.time.isValid() || !knownOperation || entry.type.isEmpty() || entry.name.isEmpty())
        return std::nullopt;
    return entry;
}

QJsonObject ChangeJson::publicResource(const StoredResource &resource)
{
    return {{QStringLiteral("type"), resource.type},
            {QStringLiteral("name"), resource.name},
            {QStringLiteral("description"), resource.description},
            {QStringLiteral("spec"), ResourceSchema::publicSpec(resource.type, resource.spec)},
            {QStringLiteral("secrets"), ResourceSchema::secretState(resource.type, resource.spec)},
            {QStringLiteral("revision"), resource.revision},
            {QStringLiteral("updatedAt"), timestamp(resource.updatedAt)},
            {QStringLiteral("updatedBy"), resource.updatedBy}};
}

} // namespace node
