#include "NodeHistoryCharts.h"

#include "NodeHistoryQuery.h"
#include "Theme.h"
#include "ZoomableChartView.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Ranges[] = {15 * Minute, 60 * Minute, 6 * 60 * Minute, 24 * 60 * Minute};
constexpr int DefaultRangeIndex = 1;

// Room around the data, never below zero for values that cannot be negative (latency, load).
void setYRange(QValueAxis *axis, double low, double high, bool floorAtZero)
{
    if (!std::isfinite(low) || !std::isfinite(high) || low > high) {
        low = floorAtZero ? 0 : -1;
        high = 1;
    }
    if (high - low < 1e-6) {
        low -= floorAtZero ? 0 : 1;
        high += 1;
    }
    const double pad = (high - low) * 0.1;
    axis->setRange(floorAtZero ? std::max(0.0, low - pad) : low - pad, high + pad);
    axis->applyNiceNumbers();
    if (floorAtZero && axis->min() < 0) {
        axis->setMin(0);
        axis->applyNiceNumbers();
    }
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace

NodeHistoryCharts::NodeHistoryCharts(QWidget *parent)
    : QWidget(parent)
    , m_rangeLabel(new QLabel(this))
    , m_range(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_offsetChart(new QChart)
    , m_offset(new QLineSeries(m_offsetChart))
    , m_offsetUpper(new QLineSeries(m_offsetChart))
    , m_offsetLower(new QLineSeries(m_offsetChart))
    , m_errorBand(new QAreaSeries(m_offsetUpper, m_offsetLower))
    , m_offsetTime(new QDateTimeAxis(m_offsetChart))
    , m_offsetValue(new QValueAxis(m_offsetChart))
    , m_latencyChart(new QChart)
    , m_latency(new QLineSeries(m_latencyChart))
    , m_latencyTime(new QDateTimeAxis(m_latencyChart))
    , m_latencyValue(new QValueAxis(m_latencyChart))
    , m_loadChart(new QChart)
    , m_requests(new QLineSeries(m_loadChart))
    , m_memory(new QLineSeries(m_loadChart))
    , m_loadTime(new QDateTimeAxis(m_loadChart))
    , m_requestsValue(new QValueAxis(m_loadChart))
    , m_memoryValue(new QValueAxis(m_loadChart))
    , m_offsetView(makeChartView(m_offsetChart))
    , m_latencyView(makeChartView(m_latencyChart))
    , m_loadView(makeChartView(m_loadChart))
    , m_revisionsLabel(new QLabel(this))
    , m_revisions(new QTreeWidget(this))
{
    m_range->setObjectName(QStringLiteral("historyRange"));
    m_rangeLabel->setBuddy(m_range);
    for (int i = 0; i < int(std::size(Ranges)); ++i)
        m_range->addItem(QString(), Ranges[i]);
    m_range->setCurrentIndex(DefaultRangeIndex);
    connect(m_range, &QComboBox::currentIndexChanged, this, &NodeHistoryCharts::reload);
    m_status->setObjectName(QStringLiteral("historyStatus"));

    setUpCharts();

    m_revisions->setObjectName(QStringLiteral("revisionHistory"));
    m_revisions->setColumnCount(2);
    m_revisions->setRootIsDecorated(false);
    m_revisions->setUniformRowHeights(true);
    m_revisions->header()->setStretchLastSection(true);
    m_revisions->header()->resizeSection(
        0,
        m_revisions->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31 23:59:59")) + 16);
    m_revisionsLabel->setBuddy(m_revisions);

    auto *top = new QHBoxLayout;
    top->addWidget(m_rangeLabel);
    top->addWidget(m_range);
    top->addSpacing(12);
    top->addWidget(m_status, 1);
    auto *revisionColumn = new QVBoxLayout;
    revisionColumn->addWidget(m_revisionsLabel);
    revisionColumn->addWidget(m_revisions, 1);
    auto *chartRow = new QWidget;
    chartRow->setObjectName(QStringLiteral("historyChartRow"));
    auto *charts = new QHBoxLayout(chartRow);
    charts->setContentsMargins(QMargins());
    charts->addWidget(m_offsetView, 3);
    charts->addWidget(m_latencyView, 3);
    charts->addWidget(m_loadView, 3);
    charts->addLayout(revisionColumn, 2);
    // Three charts with whole titles beside the revisions need more width than a 1024-pixel
    // screen leaves (more with German or French titles): they scroll sideways instead of making
    // the window wider than the screen.
    auto *chartScroll = new QScrollArea(this);
    chartScroll->setObjectName(QStringLiteral("historyChartScroll"));
    chartScroll->setWidgetResizable(true);
    chartScroll->setFrameShape(QFrame::NoFrame);
    chartScroll->setFocusPolicy(Qt::NoFocus);
    chartScroll->setWidget(chartRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(chartScroll, 1);

    setTabOrder(m_range, m_revisions);
    retranslateUi();
    applyColors();
    clearCharts();
}

void NodeHistoryCharts::setUpCharts()
{
    // The band goes in first so the offset line is drawn over it.
    m_offsetChart->addAxis(m_offsetTime, Qt::AlignBottom);
    m_offsetChart->addAxis(m_offsetValue, Qt::AlignLeft);
    attach(m_offsetChart, m_errorBand, m_offsetTime, m_offsetValue);
    attach(m_offsetChart, m_offset, m_offsetTime, m_offsetValue);
    m_latencyChart->addAxis(m_latencyTime, Qt::AlignBottom);
    m_latencyChart->addAxis(m_latencyValue, Qt::AlignLeft);
    attach(m_latencyChart, m_latency, m_latencyTime, m_latencyValue);
    // Requests and memory differ by orders of magnitude: each gets its own axis.
    m_loadChart->addAxis(m_loadTime, Qt::AlignBottom);
    m_loadChart->addAxis(m_requestsValue, Qt::AlignLeft);
    m_loadChart->addAxis(m_memoryValue, Qt::AlignRight);
    attach(m_loadChart, m_requests, m_loadTime, m_requestsValue);
    attach(m_loadChart, m_memory, m_loadTime, m_memoryValue);
    for (QChart *chart : {m_offsetChart, m_latencyChart, m_loadChart}) {
        chart->legend()->setVisible(chart != m_latencyChart);
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setBackgroundRoundness(0);
        chart->setMargins(QMargins(4, 4, 4, 4));
    }
    for (QValueAxis *axis : {m_offsetValue, m_latencyValue, m_requestsValue, m_memoryValue})
        axis->setLabelFormat(QStringLiteral("%g"));
    for (QDateTimeAxis *axis : {m_offsetTime, m_latencyTime, m_loadTime}) {
        axis->setFormat(QStringLiteral("HH:mm"));
        axis->setTickCount(5);
    }
    m_offsetView->setObjectName(QStringLiteral("offsetChart"));
    m_latencyView->setObjectName(QStringLiteral("latencyChart"));
    m_loadView->setObjectName(QStringLiteral("loadChart"));
}

ZoomableChartView *NodeHistoryCharts::makeChartView(QChart *chart)
{
    auto *view = new ZoomableChartView(chart, this);
    view->setFocusPolicy(Qt::NoFocus);
    view->setMinimumSize(200, 160);
    // Back to the whole period, with whatever came in while zoomed.
    connect(view, &ZoomableChartView::zoomWasReset, this, &NodeHistoryCharts::reload);
    return view;
}

void NodeHistoryCharts::setQuery(NodeHistoryQuery *query)
{
    if (query == m_query)
        return;
    if (m_query)
        disconnect(m_query, nullptr, this, nullptr);
    m_query = query;
    if (m_query) {
        m_query->setNode(m_profileId, m_nodeId);
        connect(m_query, &NodeHistoryQuery::seriesRead, this, &NodeHistoryCharts::showSeries);
    }
    reload();
}

void NodeHistoryCharts::setNode(const QString &profileId, const QString &nodeId)
{
    if (profileId == m_profileId && nodeId == m_nodeId)
        return;
    m_profileId = profileId;
    m_nodeId = nodeId;
    if (m_query)
        m_query->setNode(profileId, nodeId);
    clearCharts();
    reload();
}

QString NodeHistoryCharts::nodeId() const
{
    return m_nodeId;
}

bool NodeHistoryCharts::isLoading() const
{
    return m_query && m_query->isLoading();
}

qint64 NodeHistoryCharts::rangeMs() const
{
    return m_range->currentData().toLongLong();
}

void NodeHistoryCharts::setRangeMs(qint64 rangeMs)
{
    int best = 0;
    for (int i = 0; i < m_range->count(); ++i) {
        if (std::llabs(Ranges[i] - rangeMs) < std::llabs(Ranges[best] - rangeMs))
            best = i;
    }
    m_range->setCurrentIndex(best);
}

void NodeHistoryCharts::reload()
{
    if (!m_query)
        return;
    m_query->setRangeMs(rangeMs());
    m_query->reload();
}

void NodeHistoryCharts::showSeries(const NodeHistorySeries &series)
{
    m_offset->replace(series.offset);
    m_offsetUpper->replace(series.offsetUpper);
    m_offsetLower->replace(series.offsetLower);
    m_latency->replace(series.latency);
    m_requests->replace(series.activeRequests);
    m_memory->replace(series.memoryMiB);
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(series.fromMs);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(series.toMs);
    // A zoomed chart keeps the span the user chose; new points still appear in it.
    if (!m_offsetChart->isZoomed()) {
        m_offsetTime->setRange(from, to);
        setYRange(m_offsetValue, series.offsetLow, series.offsetHigh, false);
    }
    if (!m_latencyChart->isZoomed()) {
        m_latencyTime->setRange(from, to);
        setYRange(m_latencyValue, 0, series.latencyHigh, true);
    }
    if (!m_loadChart->isZoomed()) {
        m_loadTime->setRange(from, to);
        setYRange(m_requestsValue, 0, series.requestsHigh, true);
        setYRange(m_memoryValue, 0, series.memoryHighMiB, true);
    }
    if (series.revisionChanges != m_revisionChanges) {
        m_revisionChanges = series.revisionChanges;
        showRevisionChanges();
    }
    m_shownSamples = series.sampleCount;
    showStatus();
    emit samplesShown();
}

// The texts below are written again on a language switch, so they live apart from the data.
void NodeHistoryCharts::showRevisionChanges()
{
    m_revisions->clear();
    for (auto it = m_revisionChanges.crbegin(); it != m_revisionChanges.crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_revisions);
        item->setText(0, QDateTime::fromMSecsSinceEpoch(it->timeMs)
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        item->setText(1, it->previous ? tr("%1 (was %2)").arg(it->revision).arg(*it->previous)
                                      : tr("%1 (first seen)").arg(it->revision));
    }
}

void NodeHistoryCharts::showStatus()
{
    if (!m_shownSamples) {
        m_status->setText(nodeId().isEmpty() ? QString() : tr("Loading…"));
        return;
    }
    const qsizetype count = *m_shownSamples;
    m_status->setText(count == 0   ? tr("No samples in this period yet.")
                      : count == 1 ? tr("1 sample")
                                   : tr("%1 samples").arg(count));
}

void NodeHistoryCharts::clearCharts()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    showSeries(NodeHistorySeries::fromSamples({}, now - rangeMs(), now));
    m_shownSamples.reset();
    showStatus();
}

void NodeHistoryCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyColors();
    QWidget::changeEvent(event);
}

void NodeHistoryCharts::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Fewer time ticks on a narrow chart: "16:45" cut to "16:…" tells nothing.
    const std::pair<ZoomableChartView *, QDateTimeAxis *> pairs[] = {
        {m_offsetView, m_offsetTime}, {m_latencyView, m_latencyTime}, {m_loadView, m_loadTime}};
    for (const auto &[view, axis] : pairs)
        axis->setTickCount(std::clamp(view->width() / 80, 3, 5));
}

void NodeHistoryCharts::retranslateUi()
{
    m_rangeLabel->setText(tr("&Period:"));
    const QString names[] = {tr("Last 15 minutes"), tr("Last hour"), tr("Last 6 hours"),
                             tr("Last 24 hours")};
    for (int i = 0; i < m_range->count(); ++i)
        m_range->setItemText(i, names[i]);
    m_offsetChart->setTitle(tr("Clock offset against this computer"));
    m_offset->setName(tr("Offset"));
    m_errorBand->setName(tr("± error bound"));
    m_offsetValue->setTitleText(tr("ms"));
    m_latencyChart->setTitle(tr("Round-trip latency"));
    m_latency->setName(tr("Latency"));
    m_latencyValue->setTitleText(tr("ms"));
    m_loadChart->setTitle(tr("Load"));
    m_requests->setName(tr("Requests"));
    m_memory->setName(tr("Memory (MiB)"));
    m_requestsValue->setTitleText(tr("requests"));
    m_memoryValue->setTitleText(tr("MiB"));
    m_revisionsLabel->setText(tr("Configuration &revisions"));
    m_revisions->setHeaderLabels({tr("Seen at"), tr("Revision")});
    for (ZoomableChartView *view : {m_offsetView, m_latencyView, m_loadView})
        view->fitTitle();
    showRevisionChanges();
    showStatus();
}

void NodeHistoryCharts::applyColors()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor grid = pal.color(QPalette::Mid);
    const QColor line = Theme::color(Theme::Role::Info, pal);
    QColor band = line;
    band.setAlpha(70);
    for (QChart *chart : {m_offsetChart, m_latencyChart, m_loadChart}) {
        chart->setBackgroundBrush(pal.color(QPalette::Base));
        chart->setBackgroundPen(QPen(grid));
        chart->setTitleBrush(text);
        chart->legend()->setLabelColor(text);
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsColor(text);
            axis->setTitleBrush(text);
            axis->setGridLineColor(grid);
            axis->setLinePenColor(grid);
        }
    }
    m_offset->setPen(QPen(line, 2));
    m_latency->setPen(QPen(line, 2));
    m_requests->setPen(QPen(line, 2));
    // Memory in the text colour, dashed: told apart from requests without relying on hue.
    m_memory->setPen(QPen(text, 2, Qt::DashLine));
    // The memory axis's grid would cross the requests' grid at other heights.
    m_memoryValue->setGridLineVisible(false);
    m_errorBand->setBrush(band);
    m_errorBand->setPen(Qt::NoPen);
    for (ZoomableChartView *view : {m_offsetView, m_latencyView, m_loadView})
        view->setBackgroundBrush(pal.color(QPalette::Window));
}
