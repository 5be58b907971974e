#pragma once
// ResourcesPanel: the cluster's external resources, one tab per type (database resources, JDBC
// connections, file servers, web services). Asks the cluster who is signed in and makes every
// editor read-only up front for a viewer, or for a profile switched to read-only in
// Clusterdesk. The shell's Apply/Revert/Find go to the current tab. "Test on All Nodes" tests
// the current tab's selected resources (or all of that type) on every node and shows the
// matrix (ResourceTestDialog).

#include "ClusterProfile.h"
#include "PanelActions.h"
#include "SessionInfo.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class ResourceTestDialog;
class ResourceTestFanout;
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

    // Where the lists come from and the editors write to (neither owned; both null or both set).
    void setSources(ResourceRepository *repository, ResourceListSync *sync);
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
    // A cluster that does not publish its resources: `reason` in one line instead of the
    // editors (empty: back).
    void setUnavailable(const QString &reason);
    // The cluster's profile: its name and environment for the questions, and its read-only
    // switch, which makes every editor read-only whatever the role.
    void setProfile(const ClusterProfile &profile);
    // The reason the editors are read-only (the profile's switch first, then the role); empty
    // when they may write.
    QString readOnlyReason() const;
    ResourceListSync *listSync() const;
    // Every type's editor (dirty or not), for the question before closing.
    QList<ResourceEditorController *> editors() const;

    std::optional<SessionInfo> session() const { return m_session; }
    ResourceTypePanel *typePanel(const QString &type) const;
    ResourceTypePanel *currentTypePanel() const;

    // Where resource tests go (not owned; null: the action is off), and the nodes to test on.
    void setResourceTests(ResourceTestFanout *tests);
    void setNodeIds(const QStringList &nodeIds);
    // Tests the current tab's selected resources, or all of them when none is selected; the
    // matrix opens in a dialog (returned, also for tests; null when nothing can be tested).
    ResourceTestDialog *testOnAllNodes();
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
    void updateTestButton();

    QPointer<ResourceListSync> m_sync;
    QString m_clusterId;
    std::optional<SessionInfo> m_session;
    bool m_profileReadOnly = false;
    QTabWidget *m_tabs;
    QLabel *m_unavailable;
    QList<ResourceTypePanel *> m_panels;
    ResourceTestFanout *m_tests = nullptr;
    QStringList m_nodeIds;
    QPushButton *m_testButton;
    QPointer<ResourceTestDialog> m_testDialog;
};
