#pragma once
// The node's HTTP front: a QAbstractHttpServer routing through one RouteTable, so every
// answer (also one given later) carries X-Cluster-Node-Id and X-Config-Revision and any header
// we need. It applies each scope's checks (body size, misdirected requests, the injected delay,
// authentication) and keeps /internal/ for peers: a request relayed by a load balancer (it
// carries X-Forwarded-For) or from an address that is not a peer's is refused before the secret
// is even looked at. Every answer carries a Date header from the node's own clock (an injected
// offset included), taken as it is written (QtHttpServer 6.4 writes no Date of its own).

#include "AuthRoutes.h"
#include "Authenticator.h"
#include "InternalRoutes.h"
#include "NodeContext.h"
#include "NodeMetricsRoutes.h"
#include "NodeRequest.h"
#include "ResourceRoutes.h"
#include "ResourceTestRoutes.h"
#include "RouteTable.h"
#include "SecretDigestRoutes.h"
#include "SpectrumRoutes.h"
#include "StatusRoutes.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <functional>
#include <memory>

namespace node {

class NodeServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeServer)

public:
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;
    // The table every request is routed through (each route group's rows and the scopes).
    const RouteTable &routes() const { return m_routes; }

    explicit NodeServer(NodeContext &context, QObject *parent = nullptr);

    bool start(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    // Health turns 503 and no new connection is accepted; open exchanges still finish.
    void stopAccepting();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // `route` is the route table's pattern for metrics (empty: no route matched).
    ExchangePtr makeExchange(const QHttpServerRequest &request, QTcpSocket *socket,
                             const QString &route);
    void buildRoutes();
    // --spectrum-compatible: the documented Spectrum endpoints and /internal/v1, nothing else.
    void buildSpectrumRoutes();
    void dispatch(const NodeRequest &request, const ExchangePtr &exchange);
    void signIn(const NodeRequest &request, const ExchangePtr &exchange);
    bool refusedAsNotPeer(const NodeRequest &request, const ExchangePtr &exchange) const;
    // Runs the request's route, or sends the table's 404, 405 or 403.
    void route(const NodeRequest &request, const Identity *identity, const ExchangePtr &exchange);
    // The delayJitterMs fault: holds the request a random while, then stamps its arrival.
    void afterNoisyPath(const NodeRequest &request, const ExchangePtr &exchange,
                        std::function<void(const NodeRequest &)> arrived);
    // The delayMs fault: a slow node, whose answer comes later.
    void afterInjectedDelay(const ExchangePtr &exchange, std::function<void()> answer);
    bool isMisdirected(const NodeRequest &request, const ExchangePtr &exchange) const;
    // The caller's address for throttling: X-Forwarded-For's last entry when the TCP peer is
    // a trusted proxy, else the TCP peer.
    QString clientAddress(const NodeRequest &request) const;
    bool isFromPeer(const NodeRequest &request) const;
    void resolvePeerAddresses();

    NodeContext &m_context;
    Authenticator m_authenticator;
    AuthRoutes m_auth;
    QList<QHostAddress> m_peerAddresses;
    ResourceRoutes m_resources;
    ResourceTestRoutes m_resourceTests;
    SecretDigestRoutes m_secretDigests;
    StatusRoutes m_status;
    InternalRoutes m_internal;
    NodeMetricsRoutes m_metrics;
    std::unique_ptr<SpectrumRoutes> m_spectrum; // --spectrum-compatible only
    RouteTable m_routes;
};

} // namespace node
