#pragma once
// ResourcesPanel: the cluster's external resources, one tab per type (database resources, JDBC
// connections, file servers, web services). Asks the cluster who is signed in and makes every
// editor read-only up front for a viewer, or for a profile switched to read-only in
// Clusterdesk. The shell's Apply/Revert/Find go to the current tab.

#include "ClusterProfile.h"
#include "PanelActions.h"
#include "SessionInfo.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QTabWidget;
class ResourceDrafts;
class ResourceEditorController;
class ResourceListSync;
class ResourceRepository;
class ResourceTypePanel;

class ResourcesPanel final : public QWidget, public PanelActions
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourcesPanel)

public:
    explicit ResourcesPanel(QWidget *parent = nullptr);

    void setRepository(ResourceRepository *repository);
    // Where the editors keep their drafts (not owned).
    void setDrafts(ResourceDrafts *drafts);
    // Loads the lists and the session of that cluster.
    void setClusterId(const QString &clusterId);
    // Lists everything again and asks the session again (F5).
    void reload();
    // A poll saw the cluster's configuration at `revision`: brings the lists up to date with
    // only what changed (or retries a failed load).
    void noteRevision(qint64 revision);
    // Looks for changes now (after a copy or an import into this cluster).
    void syncNow();
    // The cluster's display name, for confirmations.
    void setClusterName(const QString &name);
    // The cluster's profile: its name and environment for the questions, and its read-only
    // switch, which makes every editor read-only whatever the role.
    void setProfile(const ClusterProfile &profile);
    // The reason the editors are read-only (the profile's switch first, then the role); empty
    // when they may write.
    QString readOnlyReason() const;
    ResourceListSync *listSync() const { return m_sync; }
    // Every type's editor (dirty or not), for the question before closing.
    QList<ResourceEditorController *> editors() const;

    std::optional<SessionInfo> session() const { return m_session; }
    ResourceTypePanel *typePanel(const QString &type) const;
    ResourceTypePanel *currentTypePanel() const;
    QTabWidget *tabs() const { return m_tabs; }

    bool canApply() const override;
    void apply() override;
    void revert() override;
    bool focusFilter() override;

Q_SIGNALS:
    void sessionKnown(const std::optional<SessionInfo> &session);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onSessionKnown(const std::optional<SessionInfo> &info);

    ResourceListSync *m_sync = nullptr;
    QString m_clusterId;
    std::optional<SessionInfo> m_session;
    bool m_profileReadOnly = false;
    QTabWidget *m_tabs;
    QList<ResourceTypePanel *> m_panels;
};
