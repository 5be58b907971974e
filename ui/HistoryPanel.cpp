#include "HistoryPanel.h"

#include "ChangeDetailsDialog.h"
#include "ChangeLogExport.h"
#include "ChangeLogFetcher.h"
#include "ChangeLogFilterProxyModel.h"
#include "ChangeLogModel.h"
#include "Icons.h"
#include "SyncPlanDialog.h"
#include "Theme.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

using Column = ChangeLogModel::Column;

int widthInCharacters(Column column)
{
    switch (column) {
    case Column::Revision:
        return 9;
    case Column::Time:
        return 20;
    case Column::User:
        return 12;
    case Column::Operation:
        return 10;
    case Column::ResourceType:
        return 16;
    case Column::ResourceName:
    case Column::Count:
        break;
    }
    return 24;
}

// The time filter's choices: how far back, in hours (0: any time).
constexpr int kTimeRanges[] = {0, 1, 24, 24 * 7, 24 * 30};

} // namespace

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChangeLogModel(this))
    , m_proxy(new ChangeLogFilterProxyModel(this))
    , m_resourceLabel(new QLabel(this))
    , m_resourceFilter(new QLineEdit(this))
    , m_userLabel(new QLabel(this))
    , m_userFilter(new QComboBox(this))
    , m_timeLabel(new QLabel(this))
    , m_timeFilter(new QComboBox(this))
    , m_export(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_refresh(new QPushButton(this))
    , m_loadMore(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_unavailable(new QLabel(this))
{
    m_proxy->setChangeLogModel(m_model);
    m_table->setObjectName(QStringLiteral("changeLog"));
    m_table->setModel(m_proxy);
    m_resourceFilter->setObjectName(QStringLiteral("historyResourceFilter"));
    m_resourceFilter->setClearButtonEnabled(true);
    m_userFilter->setObjectName(QStringLiteral("historyUserFilter"));
    m_timeFilter->setObjectName(QStringLiteral("historyTimeFilter"));
    for (int hours : kTimeRanges)
        m_timeFilter->addItem(QString(), hours);
    m_export->setObjectName(QStringLiteral("exportChangeLog"));
    m_resourceLabel->setBuddy(m_resourceFilter);
    m_userLabel->setBuddy(m_userFilter);
    m_timeLabel->setBuddy(m_timeFilter);
    m_userFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_resourceFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setResourceFilter(text);
        updateState();
    });
    connect(m_userFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setUserFilter(m_userFilter->currentData().toString());
        updateState();
    });
    connect(m_timeFilter, &QComboBox::currentIndexChanged, this, &HistoryPanel::applyTimeFilter);
    connect(m_export, &QPushButton::clicked, this, &HistoryPanel::exportCsvInteractively);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    const QFontMetrics metrics(font());
    m_table->verticalHeader()->setDefaultSectionSize(metrics.height() + 10);
    header->setResizeContentsPrecision(50); // the newest rows say how wide a time is
    for (int c = 0; c < int(Column::Count); ++c)
        header->resizeSection(c, widthInCharacters(Column(c)) * metrics.averageCharWidth() + 12);

    m_refresh->setObjectName(QStringLiteral("refreshChangeLog"));
    m_loadMore->setObjectName(QStringLiteral("loadOlderChanges"));
    m_status->setObjectName(QStringLiteral("changeLogStatus"));
    m_status->setWordWrap(true);
    connect(m_refresh, &QPushButton::clicked, this, &HistoryPanel::refresh);
    connect(m_loadMore, &QPushButton::clicked, this, &HistoryPanel::loadMore);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryPanel::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryPanel::fitColumns);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::fitColumns);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryPanel::updateUsers);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateUsers);
    // activated: a double-click (or the platform's single click) and Enter from the keyboard.
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { showDetails(index.row()); });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_resourceLabel);
    filters->addWidget(m_resourceFilter, 1);
    filters->addWidget(m_userLabel);
    filters->addWidget(m_userFilter);
    filters->addWidget(m_timeLabel);
    filters->addWidget(m_timeFilter);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_export);
    bar->addWidget(m_loadMore);
    bar->addWidget(m_refresh);
    m_unavailable->setObjectName(QStringLiteral("historyUnavailable"));
    m_unavailable->setWordWrap(true);
    m_unavailable->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_unavailable->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_unavailable);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bar);
    setTabOrder(m_resourceFilter, m_userFilter);
    setTabOrder(m_userFilter, m_timeFilter);
    setTabOrder(m_timeFilter, m_table);
    setTabOrder(m_table, m_export);
    setTabOrder(m_export, m_loadMore);
    setTabOrder(m_loadMore, m_refresh);

    retranslateUi();
}

void HistoryPanel::setUnavailable(const QString &reason)
{
    m_unavailable->setText(reason);
    m_unavailable->setVisible(!reason.isEmpty());
    for (QWidget *widget : {static_cast<QWidget *>(m_table), static_cast<QWidget *>(m_status),
                            static_cast<QWidget *>(m_loadMore), static_cast<QWidget *>(m_refresh)})
        widget->setVisible(reason.isEmpty());
    if (reason.isEmpty())
        updateState();
}

void HistoryPanel::setFetcher(ChangeLogFetcher *fetcher)
{
    if (fetcher == m_fetcher)
        return;
    if (m_fetcher) {
        disconnect(m_fetcher, nullptr, this, nullptr);
        disconnect(m_fetcher, nullptr, m_model, nullptr);
    }
    m_fetcher = fetcher;
    m_model->setEntries({}); // the rows of another fetcher are not this one's
    if (m_fetcher) {
        m_fetcher->feed(m_model);
        connect(m_fetcher, &ChangeLogFetcher::stateChanged, this, &HistoryPanel::updateState);
    }
    m_wantsFirstLoad = m_fetcher != nullptr;
    if (m_wantsFirstLoad && isVisible())
        refresh();
    updateState();
}

void HistoryPanel::setSnapshot(const ClusterSnapshot &snapshot)
{
    // The newest revision any node has: the primary's, or the best a replica knows.
    qint64 revision = -1;
    for (const NodeSnapshot &node : snapshot.nodes()) {
        if (node.config().revision)
            revision = std::max(revision, *node.config().revision);
    }
    if (revision >= 0 && !snapshot.isStale() && m_fetcher)
        m_fetcher->noteRevision(revision);
}

void HistoryPanel::showDetails(int row)
{
    const std::optional<ChangeLogEntry> entry = m_proxy->entryAt(row);
    if (!entry)
        return;
    auto *dialog = new ChangeDetailsDialog(*entry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRevertAvailable(bool(m_newSyncController));
    connect(dialog, &ChangeDetailsDialog::revertRequested, this,
            [this](const ChangeLogEntry &change) { revertChange(change); });
    dialog->open();
}

void HistoryPanel::setRevertTarget(const QString &profileId, SyncControllerFactory factory)
{
    m_profileId = profileId;
    m_newSyncController = std::move(factory);
}

void HistoryPanel::setRevertConfirmation(RevertConfirmation confirmation)
{
    m_confirmRevert = std::move(confirmation);
}

bool HistoryPanel::confirmRevert(const ChangeLogEntry &entry, const SyncPlan &plan) const
{
    return !m_confirmRevert || m_confirmRevert(entry, plan);
}

SyncPlanDialog *HistoryPanel::revertChange(const ChangeLogEntry &entry)
{
    SyncController *controller = m_newSyncController ? m_newSyncController() : nullptr;
    if (!controller)
        return nullptr;
    auto *dialog = new SyncPlanDialog(controller, this);
    dialog->setObjectName(QStringLiteral("revertPlanDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setApplyGate(
        [this, entry](const SyncPlan &plan) { return confirmRevert(entry, plan); });
    // The revert is a new change: show it without waiting for the next poll.
    connect(dialog, &SyncPlanDialog::applyFinished, this, [this] {
        if (m_fetcher)
            m_fetcher->noteRevision(m_fetcher->latestRevision() + 1);
    });
    dialog->show();
    dialog->setRevert(entry, m_profileId);
    return dialog;
}

bool HistoryPanel::exportCsv(const QString &path, QString *error)
{
    return ChangeLogExport::writeCsv(m_proxy->visibleEntries(), path, error);
}

void HistoryPanel::exportCsvInteractively()
{
    FileChooser::Request request;
    request.mode = FileChooser::Mode::Save;
    request.title = tr("Export the change log as CSV");
    request.suggestedPath = QStringLiteral("history.csv");
    request.filter = tr("CSV files (*.csv)");
    request.defaultSuffix = QStringLiteral("csv");
    m_chooseFile(this, request, [this](const QString &path) {
        QString error;
        if (!exportCsv(path, &error)) {
            m_status->setText(error);
            return;
        }
        m_status->setText(
            tr("Exported %n change(s) to %1.", nullptr, m_proxy->rowCount()).arg(path));
    });
}

void HistoryPanel::updateUsers()
{
    const QString current = m_userFilter->currentData().toString();
    const QStringList users = m_proxy->users();
    QStringList shown;
    for (int i = 1; i < m_userFilter->count(); ++i)
        shown.append(m_userFilter->itemData(i).toString());
    if (shown == users && m_userFilter->count() > 0)
        return;
    const QSignalBlocker block(m_userFilter);
    m_userFilter->clear();
    m_userFilter->addItem(tr("Anyone"), QString());
    for (const QString &user : users)
        m_userFilter->addItem(user, user);
    // A user chosen before stays chosen while the log still has them.
    m_userFilter->setCurrentIndex(std::max(0, m_userFilter->findData(current)));
    m_proxy->setUserFilter(m_userFilter->currentData().toString());
}

void HistoryPanel::applyTimeFilter()
{
    const int hours = m_timeFilter->currentData().toInt();
    m_proxy->setTimeRange(hours > 0 ? QDateTime::currentDateTimeUtc().addSecs(-3600LL * hours)
                                    : QDateTime(),
                          QDateTime());
    updateState();
}

void HistoryPanel::fitColumns()
{
    // Every column but the last (which stretches) as wide as its header and its widest cell,
    // never narrower than the default: a German header or a time must not be cut.
    const QFontMetrics metrics(font());
    for (int c = 0; c + 1 < int(Column::Count); ++c) {
        const int least = widthInCharacters(Column(c)) * metrics.averageCharWidth() + 12;
        m_table->resizeColumnToContents(c);
        if (m_table->columnWidth(c) < least)
            m_table->setColumnWidth(c, least);
    }
}

void HistoryPanel::refresh()
{
    m_wantsFirstLoad = false;
    if (m_fetcher)
        m_fetcher->refresh();
}

void HistoryPanel::loadMore()
{
    if (m_fetcher)
        m_fetcher->loadMore();
}

QString HistoryPanel::statusText() const
{
    return m_status->text();
}

void HistoryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Read the log only when someone looks at it.
    if (m_wantsFirstLoad)
        refresh();
}

void HistoryPanel::updateState()
{
    const bool connected = m_fetcher != nullptr;
    const bool loading = connected && m_fetcher->isLoading();
    const QString error = connected ? m_fetcher->errorText() : QString();
    m_loadMore->setEnabled(connected && !loading && m_fetcher->canLoadMore());
    m_refresh->setEnabled(connected && !loading);
    QString text;
    if (!connected)
        text = tr("Not connected to a cluster.");
    else if (loading)
        text = tr("Loading the change log…");
    else if (!error.isEmpty())
        text = error;
    else if (!m_fetcher->hasLoaded())
        text = QString();
    else if (m_model->rowCount() == 0)
        text = tr("No configuration change has been made yet.");
    else if (m_proxy->rowCount() != m_model->rowCount())
        text = tr("%1 of %2 changes loaded match the filters.")
                   .arg(m_proxy->rowCount())
                   .arg(m_model->rowCount());
    else if (m_fetcher->canLoadMore())
        text = tr("Showing the newest %1 changes (up to revision %2).")
                   .arg(m_model->rowCount())
                   .arg(m_fetcher->latestRevision());
    else
        text = m_model->rowCount() == 1 ? tr("Showing the only change.")
                                        : tr("Showing all %1 changes.").arg(m_model->rowCount());
    m_status->setText(text);
    QPalette statusPalette = palette();
    if (!error.isEmpty() && !loading)
        statusPalette.setColor(QPalette::WindowText,
                               Theme::color(Theme::Role::Critical, palette()));
    m_status->setPalette(statusPalette);
}

void HistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        retranslateUi();
        fitColumns();
    } else if (event->type() == QEvent::PaletteChange)
        updateState();
    QWidget::changeEvent(event);
}

void HistoryPanel::retranslateUi()
{
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setIcon(Icons::icon(QStringLiteral("refresh")));
    m_loadMore->setText(tr("Load &older changes"));
    m_export->setText(tr("E&xport as CSV…"));
    m_resourceLabel->setText(tr("Reso&urce:"));
    m_resourceFilter->setPlaceholderText(tr("type/name"));
    m_userLabel->setText(tr("U&ser:"));
    if (m_userFilter->count() == 0)
        m_userFilter->addItem(QString(), QString());
    m_userFilter->setItemText(0, tr("Anyone"));
    m_timeLabel->setText(tr("Ti&me:"));
    m_timeFilter->setItemText(0, tr("Any time"));
    m_timeFilter->setItemText(1, tr("Last hour"));
    m_timeFilter->setItemText(2, tr("Last 24 hours"));
    m_timeFilter->setItemText(3, tr("Last 7 days"));
    m_timeFilter->setItemText(4, tr("Last 30 days"));
    m_table->setAccessibleName(tr("Configuration change log"));
    updateState();
}
