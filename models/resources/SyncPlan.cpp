#include "SyncPlan.h"

#include "ResourceDiff.h"
#include "ResourceSchema.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SyncPlan)
};

QString blockedReason(const ClusterReading &target)
{
    if (!target.isOk())
        return Tr::tr("cannot read the cluster: %1").arg(target.error);
    if (target.session && target.session->isReadOnly())
        return Tr::tr("signed in as %1, a viewer: read-only").arg(target.session->username);
    return {};
}

QList<const ResourceDefinition *> sortedByKey(const QList<ResourceDefinition> &source)
{
    QList<const ResourceDefinition *> sorted;
    for (const ResourceDefinition &resource : source)
        sorted.append(&resource);
    std::sort(sorted.begin(), sorted.end(), [](const auto *a, const auto *b) {
        return std::tie(a->type, a->name) < std::tie(b->type, b->name);
    });
    return sorted;
}

// Puts the typed secrets into the item's PUT body (and only those: a source's secrets are never
// read) and returns the "secrets.<field>" the target does not hold already.
QStringList applyTypedSecrets(const ResourceDefinition &resource, const ResourceDefinition *current,
                              const QHash<QString, QString> &digests, const SyncOptions &options,
                              SyncItem *item)
{
    QJsonObject spec = resource.spec;
    QStringList secretFields;
    for (const QString &field : ResourceSchema::secretFields(resource.type)) {
        spec.remove(field);
        const auto typed =
            options.secrets.constFind(SyncOptions::secretKey(resource.type, resource.name, field));
        if (typed == options.secrets.cend()) {
            if (resource.secretsSet.value(field) && !current)
                item->notes.append(Tr::tr("%1 left unset").arg(field));
            continue;
        }
        spec.insert(field, *typed);
        // Already that secret on the target: nothing to write for it.
        const bool same =
            current && current->secretsSet.value(field) && !options.nonce.isEmpty() &&
            digests.value(field) == ClusterResourcesFetcher::secretDigest(options.nonce, *typed);
        if (!same)
            secretFields.append(u"secrets."_s + field);
    }
    item->body = {{u"description"_s, resource.description}, {u"spec"_s, spec}};
    return secretFields;
}

// The action for one resource on a target that may be written: create when it is missing,
// otherwise update, leave or (only creating) block by what differs.
void decide(const ResourceDefinition &resource, const ResourceDefinition *current,
            const QHash<QString, QString> &digests, const SyncOptions &options, SyncItem *item)
{
    const QStringList secretFields = applyTypedSecrets(resource, current, digests, options, item);
    if (!current) {
        item->action = SyncItem::Action::Create;
        return;
    }
    QStringList fields = ResourceDiff::differingFields(*current, resource);
    const bool contentDiffers = !fields.isEmpty();
    fields += secretFields;
    if (fields.isEmpty()) {
        item->action = SyncItem::Action::Unchanged;
        item->body = {};
    } else if (options.mode == SyncOptions::Mode::CreateOnly) {
        item->action = contentDiffers ? SyncItem::Action::Blocked : SyncItem::Action::Unchanged;
        if (contentDiffers)
            item->reason = Tr::tr("already exists with different content (%1) and "
                                  "only creating was chosen")
                               .arg(fields.join(u", "));
        item->body = {};
    } else {
        item->action = SyncItem::Action::Update;
        item->fields = fields;
        item->ifMatch = current->ifMatch();
    }
}

} // namespace

QString SyncOptions::secretKey(const QString &type, const QString &name, const QString &field)
{
    return ResourceDiff::key(type, name) + u'#' + field;
}

int SyncPlan::count(SyncItem::Action action) const
{
    return int(std::count_if(items.begin(), items.end(),
                             [action](const SyncItem &item) { return item.action == action; }));
}

bool SyncPlan::hasWrites() const
{
    return std::any_of(items.begin(), items.end(),
                       [](const SyncItem &item) { return item.writes(); });
}

QJsonObject SyncPlan::toJson() const
{
    QJsonArray array;
    for (const SyncItem &item : items) {
        QJsonObject object{{u"target"_s, item.target},
                           {u"type"_s, item.type},
                           {u"name"_s, item.name},
                           {u"action"_s, actionName(item.action)},
                           {u"fields"_s, QJsonArray::fromStringList(item.fields)}};
        if (!item.reason.isEmpty())
            object.insert(u"reason"_s, item.reason);
        if (!item.notes.isEmpty())
            object.insert(u"notes"_s, QJsonArray::fromStringList(item.notes));
        array.append(object);
    }
    return {{u"targets"_s, QJsonArray::fromStringList(targets)}, {u"items"_s, array}};
}

QStringList SyncPlan::secretsOfInterest(const QList<ResourceDefinition> &source)
{
    QStringList keys;
    for (const ResourceDefinition &resource : source) {
        for (auto it = resource.secretsSet.begin(); it != resource.secretsSet.end(); ++it) {
            if (it.value())
                keys.append(SyncOptions::secretKey(resource.type, resource.name, it.key()));
        }
    }
    return keys;
}

SyncPlan SyncPlan::build(const QList<ResourceDefinition> &source,
                         const QList<ClusterReading> &targets, const SyncOptions &options)
{
    const QList<const ResourceDefinition *> sorted = sortedByKey(source);
    SyncPlan plan;
    for (qsizetype t = 0; t < targets.size(); ++t) {
        const ClusterReading &target = targets.at(t);
        plan.targets.append(target.resources.label);
        const QString blocked = blockedReason(target);
        QHash<QString, const ResourceDefinition *> existing;
        for (const ResourceDefinition &resource : target.resources.resources)
            existing.insert(ResourceDiff::key(resource.type, resource.name), &resource);

        for (const ResourceDefinition *resource : sorted) {
            SyncItem item;
            item.targetIndex = int(t);
            item.target = target.resources.label;
            item.type = resource->type;
            item.name = resource->name;
            if (!blocked.isEmpty()) {
                item.reason = blocked;
            } else {
                const QString key = ResourceDiff::key(resource->type, resource->name);
                decide(*resource, existing.value(key), target.resources.secretDigests.value(key),
                       options, &item);
            }
            plan.items.append(item);
        }
    }
    return plan;
}
