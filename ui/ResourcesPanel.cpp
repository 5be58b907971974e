#include "ResourcesPanel.h"

#include "ResourceListSync.h"
#include "ResourceSchema.h"
#include "ResourceTableModel.h"
#include "ResourceTestDialog.h"
#include "ResourceTestFanout.h"
#include "ResourceTypePanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

ResourcesPanel::ResourcesPanel(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_unavailable(new QLabel(this))
    , m_testButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("resourcesPanel"));
    m_tabs->setDocumentMode(true);
    for (const QString &type : ResourceSchema::types()) {
        auto *panel = new ResourceTypePanel(type, m_tabs);
        panel->setActionsChangedHandler([this] { notifyActionsChanged(); });
        m_panels.append(panel);
        m_tabs->addTab(panel, QString());
    }
    m_testButton->setObjectName(QStringLiteral("testOnAllNodes"));
    connect(m_testButton, &QPushButton::clicked, this, [this] { testOnAllNodes(); });
    auto *bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(m_testButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_unavailable->setObjectName(QStringLiteral("resourcesUnavailable"));
    m_unavailable->setWordWrap(true);
    m_unavailable->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_unavailable->setContentsMargins(9, 9, 9, 9);
    m_unavailable->hide();
    layout->addWidget(m_unavailable);
    layout->addLayout(bar);
    layout->addWidget(m_tabs);
    updateTestButton();
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { notifyActionsChanged(); });
    retranslateUi();
}

void ResourcesPanel::setUnavailable(const QString &reason)
{
    m_unavailable->setText(reason);
    m_unavailable->setVisible(!reason.isEmpty());
    m_tabs->setVisible(reason.isEmpty());
    // The layout gives the note the whole tab when the editors are gone.
    m_unavailable->setSizePolicy(QSizePolicy::Preferred, reason.isEmpty() ? QSizePolicy::Preferred
                                                                          : QSizePolicy::Expanding);
}

void ResourcesPanel::setSources(ResourceRepository *repository, ResourceListSync *sync)
{
    // Handed on: lists and the session go through the sync, writes through each editor.
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (m_sync)
        connect(m_sync, &ResourceListSync::sessionKnown, this, &ResourcesPanel::onSessionKnown);
    for (ResourceTypePanel *panel : std::as_const(m_panels)) {
        panel->setRepository(repository);
        panel->setListSync(m_sync);
    }
    reload();
}

ResourceListSync *ResourcesPanel::listSync() const
{
    return m_sync;
}

void ResourcesPanel::setDrafts(ResourceDrafts *drafts)
{
    for (ResourceTypePanel *panel : std::as_const(m_panels))
        panel->setDrafts(drafts);
}

void ResourcesPanel::setClusterId(const QString &clusterId)
{
    if (clusterId == m_clusterId)
        return;
    m_clusterId = clusterId;
    m_session.reset();
    for (ResourceTypePanel *panel : std::as_const(m_panels)) {
        panel->setClusterId(clusterId);
        panel->setReadOnlyReason(readOnlyReason());
    }
    reload();
}

void ResourcesPanel::reload()
{
    if (!m_sync || m_clusterId.isEmpty())
        return;
    m_sync->fetchSession();
    m_sync->reloadAll();
}

void ResourcesPanel::noteRevision(qint64 revision)
{
    if (m_sync && !m_clusterId.isEmpty()) {
        const bool retrying = m_sync->revision() < 0 && !m_sync->isBusy();
        m_sync->noteRevision(revision);
        if (retrying)
            m_sync->fetchSession(); // a load that failed (e.g. a wrong password) may pass now
    }
}

void ResourcesPanel::syncNow()
{
    if (m_sync && !m_clusterId.isEmpty())
        m_sync->syncNow();
}

void ResourcesPanel::setClusterName(const QString &name)
{
    for (ResourceTypePanel *panel : std::as_const(m_panels))
        panel->setClusterName(name);
}

void ResourcesPanel::setProfile(const ClusterProfile &profile)
{
    m_profileReadOnly = profile.readOnly;
    const QString reason = readOnlyReason();
    for (ResourceTypePanel *panel : std::as_const(m_panels)) {
        panel->setClusterProfile(profile);
        panel->setReadOnlyReason(reason);
    }
}

QString ResourcesPanel::readOnlyReason() const
{
    if (m_profileReadOnly)
        return tr("This cluster is read-only in Clusterdesk; change it in the cluster settings "
                  "(Cluster > Edit).");
    // Unknown (an older node): editable, and a 403 on save says the rest.
    return m_session ? m_session->readOnlyReason() : QString();
}

void ResourcesPanel::onSessionKnown(const std::optional<SessionInfo> &info)
{
    m_session = info;
    const QString reason = readOnlyReason();
    for (ResourceTypePanel *panel : std::as_const(m_panels))
        panel->setReadOnlyReason(reason);
    Q_EMIT sessionKnown(info);
}

QList<ResourceEditorController *> ResourcesPanel::editors() const
{
    QList<ResourceEditorController *> editors;
    for (ResourceTypePanel *panel : m_panels)
        editors.append(panel->controller());
    return editors;
}

ResourceTypePanel *ResourcesPanel::typePanel(const QString &type) const
{
    for (ResourceTypePanel *panel : m_panels) {
        if (panel->type() == type)
            return panel;
    }
    return nullptr;
}

ResourceTypePanel *ResourcesPanel::currentTypePanel() const
{
    return qobject_cast<ResourceTypePanel *>(m_tabs->currentWidget());
}

bool ResourcesPanel::canApply() const
{
    const ResourceTypePanel *panel = currentTypePanel();
    return panel && panel->canApply();
}

void ResourcesPanel::apply()
{
    if (ResourceTypePanel *panel = currentTypePanel())
        panel->apply();
}

void ResourcesPanel::revert()
{
    if (ResourceTypePanel *panel = currentTypePanel())
        panel->revert();
}

bool ResourcesPanel::focusFilter()
{
    ResourceTypePanel *panel = currentTypePanel();
    return panel && panel->focusFilter();
}

void ResourcesPanel::setResourceTests(ResourceTestFanout *tests)
{
    m_tests = tests;
    updateTestButton();
}

void ResourcesPanel::setNodeIds(const QStringList &nodeIds)
{
    m_nodeIds = nodeIds;
    updateTestButton();
}

void ResourcesPanel::updateTestButton()
{
    m_testButton->setEnabled(m_tests && !m_nodeIds.isEmpty());
}

ResourceTestDialog *ResourcesPanel::testOnAllNodes()
{
    ResourceTypePanel *panel = currentTypePanel();
    if (!m_tests || m_nodeIds.isEmpty() || !panel)
        return nullptr;
    QList<ResourceRef> resources;
    const QModelIndexList selected = panel->view()->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        resources.append({panel->type(), index.data(ResourceTableModel::NameRole).toString()});
    if (resources.isEmpty()) {
        for (int row = 0; row < panel->model()->rowCount(); ++row) {
            if (const auto resource = panel->model()->resourceAt(row))
                resources.append({panel->type(), resource->name});
        }
    }
    if (resources.isEmpty())
        return nullptr;
    if (m_testDialog)
        m_testDialog->close(); // one run at a time: the fan-out serves one matrix
    m_testDialog = new ResourceTestDialog(m_tests, this);
    m_testDialog->start(resources, m_nodeIds);
    m_testDialog->show();
    return m_testDialog;
}

void ResourcesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ResourcesPanel::retranslateUi()
{
    const QStringList titles{tr("Database resources"), tr("JDBC connections"), tr("File servers"),
                             tr("Web services")};
    for (int i = 0; i < m_tabs->count() && i < titles.size(); ++i)
        m_tabs->setTabText(i, titles.at(i));
    m_testButton->setText(tr("Test on &All Nodes…"));
    m_testButton->setToolTip(tr("Test the selected resources (or all of this type) from every "
                                "node: host, port, TLS, HTTP or location"));
}
