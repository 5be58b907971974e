#include "ConnectionTester.h"

#include "ApiClient.h"
#include "SecretStore.h"
#include "TlsPolicy.h"
#include "TrustedCertificates.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleSession)
};

using Deliver = std::function<void(const ConnectionTestResult &)>;

ConnectionTestResult certificateOf(const ApiResult &answer)
{
    ConnectionTestResult result;
    result.errorKind = answer.errorKind;
    result.errorText = answer.errorText;
    result.certificate = answer.peerCertificate;
    result.sslErrors = answer.sslErrors;
    if (!answer.peerCertificate.isNull()) {
        result.certificateSha256 = TlsPolicy::sha256Fingerprint(answer.peerCertificate);
        result.certificateDescription = TlsPolicy::describeCertificate(answer.peerCertificate);
    }
    return result;
}

// The cluster answered: say as whom the test signed in, so a viewer's account is not mistaken
// for an admin's.
void askWhoSignedIn(ApiClient *client, ConnectionTestResult result,
                    std::chrono::milliseconds timeout, const Deliver &deliver)
{
    ApiRequest who = ApiRequest::get(QStringLiteral("/api/v1/session"));
    who.timeout = timeout;
    client->send(who, client, [result, deliver](const ApiResult &session) mutable {
        if (session.ok && session.json.isObject())
            result.signedInAs =
                SessionInfo::fromJson(session.json.object()).value_or(SessionInfo{});
        deliver(result);
    });
}

// No management API: which of Spectrum's documented interfaces answer, asked together.
void probeSpectrum(ApiClient *client, ConnectionTestResult result,
                   std::chrono::milliseconds timeout, const Deliver &deliver)
{
    using Interface = ClusterCapabilities::Interface;
    result.capabilities.clusterdeskApi = ClusterCapabilities::State::Absent;
    result.capabilities.checkedAtMs = QDateTime::currentMSecsSinceEpoch();
    // The 404 came after a sign-in through the token service when there was a password (a token
    // the user gave proves nothing about the service).
    if (!client->userName().isEmpty() && client->hasToken())
        result.capabilities.spectrumTokens = ClusterCapabilities::State::Available;
    const std::pair<Interface, QString> probes[] = {
        {Interface::SpectrumTokens, QStringLiteral("/security/rest")},
        {Interface::RestCatalogue, QStringLiteral("/rest")},
        {Interface::SoapCatalogue, QStringLiteral("/soap")}};
    auto state = std::make_shared<std::pair<ConnectionTestResult, int>>(result, 3);
    for (const auto &[which, path] : probes) {
        ApiRequest request = ApiRequest::get(path);
        request.expectJson = false;
        request.timeout = timeout;
        if (which == Interface::SpectrumTokens)
            request.query = QUrlQuery(QStringLiteral("_wadl"));
        client->send(request, client, [state, which, deliver](const ApiResult &answer) {
            ConnectionTestResult &collected = state->first;
            const auto seen = ClusterCapabilities::stateFromHttpStatus(answer.httpStatus);
            if (collected.capabilities.state(which) != ClusterCapabilities::State::Available)
                collected.capabilities.setState(which, seen);
            if (--state->second > 0)
                return;
            const ClusterCapabilities &found = collected.capabilities;
            collected.ok = found.hasCatalogues() ||
                           found.spectrumTokens == ClusterCapabilities::State::Available;
            if (collected.ok) {
                collected.errorKind = ApiResult::ErrorKind::None;
                collected.errorText.clear();
            } else {
                collected.errorText =
                    Tr::tr("neither the Clusterdesk management API nor Spectrum's token service "
                           "or service catalogues answered at this address");
            }
            deliver(collected);
        });
    }
}

} // namespace

ConnectionTester::ConnectionTester(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{}

void ConnectionTester::testConnection(const ClusterProfile &profile,
                                      const std::optional<QString> &secret, QObject *context,
                                      Callback callback)
{
    if (secret || !m_secrets) {
        // Queued: the caller never gets its answer inside its own call.
        QPointer<QObject> guard(context);
        const bool hasContext = context != nullptr;
        QMetaObject::invokeMethod(
            this,
            [this, profile, guard, hasContext, callback, value = secret.value_or(QString())] {
                if (!hasContext || guard)
                    send(profile, value, guard, callback);
            },
            Qt::QueuedConnection);
        return;
    }
    m_secrets->readSecret(profile.id, context,
                          [this, profile, context, callback](const SecretResult &read) {
                              send(profile, read.ok() ? read.secret : QString(), context, callback);
                          });
}

void ConnectionTester::send(const ClusterProfile &profile, const QString &secret, QObject *context,
                            Callback callback)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QString tlsError;
    const TlsPolicy policy = ClusterMonitor::tlsPolicyFor(profile, &tlsError);
    if (!tlsError.isEmpty()) {
        ConnectionTestResult result;
        result.errorKind = ApiResult::ErrorKind::Tls;
        result.errorText = tlsError;
        if (callback && (!hasContext || guard))
            callback(result);
        return;
    }
    auto *client = new ApiClient(this);
    client->setBaseUrl(profile.loadBalancerUrl);
    client->setTlsPolicy(policy);
    client->setTokenKind(profile.tokenKind);
    if (!secret.isEmpty()) {
        if (profile.authKind == ClusterProfile::AuthKind::Token)
            client->setToken(secret);
        else
            client->setPasswordCredentials(profile.userName, secret);
    }
    const Deliver deliver = [client, guard, hasContext, callback](const ConnectionTestResult &r) {
        client->deleteLater();
        if (callback && (!hasContext || guard))
            callback(r);
    };
    ApiRequest request = ApiRequest::get(QStringLiteral("/api/v1/cluster"));
    request.timeout = m_requestTimeout;
    client->send(request, client, [client, deliver, timeout = request.timeout](const ApiResult &a) {
        ConnectionTestResult result = certificateOf(a);
        if (!a.ok && a.httpStatus == 404) {
            probeSpectrum(client, result, timeout, deliver);
            return;
        }
        if (!a.ok) {
            deliver(result);
            return;
        }
        const QJsonObject cluster = a.json.object();
        const QJsonValue nodes = cluster.value(QLatin1String("nodes"));
        if (!a.json.isObject() || !nodes.isArray()) {
            result.errorKind = ApiResult::ErrorKind::BadJson;
            result.errorText = Tr::tr("the answer is not a Clusterdesk cluster description");
            deliver(result);
            return;
        }
        result.ok = true;
        result.capabilities.clusterdeskApi = ClusterCapabilities::State::Available;
        result.capabilities.checkedAtMs = QDateTime::currentMSecsSinceEpoch();
        result.errorKind = ApiResult::ErrorKind::None;
        result.clusterId = cluster.value(QLatin1String("id")).toString();
        result.clusterName = cluster.value(QLatin1String("name")).toString();
        result.nodeCount = int(nodes.toArray().size());
        askWhoSignedIn(client, result, timeout, deliver);
    });
}

ClusterProfile ConnectionTester::trustingCertificate(const ClusterProfile &profile,
                                                     const QSslCertificate &certificate,
                                                     const QList<QSslError> &errors)
{
    TlsPolicy policy;
    policy.setTrustedCertificates(TrustedCertificates::fromAccepted(profile.acceptedCertificates));
    policy.trustCertificate(certificate, errors);
    ClusterProfile result = profile;
    result.acceptedCertificates = TrustedCertificates::toAccepted(policy.trustedCertificates());
    return result;
}
