// HtmlReportWriter: one self-contained document with every section, escaped text, the fleet
// summary first, an unreachable cluster said in words, and no secret whatever the input.
#include "HtmlReportWriter.h"
#include "SyntheticReport.h"

#include <QtTest>

class tst_HtmlReportWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clusterReportHasEverySection()
    {
        const ReportData data = SyntheticReport::report(5);
        const QString html = HtmlReportWriter::write(data);
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1String("<html lang=\"en\">"))); // no catalogue loaded
        QVERIFY(html.contains(QLatin1String("<style>")));
        QVERIFY(html.contains(QLatin1String("@media print")));
        for (const char *section :
             {"Summary", "Findings", "Nodes", "Time synchronization", "Configuration",
              "Recent changes", "External resources", "Generated at", "Period covered",
              "Console version", "Load balancer", "https://cluster-1.example:8443",
              "Clusterdesk " CLUSTERDESK_VERSION, "password: set", "Example Corp",
              "12 (4 job, 8 service; 6 exposed)"})
            QVERIFY2(html.contains(QLatin1String(section)), section);
        QCOMPARE(html.count(QLatin1String("<svg")), 1);
        QVERIFY(!html.contains(QLatin1String("Fleet summary")));
        // Escaped: the resource description is text, not markup.
        QVERIFY(html.contains(QLatin1String("=cmd|&#x27; /C calc&#x27;!A0")) ||
                html.contains(QLatin1String("=cmd|' /C calc'!A0")));
        // Every finding is there with its recommended action.
        for (const Finding &finding : data.clusters.constFirst().snapshot.findings()) {
            QVERIFY2(html.contains(finding.text.toHtmlEscaped()), qPrintable(finding.text));
            QVERIFY2(html.contains(finding.action.toHtmlEscaped()), qPrintable(finding.action));
        }
    }

    void richTextUsesImages()
    {
        const QString html = HtmlReportWriter::write(SyntheticReport::report(3, 2),
                                                     HtmlReportWriter::Flavor::RichText);
        QVERIFY(!html.contains(QLatin1String("<svg")));
        QVERIFY(
            html.contains(QStringLiteral("src=\"%1\"").arg(HtmlReportWriter::chartImageName(0))));
        QVERIFY(
            html.contains(QStringLiteral("src=\"%1\"").arg(HtmlReportWriter::chartImageName(1))));
        QVERIFY(html.contains(QLatin1String("page-break-before:always")));
    }

    void fleetSummaryComesFirst()
    {
        ReportData data = SyntheticReport::report(3, 2);
        data.clusters[1].snapshot =
            data.clusters[1].snapshot.withReachable(false, QStringLiteral("connection refused"));
        const QString html = HtmlReportWriter::write(data);
        const qsizetype summary = html.indexOf(QLatin1String("Fleet summary"));
        QVERIFY(summary > 0);
        QVERIFY(summary < html.indexOf(QLatin1String("Cluster cluster-1")));
        QVERIFY(html.contains(QLatin1String("unreachable: connection refused")));
        QVERIFY(html.contains(QLatin1String("could not be reached: connection refused")));
        QVERIFY(html.contains(QLatin1String("Fleet report: 2 clusters")));
        // The Fleet overview's columns and cell texts (FleetSummary), before any cluster.
        const qsizetype firstCluster = html.indexOf(QLatin1String("Cluster cluster-1"));
        qsizetype previous = summary;
        for (int column = 0; column < FleetSummary::columnCount(); ++column) {
            const QString title =
                QStringLiteral("<th>%1</th>")
                    .arg(FleetSummary::columnTitle(FleetSummary::Column(column)).toHtmlEscaped());
            const qsizetype at = html.indexOf(title, summary);
            QVERIFY2(at > previous && at < firstCluster, qPrintable(title));
            previous = at;
        }
        const qint64 now = data.generatedAt.toMSecsSinceEpoch();
        const FleetSummary reachable = data.clusters[0].fleetSummary();
        QCOMPARE(reachable.resourceCount, 2);
        for (const auto column : {FleetSummary::Column::NodesUp, FleetSummary::Column::WorstOffset,
                                  FleetSummary::Column::Agreement, FleetSummary::Column::Resources,
                                  FleetSummary::Column::LastRefresh}) {
            const QString cell = reachable.text(column, now).toHtmlEscaped();
            const qsizetype at = html.indexOf(cell, summary);
            QVERIFY2(at > summary && at < firstCluster, qPrintable(cell));
        }
    }

    void fleetSummaryFiguresAreTheFleetTables()
    {
        ReportData data = SyntheticReport::report(3, 2);
        data.clusters[1].resourcesKnown = false;
        data.clusters[1].resources.clear();
        data.clusters[1].snapshot =
            data.clusters[1].snapshot.withReachable(false, QStringLiteral("refused"));
        const FleetSummary first = data.clusters[0].fleetSummary();
        QCOMPARE(first.name, data.clusters[0].profileName);
        QVERIFY(first.polled && first.reachable);
        QCOMPARE(first.nodesTotal, 3);
        QCOMPARE(first.nodesUp, data.clusters[0].snapshot.counts().up);
        QCOMPARE(first.worstOffsetMs, data.clusters[0].snapshot.worstClockOffsetMs());
        QCOMPARE(first.lastRefreshMs, data.clusters[0].snapshot.takenAtMs());
        QCOMPARE(first.resourceCount, 2);
        const FleetSummary second = data.clusters[1].fleetSummary();
        QVERIFY(second.polled && !second.reachable);
        QCOMPARE(second.error, QStringLiteral("refused"));
        QCOMPARE(second.resourceCount, -1); // not read: not "0"
        QCOMPARE(second.agreementKey(), QStringLiteral("unknown"));
        // Without a saved name, the name the cluster gives itself.
        ClusterReport unsaved = data.clusters[0];
        unsaved.profileName.clear();
        QCOMPARE(unsaved.fleetSummary().name, unsaved.displayName());
    }

    void markupInDataIsEscaped()
    {
        ReportData data = SyntheticReport::report(2);
        data.clusters[0].profileName = QStringLiteral("<script>alert(1)</script>");
        data.clusters[0].problems << QStringLiteral("<b>bold</b>");
        const QString html = HtmlReportWriter::write(data);
        QVERIFY(!html.contains(QLatin1String("<script>")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;")));
        QVERIFY(!html.contains(QLatin1String("<b>bold")));
    }

    void noSecretEvenWhenHandedOne()
    {
        ReportData data = SyntheticReport::report(2);
        data.clusters[0].resources << ReportResource::make(
            QStringLiteral("fileserver"), QStringLiteral("ftp"), {},
            QJsonObject{{QStringLiteral("protocol"), QStringLiteral("ftp")},
                        {QStringLiteral("secret"), QStringLiteral("planted-9f8e7d")}},
            {{QStringLiteral("secret"), true}});
        for (const auto flavor :
             {HtmlReportWriter::Flavor::Browser, HtmlReportWriter::Flavor::RichText}) {
            const QString html = HtmlReportWriter::write(data, flavor);
            QVERIFY(!html.contains(QLatin1String("planted-9f8e7d")));
            QVERIFY(html.contains(QLatin1String("secret: set")));
        }
    }

    void emptyFleet()
    {
        ReportData data;
        data.fleet = true;
        const QString html = HtmlReportWriter::write(data);
        QVERIFY(html.contains(QLatin1String("No saved clusters.")));
    }

    void plainSpectrumClusterSaysWhatIsNotPublished()
    {
        ReportData data = SyntheticReport::report(3);
        ClusterCapabilities spectrum;
        spectrum.clusterdeskApi = ClusterCapabilities::State::Absent;
        spectrum.restCatalogue = ClusterCapabilities::State::Available;
        spectrum.checkedAtMs = 1;
        ClusterReport &cluster = data.clusters.first();
        cluster.snapshot = cluster.snapshot.withCapabilities(spectrum);
        const QString html = HtmlReportWriter::write(data);
        for (const char *line : {"This cluster does not publish its external resource definitions.",
                                 "This cluster does not publish a configuration change log.",
                                 "This cluster does not publish its license."})
            QVERIFY2(html.contains(QLatin1String(line)), line);
        // A managed cluster's report says none of it.
        QVERIFY(!HtmlReportWriter::write(SyntheticReport::report(3))
                     .contains(QLatin1String("does not publish")));
    }
};

QTEST_GUILESS_MAIN(tst_HtmlReportWriter)
#include "tst_HtmlReportWriter.moc"
