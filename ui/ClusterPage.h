// ClusterPage: one saved cluster's tabs (Overview, Nodes, Resources, History, Services). It feeds
// every panel from its own cluster's feed of snapshots, hands the panels the controllers the core
// made for this cluster (ClusterServices), and forwards the window's Apply, Revert and Find
// actions to the panel in front. The cluster's environment label sits beside the tabs (a filled
// band for production) and follows the profile when it is edited and the language when it changes.
#pragma once

#include "ClusterProfile.h"
#include "PanelActions.h"

#include <QPointer>
#include <QTabWidget>

class ClusterServices;
struct ClusterCapabilities;
class QLabel;
class ClusterSnapshot;
class ConsoleSession;
class HistoryPanel;
class NodesPanel;
class OverviewPanel;
class ResourcesPanel;
class ServicesPanel;

class ClusterPage final : public QTabWidget, public PanelActions
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterPage)

public:
    enum Tab { OverviewTab, NodesTab, ResourcesTab, HistoryTab, ServicesTab };

    ClusterPage(ConsoleSession *session, const QString &profileId, QWidget *parent = nullptr);

    QString profileId() const { return m_profileId; }
    OverviewPanel *overview() const { return m_overview; }
    NodesPanel *nodes() const { return m_nodes; }
    ResourcesPanel *resources() const { return m_resources; }
    HistoryPanel *history() const { return m_history; }
    ServicesPanel *servicesPanel() const { return m_servicesPanel; }
    ClusterServices *services() const { return m_services; }
    // The environment band beside the tabs (hidden without a label).
    QLabel *environmentBand() const { return m_band; }
    // F5: the resource lists and the change log in full.
    void reloadAll();
    // After a write made elsewhere in the console (copy, import): picks up its changes now.
    void syncResources();

    bool canApply() const override;
    void apply() override;
    void revert() override;
    bool focusFilter() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSnapshot(const ClusterSnapshot &snapshot);
    // Resources and History say in one line what the cluster does not publish.
    void showCapabilities(const ClusterCapabilities &capabilities);
    void showProfile(const ClusterProfile &profile);
    void showBand();
    PanelActions *currentPanel() const;
    void retranslateUi();

    QString m_profileId;
    OverviewPanel *m_overview;
    NodesPanel *m_nodes;
    ResourcesPanel *m_resources;
    HistoryPanel *m_history;
    ServicesPanel *m_servicesPanel;
    ClusterServices *m_services;
    QLabel *m_band;
    std::optional<ClusterProfile> m_profile; // what the band shows, said again on a new language
};
