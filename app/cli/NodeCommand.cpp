#include "NodeCommand.h"

#include "ClusterMonitor.h"
#include "HaproxyAdmin.h"
#include "RequestDispatcher.h"
#include "SecretStore.h"
#include "WriteGuard.h"

#include <QJsonDocument>
#include <QJsonObject>

NodeCommand::NodeCommand(NodeCommandOptions options, QObject *parent)
    : CliCommand(parent)
    , m_options(std::move(options))
    , m_dispatcher(std::make_unique<RequestDispatcher>())
{}

NodeCommand::~NodeCommand()
{
    delete m_admin; // before the dispatcher it uses
}

void NodeCommand::start()
{
    const ClusterProfile &profile = m_options.profile;
    if (const QString refusal = WriteGuard::refusal(profile, m_options.confirmations);
        !refusal.isEmpty())
        return fail(refusal.chopped(1));
    if (profile.haproxyStatsUrl.isEmpty())
        return fail(
            tr("cluster %1 has no HAProxy statistics URL: pass --stats-url").arg(profile.name));
    if (profile.haproxyStatsUser.isEmpty())
        return fail(
            tr("cluster %1 has no HAProxy statistics user: pass --stats-user").arg(profile.name));
    if (m_options.statsPassword) {
        const QString password = *m_options.statsPassword;
        QMetaObject::invokeMethod(
            this, [this, password] { run(password); }, Qt::QueuedConnection);
        return;
    }
    if (!m_options.secrets)
        return fail(tr("no password for the statistics user: pass --stats-password-file"));
    m_options.secrets->readSecret(
        ClusterProfile::haproxyStatsSecretKey(profile.id), this,
        [this](const SecretResult &result) {
            if (!result.ok()) {
                return fail(tr("no password for the statistics user of %1 is saved (%2): pass "
                               "--stats-password-file or set CLUSTERDESK_STATS_PASSWORD")
                                .arg(m_options.profile.name, result.errorString.isEmpty()
                                                                 ? tr("not found")
                                                                 : result.errorString));
            }
            run(result.secret);
        });
}

void NodeCommand::run(const QString &password)
{
    QString tlsError;
    NodeActionRequest request;
    request.clusterId = m_options.profile.id;
    request.clusterName = m_options.profile.name;
    request.statsUrl = m_options.profile.haproxyStatsUrl;
    request.tls = ClusterMonitor::tlsPolicyFor(m_options.profile, &tlsError);
    if (!tlsError.isEmpty())
        return fail(tlsError);
    request.statsUser = m_options.profile.haproxyStatsUser;
    request.statsPassword = password;
    request.nodeId = m_options.nodeId;
    request.action = m_options.action;
    request.allowLastServingNode = m_options.force;
    m_admin = new HaproxyAdmin(m_dispatcher.get());
    connect(m_admin, &HaproxyAdmin::finished, this, &NodeCommand::onOutcome);
    emit actionStarted(m_options.nodeId, m_options.action);
    m_admin->run(request);
}

void NodeCommand::fail(const QString &message)
{
    m_errors += message + QLatin1Char('\n');
    QMetaObject::invokeMethod(
        this, [this] { finish(Error); }, Qt::QueuedConnection);
}

int NodeCommand::exitCodeFor(NodeActionOutcome::Result result)
{
    using Result = NodeActionOutcome::Result;
    switch (result) {
    case Result::Applied:
        return Success;
    case Result::NotApplied:
    case Result::Denied:
    case Result::LastServingNode:
        return NotApplied;
    case Result::Refused:
    case Result::AuthFailed:
    case Result::Unreachable:
    case Result::Unknown:
        break;
    }
    return Error;
}

QString NodeCommand::outcomeText(const NodeActionOutcome &outcome)
{
    QString text = tr("%1 %2 on %3: %4")
                       .arg(nodeActionText(outcome.action), outcome.nodeId, outcome.clusterName,
                            outcome.message);
    if (outcome.result == NodeActionOutcome::Result::LastServingNode)
        text += tr(" (pass --force to do it anyway)");
    return text + QLatin1Char('\n');
}

QByteArray NodeCommand::outcomeJson(const NodeActionOutcome &outcome)
{
    const QJsonObject object{
        {QStringLiteral("cluster"), outcome.clusterName},
        {QStringLiteral("node"), outcome.nodeId},
        {QStringLiteral("action"), nodeActionKey(outcome.action)},
        {QStringLiteral("result"), nodeActionResultKey(outcome.result)},
        {QStringLiteral("haproxyAnswer"), outcome.haproxyCode},
        {QStringLiteral("state"), lbStateKey(outcome.stateAfter)},
        {QStringLiteral("status"), outcome.statusAfter},
        {QStringLiteral("message"), outcome.message},
        {QStringLiteral("time"), outcome.finishedAt.toString(Qt::ISODateWithMs)}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

void NodeCommand::onOutcome(const NodeActionOutcome &outcome)
{
    const int exitCode = exitCodeFor(outcome.result);
    emit actionFinished(outcome);
    if (m_options.json)
        m_output += QString::fromUtf8(outcomeJson(outcome));
    else if (exitCode == Success)
        m_output += outcomeText(outcome);
    else
        m_errors += outcomeText(outcome);
    finish(exitCode);
}
