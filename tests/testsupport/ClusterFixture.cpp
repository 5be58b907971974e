#include "ClusterFixture.h"

#include "FreePorts.h"
#include "TestHttp.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

namespace {
constexpr int kStartAttempts = 3;
constexpr int kScriptTimeoutSeconds = 60;
} // namespace

ClusterFixture::ClusterFixture(ClusterOptions options)
    : m_options(std::move(options))
    , m_script(QStringLiteral(CLUSTERDESK_SOURCE_DIR "/scripts/cluster"))
{}

ClusterFixture::~ClusterFixture()
{
    if (m_started)
        stopCluster();
}

void ClusterFixture::stopCluster()
{
    QString error;
    // Should this fail (or the test die right after), the watchdog started by `up --watch-pid`
    // still stops every process once this process is gone, even with the directory removed.
    if (!runScript({QStringLiteral("down"), QStringLiteral("--dir"), stateDirectory(),
                    QStringLiteral("--quiet")},
                   kScriptTimeoutSeconds, &error))
        qWarning("ClusterFixture: down failed: %s", qPrintable(error));
}

bool ClusterFixture::runScript(const QStringList &arguments, int timeoutSeconds, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_script, arguments);
    const bool finished = process.waitForFinished(timeoutSeconds * 1000);
    if (!finished)
        process.kill();
    process.waitForFinished(5000);
    m_lastOutput = QString::fromLocal8Bit(process.readAll());
    const bool ok =
        finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!ok && error) {
        *error = QStringLiteral("scripts/cluster %1 failed (%2): %3")
                     .arg(arguments.join(QLatin1Char(' ')),
                          finished ? QStringLiteral("exit code %1").arg(process.exitCode())
                                   : QStringLiteral("timed out"),
                          m_lastOutput);
    }
    return ok;
}

bool ClusterFixture::start(QString *error)
{
    if (m_started)
        return true;
    if (!QFileInfo(m_script).isExecutable()) {
        *error = QStringLiteral("%1 is missing or not executable").arg(m_script);
        return false;
    }
    const QString nodeBinary = qEnvironmentVariable("CLUSTERDESK_NODE_BIN");
    const int portCount = 2 + m_options.nodes + m_options.spareNodePorts;
    for (int attempt = 0; attempt < kStartAttempts; ++attempt) {
        const auto firstPort = FreePorts::block(portCount);
        if (!firstPort) {
            *error = QStringLiteral("no block of %1 free ports on 127.0.0.1").arg(portCount);
            return false;
        }
        m_directory = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                      QStringLiteral("/clusterdesk-test-XXXXXX"));
        if (!m_directory->isValid()) {
            *error = QStringLiteral("cannot create a temporary directory");
            return false;
        }
        QStringList arguments{QStringLiteral("up"),
                              QStringLiteral("--nodes"),
                              QString::number(m_options.nodes),
                              QStringLiteral("--port"),
                              QString::number(*firstPort),
                              QStringLiteral("--stats-port"),
                              QString::number(*firstPort + 1),
                              QStringLiteral("--node-port-base"),
                              QString::number(*firstPort + 2),
                              QStringLiteral("--dir"),
                              m_directory->path(),
                              QStringLiteral("--name"),
                              m_options.name,
                              QStringLiteral("--timeout"),
                              QString::number(m_options.startTimeoutSeconds),
                              QStringLiteral("--watch-pid"),
                              QString::number(QCoreApplication::applicationPid()),
                              QStringLiteral("--no-record")};
        if (m_options.tls)
            arguments << QStringLiteral("--tls");
        if (m_options.http2)
            arguments << QStringLiteral("--http2");
        if (m_options.http1Only)
            arguments << QStringLiteral("--http1-only");
        if (m_options.spectrum)
            arguments << (m_options.spectrumHostCheck ? QStringLiteral("--spectrum")
                                                      : QStringLiteral("--spectrum-no-host-check"));
        if (m_options.noStatsAdmin)
            arguments << QStringLiteral("--no-stats-admin");
        if (!nodeBinary.isEmpty())
            arguments << QStringLiteral("--bin") << nodeBinary;
        for (auto it = m_options.extraNodeArgs.cbegin(); it != m_options.extraNodeArgs.cend(); ++it)
            arguments << QStringLiteral("--node-args") << it.key() << it.value();

        if (runScript(arguments, m_options.startTimeoutSeconds + kScriptTimeoutSeconds, error)) {
            m_started = true;
            if (!loadClusterJson(error))
                return false;
            // A Spectrum-mode cluster has no /api/v1 and takes no writes: nothing to wait for.
            if (!m_options.spectrum &&
                !waitUntilWritable(m_primaryId, m_options.startTimeoutSeconds * 1000)) {
                *error =
                    QStringLiteral("the primary still refuses writes: %1")
                        .arg(QString::fromUtf8(
                            QJsonDocument(nodeView(m_primaryId)).toJson(QJsonDocument::Compact)));
                return false;
            }
            return true;
        }
        // A failed `up` stops what it started, but not when it was killed for taking too long:
        // stop the rest before the directory with its pid files goes.
        const QString upOutput = m_lastOutput;
        stopCluster();
        m_lastOutput = upOutput;
        // Someone took a port between our check and the start: try another block.
        if (!m_lastOutput.contains(QLatin1String("already in use")))
            return false;
    }
    return false;
}

bool ClusterFixture::loadClusterJson(QString *error)
{
    QFile file(QDir(stateDirectory()).filePath(QStringLiteral("cluster.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(file.fileName());
        return false;
    }
    QJsonParseError parseError;
    const auto cluster = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("cluster.json: %1").arg(parseError.errorString());
        return false;
    }
    m_lbUrl = QUrl(cluster.value(QLatin1String("lbUrl")).toString());
    m_statsUrl = QUrl(cluster.value(QLatin1String("statsUrl")).toString());
    m_caFile = cluster.value(QLatin1String("caFile")).toString();
    m_statsUser = cluster.value(QLatin1String("statsUser")).toString();
    m_statsPassword = cluster.value(QLatin1String("statsPassword")).toString();
    m_statsPasswordFile = cluster.value(QLatin1String("statsPasswordFile")).toString();
    m_primaryId = cluster.value(QLatin1String("primaryId")).toString();
    m_nodeIds.clear();
    m_nodeUrls.clear();
    for (const auto &value : cluster.value(QLatin1String("nodes")).toArray()) {
        const auto node = value.toObject();
        const auto id = node.value(QLatin1String("id")).toString();
        m_nodeIds << id;
        m_nodeUrls.insert(id, QUrl(node.value(QLatin1String("url")).toString()));
    }
    for (const auto &value : cluster.value(QLatin1String("users")).toArray()) {
        const auto user = value.toObject();
        const auto name = user.value(QLatin1String("name")).toString();
        const auto password = user.value(QLatin1String("password")).toString();
        if (user.value(QLatin1String("role")).toString() == QLatin1String("admin")) {
            m_adminUser = name;
            m_adminPassword = password;
        } else {
            m_viewerUser = name;
            m_viewerPassword = password;
        }
    }
    QFile secretFile(cluster.value(QLatin1String("secretFile")).toString());
    if (!secretFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the cluster secret %1").arg(secretFile.fileName());
        return false;
    }
    m_secret = secretFile.readAll().trimmed();
    if (!m_lbUrl.isValid() || m_nodeIds.isEmpty() || m_secret.isEmpty()) {
        *error = QStringLiteral("cluster.json is incomplete");
        return false;
    }
    return true;
}

bool ClusterFixture::stopNode(const QString &id, bool graceful, QString *error)
{
    QStringList arguments{QStringLiteral("stop-node"), id, QStringLiteral("--dir"),
                          stateDirectory()};
    if (graceful)
        arguments << QStringLiteral("--graceful");
    return runScript(arguments, kScriptTimeoutSeconds, error);
}

bool ClusterFixture::startNode(const QString &id, QString *error)
{
    return runScript({QStringLiteral("start-node"), id, QStringLiteral("--dir"), stateDirectory(),
                      QStringLiteral("--timeout"), QString::number(m_options.startTimeoutSeconds)},
                     m_options.startTimeoutSeconds + kScriptTimeoutSeconds, error);
}

QString ClusterFixture::addNode(QString *error)
{
    QString scriptError;
    if (!runScript({QStringLiteral("add-node"), QStringLiteral("--dir"), stateDirectory(),
                    QStringLiteral("--timeout"), QString::number(m_options.startTimeoutSeconds)},
                   m_options.startTimeoutSeconds + kScriptTimeoutSeconds, &scriptError)) {
        if (error)
            *error = scriptError;
        return {};
    }
    const QStringList before = m_nodeIds;
    if (!loadClusterJson(&scriptError)) {
        if (error)
            *error = scriptError;
        return {};
    }
    for (const auto &id : m_nodeIds) {
        if (!before.contains(id))
            return id;
    }
    if (error)
        *error = QStringLiteral("add-node succeeded but cluster.json lists no new node");
    return {};
}

bool ClusterFixture::setFaults(const QString &id, const QJsonObject &faults, QString *error)
{
    TestHttp http(nodeUrl(id));
    const auto response = http.post(QStringLiteral("/internal/v1/faults"),
                                    QJsonDocument(faults).toJson(QJsonDocument::Compact),
                                    {{"X-Cluster-Secret", m_secret}});
    if (response.status == 200)
        return true;
    if (error) {
        *error = QStringLiteral("POST /internal/v1/faults on %1: HTTP %2 %3 %4")
                     .arg(id)
                     .arg(response.status)
                     .arg(response.errorString, QString::fromUtf8(response.body));
    }
    return false;
}

QJsonObject ClusterFixture::faults(const QString &id)
{
    TestHttp http(nodeUrl(id));
    const auto response =
        http.get(QStringLiteral("/internal/v1/faults"), {{"X-Cluster-Secret", m_secret}});
    return response.status == 200 ? response.json() : QJsonObject();
}

QString ClusterFixture::haproxyServerStatus(const QString &id) const
{
    TestHttp http;
    QUrl url = m_statsUrl;
    url.setPath(url.path() + QStringLiteral(";csv"));
    const auto response = http.get(url.toString());
    if (response.status != 200)
        return {};
    const auto lines = response.body.split('\n');
    if (lines.isEmpty())
        return {};
    // The header line starts with "# pxname,svname,...".
    const auto columns = lines.first().mid(2).split(',');
    const auto statusColumn = columns.indexOf("status");
    if (statusColumn < 0)
        return {};
    for (const auto &line : lines) {
        const auto fields = line.split(',');
        if (fields.size() > statusColumn && fields.at(0) == "nodes" && fields.at(1) == id.toUtf8())
            return QString::fromUtf8(fields.at(statusColumn));
    }
    return {};
}

QJsonObject ClusterFixture::nodeView(const QString &id) const
{
    TestHttp http(m_lbUrl);
    http.setCaFile(m_caFile);
    http.setBasicAuth(m_adminUser, m_adminPassword);
    const auto response =
        http.get(QStringLiteral("/api/v1/node"), {{"X-Cluster-Node", id.toUtf8()}});
    return response.status == 200 ? response.json() : QJsonObject();
}

bool ClusterFixture::waitUntilWritable(const QString &id, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const QJsonObject view = nodeView(id);
        if (!view.isEmpty() && !view.contains(QLatin1String("writesRefused")))
            return true;
        if (deadline.hasExpired())
            return false;
        QTest::qWait(100); // another process with no signal to wait for: ask again, spaced
    }
}

QString ClusterFixture::dataDirectory(const QString &id) const
{
    return QDir(stateDirectory()).filePath(QStringLiteral("nodes/%1/data").arg(id));
}

bool ClusterFixture::reseedNode(const QString &id, const QUrl &from, QString *error)
{
    QFile commandFile(QDir(stateDirectory()).filePath(QStringLiteral("nodes/%1/command").arg(id)));
    if (!commandFile.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1").arg(commandFile.fileName());
        return false;
    }
    // NUL-separated, as scripts/cluster writes it: program first.
    QStringList command;
    for (const QByteArray &part : commandFile.readAll().split('\0')) {
        if (!part.isEmpty())
            command << QString::fromLocal8Bit(part);
    }
    if (command.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1 is empty").arg(commandFile.fileName());
        return false;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(command.takeFirst(),
                  command << QStringLiteral("--reseed-from") << from.toString());
    const bool finished = process.waitForFinished(kScriptTimeoutSeconds * 1000);
    if (!finished)
        process.kill();
    process.waitForFinished(5000);
    m_lastOutput = QString::fromLocal8Bit(process.readAll());
    const bool ok =
        finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!ok && error)
        *error = QStringLiteral("--reseed-from failed: %1").arg(m_lastOutput);
    return ok;
}

NodeConfigState ClusterFixture::configState(const QString &id) const
{
    TestHttp http(m_lbUrl);
    http.setCaFile(m_caFile);
    http.setBasicAuth(m_adminUser, m_adminPassword);
    const auto response =
        http.get(QStringLiteral("/api/v1/node"), {{"X-Cluster-Node", id.toUtf8()}});
    NodeConfigState state;
    state.httpStatus = response.status;
    if (response.status == 200) {
        const auto config = response.json().value(QLatin1String("config")).toObject();
        state.revision = config.value(QLatin1String("revision")).toInteger(-1);
        state.checksum = config.value(QLatin1String("checksum")).toString();
        state.syncState = config.value(QLatin1String("syncState")).toString();
    }
    return state;
}

bool ClusterFixture::isConverged(qint64 minimumRevision, QString *detail) const
{
    QStringList report;
    bool converged = true;
    NodeConfigState first;
    for (const auto &id : m_nodeIds) {
        const auto state = configState(id);
        report << QStringLiteral("%1: HTTP %2 revision %3 checksum %4")
                      .arg(id)
                      .arg(state.httpStatus)
                      .arg(state.revision)
                      .arg(state.checksum.left(12));
        if (state.httpStatus != 200 || state.revision < minimumRevision)
            converged = false;
        if (id == m_nodeIds.first())
            first = state;
        else if (state.revision != first.revision || state.checksum != first.checksum)
            converged = false;
    }
    if (detail)
        *detail = report.join(QLatin1String("; "));
    return converged;
}
