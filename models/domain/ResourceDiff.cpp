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

// One cluster's resources of the compared type by ResourceDiff::key.
using PreparedIndex = QHash<QString, Prepared>;

// Indexes every cluster's resources (of `type`, or all when empty) and lists the keys found
// anywhere, sorted as type, then name: the '/' separator sorts below every name character.
QList<PreparedIndex> prepare(const QList<ClusterResources> &clusters, const QString &type,
                             QStringList *keys)
{
    QList<PreparedIndex> prepared(clusters.size());
    for (qsizetype c = 0; c < clusters.size(); ++c) {
        PreparedIndex &index = prepared[c];
        index.reserve(clusters.at(c).resources.size());
        for (const ResourceDefinition &resource : clusters.at(c).resources) {
            if (!type.isEmpty() && resource.type != type)
                continue;
            const QString resourceKey = ResourceDiff::key(resource.type, resource.name);
            Prepared entry{&resource, ResourceDiff::canonicalContent(resource), 0};
            entry.hash = qHash(entry.content);
            if (!index.contains(resourceKey))
                keys->append(resourceKey);
            index.insert(resourceKey, std::move(entry));
        }
    }
    std::sort(keys->begin(), keys->end());
    keys->erase(std::unique(keys->begin(), keys->end()), keys->end());
    return prepared;
}

// Where one resource exists; the first cluster that has it is the reference of every cell.
struct Presence
{
    QList<const Prepared *> present; // per cluster, null where absent
    const Prepared *reference = nullptr;
    qsizetype referenceIndex = -1;
};

Presence presenceOf(const QList<PreparedIndex> &prepared, const QString &resourceKey)
{
    Presence presence;
    presence.present.fill(nullptr, prepared.size());
    for (qsizetype c = 0; c < prepared.size(); ++c) {
        const auto it = prepared.at(c).constFind(resourceKey);
        if (it == prepared.at(c).cend())
            continue;
        presence.present[c] = &it.value();
        if (!presence.reference) {
            presence.reference = presence.present[c];
            presence.referenceIndex = c;
        }
    }
    return presence;
}

// Fills the row's cells from the content alone and returns the fields that differ.
QSet<QString> compareContent(const Presence &presence, ResourceDiffRow *row)
{
    QSet<QString> fields;
    row->cells.fill(ResourceDiffRow::Cell::Absent, presence.present.size());
    for (qsizetype c = 0; c < presence.present.size(); ++c) {
        const Prepared *mine = presence.present.at(c);
        if (!mine)
            continue;
        if (sameContent(*mine, *presence.reference)) {
            row->cells[c] = ResourceDiffRow::Cell::Same;
            continue;
        }
        row->cells[c] = ResourceDiffRow::Cell::Different;
        for (const QString &field :
             ResourceDiff::differingFields(*presence.reference->resource, *mine->resource))
            fields.insert(field);
    }
    return fields;
}

// The digest of one secret field on one cluster; empty when the cluster gave none.
QString secretDigest(const ClusterResources &cluster, const QString &resourceKey,
                     const QString &field)
{
    const auto digests = cluster.secretDigests.constFind(resourceKey);
    return digests == cluster.secretDigests.cend() ? QString() : digests->value(field);
}

SecretAgreement agreementOf(int setCount, int presentCount, bool allDigests, qsizetype distinct)
{
    if (setCount == 0)
        return SecretAgreement::Unset;
    if (setCount < presentCount)
        return SecretAgreement::SetOnSome;
    if (!allDigests)
        return SecretAgreement::CannotTell; // no answer, or a node that disagrees with the list
    return distinct == 1 ? SecretAgreement::Equal : SecretAgreement::Different;
}

// Whether one secret field agrees across the clusters that have the resource; where it does
// not, marks the cells whose secret differs from the reference's own.
SecretAgreement compareSecret(const QList<ClusterResources> &clusters, const QString &resourceKey,
                              const QString &field, const Presence &presence, ResourceDiffRow *row)
{
    int setCount = 0;
    int presentCount = 0;
    bool allDigests = true;
    QSet<QString> digests;
    QList<bool> setOn(clusters.size(), false);
    for (qsizetype c = 0; c < clusters.size(); ++c) {
        if (!presence.present.at(c))
            continue;
        ++presentCount;
        if (!presence.present.at(c)->resource->secretsSet.value(field))
            continue;
        ++setCount;
        setOn[c] = true;
        const QString value = secretDigest(clusters.at(c), resourceKey, field);
        if (value.isEmpty())
            allDigests = false;
        else
            digests.insert(value);
    }
    const SecretAgreement agreement =
        agreementOf(setCount, presentCount, allDigests, digests.size());
    if (agreement != SecretAgreement::SetOnSome && agreement != SecretAgreement::Different)
        return agreement;
    const qsizetype ref = presence.referenceIndex;
    const QString theirs = secretDigest(clusters.at(ref), resourceKey, field);
    for (qsizetype c = 0; c < clusters.size(); ++c) {
        if (!presence.present.at(c) || c == ref)
            continue;
        const bool differs =
            setOn.at(c) != setOn.at(ref) ||
            (setOn.at(c) && secretDigest(clusters.at(c), resourceKey, field) != theirs);
        if (differs)
            row->cells[c] = ResourceDiffRow::Cell::Different;
    }
    return agreement;
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
    for (const ClusterResources &cluster : clusters)
        result.clusters.append(cluster.label);
    QStringList keys;
    const QList<PreparedIndex> prepared = prepare(clusters, type, &keys);
    result.rows.reserve(keys.size());
    for (const QString &resourceKey : std::as_const(keys)) {
        const Presence presence = presenceOf(prepared, resourceKey);
        ResourceDiffRow row;
        row.type = presence.reference->resource->type;
        row.name = presence.reference->resource->name;
        QSet<QString> fields = compareContent(presence, &row);
        for (const QString &field : ResourceSchema::secretFields(row.type)) {
            const SecretAgreement agreement =
                compareSecret(clusters, resourceKey, field, presence, &row);
            row.secrets.insert(field, agreement);
            if (agreement == SecretAgreement::SetOnSome || agreement == SecretAgreement::Different)
                fields.insert(u"secrets."_s + field);
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
