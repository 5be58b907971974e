#include "ZoomableChartView.h"

#include <QAction>
#include <QAreaSeries>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QGuiApplication>
#include <QLineSeries>
#include <QMap>
#include <QMouseEvent>

#include <cmath>

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

struct Column
{
    QString name;
    const QXYSeries *series;
};

QList<Column> columnsOf(const QChart *chart)
{
    QList<Column> columns;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *area = qobject_cast<QAreaSeries *>(series)) {
            if (area->upperSeries())
                columns.append(
                    {QStringLiteral("%1 (upper)").arg(area->name()), area->upperSeries()});
            if (area->lowerSeries())
                columns.append(
                    {QStringLiteral("%1 (lower)").arg(area->name()), area->lowerSeries()});
        } else if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            columns.append({xy->name(), xy});
        }
    }
    return columns;
}

} // namespace

ZoomableChartView::ZoomableChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
    , m_copy(new QAction(this))
    , m_reset(new QAction(this))
{
    setRenderHint(QPainter::Antialiasing);
    // Time runs along x: zoom into a span of it, keep the values' scale readable.
    setRubberBand(QChartView::HorizontalRubberBand);
    m_copy->setObjectName(QStringLiteral("copyChartCsvAction"));
    m_reset->setObjectName(QStringLiteral("resetChartZoomAction"));
    connect(m_copy, &QAction::triggered, this, &ZoomableChartView::copyAsCsv);
    connect(m_reset, &QAction::triggered, this, &ZoomableChartView::resetZoom);
    addActions({m_copy, m_reset});
    setContextMenuPolicy(Qt::ActionsContextMenu);
    retranslateUi();
}

QString ZoomableChartView::csvOf(const QChart *chart)
{
    const QList<Column> columns = columnsOf(chart);
    QMap<qint64, QStringList> rows;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const QList<QPointF> points = columns.at(c).series->points();
        for (const QPointF &point : points) {
            QStringList &row = rows[qint64(std::llround(point.x()))];
            row.resize(columns.size());
            row[c] = QString::number(point.y(), 'g', 12);
        }
    }
    QStringList header{QStringLiteral("time")};
    for (const Column &column : columns)
        header << csvField(column.name);
    QString csv = header.join(u',') + u'\n';
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const QString time =
            QDateTime::fromMSecsSinceEpoch(it.key(), Qt::UTC).toString(Qt::ISODateWithMs);
        QStringList row = it.value();
        row.resize(columns.size());
        csv += time + u',' + row.join(u',') + u'\n';
    }
    return csv;
}

void ZoomableChartView::copyAsCsv()
{
    QGuiApplication::clipboard()->setText(csvOf(chart()));
}

void ZoomableChartView::resetZoom()
{
    chart()->zoomReset();
    emit zoomWasReset();
}

void ZoomableChartView::fitTitle()
{
    // The chart elides a title wider than itself; the margins are the chart's and the view's.
    const QFontMetrics metrics(chart()->titleFont());
    const int titleWidth = metrics.horizontalAdvance(chart()->title());
    setMinimumWidth(std::max(220, titleWidth + 48));
}

void ZoomableChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        resetZoom();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void ZoomableChartView::mouseReleaseEvent(QMouseEvent *event)
{
    // QChartView zooms out on a right click; here the right button opens the context menu.
    if (event->button() == Qt::RightButton) {
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void ZoomableChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QChartView::changeEvent(event);
}

void ZoomableChartView::retranslateUi()
{
    m_copy->setText(tr("&Copy as CSV"));
    m_reset->setText(tr("&Reset Zoom"));
    setToolTip(tr("Drag across the chart to zoom into a period; double-click to show it all."));
}
