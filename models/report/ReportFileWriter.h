#pragma once
// ReportFileWriter: writes a gathered report to disk in a chosen format (HTML, PDF, CSV, JSON),
// each file replaced whole or not at all. Used by the window's export dialog and the `report`
// command alike. PDF rendering needs Qt Gui, so the caller plugs it in.

#include "ReportData.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

enum class ReportFormat { Html, Pdf, Csv, Json };

class ReportFileWriter final
{
public:
    using PdfWriter =
        std::function<bool(const ReportData &data, const QString &path, QString *error)>;

    // "html", "pdf", "csv", "json" (any case); nullopt for anything else.
    static std::optional<ReportFormat> formatFromName(const QString &name);

    explicit ReportFileWriter(PdfWriter pdfWriter = {});

    // Writes `data` to `output`: one file, or for CSV the nodes and resources files beside it (or
    // inside it when it ends with '/'). The paths written are appended to *written; on failure
    // *error says why and what was written before stays whole.
    bool write(const ReportData &data, ReportFormat format, const QString &output,
               QStringList *written, QString *error) const;

private:
    PdfWriter m_pdfWriter;
};
