// Renders the overview, nodes (also at 1024×700) and fleet panels with a synthetic cluster (and
// history from a real store) to PNG files under the build directory, light and dark in English and
// light in German and Japanese, for people to look at; checks that each rendering follows its
// palette and that after a language switch no table header and no chart title is cut.

#include "FleetView.h"
#include "LanguageSwitcher.h"
#include "NodeHistoryCharts.h"
#include "NodeHistoryQuery.h"
#include "NodesPanel.h"
#include "OverviewPanel.h"
#include "StoreThread.h"
#include "SyntheticCluster.h"
#include "Theme.h"
#include "ZoomableChartView.h"

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class tst_PanelScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void render_data();
    void render();

private:
    QString m_outDir;
    LanguageSwitcher m_languages;
    QTemporaryDir m_storeDir;
    StoreThread m_store;
};

void tst_PanelScreenshots::initTestCase()
{
    m_outDir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QVERIFY(QDir().mkpath(m_outDir));
    QString openError = QStringLiteral("pending");
    m_store.open(m_storeDir.path(), this, [&](const QString &error) { openError = error; });
    QTRY_VERIFY2(openError.isEmpty(), qPrintable(openError));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<NodeSample> samples;
    for (int i = 0; i < 100; ++i) {
        NodeSample sample;
        sample.nodeId = QStringLiteral("node-2");
        sample.timeMs = now - (100 - i) * 30 * 1000;
        sample.state = QStringLiteral("up");
        sample.latencyMs = 3.0 + 1.5 * std::sin(i / 5.0) + (i % 7 == 0 ? 6 : 0);
        sample.offsetMs = i < 40 ? 2.0 + std::sin(i / 3.0) : 2.0 + (i - 40) * 14.0;
        sample.errorMs = 1.5 + (i % 5) * 0.4;
        sample.revision = 50 + i / 20;
        sample.activeRequests = 2 + (i % 9) + (i > 70 ? 12 : 0);
        sample.rssBytes = (qint64(180) + i / 2) * 1024 * 1024;
        samples.append(sample);
    }
    bool written = false;
    m_store.appendSamples(SyntheticCluster::ProfileId, samples, this,
                          [&](bool ok) { written = ok; });
    QTRY_VERIFY(written);
}

void tst_PanelScreenshots::render_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("language");
    QTest::newRow("light") << false << QStringLiteral("en");
    QTest::newRow("dark") << true << QStringLiteral("en");
    QTest::newRow("de") << false << QStringLiteral("de");
    QTest::newRow("ja") << false << QStringLiteral("ja");
}

namespace {

// Every section but the stretched last one is at least as wide as its header text.
void verifyHeadersWhole(const QHeaderView *header, const QString &where)
{
    for (int section = 0; section + 1 < header->count(); ++section) {
        if (header->isSectionHidden(section))
            continue;
        const QString text =
            header->model()->headerData(section, Qt::Horizontal).toString() + QStringLiteral(" ");
        QVERIFY2(header->sectionSize(section) >= header->sectionSizeHint(section),
                 qPrintable(where + QStringLiteral(": header \"%1\" cut (%2 < %3)")
                                        .arg(text)
                                        .arg(header->sectionSize(section))
                                        .arg(header->sectionSizeHint(section))));
    }
}

void verifyTitleWhole(const ZoomableChartView *view)
{
    const QFontMetrics metrics(view->chart()->titleFont());
    QVERIFY2(view->width() >= metrics.horizontalAdvance(view->chart()->title()),
             qPrintable(view->chart()->title()));
}

} // namespace

void tst_PanelScreenshots::render()
{
    QFETCH(bool, dark);
    QFETCH(QString, language);
    m_languages.apply(QStringLiteral("en"));
    Theme::applyPreference(dark ? QStringLiteral("dark") : QStringLiteral("light"));
    const QString suffix = language != QLatin1String("en") ? language
                           : dark                          ? QStringLiteral("dark")
                                                           : QStringLiteral("light");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    OverviewPanel overview;
    overview.setClock([now] { return now; });
    overview.setSnapshot(SyntheticCluster::threeNodes(now - 3 * 60 * 1000).withStale(true));
    overview.resize(1100, 560);
    overview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overview));

    NodeHistoryQuery query;
    query.setStore(&m_store);
    NodesPanel nodes;
    nodes.setHistoryQuery(&query);
    nodes.setSnapshot(SyntheticCluster::threeNodes(now));
    nodes.resize(1400, 760);
    nodes.show();
    QVERIFY(QTest::qWaitForWindowExposed(&nodes));
    QVERIFY(nodes.selectNode(QStringLiteral("node-2")));
    QTRY_COMPARE(nodes.historyCharts()->offsetSeries()->count(), 100);
    QCOMPARE(nodes.historyCharts()->requestsSeries()->count(), 100);
    QCOMPARE(nodes.historyCharts()->memorySeries()->count(), 100);

    // The smallest window the console is made for: three charts and the revision list fit.
    NodeHistoryQuery compactQuery;
    compactQuery.setStore(&m_store);
    NodesPanel compact;
    compact.setHistoryQuery(&compactQuery);
    compact.setSnapshot(SyntheticCluster::threeNodes(now));
    compact.resize(1024, 700);
    compact.show();
    QVERIFY(QTest::qWaitForWindowExposed(&compact));
    QVERIFY(compact.selectNode(QStringLiteral("node-2")));
    QTRY_COMPARE(compact.historyCharts()->requestsSeries()->count(), 100);

    FleetView fleet;
    const ClusterSnapshot three = SyntheticCluster::threeNodes(now - 60 * 1000);
    ClusterProfile prod = ClusterProfile::create(QStringLiteral("Prod"),
                                                 QUrl(QStringLiteral("https://prod.example")));
    prod.id = SyntheticCluster::ProfileId;
    const ClusterProfile test = ClusterProfile::create(
        QStringLiteral("Test"), QUrl(QStringLiteral("https://test.example")));
    const ClusterProfile lab =
        ClusterProfile::create(QStringLiteral("Lab"), QUrl(QStringLiteral("https://lab.example")));
    fleet.model()->setProfiles({lab, prod, test});
    fleet.model()->setSnapshot(prod.id, three);
    fleet.model()->setSnapshot(test.id, three.withFindings({}));
    fleet.model()->setResourceCount(prod.id, 14);
    fleet.model()->setResourceCount(test.id, 12);
    fleet.model()->setNowMs(now);
    fleet.resize(1100, 300);
    fleet.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fleet));

    // Switched while shown, as a user does it in Preferences.
    QCOMPARE(m_languages.apply(language), language);
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(); // the charts' layout requests posted by the switch
    verifyHeadersWhole(nodes.tableView()->horizontalHeader(), QStringLiteral("nodes"));
    verifyHeadersWhole(fleet.table()->horizontalHeader(), QStringLiteral("fleet"));
    verifyTitleWhole(nodes.historyCharts()->offsetView());
    verifyTitleWhole(nodes.historyCharts()->latencyView());
    verifyTitleWhole(nodes.historyCharts()->loadView());
    for (const ZoomableChartView *view :
         {compact.historyCharts()->offsetView(), compact.historyCharts()->latencyView(),
          compact.historyCharts()->loadView()})
        verifyTitleWhole(view);
    // Nothing in it asks for more room than the window has.
    QCOMPARE(compact.width(), 1024);
    QVERIFY2(compact.minimumSizeHint().width() <= 1024,
             qPrintable(QString::number(compact.minimumSizeHint().width())));
    // The sample count is said again in the new language too, not left as it was loaded.
    const auto *status =
        nodes.historyCharts()->findChild<QLabel *>(QStringLiteral("historyStatus"));
    QVERIFY(status);
    QCOMPARE(status->text().contains(QLatin1String("samples")), language == QLatin1String("en"));

    const QImage overviewImage = overview.grab().toImage();
    QVERIFY(overviewImage.save(m_outDir + QStringLiteral("/overview-%1.png").arg(suffix)));
    const QImage nodesImage = nodes.grab().toImage();
    QVERIFY(nodesImage.save(m_outDir + QStringLiteral("/nodes-%1.png").arg(suffix)));
    const QImage compactImage = compact.grab().toImage();
    QVERIFY(compactImage.save(m_outDir + QStringLiteral("/nodes-1024-%1.png").arg(suffix)));
    const QImage fleetImage = fleet.grab().toImage();
    QVERIFY(fleetImage.save(m_outDir + QStringLiteral("/fleet-%1.png").arg(suffix)));

    // The renderings follow the palette: the window corner is dark exactly in dark mode.
    for (const QImage &image : {overviewImage, nodesImage, compactImage, fleetImage}) {
        const QColor corner(image.pixel(2, image.height() - 3));
        QCOMPARE(corner.lightness() < 128, dark);
    }
    m_languages.apply(QStringLiteral("en"));
    Theme::applyPreference(QStringLiteral("system"));
}

QTEST_MAIN(tst_PanelScreenshots)
#include "tst_PanelScreenshots.moc"
