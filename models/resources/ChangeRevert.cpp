#include "ChangeRevert.h"

#include "ResourceDiff.h"

using namespace Qt::StringLiterals;

namespace {

const ResourceDefinition *findCurrent(const ClusterReading &reading, const QString &type,
                                      const QString &name)
{
    for (const ResourceDefinition &resource : reading.resources.resources) {
        if (resource.type == type && resource.name == name)
            return &resource;
    }
    return nullptr;
}

// The PUT body of the definition before: secret fields left out, so the cluster keeps its own.
QJsonObject bodyOf(const ResourceDefinition &definition)
{
    return {{u"description"_s, definition.description}, {u"spec"_s, definition.spec}};
}

QStringList secretNotes(const ChangeLogEntry &change, bool recreating)
{
    QStringList notes;
    for (const QString &field : change.changedSecrets()) {
        notes.append(recreating
                         ? ChangeRevert::tr("%1: the old secret cannot be restored (the log keeps "
                                            "no secret values); it is left unset")
                               .arg(field)
                         : ChangeRevert::tr("%1: the old secret cannot be restored (the log keeps "
                                            "no secret values); the current one is kept")
                               .arg(field));
    }
    return notes;
}

// The resource must still be as the change left it: its ETag is the change's revision. True
// (and the conflict in item->reason) when a newer change came after it.
bool changedSince(const ChangeLogEntry &change, const ResourceDefinition &current, SyncItem *item)
{
    if (current.revision == change.revision)
        return false;
    item->reason = ChangeRevert::tr("conflict: changed since revision %1 (now revision %2 by "
                                    "%3); revert the newer changes first")
                       .arg(change.revision)
                       .arg(current.revision)
                       .arg(current.updatedBy);
    return true;
}

void planUpdateBack(const ChangeLogEntry &change, const ResourceDefinition *current, SyncItem *item)
{
    const std::optional<ResourceDefinition> before = change.definitionBefore();
    if (!current) {
        item->reason = ChangeRevert::tr("conflict: deleted since revision %1; nothing to revert")
                           .arg(change.revision);
        return;
    }
    if (changedSince(change, *current, item))
        return;
    item->fields = ResourceDiff::differingFields(*current, *before);
    item->notes = secretNotes(change, false);
    if (item->fields.isEmpty()) {
        item->action = SyncItem::Action::Unchanged;
        return;
    }
    item->action = SyncItem::Action::Update;
    item->ifMatch = current->ifMatch();
    item->body = bodyOf(*before);
}

void planRecreate(const ChangeLogEntry &change, const ResourceDefinition *current, SyncItem *item)
{
    if (current) {
        item->reason = ChangeRevert::tr("conflict: created again since (revision %1 by %2)")
                           .arg(current->revision)
                           .arg(current->updatedBy);
        return;
    }
    const std::optional<ResourceDefinition> before = change.definitionBefore();
    item->action = SyncItem::Action::Create;
    item->notes = secretNotes(change, true);
    item->body = bodyOf(*before);
}

void planDelete(const ChangeLogEntry &change, const ResourceDefinition *current, SyncItem *item)
{
    if (!current) {
        item->action = SyncItem::Action::Unchanged;
        item->notes.append(ChangeRevert::tr("already deleted"));
        return;
    }
    if (changedSince(change, *current, item))
        return;
    item->action = SyncItem::Action::Delete;
    item->ifMatch = current->ifMatch();
}

} // namespace

QString ChangeRevert::unavailableReason(const ChangeLogEntry &change)
{
    if (!change.recorded)
        return tr("the definition before this change was not recorded (an older node or an older "
                  "change), so it cannot be reverted");
    const bool create = change.operation == "create"_L1;
    const bool update = change.operation == "update"_L1;
    const bool remove = change.operation == "delete"_L1;
    if ((create && !change.after) || (update && (!change.before || !change.after)) ||
        (remove && !change.before) || (!create && !update && !remove))
        return tr("the change log does not say what this change did");
    return {};
}

SyncPlan ChangeRevert::plan(const ChangeLogEntry &change, const ClusterReading &reading)
{
    SyncPlan plan;
    plan.targets.append(reading.resources.label);
    SyncItem item;
    item.targetIndex = 0;
    item.target = reading.resources.label;
    item.type = change.resourceType;
    item.name = change.name;
    const QString unavailable = unavailableReason(change);
    if (!unavailable.isEmpty())
        item.reason = unavailable;
    else if (!reading.isOk())
        item.reason = tr("cannot read the cluster: %1").arg(reading.error);
    else if (reading.session && reading.session->isReadOnly())
        item.reason = tr("signed in as %1, a viewer: read-only").arg(reading.session->username);
    else {
        const ResourceDefinition *current = findCurrent(reading, change.resourceType, change.name);
        if (change.operation == "update"_L1)
            planUpdateBack(change, current, &item);
        else if (change.operation == "delete"_L1)
            planRecreate(change, current, &item);
        else
            planDelete(change, current, &item);
    }
    plan.items.append(item);
    return plan;
}
