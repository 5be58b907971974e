#include "DefinitionsExporter.h"

#include "ClusterEndpoint.h"
#include "ClusterResourcesFetcher.h"
#include "DefinitionsFile.h"

#include <QTimer>

DefinitionsExporter::DefinitionsExporter(ClusterEndpoint *endpoint, const QString &path,
                                         QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_path(path)
{}

void DefinitionsExporter::start()
{
    if (m_fetcher || m_finished)
        return;
    if (!m_endpoint || !m_endpoint->error().isEmpty()) {
        const QString why = m_endpoint ? m_endpoint->error() : tr("the cluster is gone");
        // finished() always comes from the event loop, as it does after a read.
        QTimer::singleShot(0, this, [this, why] {
            finish(false, tr("The definitions could not be read: %1").arg(why));
        });
        return;
    }
    m_fetcher = new ClusterResourcesFetcher(m_endpoint, this);
    connect(m_fetcher, &ClusterResourcesFetcher::finished, this, &DefinitionsExporter::onRead);
    // No nonce: secrets are never exported, not even as digests.
    m_fetcher->start({}, {});
}

void DefinitionsExporter::onRead()
{
    const ClusterReading &reading = m_fetcher->reading();
    if (!reading.isOk()) {
        finish(false, tr("%1 could not be read: %2").arg(reading.resources.label, reading.error));
        return;
    }
    const DefinitionsFile file =
        DefinitionsFile::exportOf(reading.resources.label, reading.resources.resources);
    QString error;
    if (!DefinitionsFile::write(m_path, file, &error)) {
        finish(false, error);
        return;
    }
    m_count = int(file.resources.size());
    m_secretsNeeded = file.secretsNeeded();
    QString message = tr("Exported %n definition(s) to %1.", nullptr, m_count).arg(m_path);
    if (!m_secretsNeeded.isEmpty())
        message += QLatin1Char(' ') + tr("Secrets were left out; they need a value on import: %1.")
                                          .arg(m_secretsNeeded.join(QStringLiteral(", ")));
    finish(true, message);
}

void DefinitionsExporter::finish(bool ok, const QString &message)
{
    m_finished = true;
    m_ok = ok;
    m_message = message;
    emit finished();
}
