// `clusterdesk report`, the real binary run with QProcess against a real three-node cluster
// (node-2's clock 800 ms ahead, one replica behind): every format by --url and by a saved
// --cluster, --since, the fleet report (--all) with an unreachable cluster, progress on stderr,
// exit codes for usage errors, an unreachable cluster and an unwritable output, with
// QT_QPA_PLATFORM unset and no display. Outputs are checked: JSON against
// docs/report-schema.json, CSV parsed back, PDF text through pdftotext, and a planted secret
// appears nowhere.
#include "ClusterFixture.h"
#include "CommandRun.h"
#include "FreePorts.h"
#include "Rfc4180.h"
#include "TestHttp.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kSkewed = u"node-2"_s;
constexpr int kClockOffsetMs = 800;
constexpr int UsageError = 64;

using Run = CommandRun;

// A helper program's output and exit code (python3, pdftotext, pdfinfo).
QString runTool(const QString &program, const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        *exitCode = -1;
        return u"%1 did not run: %2"_s.arg(program, process.errorString());
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return QString::fromUtf8(process.readAll());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_ReportCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void help();
    void usageErrors_data();
    void usageErrors();
    void everyFormatByUrl_data();
    void everyFormatByUrl();
    void savedClusterSince_data();
    void savedClusterSince();
    void csvIntoADirectory();
    void fleetReport();
    void unreachableCluster();
    void unwritableOutput_data();
    void unwritableOutput();
    void secretAppearsNowhere();

private:
    enum class Platform { Unset, Offscreen };
    Run run(const QStringList &arguments, const QString &dataDir,
            Platform platform = Platform::Unset);
    QStringList urlArgs() const;
    QString out(const QString &name) const { return m_out.filePath(name); }
    void validateJson(const QString &path);
    QString pdfText(const QString &path);

    std::unique_ptr<ClusterFixture> m_cluster;
    QTemporaryDir m_dir; // data dirs, password file, XDG homes
    QTemporaryDir m_out; // every report written
    QString m_passwordFile;
    QString m_store;      // a data dir with the saved cluster "Prod"
    QString m_fleetStore; // "Prod" and "Gone" (nothing listens there)
    QString m_behind;
    QString m_secret;
    QString m_allOutput; // every stdout and stderr, checked for the secret at the end
};

void tst_ReportCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid() && m_out.isValid());
    ClusterOptions options;
    options.name = u"report-cli"_s;
    options.extraNodeArgs.insert(
        kSkewed, u"--allow-fault-injection --clock-offset-ms %1"_s.arg(kClockOffsetMs));
    m_cluster = std::make_unique<ClusterFixture>(options);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));

    TestHttp http(m_cluster->lbUrl());
    http.setBasicAuth(m_cluster->adminUser(), m_cluster->adminPassword());
    const TestHeaders create{{"If-None-Match", "*"}, {"Content-Type", "application/json"}};
    m_secret = u"planted-"_s + QUuid::createUuid().toString(QUuid::Id128);
    const QJsonObject jdbc{
        {u"description"_s, u"=cmd|' /C calc'!A0"_s},
        {u"spec"_s, QJsonObject{{u"driver"_s, u"postgresql"_s},
                                {u"driverClass"_s, u"org.postgresql.Driver"_s},
                                {u"url"_s, u"jdbc:postgresql://db.example:5432/orders"_s},
                                {u"user"_s, u"app"_s},
                                {u"password"_s, m_secret}}}};
    TestResponse put =
        http.put(u"/api/v1/resources/jdbc/orders-db"_s, QJsonDocument(jdbc).toJson(), create);
    QVERIFY2(put.status == 201, qPrintable(put.summary()));

    // One replica falls behind: replication paused, then another write.
    for (const QString &id : m_cluster->nodeIds()) {
        if (id != m_cluster->primaryId() && id != kSkewed)
            m_behind = id;
    }
    QVERIFY(!m_behind.isEmpty());
    QVERIFY2(m_cluster->setFaults(m_behind, {{u"replicationPaused"_s, true}}, &error),
             qPrintable(error));
    const QJsonObject web{
        {u"spec"_s, QJsonObject{{u"kind"_s, u"REST"_s}, {u"url"_s, u"https://geo.example/api"_s}}}};
    put = http.put(u"/api/v1/resources/webservice/geo"_s, QJsonDocument(web).toJson(), create);
    QVERIFY2(put.status == 201, qPrintable(put.summary()));

    QFile password(m_dir.filePath(u"password"_s));
    QVERIFY(password.open(QIODevice::WriteOnly));
    password.write(m_cluster->adminPassword().toUtf8() + '\n');
    password.close();
    m_passwordFile = password.fileName();

    // Saved clusters through the real `cluster add`, without a password (no D-Bus: one would
    // not be kept), so every report below brings --password-file.
    m_store = m_dir.filePath(u"store"_s);
    m_fleetStore = m_dir.filePath(u"fleet-store"_s);
    const QStringList prod{u"cluster"_s,     u"add"_s,
                           u"--name"_s,      u"Prod"_s,
                           u"--url"_s,       m_cluster->lbUrl().toString(),
                           u"--stats-url"_s, m_cluster->statsUrl().toString(),
                           u"--user"_s,      m_cluster->adminUser()};
    for (const QString &store : {m_store, m_fleetStore}) {
        const Run added = run(prod, store);
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    }
    const QString gone = u"http://127.0.0.1:%1"_s.arg(FreePorts::one().value_or(1));
    const Run added = run(
        {u"cluster"_s, u"add"_s, u"--name"_s, u"Gone"_s, u"--url"_s, gone, u"--user"_s, u"admin"_s},
        m_fleetStore);
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
}

void tst_ReportCommandLine::cleanupTestCase()
{
    m_cluster.reset();
}

Run tst_ReportCommandLine::run(const QStringList &arguments, const QString &dataDir,
                               Platform platform)
{
    QMap<QString, QString> environment{{u"XDG_RUNTIME_DIR"_s, m_dir.path()}};
    if (platform == Platform::Offscreen)
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const Run result = CommandRun::run(QStringList{u"--data-dir"_s, dataDir} + arguments,
                                       m_dir.path(), environment);
    m_allOutput += result.out + result.err;
    return result;
}

QStringList tst_ReportCommandLine::urlArgs() const
{
    return {u"report"_s,
            u"--url"_s,
            m_cluster->lbUrl().toString(),
            u"--stats-url"_s,
            m_cluster->statsUrl().toString(),
            u"--user"_s,
            m_cluster->adminUser(),
            u"--password-file"_s,
            m_passwordFile};
}

void tst_ReportCommandLine::validateJson(const QString &path)
{
    int exitCode = -1;
    const QString output = runTool(
        u"/usr/bin/python3"_s /* Debian python3-jsonschema */,
        {u"-c"_s,
         u"import json, sys, jsonschema\n"
         "schema = json.load(open(sys.argv[1]))\n"
         "jsonschema.Draft202012Validator.check_schema(schema)\n"
         "jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))\n"_s,
         QStringLiteral(CLUSTERDESK_SOURCE_DIR "/docs/report-schema.json"), path},
        &exitCode);
    QVERIFY2(exitCode == 0, qPrintable(output));
}

QString tst_ReportCommandLine::pdfText(const QString &path)
{
    int exitCode = -1;
    const QString text = runTool(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s}, &exitCode);
    // Compatibility forms: the PDF's ligatures (ﬁ, ﬀ) come back as the letters.
    return exitCode == 0 ? text.normalized(QString::NormalizationForm_KC) : QString();
}

void tst_ReportCommandLine::help()
{
    const Run help = run({u"report"_s, u"--help"_s}, m_store);
    QVERIFY2(help.exitCode == 0, qPrintable(help.describe()));
    for (const char *expected : {"--url", "--cluster", "--all", "--format", "--since", "--output",
                                 "--password-file", "--data-dir", "Exit codes"})
        QVERIFY2(help.out.contains(QLatin1String(expected)), expected);
    // The main help lists the command.
    const Run main = run({u"--help"_s}, m_store);
    QVERIFY2(main.exitCode == 0 && main.out.contains(u"report "_s), qPrintable(main.describe()));
}

void tst_ReportCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString url = u"http://127.0.0.1:1"_s;
    const QString output = m_out.filePath(u"never.html"_s);
    QTest::newRow("no cluster") << QStringList{u"report"_s, u"--output"_s, output}
                                << u"exactly one of --url, --cluster and --all"_s;
    QTest::newRow("url and cluster")
        << QStringList{u"report"_s, u"--url"_s,    url,   u"--cluster"_s,
                       u"Prod"_s,   u"--output"_s, output}
        << u"exactly one of"_s;
    QTest::newRow("cluster and all")
        << QStringList{u"report"_s, u"--cluster"_s, u"Prod"_s, u"--all"_s, u"--output"_s, output}
        << u"exactly one of"_s;
    QTest::newRow("no output") << QStringList{u"report"_s, u"--url"_s, url}
                               << u"--output is required"_s;
    QTest::newRow("unknown format") << QStringList{u"report"_s, u"--url"_s,    url,   u"--format"_s,
                                                   u"docx"_s,   u"--output"_s, output}
                                    << u"unknown --format docx"_s;
    QTest::newRow("since a word") << QStringList{u"report"_s,    u"--url"_s,    url,   u"--since"_s,
                                                 u"yesterday"_s, u"--output"_s, output}
                                  << u"invalid --since yesterday"_s;
    QTest::newRow("since in the future")
        << QStringList{u"report"_s,     u"--url"_s,    url,   u"--since"_s,
                       u"2999-01-01"_s, u"--output"_s, output}
        << u"invalid --since 2999-01-01"_s;
    QTest::newRow("since zero") << QStringList{u"report"_s, u"--url"_s,    url,   u"--since"_s,
                                               u"0h"_s,     u"--output"_s, output}
                                << u"invalid --since 0h"_s;
    QTest::newRow("unknown paper")
        << QStringList{u"report"_s, u"--url"_s, url, u"--paper"_s, u"a3"_s, u"--output"_s, output}
        << u"unknown --paper a3"_s;
    QTest::newRow("timeout not a number")
        << QStringList{u"report"_s, u"--url"_s,    url,   u"--timeout"_s,
                       u"soon"_s,   u"--output"_s, output}
        << u"--timeout"_s;
    QTest::newRow("invalid url") << QStringList{u"report"_s, u"--url"_s, u"http://"_s,
                                                u"--output"_s, output}
                                 << u"invalid --url"_s;
    QTest::newRow("password without user")
        << QStringList{u"report"_s,    u"--url"_s,    url,   u"--password-file"_s,
                       m_passwordFile, u"--output"_s, output}
        << u"--user is required with a password"_s;
    QTest::newRow("missing password file")
        << QStringList{u"report"_s,          u"--url"_s,    url,
                       u"--user"_s,          u"admin"_s,    u"--password-file"_s,
                       u"/nonexistent/pw"_s, u"--output"_s, output}
        << u"cannot read"_s;
    QTest::newRow("ca with a saved cluster")
        << QStringList{u"report"_s,    u"--cluster"_s, u"Prod"_s, u"--ca"_s,
                       m_passwordFile, u"--output"_s,  output}
        << u"--ca goes with --url only"_s;
    QTest::newRow("unknown saved cluster")
        << QStringList{u"report"_s, u"--cluster"_s, u"Nope"_s, u"--output"_s, output}
        << u"no saved cluster is called Nope"_s;
    QTest::newRow("unknown option")
        << QStringList{u"report"_s, u"--url"_s, url, u"--password"_s, u"x"_s, u"--output"_s, output}
        << u"Unknown option 'password'"_s;
    QTest::newRow("stray argument")
        << QStringList{u"report"_s, u"now"_s, u"--url"_s, url, u"--output"_s, output}
        << u"unexpected argument: now"_s;
}

void tst_ReportCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments, m_store);
    QVERIFY2(result.exitCode == UsageError, qPrintable(result.describe()));
    QVERIFY2(result.err.contains(message), qPrintable(result.describe()));
    QVERIFY2(result.out.isEmpty(), qPrintable(result.describe()));
    QVERIFY(!QFileInfo::exists(m_out.filePath(u"never.html"_s)));
}

void tst_ReportCommandLine::everyFormatByUrl_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("offscreen");
    QTest::newRow("html") << u"html"_s << u"url.html"_s << false;
    QTest::newRow("json") << u"json"_s << u"url.json"_s << false;
    QTest::newRow("csv") << u"csv"_s << u"url.csv"_s << false;
    QTest::newRow("pdf, no platform set") << u"pdf"_s << u"url.pdf"_s << false;
    QTest::newRow("pdf, offscreen") << u"pdf"_s << u"url-offscreen.pdf"_s << true;
    // Without --format the extension decides.
    QTest::newRow("pdf by extension") << QString() << u"by-extension.pdf"_s << false;
}

void tst_ReportCommandLine::everyFormatByUrl()
{
    QFETCH(QString, format);
    QFETCH(QString, file);
    QFETCH(bool, offscreen);
    QStringList arguments = urlArgs() << u"--output"_s << out(file);
    if (!format.isEmpty())
        arguments << u"--format"_s << format;
    const Run result = run(arguments, m_store, offscreen ? Platform::Offscreen : Platform::Unset);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    // Progress on stderr, the files written on stdout.
    QVERIFY2(result.err.contains(u"gathering 1 cluster"_s) && result.err.contains(u"[1/1]"_s),
             qPrintable(result.describe()));

    if (format == u"csv") {
        const QString nodes = out(u"url-nodes.csv"_s);
        const QString resources = out(u"url-resources.csv"_s);
        const QString activity = out(u"url-activity.csv"_s);
        QCOMPARE(result.out, nodes + u'\n' + resources + u'\n' + activity + u'\n');
        QString error;
        const auto nodeRows = Rfc4180::parse(QString::fromUtf8(readAll(nodes)), &error);
        QVERIFY2(nodeRows, qPrintable(error));
        QCOMPARE(nodeRows->size(), 1 + m_cluster->nodeIds().size());
        const qsizetype nodeColumn = nodeRows->constFirst().indexOf(u"node_id"_s);
        QVERIFY2(nodeColumn >= 0, qPrintable(nodeRows->constFirst().join(u',')));
        QStringList ids;
        for (qsizetype i = 1; i < nodeRows->size(); ++i)
            ids << nodeRows->at(i).at(nodeColumn);
        ids.sort();
        QCOMPARE(ids, m_cluster->nodeIds());
        const auto resourceRows = Rfc4180::parse(QString::fromUtf8(readAll(resources)), &error);
        QVERIFY2(resourceRows, qPrintable(error));
        const QString text = QString::fromUtf8(readAll(resources));
        QVERIFY(text.contains(u"orders-db"_s) && text.contains(u"geo"_s));
        // The formula in the description is neutralised.
        QVERIFY2(text.contains(u"'=cmd"_s), qPrintable(text));
        return;
    }

    const QString path = out(file);
    QCOMPARE(result.out, path + u'\n');
    const QByteArray bytes = readAll(path);
    QVERIFY(!bytes.isEmpty());
    if (format == u"html") {
        const QString html = QString::fromUtf8(bytes);
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        for (const QString &expected : {u"report-cli"_s, m_cluster->lbUrl().toString(), kSkewed,
                                        m_behind, u"orders-db"_s, u"<table"_s, u"Findings"_s})
            QVERIFY2(html.contains(expected), qPrintable(expected));
        // A single cluster: no fleet summary.
        QVERIFY(!html.contains(u"Fleet summary"_s));
    } else if (format == u"json") {
        validateJson(path);
        const QJsonObject report = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(report.value(u"kind"_s).toString(), u"cluster"_s);
        QVERIFY(report.value(u"complete"_s).toBool());
        QVERIFY(!report.contains(u"fleetSummary"_s));
        const QJsonObject cluster = report.value(u"clusters"_s).toArray().first().toObject();
        QCOMPARE(cluster.value(u"summary"_s).toObject().value(u"nodesUp"_s).toInt(), 3);
        bool clock = false;
        bool behind = false;
        for (const QJsonValue &value : cluster.value(u"findings"_s).toArray()) {
            const QJsonObject finding = value.toObject();
            const QString code = finding.value(u"code"_s).toString();
            const QString node = finding.value(u"nodeId"_s).toString();
            clock |= code == u"clock.offset" && node == kSkewed;
            behind |= code.startsWith(u"config."_s) && node == m_behind;
        }
        QVERIFY2(clock && behind, bytes.constData());
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
        const QString text = pdfText(path);
        for (const QString &expected :
             {u"Page 1 of"_s, u"Findings"_s, u"Recommended action"_s, kSkewed, u"orders-db"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected + u'\n' + text));
        int exitCode = -1;
        QVERIFY(runTool(u"pdfinfo"_s, {path}, &exitCode).contains(u"pts (A4)"_s));
    }
}

void tst_ReportCommandLine::savedClusterSince_data()
{
    QTest::addColumn<QString>("since");
    QTest::addColumn<qint64>("lengthMs"); // 0: from the start of yesterday
    QTest::newRow("default 24h") << QString() << qint64(24 * 3600 * 1000);
    QTest::newRow("90m") << u"90m"_s << qint64(90 * 60 * 1000);
    QTest::newRow("7d") << u"7d"_s << qint64(7 * 24 * 3600 * 1000);
    QTest::newRow("2w") << u"2w"_s << qint64(14 * 24 * 3600 * 1000);
    QTest::newRow("a date") << QDate::currentDate().addDays(-1).toString(Qt::ISODate) << qint64(0);
}

void tst_ReportCommandLine::savedClusterSince()
{
    QFETCH(QString, since);
    QFETCH(qint64, lengthMs);
    const QString path = out(u"saved-%1.json"_s.arg(QTest::currentDataTag()).replace(u' ', u'-'));
    QStringList arguments{u"report"_s,   u"--cluster"_s, u"Prod"_s, u"--format"_s,
                          u"json"_s,     u"--output"_s,  path,      u"--password-file"_s,
                          m_passwordFile};
    if (!since.isEmpty())
        arguments << u"--since"_s << since;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Run result = run(arguments, m_store);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    validateJson(path);
    const QJsonObject report = QJsonDocument::fromJson(readAll(path)).object();
    const QJsonObject cluster = report.value(u"clusters"_s).toArray().first().toObject();
    QCOMPARE(cluster.value(u"name"_s).toString(), u"report-cli"_s); // as the cluster calls itself
    QCOMPARE(cluster.value(u"profileName"_s).toString(), u"Prod"_s);
    QVERIFY(cluster.value(u"reachable"_s).toBool());
    const QJsonObject period = report.value(u"period"_s).toObject();
    const qint64 from = QDateTime::fromString(period.value(u"from"_s).toString(), Qt::ISODateWithMs)
                            .toMSecsSinceEpoch();
    const qint64 to = QDateTime::fromString(period.value(u"to"_s).toString(), Qt::ISODateWithMs)
                          .toMSecsSinceEpoch();
    QVERIFY2(to >= before - 1000 && to <= after + 1000,
             qPrintable(period.value(u"to"_s).toString()));
    if (lengthMs > 0)
        QCOMPARE(to - from, lengthMs);
    else
        QCOMPARE(from,
                 QDateTime(QDate::currentDate().addDays(-1), QTime(0, 0)).toMSecsSinceEpoch());
}

void tst_ReportCommandLine::csvIntoADirectory()
{
    const QString directory = out(u"csv-dir/"_s);
    const Run result = run({u"report"_s, u"--cluster"_s, u"Prod"_s, u"--format"_s, u"csv"_s,
                            u"--output"_s, directory, u"--password-file"_s, m_passwordFile},
                           m_store);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY(QFileInfo::exists(directory + u"nodes.csv"_s));
    QVERIFY(QFileInfo::exists(directory + u"resources.csv"_s));
    QVERIFY(QString::fromUtf8(readAll(directory + u"nodes.csv"_s)).contains(kSkewed));
}

void tst_ReportCommandLine::fleetReport()
{
    // Prod answers, Gone does not: the report is written, partial (exit 1), and says why.
    for (const QString &format : {u"html"_s, u"json"_s, u"pdf"_s}) {
        const QString path = out(u"fleet."_s + format);
        const Run result = run({u"report"_s, u"--all"_s, u"--format"_s, format, u"--output"_s, path,
                                u"--password-file"_s, m_passwordFile},
                               m_fleetStore);
        QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
        QCOMPARE(result.out, path + u'\n');
        for (const QString &expected : {u"gathering 2 clusters"_s, u"[1/2] report-cli"_s,
                                        u"[2/2] Gone"_s, u"cannot reach Gone"_s})
            QVERIFY2(result.err.contains(expected), qPrintable(expected + u'\n' + result.err));
        // Progress comes as it happens, before the outcome.
        QVERIFY(result.err.indexOf(u"[1/2]"_s) < result.err.indexOf(u"cannot reach Gone"_s));

        if (format == u"json") {
            validateJson(path);
            const QJsonObject report = QJsonDocument::fromJson(readAll(path)).object();
            QCOMPARE(report.value(u"kind"_s).toString(), u"fleet"_s);
            QVERIFY(!report.value(u"complete"_s).toBool());
            // The fleet table's figures (FleetSummary), a row per saved cluster in order.
            const QJsonArray summary = report.value(u"fleetSummary"_s).toArray();
            QCOMPARE(summary.size(), 2);
            const QJsonObject prod = summary.at(0).toObject();
            QCOMPARE(prod.value(u"name"_s).toString(), u"Prod"_s);
            QVERIFY(prod.value(u"reachable"_s).toBool());
            QCOMPARE(prod.value(u"nodesUp"_s).toInt(), 3);
            QCOMPARE(prod.value(u"nodesTotal"_s).toInt(), 3);
            QVERIFY(std::abs(prod.value(u"worstOffsetMs"_s).toDouble()) > kClockOffsetMs / 2);
            QVERIFY(prod.value(u"configAgreement"_s).toString() != u"in-sync");
            QCOMPARE(prod.value(u"resourceCount"_s).toInt(), 2);
            QVERIFY(!prod.value(u"lastRefresh"_s).toString().isEmpty());
            const QJsonObject gone = summary.at(1).toObject();
            QCOMPARE(gone.value(u"name"_s).toString(), u"Gone"_s);
            QVERIFY(!gone.value(u"reachable"_s).toBool());
            QCOMPARE(gone.value(u"configAgreement"_s).toString(), u"unknown"_s);
            QVERIFY(gone.value(u"resourceCount"_s).isNull());
            QVERIFY(gone.value(u"worstOffsetMs"_s).isNull());
            continue;
        }
        const QString text = format == u"pdf" ? pdfText(path) : QString::fromUtf8(readAll(path));
        // The summary table comes first, with the fleet overview's columns.
        const qsizetype summary = text.indexOf(u"Fleet summary"_s);
        QVERIFY2(summary > 0, qPrintable(text));
        QVERIFY(summary < text.indexOf(u"Cluster report-cli"_s));
        QVERIFY(summary < text.indexOf(u"Cluster Gone"_s));
        // pdftotext lays words out with its own spacing: compared without white space.
        static const QRegularExpression space(u"\\s+"_s);
        const QString squeezed = QString(text).remove(space);
        for (QString expected :
             {u"Nodes up"_s, u"Worst offset"_s, u"Configuration"_s, u"Resources"_s,
              u"Last refresh"_s, u"3 / 3"_s, u"unreachable"_s, u"could not be reached"_s})
            QVERIFY2(squeezed.contains(expected.remove(space)),
                     qPrintable(expected + u'\n' + text.left(4000)));
    }
}

void tst_ReportCommandLine::unreachableCluster()
{
    const QString path = out(u"unreachable.json"_s);
    const QString address = u"http://127.0.0.1:%1"_s.arg(FreePorts::one().value_or(1));
    const Run result = run({u"report"_s, u"--url"_s, address, u"--format"_s, u"json"_s,
                            u"--output"_s, path, u"--timeout"_s, u"3"_s},
                           m_store);
    // Written, partial: the report itself says the cluster could not be reached.
    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    QVERIFY2(result.err.contains(u"cannot reach"_s), qPrintable(result.describe()));
    validateJson(path);
    const QJsonObject report = QJsonDocument::fromJson(readAll(path)).object();
    QVERIFY(!report.value(u"complete"_s).toBool());
    const QJsonObject cluster = report.value(u"clusters"_s).toArray().first().toObject();
    QVERIFY(!cluster.value(u"reachable"_s).toBool());
    QVERIFY(!cluster.value(u"error"_s).toString().isEmpty());
}

void tst_ReportCommandLine::unwritableOutput_data()
{
    QTest::addColumn<QString>("format");
    for (const char *format : {"html", "json", "csv", "pdf"})
        QTest::newRow(format) << QString::fromLatin1(format);
}

void tst_ReportCommandLine::unwritableOutput()
{
    QFETCH(QString, format);
    // Below a regular file: no user (root included) can create that.
    const QString blocker = out(u"blocker"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = blocker + u"/report."_s + format;
    const Run result = run(urlArgs() << u"--format"_s << format << u"--output"_s << path, m_store);
    QVERIFY2(result.exitCode == 2, qPrintable(result.describe()));
    QVERIFY2(result.err.contains(u"cannot "_s) && result.err.contains(blocker),
             qPrintable(result.describe()));
    QVERIFY2(result.out.isEmpty(), qPrintable(result.describe()));
}

void tst_ReportCommandLine::secretAppearsNowhere()
{
    const QByteArray secret = m_secret.toUtf8();
    int files = 0;
    QDirIterator it(m_out.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QVERIFY2(!readAll(path).contains(secret), qPrintable(path));
        if (path.endsWith(u".pdf"_s))
            QVERIFY2(!pdfText(path).contains(m_secret), qPrintable(path));
        ++files;
    }
    QVERIFY2(files >= 16, qPrintable(QString::number(files)));
    QVERIFY(!m_allOutput.contains(m_secret));
    QVERIFY(!m_allOutput.contains(m_cluster->adminPassword()));
}

QTEST_MAIN(tst_ReportCommandLine)
#include "tst_ReportCommandLine.moc"
