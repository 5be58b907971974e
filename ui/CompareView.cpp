#include "CompareView.h"

#include "DefinitionsFile.h"
#include "ItemStyleDelegate.h"
#include "ProfileService.h"
#include "ResourceDiffModel.h"
#include "ResourceSchema.h"
#include "SyncPlanDialog.h"
#include "Theme.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Tints the state and per-cluster cells with the theme's semantic colours.
void tintDiffCell(QStyleOptionViewItem *option, const QModelIndex &index)
{
    const QVariant state = index.data(ResourceDiffModel::StateRole);
    if (!state.isValid())
        return;
    Theme::Role role = Theme::Role::Ok;
    if (index.column() == int(ResourceDiffModel::Column::Status)) {
        const auto status = ResourceDiffRow::Status(state.toInt());
        role = status == ResourceDiffRow::Status::Identical ? Theme::Role::Ok
               : status == ResourceDiffRow::Status::Differs ? Theme::Role::Warning
                                                            : Theme::Role::Info;
    } else {
        const auto cell = ResourceDiffRow::Cell(state.toInt());
        role = cell == ResourceDiffRow::Cell::Same        ? Theme::Role::Ok
               : cell == ResourceDiffRow::Cell::Different ? Theme::Role::Warning
                                                          : Theme::Role::Muted;
    }
    QColor colour = Theme::color(role, option->palette);
    colour.setAlpha(48);
    option->backgroundBrush = colour;
}

} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_clustersLabel(new QLabel(this))
    , m_clusterList(new QListWidget(this))
    , m_typeLabel(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_compareButton(new QPushButton(this))
    , m_sourceLabel(new QLabel(this))
    , m_source(new QComboBox(this))
    , m_copyButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_importButton(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableView(this))
    , m_model(new ResourceDiffModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_fileChooser(&FileChooser::ask)
{
    setObjectName(u"CompareView"_s);
    m_clusterList->setObjectName(u"clusterList"_s);
    m_type->setObjectName(u"typeCombo"_s);
    m_compareButton->setObjectName(u"compareButton"_s);
    m_source->setObjectName(u"sourceCombo"_s);
    m_copyButton->setObjectName(u"copyButton"_s);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_importButton->setObjectName(u"importButton"_s);
    m_status->setObjectName(u"statusLabel"_s);
    m_progress->setObjectName(u"compareProgress"_s);
    m_progress->setVisible(false);
    m_clustersLabel->setBuddy(m_clusterList);
    m_typeLabel->setBuddy(m_type);
    m_sourceLabel->setBuddy(m_source);
    m_table->setObjectName(u"diffTable"_s);

    m_type->addItem(QString(), QString());
    for (const QString &type : ResourceSchema::types())
        m_type->addItem(type, type);
    m_clusterList->setMaximumHeight(fontMetrics().height() * 5 + 8);
    m_status->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ResourceDiffModel::RawValueRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setItemDelegate(new ItemStyleDelegate(tintDiffCell, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setResizeContentsPrecision(50);
    m_table->setWordWrap(false);

    auto *grid = new QGridLayout;
    grid->addWidget(m_clustersLabel, 0, 0, Qt::AlignTop);
    grid->addWidget(m_clusterList, 0, 1, 1, 4);
    grid->addWidget(m_typeLabel, 1, 0);
    grid->addWidget(m_type, 1, 1);
    grid->addWidget(m_compareButton, 1, 2);
    grid->setColumnStretch(4, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_sourceLabel);
    actions->addWidget(m_source);
    actions->addWidget(m_copyButton);
    actions->addStretch();
    actions->addWidget(m_exportButton);
    actions->addWidget(m_importButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    // While reading, the Compare button is the Cancel button.
    connect(m_compareButton, &QPushButton::clicked, this,
            [this] { isReading() ? cancelCompare() : compare(); });
    connect(m_copyButton, &QPushButton::clicked, this, &CompareView::copySelected);
    connect(m_exportButton, &QPushButton::clicked, this, &CompareView::exportDefinitions);
    connect(m_importButton, &QPushButton::clicked, this, &CompareView::importDefinitions);
    connect(m_clusterList, &QListWidget::itemChanged, this, &CompareView::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CompareView::updateButtons);
    retranslateUi();
    updateButtons();
}

CompareView::~CompareView() = default;

void CompareView::retranslateUi()
{
    m_clustersLabel->setText(tr("Clusters:"));
    m_typeLabel->setText(tr("Type:"));
    m_type->setItemText(0, tr("All types"));
    m_compareButton->setText(isReading() ? tr("Cancel") : tr("Compare"));
    m_progress->setFormat(tr("Clusters read: %v of %m"));
    m_sourceLabel->setText(tr("Copy from:"));
    m_copyButton->setText(tr("Copy selected to the other clusters…"));
    m_exportButton->setText(tr("Export definitions…"));
    m_importButton->setText(tr("Import definitions…"));
    if (m_haveResult) {
        // The words of the last comparison in the new language, and room for them.
        m_statusText = resultSummary();
        m_status->setText(m_statusText);
        // Not the last column: resizing it would stop it from stretching.
        for (int column = 0; column + 1 < m_proxy->columnCount(); ++column)
            m_table->resizeColumnToContents(column);
    } else if (m_statusText.isEmpty()) {
        m_status->setText(tr("Tick two or more clusters and press Compare."));
    }
}

void CompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CompareView::setServices(ProfileService *profiles, CompareController *controller)
{
    if (m_profileService)
        disconnect(m_profileService, nullptr, this, nullptr);
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_profileService = profiles;
    m_controller = controller;
    if (m_controller) {
        connect(m_controller, &CompareController::progress, m_progress, &QProgressBar::setValue);
        connect(m_controller, &CompareController::comparisonFinished, this,
                &CompareView::onReadingsDone);
    }
    if (!profiles)
        return;
    setProfiles(profiles->profiles());
    connect(profiles, &ProfileService::profilesChanged, this,
            [this] { setProfiles(m_profileService->profiles()); });
}

void CompareView::setProfiles(const QList<ClusterProfile> &profiles)
{
    const QStringList checked = checkedProfiles();
    m_profiles = profiles;
    rebuildClusterList();
    setCheckedProfiles(checked);
}

void CompareView::rebuildClusterList()
{
    const QSignalBlocker blocker(m_clusterList);
    m_clusterList->clear();
    m_source->clear();
    for (const ClusterProfile &profile : std::as_const(m_profiles)) {
        auto *item = new QListWidgetItem(profile.name, m_clusterList);
        item->setData(Qt::UserRole, profile.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_source->addItem(profile.name, profile.id);
    }
    updateButtons();
}

void CompareView::setCheckedProfiles(const QStringList &profileIds)
{
    const QSignalBlocker blocker(m_clusterList);
    for (int i = 0; i < m_clusterList->count(); ++i) {
        QListWidgetItem *item = m_clusterList->item(i);
        item->setCheckState(
            profileIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    updateButtons();
}

QStringList CompareView::checkedProfiles() const
{
    QStringList ids;
    for (int i = 0; i < m_clusterList->count(); ++i) {
        if (m_clusterList->item(i)->checkState() == Qt::Checked)
            ids.append(m_clusterList->item(i)->data(Qt::UserRole).toString());
    }
    return ids;
}

void CompareView::setSourceProfile(const QString &profileId)
{
    if (const int index = m_source->findData(profileId); index >= 0)
        m_source->setCurrentIndex(index);
}

QString CompareView::sourceProfile() const
{
    return m_source->currentData().toString();
}

void CompareView::setFileChooser(FileChooser::Function chooser)
{
    if (chooser)
        m_fileChooser = std::move(chooser);
}

void CompareView::setType(const QString &type)
{
    m_type->setCurrentIndex(std::max(0, m_type->findData(type)));
}

SyncPlanDialog *CompareView::syncDialog() const
{
    return m_syncDialog;
}

QString CompareView::statusText() const
{
    return m_status->text();
}

QStringList CompareView::selectedKeys() const
{
    QStringList keys;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        keys.append(index.data(ResourceDiffModel::KeyRole).toString());
    return keys;
}

void CompareView::updateButtons()
{
    const int checked = int(checkedProfiles().size());
    const bool busy = isReading();
    m_compareButton->setEnabled(checked >= 2 || busy);
    m_compareButton->setText(busy ? tr("Cancel") : tr("Compare"));
    m_progress->setVisible(busy);
    const bool haveSelection = m_table->selectionModel()->hasSelection();
    const bool haveReadings = m_controller && !m_controller->comparedIds().isEmpty();
    m_copyButton->setEnabled(haveSelection && haveReadings && !busy);
    m_exportButton->setEnabled(m_source->count() > 0 && !busy);
    m_importButton->setEnabled(checked >= 1 && !busy);
}

void CompareView::compare()
{
    const QStringList ids = checkedProfiles();
    if (ids.size() < 2 || isReading() || !m_controller)
        return;
    m_controller->compare(ids, m_type->currentData().toString());
    const int total = m_controller->readingTotal();
    m_statusText = tr("Reading %n cluster(s)…", nullptr, total);
    m_status->setText(m_statusText);
    m_progress->setRange(0, total);
    m_progress->setValue(0);
    updateButtons();
}

void CompareView::cancelCompare()
{
    if (!isReading())
        return;
    m_controller->cancel(); // sends no further request, drops the answers on the way
    m_statusText = tr("Comparison cancelled: nothing was compared or changed.");
    m_status->setText(m_statusText);
    updateButtons();
}

void CompareView::onReadingsDone()
{
    QStringList notes;
    for (const ClusterReading &reading : m_controller->readings()) {
        if (!reading.isOk())
            notes.append(
                tr("%1 could not be read: %2").arg(reading.resources.label, reading.error));
        else if (reading.digestsUnavailable)
            notes.append(tr("%1 does not compare secrets for this account: where secrets are "
                            "set everywhere, whether they are equal cannot be told.")
                             .arg(reading.resources.label));
    }
    setResult(m_controller->result(), notes);
    emit comparisonFinished();
}

void CompareView::setResult(const ResourceDiffResult &result, const QStringList &notes)
{
    m_model->setResult(result);
    m_table->resizeColumnsToContents();
    m_resultNotes = notes;
    m_haveResult = true;
    m_statusText = resultSummary();
    m_status->setText(m_statusText);
    updateButtons();
}

QString CompareView::resultSummary() const
{
    const ResourceDiffResult &result = m_model->result();
    QString text = tr("%1 resources: %2 identical, %3 differ, %4 not on every cluster.")
                       .arg(result.rows.size())
                       .arg(result.count(ResourceDiffRow::Status::Identical))
                       .arg(result.count(ResourceDiffRow::Status::Differs))
                       .arg(result.count(ResourceDiffRow::Status::Partial));
    if (!m_resultNotes.isEmpty())
        text += u' ' + m_resultNotes.join(u' ');
    return text;
}

void CompareView::copySelected()
{
    const QString sourceId = m_source->currentData().toString();
    const auto reading = m_controller ? m_controller->reading(sourceId) : std::nullopt;
    if (!reading || !reading->isOk()) {
        m_status->setText(tr("Compare including the cluster to copy from first."));
        return;
    }
    const QList<ResourceDefinition> definitions =
        m_controller->definitionsOf(sourceId, selectedKeys());
    if (definitions.isEmpty()) {
        m_status->setText(
            tr("None of the selected resources exists on %1.").arg(reading->resources.label));
        return;
    }
    QStringList targets = checkedProfiles();
    targets.removeAll(sourceId);
    openSyncDialog(reading->resources.label, definitions, targets);
}

void CompareView::openSyncDialog(const QString &sourceLabel,
                                 const QList<ResourceDefinition> &definitions,
                                 const QStringList &targetIds)
{
    if (targetIds.isEmpty()) {
        m_status->setText(tr("Tick the clusters to copy to."));
        return;
    }
    if (!m_controller)
        return;
    delete m_syncDialog;
    m_syncDialog = new SyncPlanDialog(m_controller->newSyncController(nullptr), this);
    m_syncDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_syncDialog->setSource(sourceLabel, definitions);
    connect(m_syncDialog, &SyncPlanDialog::applyFinished, this, [this] {
        if (m_controller && m_controller->comparedIds().size() >= 2)
            compare();
    });
    m_syncDialog->show();
    m_syncDialog->setTargets(targetIds);
}

void CompareView::exportDefinitions()
{
    m_fileChooser(this,
                  {FileChooser::Mode::Save, tr("Export resource definitions"),
                   m_source->currentText() + u"-resources.json"_s, tr("Definitions (*.json)")},
                  [this](const QString &path) { exportDefinitionsTo(path); });
}

void CompareView::exportDefinitionsTo(const QString &path)
{
    const QString id = m_source->currentData().toString();
    if (id.isEmpty() || !m_controller)
        return;
    m_status->setText(tr("Reading %1…").arg(m_source->currentText()));
    m_controller->exportDefinitions(
        id, path, this, [this](bool, const QString &message) { m_status->setText(message); });
}

void CompareView::importDefinitions()
{
    m_fileChooser(this,
                  {FileChooser::Mode::Open, tr("Import resource definitions"), QString(),
                   tr("Definitions (*.json)")},
                  [this](const QString &path) { importDefinitionsFrom(path); });
}

void CompareView::importDefinitionsFrom(const QString &path)
{
    QString error;
    const auto file = DefinitionsFile::read(path, &error);
    if (!file) {
        m_status->setText(tr("Cannot import: %1").arg(error));
        return;
    }
    const QString label = file->cluster.isEmpty() ? path : file->cluster;
    openSyncDialog(tr("the file (%1)").arg(label), file->resources, checkedProfiles());
}
