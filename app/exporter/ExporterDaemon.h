#pragma once
// ExporterDaemon: `clusterdesk exporter` without its command line. It listens first (a refused
// address is reported before anything is polled), then starts the poller; each scrape of
// /metrics renders the poller's current state with ExporterMetrics.

#include "WebConfig.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>

#include <chrono>

class ExporterHttpServer;
class ExporterPoller;
class SecretStore;

class ExporterDaemon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExporterDaemon)

public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 9877;
        QStringList clusters; // saved cluster names
        bool all = false;
        WebConfig web;
        QString dataDir; // empty: the default
        std::chrono::milliseconds requestTimeout{3000};
    };

    // Takes ownership of `secrets` (how saved clusters' passwords are found).
    ExporterDaemon(Options options, SecretStore *secrets, QObject *parent = nullptr);
    ~ExporterDaemon() override;

    // Binds the listening socket; false with the reason in *error.
    bool listen(QString *error);
    quint16 port() const;
    // Reads the saved clusters and starts polling: failed() when that cannot be done.
    void start();

Q_SIGNALS:
    void failed(const QString &error);
    void logLine(const QString &line);

private:
    Options m_options;
    ExporterPoller *m_poller;
    ExporterHttpServer *m_server;
};
