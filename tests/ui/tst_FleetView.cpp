// FleetView offscreen: rows from the model, sorting by raw values through the header, a
// double-click that asks to open that cluster, and a plain Spectrum cluster's row, which says
// what the cluster does not publish (rendered to PNG next to the test binary, light and dark).
#include "FleetView.h"
#include "NodeSnapshot.h"
#include "Theme.h"

#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_FleetView final : public QObject
{
    Q_OBJECT

private slots:
    void sortsAndOpensOnDoubleClick();
    void worstFirstWithIconsAndAFilter();
    void plainSpectrumRowSaysWhatIsMissing();
};

void tst_FleetView::sortsAndOpensOnDoubleClick()
{
    FleetView view;
    const ClusterProfile a = ClusterProfile::create(u"alpha"_s, QUrl(u"http://a"_s));
    const ClusterProfile b = ClusterProfile::create(u"beta"_s, QUrl(u"http://b"_s));
    view.model()->setProfiles({a, b});
    view.model()->setResourceCount(a.id, 3);
    view.model()->setResourceCount(b.id, 12);
    view.resize(800, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QTableView *table = view.table();
    QCOMPARE(table->model()->rowCount(), 2);
    table->sortByColumn(int(FleetSummary::Column::Resources), Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, 0).data().toString(), u"beta"_s);

    QSignalSpy open(&view, &FleetView::clusterOpenRequested);
    const QRect cell = table->visualRect(table->model()->index(1, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), a.id);

    // The keyboard way: up to the other row, Enter.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Up);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.at(1).at(0).toString(), b.id);
}

void tst_FleetView::worstFirstWithIconsAndAFilter()
{
    FleetView view;
    const ClusterProfile calm = ClusterProfile::create(u"calm"_s, QUrl(u"http://a"_s));
    const ClusterProfile burning = ClusterProfile::create(u"burning"_s, QUrl(u"http://b"_s));
    const ClusterProfile unknown = ClusterProfile::create(u"unpolled"_s, QUrl(u"http://c"_s));
    view.model()->setProfiles({calm, burning, unknown});
    Finding fire;
    fire.severity = Severity::Critical;
    fire.code = u"test.fire"_s;
    const ClusterSnapshot seen =
        ClusterSnapshot().withTakenAtMs(1'700'000'000'000).withReachable(true);
    view.model()->setSnapshot(calm.id, seen);
    view.model()->setSnapshot(burning.id, seen.withFindings({fire}));
    view.resize(900, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QAbstractItemModel *shown = view.table()->model();
    QCOMPARE(shown->index(0, 0).data().toString(), u"burning"_s);
    QCOMPARE(shown->index(1, 0).data().toString(), u"calm"_s);
    // An icon per cluster, in the severity's colour; the critical name in that colour too.
    for (int row = 0; row < 3; ++row)
        QVERIFY(!shown->index(row, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(shown->index(0, 0).data(Qt::ForegroundRole).value<QColor>(),
             Theme::severityColor(Severity::Critical));
    QVERIFY(!shown->index(1, 0).data(Qt::ForegroundRole).isValid());
    const QImage burningIcon =
        shown->index(0, 0).data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage();
    const QImage calmIcon =
        shown->index(1, 0).data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage();
    QVERIFY(burningIcon != calmIcon);

    QTest::keyClicks(view.filterEdit(), u"calm"_s);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data().toString(), u"calm"_s);
    view.filterEdit()->clear();
    QCOMPARE(shown->rowCount(), 3);
}

void tst_FleetView::plainSpectrumRowSaysWhatIsMissing()
{
    FleetView view;
    const ClusterProfile classic = ClusterProfile::create(u"classic"_s, QUrl(u"http://a"_s));
    const ClusterProfile spectrum = ClusterProfile::create(u"spectrum"_s, QUrl(u"http://b"_s));
    view.model()->setProfiles({classic, spectrum});
    view.model()->setResourceCount(classic.id, 7);
    ClusterCapabilities capabilities;
    capabilities.clusterdeskApi = ClusterCapabilities::State::Absent;
    capabilities.spectrumTokens = ClusterCapabilities::State::Available;
    capabilities.restCatalogue = ClusterCapabilities::State::Available;
    capabilities.checkedAtMs = 1'700'000'000'000;
    NodeSnapshot::Clock clock;
    clock.measured = true;
    clock.offsetMs = 812;
    clock.errorMs = 14;
    clock.offsetVsMedianMs = 812;
    clock.reference = u"median"_s;
    QList<NodeSnapshot> nodes;
    for (const char *id : {"10.0.0.5:8080", "10.0.0.6:8080", "10.0.0.7:8080"})
        nodes.append(NodeSnapshot::placeholder(QLatin1String(id), QString(), QUrl())
                         .withHealth(NodeHealth::Up, 0)
                         .withClock(clock));
    ExposedService hidden;
    hidden.kind = ServiceKind::Rest;
    hidden.name = u"ValidateAddress"_s;
    hidden.missingOn = {u"10.0.0.7:8080"_s};
    view.model()->setSnapshot(spectrum.id, ClusterSnapshot()
                                               .withTakenAtMs(1'700'000'000'000)
                                               .withReachable(true)
                                               .withNodes(nodes)
                                               .withCapabilities(capabilities)
                                               .withServices({hidden}));
    view.resize(1024, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const FleetTableModel *model = view.model();
    const int row = model->rowOf(spectrum.id);
    const auto cell = [&](FleetSummary::Column column, int role = Qt::DisplayRole) {
        return model->index(row, int(column)).data(role).toString();
    };
    QCOMPARE(cell(FleetSummary::Column::NodesUp), u"3 / 3"_s);
    QCOMPARE(cell(FleetSummary::Column::Resources), u"not published"_s);
    QVERIFY(cell(FleetSummary::Column::Resources, Qt::ToolTipRole)
                .contains(u"does not publish its external resource definitions"_s));
    // "1 service(s) differ" without the English plural catalogue.
    QVERIFY2(cell(FleetSummary::Column::Agreement).startsWith(u"1 service"_s),
             qPrintable(cell(FleetSummary::Column::Agreement)));
    QVERIFY(cell(FleetSummary::Column::Agreement, Qt::ToolTipRole).contains(u"catalogue"_s));
    QVERIFY(cell(FleetSummary::Column::WorstOffset, Qt::ToolTipRole).contains(u"Date headers"_s));
    QVERIFY(cell(FleetSummary::Column::Cluster, Qt::ToolTipRole).contains(u"reachability"_s));
    // The other cluster's row is as it always was.
    const int other = model->rowOf(classic.id);
    QCOMPARE(model->index(other, int(FleetSummary::Column::Resources)).data().toString(), u"7"_s);
    QVERIFY(
        !model->index(other, int(FleetSummary::Column::Resources)).data(Qt::ToolTipRole).isValid());

    for (const QString &theme : {u"light"_s, u"dark"_s}) {
        Theme::applyPreference(theme);
        QCoreApplication::processEvents();
        const QString path = QDir(QCoreApplication::applicationDirPath())
                                 .filePath(u"FleetView-spectrum-%1.png"_s.arg(theme));
        QVERIFY(view.grab().save(path));
    }
    Theme::applyPreference(u"light"_s);
}

QTEST_MAIN(tst_FleetView)
#include "tst_FleetView.moc"
