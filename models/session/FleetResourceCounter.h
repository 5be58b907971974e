#pragma once
// FleetResourceCounter: counts each saved cluster's resources for the fleet table, through the
// cluster's pooled client (the one its page uses), so the fleet view only shows numbers.

#include <QObject>
#include <QPointer>

class ClientPool;

class FleetResourceCounter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetResourceCounter)

public:
    // `clients` is not owned.
    explicit FleetResourceCounter(ClientPool *clients, QObject *parent = nullptr);

    // Lists the cluster's resources; counted() when it answers. A cluster that cannot sign in
    // (no password, unusable TLS settings) or fails to answer is not counted.
    void count(const QString &profileId);

Q_SIGNALS:
    void counted(const QString &profileId, int resources);

private:
    QPointer<ClientPool> m_clients;
};
