#include "HttpExchange.h"

namespace node {

HttpExchange::HttpExchange(QHttpServerResponder &&responder, QTcpSocket *socket)
    : m_responder(std::move(responder))
    , m_socket(socket)
{}

HttpExchange::~HttpExchange()
{
    finish();
}

bool HttpExchange::isConnected() const
{
    return m_socket && m_socket->isOpen() && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpExchange::send(HttpResponse response)
{
    if (m_answered)
        return;
    m_answered = true;
    m_status = response.status;
    if (isConnected()) {
        if (m_decorator)
            m_decorator(response);
        m_responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
        for (const auto &[name, value] : std::as_const(response.headers))
            m_responder.writeHeader(name, value);
        m_responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
        m_responder.writeBody(m_omitBody ? QByteArray() : response.body);
    }
    finish();
}

void HttpExchange::finish()
{
    if (auto finished = std::exchange(m_finished, nullptr))
        finished(m_status);
}

} // namespace node
