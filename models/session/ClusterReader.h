#pragma once
// ClusterReader: reads several clusters at once for the cross-cluster tools (compare, copy,
// import), one ClusterResourcesFetcher per cluster under one nonce, so their secret digests
// can be compared. The views show its progress and its readings; they hold no fetcher.

#include "ClusterResourcesFetcher.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class ClusterEndpoint;

class ClusterReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterReader)

public:
    explicit ClusterReader(QObject *parent = nullptr);

    // Reads every endpoint (resources of `type`, all when empty); progress() as each answers,
    // then finished(), never from inside this call. Ignored while a reading runs. The
    // endpoints must outlive the reading. `minRevisions` (by endpoint label): what this console
    // wrote there, which the reading must not be older than (see ClusterResourcesFetcher).
    void start(const QList<ClusterEndpoint *> &endpoints, const QString &type,
               const QByteArray &nonce, const QHash<QString, qint64> &minRevisions = {});
    // Drops the reading: no request is sent any more, the answers on their way are ignored,
    // and finished() does not come.
    void cancel();
    bool isRunning() const { return m_running; }
    int done() const;
    int total() const { return int(m_fetchers.size()); }
    // One reading per endpoint, in the order given, once finished().
    QList<ClusterReading> readings() const { return m_readings; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    void onFetched();

    QList<QPointer<ClusterResourcesFetcher>> m_fetchers;
    QList<ClusterReading> m_readings;
    bool m_running = false;
};
