#include "ChangeLogEntry.h"

#include "SnapshotJsonReader.h"

#include <QJsonArray>

#include <algorithm>

namespace {

// A side of the change: null (no resource), absent (not recorded) or an object with a spec.
bool parseSide(const QJsonObject &object, const QString &key, std::optional<QJsonObject> *side)
{
    const QJsonValue value = object.value(key);
    if (value.isNull() || value.isUndefined())
        return true;
    if (!value.isObject() || !value.toObject().value(QStringLiteral("spec")).isObject())
        return false;
    *side = value.toObject();
    return true;
}

std::optional<ResourceDefinition> definitionOf(const ChangeLogEntry &entry,
                                               const std::optional<QJsonObject> &side)
{
    if (!side)
        return std::nullopt;
    ResourceDefinition definition;
    definition.type = entry.resourceType;
    definition.name = entry.name;
    definition.description = side->value(QStringLiteral("description")).toString();
    const QJsonObject spec = side->value(QStringLiteral("spec")).toObject();
    for (auto it = spec.begin(); it != spec.end(); ++it) {
        if (it.value().isObject() && it.value().toObject().contains(QStringLiteral("secret")))
            definition.secretsSet.insert(it.key(), true);
        else
            definition.spec.insert(it.key(), it.value());
    }
    return definition;
}

void addChangedSecrets(const std::optional<QJsonObject> &side, QStringList *fields)
{
    if (!side)
        return;
    const QJsonObject spec = side->value(QStringLiteral("spec")).toObject();
    for (auto it = spec.begin(); it != spec.end(); ++it) {
        if (it.value().toObject().value(QStringLiteral("secret")).toString() ==
                QLatin1String("changed") &&
            !fields->contains(it.key()))
            fields->append(it.key());
    }
}

std::optional<ChangeLogEntry> parseEntry(const QJsonValue &value, const QString &path,
                                         QString *problem)
{
    if (!value.isObject()) {
        *problem = ChangeLogText::tr("%1: not an object").arg(path);
        return std::nullopt;
    }
    SnapshotJsonReader item(value.toObject(), path, problem);
    ChangeLogEntry entry;
    const auto rev = item.integer(QStringLiteral("revision"));
    const auto time = item.string(QStringLiteral("time"));
    entry.user = item.string(QStringLiteral("user")).value_or(QString());
    entry.operation = item.string(QStringLiteral("operation")).value_or(QString());
    entry.resourceType = item.string(QStringLiteral("type")).value_or(QString());
    entry.name = item.string(QStringLiteral("name")).value_or(QString());
    const QJsonObject object = value.toObject();
    entry.requestId = object.value(QStringLiteral("requestId")).toString();
    entry.recorded = object.value(QStringLiteral("recorded")).toBool();
    if (item.ok() && entry.recorded &&
        (!parseSide(object, QStringLiteral("before"), &entry.before) ||
         !parseSide(object, QStringLiteral("after"), &entry.after)))
        item.fail(QStringLiteral("before"),
                  ChangeLogText::tr("before and after must be null or a definition"));
    if (item.ok() && (!rev || *rev <= 0))
        item.fail(QStringLiteral("revision"), ChangeLogText::tr("a revision > 0 is required"));
    if (item.ok() && time) {
        entry.time = QDateTime::fromString(*time, Qt::ISODateWithMs);
        if (!entry.time.isValid())
            item.fail(QStringLiteral("time"), ChangeLogText::tr("not an RFC 3339 time"));
    }
    if (!item.ok())
        return std::nullopt;
    entry.revision = *rev;
    entry.time = entry.time.toUTC();
    return entry;
}

} // namespace

std::optional<ChangeLogPage> ChangeLogPage::parse(const QJsonObject &object, QString *error)
{
    QString problem;
    SnapshotJsonReader reader(object, {}, &problem);
    const std::optional<qint64> revision = reader.integer(QStringLiteral("revision"));
    const std::optional<QJsonArray> changes = reader.array(QStringLiteral("changes"));
    if (reader.ok() && (!revision || *revision < 0))
        reader.fail(QStringLiteral("revision"), ChangeLogText::tr("a revision >= 0 is required"));
    if (reader.ok() && !changes)
        reader.fail(QStringLiteral("changes"), ChangeLogText::tr("a list of changes is required"));
    ChangeLogPage page;
    if (reader.ok()) {
        page.revision = *revision;
        for (qsizetype i = 0; i < changes->size(); ++i) {
            const std::optional<ChangeLogEntry> entry =
                parseEntry(changes->at(i), QStringLiteral("changes[%1]").arg(i), &problem);
            if (!entry)
                break;
            page.changes.append(*entry);
        }
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    // Ascending, as the API promises; a server that does not keep it is put right here.
    std::sort(
        page.changes.begin(), page.changes.end(),
        [](const ChangeLogEntry &a, const ChangeLogEntry &b) { return a.revision < b.revision; });
    return page;
}

std::optional<ResourceDefinition> ChangeLogEntry::definitionBefore() const
{
    return definitionOf(*this, before);
}

std::optional<ResourceDefinition> ChangeLogEntry::definitionAfter() const
{
    return definitionOf(*this, after);
}

QStringList ChangeLogEntry::changedSecrets() const
{
    QStringList fields;
    addChangedSecrets(before, &fields);
    addChangedSecrets(after, &fields);
    fields.sort();
    return fields;
}

QString ChangeLogText::notRecorded()
{
    return tr("not recorded");
}

QString ChangeLogText::operation(const QString &operation)
{
    if (operation == QLatin1String("create"))
        return tr("Created");
    if (operation == QLatin1String("update"))
        return tr("Updated");
    if (operation == QLatin1String("delete"))
        return tr("Deleted");
    return operation;
}

QString ChangeLogText::resourceType(const QString &type)
{
    if (type == QLatin1String("database"))
        return tr("Database");
    if (type == QLatin1String("jdbc"))
        return tr("JDBC connection");
    if (type == QLatin1String("fileserver"))
        return tr("File server");
    if (type == QLatin1String("webservice"))
        return tr("Web service");
    return type;
}
