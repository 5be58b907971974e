#pragma once
// SvgChart: the clock-offset history of a cluster's nodes as a line chart. layOut() computes the
// geometry once (axes, ticks, one polyline per node, downsampled to the pixel width); toSvg()
// writes it as self-contained SVG text, and the PDF writer paints the same layout with QPainter.

#include "StoreRecords.h"

#include <QList>
#include <QMap>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

struct ChartTick
{
    double position = 0; // pixels along the axis (x for time ticks, y for value ticks)
    QString label;
};

struct ChartSeries
{
    QString label;
    QString color;                  // "#rrggbb"
    QList<QList<QPointF>> segments; // pixel coordinates; a gap in the data splits a segment
};

struct ChartLayout
{
    QSizeF size;
    QRectF plot; // the data area
    QString title;
    QString yTitle;
    QList<ChartTick> xTicks;
    QList<ChartTick> yTicks;
    double zeroY = -1; // the 0 ms line, -1 when outside the range
    QList<ChartSeries> series;
    QString note;  // "showing the 12 nodes with the largest offsets of 1000"
    QString empty; // set when there is nothing to draw: the message to show instead

    bool isEmpty() const { return !empty.isEmpty(); }
};

class SvgChart final
{
public:
    static constexpr int MaxSeries = 12;

    // Offset (ms) against time for each node's samples in [fromMs, toMs]; at most MaxSeries
    // nodes (those with the largest offsets), each reduced to a min/max pair per pixel column.
    static ChartLayout offsetHistory(const QMap<QString, QList<NodeSample>> &history, qint64 fromMs,
                                     qint64 toMs, const QSizeF &size = {720, 240});

    static QString toSvg(const ChartLayout &layout);
    // Colour-blind-safe palette (Okabe-Ito), used in order.
    static QString seriesColor(int index);

    // "Nice" tick values covering [low, high] with about `count` steps.
    static QList<double> niceTicks(double low, double high, int count);
};
