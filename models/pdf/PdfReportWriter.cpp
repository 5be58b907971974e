#include "PdfReportWriter.h"

#include "HtmlReportWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextDocument>

namespace {

constexpr int Resolution = 300; // dots per inch of the PDF's device space
const char FontFamily[] = "DejaVu Sans";

} // namespace

std::optional<PdfReportWriter::Paper> PdfReportWriter::paperFromName(const QString &name)
{
    if (name.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return Paper::A4;
    if (name.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return Paper::Letter;
    return std::nullopt;
}

void PdfReportWriter::paintChart(QPainter *painter, const ChartLayout &layout)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font(QString::fromLatin1(FontFamily));
    font.setPixelSize(11);
    painter->setFont(font);
    const QFontMetricsF metrics(font, painter->device());
    const QRectF plot = layout.plot;
    auto text = [&](double x, double y, const QString &content, Qt::Alignment align,
                    const QColor &color = QColor(0x33, 0x33, 0x33)) {
        const double width = metrics.horizontalAdvance(content);
        const double left = align & Qt::AlignRight     ? x - width
                            : align & Qt::AlignHCenter ? x - width / 2
                                                       : x;
        painter->setPen(color);
        painter->drawText(QPointF(left, y), content);
    };
    text(plot.left(), 16, layout.title, Qt::AlignLeft);
    painter->setPen(QPen(QColor(0x99, 0x99, 0x99), 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(plot);
    if (layout.isEmpty()) {
        text(plot.center().x(), plot.center().y(), layout.empty, Qt::AlignHCenter);
        painter->restore();
        return;
    }
    for (const ChartTick &tick : layout.yTicks) {
        painter->setPen(QPen(QColor(0xe4, 0xe4, 0xe4), 1));
        painter->drawLine(QPointF(plot.left(), tick.position),
                          QPointF(plot.right(), tick.position));
        text(plot.left() - 6, tick.position + 4, tick.label, Qt::AlignRight);
    }
    if (layout.zeroY >= 0) {
        painter->setPen(QPen(QColor(0x77, 0x77, 0x77), 1, Qt::DashLine));
        painter->drawLine(QPointF(plot.left(), layout.zeroY), QPointF(plot.right(), layout.zeroY));
    }
    for (const ChartTick &tick : layout.xTicks) {
        painter->setPen(QPen(QColor(0x99, 0x99, 0x99), 1));
        painter->drawLine(QPointF(tick.position, plot.bottom()),
                          QPointF(tick.position, plot.bottom() + 4));
        text(tick.position, plot.bottom() + 16, tick.label, Qt::AlignHCenter);
    }
    text(14, plot.top() + plot.height() / 2, layout.yTitle, Qt::AlignHCenter);
    for (int i = 0; i < layout.series.size(); ++i) {
        const ChartSeries &series = layout.series.at(i);
        const QColor color(series.color);
        painter->setPen(QPen(color, 1.5));
        for (const QList<QPointF> &segment : series.segments) {
            if (segment.size() == 1)
                painter->drawLine(segment.constFirst(), segment.constFirst() + QPointF(1.5, 0));
            else
                painter->drawPolyline(segment.constData(), int(segment.size()));
        }
        const double legendY = plot.top() + 10 + i * 14;
        painter->setPen(QPen(color, 2));
        painter->drawLine(QPointF(plot.right() + 12, legendY - 4),
                          QPointF(plot.right() + 30, legendY - 4));
        text(plot.right() + 36, legendY, series.label, Qt::AlignLeft);
    }
    if (!layout.note.isEmpty())
        text(plot.left(), layout.size.height() - 2, layout.note, Qt::AlignLeft,
             QColor(0x66, 0x66, 0x66));
    painter->restore();
}

QImage PdfReportWriter::chartImage(const ChartLayout &layout, qreal scale)
{
    QImage image((layout.size * scale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintChart(&painter, layout);
    painter.end();
    return image;
}

std::unique_ptr<QTextDocument>
PdfReportWriter::document(const ReportData &data, QPagedPaintDevice *device, const QSizeF &pageSize)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font(QString::fromLatin1(FontFamily));
    font.setPointSizeF(9);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    // Before the HTML goes in: every layout after it would redo the whole document.
    if (device)
        document->documentLayout()->setPaintDevice(device);
    if (pageSize.isValid())
        document->setPageSize(pageSize);
    for (int i = 0; i < data.clusters.size(); ++i) {
        const ClusterReport &cluster = data.clusters.at(i);
        if (!cluster.historyKnown)
            continue;
        const ChartLayout layout =
            HtmlReportWriter::chartLayout(cluster, data.period, HtmlReportWriter::Flavor::RichText);
        document->addResource(QTextDocument::ImageResource,
                              QUrl(HtmlReportWriter::chartImageName(i)), chartImage(layout, 3));
    }
    document->setHtml(HtmlReportWriter::write(data, HtmlReportWriter::Flavor::RichText));
    return document;
}

PdfReportWriter::Result PdfReportWriter::write(const ReportData &data, const QString &path,
                                               Paper paper)
{
    Result result;
    QPdfWriter writer(path);
    writer.setResolution(Resolution);
    writer.setPageSize(QPageSize(paper == Paper::A4 ? QPageSize::A4 : QPageSize::Letter));
    writer.setPageMargins(QMarginsF(14, 12, 14, 12), QPageLayout::Millimeter);
    writer.setTitle(data.title());
    writer.setCreator(QStringLiteral("Clusterdesk %1").arg(data.consoleVersion));

    QPainter painter;
    if (!painter.begin(&writer)) {
        QFile probe(path);
        result.error = probe.open(QIODevice::WriteOnly)
                           ? ReportTr::tr("cannot write the PDF %1").arg(path)
                           : ReportTr::tr("cannot write %1: %2").arg(path, probe.errorString());
        return result;
    }
    const QRectF page =
        QRectF(QPointF(0, 0), writer.pageLayout().paintRectPixels(Resolution).size());
    QFont small(QString::fromLatin1(FontFamily));
    small.setPointSizeF(7.5);
    const QFontMetricsF metrics(small, &writer);
    const double band = metrics.height() * 2.2;
    const QSizeF body(page.width(), page.height() - 2 * band);

    std::unique_ptr<QTextDocument> document = PdfReportWriter::document(data, &writer, body);
    const int pages = document->pageCount();
    const QString header = data.title();
    const QString generated = ReportTr::tr("Generated %1").arg(data.generatedAtText());
    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, band - index * body.height());
        const QRectF clip(0, index * body.height(), body.width(), body.height());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        document->documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF top(0, 0, page.width(), metrics.height());
        painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter, header);
        painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, generated);
        painter.drawLine(QPointF(0, metrics.height() * 1.4),
                         QPointF(page.width(), metrics.height() * 1.4));
        const QRectF bottom(0, page.height() - metrics.height(), page.width(), metrics.height());
        painter.drawLine(QPointF(0, bottom.top() - metrics.height() * 0.4),
                         QPointF(page.width(), bottom.top() - metrics.height() * 0.4));
        painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("Clusterdesk %1").arg(data.consoleVersion));
        painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter,
                         ReportTr::tr("Page %1 of %2").arg(index + 1).arg(pages));
    }
    if (!painter.end()) {
        result.error = ReportTr::tr("cannot finish the PDF %1").arg(path);
        return result;
    }
    result.ok = true;
    result.pages = pages;
    return result;
}
