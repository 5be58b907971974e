#pragma once
// clusterdesk-node --reseed-from URL: the documented recovery of a node whose configuration
// history is wrong (an emptied or older primary, a copy of another cluster). It reads the
// whole change log, with its history id, from the node at URL, and only once it has all of it
// puts the old database aside (config.sqlite.replaced-<time>, never deleted) and writes a new
// one holding that history. The node must be stopped; it is started as usual afterwards.

#include "ConfigDatabase.h"
#include "NodeOptions.h"

#include <QNetworkAccessManager>
#include <QObject>

namespace node {

class Reseeder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reseeder)

public:
    Reseeder(const NodeOptions &options, QByteArray clusterSecret, QObject *parent = nullptr);

    void start(); // finished() follows, once

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void fetch(qint64 after);
    void handlePage(const QJsonObject &page);
    void install();
    bool writeDatabase(const QString &directory, QString *error) const;

    const NodeOptions &m_options;
    QByteArray m_clusterSecret;
    QNetworkAccessManager m_network;
    QList<ChangeEntry> m_entries;
    QString m_historyId;
    qint64 m_targetRevision = -1;
};

} // namespace node
