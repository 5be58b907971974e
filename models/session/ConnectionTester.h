#pragma once
// ConnectionTester: the connect dialog's one-off requests. Tests a profile's settings with a
// short-lived client of its own (never the pool's: the settings are not saved yet) and turns a
// refused certificate into the profile's trust list. The stored secret of a saved profile is
// read here, so the dialog never holds the secret store.

#include "ApiRequest.h"
#include "ClusterMonitor.h"
#include "ClusterProfile.h"
#include "SessionInfo.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>

#include <chrono>
#include <functional>
#include <optional>

class SecretStore;

// What the connect dialog learns from one request to a cluster.
struct ConnectionTestResult
{
    bool ok = false;
    QString clusterId;
    QString clusterName;
    int nodeCount = 0;
    // Who the test signed in as (GET /api/v1/session); unknown when the node does not say.
    SessionInfo signedInAs;
    ApiResult::ErrorKind errorKind = ApiResult::ErrorKind::None;
    QString errorText;
    // TLS: the load balancer's certificate, also when it was refused, so the dialog can show it
    // and offer to trust it for this profile (see ConnectionTester::trustingCertificate()).
    QSslCertificate certificate;
    QString certificateSha256; // lower-case hex, empty without TLS
    QString certificateDescription;
    QList<QSslError> sslErrors;
    // Which interfaces answered; a cluster without the management API (a plain Spectrum
    // cluster) is still a success when its token service or a catalogue answers.
    ClusterCapabilities capabilities;

    // Refused only because verification failed: the user may choose to trust it.
    bool untrustedCertificate() const
    {
        return !ok && errorKind == ApiResult::ErrorKind::Tls && !sslErrors.isEmpty() &&
               !certificate.isNull();
    }
};

class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    using Callback = std::function<void(const ConnectionTestResult &)>;

    // `secrets` (not owned) gives a saved profile's secret when the dialog has none typed.
    explicit ConnectionTester(SecretStore *secrets, QObject *parent = nullptr);

    // One request to GET /api/v1/cluster with these settings; when that is absent (404), the
    // token service's description and the REST and SOAP catalogues are asked instead. A `secret` of
    // nullopt uses the one stored for the profile's id (none stored: no credentials). The callback
    // comes through the event loop, never when `context` is gone first.
    void testConnection(const ClusterProfile &profile, const std::optional<QString> &secret,
                        QObject *context, Callback callback);
    // The profile with `certificate` trusted despite exactly these errors.
    static ClusterProfile trustingCertificate(const ClusterProfile &profile,
                                              const QSslCertificate &certificate,
                                              const QList<QSslError> &errors);

    void setRequestTimeout(std::chrono::milliseconds timeout) { m_requestTimeout = timeout; }

private:
    void send(const ClusterProfile &profile, const QString &secret, QObject *context,
              Callback callback);

    QPointer<SecretStore> m_secrets;
    std::chrono::milliseconds m_requestTimeout = ClusterMonitor::DefaultRequestTimeout;
};
