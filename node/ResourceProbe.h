#pragma once
// ResourceProbe: what one node can find out about a resource definition without side effects,
// within a time budget: the host resolves, a TCP connection opens, a TLS handshake verifies the
// certificate against the host name, a web service answers HEAD (OPTIONS on 405), a database's
// location exists and is readable here. Everything runs asynchronously on the serving thread
// (QHostInfo, QTcpSocket, QSslSocket, QNetworkAccessManager) except the file check, which may
// hang on a dead mount and so runs on a worker pool; the first failing check ends the probe.

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QAbstractSocket;
class QNetworkAccessManager;
class QNetworkReply;
class QThreadPool;

namespace node {

// What to check, taken from a resource's type and spec (secrets are never read).
struct ProbePlan
{
    QString host; // empty: no network checks
    int port = 0;
    bool tls = false;
    QUrl httpUrl;     // a web service: HEAD, then OPTIONS on 405
    QString location; // a database: a file or directory on this node
    QString skipped;  // why nothing can be checked (e.g. a JDBC URL without a host)

    // A relative location is taken from `baseDirectory` (the node's data directory).
    static ProbePlan forResource(const QString &type, const QJsonObject &spec,
                                 const QString &baseDirectory = {});
};

class ResourceProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceProbe)

public:
    // `network` and `files` (not owned) must outlive the probe.
    ResourceProbe(ProbePlan plan, std::chrono::milliseconds budget, QNetworkAccessManager *network,
                  QThreadPool *files, QObject *parent = nullptr);
    ~ResourceProbe() override;

    void start();

Q_SIGNALS:
    // Once: every check made, in order, as {"check","ok","ms"[,"reason"][,"target"][,"status"]}.
    void finished(bool ok, const QJsonArray &checks);

private:
    enum class Step { Resolve, Connect, Tls, Http, Location, Done };

    void next();
    void resolve();
    void connectTcp();
    void handshake();
    void request(const QByteArray &method);
    void checkLocation();
    void pass(const QJsonObject &extra = {});
    void fail(const QString &reason, const QJsonObject &extra = {});
    void record(bool ok, const QString &reason, const QJsonObject &extra);
    void timedOut();
    void finish();
    void dropSocket();
    QString target() const;

    ProbePlan m_plan;
    std::chrono::milliseconds m_budget;
    QNetworkAccessManager *m_network;
    QThreadPool *m_files;
    Step m_step = Step::Resolve;
    QJsonArray m_checks;
    bool m_ok = true;
    bool m_done = false;
    QElapsedTimer m_total;
    QElapsedTimer m_stepTimer;
    QTimer m_deadline;
    int m_lookupId = -1;
    QHostAddress m_address;
    QAbstractSocket *m_socket = nullptr;
    QPointer<QNetworkReply> m_reply;
};

} // namespace node
