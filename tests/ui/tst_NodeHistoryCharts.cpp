// NodeHistoryCharts: samples read from a real LocalStore (through its NodeHistoryQuery) into the
// offset band, latency and load series, the period choice, answers for a node no longer shown
// being dropped, zoom, CSV, and every text said again on a language change.

#include "NodeHistoryCharts.h"
#include "NodeHistoryQuery.h"
#include "StoreThread.h"
#include "ZoomableChartView.h"

#include <QAreaSeries>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGuiApplication>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

NodeSample sample(const QString &node, qint64 timeMs, std::optional<qint64> revision,
                  std::optional<double> offset = 1.0)
{
    NodeSample s;
    s.nodeId = node;
    s.timeMs = timeMs;
    s.state = QStringLiteral("up");
    s.revision = revision;
    s.offsetMs = offset;
    s.errorMs = offset ? std::optional<double>(0.5) : std::nullopt;
    s.latencyMs = offset ? std::optional<double>(2.0) : std::nullopt;
    if (offset) {
        s.activeRequests = qint64(*offset);
        s.rssBytes = qint64(96) * 1024 * 1024 + qint64(*offset) * 512 * 1024;
    }
    return s;
}

} // namespace

class tst_NodeHistoryCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsTheStore();
    void periodChoice();
    void zoomsAndResets();
    void copiesAsCsv();
    void retranslatesEveryText();

private:
    QTemporaryDir m_dir;
    StoreThread m_store;
    qint64 m_now = 0;
};

void tst_NodeHistoryCharts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString openError = QStringLiteral("pending");
    m_store.open(m_dir.path(), this, [&](const QString &error) { openError = error; });
    QTRY_VERIFY2(openError.isEmpty(), qPrintable(openError));
    m_now = QDateTime::currentMSecsSinceEpoch();
    QList<NodeSample> samples;
    // node-a: 20 samples over the last 10 minutes (one without an answer), one 30 min ago and
    // one 2 h ago.
    for (int i = 0; i < 20; ++i)
        samples << sample(QStringLiteral("node-a"), m_now - (20 - i) * 30000, 7 + i / 10,
                          i == 5 ? std::nullopt : std::optional<double>(10.0 + i));
    samples << sample(QStringLiteral("node-a"), m_now - 30 * 60 * 1000, 7);
    samples << sample(QStringLiteral("node-a"), m_now - 2 * 3600 * 1000, 3);
    samples << sample(QStringLiteral("node-b"), m_now - 60000, 7);
    bool written = false;
    m_store.appendSamples(QStringLiteral("p1"), samples, this, [&](bool ok) { written = ok; });
    QTRY_VERIFY(written);
}

void tst_NodeHistoryCharts::readsTheStore()
{
    NodeHistoryQuery query;
    query.setStore(&m_store);
    NodeHistoryCharts charts;
    charts.setQuery(&query);
    QSignalSpy shown(&charts, &NodeHistoryCharts::samplesShown);
    charts.setNode(QStringLiteral("p1"), QStringLiteral("node-a"));
    QVERIFY(charts.isLoading());
    QTRY_VERIFY(!charts.isLoading());
    // Last hour: 21 samples, one without an offset or latency.
    QCOMPARE(charts.offsetSeries()->count(), 20);
    QCOMPARE(charts.latencySeries()->count(), 20);
    QCOMPARE(charts.errorBandSeries()->upperSeries()->count(), 20);
    QCOMPARE(charts.errorBandSeries()->upperSeries()->at(0).y(), 1.5);
    QCOMPARE(charts.errorBandSeries()->lowerSeries()->at(0).y(), 0.5);
    QCOMPARE(charts.offsetSeries()->at(1).y(), 10.0);
    QCOMPARE(charts.shownRevisionChanges().size(), 2);
    QCOMPARE(charts.shownRevisionChanges().at(1).revision, 8);
    // Load: requests on their own axis, memory in MiB on another.
    QCOMPARE(charts.requestsSeries()->count(), 20);
    QCOMPARE(charts.memorySeries()->count(), 20);
    QCOMPARE(charts.requestsSeries()->at(1).y(), 10.0);
    QCOMPARE(charts.memorySeries()->at(1).y(), 101.0); // 96 MiB + 10 × 512 KiB
    QCOMPARE(charts.requestsSeries()->attachedAxes().size(), 2);
    QCOMPARE(charts.memorySeries()->attachedAxes().size(), 2);
    QVERIFY(charts.requestsSeries()->attachedAxes().at(1) !=
            charts.memorySeries()->attachedAxes().at(1));

    // Switching nodes while a read is out: only the new node's answer is shown.
    charts.setNode(QStringLiteral("p1"), QStringLiteral("node-b"));
    charts.setNode(QStringLiteral("p1"), QStringLiteral("node-a"));
    charts.setNode(QStringLiteral("p1"), QStringLiteral("node-b"));
    QTRY_VERIFY(!charts.isLoading());
    QCOMPARE(charts.offsetSeries()->count(), 1);
    // The store answers in call order: once a read queued after them is answered, any late
    // answer for node-a has been delivered too.
    bool barrier = false;
    m_store.run<int>([](LocalStore &) { return 0; }, this,
                     [&barrier](const int &) { barrier = true; });
    QTRY_VERIFY(barrier);
    QCOMPARE(charts.offsetSeries()->count(), 1);

    // Unknown node and no node: nothing drawn, nothing asked.
    charts.setNode(QStringLiteral("p1"), QStringLiteral("node-z"));
    QTRY_VERIFY(!charts.isLoading());
    QCOMPARE(charts.offsetSeries()->count(), 0);
    charts.setNode(QStringLiteral("p1"), QString());
    QVERIFY(!charts.isLoading());
}

void tst_NodeHistoryCharts::periodChoice()
{
    NodeHistoryQuery query;
    query.setStore(&m_store);
    NodeHistoryCharts charts;
    charts.setQuery(&query);
    charts.setNode(QStringLiteral("p1"), QStringLiteral("node-a"));
    QTRY_VERIFY(!charts.isLoading());
    QCOMPARE(charts.offsetSeries()->count(), 20);
    // The period combo (by object name, as a user would pick it) reloads.
    auto *range = charts.findChild<QComboBox *>(QStringLiteral("historyRange"));
    QVERIFY(range);
    range->setCurrentIndex(range->count() - 1); // 24 hours: the older sample too
    QTRY_COMPARE(charts.offsetSeries()->count(), 21);
    QCOMPARE(charts.rangeMs(), qint64(24) * 3600 * 1000);
    charts.setRangeMs(14 * 60 * 1000); // nearest: 15 minutes
    QCOMPARE(charts.rangeMs(), qint64(15) * 60 * 1000);
    QTRY_VERIFY(!charts.isLoading());
    QTRY_COMPARE(charts.offsetSeries()->count(), 19); // not the one 30 min back
}

void tst_NodeHistoryCharts::zoomsAndResets()
{
    NodeHistoryQuery query;
    query.setStore(&m_store);
    NodeHistoryCharts charts;
    charts.resize(1000, 400);
    charts.setQuery(&query);
    charts.setNode(QStringLiteral("p1"), QStringLiteral("node-a"));
    charts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&charts));
    QTRY_VERIFY(!charts.isLoading());
    ZoomableChartView *view = charts.offsetView();
    QCOMPARE(view->rubberBand(), QChartView::HorizontalRubberBand);
    const auto *axis =
        qobject_cast<QDateTimeAxis *>(view->chart()->axes(Qt::Horizontal).constFirst());
    const qint64 fullSpan = axis->min().msecsTo(axis->max());
    // Drag across the middle of the plot.
    const QRectF plot = view->chart()->plotArea();
    const QPoint from = view->mapFromScene(
        view->chart()->mapToScene(QPointF(plot.left() + plot.width() * 0.4, plot.center().y())));
    const QPoint to = view->mapFromScene(
        view->chart()->mapToScene(QPointF(plot.left() + plot.width() * 0.6, plot.center().y())));
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view->viewport(), to);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    QTRY_VERIFY(view->chart()->isZoomed());
    QVERIFY2(axis->min().msecsTo(axis->max()) < fullSpan / 2,
             qPrintable(QString::number(axis->min().msecsTo(axis->max()))));
    // A reload after a poll keeps the zoom.
    charts.reload();
    QTRY_VERIFY(!charts.isLoading());
    QVERIFY(view->chart()->isZoomed());
    // Double-click: the whole period again.
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, from);
    QVERIFY(!view->chart()->isZoomed());
    QTRY_VERIFY(!charts.isLoading());
    QVERIFY(axis->min().msecsTo(axis->max()) >= fullSpan - 1000);
}

void tst_NodeHistoryCharts::copiesAsCsv()
{
    NodeHistoryQuery query;
    query.setStore(&m_store);
    NodeHistoryCharts charts;
    charts.setQuery(&query);
    charts.setNode(QStringLiteral("p1"), QStringLiteral("node-b"));
    QTRY_VERIFY(!charts.isLoading());
    QCOMPARE(charts.offsetSeries()->count(), 1);
    charts.offsetView()->copyAction()->trigger();
    const QString csv = QGuiApplication::clipboard()->text();
    const QStringList lines = csv.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0),
             QStringLiteral("time,± error bound (upper),± error bound (lower),Offset"));
    const QString time =
        QDateTime::fromMSecsSinceEpoch(m_now - 60000, Qt::UTC).toString(Qt::ISODateWithMs);
    QCOMPARE(lines.at(1), time + QStringLiteral(",1.5,0.5,1"));
    // The menu offers it, with the reset.
    QCOMPARE(charts.offsetView()->contextMenuPolicy(), Qt::ActionsContextMenu);
    QVERIFY(charts.offsetView()->actions().contains(charts.offsetView()->resetAction()));
    QCOMPARE(ZoomableChartView::csvOf(charts.latencyView()->chart()).section(u'\n', 0, 0),
             QStringLiteral("time,Latency"));
    QCOMPARE(ZoomableChartView::csvOf(charts.loadView()->chart()).section(u'\n', 0, 1),
             QStringLiteral("time,Requests,Memory (MiB)\n") + time + QStringLiteral(",1,96.5"));
}

void tst_NodeHistoryCharts::retranslatesEveryText()
{
    // A catalogue that marks every text: whatever stays unmarked was not said again.
    class MarkingTranslator final : public QTranslator
    {
    public:
        bool isEmpty() const override { return false; }
        QString translate(const char *, const char *source, const char *, int) const override
        {
            return QStringLiteral("«%1»").arg(QString::fromUtf8(source));
        }
    };
    NodeHistoryQuery query;
    query.setStore(&m_store);
    NodeHistoryCharts charts;
    charts.setQuery(&query);
    charts.setNode(QStringLiteral("p1"), QStringLiteral("node-a"));
    QTRY_VERIFY(!charts.isLoading());
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QChart *load = charts.loadView()->chart();
    QTRY_COMPARE(load->title(), QStringLiteral("«Load»"));
    QCOMPARE(charts.requestsSeries()->name(), QStringLiteral("«Requests»"));
    QCOMPARE(charts.memorySeries()->name(), QStringLiteral("«Memory (MiB)»"));
    QStringList axisTitles;
    for (const QAbstractAxis *axis : load->axes(Qt::Vertical))
        axisTitles.append(axis->titleText());
    axisTitles.sort();
    QCOMPARE(axisTitles, (QStringList{QStringLiteral("«MiB»"), QStringLiteral("«requests»")}));
    QCOMPARE(charts.offsetView()->chart()->title(),
             QStringLiteral("«Clock offset against this computer»"));
    QCOMPARE(charts.latencyView()->chart()->title(), QStringLiteral("«Round-trip latency»"));
    QVERIFY(QCoreApplication::removeTranslator(&marking));
    QTRY_COMPARE(load->title(), QStringLiteral("Load"));
}

QTEST_MAIN(tst_NodeHistoryCharts)
#include "tst_NodeHistoryCharts.moc"
