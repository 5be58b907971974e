#pragma once
// ResourcesPanel: the cluster's external resources, one tab per type (database resources, JDBC
// connections, file servers, web services). Asks the cluster who is signed in and makes every
// editor read-only up front for a viewer. The shell's Apply/Revert/Find go to the current tab.

#include "PanelActions.h"
#include "SessionInfo.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QTabWidget;
class ResourceRepository;
class ResourceTypePanel;
class StoreThread;

class ResourcesPanel final : public QWidget, public PanelActions
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourcesPanel)

public:
    explicit ResourcesPanel(QWidget *parent = nullptr);

    void setRepository(ResourceRepository *repository);
    void setStore(StoreThread *store);
    // Loads the lists and the session of that cluster.
    void setClusterId(const QString &clusterId);
    // Lists again and asks the session again.
    void reload();

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
    void fetchSession();

    QPointer<ResourceRepository> m_repository;
    QString m_clusterId;
    std::optional<SessionInfo> m_session;
    QTabWidget *m_tabs;
    QList<ResourceTypePanel *> m_panels;
};
