#pragma once
// /api/v1/resources: reads answered from this node's copy; writes applied on the primary
// (directly or via /internal/v1/write) and forwarded by replicas, which answer once the
// write has replicated back to them.

#include "Credentials.h"
#include "NodeContext.h"
#include "NodeRequest.h"
#include "RouteTable.h"

#include <QJsonObject>
#include <optional>

namespace node {

// A public PUT/DELETE as the primary applies it; also the body of /internal/v1/write.
struct WriteCommand
{
    QByteArray method; // "PUT" or "DELETE"
    QString type;
    QString name;
    QString user;
    std::optional<QByteArray> ifMatch;
    std::optional<QByteArray> ifNoneMatch;
    QByteArray body;   // the client's raw body (PUT), forwarded byte for byte
    QString requestId; // Idempotency-Key or a generated id, recorded with the change

    QJsonObject toJson() const;
    static std::optional<WriteCommand> fromJson(const QJsonObject &object);
};

class ResourceRoutes final
{
public:
    explicit ResourceRoutes(NodeContext &context);

    void addRoutes(RouteTable &table);
    // Primary only: validates and applies one write, returning the public answer.
    HttpResponse applyWrite(const WriteCommand &command);

private:
    void list(const NodeRequest &request, const ExchangePtr &exchange);
    void get(const QString &type, const QString &name, const ExchangePtr &exchange);
    // PUT or DELETE /api/v1/resources/{type}/{name} as the caller sent it.
    void write(const NodeRequest &request, const Identity &identity, const ExchangePtr &exchange);
    void write(const WriteCommand &command, const ExchangePtr &exchange);
    HttpResponse applyPut(const WriteCommand &command);
    HttpResponse applyDelete(const WriteCommand &command);
    void forward(const WriteCommand &command, const ExchangePtr &exchange);

    NodeContext &m_context;
};

} // namespace node
