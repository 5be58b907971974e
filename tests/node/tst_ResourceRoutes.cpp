// ResourceRoutes (and SecretDigestRoutes, which shares its path) through the route table, on
// a node inside this process: reads for every signed-in user, writes for admins only with an
// Idempotency-Key and preconditions, 405 with Allow, and the admin-only secret digests.

#include "InProcessNode.h"
#include "SecretDigestRoutes.h"

#include <QTest>

using namespace node;

namespace {
const QByteArray kNonce = "00112233445566778899aabbccddeeff";
}

class tst_ResourceRoutes final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<InProcessNode> m_nodes;
    NodeInstance *m_node = nullptr;

    QUrl url(const QString &path) const { return m_nodes->url(*m_node, path); }

    NodeAnswer create(const QString &name)
    {
        return m_nodes->call("PUT", url(QStringLiteral("/api/v1/resources/jdbc/") + name),
                             {{"If-None-Match", "*"}, {"Content-Type", "application/json"}},
                             InProcessNode::resourceBody(QStringLiteral("jdbc:pg:") + name));
    }

private Q_SLOTS:
    void init()
    {
        m_nodes = std::make_unique<InProcessNode>();
        QString error;
        m_node = m_nodes->start(m_nodes->options(QStringLiteral("n1")), &error);
        QVERIFY2(m_node, qPrintable(error));
    }

    void cleanup() { m_nodes.reset(); }

    void listAndGet()
    {
        QCOMPARE(create(QStringLiteral("orders")).status, 201);
        const NodeAnswer list = m_nodes->call("GET", url(QStringLiteral("/api/v1/resources")), {},
                                              {}, InProcessNode::kViewer);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json.value(QLatin1String("resources")).toArray().size(), 1);
        QCOMPARE(m_nodes->call("GET", url(QStringLiteral("/api/v1/resources?type=nope"))).status,
                 404);
        const NodeAnswer one =
            m_nodes->call("GET", url(QStringLiteral("/api/v1/resources/jdbc/orders")), {}, {},
                          InProcessNode::kViewer);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.headers.value("etag"), QByteArray("\"1\""));
        QCOMPARE(m_nodes->call("GET", url(QStringLiteral("/api/v1/resources/jdbc/none"))).status,
                 404);
        QCOMPARE(m_nodes->call("GET", url(QStringLiteral("/api/v1/resources/nope/x"))).status, 404);
        const NodeAnswer listWrite =
            m_nodes->call("POST", url(QStringLiteral("/api/v1/resources")), {}, "{}");
        QCOMPARE(listWrite.status, 405);
        QCOMPARE(listWrite.headers.value("allow"), QByteArray("GET"));
    }

    void writes()
    {
        const QUrl orders = url(QStringLiteral("/api/v1/resources/jdbc/orders"));
        const QByteArray body = InProcessNode::resourceBody(QStringLiteral("jdbc:pg:a"));
        const NodeAnswer viewer =
            m_nodes->call("PUT", orders, {{"If-None-Match", "*"}}, body, InProcessNode::kViewer);
        QCOMPARE(viewer.status, 403);
        QCOMPARE(viewer.json.value(QLatin1String("detail")).toString(),
                 QStringLiteral("user \"viewer\" may only read"));
        QCOMPARE(
            m_nodes->call("DELETE", orders, {{"If-Match", "*"}}, {}, InProcessNode::kViewer).status,
            403);
        const NodeAnswer patch = m_nodes->call("PATCH", orders, {}, body, InProcessNode::kViewer);
        QCOMPARE(patch.status, 405); // the method is judged before the role
        QCOMPARE(patch.headers.value("allow"), QByteArray("GET, PUT, DELETE"));
        QCOMPARE(m_nodes->call("PUT", orders, {{"Idempotency-Key", "has space"}}, body).status,
                 400);
        QCOMPARE(m_nodes->call("PUT", orders, {}, body).status, 428);
        QCOMPARE(m_nodes->call("PUT", orders, {{"If-None-Match", "*"}}, "{not json").status, 400);
        QCOMPARE(create(QStringLiteral("orders")).status, 201);
        QCOMPARE(create(QStringLiteral("orders")).status, 412);
        QCOMPARE(m_nodes->call("DELETE", orders).status, 428);
        QCOMPARE(m_nodes->call("DELETE", orders, {{"If-Match", "\"7\""}}).status, 412);
        QCOMPARE(m_nodes->call("DELETE", orders, {{"If-Match", "\"1\""}}).status, 204);
        QCOMPARE(m_nodes->call("GET", orders).status, 404);
    }

    void secretDigests()
    {
        QCOMPARE(create(QStringLiteral("orders")).status, 201);
        const QString path = QStringLiteral("/api/v1/resources/jdbc/orders/secret-digests?nonce=") +
                             QString::fromLatin1(kNonce);
        const NodeAnswer digests = m_nodes->call("GET", url(path));
        QCOMPARE(digests.status, 200);
        QCOMPARE(digests.json.value(QLatin1String("digests"))
                     .toObject()
                     .value(QLatin1String("password"))
                     .toString()
                     .toLatin1(),
                 SecretDigestRoutes::digest(kNonce, QStringLiteral("pw")));
        const NodeAnswer viewer = m_nodes->call("GET", url(path), {}, {}, InProcessNode::kViewer);
        QCOMPARE(viewer.status, 403);
        QCOMPARE(viewer.json.value(QLatin1String("detail")).toString(),
                 QStringLiteral("user \"viewer\" may not compare secrets"));
        const NodeAnswer post = m_nodes->call("POST", url(path), {}, {}, InProcessNode::kViewer);
        QCOMPARE(post.status, 405);
        QCOMPARE(post.headers.value("allow"), QByteArray("GET"));
        QCOMPARE(m_nodes
                     ->call("GET", url(QStringLiteral(
                                       "/api/v1/resources/jdbc/orders/secret-digests?nonce=xyz")))
                     .status,
                 400);
        QCOMPARE(m_nodes
                     ->call("GET", url(QStringLiteral("/api/v1/resources/jdbc/none/secret-digests"
                                                      "?nonce=") +
                                       QString::fromLatin1(kNonce)))
                     .status,
                 404);
    }
};

QTEST_GUILESS_MAIN(tst_ResourceRoutes)
#include "tst_ResourceRoutes.moc"
