// The Nodes tab's node actions against a real cluster behind HAProxy: a ClusterPage on a
// console session with the stats user saved. Drain, Maintenance and Ready go through the
// confirmation, reach HAProxy (its CSV) and come back into the window's model with the next
// poll; the last node serving requests asks a second time, and a no to it sends nothing; a
// missing stats password is asked for once and kept; with every node out the restart note shows.
#include "ClusterFixture.h"
#include "ClusterPage.h"
#include "ConsoleSession.h"
#include "MemorySecretStore.h"
#include "NodeTableModel.h"
#include "NodesPanel.h"

#include <QAction>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 30000;
}

class tst_NodesPanelActions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void askedForThePasswordOnce();
    void drainMaintReadyReachTheModel();
    void lastNodeAsksTwice();
    void aRefusedStatsPasswordIsAskedForAgain();

private:
    QString lbStateOf(const QString &nodeId) const;
    void trigger(NodeAction action, const QString &nodeId);

    std::unique_ptr<ClusterFixture> m_cluster;
    std::unique_ptr<QTemporaryDir> m_dir;
    MemorySecretStore *m_secrets = nullptr;
    ConsoleSession *m_session = nullptr;
    ClusterPage *m_page = nullptr;
    NodesPanel *m_nodes = nullptr;
    QList<NodeActionQuestion> m_questions;
    QList<bool> m_answers; // the next answers the confirmation gives, in order
    int m_passwordPrompts = 0;
};

void tst_NodesPanelActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ClusterOptions options;
    options.nodes = 2;
    options.name = u"actions"_s;
    m_cluster = std::make_unique<ClusterFixture>(options);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
    m_secrets = new MemorySecretStore;
    m_session = new ConsoleSession(m_secrets);
    QSignalSpy started(m_session, &ConsoleSession::started);
    m_session->start(m_dir->filePath(u"data"_s));
    QVERIFY(started.wait(10000));

    ClusterProfile profile = ClusterProfile::create(u"Prod"_s, m_cluster->lbUrl());
    profile.userName = m_cluster->adminUser();
    profile.haproxyStatsUrl = m_cluster->statsUrl();
    profile.haproxyStatsUser = m_cluster->statsUser();
    profile.pollIntervalMs = 1000;
    bool stored = false;
    m_session->profileService()->addProfile(
        profile, m_cluster->adminPassword(), this,
        [&stored](const StoreWriteResult &result) { stored = result.ok; });
    QTRY_VERIFY_WITH_TIMEOUT(stored, 10000);

    m_page = new ClusterPage(m_session, profile.id);
    m_page->resize(1000, 650);
    m_page->show();
    m_nodes = m_page->findChild<NodesPanel *>();
    QVERIFY(m_nodes);
    m_nodes->setConfirmHandler(
        [this](const NodeActionQuestion &question, NodeActionConfirmation::Done done) {
            m_questions.append(question);
            // One answer per question asked: a second one for the last serving node.
            bool answer = true;
            for (int asked = question.lastServingNode ? 2 : 1; asked > 0; --asked)
                answer = answer && (m_answers.isEmpty() ? true : m_answers.takeFirst());
            done(answer);
        });
    m_nodes->setPasswordHandler([this](const QString &, std::function<void(const QString &)> done) {
        ++m_passwordPrompts;
        done(m_cluster->statsPassword());
    });
    QTRY_COMPARE_WITH_TIMEOUT(m_nodes->model()->rowCount(), 2, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(lbStateOf(u"node-2"_s), u"Up"_s, kTimeoutMs);
}

void tst_NodesPanelActions::cleanupTestCase()
{
    delete m_page;
    delete m_session;
    m_dir.reset();
    m_cluster.reset();
}

QString tst_NodesPanelActions::lbStateOf(const QString &nodeId) const
{
    const int row = m_nodes->model()->rowOf(nodeId);
    if (row < 0)
        return {};
    const QString text =
        m_nodes->model()->index(row, int(NodeTableModel::Column::LbState)).data().toString();
    return text.section(u' ', 0, 0); // "Up (L7OK)" -> "Up"
}

void tst_NodesPanelActions::trigger(NodeAction action, const QString &nodeId)
{
    QVERIFY(m_nodes->selectNode(nodeId));
    QAction *qaction = m_nodes->nodeAction(action);
    QVERIFY(qaction);
    QTRY_VERIFY(qaction->isEnabled());
    qaction->trigger();
}

void tst_NodesPanelActions::askedForThePasswordOnce()
{
    trigger(NodeAction::Drain, u"node-2"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_cluster->haproxyServerStatus(u"node-2"_s).startsWith(u"DRAIN"_s),
                             kTimeoutMs);
    QCOMPARE(m_passwordPrompts, 1);
    QTRY_VERIFY(m_nodes->actionStatusText().contains(u"DRAIN"_s));
    // Kept in the secret store under its own key, not the cluster's password.
    trigger(NodeAction::Ready, u"node-2"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_cluster->haproxyServerStatus(u"node-2"_s).startsWith(u"UP"_s),
                             kTimeoutMs);
    QCOMPARE(m_passwordPrompts, 1);
    QTRY_COMPARE_WITH_TIMEOUT(lbStateOf(u"node-2"_s), u"Up"_s, kTimeoutMs);
}

void tst_NodesPanelActions::drainMaintReadyReachTheModel()
{
    // HAProxy first, then the window: the model must not pass on a snapshot from before.
    const QList<std::tuple<NodeAction, QString, QString>> steps{
        {NodeAction::Drain, u"DRAIN"_s, u"Draining"_s},
        {NodeAction::Maint, u"MAINT"_s, u"Maintenance"_s},
        {NodeAction::Ready, u"UP"_s, u"Up"_s}};
    for (const auto &[action, csv, shown] : steps) {
        trigger(action, u"node-2"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_cluster->haproxyServerStatus(u"node-2"_s).startsWith(csv),
                                 kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(lbStateOf(u"node-2"_s), shown, kTimeoutMs);
    }
    QVERIFY(!m_questions.isEmpty());
    QCOMPARE(m_questions.last().action, NodeAction::Ready);
    QVERIFY(!m_questions.last().lastServingNode);
    // The saved name ("Prod", the one typed to confirm), not the server's ("actions").
    QCOMPARE(m_questions.last().clusterName, u"Prod"_s);
}

void tst_NodesPanelActions::lastNodeAsksTwice()
{
    trigger(NodeAction::Maint, u"node-2"_s);
    QTRY_COMPARE_WITH_TIMEOUT(lbStateOf(u"node-2"_s), u"Maintenance"_s, kTimeoutMs);

    // node-1 is the last one serving: yes, then no to the second question sends nothing.
    m_questions.clear();
    m_answers = {true, false};
    trigger(NodeAction::Maint, u"node-1"_s);
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.first().lastServingNode);
    QVERIFY(m_answers.isEmpty());
    // A barrier: a later action through the same controller has finished, node-1 still up.
    trigger(NodeAction::Ready, u"node-2"_s);
    QTRY_COMPARE_WITH_TIMEOUT(lbStateOf(u"node-2"_s), u"Up"_s, kTimeoutMs);
    QVERIFY(m_cluster->haproxyServerStatus(u"node-1"_s).startsWith(u"UP"_s));

    // Both out, confirmed twice: the restart note shows.
    trigger(NodeAction::Maint, u"node-2"_s);
    QTRY_COMPARE_WITH_TIMEOUT(lbStateOf(u"node-2"_s), u"Maintenance"_s, kTimeoutMs);
    m_answers = {true, true};
    trigger(NodeAction::Maint, u"node-1"_s);
    QTRY_COMPARE_WITH_TIMEOUT(lbStateOf(u"node-1"_s), u"Maintenance"_s, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_nodes->restartNoteText().contains(u"stopped last"_s), kTimeoutMs);
    // For people to look at: the note, the buttons and the outcome line.
    const QString outDir = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
    QVERIFY(QDir().mkpath(outDir));
    m_page->setCurrentWidget(m_nodes);
    QVERIFY(m_page->grab().toImage().save(outDir + u"/nodes-actions-light.png"_s));
    for (const QString &node : {u"node-1"_s, u"node-2"_s}) {
        trigger(NodeAction::Ready, node);
        QTRY_COMPARE_WITH_TIMEOUT(lbStateOf(node), u"Up"_s, kTimeoutMs);
    }
    QTRY_VERIFY(m_nodes->restartNoteText().isEmpty());
}

// The newcomer's report: a mistyped stats password at the first Drain was kept, and every later
// action said "HAProxy refused the stats user" without asking again.
void tst_NodesPanelActions::aRefusedStatsPasswordIsAskedForAgain()
{
    const QString profileId = m_session->profileService()->profiles().constFirst().id;
    const QString key = ClusterProfile::haproxyStatsSecretKey(profileId);
    bool written = false;
    m_secrets->writeSecret(key, u"not-the-stats-password"_s, this,
                           [&written](const SecretResult &) { written = true; });
    QTRY_VERIFY(written);
    const int prompts = m_passwordPrompts;
    trigger(NodeAction::Drain, u"node-2"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_nodes->actionStatusText().contains(u"refused"_s), kTimeoutMs);
    QCOMPARE(m_passwordPrompts, prompts); // the saved one was tried
    QVERIFY(m_cluster->haproxyServerStatus(u"node-2"_s).startsWith(u"UP"_s));
    QTRY_VERIFY(!m_secrets->contains(key));

    trigger(NodeAction::Drain, u"node-2"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_cluster->haproxyServerStatus(u"node-2"_s).startsWith(u"DRAIN"_s),
                             kTimeoutMs);
    QCOMPARE(m_passwordPrompts, prompts + 1);
    trigger(NodeAction::Ready, u"node-2"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_cluster->haproxyServerStatus(u"node-2"_s).startsWith(u"UP"_s),
                             kTimeoutMs);
}

QTEST_MAIN(tst_NodesPanelActions)
#include "tst_NodesPanelActions.moc"
