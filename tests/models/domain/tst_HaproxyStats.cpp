// HAProxy `;csv` statistics: parsing by column name (HAProxy 2.6 layout), malformed input, and
// disagreement between HAProxy's view and what the nodes answered.
#include "HaproxyStats.h"

#include <QTest>

namespace {

// Captured from HAProxy 2.6.12 (`show stat` through `stats uri /stats;csv`): node-1 passes its
// check, node-2 refuses connections, node-3 is in maintenance, node-4 has no check.
const char realCsv[] =
    "# pxname,svname,qcur,qmax,scur,smax,slim,stot,bin,bout,dreq,dresp,ereq,econ,eresp,wretr,"
    "wredis,status,weight,act,bck,chkfail,chkdown,lastchg,downtime,qlimit,pid,iid,sid,throttle,"
    "lbtot,tracked,type,rate,rate_lim,rate_max,check_status,check_code,check_duration,hrsp_1xx,"
    "hrsp_2xx,hrsp_3xx,hrsp_4xx,hrsp_5xx,hrsp_other,hanafail,req_rate,req_rate_max,req_tot,"
    "cli_abrt,srv_abrt,comp_in,comp_out,comp_byp,comp_rsp,lastsess,last_chk,last_agt,qtime,"
    "ctime,rtime,ttime,agent_status,agent_code,agent_duration,check_desc,agent_desc,check_rise,"
    "check_fall,check_health,agent_rise,agent_fall,agent_health,addr,cookie,mode,algo,conn_rate,"
    "conn_rate_max,conn_tot,intercepted,dcon,dses,wrew,connect,reuse,cache_lookups,cache_hits,"
    "srv_icur,src_ilim,qtime_max,ctime_max,rtime_max,ttime_max,eint,idle_conn_cur,safe_conn_cur,"
    "used_conn_cur,need_conn_est,uweight,agg_server_status,agg_server_check_status,"
    "agg_check_status,-,ssl_sess,ssl_reused_sess,ssl_failed_handshake,h2_headers_rcvd,"
    "h2_data_rcvd,h2_settings_rcvd,h2_rst_stream_rcvd,h2_goaway_rcvd,"
    "h2_detected_conn_protocol_errors,h2_detected_strm_protocol_errors,h2_rst_stream_resp,"
    "h2_goaway_resp,h2_open_connections,h2_backend_open_streams,h2_total_connections,"
    "h2_backend_total_streams,h1_open_connections,h1_open_streams,h1_total_connections,"
    "h1_total_streams,h1_bytes_in,h1_bytes_out,h1_spliced_bytes_in,h1_spliced_bytes_out,\n"
    "stats,FRONTEND,,,1,1,100,1,0,0,0,0,0,,,,,OPEN,,,,,,,,,1,1,0,,,,0,1,0,1,,,,0,0,0,0,0,0,,1,1,"
    "1,,,0,0,0,0,,,,,,,,,,,,,,,,,,,,,http,,1,1,1,1,0,0,0,,,0,0,,,,,,,0,,,,,,,,,-,0,0,0,0,0,0,0,0,"
    "0,0,0,0,0,0,0,0,1,1,1,1,88,0,0,0,\n"
    "fe_api,FRONTEND,,,0,0,100,0,0,0,0,0,0,,,,,OPEN,,,,,,,,,1,2,0,,,,0,0,0,0,,,,0,0,0,0,0,0,,0,"
    "0,0,,,0,0,0,0,,,,,,,,,,,,,,,,,,,,,http,,0,0,0,0,0,0,0,,,0,0,,,,,,,0,,,,,,,,,-,0,0,0,0,0,0,0,"
    "0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,\n"
    "be_nodes,node-1,0,0,0,0,,0,0,0,,0,,0,0,0,0,UP,1,1,0,0,0,3,0,,1,3,1,,0,,2,0,,0,L7OK,200,1,0,"
    "0,0,0,0,0,,,,0,0,0,,,,,-1,,,0,0,0,0,,,,Layer7 check passed,,2,3,4,,,,,,http,,,,,,,,0,0,0,,,"
    "0,,0,0,0,0,0,0,0,0,1,1,,,,-,0,0,0,,,,,,,,,,,,,,,,,,,,,,\n"
    "be_nodes,node-2,0,0,0,0,,0,0,0,,0,,0,0,0,0,DOWN,1,1,0,1,1,3,3,,1,3,2,,0,,2,0,,0,L4CON,,0,0,"
    "0,0,0,0,0,,,,0,0,0,,,,,-1,Connection refused,,0,0,0,0,,,,Layer4 connection problem,,2,3,0,,"
    ",,,,http,,,,,,,,0,0,0,,,0,,0,0,0,0,0,0,0,0,1,1,,,,-,0,0,0,,,,,,,,,,,,,,,,,,,,,,\n"
    "be_nodes,node-3,0,0,0,0,,0,0,0,,0,,0,0,0,0,MAINT,1,1,0,0,0,3,3,,1,3,3,,0,,2,0,,0,,,,0,0,0,"
    "0,0,0,,,,0,0,0,,,,,-1,,,0,0,0,0,,,,,,,,,,,,,,http,,,,,,,,0,0,0,,,0,,0,0,0,0,0,0,0,0,0,1,,,,-"
    ",0,0,0,,,,,,,,,,,,,,,,,,,,,,\n"
    "be_nodes,node-4,0,0,0,0,,0,0,0,,0,,0,0,0,0,no check,1,1,0,,,3,,,1,3,4,,0,,2,0,,0,,,,0,0,0,"
    "0,0,0,,,,0,0,0,,,,,-1,,,0,0,0,0,,,,,,,,,,,,,,http,,,,,,,,0,0,0,,,0,,0,0,0,0,0,0,0,0,0,1,,,,-"
    ",0,0,0,,,,,,,,,,,,,,,,,,,,,,\n"
    "be_nodes,BACKEND,0,0,0,0,10,0,0,0,0,0,,0,0,0,0,UP,1,1,0,,0,3,0,,1,3,0,,0,,1,0,,0,,,,0,0,0,0,"
    "0,0,,,,0,0,0,0,0,0,0,-1,,,0,0,0,0,,,,,,,,,,,,,,http,,,,,,,,0,0,0,0,0,,,0,0,0,0,0,,,,,1,0,0,"
    "0,-,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,13,13,2785,150,0,0,\n";

NodeSnapshot answering(const QString &id, NodeHealth health, int missed = 0)
{
    return NodeSnapshot::placeholder(id, id, QUrl()).withHealth(health, missed);
}

} // namespace

class tst_HaproxyStats final : public QObject
{
    Q_OBJECT

private slots:
    void parsesRealOutput();
    void statusWords_data();
    void statusWords();
    void malformedInput_data();
    void malformedInput();
    void malformedLinesAreSkipped();
    void columnsByNameInAnyOrder();
    void appliedToNodes();
    void disagreements();
    void aSilentNodeHaproxyCallsDownIsDownAtOnce();
};

void tst_HaproxyStats::parsesRealOutput()
{
    QString error;
    const auto stats = HaproxyStats::parse(realCsv, &error);
    QVERIFY2(stats, qPrintable(error));
    QVERIFY(stats->lineErrors().isEmpty());
    QCOMPARE(stats->servers().size(), 4); // FRONTEND/BACKEND rows ignored
    QCOMPARE(stats->serversUp(), 1);

    const auto node1 = stats->server("node-1");
    QVERIFY(node1);
    QCOMPARE(node1->proxy, QStringLiteral("be_nodes"));
    QCOMPARE(node1->state, LbState::Up);
    QCOMPARE(node1->status, QStringLiteral("UP"));
    QCOMPARE(node1->checkStatus, QStringLiteral("L7OK"));
    QCOMPARE(node1->checkDescription, QStringLiteral("Layer7 check passed"));
    QCOMPARE(node1->lastChangeSeconds, qint64(3));
    QCOMPARE(node1->weight, std::optional<int>(1));

    const auto node2 = stats->server("node-2", "be_nodes");
    QVERIFY(node2);
    QCOMPARE(node2->state, LbState::Down);
    QCOMPARE(node2->checkStatus, QStringLiteral("L4CON"));
    QCOMPARE(stats->server("node-3")->state, LbState::Maint);
    QCOMPARE(stats->server("node-4")->state, LbState::NoCheck);
    QCOMPARE(stats->server("node-4")->checkStatus, QString());
    QVERIFY(!stats->server("node-1", "other_backend"));
    QVERIFY(!stats->server("node-9"));
}

void tst_HaproxyStats::statusWords_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<LbState>("state");
    QTest::newRow("UP") << "UP" << LbState::Up;
    QTest::newRow("UP going down") << "UP 1/3" << LbState::Up;
    QTest::newRow("DOWN") << "DOWN" << LbState::Down;
    QTest::newRow("DOWN going up") << "DOWN 1/2" << LbState::Down;
    QTest::newRow("MAINT") << "MAINT" << LbState::Maint;
    QTest::newRow("MAINT via") << "MAINT (via be_nodes/node-1)" << LbState::Maint;
    QTest::newRow("MAINT resolution") << "MAINT(resolution)" << LbState::Maint;
    QTest::newRow("DRAIN") << "DRAIN" << LbState::Drain;
    QTest::newRow("DRAIN rising") << "DRAIN 1/2" << LbState::Drain;
    QTest::newRow("NOLB") << "NOLB" << LbState::Maint;
    QTest::newRow("no check") << "no check" << LbState::NoCheck;
    QTest::newRow("empty") << "" << LbState::Unknown;
    QTest::newRow("garbage") << "WHATEVER" << LbState::Unknown;
}

void tst_HaproxyStats::statusWords()
{
    QFETCH(QString, status);
    QFETCH(LbState, state);
    QCOMPARE(HaproxyStats::stateFromStatus(status), state);
}

void tst_HaproxyStats::malformedInput_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("blank lines") << QByteArray("\n\n  \n") << "empty";
    QTest::newRow("html error page")
        << QByteArray("<html><body><h1>503 Service Unavailable</h1></body></html>\n")
        << "first line should start with";
    QTest::newRow("no status column")
        << QByteArray("# pxname,svname,weight\nbe,node-1,1\n") << "no 'status' column";
    QTest::newRow("no svname column")
        << QByteArray("# pxname,status\nbe,UP\n") << "no 'svname' column";
    QTest::newRow("header quote") << QByteArray("# pxname,\"svname,status\n") << "quote";
}

void tst_HaproxyStats::malformedInput()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, errorPart);
    QString error;
    QVERIFY(!HaproxyStats::parse(csv, &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QVERIFY(!HaproxyStats::parse(csv, nullptr)); // no error sink: still no crash
}

void tst_HaproxyStats::malformedLinesAreSkipped()
{
    const QByteArray csv = "# pxname,svname,qcur,status,check_status,lastchg\r\n"
                           "be,node-1,0,UP,L7OK,12\r\n"
                           "be,node-2\r\n"
                           "be,\"node-3,0,DOWN,L4TOUT,3\r\n"
                           "be,,0,UP,L7OK,1\r\n"
                           "be,node-5,0,DOWN,L4TOUT,notanumber\r\n"
                           "\r\n";
    QString error;
    const auto stats = HaproxyStats::parse(csv, &error);
    QVERIFY2(stats, qPrintable(error));
    QCOMPARE(stats->servers().size(), 2);
    QCOMPARE(stats->servers().at(0).lastChangeSeconds, qint64(12));
    QCOMPARE(stats->servers().at(1).name, QStringLiteral("node-5"));
    QCOMPARE(stats->servers().at(1).lastChangeSeconds, qint64(-1));
    QCOMPARE(stats->servers().at(1).weight, std::nullopt); // no weight column at all
    const QStringList errors = stats->lineErrors();
    QCOMPARE(errors.size(), 3);
    QVERIFY2(errors.at(0).startsWith("line 3: 2 fields where at least 4"),
             qPrintable(errors.at(0)));
    QVERIFY2(errors.at(1).startsWith("line 4: unbalanced quote"), qPrintable(errors.at(1)));
    QVERIFY2(errors.at(2).startsWith("line 5: no server name"), qPrintable(errors.at(2)));
}

void tst_HaproxyStats::columnsByNameInAnyOrder()
{
    const QByteArray csv = "# status,svname,future_column,pxname,check_status\n"
                           "DOWN 1/2,node-7,\"quoted, with comma\",be_x,* L7STS\n";
    QString error;
    const auto stats = HaproxyStats::parse(csv, &error);
    QVERIFY2(stats, qPrintable(error));
    QCOMPARE(stats->servers().size(), 1);
    const auto server = stats->server("node-7", "be_x");
    QVERIFY(server);
    QCOMPARE(server->state, LbState::Down);
    QCOMPARE(server->status, QStringLiteral("DOWN 1/2"));
    QCOMPARE(server->checkStatus, QStringLiteral("L7STS"));
}

void tst_HaproxyStats::appliedToNodes()
{
    const auto stats = HaproxyStats::parse(realCsv, nullptr);
    QVERIFY(stats);
    const QList<NodeSnapshot> nodes =
        stats->apply({answering("node-1", NodeHealth::Up), answering("node-2", NodeHealth::Up),
                      answering("node-9", NodeHealth::Up)});
    QCOMPARE(nodes.at(0).loadBalancer().state, LbState::Up);
    QCOMPARE(nodes.at(0).loadBalancer().checkStatus, QStringLiteral("L7OK"));
    QCOMPARE(nodes.at(0).loadBalancer().lastChangeSeconds, qint64(3));
    QCOMPARE(nodes.at(1).loadBalancer().state, LbState::Down);
    QCOMPARE(nodes.at(2).loadBalancer().state, LbState::Unknown);
    QCOMPARE(nodes.at(2).loadBalancer().lastChangeSeconds, qint64(-1));
}

void tst_HaproxyStats::disagreements()
{
    const auto stats = HaproxyStats::parse("# pxname,svname,status,check_status\n"
                                           "be,node-1,UP,L7OK\n"
                                           "be,node-2,DOWN,L4CON\n"
                                           "be,node-3,UP,L7OK\n"
                                           "be,node-4,MAINT,\n"
                                           "be,node-5,DOWN,L4TOUT\n"
                                           "be,node-6,DOWN,L7STS\n",
                                           nullptr);
    QVERIFY(stats);
    const QList<NodeSnapshot> nodes = stats->apply({
        answering("node-1", NodeHealth::Up),
        answering("node-2", NodeHealth::Up),             // answers, HAProxy DOWN
        answering("node-3", NodeHealth::Unreachable, 2), // silent, HAProxy UP
        answering("node-4", NodeHealth::Up),
        answering("node-5", NodeHealth::Unreachable, 3), // both agree it is down
        answering("node-6", NodeHealth::Up, 1),          // a blip: too early to disagree
    });
    const QList<Finding> findings = HaproxyStats::disagreements(nodes);
    QCOMPARE(findings.size(), 3);
    QCOMPARE(findings.at(0).nodeId, QStringLiteral("node-2"));
    QCOMPARE(findings.at(0).code, QStringLiteral("lb.down-but-answers"));
    QCOMPARE(findings.at(0).severity, Severity::Warning);
    QCOMPARE(
        findings.at(0).text,
        QStringLiteral("node-2 answers but HAProxy marks it DOWN (L4CON): it gets no traffic"));
    QCOMPARE(findings.at(1).nodeId, QStringLiteral("node-3"));
    QCOMPARE(findings.at(1).code, QStringLiteral("lb.up-but-silent"));
    QCOMPARE(findings.at(1).text,
             QStringLiteral("HAProxy marks node-3 UP but node-3 does not answer this computer"));
    QCOMPARE(findings.at(2).code, QStringLiteral("lb.maintenance"));
    QCOMPARE(findings.at(2).severity, Severity::Info);
}

// The newcomer's report: the primary killed, `clusterdesk status` said "node-1 missed the last
// poll — No action needed" beside HAProxy's "Down (L4CON)".
void tst_HaproxyStats::aSilentNodeHaproxyCallsDownIsDownAtOnce()
{
    const auto stats = HaproxyStats::parse("# pxname,svname,status,check_status\n"
                                           "be,node-1,DOWN,L4CON\n"
                                           "be,node-2,DRAIN,L7OK\n",
                                           nullptr);
    QVERIFY(stats);
    const QList<NodeSnapshot> nodes = stats->apply(
        {answering("node-1", NodeHealth::Unknown, 1), answering("node-2", NodeHealth::Up)});
    const QList<Finding> lb = HaproxyStats::disagreements(nodes);
    QCOMPARE(lb.size(), 2);
    QCOMPARE(lb.at(0).code, QStringLiteral("lb.down-and-silent"));
    QCOMPARE(lb.at(0).severity, Severity::Critical);
    QCOMPARE(lb.at(0).text,
             QStringLiteral("node-1 does not answer and HAProxy marks it DOWN (L4CON)"));
    // Draining is not maintenance: the node still serves the connections it has.
    QCOMPARE(lb.at(1).code, QStringLiteral("lb.maintenance"));
    QCOMPARE(lb.at(1).text,
             QStringLiteral("HAProxy drains node-2 (DRAIN): it gets no new connections"));
    // The node's own "missed the last poll, no action needed" is not said beside it.
    for (const Finding &finding : Assessment::healthFindings(nodes))
        QVERIFY2(finding.code != QLatin1String("health.missed-poll"), qPrintable(finding.text));
}

QTEST_GUILESS_MAIN(tst_HaproxyStats)
#include "tst_HaproxyStats.moc"
