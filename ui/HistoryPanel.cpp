#include "HistoryPanel.h"

#include "ChangeDetailsDialog.h"
#include "ChangeLogFetcher.h"
#include "ChangeLogModel.h"
#include "Icons.h"
#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
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

} // namespace

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChangeLogModel(this))
    , m_table(new QTableView(this))
    , m_refresh(new QPushButton(this))
    , m_loadMore(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_unavailable(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("changeLog"));
    m_table->setModel(m_model);
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
    // activated: a double-click (or the platform's single click) and Enter from the keyboard.
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { showDetails(index.row()); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_loadMore);
    bar->addWidget(m_refresh);
    m_unavailable->setObjectName(QStringLiteral("historyUnavailable"));
    m_unavailable->setWordWrap(true);
    m_unavailable->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_unavailable->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_unavailable);
    layout->addWidget(m_table, 1);
    layout->addLayout(bar);
    setTabOrder(m_table, m_loadMore);
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
    const std::optional<ChangeLogEntry> entry = m_model->entryAt(row);
    if (!entry)
        return;
    auto *dialog = new ChangeDetailsDialog(*entry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
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
    m_table->setAccessibleName(tr("Configuration change log"));
    updateState();
}
