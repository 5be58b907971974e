#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

class QTcpServer;

// Opening the port of a server that QAbstractHttpServer::bind() then serves.
namespace TcpListen {

// Starts `server` listening on address:port. On failure *error names the address, the port and
// the system's reason (so "address in use" reads as such) and false is returned; the caller
// still owns `server`.
bool listen(QTcpServer &server, const QHostAddress &address, quint16 port, QString *error);

// The port the first of `servers` listens on (the one asked for, or the one the system chose for
// port 0), or 0 when there is none.
quint16 firstPort(const QList<QTcpServer *> &servers);

} // namespace TcpListen
