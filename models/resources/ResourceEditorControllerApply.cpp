// ResourceEditorController's writes: apply() as a create (If-None-Match: *) or an update
// (If-Match), and what each answer means: saved, a conflict shown three-way (412, or deleted
// behind our back), a taken name (a create never becomes an update), refused, or not saved with
// the draft kept. The same policy as remove() (ResourceEditorControllerDelete.cpp).

#include "ResourceEditorController.h"

#include "StoreThread.h"

using namespace Qt::StringLiterals;

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
    case Status::Ok:
        onSaved(result);
        break;
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
    case Status::ReadOnly:
        m_message = tr("Not applied: %1. Your draft is kept.").arg(result.detail);
        setReadOnly(result.detail);
        setState(State::Editing);
        break;
    case Status::PrimaryUnavailable:
    case Status::NetworkError:
        onNotSaved(result);
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

void ResourceEditorController::onSaved(const ResourceResult &result)
{
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
    removeStoredDraft(oldKey);
    m_message = tr("Saved (revision %1).").arg(saved.revision);
    revalidate();
    setState(State::Editing);
    noteDirtiness();
    Q_EMIT contentReset();
    Q_EMIT applied(saved);
}

void ResourceEditorController::onNotSaved(const ResourceResult &result)
{
    if (result.outcomeUnknown) {
        // Never "not saved": it may have been applied (the detail names the request id).
        m_message = tr("%1 Your draft is kept.").arg(result.outcomeText());
        setState(State::Unavailable);
        return;
    }
    m_retryAfterSeconds = result.retryAfterSeconds;
    m_message = result.retryAfterSeconds >= 0
                    ? tr("Not saved: %1 Your draft is kept; retry in %n second(s).", nullptr,
                         result.retryAfterSeconds)
                          .arg(result.detail)
                    : tr("Not saved: %1 Your draft is kept; retry when the cluster is back.")
                          .arg(result.detail);
    setState(State::Unavailable);
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
        if (!m_draftKey.isEmpty())
            removeStoredDraft(m_draftKey, false);
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
