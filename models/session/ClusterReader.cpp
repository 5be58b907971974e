#include "ClusterReader.h"

ClusterReader::ClusterReader(QObject *parent)
    : QObject(parent)
{}

void ClusterReader::start(const QList<ClusterEndpoint *> &endpoints, const QString &type,
                          const QByteArray &nonce, const QHash<QString, qint64> &minRevisions)
{
    if (m_running)
        return;
    m_running = true;
    m_readings.clear();
    m_fetchers.clear();
    QList<qint64> floors;
    for (ClusterEndpoint *endpoint : endpoints) {
        auto *fetcher = new ClusterResourcesFetcher(endpoint, this);
        m_fetchers.append(fetcher);
        floors.append(endpoint ? minRevisions.value(endpoint->label(), -1) : -1);
        connect(fetcher, &ClusterResourcesFetcher::finished, this, &ClusterReader::onFetched);
    }
    if (m_fetchers.isEmpty()) {
        // Nothing to read is read at once, but still through the event loop.
        QMetaObject::invokeMethod(this, &ClusterReader::onFetched, Qt::QueuedConnection);
        return;
    }
    for (qsizetype i = 0; i < m_fetchers.size(); ++i)
        m_fetchers.at(i)->start(type, nonce, floors.at(i));
}

int ClusterReader::done() const
{
    return int(std::count_if(m_fetchers.begin(), m_fetchers.end(),
                             [](const auto &fetcher) { return fetcher && fetcher->isFinished(); }));
}

void ClusterReader::onFetched()
{
    if (!m_running)
        return;
    emit progress(done(), total());
    if (done() < total())
        return;
    for (const QPointer<ClusterResourcesFetcher> &fetcher : std::as_const(m_fetchers)) {
        m_readings.append(fetcher->reading());
        fetcher->deleteLater(); // this is inside its finished()
    }
    m_fetchers.clear();
    m_running = false;
    emit finished();
}

void ClusterReader::cancel()
{
    // A deleted fetcher sends none of its remaining requests and drops the answers on the way.
    for (const QPointer<ClusterResourcesFetcher> &fetcher : std::as_const(m_fetchers))
        delete fetcher.data();
    m_fetchers.clear();
    m_readings.clear();
    m_running = false;
}
