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

void ResourceEditorController::reload()
{
    if (m_state != State::Conflict)
        return;
    m_draftTimer.stop();
    removeStoredDraft(m_draftKey);
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
    if (!isDirty()) {
        removeStoredDraft(m_draftKey);
        return;
    }
    const ResourceDraft record = ResourceDraftMerge::toRecord(
        m_clusterId, m_type, m_draftKey, m_base, m_yours, QDateTime::currentMSecsSinceEpoch());
    m_store->run<bool>([record](LocalStore &store) { return store.saveDraft(record); }, this,
                       [this](const bool &) { Q_EMIT draftPersisted(true); });
}

void ResourceEditorController::removeStoredDraft(const QString &key, bool announce)
{
    if (!m_store)
        return;
    StoreThread::Callback<bool> done;
    if (announce)
        done = [this](const bool &) { Q_EMIT draftPersisted(false); };
    m_store->run<bool>([clusterId = m_clusterId, type = m_type,
                        key](LocalStore &store) { return store.removeDraft(clusterId, type, key); },
                       this, std::move(done));
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
