#include "TcpListen.h"

#include <QCoreApplication>
#include <QTcpServer>

namespace TcpListen {

bool listen(QTcpServer &server, const QHostAddress &address, quint16 port, QString *error)
{
    if (server.listen(address, port))
        return true;
    *error = QCoreApplication::translate("TcpListen", "cannot listen on %1 port %2: %3")
                 .arg(address.toString())
                 .arg(port)
                 .arg(server.errorString());
    return false;
}

quint16 firstPort(const QList<QTcpServer *> &servers)
{
    return servers.isEmpty() ? 0 : servers.first()->serverPort();
}

} // namespace TcpListen
