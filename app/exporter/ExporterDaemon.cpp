#include "ExporterDaemon.h"

#include "ExporterHttpServer.h"
#include "ExporterMetrics.h"
#include "ExporterPoller.h"

ExporterDaemon::ExporterDaemon(Options options, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_poller(new ExporterPoller(secrets, this))
    , m_server(new ExporterHttpServer(
          m_options.web, [poller = m_poller] { return ExporterMetrics::render(poller->state()); },
          this))
{
    m_poller->setRequestTimeout(m_options.requestTimeout);
    connect(m_poller, &ExporterPoller::logLine, this, &ExporterDaemon::logLine);
    connect(m_poller, &ExporterPoller::started, this, [this](const QString &error) {
        if (!error.isEmpty())
            emit failed(error);
    });
}

ExporterDaemon::~ExporterDaemon()
{
    delete m_server; // no scrape reads the poller while it stops
    delete m_poller;
}

bool ExporterDaemon::listen(QString *error)
{
    return m_server->start(m_options.address, m_options.port, error);
}

quint16 ExporterDaemon::port() const
{
    return m_server->port();
}

void ExporterDaemon::start()
{
    m_poller->start(m_options.dataDir, m_options.clusters, m_options.all);
}
