#pragma once
// PdfReportWriter: a ReportData as a paginated PDF (A4 or Letter) with a header and a
// "Page n of m" footer on every page: the rich-text HTML laid out by QTextDocument (tables break
// between rows and repeat their header row), charts painted as images. Needs a QGuiApplication.

#include "ReportData.h"
#include "SvgChart.h"

#include <QImage>
#include <QString>
#include <QTextDocument>

#include <memory>
#include <optional>

class QPagedPaintDevice;
class QPainter;

class PdfReportWriter final
{
public:
    enum class Paper { A4, Letter };

    struct Result
    {
        bool ok = false;
        int pages = 0;
        QString error;
    };

    // "a4" or "letter" (any case).
    static std::optional<Paper> paperFromName(const QString &name);

    // The report as a document: HtmlReportWriter's rich text with every chart registered as an
    // image resource. Also what the export dialog's preview shows.
    // With a device and page size the document is laid out once, for that device's pages.
    static std::unique_ptr<QTextDocument> document(const ReportData &data,
                                                   QPagedPaintDevice *device = nullptr,
                                                   const QSizeF &pageSize = {});
    static void paintChart(QPainter *painter, const ChartLayout &layout);
    // The chart at `scale` times its layout size, on white.
    static QImage chartImage(const ChartLayout &layout, qreal scale = 2);

    static Result write(const ReportData &data, const QString &path, Paper paper);
};
