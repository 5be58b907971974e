#include "NodeActionController.h"

#include "ApiClient.h"
#include "ClusterMonitor.h"
#include "HaproxyAdmin.h"
#include "MonitorService.h"
#include "ProfileService.h"
#include "RequestDispatcher.h"
#include "SecretStore.h"

#include <QDateTime>

NodeActionController::NodeActionController(const QString &profileId, ProfileService *profiles,
                                           SecretStore *secrets, MonitorService *monitor,
                                           QObject *parent)
    : QObject(parent)
    , m_profileId(profileId)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_monitor(monitor)
    , m_dispatcher(std::make_unique<RequestDispatcher>())
    , m_admin(new HaproxyAdmin(m_dispatcher.get()))
{
    connect(m_admin, &HaproxyAdmin::finished, this, &NodeActionController::onFinished);
}

NodeActionController::~NodeActionController()
{
    delete m_admin; // before the dispatcher it sends through
}

QString NodeActionController::unavailableReason() const
{
    const auto profile = m_profiles ? m_profiles->profile(m_profileId) : std::nullopt;
    if (!profile)
        return tr("The cluster is not saved.");
    if (profile->readOnly)
        return ApiClient::readOnlyMessage();
    if (profile->haproxyStatsUrl.isEmpty())
        return tr("Node actions need the cluster's HAProxy statistics URL (Edit Cluster).");
    if (profile->haproxyStatsUser.isEmpty())
        return tr("Node actions need the HAProxy statistics user (Edit Cluster).");
    return {};
}

bool NodeActionController::isBusy() const
{
    return m_admin->isBusy();
}

void NodeActionController::run(const QString &nodeId, NodeAction action, bool allowLastServingNode)
{
    if (!m_secrets) {
        emit passwordNeeded(nodeId, action, allowLastServingNode, QString());
        return;
    }
    m_secrets->readSecret(ClusterProfile::haproxyStatsSecretKey(m_profileId), this,
                          [this, nodeId, action, allowLastServingNode](const SecretResult &result) {
                              if (result.ok() && !result.secret.isEmpty()) {
                                  start(nodeId, action, allowLastServingNode, result.secret);
                                  return;
                              }
                              emit passwordNeeded(nodeId, action, allowLastServingNode,
                                                  result.status == SecretResult::Status::Failed
                                                      ? result.errorString
                                                      : QString());
                          });
}

void NodeActionController::runWithPassword(const QString &nodeId, NodeAction action,
                                           bool allowLastServingNode, const QString &password,
                                           bool save)
{
    if (save && m_secrets)
        m_secrets->writeSecret(ClusterProfile::haproxyStatsSecretKey(m_profileId), password, this,
                               {});
    start(nodeId, action, allowLastServingNode, password);
}

void NodeActionController::start(const QString &nodeId, NodeAction action,
                                 bool allowLastServingNode, const QString &password)
{
    const auto profile = m_profiles ? m_profiles->profile(m_profileId) : std::nullopt;
    if (profile && profile->readOnly) {
        // The switch holds for node actions too, whatever the buttons showed.
        NodeActionOutcome refused;
        refused.clusterId = m_profileId;
        refused.clusterName = profile->name;
        refused.nodeId = nodeId;
        refused.action = action;
        refused.finishedAt = QDateTime::currentDateTimeUtc();
        refused.result = NodeActionOutcome::Result::Refused;
        refused.message = ApiClient::readOnlyMessage();
        emit finished(refused);
        return;
    }
    NodeActionRequest request;
    request.clusterId = m_profileId;
    request.nodeId = nodeId;
    request.action = action;
    request.allowLastServingNode = allowLastServingNode;
    request.statsPassword = password;
    if (profile) {
        request.clusterName = profile->name;
        request.statsUrl = profile->haproxyStatsUrl;
        request.statsUser = profile->haproxyStatsUser;
        request.tls = ClusterMonitor::tlsPolicyFor(*profile);
    }
    if (m_admin->run(request))
        emit started(nodeId, action);
}

void NodeActionController::onFinished(const NodeActionOutcome &outcome)
{
    // A refused stats password is not offered again: the next action asks for it.
    if (outcome.result == NodeActionOutcome::Result::AuthFailed && m_secrets)
        m_secrets->deleteSecret(ClusterProfile::haproxyStatsSecretKey(m_profileId), this, {});
    // HAProxy's new view reaches the table with the next poll: ask for it now.
    if (m_monitor)
        m_monitor->refreshNow(m_profileId);
    emit finished(outcome);
}
