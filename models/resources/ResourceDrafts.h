#pragma once
// ResourceDrafts: where the resource editors keep their unsaved drafts (the local store, on its
// thread). The resource panels are handed this instead of the store: they attach their editors
// to it and ask which drafts are kept, and get the answers as values.

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class ResourceEditorController;
class StoreThread;

class ResourceDrafts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceDrafts)

public:
    // `store` is not owned; null keeps drafts in the editors' memory only.
    explicit ResourceDrafts(StoreThread *store, QObject *parent = nullptr);

    // The editor saves and restores its drafts here from now on.
    void attach(ResourceEditorController *editor) const;
    // The names of the stored drafts of existing resources of `type` on the cluster; nothing is
    // called without a store.
    void storedNames(const QString &clusterId, const QString &type, QObject *context,
                     std::function<void(const QSet<QString> &)> callback) const;
    // The name typed into the stored draft of a new resource of `type` (possibly empty), or
    // nullopt when there is none.
    void storedNewDraft(const QString &clusterId, const QString &type, QObject *context,
                        std::function<void(const std::optional<QString> &)> callback) const;

private:
    QPointer<StoreThread> m_store;
};
