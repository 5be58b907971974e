#include "ResourceEditorController.h"

#include "ResourceSchema.h"
#include "StoreThread.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

ResourceEditorController::ResourceEditorController(const QString &clusterId, const QString &type,
                                                   QObject *parent)
    : QObject(parent)
    , m_clusterId(clusterId)
    , m_type(type)
{
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(DraftSaveDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &ResourceEditorController::flushDraft);
}

void ResourceEditorController::setClusterId(const QString &clusterId)
{
    if (clusterId == m_clusterId)
        return;
    if (isOpen())
        close();
    m_clusterId = clusterId;
}

void ResourceEditorController::open(const ResourceDefinition &resource)
{
    begin(resource, DraftContent::fromDefinition(resource), resource.name);
    restoreDraft(resource.name, m_generation);
}

void ResourceEditorController::startNew(const std::optional<ResourceDefinition> &copyFrom)
{
    DraftContent content;
    if (copyFrom) {
        content = DraftContent::fromDefinition(*copyFrom);
        content.name = copyFrom->name + u"-copy"_s;
    }
    begin(std::nullopt, content, QString());
    if (copyFrom) {
        m_editedSinceOpen = true; // a copy is an edit of its own, not a draft to restore
        flushDraft();
    } else {
        restoreDraft(QString(), m_generation);
    }
}

void ResourceEditorController::close()
{
    if (m_draftTimer.isActive())
        flushDraft();
    ++m_generation;
    m_base.reset();
    m_theirs.reset();
    m_yours = {};
    m_errors.clear();
    m_serverErrors.clear();
    m_message.clear();
    m_lastDirty = false;
    setState(State::Idle);
    Q_EMIT contentReset();
    Q_EMIT changed();
}

void ResourceEditorController::begin(const std::optional<ResourceDefinition> &base,
                                     const DraftContent &content, const QString &draftKey)
{
    if (m_draftTimer.isActive())
        flushDraft(); // the previous resource's pending draft is not lost
    ++m_generation;
    m_base = base;
    m_yours = content;
    m_theirs.reset();
    m_draftKey = draftKey;
    m_serverErrors.clear();
    m_message.clear();
    m_takenName.clear();
    m_retryAfterSeconds = -1;
    m_editedSinceOpen = false;
    m_lastDirty = isDirty();
    m_lastDirtyName = draftKey;
    revalidate();
    setState(State::Editing);
    Q_EMIT contentReset();
    Q_EMIT changed();
}

void ResourceEditorController::restoreDraft(const QString &key, quint64 generation)
{
    if (!m_store)
        return;
    const QString clusterId = m_clusterId;
    const QString type = m_type;
    m_store->run<std::optional<ResourceDraft>>(
        [clusterId, type, key](LocalStore &store) { return store.loadDraft(clusterId, type, key); },
        this,
        [this, generation](const std::optional<ResourceDraft> &record) {
            // Too late: another resource is open, or the user already typed over it.
            if (!record || generation != m_generation || m_editedSinceOpen ||
                m_state != State::Editing)
                return;
            const std::optional<ResourceDefinition> storedBase =
                ResourceDraftMerge::baseOf(*record);
            if (storedBase.has_value() != m_base.has_value())
                return; // a draft of a new resource while the resource now exists, or reverse
            if (storedBase)
                m_base = storedBase;
            m_yours = ResourceDraftMerge::contentOf(*record);
            if (m_base)
                m_yours.name = m_base->name;
            const QStringList retype = ResourceDraftMerge::secretsToRetype(*record);
            m_message = retype.isEmpty()
                            ? tr("Your unsaved draft is back.")
                            : tr("Your unsaved draft is back. Secrets are never kept in drafts: "
                                 "type %1 again.")
                                  .arg(retype.join(u", "_s));
            revalidate();
            noteDirtiness();
            Q_EMIT draftRestored();
            Q_EMIT contentReset();
            Q_EMIT changed();
        });
}

DraftContent ResourceEditorController::cleanContent() const
{
    return m_base ? DraftContent::fromDefinition(*m_base) : DraftContent{};
}

bool ResourceEditorController::isDirty() const
{
    return m_state != State::Idle && m_yours != cleanContent();
}

bool ResourceEditorController::acceptsEdits() const
{
    // Edits made while nothing may change are dropped, so the model never diverges silently.
    return (m_state == State::Editing || m_state == State::Unavailable) && !isReadOnly();
}

bool ResourceEditorController::canApply() const
{
    return (m_state == State::Editing || m_state == State::Unavailable) && !isReadOnly() &&
           isDirty() && isValid() && m_repository;
}

void ResourceEditorController::setName(const QString &name)
{
    if (!acceptsEdits())
        return;
    if (!isNew() || m_yours.name == name)
        return;
    m_yours.name = name;
    edited();
}

void ResourceEditorController::setDescription(const QString &description)
{
    if (!acceptsEdits())
        return;
    if (m_yours.description == description)
        return;
    m_yours.description = description;
    edited();
}

void ResourceEditorController::setSpecValue(const QString &field, const QJsonValue &value)
{
    if (!acceptsEdits())
        return;
    if (m_yours.spec.value(field) == value)
        return;
    if (value.isUndefined())
        m_yours.spec.remove(field);
    else
        m_yours.spec.insert(field, value);
    edited();
}

void ResourceEditorController::setSecret(const QString &field, const QString &value)
{
    if (!acceptsEdits())
        return;
    const SecretEdit edit =
        value.isEmpty() ? SecretEdit{} : SecretEdit{SecretEdit::Action::Set, value};
    if (m_yours.secrets.value(field) == edit)
        return;
    if (edit.action == SecretEdit::Action::Unchanged)
        m_yours.secrets.remove(field);
    else
        m_yours.secrets.insert(field, edit);
    edited();
}

void ResourceEditorController::setSecretCleared(const QString &field, bool cleared)
{
    if (!acceptsEdits())
        return;
    const SecretEdit current = m_yours.secrets.value(field);
    if (cleared == (current.action == SecretEdit::Action::Clear))
        return;
    if (cleared)
        m_yours.secrets.insert(field, SecretEdit{SecretEdit::Action::Clear, {}});
    else
        m_yours.secrets.remove(field);
    edited();
}

void ResourceEditorController::edited()
{
    m_editedSinceOpen = true;
    m_serverErrors.clear();
    m_takenName.clear();
    revalidate();
    noteDirtiness();
    // Written at most DraftSaveDelayMs after the first unsaved edit, not after typing stops:
    // restarting the timer on every keystroke would store nothing during steady typing.
    if (!m_draftTimer.isActive())
        m_draftTimer.start();
    Q_EMIT changed();
}

void ResourceEditorController::noteDirtiness()
{
    const bool dirty = isDirty();
    const QString name = m_base ? m_base->name : QString();
    if (dirty == m_lastDirty && name == m_lastDirtyName)
        return;
    if (m_lastDirty && name != m_lastDirtyName)
        Q_EMIT dirtyChanged(m_lastDirtyName, false);
    m_lastDirty = dirty;
    m_lastDirtyName = name;
    Q_EMIT dirtyChanged(name, dirty);
}

void ResourceEditorController::revalidate()
{
    m_errors.clear();
    const auto note = [this](const std::optional<ValidationError> &error) {
        if (error && !m_errors.contains(error->field))
            m_errors.insert(error->field, error->detail);
    };
    if (isNew())
        note(ResourceSchema::validateName(m_yours.name));
    note(ResourceSchema::validateDescription(m_yours.description));
    for (const ResourceFieldInfo &info : ResourceSchema::fields(m_type)) {
        if (info.kind != ResourceFieldInfo::Kind::Secret)
            note(ResourceSchema::validateField(m_type, info.name, m_yours.spec.value(info.name)));
    }
    // Rules across fields (fileserver host, jdbc pool bounds) come from the whole-spec check,
    // which reaches them only once every field is valid on its own.
    if (m_errors.isEmpty() || (m_errors.size() == 1 && m_errors.contains(u"name"_s)))
        note(ResourceSchema::validateSpec(m_type, m_yours.putBody().value(u"spec").toObject()));
    for (auto it = m_serverErrors.begin(); it != m_serverErrors.end(); ++it) {
        if (!m_errors.contains(it.key()))
            m_errors.insert(it.key(), it.value());
    }
}

void ResourceEditorController::setReadOnly(const QString &reason)
{
    if (m_readOnlyReason == reason)
        return;
    m_readOnlyReason = reason;
    Q_EMIT changed();
}

void ResourceEditorController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ResourceEditorController::apply()
{
    if (!canApply())
        return;
    flushDraft(); // whatever happens to the write, the draft is on disk first
    m_message.clear();
    setState(State::Saving);
    Q_EMIT changed();
    const QJsonObject body = m_yours.putBody();
    const quint64 generation = m_generation;
    const auto done = [this, generation](const ResourceResult &result) {
        if (generation == m_generation)
            onSaveResult(result);
    };
    if (isNew())
        m_repository->create(m_type, m_yours.name, body, this, done);
    else
        m_repository->update(m_type, m_base->name, m_base->ifMatch(), body, this, done);
}

void ResourceEditorController::onSaveResult(const ResourceResult &result)
{
    using Status = ResourceResult::Status;
    m_retryAfterSeconds = -1;
    switch (result.status) {
    case Status::Ok: {
        const QString oldKey = m_draftKey;
        ResourceDefinition saved = result.resource.value_or(ResourceDefinition{});
        if (!result.resource) { // an answer without a body: keep what we sent
            saved.type = m_type;
            saved.name = m_yours.name;
            saved.description = m_yours.description;
            saved.spec = m_yours.spec;
        }
        m_base = saved;
        m_yours = DraftContent::fromDefinition(saved);
        m_theirs.reset();
        m_draftKey = saved.name;
        m_draftTimer.stop();
        if (m_store) {
            const QString clusterId = m_clusterId;
            const QString type = m_type;
            m_store->run<bool>(
                [clusterId, type, oldKey](LocalStore &store) {
                    return store.removeDraft(clusterId, type, oldKey);
                },
                this, [this](const bool &) { Q_EMIT draftPersisted(false); });
        }
        m_message = tr("Saved (revision %1).").arg(saved.revision);
        revalidate();
        setState(State::Editing);
        noteDirtiness();
        Q_EMIT contentReset();
        Q_EMIT applied(saved);
        break;
    }
    case Status::Conflict:
        if (isNew()) {
            // If-None-Match: * failed: the name is taken. A create never becomes an update.
            onNameTaken(result.resource);
            break;
        }
        [[fallthrough]];
    case Status::NotFound:
        // NotFound on an update: deleted behind our back, which is a conflict too.
        if (result.status == Status::NotFound && isNew()) {
            m_message = result.detail;
            setState(State::Editing);
            break;
        }
        m_theirs = result.resource;
        m_message = m_theirs ? tr("Someone else changed this resource (now revision %1).")
                                   .arg(m_theirs->revision)
                             : tr("Someone else deleted this resource.");
        setState(State::Conflict);
        Q_EMIT conflictDetected();
        break;
    case Status::ValidationFailed:
        m_serverErrors.insert(result.field, result.detail);
        m_message = tr("The cluster refused the change: %1 %2").arg(result.field, result.detail);
        revalidate();
        setState(State::Editing);
        break;
    case Status::Forbidden:
        m_message = result.detail;
        setReadOnly(tr("Your account may not change resources (the cluster answered 403)."));
        setState(State::Editing);
        break;
    case Status::PrimaryUnavailable:
    case Status::NetworkError:
        if (result.outcomeUnknown) {
            // Never "not saved": it may have been applied (the detail names the request id).
            m_message = tr("%1 Your draft is kept.").arg(result.outcomeText());
            setState(State::Unavailable);
            break;
        }
        m_retryAfterSeconds = result.retryAfterSeconds;
        m_message = result.retryAfterSeconds >= 0
                        ? tr("Not saved: %1 Your draft is kept; retry in %n second(s).", nullptr,
                             result.retryAfterSeconds)
                              .arg(result.detail)
                        : tr("Not saved: %1 Your draft is kept; retry when the cluster is back.")
                              .arg(result.detail);
        setState(State::Unavailable);
        break;
    case Status::WritesRefused:
        m_message = tr("%1 Your draft is kept.").arg(result.outcomeText());
        setState(State::Unavailable);
        break;
    case Status::PreconditionRequired:
        m_message = result.detail;
        setState(State::Editing);
        break;
    }
    Q_EMIT changed();
}

void ResourceEditorController::onNameTaken(const std::optional<ResourceDefinition> &existing)
{
    m_takenName = m_yours.name;
    m_serverErrors.insert(u"name"_s, tr("A resource with this name already exists."));
    m_message = tr("A resource named “%1” already exists on the cluster; nothing was written. "
                   "Open the existing one, or choose another name for yours.")
                    .arg(m_takenName);
    revalidate();
    setState(State::Editing);
    Q_EMIT nameTaken(m_takenName, existing);
}

QList<MergeRow> ResourceEditorController::mergeView() const
{
    if (m_state != State::Conflict)
        return {};
    return ResourceDraftMerge::threeWay(m_type, m_base, m_yours, m_theirs);
}

void ResourceEditorController::rebase(const QMap<QString, MergeChoice> &choices)
{
    if (m_state != State::Conflict)
        return;
    if (m_theirs) {
        m_yours = ResourceDraftMerge::rebase(m_type, m_base, m_yours, *m_theirs, choices);
        m_base = m_theirs;
    } else {
        // Theirs was deleted: yours becomes a new resource with the same name.
        if (m_store && !m_draftKey.isEmpty()) {
            const QString clusterId = m_clusterId;
            const QString type = m_type;
            const QString key = m_draftKey;
            m_store->run<bool>(
                [clusterId, type, key](LocalStore &store) {
                    return store.removeDraft(clusterId, type, key);
                },
                this, {});
        }
        m_base.reset();
        m_draftKey.clear();
    }
    m_theirs.reset();
    m_message = tr("Your changes now sit on top of the current version; apply to save them.");
    m_serverErrors.clear();
    revalidate();
    setState(State::Editing);
    noteDirtiness();
    flushDraft();
    Q_EMIT contentReset();
    Q_EMIT changed();
}

void ResourceEditorController::reload()
{
    if (m_state != State::Conflict)
        return;
    m_draftTimer.stop();
    if (m_store) {
        const QString clusterId = m_clusterId;
        const QString type = m_type;
        const QString key = m_draftKey;
        m_store->run<bool>(
            [clusterId, type, key](LocalStore &store) {
                return store.removeDraft(clusterId, type, key);
            },
            this, [this](const bool &) { Q_EMIT draftPersisted(false); });
    }
    if (!m_theirs) {
        const QString name = m_base ? m_base->name : QString();
        close();
        Q_EMIT dirtyChanged(name, false);
        return;
    }
    const ResourceDefinition theirs = *m_theirs;
    begin(theirs, DraftContent::fromDefinition(theirs), theirs.name);
    noteDirtiness();
}

void ResourceEditorController::revert()
{
    if (m_state != State::Editing && m_state != State::Unavailable)
        return;
    m_yours = cleanContent();
    if (isNew())
        m_yours = DraftContent{};
    m_serverErrors.clear();
    m_message.clear();
    revalidate();
    setState(State::Editing);
    noteDirtiness();
    m_draftTimer.stop();
    flushDraft();
    Q_EMIT contentReset();
    Q_EMIT changed();
}

void ResourceEditorController::flushDraft()
{
    m_draftTimer.stop();
    if (!m_store || m_state == State::Idle)
        return;
    const QString clusterId = m_clusterId;
    const QString type = m_type;
    const QString key = m_draftKey;
    if (!isDirty()) {
        m_store->run<bool>(
            [clusterId, type, key](LocalStore &store) {
                return store.removeDraft(clusterId, type, key);
            },
            this, [this](const bool &) { Q_EMIT draftPersisted(false); });
        return;
    }
    const ResourceDraft record = ResourceDraftMerge::toRecord(clusterId, type, key, m_base, m_yours,
                                                              QDateTime::currentMSecsSinceEpoch());
    m_store->run<bool>([record](LocalStore &store) { return store.saveDraft(record); }, this,
                       [this](const bool &) { Q_EMIT draftPersisted(true); });
}

void ResourceEditorController::storedDraftNames(StoreThread *store, const QString &clusterId,
                                                const QString &type, QObject *context,
                                                std::function<void(const QSet<QString> &)> callback)
{
    store->run<QSet<QString>>(
        [clusterId, type](LocalStore &local) {
            QSet<QString> names;
            for (const ResourceDraft &draft : local.drafts(clusterId)) {
                if (draft.resourceType == type && !draft.name.isEmpty())
                    names.insert(draft.name);
            }
            return names;
        },
        context, std::move(callback));
}

void ResourceEditorController::storedNewDraft(
    StoreThread *store, const QString &clusterId, const QString &type, QObject *context,
    std::function<void(const std::optional<QString> &)> callback)
{
    store->run<std::optional<QString>>(
        [clusterId, type](LocalStore &local) -> std::optional<QString> {
            const std::optional<ResourceDraft> draft = local.loadDraft(clusterId, type, QString());
            if (!draft)
                return std::nullopt;
            return ResourceDraftMerge::contentOf(*draft).name;
        },
        context, std::move(callback));
}
