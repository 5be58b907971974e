#include "ResourceTestFanout.h"

#include "ApiClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <memory>
#include <utility>

namespace {

QString testPath(const ResourceRef &resource)
{
    return QStringLiteral("/api/v1/resources/%1/%2/test")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(resource.type)),
             QString::fromUtf8(QUrl::toPercentEncoding(resource.name)));
}

} // namespace

ResourceTestFanout::ResourceTestFanout(ApiClient *client, const QString &clusterId,
                                       const QString &clusterName, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clusterId(clusterId)
    , m_clusterName(clusterName)
{}

ResourceTestFanout::~ResourceTestFanout()
{
    cancel();
}

void ResourceTestFanout::cancel()
{
    const QSet<quint64> pending = std::exchange(m_pending, {});
    for (quint64 id : pending)
        m_client->cancel(id);
}

bool ResourceTestFanout::run(const QList<ResourceRef> &resources, const QStringList &nodeIds)
{
    cancel();
    if (resources.isEmpty() || nodeIds.isEmpty())
        return false;
    const QJsonDocument body(QJsonObject{{QStringLiteral("timeoutMs"), qint64(m_budget.count())}});
    for (const ResourceRef &resource : resources) {
        for (const QString &nodeId : nodeIds) {
            ApiRequest request = ApiRequest::json("POST", testPath(resource), body);
            request.targetNodeId = nodeId;
            request.timeout = m_budget + AnswerGrace;
            // The id is known only once send() returns; the callback never runs before that.
            auto id = std::make_shared<quint64>(0);
            *id = m_client->send(request, this,
                                 [this, id, resource, nodeId](const ApiResult &answer) {
                                     onAnswer(*id, resource, nodeId, answer);
                                 });
            m_pending.insert(*id);
        }
    }
    return true;
}

void ResourceTestFanout::onAnswer(quint64 id, const ResourceRef &resource, const QString &nodeId,
                                  const ApiResult &answer)
{
    if (!m_pending.remove(id))
        return; // cancelled
    using Outcome = ResourceTestResult::Outcome;
    using Kind = ApiResult::ErrorKind;
    ResourceTestResult result;
    if (answer.ok && answer.json.isObject()) {
        if (const auto parsed = ResourceTestResult::fromJson(answer.json.object())) {
            result = *parsed;
        } else {
            result.outcome = Outcome::NoAnswer;
            result.error = ResourceTestText::tr("the node's answer is not a test result");
        }
    } else if (answer.errorKind == Kind::Http && answer.httpStatus != 503) {
        result.outcome = Outcome::Refused;
        result.error = answer.errorText;
    } else if (answer.errorKind == Kind::Cancelled) {
        return;
    } else {
        // Down, too slow, or its place taken by another node: this node's own outcome.
        result.outcome = Outcome::NoAnswer;
        result.error = answer.errorText;
    }
    result.clusterId = m_clusterId;
    result.clusterName = m_clusterName;
    result.type = resource.type;
    result.name = resource.name;
    result.nodeId = nodeId;
    result.finishedAt = QDateTime::currentDateTimeUtc();
    emit finished(result);
    if (m_pending.isEmpty())
        emit allFinished();
}
