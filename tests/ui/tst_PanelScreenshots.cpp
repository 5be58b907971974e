// Renders the overview and nodes panels with a synthetic cluster (and history from a real
// store) to PNG files under the build directory, light and dark, for people to look at; checks
// that each rendering follows its palette.

#include "NodeHistoryCharts.h"
#include "NodesPanel.h"
#include "OverviewPanel.h"
#include "StoreThread.h"
#include "SyntheticCluster.h"
#include "Theme.h"

#include <QApplication>
#include <QDir>
#include <QLineSeries>
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
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_PanelScreenshots::render()
{
    QFETCH(bool, dark);
    Theme::applyPreference(dark ? QStringLiteral("dark") : QStringLiteral("light"));
    const QString suffix = dark ? QStringLiteral("dark") : QStringLiteral("light");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    OverviewPanel overview;
    overview.setClock([now] { return now; });
    overview.setSnapshot(SyntheticCluster::threeNodes(now - 3 * 60 * 1000).withStale(true));
    overview.resize(1100, 560);
    overview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overview));
    const QImage overviewImage = overview.grab().toImage();
    QVERIFY(overviewImage.save(m_outDir + QStringLiteral("/overview-%1.png").arg(suffix)));

    NodesPanel nodes;
    nodes.setStore(&m_store);
    nodes.setSnapshot(SyntheticCluster::threeNodes(now));
    nodes.resize(1400, 760);
    nodes.show();
    QVERIFY(QTest::qWaitForWindowExposed(&nodes));
    QVERIFY(nodes.selectNode(QStringLiteral("node-2")));
    QTRY_COMPARE(nodes.historyCharts()->offsetSeries()->count(), 100);
    QTest::qWait(50); // let the charts lay out
    const QImage nodesImage = nodes.grab().toImage();
    QVERIFY(nodesImage.save(m_outDir + QStringLiteral("/nodes-%1.png").arg(suffix)));

    // The renderings follow the palette: the window corner is dark exactly in dark mode.
    for (const QImage &image : {overviewImage, nodesImage}) {
        const QColor corner(image.pixel(2, image.height() - 3));
        QCOMPARE(corner.lightness() < 128, dark);
    }
    Theme::applyPreference(QStringLiteral("system"));
}

QTEST_MAIN(tst_PanelScreenshots)
#include "tst_PanelScreenshots.moc"
