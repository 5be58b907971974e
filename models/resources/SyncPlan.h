#pragma once
// SyncPlan: the dry run of copying resource definitions to other clusters. Pure: from the source
// definitions and what each target holds now, per target and resource: create, update (which
// fields), unchanged, or blocked and why. Applying it is SyncApplier's job.

#include "ClusterResourcesFetcher.h"
#include "EnumKey.h"
#include "ResourceDefinition.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

struct SyncOptions
{
    enum class Mode {
        CreateOrUpdate, // existing resources with other content are updated
        CreateOnly      // ... are blocked (a name conflict)
    };

    Mode mode = Mode::CreateOrUpdate;
    // Secrets typed once for the whole batch, by secretKey(type, name, field). A secret without
    // a value is left alone: unset on a create, the target's own kept on an update. Never read
    // from a source cluster.
    QHash<QString, QString> secrets;
    // The nonce the targets' secret digests were read with, to tell whether a typed secret is
    // already the target's.
    QByteArray nonce;

    static QString secretKey(const QString &type, const QString &name, const QString &field);
};

struct SyncItem
{
    Q_GADGET

public:
    // Delete only in a revert's plan (ChangeRevert): undoing a create.
    enum class Action { Create, Update, Unchanged, Blocked, Delete };
    Q_ENUM(Action)

    int targetIndex = -1;
    QString target; // the target cluster's label
    QString type;
    QString name;
    Action action = Action::Blocked;
    QStringList fields; // Update: "description", "spec.port", "secrets.password"
    QString reason;     // Blocked: why; translated
    QStringList notes;  // e.g. "password left unset"; translated
    QByteArray ifMatch; // Update, Delete: the ETag seen while planning
    QJsonObject body;   // Create/Update: the PUT body, typed secrets included: never shown

    bool writes() const
    {
        return action == Action::Create || action == Action::Update || action == Action::Delete;
    }
};

struct SyncPlan
{
    QStringList targets;
    QList<SyncItem> items; // grouped by target in the order given, then by type and name

    int count(SyncItem::Action action) const;
    bool hasWrites() const;
    // {"targets": [...], "items": [{"target", "type", "name", "action", "fields", "reason",
    // "notes"}]}: no request body, so no secret.
    QJsonObject toJson() const;

    // `source` must be valid definitions (from a cluster or a DefinitionsFile).
    static SyncPlan build(const QList<ResourceDefinition> &source,
                          const QList<ClusterReading> &targets, const SyncOptions &options);
    // The secret fields the source had set, as secretKey()s: what the batch may want typed.
    static QStringList secretsOfInterest(const QList<ResourceDefinition> &source);
    // "create", "update", ...
    static QString actionName(SyncItem::Action action) { return enumKey(action); }
};
