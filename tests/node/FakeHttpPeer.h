#pragma once
// A stand-in for another node: a QTcpServer speaking just enough HTTP/1.1 for the node's own
// clients (Replicator, Membership). A test decides per request what comes back: an answer,
// nothing yet (held, as a long-poll), or a connection dropped without an answer.

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>
#include <functional>
#include <optional>

class QTcpSocket;

struct FakeRequest
{
    QByteArray method;
    QUrl target;                           // path and query as sent
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

struct FakeAnswer
{
    int status = 200;
    QByteArray body;
    bool drop = false; // close the connection without a byte of answer

    static FakeAnswer json(const QJsonObject &object, int status = 200);
    static FakeAnswer dropped();
};

class FakeHttpPeer final : public QObject
{
    Q_OBJECT

public:
    // nullopt holds the request unanswered until the peer is closed.
    using Handler = std::function<std::optional<FakeAnswer>(const FakeRequest &)>;

    explicit FakeHttpPeer(QObject *parent = nullptr);
    ~FakeHttpPeer() override;

    bool listen(); // a free loopback port
    QUrl url() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Stops listening and drops every held connection: the peer is gone.
    void close();

    QList<FakeRequest> requests; // every request seen, in order

Q_SIGNALS:
    void requestSeen();

private:
    void readFrom(QTcpSocket *socket);

    QTcpServer m_server;
    quint16 m_port = 0;
    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_held;
};
