#pragma once
// One request's pending answer: the responder plus a guarded pointer to its socket, so an
// answer given later (forwarded write, long-poll, injected delay) is written only if the
// client is still connected, and exactly once.

#include "HttpResponse.h"

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <functional>
#include <memory>

namespace node {

class HttpExchange final
{
public:
    using Decorator = std::function<void(HttpResponse &)>;
    // Gets the status sent (also when the client had left before it could be written), or 0
    // when the exchange died unanswered.
    using Finished = std::function<void(int status)>;

    HttpExchange(QHttpServerResponder &&responder, QTcpSocket *socket);
    ~HttpExchange();
    HttpExchange(const HttpExchange &) = delete;
    HttpExchange &operator=(const HttpExchange &) = delete;

    // Runs on every response just before it is written (common headers).
    void setDecorator(Decorator decorator) { m_decorator = std::move(decorator); }
    // Runs once: after the answer is written, or when the exchange dies unanswered.
    void setFinishedCallback(Finished finished) { m_finished = std::move(finished); }

    // A HEAD request gets the headers (Content-Length included) but no body.
    void setOmitBody(bool omit) { m_omitBody = omit; }

    bool isConnected() const;
    bool isAnswered() const { return m_answered; }
    void send(HttpResponse response);

private:
    void finish();

    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    Decorator m_decorator;
    Finished m_finished;
    int m_status = 0;
    bool m_answered = false;
    bool m_omitBody = false;
};

using ExchangePtr = std::shared_ptr<HttpExchange>;

} // namespace node
