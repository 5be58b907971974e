#include "InProcessNode.h"

#include "Credentials.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <chrono>

using namespace node;

const QByteArray InProcessNode::kSecret = "in-process-route-test-secret";
const QByteArray InProcessNode::kAdmin = "admin:pw-admin";
const QByteArray InProcessNode::kViewer = "viewer:pw-viewer";

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
}

} // namespace

InProcessNode::InProcessNode()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    // Few PBKDF2 iterations keep the tests quick; the verification code is the same.
    writeFile(m_dir.filePath(QStringLiteral("users.json")),
              "{\"users\": [{\"name\": \"admin\", \"role\": \"admin\", \"hash\": \"" +
                  Credentials::hashPassword(QStringLiteral("pw-admin"), 1000).toLatin1() +
                  "\"}, {\"name\": \"viewer\", \"role\": \"viewer\", \"hash\": \"" +
                  Credentials::hashPassword(QStringLiteral("pw-viewer"), 1000).toLatin1() +
                  "\"}]}");
    writeFile(m_dir.filePath(QStringLiteral("secret")), kSecret);
}

InProcessNode::~InProcessNode()
{
    // Servers first (newest first), while the network manager still exists.
    while (!m_nodes.empty())
        m_nodes.pop_back();
}

NodeOptions InProcessNode::options(const QString &id) const
{
    NodeOptions options;
    options.id = id;
    options.name = id;
    options.listenPort = 0; // any free port
    options.dataDirectory =
        m_dir.filePath(id + QStringLiteral("-") + QString::number(m_nodes.size()));
    options.clusterName = QStringLiteral("routes");
    options.usersFile = m_dir.filePath(QStringLiteral("users.json"));
    options.clusterSecretFile = m_dir.filePath(QStringLiteral("secret"));
    options.allowFaultInjection = true;
    options.primaryId = id;
    return options;
}

NodeInstance *InProcessNode::start(const NodeOptions &options, QString *error)
{
    auto instance = std::make_unique<NodeInstance>(options);
    if (!instance->start(error))
        return nullptr;
    m_nodes.push_back(std::move(instance));
    return m_nodes.back().get();
}

QUrl InProcessNode::url(const NodeInstance &node, const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(node.port()).arg(pathAndQuery));
}

qint64 InProcessNode::nowUs()
{
    const auto sinceEpoch = std::chrono::system_clock::now().time_since_epoch();
    return std::chrono::duration_cast<std::chrono::microseconds>(sinceEpoch).count();
}

NodeAnswer InProcessNode::call(const QByteArray &method, const QUrl &url,
                               const QList<QPair<QByteArray, QByteArray>> &headers,
                               const QByteArray &body, const QByteArray &user)
{
    QNetworkRequest request(url);
    if (!user.isEmpty())
        request.setRawHeader("Authorization", "Basic " + user.toBase64());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    NodeAnswer answer;
    answer.sentUs = nowUs();
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    answer.answeredUs = nowUs();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return answer;
}

NodeAnswer InProcessNode::callAsPeer(const QByteArray &method, const QUrl &url,
                                     const QByteArray &body)
{
    return call(method, url, {{"X-Cluster-Secret", kSecret}, {"Content-Type", "application/json"}},
                body, {});
}

QByteArray InProcessNode::resourceBody(const QString &url)
{
    const QJsonObject spec{{QStringLiteral("driver"), QStringLiteral("postgresql")},
                           {QStringLiteral("driverClass"), QStringLiteral("org.postgresql.Driver")},
                           {QStringLiteral("url"), url},
                           {QStringLiteral("password"), QStringLiteral("pw")}};
    return QJsonDocument(QJsonObject{{QStringLiteral("description"), QStringLiteral("test")},
                                     {QStringLiteral("spec"), spec}})
        .toJson();
}
