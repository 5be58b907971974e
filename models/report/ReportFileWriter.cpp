#include "ReportFileWriter.h"

#include "CsvReportWriter.h"
#include "HtmlReportWriter.h"
#include "JsonReportWriter.h"

#include <QDir>
#include <QSaveFile>

namespace {

bool saveFile(const QString &path, const QByteArray &content, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() ||
        !file.commit()) {
        *error = ReportTr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

std::optional<ReportFormat> ReportFileWriter::formatFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("html"))
        return ReportFormat::Html;
    if (key == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (key == QLatin1String("csv"))
        return ReportFormat::Csv;
    if (key == QLatin1String("json"))
        return ReportFormat::Json;
    return std::nullopt;
}

ReportFileWriter::ReportFileWriter(PdfWriter pdfWriter)
    : m_pdfWriter(std::move(pdfWriter))
{}

bool ReportFileWriter::write(const ReportData &data, ReportFormat format, const QString &output,
                             QStringList *written, QString *error) const
{
    switch (format) {
    case ReportFormat::Html:
        if (!saveFile(output, HtmlReportWriter::write(data).toUtf8(), error))
            return false;
        *written << output;
        return true;
    case ReportFormat::Json:
        if (!saveFile(output, JsonReportWriter::write(data), error))
            return false;
        *written << output;
        return true;
    case ReportFormat::Csv: {
        const CsvReportWriter::Paths paths = CsvReportWriter::pathsFor(output);
        if (output.endsWith(u'/') && !QDir().mkpath(output)) {
            *error = ReportTr::tr("cannot create the directory %1").arg(output);
            return false;
        }
        if (!saveFile(paths.nodes, CsvReportWriter::nodes(data), error))
            return false;
        *written << paths.nodes;
        if (!saveFile(paths.resources, CsvReportWriter::resources(data), error))
            return false;
        *written << paths.resources;
        if (!saveFile(paths.activity, CsvReportWriter::activity(data), error))
            return false;
        *written << paths.activity;
        return true;
    }
    case ReportFormat::Pdf:
        if (!m_pdfWriter) {
            *error = ReportTr::tr("this program cannot write PDF");
            return false;
        }
        if (!m_pdfWriter(data, output, error))
            return false;
        *written << output;
        return true;
    }
    return false;
}
