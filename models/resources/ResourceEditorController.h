#pragma once
// ResourceEditorController: the editing state machine of one resource: base (the version the
// edit started from), yours (the draft, saved to the store within 300 ms of a change) and
// theirs (after a 412). Validates per field through ResourceSchema, saves with If-Match or
// If-None-Match: *, and after a conflict offers rebase (yours onto theirs) or reload.

#include "ResourceDefinition.h"
#include "ResourceDraft.h"
#include "ResourceRepository.h"
#include "StoreThread.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

class ResourceEditorController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceEditorController)

public:
    enum class State {
        Idle,        // nothing open
        Editing,     // clean or dirty; apply() when valid
        Saving,      // a write is on its way
        Conflict,    // 412: theirs() is known, mergeView() shows the three ways
        Unavailable, // 503 or no answer: the draft stays, retry() sends it again
    };
    Q_ENUM(State)

    // The longest an edit waits before its draft is written (a crash loses at most this).
    static constexpr int DraftSaveDelayMs = 300;

    ResourceEditorController(const QString &clusterId, const QString &type,
                             QObject *parent = nullptr);

    void setRepository(ResourceRepository *repository) { m_repository = repository; }
    // Optional: without a store drafts live in memory only.
    void setStore(StoreThread *store) { m_store = store; }

    // Closes whatever is open (its draft stays stored) and edits in another cluster from now on.
    void setClusterId(const QString &clusterId);
    QString clusterId() const { return m_clusterId; }
    QString type() const { return m_type; }
    State state() const { return m_state; }

    // Edits an existing resource; a stored draft for it is restored (with the base it started
    // from, so a server change made meanwhile shows up as a conflict on apply).
    void open(const ResourceDefinition &resource);
    // A new resource, empty or a copy of `copyFrom` (with a new name, secrets not copied).
    // Without `copyFrom` a stored draft of a new resource of this type is restored.
    void startNew(const std::optional<ResourceDefinition> &copyFrom = std::nullopt);
    void close();

    // Edits (ignored while read-only, saving or idle). An undefined value removes the field.
    void setName(const QString &name); // new resources only
    void setDescription(const QString &description);
    void setSpecValue(const QString &field, const QJsonValue &value);
    // A typed secret; an empty value means "unchanged" again.
    void setSecret(const QString &field, const QString &value);
    void setSecretCleared(const QString &field, bool cleared);

    bool isNew() const { return !m_base.has_value(); }
    // The last create was refused because this name exists; empty otherwise (cleared by edits).
    QString takenName() const { return m_takenName; }
    bool isOpen() const { return m_state != State::Idle; }
    bool isDirty() const;
    const std::optional<ResourceDefinition> &base() const { return m_base; }
    const DraftContent &yours() const { return m_yours; }
    const std::optional<ResourceDefinition> &theirs() const { return m_theirs; }
    // The current resource name (the typed one for a new resource).
    QString name() const { return m_yours.name; }

    // Field ("name", "description", "spec.<field>") -> reason, for every invalid field.
    const QMap<QString, QString> &errors() const { return m_errors; }
    QString errorFor(const QString &field) const { return m_errors.value(field); }
    bool isValid() const { return m_errors.isEmpty(); }

    // Editing disabled (viewer, or a 403): the reason is shown up front.
    void setReadOnly(const QString &reason);
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }

    bool canApply() const;
    // A repository is set: writes can be sent.
    bool canWrite() const { return !m_repository.isNull(); }
    // Editing and not read-only (a conflict must be resolved first).
    bool acceptsEdits() const;
    // The last outcome in words (saved, conflict, unavailable, validation from the node).
    QString message() const { return m_message; }
    int retryAfterSeconds() const { return m_retryAfterSeconds; }

    void apply();
    void retry() { apply(); }
    // Back to base (or empty for a new resource); the stored draft is removed.
    void revert();

    // Conflict only.
    QList<MergeRow> mergeView() const;
    bool theirsDeleted() const { return m_state == State::Conflict && !m_theirs; }
    // Yours applied onto theirs; conflicting fields follow `choices` (yours when absent).
    // Theirs becomes the new base; nothing is sent until apply().
    void rebase(const QMap<QString, MergeChoice> &choices);
    // Discards yours and continues from theirs (or closes when theirs was deleted).
    void reload();

    // Deletes `resource` with If-Match on the version the user looked at (ResourceEditor-
    // ControllerDelete.cpp). A 412 means it changed since: nothing is deleted, the open editor
    // shows the new version and removeFinished() carries it. The only delete path of the console.
    void remove(const ResourceDefinition &resource);

    // Writes (or removes) the stored draft now instead of after the debounce.
    void flushDraft();

    // The names of the stored drafts of `type` in a cluster (existing resources only; a new
    // resource's draft has no name yet), for the table's marker. Runs on the store's worker.
    static void storedDraftNames(StoreThread *store, const QString &clusterId, const QString &type,
                                 QObject *context,
                                 std::function<void(const QSet<QString> &)> callback);
    // The name typed into the stored draft of a new resource of `type` (possibly empty), or
    // nullopt when there is none: offered again after a restart.
    static void storedNewDraft(StoreThread *store, const QString &clusterId, const QString &type,
                               QObject *context,
                               std::function<void(const std::optional<QString> &)> callback);

Q_SIGNALS:
    // Yours was replaced (open, restore, rebase, reload, revert, applied): refill the form.
    void contentReset();
    // Any change of yours, validity, state or dirtiness.
    void changed();
    void stateChanged(ResourceEditorController::State state);
    // Dirtiness of the resource `name` changed (for the table's marker).
    void dirtyChanged(const QString &name, bool dirty);
    void applied(const ResourceDefinition &resource);
    void conflictDetected();
    // A create was refused because a resource with that name exists (412 on If-None-Match: *).
    // Nothing was written; the name field carries the error until the name changes. `existing`
    // is the cluster's resource when it could be read.
    void nameTaken(const QString &name, const std::optional<ResourceDefinition> &existing);
    // A remove() was answered. `message` says the outcome in words; `result.resource` is the
    // cluster's current version after a conflict.
    void removeFinished(const QString &name, const ResourceResult &result, const QString &message);
    // A stored draft was restored into the editor.
    void draftRestored();
    // The store answered a draft write (true) or removal (false).
    void draftPersisted(bool stored);

private:
    void begin(const std::optional<ResourceDefinition> &base, const DraftContent &content,
               const QString &draftKey);
    void restoreDraft(const QString &key, quint64 generation);
    void edited();
    void revalidate();
    void setState(State state);
    void onSaveResult(const ResourceResult &result);
    void onSaved(const ResourceResult &result);
    void onNotSaved(const ResourceResult &result); // unavailable or no usable answer
    void onNameTaken(const std::optional<ResourceDefinition> &existing);
    void onRemoved(const QString &name, const ResourceResult &result);
    void noteDirtiness();
    // Removes the stored draft under `key` (on the store's thread); draftPersisted(false)
    // follows when `announce`.
    void removeStoredDraft(const QString &key, bool announce = true);
    DraftContent cleanContent() const;

    QString m_clusterId;
    QString m_type;
    QPointer<ResourceRepository> m_repository;
    QPointer<StoreThread> m_store;
    State m_state = State::Idle;
    std::optional<ResourceDefinition> m_base;
    DraftContent m_yours;
    std::optional<ResourceDefinition> m_theirs;
    QString m_draftKey; // the store key: the resource name, "" for a new resource
    QMap<QString, QString> m_errors;
    QMap<QString, QString> m_serverErrors; // from a 422, until the next edit
    QString m_readOnlyReason;
    QString m_message;
    QString m_takenName;
    int m_retryAfterSeconds = -1;
    bool m_editedSinceOpen = false;
    bool m_lastDirty = false;
    QString m_lastDirtyName;
    quint64 m_generation = 0; // drops answers meant for a resource no longer open
    QTimer m_draftTimer;
};
