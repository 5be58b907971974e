#include "ChangeDiff.h"

#include "ResourceDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace {

QString secretText(const std::optional<QJsonObject> &side, const QString &field)
{
    if (!side)
        return {};
    const QJsonValue marker = side->value(QStringLiteral("spec")).toObject().value(field);
    if (!marker.isObject())
        return ChangeDiff::tr("not set");
    return marker.toObject().value(QStringLiteral("secret")).toString() == QLatin1String("changed")
               ? ChangeDiff::tr("set (changed)")
               : ChangeDiff::tr("set (unchanged)");
}

} // namespace

QString ChangeDiff::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default:
        break;
    }
    // Numbers, booleans and null as JSON writes them.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QList<ChangeFieldDiff> ChangeDiff::fields(const ChangeLogEntry &entry)
{
    QList<ChangeFieldDiff> rows;
    if (!entry.recorded || (!entry.before && !entry.after))
        return rows;
    const std::optional<ResourceDefinition> before = entry.definitionBefore();
    const std::optional<ResourceDefinition> after = entry.definitionAfter();
    // Both sides: ResourceDiff says what differs; one side: everything it has changed.
    const QStringList differing =
        before && after ? ResourceDiff::differingFields(*before, *after) : QStringList();
    const bool oneSided = !before || !after;
    rows.append({QStringLiteral("description"), before ? before->description : QString(),
                 after ? after->description : QString(),
                 oneSided || differing.contains(QStringLiteral("description"))});

    QStringList specFields;
    QStringList secretFields;
    for (const std::optional<ResourceDefinition> &side : {before, after}) {
        if (!side)
            continue;
        specFields += side->spec.keys();
        secretFields += side->secretsSet.keys();
    }
    specFields.removeDuplicates();
    specFields.sort();
    for (const QString &field : std::as_const(specFields)) {
        const QString key = QStringLiteral("spec.") + field;
        rows.append({key, before ? valueText(before->spec.value(field)) : QString(),
                     after ? valueText(after->spec.value(field)) : QString(),
                     oneSided || differing.contains(key)});
    }
    const QStringList changedSecrets = entry.changedSecrets();
    secretFields += changedSecrets;
    secretFields.removeDuplicates();
    secretFields.sort();
    for (const QString &field : std::as_const(secretFields)) {
        rows.append({QStringLiteral("secrets.") + field, secretText(entry.before, field),
                     secretText(entry.after, field), changedSecrets.contains(field)});
    }
    return rows;
}

QList<ChangeFieldDiff> ChangeDiff::changedFields(const ChangeLogEntry &entry)
{
    QList<ChangeFieldDiff> rows = fields(entry);
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [](const ChangeFieldDiff &row) { return !row.changed; }),
               rows.end());
    return rows;
}
