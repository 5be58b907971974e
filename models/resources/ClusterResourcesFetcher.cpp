#include "ClusterResourcesFetcher.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

ClusterResourcesFetcher::ClusterResourcesFetcher(ClusterEndpoint *endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
{
    m_reading.resources.label = endpoint ? endpoint->label() : QString();
}

QByteArray ClusterResourcesFetcher::newNonce()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / sizeof(quint32));
    return bytes.toHex();
}

QString ClusterResourcesFetcher::secretDigest(const QByteArray &nonce, const QString &secret)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(secret.toUtf8(), nonce, QCryptographicHash::Sha256)
            .toHex());
}

void ClusterResourcesFetcher::start(const QString &type, const QByteArray &nonce,
                                    qint64 minRevision)
{
    m_nonce = nonce;
    m_type = type;
    m_minRevision = minRevision;
    if (!m_endpoint || !m_endpoint->error().isEmpty()) {
        m_reading.error = m_endpoint ? m_endpoint->error() : tr("no connection");
        m_sessionDone = m_listDone = true;
        QMetaObject::invokeMethod(this, &ClusterResourcesFetcher::finish, Qt::QueuedConnection);
        return;
    }
    m_endpoint->repository()->fetchSession(this, [this](const std::optional<SessionInfo> &info) {
        m_reading.session = info;
        m_sessionDone = true;
        finish();
    });
    requestList();
}

void ClusterResourcesFetcher::requestList()
{
    m_endpoint->repository()->list(m_type, this,
                                   [this](const ResourceResult &result) { onList(result); });
}

void ClusterResourcesFetcher::onList(const ResourceResult &result)
{
    if (result.isOk() && result.listRevision < m_minRevision) {
        if (++m_laggingLists <= MaxLaggingLists && m_endpoint) {
            requestList(); // the next node in turn
            return;
        }
        m_reading.error = tr("every answer was older than revision %1, written from this "
                             "console; compare again in a moment")
                              .arg(m_minRevision);
        m_listDone = true;
        finish();
        return;
    }
    if (!result.isOk()) {
        // The list itself is never missing where the API is served: the interface is absent.
        m_reading.error =
            result.status == ResourceResult::Status::NotFound
                ? tr("this cluster does not publish its resource definitions (no Clusterdesk "
                     "API; a plain Spectrum cluster keeps them out of reach)")
            : result.detail.isEmpty() ? ResourceResult::statusName(result.status)
                                      : result.detail;
        m_listDone = true;
        finish();
        return;
    }
    m_reading.resources.resources = result.resources;
    if (!m_nonce.isEmpty()) {
        for (qsizetype i = 0; i < result.resources.size(); ++i) {
            const auto &secrets = result.resources.at(i).secretsSet;
            if (std::any_of(secrets.begin(), secrets.end(), [](bool set) { return set; }))
                m_withSecrets.append(i);
        }
    }
    if (m_withSecrets.isEmpty()) {
        m_listDone = true;
        finish();
        return;
    }
    // One first: a viewer or an older node refuses them all, so ask the rest only after a yes.
    m_digestsPending = 1;
    requestDigests(0);
}

void ClusterResourcesFetcher::requestDigests(qsizetype index)
{
    const ResourceDefinition &resource = m_reading.resources.resources.at(m_withSecrets.at(index));
    ApiRequest request = ApiRequest::get(
        u"/api/v1/resources/%1/%2/secret-digests"_s.arg(resource.type, resource.name));
    request.query.addQueryItem(u"nonce"_s, QString::fromLatin1(m_nonce));
    m_endpoint->client()->send(
        request, this, [this, index](const ApiResult &result) { onDigests(index, result); });
}

void ClusterResourcesFetcher::onDigests(qsizetype index, const ApiResult &result)
{
    const ResourceDefinition &resource = m_reading.resources.resources.at(m_withSecrets.at(index));
    if (result.ok) {
        QHash<QString, QString> digests;
        const QJsonObject object = result.json.object().value(u"digests").toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString digest = it.value().toString();
            // Only a well-formed digest counts; anything else leaves "cannot tell".
            if (it.value().isNull() || (digest.size() == 64 && !digest.contains(u' ')))
                digests.insert(it.key(), digest.toLower());
        }
        m_reading.resources.secretDigests.insert(ResourceDiff::key(resource.type, resource.name),
                                                 digests);
    }
    if (index == 0) {
        // A viewer (403) or a node from before secret digests (no such route) refuses them all.
        const int status = result.httpStatus;
        m_reading.digestsUnavailable =
            !result.ok && (status == 403 || status == 400 || status == 405 ||
                           (status == 404 && result.problem.slug() == u"no-route"));
        if (!m_reading.digestsUnavailable) {
            m_digestsPending += m_withSecrets.size() - 1;
            for (qsizetype i = 1; i < m_withSecrets.size(); ++i)
                requestDigests(i);
        }
    }
    if (--m_digestsPending == 0) {
        m_listDone = true;
        finish();
    }
}

void ClusterResourcesFetcher::finish()
{
    if (m_finished || !m_sessionDone || !m_listDone)
        return;
    m_finished = true;
    emit finished();
}
