#include "DefinitionsFile.h"

#include "ResourceSchema.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DefinitionsFile)
};

const QString kFormat = u"clusterdesk-resources"_s;

std::optional<ResourceDefinition> parseResource(const QJsonValue &value, const QString &path,
                                                QString *error)
{
    const auto fail = [&](const QString &where, const QString &why) {
        *error = u"%1%2: %3"_s.arg(path, where, why);
        return std::nullopt;
    };
    if (!value.isObject())
        return fail({}, Tr::tr("must be an object"));
    const QJsonObject object = value.toObject();
    static const QSet<QString> known{u"type"_s, u"name"_s, u"description"_s, u"spec"_s,
                                     u"secretsNeeded"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(u"."_s + it.key(), Tr::tr("unknown field"));
    }
    ResourceDefinition resource;
    resource.type = object.value(u"type").toString();
    if (!ResourceSchema::isKnownType(resource.type))
        return fail(u".type"_s,
                    Tr::tr("must be one of %1").arg(ResourceSchema::types().join(u", ")));
    if (!object.value(u"name").isString())
        return fail(u".name"_s, Tr::tr("must be a string"));
    resource.name = object.value(u"name").toString();
    if (const auto problem = ResourceSchema::validateName(resource.name))
        return fail(u".name"_s, problem->detail);
    if (const auto problem = ResourceSchema::validateDescription(object.value(u"description")))
        return fail(u".description"_s, problem->detail);
    resource.description = object.value(u"description").toString();
    if (!object.value(u"spec").isObject())
        return fail(u".spec"_s, Tr::tr("must be an object"));
    resource.spec = object.value(u"spec").toObject();
    const QStringList secretFields = ResourceSchema::secretFields(resource.type);
    for (const QString &field : secretFields) {
        // A file is a description, not a vault: a secret in it is refused, not imported.
        if (resource.spec.contains(field))
            return fail(u".spec."_s + field,
                        Tr::tr("secrets are not kept in definition files; list the field under "
                               "secretsNeeded"));
    }
    if (const auto problem = ResourceSchema::validateSpec(resource.type, resource.spec))
        return fail(u"."_s + problem->field, problem->detail);
    const QJsonValue needed = object.value(u"secretsNeeded");
    if (!needed.isUndefined() && !needed.isArray())
        return fail(u".secretsNeeded"_s, Tr::tr("must be an array of field names"));
    for (const QString &field : secretFields)
        resource.secretsSet.insert(field, false);
    const QJsonArray neededFields = needed.toArray();
    for (qsizetype i = 0; i < neededFields.size(); ++i) {
        const QString field = neededFields.at(i).toString();
        if (!secretFields.contains(field))
            return fail(u".secretsNeeded[%1]"_s.arg(i),
                        Tr::tr("not a secret field of %1").arg(resource.type));
        resource.secretsSet.insert(field, true);
    }
    return resource;
}

} // namespace

DefinitionsFile DefinitionsFile::exportOf(const QString &cluster,
                                          const QList<ResourceDefinition> &resources)
{
    DefinitionsFile file;
    file.cluster = cluster;
    file.exportedAt = QDateTime::currentDateTimeUtc();
    file.resources = resources;
    return file;
}

QStringList DefinitionsFile::secretsNeeded() const
{
    QStringList out;
    for (const ResourceDefinition &resource : resources) {
        for (auto it = resource.secretsSet.begin(); it != resource.secretsSet.end(); ++it) {
            if (it.value())
                out.append(u"%1/%2: %3"_s.arg(resource.type, resource.name, it.key()));
        }
    }
    return out;
}

QByteArray DefinitionsFile::toJson() const
{
    QList<ResourceDefinition> sorted = resources;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return std::tie(a.type, a.name) < std::tie(b.type, b.name);
    });
    QJsonArray array;
    for (const ResourceDefinition &resource : std::as_const(sorted)) {
        QJsonObject spec = resource.spec;
        QJsonArray needed;
        for (const QString &field : ResourceSchema::secretFields(resource.type)) {
            spec.remove(field);
            if (resource.secretsSet.value(field))
                needed.append(field);
        }
        array.append(QJsonObject{{u"type"_s, resource.type},
                                 {u"name"_s, resource.name},
                                 {u"description"_s, resource.description},
                                 {u"spec"_s, spec},
                                 {u"secretsNeeded"_s, needed}});
    }
    QJsonObject root{{u"format"_s, kFormat},
                     {u"version"_s, Version},
                     {u"cluster"_s, cluster},
                     {u"resources"_s, array}};
    if (exportedAt.isValid())
        root.insert(u"exportedAt"_s, exportedAt.toUTC().toString(Qt::ISODateWithMs));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<DefinitionsFile> DefinitionsFile::fromJson(const QByteArray &data, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        why = Tr::tr("not JSON: %1 at offset %2")
                  .arg(parseError.errorString())
                  .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        why = Tr::tr("the file must hold a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(u"format").toString() != kFormat) {
        why = Tr::tr("format: not a Clusterdesk definitions file (expected \"%1\")").arg(kFormat);
        return std::nullopt;
    }
    const QJsonValue version = root.value(u"version");
    if (!version.isDouble() || version.toDouble() != double(version.toInteger())) {
        why = Tr::tr("version: must be a whole number");
        return std::nullopt;
    }
    if (version.toInteger() != Version) {
        why = Tr::tr("version: %1 is not supported (this Clusterdesk reads version %2)")
                  .arg(version.toInteger())
                  .arg(Version);
        return std::nullopt;
    }
    if (!root.value(u"resources").isArray()) {
        why = Tr::tr("resources: must be an array");
        return std::nullopt;
    }
    DefinitionsFile file;
    file.cluster = root.value(u"cluster").toString();
    file.exportedAt =
        QDateTime::fromString(root.value(u"exportedAt").toString(), Qt::ISODateWithMs).toUTC();
    const QJsonArray resources = root.value(u"resources").toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < resources.size(); ++i) {
        const QString path = u"resources[%1]"_s.arg(i);
        auto resource = parseResource(resources.at(i), path, &why);
        if (!resource)
            return std::nullopt;
        const QString key = resource->type + u'/' + resource->name;
        if (seen.contains(key)) {
            why = Tr::tr("%1: %2 \"%3\" appears twice").arg(path, resource->type, resource->name);
            return std::nullopt;
        }
        seen.insert(key);
        file.resources.append(*resource);
    }
    return file;
}

bool DefinitionsFile::write(const QString &path, const DefinitionsFile &file, QString *error)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(file.toJson()) < 0 || !out.commit()) {
        if (error)
            *error = Tr::tr("cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}

std::optional<DefinitionsFile> DefinitionsFile::read(const QString &path, QString *error)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("cannot read %1: %2").arg(path, in.errorString());
        return std::nullopt;
    }
    if (in.size() > MaxFileBytes) {
        if (error)
            *error = Tr::tr("%1 is too large for a definitions file").arg(path);
        return std::nullopt;
    }
    QString why;
    auto file = fromJson(in.readAll(), &why);
    if (!file && error)
        *error = Tr::tr("%1: %2").arg(path, why);
    return file;
}
