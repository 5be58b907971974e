#include "ClusterPage.h"

#include "ClusterServices.h"
#include "ClusterSnapshot.h"
#include "CompareController.h"
#include "ConsoleSession.h"
#include "EnvironmentBadge.h"
#include "HistoryPanel.h"
#include "NodesPanel.h"
#include "OverviewPanel.h"
#include "ResourceListSync.h"
#include "ResourcesPanel.h"
#include "ServicesPanel.h"

#include <QEvent>
#include <QLabel>

ClusterPage::ClusterPage(ConsoleSession *session, const QString &profileId, QWidget *parent)
    : QTabWidget(parent)
    , m_profileId(profileId)
    , m_overview(new OverviewPanel(this))
    , m_nodes(new NodesPanel(this))
    , m_resources(new ResourcesPanel(this))
    , m_history(new HistoryPanel(this))
    , m_servicesPanel(new ServicesPanel(this))
    , m_services(session->newClusterServices(profileId, this))
    , m_band(new QLabel(this))
{
    setObjectName(QStringLiteral("clusterPage"));
    setDocumentMode(true);
    addTab(m_overview, QString());
    addTab(m_nodes, QString());
    addTab(m_resources, QString());
    addTab(m_history, QString());
    addTab(m_servicesPanel, QString());
    m_band->setObjectName(QStringLiteral("environmentBand"));
    m_band->setTextFormat(Qt::RichText);
    setCornerWidget(m_band, Qt::TopLeftCorner);

    m_nodes->setHistoryQuery(m_services->nodeHistory());
    m_nodes->setNodeActions(m_services->nodeActions());
    m_resources->setResourceTests(m_services->resourceTests());
    m_resources->setDrafts(m_services->drafts());
    m_resources->setClusterId(profileId);
    const auto profile = session->profileService()->profile(profileId);
    if (profile)
        showProfile(*profile);
    connect(session->profileService(), &ProfileService::profileSaved, this,
            [this](const ClusterProfile &saved) {
                if (saved.id == m_profileId)
                    showProfile(saved);
            });
    // The services talk through the pool's UI-thread client for this cluster (the monitor's
    // lives on the poll thread): one token, one TLS trust, one connection limit.
    // A cluster known to have no management API gets no resource or change-log reading at all.
    const bool managed =
        !profile || profile->capabilities.supports(ClusterCapabilities::Feature::Resources);
    if (ResourceRepository *repository = managed ? m_services->repository() : nullptr) {
        m_resources->setSources(repository, m_services->listSync());
        m_history->setFetcher(m_services->changeLog());
        // A revert is planned and written like a copy between clusters, through the pool.
        m_history->setRevertTarget(
            profileId, [session, this, tools = QPointer<CompareController>()]() mutable {
                if (!tools)
                    tools = session->newCompareController(this);
                return tools->newSyncController(nullptr);
            });
    }
    if (profile)
        showCapabilities(profile->capabilities);
    if (profile) {
        AssessmentThresholds thresholds;
        thresholds.clockWarnMs = profile->clockWarnMs;
        thresholds.clockCritMs = profile->clockCritMs;
        thresholds.stalledAfterSeconds = profile->stalledAfterSeconds;
        m_nodes->setThresholds(thresholds);
    }
    // This cluster's news only.
    MonitorService *monitor = session->monitorService();
    ClusterFeed *feed = monitor->subscribe(profileId, this);
    connect(feed, &ClusterFeed::snapshotReady, this, &ClusterPage::showSnapshot);
    if (const auto snapshot = monitor->snapshot(profileId))
        showSnapshot(*snapshot);

    for (PanelActions *panel :
         {static_cast<PanelActions *>(m_nodes), static_cast<PanelActions *>(m_resources)})
        panel->setActionsChangedHandler([this] { notifyActionsChanged(); });
    connect(this, &QTabWidget::currentChanged, this, [this] { notifyActionsChanged(); });
    retranslateUi();
}

void ClusterPage::showSnapshot(const ClusterSnapshot &snapshot)
{
    if (snapshot.capabilities().isKnown())
        showCapabilities(snapshot.capabilities());
    m_overview->setSnapshot(snapshot);
    m_nodes->setSnapshot(snapshot);
    QStringList nodeIds;
    for (const NodeSnapshot &node : snapshot.nodes())
        nodeIds.append(node.id());
    m_resources->setNodeIds(nodeIds);
    m_history->setSnapshot(snapshot);
    m_servicesPanel->setSnapshot(snapshot);
    m_resources->noteRevision(ResourceListSync::newestRevision(snapshot));
}

void ClusterPage::showCapabilities(const ClusterCapabilities &capabilities)
{
    m_resources->setUnavailable(
        capabilities.unavailableText(ClusterCapabilities::Feature::Resources));
    m_history->setUnavailable(
        capabilities.unavailableText(ClusterCapabilities::Feature::ChangeLog));
}

void ClusterPage::showProfile(const ClusterProfile &profile)
{
    m_resources->setProfile(profile);
    m_nodes->setProfile(profile);
    m_profile = profile;
    showBand();
}

void ClusterPage::showBand()
{
    if (!m_profile)
        return;
    EnvironmentBadge::styleBand(m_band, *m_profile);
    m_band->setToolTip(m_profile->isProduction()
                           ? tr("A production cluster: deleting or copying onto it asks for its "
                                "name first.")
                           : QString());
}

void ClusterPage::reloadAll()
{
    m_resources->reload();
    m_history->refresh();
}

void ClusterPage::syncResources()
{
    m_resources->syncNow();
}

PanelActions *ClusterPage::currentPanel() const
{
    return dynamic_cast<PanelActions *>(currentWidget());
}

bool ClusterPage::canApply() const
{
    const PanelActions *panel = currentPanel();
    return panel && panel->canApply();
}

void ClusterPage::apply()
{
    if (PanelActions *panel = currentPanel())
        panel->apply();
}

void ClusterPage::revert()
{
    if (PanelActions *panel = currentPanel())
        panel->revert();
}

bool ClusterPage::focusFilter()
{
    PanelActions *panel = currentPanel();
    if (panel && panel->focusFilter())
        return true;
    // Ctrl+F anywhere on the page finds nodes: the filter users look for first.
    setCurrentWidget(m_nodes);
    return m_nodes->focusFilter();
}

void ClusterPage::retranslateUi()
{
    setTabText(indexOf(m_overview), tr("&Overview"));
    setTabText(indexOf(m_nodes), tr("&Nodes"));
    setTabText(indexOf(m_resources), tr("&Resources"));
    setTabText(indexOf(m_history), tr("&History"));
    setTabText(indexOf(m_servicesPanel), tr("Serv&ices"));
    showBand();
}

void ClusterPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}
