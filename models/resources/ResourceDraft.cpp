#include "ResourceDraft.h"

#include "ResourceSchema.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const QString kSpecPrefix = u"spec."_s;
const QString kSecretPrefix = u"secret."_s;
const QString kDescription = u"description"_s;

// How a secret looks in the three-way view: stored (true/false) or your pending edit.
QJsonValue secretView(const ResourceDefinition &resource, const QString &field)
{
    return resource.secretsSet.value(field, false);
}

QJsonValue secretView(const SecretEdit &edit, bool storedInBase)
{
    switch (edit.action) {
    case SecretEdit::Action::Set:
        return u"(new value)"_s;
    case SecretEdit::Action::Clear:
        return false;
    case SecretEdit::Action::Unchanged:
        break;
    }
    return storedInBase;
}

QStringList orderedSpecFields(const QString &type, const QList<const QJsonObject *> &specs)
{
    QStringList fields;
    for (const ResourceFieldInfo &info : ResourceSchema::fields(type)) {
        if (info.kind != ResourceFieldInfo::Kind::Secret)
            fields.append(info.name);
    }
    // Anything the schema does not know (a newer node) still shows, after the known ones.
    for (const QJsonObject *spec : specs) {
        for (auto it = spec->begin(); it != spec->end(); ++it) {
            if (!fields.contains(it.key()))
                fields.append(it.key());
        }
    }
    return fields;
}

} // namespace

DraftContent DraftContent::fromDefinition(const ResourceDefinition &resource)
{
    DraftContent content;
    content.name = resource.name;
    content.description = resource.description;
    content.spec = resource.spec;
    return content; // no secret edits: every secret starts "unchanged"
}

QJsonObject DraftContent::putBody() const
{
    QJsonObject spec = this->spec;
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        if (it->action == SecretEdit::Action::Set)
            spec.insert(it.key(), it->value);
        else if (it->action == SecretEdit::Action::Clear)
            spec.insert(it.key(), QJsonValue::Null);
    }
    return QJsonObject{{u"description"_s, description}, {u"spec"_s, spec}};
}

QJsonObject DraftContent::toStoredJson() const
{
    QJsonArray cleared;
    QJsonArray retype; // the names of typed secrets only: their values never reach the disk
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        if (it->action == SecretEdit::Action::Clear)
            cleared.append(it.key());
        else if (it->action == SecretEdit::Action::Set)
            retype.append(it.key());
    }
    return QJsonObject{{u"name"_s, name},
                       {u"description"_s, description},
                       {u"spec"_s, spec},
                       {u"clearSecrets"_s, cleared},
                       {u"retypeSecrets"_s, retype}};
}

DraftContent DraftContent::fromStoredJson(const QJsonObject &object)
{
    DraftContent content;
    content.name = object.value(u"name").toString();
    content.description = object.value(u"description").toString();
    content.spec = object.value(u"spec").toObject();
    for (const QJsonValue &field : object.value(u"clearSecrets").toArray()) {
        if (field.isString())
            content.secrets.insert(field.toString(), SecretEdit{SecretEdit::Action::Clear, {}});
    }
    return content;
}

bool DraftContent::hasSecretEdits() const
{
    for (const SecretEdit &edit : secrets) {
        if (edit.action != SecretEdit::Action::Unchanged)
            return true;
    }
    return false;
}

QList<MergeRow> ResourceDraftMerge::threeWay(const QString &type,
                                             const std::optional<ResourceDefinition> &base,
                                             const DraftContent &yours,
                                             const std::optional<ResourceDefinition> &theirs)
{
    const QJsonValue absent(QJsonValue::Undefined);
    const QJsonObject none;
    const QJsonObject &baseSpec = base ? base->spec : none;
    const QJsonObject &theirSpec = theirs ? theirs->spec : none;
    QList<MergeRow> rows;
    const auto addRow = [&rows](const QString &field, const QJsonValue &b, const QJsonValue &y,
                                const QJsonValue &t) {
        rows.append(MergeRow{field, b, y, t, y != b, t != b});
    };
    addRow(kDescription, base ? QJsonValue(base->description) : absent,
           QJsonValue(yours.description), theirs ? QJsonValue(theirs->description) : absent);
    for (const QString &field : orderedSpecFields(type, {&baseSpec, &yours.spec, &theirSpec})) {
        addRow(kSpecPrefix + field, baseSpec.value(field), yours.spec.value(field),
               theirSpec.value(field));
    }
    for (const QString &field : ResourceSchema::secretFields(type)) {
        const bool inBase = base && base->secretsSet.value(field, false);
        const QJsonValue b = base ? secretView(*base, field) : QJsonValue(false);
        const QJsonValue t = theirs ? secretView(*theirs, field) : QJsonValue(false);
        const SecretEdit edit = yours.secrets.value(field);
        // An untouched secret is not "yours changed" even though it shows the base state.
        rows.append(MergeRow{kSecretPrefix + field, b, secretView(edit, inBase), t,
                             edit.action != SecretEdit::Action::Unchanged, t != b});
    }
    return rows;
}

DraftContent ResourceDraftMerge::rebase(const QString &type,
                                        const std::optional<ResourceDefinition> &base,
                                        const DraftContent &yours, const ResourceDefinition &theirs,
                                        const QMap<QString, MergeChoice> &choices)
{
    DraftContent result = DraftContent::fromDefinition(theirs);
    result.name = yours.name.isEmpty() ? theirs.name : yours.name;
    for (const MergeRow &row : threeWay(type, base, yours, theirs)) {
        if (!row.yoursChanged)
            continue;
        if (row.conflict() && choices.value(row.field, MergeChoice::Yours) == MergeChoice::Theirs)
            continue;
        if (row.field == kDescription) {
            result.description = yours.description;
        } else if (row.field.startsWith(kSpecPrefix)) {
            const QString field = row.field.mid(kSpecPrefix.size());
            if (row.yours.isUndefined())
                result.spec.remove(field);
            else
                result.spec.insert(field, row.yours);
        } else if (row.field.startsWith(kSecretPrefix)) {
            const QString field = row.field.mid(kSecretPrefix.size());
            result.secrets.insert(field, yours.secrets.value(field));
        }
    }
    return result;
}

ResourceDraft ResourceDraftMerge::toRecord(const QString &clusterId, const QString &type,
                                           const QString &key,
                                           const std::optional<ResourceDefinition> &base,
                                           const DraftContent &yours, qint64 nowMs)
{
    ResourceDraft record;
    record.clusterId = clusterId;
    record.resourceType = type;
    record.name = key;
    if (base)
        record.baseJson = QJsonDocument(base->toJson()).toJson(QJsonDocument::Compact);
    record.draftJson = QJsonDocument(yours.toStoredJson()).toJson(QJsonDocument::Compact);
    record.updatedAtMs = nowMs;
    return record;
}

std::optional<ResourceDefinition> ResourceDraftMerge::baseOf(const ResourceDraft &record)
{
    if (record.baseJson.isEmpty())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(record.baseJson);
    return ResourceDefinition::fromJson(document.object());
}

QStringList ResourceDraftMerge::secretsToRetype(const ResourceDraft &record)
{
    QStringList fields;
    const QJsonObject object = QJsonDocument::fromJson(record.draftJson).object();
    for (const QJsonValue &field : object.value(u"retypeSecrets").toArray()) {
        if (field.isString())
            fields.append(field.toString());
    }
    return fields;
}

DraftContent ResourceDraftMerge::contentOf(const ResourceDraft &record)
{
    return DraftContent::fromStoredJson(QJsonDocument::fromJson(record.draftJson).object());
}
