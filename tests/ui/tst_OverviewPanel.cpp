// OverviewPanel fed with synthetic snapshots: card values, findings worst first in words with
// their actions, the stale banner, narrow updates and the "no statistics URL" case.

#include "LanguageSwitcher.h"
#include "OverviewPanel.h"
#include "SyntheticCluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QTranslator>

#include <QListView>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

class tst_OverviewPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyPanelSaysSo();
    void cardsShowTheCluster();
    void findingsWorstFirstInWords();
    void staleBanner_data();
    void staleBanner();
    void unchangedPollDoesNotTouchTheFindings();
    void loadBalancerWithoutStatistics();
    void divergedAndInSync();
    void germanCardsAreNotCutOff();
    void nodesCardAgreesWithTheFindings();
    void timeSyncCard();
    void timeSyncCardNamesNodesInIdOrder();
    void configCardWithoutThePrimary();
};

void tst_OverviewPanel::nodesCardAgreesWithTheFindings()
{
    // node-3 missed this poll (one blip: its health is still Up) and node-2 is slow: the card
    // and the findings come from the same snapshot and tell the same story.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const ClusterSnapshot base = SyntheticCluster::threeNodes(now);
    QList<NodeSnapshot> nodes = base.nodes();
    nodes[1] = nodes[1].withHealth(NodeHealth::Slow, 0).withLatencyMs(2000);
    nodes[2] = nodes[2].withHealth(NodeHealth::Up, 1);
    const ClusterSnapshot snapshot = base.withNodes(nodes).assessed(AssessmentThresholds(), now);
    OverviewPanel panel;
    panel.setSnapshot(snapshot);
    QCOMPARE(panel.cardValue(OverviewPanel::Card::Nodes), QStringLiteral("1 / 3 up"));
    const QString detail = panel.cardDetail(OverviewPanel::Card::Nodes);
    QVERIFY2(detail.contains(QLatin1String("1 missed the last poll")) &&
                 detail.contains(QLatin1String("1 slow")),
             qPrintable(detail));
    const QString findings = panel.findingTexts().join(QLatin1Char('\n'));
    QVERIFY2(findings.contains(QLatin1String("Info: node-3 missed the last poll")),
             qPrintable(findings));
    QVERIFY2(findings.contains(QLatin1String("Warning: node-2 is slow: it answered after 2000 ms")),
             qPrintable(findings));
}

void tst_OverviewPanel::timeSyncCard()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const ClusterSnapshot base = SyntheticCluster::threeNodes(now);
    OverviewPanel panel;
    panel.setSnapshot(base);
    QCOMPARE(panel.cardValue(OverviewPanel::Card::TimeSync), QStringLiteral("3 / 3 synced"));
    QCOMPARE(panel.cardSeverity(OverviewPanel::Card::TimeSync), Severity::Ok);
    QList<NodeSnapshot> nodes = base.nodes();
    NodeSnapshot::Clock clock = nodes[2].clock();
    clock.ntpSynchronized = false;
    nodes[2] = nodes[2].withClock(clock);
    panel.setSnapshot(base.withNodes(nodes).assessed(AssessmentThresholds(), now));
    QCOMPARE(panel.cardValue(OverviewPanel::Card::TimeSync), QStringLiteral("2 / 3 synced"));
    QVERIFY(panel.cardDetail(OverviewPanel::Card::TimeSync).contains(QLatin1String("node-3")));
    QCOMPARE(panel.cardSeverity(OverviewPanel::Card::TimeSync), Severity::Warning);
}

// A poll lists the nodes in the order their answers came: the card names them by id, so two
// polls with the same result read the same.
void tst_OverviewPanel::timeSyncCardNamesNodesInIdOrder()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const ClusterSnapshot base = SyntheticCluster::threeNodes(now);
    QList<NodeSnapshot> nodes = base.nodes();
    for (const int i : {0, 2}) {
        NodeSnapshot::Clock clock = nodes[i].clock();
        clock.ntpSynchronized = false;
        nodes[i] = nodes[i].withClock(clock);
    }
    OverviewPanel panel;
    QStringList details;
    for (int round = 0; round < 2; ++round) {
        panel.setSnapshot(base.withNodes(nodes).assessed(AssessmentThresholds(), now));
        details << panel.cardDetail(OverviewPanel::Card::TimeSync);
        std::reverse(nodes.begin(), nodes.end()); // the next poll's answers in another order
    }
    QVERIFY2(details.at(0).startsWith(QLatin1String("Not synchronized: node-1, node-3")),
             qPrintable(details.at(0)));
    QCOMPARE(details.at(1), details.at(0));
}

void tst_OverviewPanel::emptyPanelSaysSo()
{
    OverviewPanel panel;
    QCOMPARE(panel.cardValue(OverviewPanel::Card::Nodes), QStringLiteral("—"));
    QVERIFY(panel.findingTexts().isEmpty());
    QVERIFY(!panel.isStaleBannerShown());
}

void tst_OverviewPanel::cardsShowTheCluster()
{
    OverviewPanel panel;
    panel.setSnapshot(SyntheticCluster::threeNodes());
    using Card = OverviewPanel::Card;
    QCOMPARE(panel.cardValue(Card::Nodes), QStringLiteral("3 / 3 up"));
    QCOMPARE(panel.cardSeverity(Card::Nodes), Severity::Ok);
    QCOMPARE(panel.cardValue(Card::Clock), QStringLiteral("+820.0 ms"));
    QVERIFY2(panel.cardDetail(Card::Clock).contains(QLatin1String("node-2")),
             qPrintable(panel.cardDetail(Card::Clock)));
    QCOMPARE(panel.cardSeverity(Card::Clock), Severity::Critical);
    QCOMPARE(panel.cardValue(Card::Config), QStringLiteral("1 behind"));
    QVERIFY2(panel.cardDetail(Card::Config).contains(QLatin1String("node-3 is 14 revisions")),
             qPrintable(panel.cardDetail(Card::Config)));
    QVERIFY(panel.cardSeverity(Card::Config) >= Severity::Info);
    QCOMPARE(panel.cardValue(Card::LoadBalancer), QStringLiteral("2 / 3 up"));
    QCOMPARE(panel.cardSeverity(Card::LoadBalancer), Severity::Warning);
}

void tst_OverviewPanel::findingsWorstFirstInWords()
{
    OverviewPanel panel;
    const ClusterSnapshot snapshot = SyntheticCluster::threeNodes();
    QVERIFY(snapshot.findings().size() >= 2);
    panel.setSnapshot(snapshot);
    const QStringList texts = panel.findingTexts();
    QCOMPARE(texts.size(), snapshot.findings().size());
    // The clock finding is the only critical one and comes first, said in words.
    QVERIFY2(texts.first().startsWith(QLatin1String("Critical: ")), qPrintable(texts.first()));
    QVERIFY2(texts.first().contains(QLatin1String("node-2")), qPrintable(texts.first()));
    QVERIFY2(texts.first().contains(QLatin1String("\nWhat to do: ")), qPrintable(texts.first()));
    int previous = int(Severity::Critical);
    const auto *model = qobject_cast<QStandardItemModel *>(panel.findingsView()->model());
    QVERIFY(model);
    for (int i = 0; i < model->rowCount(); ++i) {
        const Finding &finding = snapshot.findings().at(i);
        QVERIFY(int(finding.severity) <= previous);
        previous = int(finding.severity);
        QVERIFY(texts.at(i).startsWith(severityText(finding.severity) + QLatin1String(": ")));
        QVERIFY(texts.at(i).contains(finding.text));
        QVERIFY(!model->item(i)->icon().isNull());
    }
}

void tst_OverviewPanel::staleBanner_data()
{
    QTest::addColumn<qint64>("ageMs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("seconds") << qint64(20 * 1000)
                             << QStringLiteral("Showing the snapshot from 20 s ago; refreshing…");
    QTest::newRow("3 min") << qint64(3 * 60 * 1000 + 5000)
                           << QStringLiteral("Showing the snapshot from 3 min ago; refreshing…");
    QTest::newRow("hours") << qint64(5 * 3600 * 1000)
                           << QStringLiteral("Showing the snapshot from 5 h ago; refreshing…");
    QTest::newRow("days") << qint64(2 * 86400 * 1000)
                          << QStringLiteral("Showing the snapshot from 2 d ago; refreshing…");
}

void tst_OverviewPanel::staleBanner()
{
    QFETCH(qint64, ageMs);
    QFETCH(QString, expected);
    const qint64 now = 1795759403123;
    OverviewPanel panel;
    panel.setClock([now] { return now; });
    panel.setSnapshot(SyntheticCluster::threeNodes(now - ageMs).withStale(true));
    QVERIFY(panel.isStaleBannerShown());
    QCOMPARE(panel.staleBannerText(), expected);
    // The live poll replaces it: the banner goes.
    panel.setSnapshot(SyntheticCluster::threeNodes(now));
    QVERIFY(!panel.isStaleBannerShown());
}

void tst_OverviewPanel::unchangedPollDoesNotTouchTheFindings()
{
    OverviewPanel panel;
    panel.setSnapshot(SyntheticCluster::threeNodes(1000));
    QAbstractItemModel *model = panel.findingsView()->model();
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    panel.setSnapshot(SyntheticCluster::threeNodes(1000));
    QCOMPARE(changed.size() + inserted.size() + removed.size() + reset.size(), 0);
}

void tst_OverviewPanel::loadBalancerWithoutStatistics()
{
    OverviewPanel panel;
    panel.setSnapshot(
        SyntheticCluster::threeNodes().withLoadBalancerView(ClusterSnapshot::LoadBalancerView{}));
    QCOMPARE(panel.cardValue(OverviewPanel::Card::LoadBalancer),
             QStringLiteral("No statistics URL"));
    ClusterSnapshot::LoadBalancerView failed;
    failed.error = QStringLiteral("connection refused");
    panel.setSnapshot(SyntheticCluster::threeNodes().withLoadBalancerView(failed));
    QCOMPARE(panel.cardValue(OverviewPanel::Card::LoadBalancer), QStringLiteral("Unavailable"));
    QVERIFY(panel.cardDetail(OverviewPanel::Card::LoadBalancer).contains(failed.error));
}

void tst_OverviewPanel::divergedAndInSync()
{
    const ClusterSnapshot base = SyntheticCluster::threeNodes();
    QList<NodeSnapshot> nodes = base.nodes();
    for (NodeSnapshot &node : nodes) {
        NodeSnapshot::Config config = node.config();
        config.agreement = ConfigAgreementState::InSync;
        config.revisionsBehind = 0;
        node = node.withConfig(config);
    }
    OverviewPanel panel;
    panel.setSnapshot(base.withNodes(nodes).withFindings({}));
    QCOMPARE(panel.cardValue(OverviewPanel::Card::Config), QStringLiteral("All in sync"));
    QVERIFY(panel.findingTexts().isEmpty());

    NodeSnapshot::Config diverged = nodes[2].config();
    diverged.agreement = ConfigAgreementState::Diverged;
    nodes[2] = nodes[2].withConfig(diverged);
    panel.setSnapshot(base.withNodes(nodes));
    QCOMPARE(panel.cardValue(OverviewPanel::Card::Config), QStringLiteral("1 diverged"));
    QCOMPARE(panel.cardSeverity(OverviewPanel::Card::Config), Severity::Critical);
    QVERIFY(panel.cardDetail(OverviewPanel::Card::Config).contains(QLatin1String("node-3")));
}

void tst_OverviewPanel::germanCardsAreNotCutOff()
{
    QTranslator german;
    QVERIFY(german.load(LanguageSwitcher::catalogPath(QStringLiteral("de"))));
    QVERIFY(QCoreApplication::installTranslator(&german));
    OverviewPanel panel;
    panel.setSnapshot(
        SyntheticCluster::threeNodes().withLoadBalancerView(ClusterSnapshot::LoadBalancerView{}));
    const QString value = panel.cardValue(OverviewPanel::Card::LoadBalancer);
    QVERIFY2(value != QStringLiteral("No statistics URL"), "the German catalogue was not used");
    // A narrow window: four cards of about their minimum width.
    panel.resize(760, 520);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QStringList cards = {QStringLiteral("nodesCard"), QStringLiteral("clockCard"),
                               QStringLiteral("configCard"), QStringLiteral("loadBalancerCard")};
    for (const QString &card : cards) {
        for (const QString &part : {QStringLiteral("Value"), QStringLiteral("Detail")}) {
            auto *label = panel.findChild<QLabel *>(card + part);
            QVERIFY(label);
            const bool fitsOnOneLine = label->sizeHint().width() <= label->width();
            const bool wrapsIntoItsHeight =
                label->wordWrap() && label->heightForWidth(label->width()) <= label->height();
            QVERIFY2(fitsOnOneLine || wrapsIntoItsHeight,
                     qPrintable(QStringLiteral("%1 is cut off: \"%2\" in %3x%4")
                                    .arg(card + part, label->text())
                                    .arg(label->width())
                                    .arg(label->height())));
        }
    }
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(panel.grab().save(dir + QStringLiteral("/overview-german-narrow.png")));
    QCoreApplication::removeTranslator(&german);
}

// The newcomer's report: the primary killed, the card said "0 of 3 in sync — The other nodes
// have not reported their revision" while node-2 and node-3 reported revision 7.
void tst_OverviewPanel::configCardWithoutThePrimary()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const ClusterSnapshot base = SyntheticCluster::threeNodes(now);
    QList<NodeSnapshot> nodes = base.nodes();
    nodes[0] = nodes[0].withConfig(NodeSnapshot::Config{}).withHealth(NodeHealth::Unknown, 1);
    for (int i = 1; i < 3; ++i) {
        NodeSnapshot::Config config = nodes[i].config();
        config.revision = 7;
        config.agreement = ConfigAgreementState::Unknown;
        nodes[i] = nodes[i].withConfig(config);
    }
    OverviewPanel panel;
    panel.setSnapshot(base.withNodes(nodes));
    QCOMPARE(panel.cardValue(OverviewPanel::Card::Config), QStringLiteral("0 of 3 in sync"));
    const QString detail = panel.cardDetail(OverviewPanel::Card::Config);
    QVERIFY2(detail.contains(QLatin1String("node-2 at 7")) &&
                 detail.contains(QLatin1String("node-3 at 7")) &&
                 detail.contains(QLatin1String("primary")),
             qPrintable(detail));
}

QTEST_MAIN(tst_OverviewPanel)
#include "tst_OverviewPanel.moc"
