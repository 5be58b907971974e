// report_bench: how long a report of a synthetic 1,000-node cluster takes to write in each
// format (HTML with its SVG chart, JSON, both CSV files, PDF). Goal: all of them within 2 s.
//   report_bench [nodes] [runs] [output-dir]
// Writes the files of the last run into output-dir (default: a temporary directory).
#include "BenchStats.h"
#include "CsvReportWriter.h"
#include "HtmlReportWriter.h"
#include "JsonReportWriter.h"
#include "PdfReportWriter.h"
#include "SyntheticReport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int nodes = arguments.size() > 1 ? arguments.at(1).toInt() : 1000;
    const int runs = arguments.size() > 2 ? std::max(1, arguments.at(2).toInt()) : 5;
    QTemporaryDir temporary;
    const QString dir = arguments.size() > 3 ? arguments.at(3) : temporary.path();
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    // A day of history at one sample per 5 minutes per node (288 each).
    const ReportData data = SyntheticReport::report(nodes, 1, 288);
    out << "synthetic report: " << nodes << " nodes, "
        << data.clusters.constFirst().snapshot.findings().size() << " findings, built in "
        << timer.elapsed() << " ms\n";

    qint64 bytes = 0;
    auto save = [&](const QString &name, const QByteArray &content) {
        QFile file(dir + QLatin1Char('/') + name);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        bytes = content.size();
    };
    int pages = 0;
    const QList<std::pair<const char *, std::function<void()>>> formats{
        {"html",
         [&] { save(QStringLiteral("report.html"), HtmlReportWriter::write(data).toUtf8()); }},
        {"json", [&] { save(QStringLiteral("report.json"), JsonReportWriter::write(data)); }},
        {"csv (both files)",
         [&] {
             save(QStringLiteral("report-resources.csv"), CsvReportWriter::resources(data));
             save(QStringLiteral("report-nodes.csv"), CsvReportWriter::nodes(data));
         }},
        {"pdf",
         [&] {
             const QString path = dir + QStringLiteral("/report.pdf");
             pages = PdfReportWriter::write(data, path, PdfReportWriter::Paper::A4).pages;
             bytes = QFile(path).size();
         }},
    };
    double total = 0;
    for (const auto &[name, write] : formats) {
        QList<double> times;
        for (int run = 0; run < runs; ++run) {
            timer.restart();
            write();
            times << double(timer.nsecsElapsed()) / 1e6;
        }
        const double median = BenchStats::median(times);
        total += median;
        out << QStringLiteral("%1: median %2 ms, max %3 ms (%4 runs), %5 KiB")
                   .arg(QString::fromLatin1(name), -18)
                   .arg(median, 0, 'f', 1)
                   .arg(*std::max_element(times.cbegin(), times.cend()), 0, 'f', 1)
                   .arg(runs)
                   .arg(bytes / 1024)
            << (QLatin1String(name) == QLatin1String("pdf")
                    ? QStringLiteral(", %1 pages").arg(pages)
                    : QString())
            << '\n';
    }
    out << QStringLiteral("all four formats: %1 ms (goal: 2000 ms)\n").arg(total, 0, 'f', 1);
    return 0;
}
