#pragma once
// The editor's side of a resource draft: what the user has typed (DraftContent, with write-only
// secret edits), its stored form (the ResourceDraft record of StoreRecords.h, which never holds
// a secret) and the per-field three-way comparison of base / yours / theirs after a 412.

#include "ResourceDefinition.h"
#include "StoreRecords.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// A secret field is write-only: "unchanged" unless the user typed a value or asked to clear it.
struct SecretEdit
{
    enum class Action { Unchanged, Set, Clear };
    Action action = Action::Unchanged;
    QString value; // only with Set; never stored on disk

    friend bool operator==(const SecretEdit &, const SecretEdit &) = default;
};

// "yours": the edited name (new resources only), description and spec plus secret edits.
struct DraftContent
{
    QString name;
    QString description;
    QJsonObject spec;                  // without secrets
    QMap<QString, SecretEdit> secrets; // only the edited ones; absent means unchanged

    static DraftContent fromDefinition(const ResourceDefinition &resource);
    // The PUT body: {"description", "spec"} with set secrets as strings, cleared ones as null
    // and unchanged ones absent (the node keeps them).
    QJsonObject putBody() const;
    // The draft as it goes to disk: secret values left out, Clear kept (it is no secret).
    QJsonObject toStoredJson() const;
    static DraftContent fromStoredJson(const QJsonObject &object);
    bool hasSecretEdits() const;

    friend bool operator==(const DraftContent &, const DraftContent &) = default;
};

// One row of the three-way view. Fields are "description", "spec.<field>" or
// "secret.<field>" (secrets compare as set / not set / your edit).
struct MergeRow
{
    QString field;
    QJsonValue base; // undefined: absent
    QJsonValue yours;
    QJsonValue theirs;
    bool yoursChanged = false;
    bool theirsChanged = false;
    // Both changed the field, to different values: the user must choose.
    bool conflict() const { return yoursChanged && theirsChanged && yours != theirs; }

    friend bool operator==(const MergeRow &, const MergeRow &) = default;
};

enum class MergeChoice { Yours, Theirs };

class ResourceDraftMerge final
{
public:
    ResourceDraftMerge() = delete;

    // Every field any of the three has, in the schema's order (description first). `base` is
    // nullopt for a create, `theirs` nullopt when theirs was deleted.
    static QList<MergeRow> threeWay(const QString &type,
                                    const std::optional<ResourceDefinition> &base,
                                    const DraftContent &yours,
                                    const std::optional<ResourceDefinition> &theirs);
    // Your changes applied onto theirs: a field only you changed takes yours, a field only they
    // changed keeps theirs, a conflicting field takes what `choices` says (Yours when absent).
    static DraftContent rebase(const QString &type, const std::optional<ResourceDefinition> &base,
                               const DraftContent &yours, const ResourceDefinition &theirs,
                               const QMap<QString, MergeChoice> &choices);

    // The stored record for a draft and back. `base` is empty for a resource being created.
    static ResourceDraft toRecord(const QString &clusterId, const QString &type, const QString &key,
                                  const std::optional<ResourceDefinition> &base,
                                  const DraftContent &yours, qint64 nowMs);
    static std::optional<ResourceDefinition> baseOf(const ResourceDraft &record);
    static DraftContent contentOf(const ResourceDraft &record);
    // The secret fields the user had typed into the draft: their values were not stored and
    // must be typed again.
    static QStringList secretsToRetype(const ResourceDraft &record);
};
