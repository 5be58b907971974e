#pragma once
// HostileHttpServer: a tiny HTTP/1.1 server on 127.0.0.1 (optionally TLS) that misbehaves on
// purpose (malformed JSON, huge bodies, silence, foreign redirects, load-balancer pages) or
// answers programmed responses, and counts requests and concurrent connections for tests.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <unordered_map>
#include <utility>

class QTcpSocket;

class HostileHttpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostileHttpServer)

public:
    enum class Mode {
        Normal,              // programmed routes / handler / default response
        MalformedJson,       // 200 application/json with a truncated document
        HugeBody,            // 200 with Content-Length: hugeBodyBytes, streamed
        HugeBodyUnannounced, // the same without Content-Length (ends at close)
        NeverAnswers,        // reads the request, never writes
        RedirectToOtherHost, // 302 to http://127.0.0.2:<port><same path>
        Html502,             // 502 text/html, as a load balancer writes it
        WrongContentType,    // 200 text/plain
        Slow                 // the Normal answer, after slowDelay
    };

    using Header = std::pair<QByteArray, QByteArray>;

    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QList<Header> headers;
        QByteArray body;

        QByteArray path() const;
        QByteArray header(QByteArrayView name) const; // case-insensitive; empty if absent
    };

    struct Response
    {
        int status = 200;
        QList<Header> headers; // Content-Length is added
        QByteArray body;

        static Response json(int status, const QByteArray &body);
        static Response problem(int status, const QByteArray &body);
    };
    using Handler = std::function<Response(const Request &)>;

    explicit HostileHttpServer(QObject *parent = nullptr);
    ~HostileHttpServer() override;

    // Listens on 127.0.0.1 with a free port.
    bool start();
    QUrl url() const;

    // Serve TLS with this certificate and key (call before requests arrive).
    void setTls(const QSslCertificate &certificate, const QSslKey &key);

    void setMode(Mode mode) { m_mode = mode; }
    void setSlowDelay(std::chrono::milliseconds delay) { m_slowDelay = delay; }
    void setHugeBodyBytes(qint64 bytes) { m_hugeBodyBytes = bytes; }
    // Added to every Normal/Slow answer that does not set them: X-Cluster-Node-Id and
    // X-Config-Revision, as a node would.
    void setNodeIdentity(const QByteArray &nodeId, qint64 revision);

    void setRoute(const QByteArray &path, const Response &response);
    void setDefaultResponse(const Response &response) { m_defaultResponse = response; }
    // Takes precedence over routes; runs for every Normal/Slow request.
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    int requestCount() const { return int(m_requests.size()); }
    const QList<Request> &requests() const { return m_requests; }
    int openConnections() const { return m_openConnections; }
    int acceptedConnections() const { return m_acceptedConnections; }
    int maxConcurrentConnections() const { return m_maxConnections; }
    // Requests received and not yet fully answered, at most at any one time.
    int maxConcurrentRequests() const { return m_maxActiveRequests; }
    qint64 hugeBytesSent() const { return m_hugeBytesSent; }

Q_SIGNALS:
    void requestReceived(const HostileHttpServer::Request &request);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    struct Connection
    {
        QByteArray buffer;
        bool busy = false;   // a request is being answered
        bool active = false; // counted in m_activeRequests
        bool closeAfter = false;
        qint64 hugeRemaining = 0;
    };

    void setUp(QTcpSocket *socket);
    void processBuffer(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &request);
    Response normalResponse(const Request &request) const;
    void write(QTcpSocket *socket, const Response &response, bool withLength = true);
    void finishRequest(QTcpSocket *socket);
    void pumpHugeBody(QTcpSocket *socket);

    Mode m_mode = Mode::Normal;
    std::chrono::milliseconds m_slowDelay{500};
    qint64 m_hugeBodyBytes = 50 * 1024 * 1024;
    QByteArray m_nodeId;
    qint64 m_revision = -1;
    QHash<QByteArray, Response> m_routes;
    Response m_defaultResponse = Response::json(200, R"({"status":"ok"})");
    Handler m_handler;
    bool m_tls = false;
    QSslCertificate m_certificate;
    QSslKey m_key;

    std::unordered_map<QTcpSocket *, Connection> m_connections;
    QList<Request> m_requests;
    int m_openConnections = 0;
    int m_acceptedConnections = 0;
    int m_maxConnections = 0;
    int m_activeRequests = 0;
    int m_maxActiveRequests = 0;
    qint64 m_hugeBytesSent = 0;
};
