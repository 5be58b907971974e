// The command line against a plain Spectrum cluster (issue #18's "Done when"): three reference
// nodes in --spectrum-compatible mode behind a real HAProxy, with Spectrum's host check off as
// its guide asks behind a load balancer (tst_SpectrumHostCheck: what it does on). A
// cluster saved with `cluster add --node-url ... --token ...` and edited again; `status` and
// `report` (CSV, JSON against docs/report-schema.json, HTML) show the reduced view with the
// one-line notes and exit 0, since an absent interface is no error; the exporter's /metrics
// leaves out what the cluster cannot supply and says what it offers; and every Spectrum session
// a command signed in with is ended (logout) before the command is done.

#include "ClusterFixture.h"
#include "CommandRun.h"
#include "FreePorts.h"
#include "TestHttp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

class tst_SpectrumCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void clusterAddEditAndShow();
    void badNodeUrlsAndTokensAreRefused();
    void statusShowsTheReducedViewAndLogsOut();
    void reportsShowTheReducedView();
    void exporterLeavesOutWhatIsNotPublished();
    void resourcesSayWhatIsNotPublished();

private:
    CommandRun run(const QStringList &arguments)
    {
        return CommandRun::run(QStringList{u"--data-dir"_s, m_dir.filePath(u"store"_s)} + arguments,
                               m_dir.path());
    }
    QStringList nodeUrlArguments() const
    {
        QStringList arguments;
        for (const QString &id : m_cluster->nodeIds())
            arguments << u"--node-url"_s << m_cluster->nodeUrl(id).toString();
        return arguments;
    }
    // Every node's list of `kind` ("spectrum-sessions": used lately, "revocations": ended),
    // asked at the nodes themselves with the cluster secret.
    QSet<QString> sessions(const char *kind) const
    {
        QSet<QString> found;
        for (const QString &id : m_cluster->nodeIds()) {
            TestHttp node(m_cluster->nodeUrl(id));
            const TestResponse answer = node.get(u"/internal/v1/"_s + QLatin1String(kind),
                                                 {{"X-Cluster-Secret", m_cluster->secret()}});
            for (const QJsonValue &entry : answer.json().value(u"sessions"_s).toArray())
                found.insert(entry.toObject().value(u"session"_s).toString());
        }
        return found;
    }
    // The sessions signed in since `before` were all ended.
    void verifyLoggedOut(const QSet<QString> &before, const QString &what)
    {
        const QSet<QString> opened = sessions("spectrum-sessions") - before;
        QVERIFY2(!opened.isEmpty(), qPrintable(what + u": no session was used"_s));
        // The revocation reaches every node before the logout is answered.
        const QSet<QString> ended = sessions("revocations");
        const QSet<QString> left = opened - ended;
        QVERIFY2(left.isEmpty(),
                 qPrintable(what + u": still open: "_s + QStringList(left.values()).join(u' ')));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<ClusterFixture> m_cluster;
    QString m_passwordFile;
};

void tst_SpectrumCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ClusterOptions options;
    options.spectrum = true;
    options.spectrumHostCheck = false; // as a working cluster behind a balancer has it
    options.name = u"spectrum"_s;
    m_cluster = std::make_unique<ClusterFixture>(options);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    m_passwordFile = m_dir.filePath(u"spectrum.pw"_s);
    QFile pw(m_passwordFile);
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write(m_cluster->adminPassword().toUtf8() + '\n');
    pw.close();
    QVERIFY(pw.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

void tst_SpectrumCommandLine::cleanupTestCase()
{
    m_cluster.reset();
}

void tst_SpectrumCommandLine::clusterAddEditAndShow()
{
    const CommandRun added =
        run(QStringList{u"cluster"_s, u"add"_s, u"--name"_s, u"Spectrum"_s, u"--url"_s,
                        m_cluster->lbUrl().toString(), u"--user"_s, m_cluster->adminUser(),
                        u"--password-file"_s, m_passwordFile, u"--token"_s, u"open"_s} +
            nodeUrlArguments());
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    const CommandRun shown = run({u"cluster"_s, u"show"_s, u"Spectrum"_s});
    QVERIFY2(shown.out.contains(u"Node URLs: "_s + m_cluster->nodeUrl(u"node-1"_s).toString()),
             qPrintable(shown.describe()));
    QVERIFY2(shown.out.contains(u"Spectrum token: open"_s), qPrintable(shown.describe()));

    const CommandRun json = run({u"cluster"_s, u"show"_s, u"Spectrum"_s, u"--json"_s});
    QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
    const QJsonObject profile = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(profile.value(u"tokenKind"_s).toString(), u"open"_s);
    QJsonArray expected;
    for (const QString &id : m_cluster->nodeIds())
        expected.append(m_cluster->nodeUrl(id).toString());
    QCOMPARE(profile.value(u"nodeUrls"_s).toArray(), expected);

    // Edit: the token kind alone, then the node URLs replaced, forgotten and set again.
    const CommandRun session =
        run({u"cluster"_s, u"edit"_s, u"Spectrum"_s, u"--token"_s, u"session"_s});
    QVERIFY2(session.exitCode == 0, qPrintable(session.describe()));
    const CommandRun one = run({u"cluster"_s, u"edit"_s, u"Spectrum"_s, u"--node-url"_s,
                                m_cluster->nodeUrl(u"node-2"_s).toString()});
    QVERIFY2(one.exitCode == 0, qPrintable(one.describe()));
    QJsonObject edited =
        QJsonDocument::fromJson(
            run({u"cluster"_s, u"show"_s, u"Spectrum"_s, u"--json"_s}).out.toUtf8())
            .object();
    QCOMPARE(edited.value(u"tokenKind"_s).toString(), u"session"_s);
    QCOMPARE(edited.value(u"nodeUrls"_s).toArray(),
             QJsonArray{m_cluster->nodeUrl(u"node-2"_s).toString()});
    const CommandRun none = run({u"cluster"_s, u"edit"_s, u"Spectrum"_s, u"--node-url"_s, u""_s});
    QVERIFY2(none.exitCode == 0, qPrintable(none.describe()));
    QVERIFY2(!none.out.contains(u"Node URLs"_s), qPrintable(none.describe()));
    const CommandRun all =
        run(QStringList{u"cluster"_s, u"edit"_s, u"Spectrum"_s} + nodeUrlArguments());
    QVERIFY2(all.exitCode == 0, qPrintable(all.describe()));
    edited = QJsonDocument::fromJson(
                 run({u"cluster"_s, u"show"_s, u"Spectrum"_s, u"--json"_s}).out.toUtf8())
                 .object();
    QCOMPARE(edited.value(u"nodeUrls"_s).toArray(), expected);
}

void tst_SpectrumCommandLine::badNodeUrlsAndTokensAreRefused()
{
    const QString good = m_cluster->nodeUrl(u"node-1"_s).toString();
    const struct
    {
        QStringList arguments;
        QString error;
    } cases[] = {
        {{u"--token"_s, u"forever"_s}, u"--token is session or open, not forever"_s},
        {{u"--node-url"_s, u"not a url"_s}, u"invalid --node-url: not a url"_s},
        {{u"--node-url"_s, good, u"--node-url"_s, u"ftp://node-2.example"_s},
         u"invalid --node-url #2: must start with http:// or https://"_s},
        {{u"--node-url"_s, good, u"--node-url"_s, good + u"/"_s},
         u"invalid --node-url #2: names a node already listed"_s},
    };
    for (const auto &bad : cases) {
        const CommandRun refused =
            run(QStringList{u"cluster"_s, u"edit"_s, u"Spectrum"_s} + bad.arguments);
        QVERIFY2(refused.exitCode == 64, qPrintable(refused.describe()));
        QVERIFY2(refused.err.contains(bad.error), qPrintable(refused.describe()));
    }
    // Nothing of it was saved.
    const QJsonObject profile =
        QJsonDocument::fromJson(
            run({u"cluster"_s, u"show"_s, u"Spectrum"_s, u"--json"_s}).out.toUtf8())
            .object();
    QCOMPARE(profile.value(u"nodeUrls"_s).toArray().size(), m_cluster->nodeIds().size());
    QCOMPARE(profile.value(u"tokenKind"_s).toString(), u"session"_s);
}

void tst_SpectrumCommandLine::statusShowsTheReducedViewAndLogsOut()
{
    const QSet<QString> before = sessions("spectrum-sessions");
    const CommandRun status = run({u"status"_s, u"--cluster"_s, u"Spectrum"_s});
    QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
    QVERIFY2(status.out.contains(u"A plain Spectrum cluster (no Clusterdesk management API):"_s),
             qPrintable(status.describe()));
    for (const QString &line :
         {u"does not publish node versions"_s, u"does not publish node clocks"_s,
          u"does not publish its external resource definitions"_s,
          u"does not publish a configuration change log"_s, u"does not publish its license"_s})
        QVERIFY2(status.out.contains(line), qPrintable(line + u"\n"_s + status.describe()));
    for (const QString &id : m_cluster->nodeIds())
        QVERIFY2(status.out.contains(m_cluster->nodeUrl(id).authority()),
                 qPrintable(status.describe()));
    QVERIFY2(status.err.isEmpty(), qPrintable(status.describe()));
    verifyLoggedOut(before, u"status"_s);

    const CommandRun json = run({u"status"_s, u"--cluster"_s, u"Spectrum"_s, u"--json"_s});
    QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
    const QJsonObject snapshot = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(snapshot.value(u"capabilities"_s).toObject().value(u"clusterdeskApi"_s).toString(),
             u"absent"_s);
    QVERIFY(!snapshot.value(u"services"_s).toArray().isEmpty());
}

void tst_SpectrumCommandLine::reportsShowTheReducedView()
{
    const QSet<QString> before = sessions("spectrum-sessions");
    const QString stem = m_dir.filePath(u"spectrum"_s);
    for (const QString &format : {u"csv"_s, u"json"_s, u"html"_s}) {
        const CommandRun report = run({u"report"_s, u"--cluster"_s, u"Spectrum"_s, u"--format"_s,
                                       format, u"--output"_s, stem + u"."_s + format});
        QVERIFY2(report.exitCode == 0, qPrintable(format + u"\n"_s + report.describe()));
    }
    verifyLoggedOut(before, u"report"_s);

    // JSON: valid against the schema, the capabilities, the notes and the services.
    QProcess python;
    python.start(
        u"/usr/bin/python3"_s /* Debian python3-jsonschema */,
        {u"-c"_s,
         u"import json, sys, jsonschema\n"
         "schema = json.load(open(sys.argv[1]))\n"
         "jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))\n"_s,
         QStringLiteral(CLUSTERDESK_SOURCE_DIR "/docs/report-schema.json"), stem + u".json"_s});
    QVERIFY(python.waitForFinished(60000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    QFile jsonFile(stem + u".json"_s);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject cluster = QJsonDocument::fromJson(jsonFile.readAll())
                                    .object()
                                    .value(u"clusters"_s)
                                    .toArray()
                                    .first()
                                    .toObject();
    QVERIFY(cluster.value(u"complete"_s).toBool());
    QCOMPARE(cluster.value(u"problems"_s).toArray(), QJsonArray());
    QCOMPARE(cluster.value(u"clockSource"_s).toString(), u"date-header"_s);
    QCOMPARE(cluster.value(u"capabilities"_s).toObject().value(u"clusterdeskApi"_s).toString(),
             u"absent"_s);
    QVERIFY(cluster.value(u"unavailable"_s).toArray().size() >= 5);
    QVERIFY(!cluster.value(u"services"_s).toArray().isEmpty());
    QCOMPARE(cluster.value(u"nodes"_s).toArray().size(), 3);

    // CSV: every node row says where its clock comes from and what is not published.
    QFile csv(stem + u"-nodes.csv"_s);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.first().endsWith(u",clock_source,notes"_s), qPrintable(lines.first()));
    for (const QString &row : lines.mid(1)) {
        QVERIFY2(row.contains(u",date-header,"_s), qPrintable(row));
        QVERIFY2(row.contains(u"does not publish its license"_s), qPrintable(row));
    }

    // HTML: the notes as notes, no error.
    QFile html(stem + u".html"_s);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(html.readAll());
    QVERIFY(page.contains(u"<p class=\"unavailable\">This cluster does not publish node clocks"_s));
    QVERIFY2(!page.contains(u"404"_s), "an absent interface shown as a failure");
}

void tst_SpectrumCommandLine::exporterLeavesOutWhatIsNotPublished()
{
    const QSet<QString> before = sessions("spectrum-sessions");
    const auto port = FreePorts::one();
    QVERIFY(port);
    QProcess exporter;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY",
                             "CLUSTERDESK_PASSWORD", "QT_QPA_PLATFORM", "CREDENTIALS_DIRECTORY"})
        env.remove(QString::fromLatin1(name));
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    exporter.setProcessEnvironment(env);
    exporter.setProcessChannelMode(QProcess::MergedChannels);
    exporter.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    exporter.start(QStringLiteral(CLUSTERDESK_BIN),
                   {u"--data-dir"_s, m_dir.filePath(u"store"_s), u"exporter"_s, u"--cluster"_s,
                    u"Spectrum"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(*port)});
    QVERIFY(exporter.waitForStarted());
    TestHttp http(QUrl(u"http://127.0.0.1:%1"_s.arg(*port)));
    http.setTimeoutMs(2000);
    const QByteArray info = "clusterdesk_cluster_info{cluster=\"Spectrum\",api=\"spectrum\","
                            "clock_source=\"date-header\"} 1";
    QByteArray metrics;
    QTRY_VERIFY2_WITH_TIMEOUT((metrics = http.get(u"/metrics"_s).body).contains(info),
                              metrics.constData(), 30000);
    for (const QString &id : m_cluster->nodeIds()) {
        const QByteArray node =
            "{cluster=\"Spectrum\",node=\"" + m_cluster->nodeUrl(id).authority().toUtf8() + "\"}";
        QVERIFY2(metrics.contains("clusterdesk_node_up" + node + " 1"), metrics.constData());
        QVERIFY2(metrics.contains("clusterdesk_node_latency_seconds" + node), metrics.constData());
        QVERIFY2(metrics.contains("clusterdesk_node_clock_offset_error_seconds" + node),
                 metrics.constData());
    }
    QVERIFY(metrics.contains("clusterdesk_cluster_interface_available{cluster=\"Spectrum\","
                             "interface=\"clusterdeskApi\"} 0"));
    QVERIFY(metrics.contains("clusterdesk_cluster_interface_available{cluster=\"Spectrum\","
                             "interface=\"restCatalogue\"} 1"));
    // Absent, not zero: nothing the cluster cannot supply, and no poll failed for it.
    for (const QByteArray &absent :
         {QByteArray("\nclusterdesk_node_info{"), QByteArray("\nclusterdesk_node_config_revision{"),
          QByteArray("\nclusterdesk_node_timex_sync_status{"),
          QByteArray("\nclusterdesk_cluster_config_revision{")})
        QVERIFY2(!metrics.contains(absent), absent.constData());
    for (const QByteArray &line : metrics.split('\n')) {
        if (line.startsWith("clusterdesk_poll_errors_total{"))
            QVERIFY2(line.endsWith(" 0"), line.constData());
    }
    ::kill(pid_t(exporter.processId()), SIGTERM);
    QVERIFY(exporter.waitForFinished(20000));
    QCOMPARE(exporter.exitCode(), 0);
    verifyLoggedOut(before, u"exporter"_s);
}

// The newcomer's report: `resources diff` with a plain Spectrum cluster said "cannot read Spec:
// no such endpoint". It cannot work there, and says why.
void tst_SpectrumCommandLine::resourcesSayWhatIsNotPublished()
{
    const QString file = m_dir.filePath(u"spectrum-resources.json"_s);
    const CommandRun exported =
        run({u"resources"_s, u"export"_s, u"--cluster"_s, u"Spectrum"_s, u"--output"_s, file});
    QVERIFY2(exported.exitCode != 0, qPrintable(exported.describe()));
    QVERIFY2(exported.err.contains(u"does not publish its resource definitions"_s),
             qPrintable(exported.describe()));
    QVERIFY2(!exported.err.contains(u"no such endpoint"_s), qPrintable(exported.describe()));
}

QTEST_GUILESS_MAIN(tst_SpectrumCommandLine)
#include "tst_SpectrumCommandLine.moc"
