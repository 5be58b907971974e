// AuthRoutes through the route table, on a node inside this process: the token route signs in
// with Basic only, logout takes only GET with a token, and the /security scope answers 404 for
// paths it does not have and 421 for a request meant for another node.

#include "InProcessNode.h"

#include <QTest>

using namespace node;

class tst_AuthRoutes final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<InProcessNode> m_nodes;
    NodeInstance *m_node = nullptr;

    QUrl url(const QString &path) const { return m_nodes->url(*m_node, path); }

    QByteArray bearer()
    {
        const NodeAnswer token =
            m_nodes->call("GET", url(QStringLiteral("/security/rest/token/access/session/5")));
        return "Bearer " + token.json.value(QLatin1String("access_token")).toString().toLatin1();
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

    void token()
    {
        const NodeAnswer token =
            m_nodes->call("GET", url(QStringLiteral("/security/rest/token/access/session/5")), {},
                          {}, InProcessNode::kViewer);
        QCOMPARE(token.status, 200);
        QCOMPARE(token.json.value(QLatin1String("username")).toString(), QStringLiteral("viewer"));
        QVERIFY(!token.json.value(QLatin1String("access_token")).toString().isEmpty());
        QVERIFY(!token.json.value(QLatin1String("session")).toString().isEmpty());
        // The route takes any method; what matters is the Basic credential.
        QCOMPARE(m_nodes->call("POST", url(QStringLiteral("/security/rest/token/access/session/5")))
                     .status,
                 200);
        for (const char *ttl : {"0", "1441", "five"}) {
            QCOMPARE(m_nodes
                         ->call("GET", url(QStringLiteral("/security/rest/token/access/session/") +
                                           QLatin1String(ttl)))
                         .status,
                     400);
        }
        QCOMPARE(m_nodes
                     ->call("GET", url(QStringLiteral("/security/rest/token/access/session/5")), {},
                            {}, "admin:wrong")
                     .status,
                 401);
        // A token does not buy another token: sign-in is Basic only.
        QCOMPARE(m_nodes
                     ->call("GET", url(QStringLiteral("/security/rest/token/access/session/5")),
                            {{"Authorization", bearer()}}, {}, {})
                     .status,
                 401);
    }

    void logout()
    {
        const QByteArray token = bearer();
        const QUrl logout = url(QStringLiteral("/security/rest/token/logout"));
        const NodeAnswer wrongMethod =
            m_nodes->call("POST", logout, {{"Authorization", token}}, {}, {});
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.headers.value("allow"), QByteArray("GET"));
        QCOMPARE(m_nodes->call("GET", logout).status, 401); // Basic is not a session
        const NodeAnswer done = m_nodes->call("GET", logout, {{"Authorization", token}}, {}, {});
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json.value(QLatin1String("revoked")).toBool(), true);
        // The session is over on this node at once.
        QCOMPARE(m_nodes
                     ->call("GET", url(QStringLiteral("/api/v1/session")),
                            {{"Authorization", token}}, {}, {})
                     .status,
                 401);
    }

    void scopeAnswers()
    {
        // Short of three segments /security is no scope; inside it, unknown paths are 404.
        QCOMPARE(m_nodes->call("GET", url(QStringLiteral("/security/rest"))).status, 404);
        QCOMPARE(m_nodes->call("GET", url(QStringLiteral("/security/rest/token"))).status, 404);
        QCOMPARE(m_nodes->call("GET", url(QStringLiteral("/security/rest/token/logout/x"))).status,
                 404);
        const NodeAnswer misdirected =
            m_nodes->call("GET", url(QStringLiteral("/security/rest/token/access/session/5")),
                          {{"X-Cluster-Node", "n2"}});
        QCOMPARE(misdirected.status, 421);
        QCOMPARE(m_nodes
                     ->call("GET", url(QStringLiteral("/security/rest/token/access/session/5")),
                            {{"X-Cluster-Node", "n1"}})
                     .status,
                 200);
    }
};

QTEST_GUILESS_MAIN(tst_AuthRoutes)
#include "tst_AuthRoutes.moc"
