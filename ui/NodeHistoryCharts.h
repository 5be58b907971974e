// NodeHistoryCharts: one node's recent history: clock offset with its ± error bound as a band,
// round-trip latency, load (requests being served and resident memory in MiB, on two axes), and
// the configuration revisions it went through. A NodeHistoryQuery reads the samples and hands
// them over as series; the charts follow the palette, zoom into a dragged period (double-click
// resets) and copy their data as CSV.
#pragma once

#include "NodeHistoryQuery.h"
#include "NodeHistorySeries.h"

#include <QPointer>
#include <QWidget>

class QAreaSeries;
class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QTreeWidget;
class QValueAxis;
class ZoomableChartView;

class NodeHistoryCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeHistoryCharts)

public:
    explicit NodeHistoryCharts(QWidget *parent = nullptr);

    // The query that reads the samples (not owned; made by the core for the cluster). Without
    // one the charts stay empty.
    void setQuery(NodeHistoryQuery *query);
    // The store keys samples by cluster profile id. An empty node id shows nothing.
    void setNode(const QString &profileId, const QString &nodeId);
    QString nodeId() const;
    // Reads the samples of the chosen period again (called after every poll).
    void reload();
    // The period shown, ending now.
    qint64 rangeMs() const;
    void setRangeMs(qint64 rangeMs); // picks the nearest offered period

    NodeHistoryQuery *query() const { return m_query; }

    // What is drawn, for tests.
    QLineSeries *offsetSeries() const { return m_offset; }
    QAreaSeries *errorBandSeries() const { return m_errorBand; }
    QLineSeries *latencySeries() const { return m_latency; }
    QLineSeries *requestsSeries() const { return m_requests; }
    QLineSeries *memorySeries() const { return m_memory; }
    ZoomableChartView *offsetView() const { return m_offsetView; }
    ZoomableChartView *latencyView() const { return m_latencyView; }
    ZoomableChartView *loadView() const { return m_loadView; }
    QList<NodeRevisionChange> shownRevisionChanges() const { return m_revisionChanges; }
    bool isLoading() const;

Q_SIGNALS:
    // A load finished and the charts show its samples.
    void samplesShown();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void showRevisionChanges();
    void showStatus();
    void applyColors();
    void clearCharts();
    void showSeries(const NodeHistorySeries &series);
    void setUpCharts();
    ZoomableChartView *makeChartView(QChart *chart);

    QPointer<NodeHistoryQuery> m_query;
    QString m_profileId;
    QString m_nodeId;
    QList<NodeRevisionChange> m_revisionChanges;
    std::optional<qsizetype> m_shownSamples; // unset while loading

    QLabel *m_rangeLabel;
    QComboBox *m_range;
    QLabel *m_status;
    QChart *m_offsetChart;
    QLineSeries *m_offset;
    QLineSeries *m_offsetUpper;
    QLineSeries *m_offsetLower;
    QAreaSeries *m_errorBand;
    QDateTimeAxis *m_offsetTime;
    QValueAxis *m_offsetValue;
    QChart *m_latencyChart;
    QLineSeries *m_latency;
    QDateTimeAxis *m_latencyTime;
    QValueAxis *m_latencyValue;
    QChart *m_loadChart;
    QLineSeries *m_requests;
    QLineSeries *m_memory;
    QDateTimeAxis *m_loadTime;
    QValueAxis *m_requestsValue;
    QValueAxis *m_memoryValue;
    ZoomableChartView *m_offsetView;
    ZoomableChartView *m_latencyView;
    ZoomableChartView *m_loadView;
    QLabel *m_revisionsLabel;
    QTreeWidget *m_revisions;
};
