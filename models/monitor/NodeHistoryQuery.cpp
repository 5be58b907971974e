#include "NodeHistoryQuery.h"

#include "StoreThread.h"

#include <QDateTime>

#include <utility>

NodeHistoryQuery::NodeHistoryQuery(QObject *parent)
    : QObject(parent)
    , m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

void NodeHistoryQuery::setStore(StoreThread *store)
{
    m_store = store;
}

void NodeHistoryQuery::setNode(const QString &profileId, const QString &nodeId)
{
    if (profileId == m_profileId && nodeId == m_nodeId)
        return;
    m_profileId = profileId;
    m_nodeId = nodeId;
    ++m_generation;
    m_loading = false;
    m_reloadAgain = false;
}

void NodeHistoryQuery::setClock(std::function<qint64()> nowMs)
{
    m_nowMs = std::move(nowMs);
}

void NodeHistoryQuery::reload()
{
    if (!m_store || m_nodeId.isEmpty())
        return;
    if (m_loading) {
        // One read at a time; the newest wish is served when the current one answers.
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    const qint64 toMs = m_nowMs();
    const qint64 fromMs = toMs - m_rangeMs;
    const quint64 generation = m_generation;
    m_store->samples(m_profileId, m_nodeId, fromMs, toMs, this,
                     [this, generation, fromMs, toMs](const QList<NodeSample> &samples) {
                         if (generation != m_generation)
                             return;
                         m_loading = false;
                         emit seriesRead(NodeHistorySeries::fromSamples(samples, fromMs, toMs));
                         if (std::exchange(m_reloadAgain, false))
                             reload();
                     });
}
