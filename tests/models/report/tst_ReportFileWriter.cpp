// ReportFileWriter: format names, every format written where asked (CSV as two files, into a
// directory when the output ends with '/'), PDF only with a plugged-in writer, and a failed
// write said as such with nothing left behind.

#include "CsvReportWriter.h"
#include "ReportFileWriter.h"
#include "SyntheticReport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class tst_ReportFileWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatFromName_data();
    void formatFromName();
    void writesHtmlAndJson();
    void csvWritesTwoFiles();
    void csvIntoADirectory();
    void pdfNeedsAWriter();
    void failureIsReported();
    void csvSecondFileFailing();

private:
    ReportData m_data = SyntheticReport::report(3, 1, 4);
};

void tst_ReportFileWriter::formatFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format"); // -1: none
    QTest::newRow("html") << QStringLiteral("html") << int(ReportFormat::Html);
    QTest::newRow("upper case, spaces") << QStringLiteral(" PDF ") << int(ReportFormat::Pdf);
    QTest::newRow("csv") << QStringLiteral("csv") << int(ReportFormat::Csv);
    QTest::newRow("json") << QStringLiteral("Json") << int(ReportFormat::Json);
    QTest::newRow("unknown") << QStringLiteral("docx") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void tst_ReportFileWriter::formatFromName()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    const std::optional<ReportFormat> parsed = ReportFileWriter::formatFromName(name);
    QCOMPARE(parsed ? int(*parsed) : -1, format);
}

void tst_ReportFileWriter::writesHtmlAndJson()
{
    QTemporaryDir dir;
    const ReportFileWriter writer;
    QStringList written;
    QString error;
    const QString html = dir.filePath(QStringLiteral("r.html"));
    QVERIFY2(writer.write(m_data, ReportFormat::Html, html, &written, &error), qPrintable(error));
    const QString json = dir.filePath(QStringLiteral("r.json"));
    QVERIFY2(writer.write(m_data, ReportFormat::Json, json, &written, &error), qPrintable(error));
    QCOMPARE(written, (QStringList{html, json}));
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    QVERIFY(htmlFile.readAll().startsWith("<!DOCTYPE html>"));
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    QJsonDocument::fromJson(jsonFile.readAll(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
}

void tst_ReportFileWriter::csvWritesTwoFiles()
{
    QTemporaryDir dir;
    QStringList written;
    QString error;
    QVERIFY2(ReportFileWriter().write(m_data, ReportFormat::Csv,
                                      dir.filePath(QStringLiteral("r.csv")), &written, &error),
             qPrintable(error));
    QCOMPARE(written.size(), 3); // nodes, resources, activity
    for (const QString &path : written) {
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QVERIFY(path.endsWith(QLatin1String(".csv")));
    }
}

void tst_ReportFileWriter::csvIntoADirectory()
{
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("new/sub/"));
    QStringList written;
    QString error;
    QVERIFY2(ReportFileWriter().write(m_data, ReportFormat::Csv, output, &written, &error),
             qPrintable(error));
    QCOMPARE(written.size(), 3); // nodes, resources, activity
    for (const QString &path : written)
        QVERIFY2(path.startsWith(output) && QFile::exists(path), qPrintable(path));
}

void tst_ReportFileWriter::pdfNeedsAWriter()
{
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("r.pdf"));
    QStringList written;
    QString error;
    QVERIFY(!ReportFileWriter().write(m_data, ReportFormat::Pdf, output, &written, &error));
    QVERIFY(error.contains(QLatin1String("PDF")));
    QVERIFY(written.isEmpty());

    QString seenPath;
    const ReportFileWriter writer([&](const ReportData &data, const QString &path, QString *) {
        seenPath = path;
        return data.clusters.size() == 1;
    });
    QVERIFY(writer.write(m_data, ReportFormat::Pdf, output, &written, &error));
    QCOMPARE(seenPath, output);
    QCOMPARE(written, QStringList{output});

    const ReportFileWriter failing([](const ReportData &, const QString &, QString *why) {
        *why = QStringLiteral("no fonts");
        return false;
    });
    written.clear();
    QVERIFY(!failing.write(m_data, ReportFormat::Pdf, output, &written, &error));
    QCOMPARE(error, QStringLiteral("no fonts"));
    QVERIFY(written.isEmpty());
}

void tst_ReportFileWriter::failureIsReported()
{
    QTemporaryDir dir;
    // The destination's folder does not exist: nothing written, and it says which file.
    const QString output = dir.filePath(QStringLiteral("missing/r.html"));
    QStringList written;
    QString error;
    QVERIFY(!ReportFileWriter().write(m_data, ReportFormat::Html, output, &written, &error));
    QVERIFY2(error.contains(output), qPrintable(error));
    QVERIFY(written.isEmpty());
    QVERIFY(!QFile::exists(output));
}

void tst_ReportFileWriter::csvSecondFileFailing()
{
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("r.csv"));
    const CsvReportWriter::Paths paths = CsvReportWriter::pathsFor(output);
    QVERIFY(QDir().mkpath(paths.resources)); // a folder where the resources file would go
    QStringList written;
    QString error;
    QVERIFY(!ReportFileWriter().write(m_data, ReportFormat::Csv, output, &written, &error));
    // The nodes file is there and said to be; the resources file is named in the error.
    QCOMPARE(written, QStringList{paths.nodes});
    QVERIFY(QFile::exists(paths.nodes));
    QVERIFY2(error.contains(paths.resources), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_ReportFileWriter)
#include "tst_ReportFileWriter.moc"
