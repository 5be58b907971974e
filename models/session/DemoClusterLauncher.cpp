#include "DemoClusterLauncher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <memory>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoClusterLauncher)
};

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

QString firstExecutable(const QStringList &candidates)
{
    for (const QString &candidate : candidates) {
        if (!candidate.isEmpty() && isExecutableFile(candidate))
            return QFileInfo(candidate).absoluteFilePath();
    }
    return {};
}

// The application directory and up to three of its parents: covers <prefix>/bin,
// <build>/app and the source tree above <source>/build/<name>/app.
QStringList ancestors(const QString &applicationDir)
{
    QStringList result;
    QDir dir(applicationDir);
    for (int i = 0; i < 4; ++i) {
        result.append(dir.absolutePath());
        if (!dir.cdUp())
            break;
    }
    return result;
}

// Holds `count` loopback ports open together so they differ, then lets them go for the script.
QList<quint16> freePorts(int count)
{
    std::vector<std::unique_ptr<QTcpServer>> servers;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(QHostAddress::LocalHost, 0))
            return {};
        ports.append(server->serverPort());
        servers.push_back(std::move(server));
    }
    return ports;
}

} // namespace

DemoClusterLauncher::Tools DemoClusterLauncher::locateTools(const QString &applicationDir)
{
    Tools tools;
    const QStringList parents = ancestors(applicationDir);
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();

    QStringList scripts;
    if (env.contains(QStringLiteral("CLUSTERDESK_SOURCE_DIR")))
        scripts << env.value(QStringLiteral("CLUSTERDESK_SOURCE_DIR")) +
                       QStringLiteral("/scripts/cluster");
    for (const QString &dir : parents) {
        scripts << dir + QStringLiteral("/scripts/cluster");
        scripts << dir + QStringLiteral("/share/clusterdesk/scripts/cluster");
    }
    // scripts/cluster is run through bash, so it only has to be readable.
    for (const QString &candidate : std::as_const(scripts)) {
        if (QFileInfo(candidate).isFile()) {
            tools.clusterScript = QFileInfo(candidate).absoluteFilePath();
            break;
        }
    }

    QStringList nodes{env.value(QStringLiteral("CLUSTERDESK_NODE_BIN")),
                      QStandardPaths::findExecutable(QStringLiteral("clusterdesk-node"))};
    if (!applicationDir.isEmpty()) {
        nodes << applicationDir + QStringLiteral("/clusterdesk-node");
        nodes << applicationDir + QStringLiteral("/../node/clusterdesk-node");
    }
    tools.nodeBinary = firstExecutable(nodes);

    tools.haproxy = QStandardPaths::findExecutable(QStringLiteral("haproxy"));
    if (tools.haproxy.isEmpty()) {
        // Debian installs it in sbin, which a desktop user's PATH often lacks.
        tools.haproxy = QStandardPaths::findExecutable(QStringLiteral("haproxy"),
                                                       {QStringLiteral("/usr/sbin"),
                                                        QStringLiteral("/usr/local/sbin"),
                                                        QStringLiteral("/sbin")});
    }
    return tools;
}

DemoClusterLauncher::Result DemoClusterLauncher::readClusterJson(const QString &stateDir)
{
    Result result;
    result.stateDir = stateDir;
    QFile file(QDir(stateDir).filePath(QStringLiteral("cluster.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = Tr::tr("The demo cluster wrote no cluster.json in %1.").arg(stateDir);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        result.error = Tr::tr("The demo cluster's cluster.json is not valid JSON: %1")
                           .arg(parseError.errorString());
        return result;
    }
    const QJsonObject object = document.object();
    result.name = object.value(QStringLiteral("name")).toString();
    result.loadBalancerUrl = QUrl(object.value(QStringLiteral("lbUrl")).toString());
    result.statsUrl = QUrl(object.value(QStringLiteral("statsUrl")).toString());
    result.caFile = object.value(QStringLiteral("caFile")).toString();
    const QJsonArray users = object.value(QStringLiteral("users")).toArray();
    for (const QJsonValue &user : users) {
        const QJsonObject entry = user.toObject();
        if (entry.value(QStringLiteral("role")).toString() == QLatin1String("admin")) {
            result.userName = entry.value(QStringLiteral("name")).toString();
            result.password = entry.value(QStringLiteral("password")).toString();
            break;
        }
    }
    if (!result.loadBalancerUrl.isValid() || result.loadBalancerUrl.scheme().isEmpty()) {
        result.error = Tr::tr("The demo cluster's cluster.json names no load balancer address.");
        return result;
    }
    result.ok = true;
    return result;
}

DemoClusterLauncher::DemoClusterLauncher(QObject *parent)
    : QObject(parent)
    , m_tools(locateTools())
{}

DemoClusterLauncher::~DemoClusterLauncher()
{
    // The script's EXIT trap stops whatever it had started when it is terminated.
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->terminate();
    }
}

QProcessEnvironment DemoClusterLauncher::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString haproxyDir = QFileInfo(m_tools.haproxy).absolutePath();
    const QString path = env.value(QStringLiteral("PATH"));
    if (!path.split(QLatin1Char(':')).contains(haproxyDir))
        env.insert(QStringLiteral("PATH"), haproxyDir + u':' + path);
    return env;
}

bool DemoClusterLauncher::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool DemoClusterLauncher::start(QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (isRunning())
        return fail(Tr::tr("A demo cluster is already starting."));
    if (!m_tools.isComplete())
        return fail(Tr::tr("The demo cluster needs scripts/cluster, clusterdesk-node and "
                           "haproxy, and not all of them were found."));
    const QList<quint16> ports = freePorts(m_nodeCount + 2);
    if (ports.size() != m_nodeCount + 2)
        return fail(Tr::tr("No free ports on 127.0.0.1 for the demo cluster."));
    const QString root = m_stateRoot.isEmpty() ? QDir::tempPath() : m_stateRoot;
    QTemporaryDir stateDir(QDir(root).filePath(QStringLiteral("clusterdesk-demo-XXXXXX")));
    if (!stateDir.isValid())
        return fail(
            Tr::tr("Could not create a state directory for the demo cluster in %1.").arg(root));
    stateDir.setAutoRemove(false); // the cluster lives there after we return
    m_stateDir = stateDir.path();

    QStringList nodePorts;
    for (int i = 2; i < ports.size(); ++i)
        nodePorts << QString::number(ports.at(i));
    QStringList arguments{m_tools.clusterScript,          QStringLiteral("up"),
                          QStringLiteral("--nodes"),      QString::number(m_nodeCount),
                          QStringLiteral("--port"),       QString::number(ports.at(0)),
                          QStringLiteral("--stats-port"), QString::number(ports.at(1)),
                          QStringLiteral("--node-ports"), nodePorts.join(QLatin1Char(',')),
                          QStringLiteral("--dir"),        m_stateDir,
                          QStringLiteral("--name"),       QStringLiteral("demo"),
                          QStringLiteral("--bin"),        m_tools.nodeBinary};
    if (m_stopWithApplication) {
        arguments << QStringLiteral("--watch-pid")
                  << QString::number(QCoreApplication::applicationPid());
    }

    m_output.clear();
    m_process = new QProcess(this);
    m_process->setProcessEnvironment(environment());
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::readyRead, this, [this] {
        const QString text = QString::fromLocal8Bit(m_process->readAll());
        m_output += text;
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            Q_EMIT progress(line);
    });
    connect(m_process, &QProcess::finished, this, &DemoClusterLauncher::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError problem) {
        if (problem == QProcess::FailedToStart)
            onFinished(-1, QProcess::CrashExit);
    });
    m_process->start(QStringLiteral("bash"), arguments);
    return true;
}

void DemoClusterLauncher::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->deleteLater();
    m_output += QString::fromLocal8Bit(process->readAll());

    Result result;
    if (status == QProcess::NormalExit && exitCode == 0) {
        result = readClusterJson(m_stateDir);
    } else {
        result.stateDir = m_stateDir;
        QStringList lines = m_output.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QString last = lines.isEmpty() ? process->errorString() : lines.last();
        result.error = Tr::tr("The demo cluster did not start: %1").arg(last);
        QDir(m_stateDir).removeRecursively();
    }
    Q_EMIT finished(result);
}

void DemoClusterLauncher::cancel()
{
    if (isRunning())
        m_process->terminate();
}

bool DemoClusterLauncher::stop(const QString &stateDir)
{
    if (m_tools.clusterScript.isEmpty() ||
        !QFileInfo::exists(stateDir + QStringLiteral("/cluster.conf")))
        return false;
    auto *process = new QProcess(this);
    process->setProcessEnvironment(environment());
    connect(process, &QProcess::finished, this,
            [this, process](int exitCode, QProcess::ExitStatus status) {
                process->deleteLater();
                Q_EMIT stopped(status == QProcess::NormalExit && exitCode == 0);
            });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            process->deleteLater();
            Q_EMIT stopped(false);
        }
    });
    process->start(QStringLiteral("bash"),
                   {m_tools.clusterScript, QStringLiteral("down"), QStringLiteral("--dir"),
                    stateDir, QStringLiteral("--quiet")});
    return true;
}
