// NodeHistoryCharts: one node's recent history from the local store: clock offset with its
// ± error bound as a band, round-trip latency, and the configuration revisions it went through.
// Samples are read asynchronously through StoreThread; the charts follow the palette, zoom into
// a dragged period (double-click resets) and copy their data as CSV.
#pragma once

#include "StoreRecords.h"

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
class StoreThread;
class ZoomableChartView;

class NodeHistoryCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeHistoryCharts)

public:
    struct RevisionChange
    {
        qint64 timeMs = 0;
        qint64 revision = 0;
        std::optional<qint64> previous; // unset for the first revision seen in the period
        friend bool operator==(const RevisionChange &, const RevisionChange &) = default;
    };

    explicit NodeHistoryCharts(QWidget *parent = nullptr);

    void setStore(StoreThread *store);
    // The store keys samples by cluster profile id. An empty node id shows nothing.
    void setNode(const QString &profileId, const QString &nodeId);
    QString nodeId() const { return m_nodeId; }
    // Reads the samples of the chosen period again (called after every poll).
    void reload();
    // The period shown, ending now.
    qint64 rangeMs() const;
    void setRangeMs(qint64 rangeMs); // picks the nearest offered period

    // Where the revision changes in the period, oldest first.
    static QList<RevisionChange> revisionChanges(const QList<NodeSample> &samples);

    // What is drawn, for tests.
    QLineSeries *offsetSeries() const { return m_offset; }
    QAreaSeries *errorBandSeries() const { return m_errorBand; }
    QLineSeries *latencySeries() const { return m_latency; }
    ZoomableChartView *offsetView() const { return m_offsetView; }
    ZoomableChartView *latencyView() const { return m_latencyView; }
    QList<RevisionChange> shownRevisionChanges() const { return m_revisionChanges; }
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    // A load finished and the charts show its samples.
    void samplesShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showRevisionChanges();
    void showStatus();
    void applyColors();
    void clearCharts();
    void showSamples(const QList<NodeSample> &samples, qint64 fromMs, qint64 toMs);
    ZoomableChartView *makeChartView(QChart *chart);

    QPointer<StoreThread> m_store;
    QString m_profileId;
    QString m_nodeId;
    quint64 m_generation = 0; // answers for an earlier node or period are dropped
    bool m_loading = false;
    bool m_reloadAgain = false;
    QList<RevisionChange> m_revisionChanges;
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
    ZoomableChartView *m_offsetView;
    ZoomableChartView *m_latencyView;
    QLabel *m_revisionsLabel;
    QTreeWidget *m_revisions;
};
