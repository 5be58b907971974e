// ClusterMonitor's plain-Spectrum path against a real three-node cluster of reference nodes in
// --spectrum-compatible mode behind HAProxy (no /api/v1): detection, catalogues compared across
// nodes, a node's clock from its Date headers, a killed node, and the token service's session
// (cookie, idle renewal, logout). One cluster for the executable; the kill comes last.
#include "ApiClient.h"
#include "ClusterFixture.h"
#include "ClusterMonitor.h"
#include "MonitorHub.h"
#include "TestHttp.h"

#include <QSet>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>
#include <memory>

namespace {

constexpr int kPollIntervalMs = 1000;
constexpr int kClockOffsetMs = 800;
constexpr int kSettleTimeoutMs = 30000;
const QString kSkewed = QStringLiteral("node-2");

QString describe(const ClusterSnapshot &snapshot)
{
    QStringList lines{QStringLiteral("reachable=%1 error=%2 caps=%3")
                          .arg(snapshot.isReachable())
                          .arg(snapshot.error(), snapshot.capabilities().summaryText())};
    for (const NodeSnapshot &node : snapshot.nodes())
        lines << QStringLiteral("%1 health=%2 measured=%3 offset=%4±%5 vsRef=%6 error=%7")
                     .arg(node.id(), nodeHealthKey(node.health()))
                     .arg(node.clock().measured)
                     .arg(node.clock().offsetMs)
                     .arg(node.clock().errorMs)
                     .arg(node.clock().offsetVsMedianMs)
                     .arg(node.error());
    for (const Finding &finding : snapshot.findings())
        lines << QStringLiteral("finding %1 %2 %3").arg(finding.code, finding.nodeId, finding.text);
    return lines.join(QLatin1Char('\n'));
}

bool hasFinding(const ClusterSnapshot &snapshot, const QString &code, const QString &node)
{
    return std::any_of(snapshot.findings().cbegin(), snapshot.findings().cend(),
                       [&](const Finding &f) { return f.code == code && f.nodeId == node; });
}

} // namespace

class tst_ClusterMonitorSpectrum final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void detectsPlainSpectrumAndReadsCatalogues();
    void skewedClockIsEstimatedFromDateHeaders();
    void hiddenServiceIsASynchronisationFinding();
    void sessionTokenWithCookieRenewsAndLogsOut();
    void removedClusterEndsItsSessions();
    void killedNodeIsUnreachableWithinTwoPolls();

private:
    ClusterProfile profile() const;
    std::unique_ptr<ClusterMonitor> monitor() const;

    std::unique_ptr<ClusterFixture> m_cluster;
    std::unique_ptr<ClusterMonitor> m_monitor;
    QList<ClusterSnapshot> m_snapshots;
};

void tst_ClusterMonitorSpectrum::initTestCase()
{
    ClusterOptions options;
    options.spectrum = true;
    options.spectrumHostCheck = false; // on: tst_SpectrumHostCheck
    options.extraNodeArgs.insert(kSkewed,
                                 QStringLiteral("--clock-offset-ms %1").arg(kClockOffsetMs));
    m_cluster = std::make_unique<ClusterFixture>(options);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    m_monitor = monitor();
    connect(m_monitor.get(), &ClusterMonitor::snapshotReady, this,
            [this](const ClusterSnapshot &snapshot) { m_snapshots.append(snapshot); });
    m_monitor->start();
}

void tst_ClusterMonitorSpectrum::cleanupTestCase()
{
    m_monitor.reset();
    m_cluster.reset();
}

ClusterProfile tst_ClusterMonitorSpectrum::profile() const
{
    ClusterProfile profile = ClusterProfile::create(QStringLiteral("spectrum"), m_cluster->lbUrl());
    profile.userName = m_cluster->adminUser();
    profile.pollIntervalMs = kPollIntervalMs;
    profile.haproxyStatsUrl = m_cluster->statsUrl();
    return profile;
}

std::unique_ptr<ClusterMonitor> tst_ClusterMonitorSpectrum::monitor() const
{
    auto monitor = std::make_unique<ClusterMonitor>(profile());
    monitor->setPasswordCredentials(m_cluster->adminUser(), m_cluster->adminPassword());
    return monitor;
}

void tst_ClusterMonitorSpectrum::detectsPlainSpectrumAndReadsCatalogues()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_snapshots.isEmpty(), kSettleTimeoutMs);
    const ClusterSnapshot first = m_snapshots.constFirst();
    QVERIFY2(first.isReachable(), qPrintable(describe(first)));
    const ClusterCapabilities capabilities = first.capabilities();
    QVERIFY2(capabilities.isPlainSpectrum(), qPrintable(describe(first)));
    QCOMPARE(capabilities.spectrumTokens, ClusterCapabilities::State::Available);
    QCOMPARE(capabilities.restCatalogue, ClusterCapabilities::State::Available);
    QCOMPARE(capabilities.soapCatalogue, ClusterCapabilities::State::Available);
    QCOMPARE(first.nodes().size(), 3);
    for (const NodeSnapshot &node : first.nodes())
        QVERIFY2(node.health() == NodeHealth::Up, qPrintable(describe(first)));
    QVERIFY(!first.services().isEmpty());
    for (const ExposedService &service : first.services()) {
        QCOMPARE(service.nodes, m_cluster->nodeIds());
        QVERIFY2(service.agrees(), qPrintable(service.name));
        QCOMPARE(service.sha256.size(), 64);
    }
    // An absent interface is never an error: no finding about the cluster or its health.
    for (const Finding &finding : first.findings()) {
        QVERIFY2(!finding.code.startsWith(QLatin1String("cluster.")) &&
                     !finding.code.startsWith(QLatin1String("health.")) &&
                     !finding.code.startsWith(QLatin1String("config.")) &&
                     !finding.code.startsWith(QLatin1String("license.")) &&
                     !finding.code.startsWith(QLatin1String("version.")),
                 qPrintable(describe(first)));
    }
}

void tst_ClusterMonitorSpectrum::skewedClockIsEstimatedFromDateHeaders()
{
    const auto settled = [this] {
        if (m_snapshots.isEmpty())
            return false;
        const auto node = m_snapshots.constLast().node(kSkewed);
        return node && node->clock().measured && node->clock().errorMs <= 50;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(settled(), qPrintable(describe(m_snapshots.constLast())),
                              kSettleTimeoutMs);
    const ClusterSnapshot last = m_snapshots.constLast();
    qInfo().noquote() << "settled after" << m_snapshots.size() << "polls:\n" << describe(last);
    const NodeSnapshot skewed = *last.node(kSkewed);
    QVERIFY2(std::abs(skewed.clock().offsetMs - kClockOffsetMs) <= 50, qPrintable(describe(last)));
    QVERIFY2(std::abs(skewed.clock().offsetVsMedianMs - kClockOffsetMs) <= 50,
             qPrintable(describe(last)));
    QCOMPARE(skewed.clock().severity, Severity::Critical);
    QVERIFY2(hasFinding(last, QStringLiteral("clock.offset"), kSkewed) ||
                 std::any_of(last.findings().cbegin(), last.findings().cend(),
                             [](const Finding &f) {
                                 return f.nodeId == kSkewed &&
                                        f.category == Finding::Category::Clock &&
                                        f.severity == Severity::Critical;
                             }),
             qPrintable(describe(last)));
    for (const NodeSnapshot &node : last.nodes()) {
        if (node.id() != kSkewed)
            QVERIFY2(std::abs(node.clock().offsetMs) <= 50, qPrintable(describe(last)));
    }
}

void tst_ClusterMonitorSpectrum::hiddenServiceIsASynchronisationFinding()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_snapshots.isEmpty(), kSettleTimeoutMs);
    const QString hidden = m_snapshots.constLast().services().constFirst().name;
    const QString node = QStringLiteral("node-3");
    QString error;
    QVERIFY2(
        m_cluster->setFaults(node, QJsonObject{{"hiddenServices", QJsonArray{hidden}}}, &error),
        qPrintable(error));
    // The next poll that starts after the fault reports it.
    const qsizetype before = m_snapshots.size();
    QTRY_VERIFY_WITH_TIMEOUT(m_snapshots.size() >= before + 2, kSettleTimeoutMs);
    const ClusterSnapshot after = m_snapshots.at(before + 1);
    QVERIFY2(hasFinding(after, QStringLiteral("config.service-missing"), node),
             qPrintable(describe(after)));
    const auto finding =
        std::find_if(after.findings().cbegin(), after.findings().cend(), [](const Finding &f) {
            return f.code == QLatin1String("config.service-missing");
        });
    QVERIFY(finding->text.contains(hidden));
    QVERIFY(finding->text.contains(node));
    QVERIFY2(m_cluster->setFaults(node, QJsonObject{{"hiddenServices", QJsonArray{}}}, &error),
             qPrintable(error));
}

void tst_ClusterMonitorSpectrum::sessionTokenWithCookieRenewsAndLogsOut()
{
    qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    ApiClient client;
    client.setBaseUrl(m_cluster->lbUrl());
    client.setClock([&nowMs] { return nowMs; });
    client.setPasswordCredentials(m_cluster->adminUser(), m_cluster->adminPassword());
    // Sends as given: no credentials of its own, so nothing is added or renewed.
    ApiClient raw;
    raw.setBaseUrl(m_cluster->lbUrl());
    const auto get = [this](ApiClient &via, const ApiRequest &request) {
        std::optional<ApiResult> answer;
        via.send(request, this, [&answer](const ApiResult &r) { answer = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000); }();
        return answer.value_or(ApiResult());
    };
    ApiRequest rest = ApiRequest::get(QStringLiteral("/rest"));
    rest.expectJson = false;
    QSignalSpy renewed(&client, &ApiClient::tokenRenewed);
    QVERIFY(get(client, rest).ok);
    QCOMPARE(renewed.size(), 1);
    nowMs += 20 * 60 * 1000;
    QVERIFY(get(client, rest).ok);
    QCOMPARE(renewed.size(), 1);
    // 29 more idle minutes: the session is replaced before the request, which succeeds.
    nowMs += 29 * 60 * 1000;
    QVERIFY(get(client, rest).ok);
    QCOMPARE(renewed.size(), 2);

    QString sessionId;
    const QString token = client.takeSessionToken(&sessionId);
    QVERIFY(!token.isEmpty());
    QVERIFY(!sessionId.isEmpty());
    // A session token alone is refused: the SESSION cookie goes with it.
    ApiRequest bare = rest;
    bare.headers.set("Authorization", "Bearer " + token.toUtf8());
    QCOMPARE(get(raw, bare).httpStatus, 401);
    ApiRequest withCookie = bare;
    withCookie.headers.set("Cookie", "SESSION=" + sessionId.toUtf8());
    QVERIFY(get(raw, withCookie).ok);

    // Logout ends the session on every node.
    ApiRequest logout = ApiClient::logoutRequest(token, sessionId);
    logout.expectJson = false;
    const ApiResult loggedOut = get(raw, logout);
    QVERIFY2(loggedOut.ok, qPrintable(loggedOut.errorText));
    for (int i = 0; i < 3; ++i) // round robin: each node in turn
        QCOMPARE(get(raw, withCookie).httpStatus, 401);
}

// What the window does when a cluster is closed or removed (MonitorHub::removeCluster): every
// session its monitor signed in with, through the load balancer and at each node's own URL, is
// ended on the cluster.
void tst_ClusterMonitorSpectrum::removedClusterEndsItsSessions()
{
    const auto sessions = [this](const char *kind) {
        QSet<QString> found;
        for (const QString &id : m_cluster->nodeIds()) {
            TestHttp node(m_cluster->nodeUrl(id));
            const TestResponse answer =
                node.get(QStringLiteral("/internal/v1/") + QLatin1String(kind),
                         {{"X-Cluster-Secret", m_cluster->secret()}});
            for (const QJsonValue &entry : answer.json().value(QLatin1String("sessions")).toArray())
                found.insert(entry.toObject().value(QLatin1String("session")).toString());
        }
        return found;
    };
    // The shared monitor rests meanwhile: no session of its own comes or goes.
    m_monitor->stop();
    const QSet<QString> before = sessions("spectrum-sessions");
    ClusterProfile direct = profile();
    direct.haproxyStatsUrl.clear();
    for (const QString &id : m_cluster->nodeIds())
        direct.nodeUrls.append(m_cluster->nodeUrl(id));
    MonitorHub hub;
    QList<ClusterSnapshot> polled;
    connect(
        &hub, &MonitorHub::snapshotReady, this,
        [&polled](const QString &, const ClusterSnapshot &snapshot) { polled.append(snapshot); });
    hub.addCluster(direct);
    hub.setPasswordCredentials(direct.id, m_cluster->adminUser(), m_cluster->adminPassword());
    hub.startAll();
    QTRY_VERIFY_WITH_TIMEOUT(!polled.isEmpty(), kSettleTimeoutMs);
    const ClusterSnapshot first = polled.constFirst();
    QVERIFY2(first.isReachable(), qPrintable(describe(first)));
    QCOMPARE(first.nodes().size(), 3);
    const QSet<QString> opened = sessions("spectrum-sessions") - before;
    // At the load balancer and at the nodes asked directly (each signs in on its own).
    QVERIFY(!opened.isEmpty());
    QVERIFY(hub.removeCluster(direct.id));
    QTRY_VERIFY_WITH_TIMEOUT((opened - sessions("revocations")).isEmpty(), 10000);
    m_monitor->start();
}

void tst_ClusterMonitorSpectrum::killedNodeIsUnreachableWithinTwoPolls()
{
    const QString victim = QStringLiteral("node-1");
    const qsizetype before = m_snapshots.size();
    QString error;
    QVERIFY2(m_cluster->stopNode(victim, false, &error), qPrintable(error));
    // Polls that started after the kill: the first may have started before it.
    QTRY_VERIFY_WITH_TIMEOUT(m_snapshots.size() >= before + 3, kSettleTimeoutMs);
    const ClusterSnapshot third = m_snapshots.at(before + 2);
    QVERIFY2(third.node(victim)->health() == NodeHealth::Unreachable, qPrintable(describe(third)));
    QVERIFY2(third.isReachable(), qPrintable(describe(third)));
    QVERIFY(hasFinding(third, QStringLiteral("health.unreachable"), victim));
    // The node is unreachable, the cluster is not: no cluster-wide error.
    for (const Finding &finding : third.findings())
        QVERIFY2(!finding.code.startsWith(QLatin1String("cluster.")), qPrintable(describe(third)));
}

QTEST_GUILESS_MAIN(tst_ClusterMonitorSpectrum)
#include "tst_ClusterMonitorSpectrum.moc"
