#include "ResourceDrafts.h"

#include "ResourceEditorController.h"
#include "StoreThread.h"

ResourceDrafts::ResourceDrafts(StoreThread *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

void ResourceDrafts::attach(ResourceEditorController *editor) const
{
    editor->setStore(m_store);
}

void ResourceDrafts::storedNames(const QString &clusterId, const QString &type, QObject *context,
                                 std::function<void(const QSet<QString> &)> callback) const
{
    if (m_store)
        ResourceEditorController::storedDraftNames(m_store, clusterId, type, context,
                                                   std::move(callback));
}

void ResourceDrafts::storedNewDraft(
    const QString &clusterId, const QString &type, QObject *context,
    std::function<void(const std::optional<QString> &)> callback) const
{
    if (m_store)
        ResourceEditorController::storedNewDraft(m_store, clusterId, type, context,
                                                 std::move(callback));
}
