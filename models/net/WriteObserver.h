#pragma once
// WriteObserver: the activity log's hook on the write path. Every ApiClient tells the observers
// added here about each write it sends (PUT, POST, PATCH, DELETE) and how it ended, so nothing
// that writes through the API client can forget to be recorded. The notice carries no body and
// no credentials.

#include "ApiRequest.h"

#include <QByteArray>
#include <QString>

struct WriteNotice
{
    QString requestId; // the X-Request-Id sent with the write
    QByteArray method;
    QString path;
    bool createOnly = false; // If-None-Match: * (a create)
    QString targetNodeId;
    // Who and where, as the client's owner named them (ApiClient::setClusterIdentity).
    QString clusterId;
    QString clusterName;
    QString clusterUser;
    qint64 sentAtMs = 0; // when the client accepted it, Unix epoch milliseconds
};

class WriteObserver
{
public:
    virtual ~WriteObserver() = default;

    // Both run on the thread of the client that sends, under the observers' lock: an observer
    // must be thread-safe, quick, and must not add or remove observers from inside.
    virtual void writeSent(const WriteNotice &notice) = 0;
    // `transmitted`: the request reached the network (false: refused before it was sent, e.g.
    // the sign-in failed or it was cancelled while waiting for a token).
    virtual void writeFinished(const WriteNotice &notice, const ApiResult &result,
                               bool transmitted) = 0;
};

// The process-wide list of observers; each must be removed before it is destroyed.
namespace WriteObservers {
void add(WriteObserver *observer);
void remove(WriteObserver *observer);
// Whether `method` changes something on the server (everything but GET, HEAD and OPTIONS).
bool isWrite(const QByteArray &method);
void notifySent(const WriteNotice &notice);
void notifyFinished(const WriteNotice &notice, const ApiResult &result, bool transmitted);
} // namespace WriteObservers
