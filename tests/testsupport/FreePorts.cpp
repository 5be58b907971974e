#include "FreePorts.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpServer>

namespace {
// Linux hands out outgoing ports from 32768 up; stay below so a connection made by another
// process does not take a port between our check and the server's bind.
constexpr quint16 kFirstCandidate = 20000;
constexpr quint16 kLastCandidate = 32000;
} // namespace

std::optional<quint16> FreePorts::one()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return std::nullopt;
    return server.serverPort();
}

bool FreePorts::isFree(quint16 port)
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, port);
}

std::optional<quint16> FreePorts::block(int count)
{
    if (count < 1 || count > 1000)
        return std::nullopt;
    const int span = kLastCandidate - kFirstCandidate - count;
    for (int attempt = 0; attempt < 200; ++attempt) {
        const auto first =
            static_cast<quint16>(kFirstCandidate + QRandomGenerator::global()->bounded(span));
        bool allFree = true;
        for (int i = 0; i < count && allFree; ++i)
            allFree = isFree(static_cast<quint16>(first + i));
        if (allFree)
            return first;
    }
    return std::nullopt;
}
