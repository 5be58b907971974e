// ZoomableChartView: a chart view for time series that zooms into the span dragged with the
// mouse (a horizontal rubber band), resets on double-click, offers "Copy as CSV" and "Reset
// Zoom" in its context menu, and is never narrower than its chart's title.
#pragma once

#include <QChartView>

class QAction;

class ZoomableChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZoomableChartView)

public:
    explicit ZoomableChartView(QChart *chart, QWidget *parent = nullptr);

    // Every series of `chart` as CSV: a "time" column (ISO 8601 UTC, from the x values in epoch
    // milliseconds) and one column per series (an area series gives its upper and lower line),
    // one row per x value; a series without a point at that x leaves its cell empty.
    static QString csvOf(const QChart *chart);
    // Copies csvOf(chart()) to the clipboard (what "Copy as CSV" does).
    void copyAsCsv();
    // Back to the data's own range (what a double-click does).
    void resetZoom();
    // After a title change (language switch): wide enough that the title is not cut.
    void fitTitle();

    QAction *copyAction() const { return m_copy; }
    QAction *resetAction() const { return m_reset; }

Q_SIGNALS:
    // The zoom was reset: the owner may put the current data's range back.
    void zoomWasReset();

protected:
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QAction *m_copy;
    QAction *m_reset;
};
