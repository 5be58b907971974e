#include "ResourceDiff.h"

#include "ResourceSchema.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// A resource of one cluster prepared for comparison: its canonical content and that content's
// hash, so equal resources cost one integer comparison (and one memcmp to rule out collisions).
struct Prepared
{
    const ResourceDefinition *resource = nullptr;
    QByteArray content;
    size_t hash = 0;
};

bool sameContent(const Prepared &a, const Prepared &b)
{
    return a.hash == b.hash && a.content == b.content;
}

} // namespace

bool ResourceDiffRow::secretsUncertain() const
{
    return std::any_of(secrets.begin(), secrets.end(),
                       [](SecretAgreement a) { return a == SecretAgreement::CannotTell; });
}

int ResourceDiffResult::count(ResourceDiffRow::Status status) const
{
    return int(std::count_if(rows.begin(), rows.end(), [status](const ResourceDiffRow &row) {
        return row.status == status;
    }));
}

bool ResourceDiffResult::isIdentical() const
{
    return count(ResourceDiffRow::Status::Identical) == rows.size();
}

QJsonObject ResourceDiffResult::toJson() const
{
    QJsonArray resources;
    for (const ResourceDiffRow &row : rows) {
        QJsonObject cells;
        for (int i = 0; i < clusters.size() && i < row.cells.size(); ++i)
            cells.insert(clusters.at(i), ResourceDiff::cellName(row.cells.at(i)));
        QJsonObject secrets;
        for (auto it = row.secrets.begin(); it != row.secrets.end(); ++it)
            secrets.insert(it.key(), ResourceDiff::agreementName(it.value()));
        resources.append(QJsonObject{{u"type"_s, row.type},
                                     {u"name"_s, row.name},
                                     {u"status"_s, ResourceDiff::statusName(row.status)},
                                     {u"clusters"_s, cells},
                                     {u"fields"_s, QJsonArray::fromStringList(row.differingFields)},
                                     {u"secrets"_s, secrets}});
    }
    return {{u"clusters"_s, QJsonArray::fromStringList(clusters)},
            {u"identical"_s, isIdentical()},
            {u"resources"_s, resources}};
}

QString ResourceDiff::key(const QString &type, const QString &name)
{
    // '/' cannot occur in a type or a valid name.
    return type + u'/' + name;
}

QByteArray ResourceDiff::canonicalContent(const ResourceDefinition &resource)
{
    return ResourceSchema::canonicalJson(
        {{u"d"_s, resource.description},
         {u"s"_s, ResourceSchema::withDefaults(resource.type, resource.spec)}});
}

QStringList ResourceDiff::differingFields(const ResourceDefinition &a, const ResourceDefinition &b)
{
    QStringList fields;
    if (a.description != b.description)
        fields.append(u"description"_s);
    const QJsonObject specA = ResourceSchema::withDefaults(a.type, a.spec);
    const QJsonObject specB = ResourceSchema::withDefaults(b.type, b.spec);
    // Both key lists are sorted (QJsonObject keeps them so): walk them together.
    const QStringList keysA = specA.keys();
    const QStringList keysB = specB.keys();
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < keysA.size() || j < keysB.size()) {
        if (j >= keysB.size() || (i < keysA.size() && keysA.at(i) < keysB.at(j))) {
            fields.append(u"spec."_s + keysA.at(i++));
        } else if (i >= keysA.size() || keysB.at(j) < keysA.at(i)) {
            fields.append(u"spec."_s + keysB.at(j++));
        } else {
            if (specA.value(keysA.at(i)) != specB.value(keysB.at(j)))
                fields.append(u"spec."_s + keysA.at(i));
            ++i;
            ++j;
        }
    }
    return fields;
}

ResourceDiffResult ResourceDiff::compare(const QList<ClusterResources> &clusters,
                                         const QString &type)
{
    ResourceDiffResult result;
    const qsizetype clusterCount = clusters.size();
    QList<QHash<QString, Prepared>> prepared(clusterCount);
    QStringList keys;
    for (qsizetype c = 0; c < clusterCount; ++c) {
        result.clusters.append(clusters.at(c).label);
        QHash<QString, Prepared> &index = prepared[c];
        index.reserve(clusters.at(c).resources.size());
        for (const ResourceDefinition &resource : clusters.at(c).resources) {
            if (!type.isEmpty() && resource.type != type)
                continue;
            const QString resourceKey = key(resource.type, resource.name);
            Prepared entry{&resource, canonicalContent(resource), 0};
            entry.hash = qHash(entry.content);
            if (!index.contains(resourceKey))
                keys.append(resourceKey);
            index.insert(resourceKey, std::move(entry));
        }
    }
    // Keys sort as type, then name: the '/' separator sorts below every name character.
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());

    result.rows.reserve(keys.size());
    for (const QString &resourceKey : std::as_const(keys)) {
        ResourceDiffRow row;
        const Prepared *reference = nullptr;
        QList<const Prepared *> present(clusterCount, nullptr);
        for (qsizetype c = 0; c < clusterCount; ++c) {
            const auto it = prepared.at(c).constFind(resourceKey);
            if (it != prepared.at(c).cend()) {
                present[c] = &it.value();
                if (!reference)
                    reference = present[c];
            }
        }
        row.type = reference->resource->type;
        row.name = reference->resource->name;

        QSet<QString> fields;
        row.cells.fill(ResourceDiffRow::Cell::Absent, clusterCount);
        for (qsizetype c = 0; c < clusterCount; ++c) {
            if (!present[c])
                continue;
            if (sameContent(*present[c], *reference)) {
                row.cells[c] = ResourceDiffRow::Cell::Same;
                continue;
            }
            row.cells[c] = ResourceDiffRow::Cell::Different;
            for (const QString &field :
                 differingFields(*reference->resource, *present[c]->resource))
                fields.insert(field);
        }

        for (const QString &field : ResourceSchema::secretFields(row.type)) {
            int setCount = 0;
            int presentCount = 0;
            bool allDigests = true;
            QSet<QString> digests;
            QList<bool> setOn(clusterCount, false);
            for (qsizetype c = 0; c < clusterCount; ++c) {
                if (!present[c])
                    continue;
                ++presentCount;
                if (!present[c]->resource->secretsSet.value(field))
                    continue;
                ++setCount;
                setOn[c] = true;
                const auto digest = clusters.at(c).secretDigests.constFind(resourceKey);
                const QString value = digest == clusters.at(c).secretDigests.cend()
                                          ? QString()
                                          : digest->value(field);
                if (value.isEmpty())
                    allDigests = false; // no answer, or a node that disagrees with the list
                else
                    digests.insert(value);
            }
            SecretAgreement agreement = SecretAgreement::Unset;
            if (setCount == 0)
                agreement = SecretAgreement::Unset;
            else if (setCount < presentCount)
                agreement = SecretAgreement::SetOnSome;
            else if (!allDigests)
                agreement = SecretAgreement::CannotTell;
            else
                agreement =
                    digests.size() == 1 ? SecretAgreement::Equal : SecretAgreement::Different;
            row.secrets.insert(field, agreement);
            if (agreement != SecretAgreement::SetOnSome && agreement != SecretAgreement::Different)
                continue;
            fields.insert(u"secrets."_s + field);
            // The reference's own secret is the yardstick for each cell.
            const qsizetype referenceIndex = present.indexOf(reference);
            for (qsizetype c = 0; c < clusterCount; ++c) {
                if (!present[c] || c == referenceIndex)
                    continue;
                bool differs = setOn[c] != setOn[referenceIndex];
                if (!differs && setOn[c]) {
                    const QString mine =
                        clusters.at(c).secretDigests.value(resourceKey).value(field);
                    const QString theirs =
                        clusters.at(referenceIndex).secretDigests.value(resourceKey).value(field);
                    differs = mine != theirs;
                }
                if (differs)
                    row.cells[c] = ResourceDiffRow::Cell::Different;
            }
        }

        row.differingFields = QStringList(fields.begin(), fields.end());
        row.differingFields.sort();
        if (row.cells.contains(ResourceDiffRow::Cell::Absent))
            row.status = ResourceDiffRow::Status::Partial;
        else if (!row.differingFields.isEmpty())
            row.status = ResourceDiffRow::Status::Differs;
        result.rows.append(std::move(row));
    }
    return result;
}

QString ResourceDiff::statusName(ResourceDiffRow::Status status)
{
    switch (status) {
    case ResourceDiffRow::Status::Identical:
        return u"identical"_s;
    case ResourceDiffRow::Status::Differs:
        return u"differs"_s;
    case ResourceDiffRow::Status::Partial:
        break;
    }
    return u"partial"_s;
}

QString ResourceDiff::cellName(ResourceDiffRow::Cell cell)
{
    switch (cell) {
    case ResourceDiffRow::Cell::Absent:
        return u"absent"_s;
    case ResourceDiffRow::Cell::Same:
        return u"same"_s;
    case ResourceDiffRow::Cell::Different:
        break;
    }
    return u"different"_s;
}

QString ResourceDiff::agreementName(SecretAgreement agreement)
{
    switch (agreement) {
    case SecretAgreement::Unset:
        return u"unset"_s;
    case SecretAgreement::SetOnSome:
        return u"set-on-some"_s;
    case SecretAgreement::Equal:
        return u"equal"_s;
    case SecretAgreement::Different:
        return u"different"_s;
    case SecretAgreement::CannotTell:
        break;
    }
    return u"cannot-tell"_s;
}
