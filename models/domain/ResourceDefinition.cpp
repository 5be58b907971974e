#include "ResourceDefinition.h"

#include "ResourceSchema.h"

using namespace Qt::StringLiterals;

QByteArray ResourceDefinition::ifMatch() const
{
    if (!etag.isEmpty())
        return etag.toUtf8();
    return '"' + QByteArray::number(revision) + '"';
}

std::optional<ResourceDefinition> ResourceDefinition::fromJson(const QJsonObject &object,
                                                               QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<ResourceDefinition> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    ResourceDefinition resource;
    resource.type = object.value(u"type").toString();
    resource.name = object.value(u"name").toString();
    if (!ResourceSchema::isKnownType(resource.type))
        return fail(u"unknown resource type \"%1\""_s.arg(resource.type));
    if (resource.name.isEmpty())
        return fail(u"resource without a name"_s);
    const QJsonValue spec = object.value(u"spec");
    if (!spec.isObject())
        return fail(u"resource \"%1\" has no spec object"_s.arg(resource.name));
    resource.spec = spec.toObject();
    const QStringList secretFields = ResourceSchema::secretFields(resource.type);
    for (const QString &field : secretFields)
        resource.spec.remove(field);
    const QJsonObject secrets = object.value(u"secrets").toObject();
    for (const QString &field : secretFields)
        resource.secretsSet.insert(field, secrets.value(field).toBool(false));
    resource.description = object.value(u"description").toString();
    const QJsonValue revision = object.value(u"revision");
    resource.revision = revision.isDouble() ? revision.toInteger(-1) : -1;
    resource.updatedAt =
        QDateTime::fromString(object.value(u"updatedAt").toString(), Qt::ISODateWithMs);
    if (resource.updatedAt.isValid())
        resource.updatedAt = resource.updatedAt.toUTC();
    resource.updatedBy = object.value(u"updatedBy").toString();
    resource.etag = object.value(u"etag").toString(); // only in our own stored copies
    return resource;
}

QJsonObject ResourceDefinition::toJson() const
{
    QJsonObject secrets;
    for (auto it = secretsSet.begin(); it != secretsSet.end(); ++it)
        secrets.insert(it.key(), it.value());
    QJsonObject object{
        {u"type"_s, type},          {u"name"_s, name},       {u"description"_s, description},
        {u"spec"_s, spec},          {u"secrets"_s, secrets}, {u"revision"_s, revision},
        {u"updatedBy"_s, updatedBy}};
    if (updatedAt.isValid())
        object.insert(u"updatedAt"_s, updatedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!etag.isEmpty())
        object.insert(u"etag"_s, etag);
    return object;
}
