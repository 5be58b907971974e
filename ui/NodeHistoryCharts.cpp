#include "NodeHistoryCharts.h"

#include "StoreThread.h"
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
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Ranges[] = {15 * Minute, 60 * Minute, 6 * 60 * Minute, 24 * 60 * Minute};
constexpr int DefaultRangeIndex = 1;
// More points than pixels only costs time: long periods are thinned to about this many.
constexpr int MaxPoints = 1500;

// Room around the data, never below zero for values that cannot be negative (latency).
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
    , m_offsetView(makeChartView(m_offsetChart))
    , m_latencyView(makeChartView(m_latencyChart))
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

    // The band goes in first so the offset line is drawn over it.
    m_offsetChart->addSeries(m_errorBand);
    m_offsetChart->addSeries(m_offset);
    m_offsetChart->addAxis(m_offsetTime, Qt::AlignBottom);
    m_offsetChart->addAxis(m_offsetValue, Qt::AlignLeft);
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_errorBand), static_cast<QAbstractSeries *>(m_offset)}) {
        series->attachAxis(m_offsetTime);
        series->attachAxis(m_offsetValue);
    }
    m_latencyChart->addSeries(m_latency);
    m_latencyChart->addAxis(m_latencyTime, Qt::AlignBottom);
    m_latencyChart->addAxis(m_latencyValue, Qt::AlignLeft);
    m_latency->attachAxis(m_latencyTime);
    m_latency->attachAxis(m_latencyValue);
    for (QChart *chart : {m_offsetChart, m_latencyChart}) {
        chart->legend()->setVisible(chart == m_offsetChart);
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setBackgroundRoundness(0);
        chart->setMargins(QMargins(4, 4, 4, 4));
    }
    for (QValueAxis *axis : {m_offsetValue, m_latencyValue})
        axis->setLabelFormat(QStringLiteral("%g"));
    for (QDateTimeAxis *axis : {m_offsetTime, m_latencyTime}) {
        axis->setFormat(QStringLiteral("HH:mm"));
        axis->setTickCount(5);
    }
    m_offsetView->setObjectName(QStringLiteral("offsetChart"));
    m_latencyView->setObjectName(QStringLiteral("latencyChart"));

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
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_offsetView, 3);
    charts->addWidget(m_latencyView, 3);
    charts->addLayout(revisionColumn, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(charts, 1);

    setTabOrder(m_range, m_revisions);
    retranslateUi();
    applyColors();
    clearCharts();
}

ZoomableChartView *NodeHistoryCharts::makeChartView(QChart *chart)
{
    auto *view = new ZoomableChartView(chart, this);
    view->setFocusPolicy(Qt::NoFocus);
    view->setMinimumSize(220, 160);
    // Back to the whole period, with whatever came in while zoomed.
    connect(view, &ZoomableChartView::zoomWasReset, this, &NodeHistoryCharts::reload);
    return view;
}
void NodeHistoryCharts::setStore(StoreThread *store)
{
    m_store = store;
    reload();
}

void NodeHistoryCharts::setNode(const QString &profileId, const QString &nodeId)
{
    if (profileId == m_profileId && nodeId == m_nodeId)
        return;
    m_profileId = profileId;
    m_nodeId = nodeId;
    ++m_generation;
    m_loading = false;
    m_reloadAgain = false;
    clearCharts();
    reload();
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
    if (!m_store || m_nodeId.isEmpty())
        return;
    if (m_loading) {
        // One read at a time; the newest wish is served when the current one answers.
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    const qint64 toMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 fromMs = toMs - rangeMs();
    const quint64 generation = m_generation;
    m_store->samples(m_profileId, m_nodeId, fromMs, toMs, this,
                     [this, generation, fromMs, toMs](const QList<NodeSample> &samples) {
                         if (generation != m_generation)
                             return;
                         m_loading = false;
                         showSamples(samples, fromMs, toMs);
                         if (std::exchange(m_reloadAgain, false))
                             reload();
                     });
}

QList<NodeHistoryCharts::RevisionChange>
NodeHistoryCharts::revisionChanges(const QList<NodeSample> &samples)
{
    QList<RevisionChange> changes;
    std::optional<qint64> current;
    for (const NodeSample &sample : samples) {
        if (!sample.revision || sample.revision == current)
            continue;
        changes.append({sample.timeMs, *sample.revision, current});
        current = sample.revision;
    }
    return changes;
}

void NodeHistoryCharts::showSamples(const QList<NodeSample> &samples, qint64 fromMs, qint64 toMs)
{
    const qsizetype stride = std::max<qsizetype>(1, (samples.size() + MaxPoints - 1) / MaxPoints);
    QList<QPointF> offset, upper, lower, latency;
    double offsetLow = INFINITY, offsetHigh = -INFINITY, latencyHigh = 0;
    for (qsizetype i = 0; i < samples.size(); i += stride) {
        const NodeSample &sample = samples.at(i);
        const double x = double(sample.timeMs);
        if (sample.offsetMs && std::isfinite(*sample.offsetMs)) {
            const double error =
                sample.errorMs && std::isfinite(*sample.errorMs) ? std::fabs(*sample.errorMs) : 0;
            offset.append({x, *sample.offsetMs});
            upper.append({x, *sample.offsetMs + error});
            lower.append({x, *sample.offsetMs - error});
            offsetLow = std::min(offsetLow, *sample.offsetMs - error);
            offsetHigh = std::max(offsetHigh, *sample.offsetMs + error);
        }
        if (sample.latencyMs && std::isfinite(*sample.latencyMs)) {
            latency.append({x, *sample.latencyMs});
            latencyHigh = std::max(latencyHigh, *sample.latencyMs);
        }
    }
    m_offset->replace(offset);
    m_offsetUpper->replace(upper);
    m_offsetLower->replace(lower);
    m_latency->replace(latency);
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs);
    // A zoomed chart keeps the span the user chose; new points still appear in it.
    if (!m_offsetChart->isZoomed()) {
        m_offsetTime->setRange(from, to);
        setYRange(m_offsetValue, offsetLow, offsetHigh, false);
    }
    if (!m_latencyChart->isZoomed()) {
        m_latencyTime->setRange(from, to);
        setYRange(m_latencyValue, 0, latencyHigh, true);
    }

    const QList<RevisionChange> changes = revisionChanges(samples);
    if (changes != m_revisionChanges) {
        m_revisionChanges = changes;
        showRevisionChanges();
    }
    m_shownSamples = samples.size();
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
        m_status->setText(m_nodeId.isEmpty() ? QString() : tr("Loading…"));
        return;
    }
    const qsizetype count = *m_shownSamples;
    m_status->setText(count == 0   ? tr("No samples in this period yet.")
                      : count == 1 ? tr("1 sample")
                                   : tr("%1 samples").arg(count));
}

void NodeHistoryCharts::clearCharts()
{
    showSamples({}, QDateTime::currentMSecsSinceEpoch() - rangeMs(),
                QDateTime::currentMSecsSinceEpoch());
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
    m_revisionsLabel->setText(tr("Configuration &revisions"));
    m_revisions->setHeaderLabels({tr("Seen at"), tr("Revision")});
    m_offsetView->fitTitle();
    m_latencyView->fitTitle();
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
    for (QChart *chart : {m_offsetChart, m_latencyChart}) {
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
    m_errorBand->setBrush(band);
    m_errorBand->setPen(Qt::NoPen);
    m_offsetView->setBackgroundBrush(pal.color(QPalette::Window));
    m_latencyView->setBackgroundBrush(pal.color(QPalette::Window));
}
