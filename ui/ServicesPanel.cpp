#include "ServicesPanel.h"

#include "ServiceTableModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

ServicesPanel::ServicesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ServiceTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_note(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("servicesPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ServiceTableModel::RawValueRole);
    m_note->setObjectName(QStringLiteral("servicesNote"));
    m_note->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("serviceTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ServiceTableModel::Name, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int character = fontMetrics().averageCharWidth();
    m_table->horizontalHeader()->resizeSection(ServiceTableModel::Name, 28 * character);
    m_table->horizontalHeader()->resizeSection(ServiceTableModel::Kind, 8 * character);
    m_table->horizontalHeader()->resizeSection(ServiceTableModel::Nodes, 24 * character);
    m_table->horizontalHeader()->resizeSection(ServiceTableModel::Agreement, 28 * character);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

void ServicesPanel::setSnapshot(const ClusterSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_model->setServices(snapshot.services());
    updateNote();
}

void ServicesPanel::updateNote()
{
    // One line on what there is and, when there is nothing, why, as the other tabs of a plain
    // Spectrum cluster say what it does not publish.
    const ClusterCapabilities capabilities = m_snapshot.capabilities();
    const bool managementApi =
        capabilities.clusterdeskApi == ClusterCapabilities::State::Available ||
        (!capabilities.isPlainSpectrum() && m_snapshot.isReachable());
    QString text;
    if (m_model->rowCount() > 0)
        text = tr("Every service the nodes' REST and SOAP catalogues list; a service missing on a "
                  "node or described differently means the configuration is not synchronised.");
    else if (capabilities.isPlainSpectrum())
        text = capabilities.supports(ClusterCapabilities::Feature::ServiceCatalog)
                   ? tr("The nodes' catalogues list no services.")
                   : capabilities.unavailableText(ClusterCapabilities::Feature::ServiceCatalog);
    else if (managementApi)
        text = tr("No services to list: this cluster answers through Clusterdesk's management "
                  "API, which publishes no REST or SOAP service catalogue (only a plain Spectrum "
                  "cluster's catalogues are read).");
    else
        text = tr("No services to list yet: whether this cluster publishes a REST or SOAP "
                  "service catalogue is known once it has answered a poll.");
    m_note->setText(text);
}

void ServicesPanel::retranslateUi()
{
    m_table->setAccessibleName(tr("Services"));
    updateNote();
}

void ServicesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
