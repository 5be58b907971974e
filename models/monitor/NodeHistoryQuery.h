#pragma once
// NodeHistoryQuery: reads one node's samples of a period (ending now) from the local store
// through StoreThread and answers with them as a NodeHistorySeries. One read at a time: a reload
// asked for while one is out is served once it answers, and answers for a node or period no
// longer asked for are dropped.

#include "NodeHistorySeries.h"

#include <QObject>
#include <QPointer>

#include <functional>

class StoreThread;

class NodeHistoryQuery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeHistoryQuery)

public:
    explicit NodeHistoryQuery(QObject *parent = nullptr);

    void setStore(StoreThread *store);
    // The store keys samples by cluster profile id. An empty node id reads nothing. Drops the
    // read that is out, if any.
    void setNode(const QString &profileId, const QString &nodeId);
    QString profileId() const { return m_profileId; }
    QString nodeId() const { return m_nodeId; }
    void setRangeMs(qint64 rangeMs) { m_rangeMs = rangeMs; }
    qint64 rangeMs() const { return m_rangeMs; }
    // The clock the period ends at (tests pin it); the system clock by default.
    void setClock(std::function<qint64()> nowMs);

    // Reads the period again; nothing without a store or a node.
    void reload();
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void seriesRead(const NodeHistorySeries &series);

private:
    QPointer<StoreThread> m_store;
    QString m_profileId;
    QString m_nodeId;
    qint64 m_rangeMs = 60 * 60 * 1000;
    std::function<qint64()> m_nowMs;
    quint64 m_generation = 0; // answers for an earlier node are dropped
    bool m_loading = false;
    bool m_reloadAgain = false;
};
