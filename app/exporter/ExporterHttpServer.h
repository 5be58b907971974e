#pragma once
// The exporter's HTTP face: GET (or HEAD) /metrics in the Prometheus text format and /healthz;
// any other path 404, any other method 405. With a web config it speaks TLS and asks for basic
// credentials, checked by BasicAuthVerifier off this thread; the answer to a request that waits
// for such a check is written only if its client is still connected.

#include "WebConfig.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <functional>
#include <memory>

class BasicAuthVerifier;
class QHttpServerResponder;

class ExporterHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExporterHttpServer)

public:
    // The exposition text, made when a scrape asks for it.
    using MetricsSource = std::function<QByteArray()>;

    ExporterHttpServer(const WebConfig &config, MetricsSource metrics, QObject *parent = nullptr);
    ~ExporterHttpServer() override;

    // Listens (TLS when the config asks for it); false with the reason in *error.
    bool start(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Response;
    Response content(const QString &path) const;
    static void send(QHttpServerResponder &responder, const Response &response, bool omitBody);

    WebConfig m_config;
    MetricsSource m_metrics;
    BasicAuthVerifier *m_verifier = nullptr;
};
