#pragma once
// Nodes run inside the test process on free loopback ports (NodeInstance), with a users file
// (admin, viewer) and a cluster secret in a temporary directory, and a client that sends one
// request and waits for its answer. For the route groups' unit tests: real HTTP, no processes.

#include "NodeInstance.h"

#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <memory>

struct NodeAnswer
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    qint64 sentUs = 0;     // the test's clock (system, Unix µs) just before sending
    qint64 answeredUs = 0; // and when the answer was complete
};

class InProcessNode final
{
public:
    static const QByteArray kSecret;
    static const QByteArray kAdmin;  // "admin:pw-admin"
    static const QByteArray kViewer; // "viewer:pw-viewer"

    InProcessNode();
    ~InProcessNode();
    InProcessNode(const InProcessNode &) = delete;
    InProcessNode &operator=(const InProcessNode &) = delete;

    // Options for node `id`, its own primary, fault injection allowed; tests adjust them.
    node::NodeOptions options(const QString &id) const;
    // Starts a node; nullptr (and `error`) when it does not start.
    node::NodeInstance *start(const node::NodeOptions &options, QString *error);

    QUrl url(const node::NodeInstance &node, const QString &pathAndQuery) const;
    // `user` "name:password" for Basic, empty for none.
    NodeAnswer call(const QByteArray &method, const QUrl &url,
                    const QList<QPair<QByteArray, QByteArray>> &headers = {},
                    const QByteArray &body = {}, const QByteArray &user = kAdmin);
    // An /internal/v1 call as a peer makes it: direct, with the cluster secret.
    NodeAnswer callAsPeer(const QByteArray &method, const QUrl &url, const QByteArray &body = {});

    static qint64 nowUs();
    static QByteArray resourceBody(const QString &url);

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::vector<std::unique_ptr<node::NodeInstance>> m_nodes;
};
