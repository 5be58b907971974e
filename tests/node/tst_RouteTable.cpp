// RouteTable on its own: scopes by path prefix, patterns with {…} segments, and the 404, 405
// (with Allow) and 403 answers every route shares, without a server.

#include "RouteTable.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace node;

namespace {

QStringList path(const QString &text)
{
    return text.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

Identity identity(const QString &user, Role role)
{
    Identity result;
    result.user = user;
    result.role = role;
    return result;
}

QString detailOf(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body)
        .object()
        .value(QLatin1String("detail"))
        .toString();
}

} // namespace

class tst_RouteTable final : public QObject
{
    Q_OBJECT

private:
    RouteTable m_table;
    QStringList m_ran; // which handler ran, by name
    bool m_faultsOn = false;

    Route::Handler recorder(const QString &name)
    {
        return [this, name](const RouteCall &) { m_ran.append(name); };
    }

    // Runs what resolve() chose; returns the refusal's status, or 0 when a handler ran.
    int run(const QByteArray &method, const QString &target, const Identity *identity = nullptr,
            HttpResponse *refusal = nullptr)
    {
        auto resolved = m_table.resolve(method, path(target), identity);
        if (auto *response = std::get_if<HttpResponse>(&resolved)) {
            if (refusal)
                *refusal = *response;
            return response->status;
        }
        const NodeRequest request;
        const ExchangePtr exchange;
        std::get<const Route *>(resolved)->handler({request, exchange, identity, {}});
        return 0;
    }

private Q_SLOTS:
    void init()
    {
        m_table = RouteTable();
        m_ran.clear();
        m_faultsOn = false;
        m_table.addScope(QStringLiteral("/healthz"), Access::Open);
        m_table.addScope(QStringLiteral("/security/{}/{}"), Access::Client);
        m_table.addScope(QStringLiteral("/api/v1"), Access::SignedIn);
        m_table.addScope(QStringLiteral("/internal/v1"), Access::PeersOnly);
        m_table.add({{}, QStringLiteral("/healthz"), recorder(QStringLiteral("health"))});
        m_table.add({"GET", QStringLiteral("/api/v1/resources"), recorder(QStringLiteral("list"))});
        const QString one = QStringLiteral("/api/v1/resources/{type}/{name}");
        const QString readOnly = QStringLiteral("user \"%1\" may only read");
        m_table.add({"GET", one, recorder(QStringLiteral("get"))});
        m_table.add({"PUT", one, recorder(QStringLiteral("put")), Role::Admin, readOnly});
        m_table.add({"DELETE", one, recorder(QStringLiteral("delete")), Role::Admin, readOnly});
        const auto faultsOn = [this] { return m_faultsOn; };
        m_table.add({"GET",
                     QStringLiteral("/internal/v1/faults"),
                     recorder(QStringLiteral("faults")),
                     Role::Viewer,
                     {},
                     faultsOn});
        m_table.add({"POST",
                     QStringLiteral("/internal/v1/faults"),
                     recorder(QStringLiteral("setFaults")),
                     Role::Viewer,
                     {},
                     faultsOn});
    }

    void scopes()
    {
        QCOMPARE(m_table.scopeOf(path(QStringLiteral("/healthz"))), Access::Open);
        QCOMPARE(m_table.scopeOf(path(QStringLiteral("/api/v1"))), Access::SignedIn);
        QCOMPARE(m_table.scopeOf(path(QStringLiteral("/api/v1/no/such/thing"))), Access::SignedIn);
        QCOMPARE(m_table.scopeOf(path(QStringLiteral("/internal/v1/status"))), Access::PeersOnly);
        QCOMPARE(m_table.scopeOf(path(QStringLiteral("/security/rest/token"))), Access::Client);
        // A prefix's {…} segments must be there: /security/rest is in no scope.
        QVERIFY(!m_table.scopeOf(path(QStringLiteral("/security/rest"))));
        QVERIFY(!m_table.scopeOf(path(QStringLiteral("/api/v2/node"))));
        QVERIFY(!m_table.scopeOf(path(QStringLiteral("/api"))));
        QVERIFY(!m_table.scopeOf({}));
    }

    void patternsMatchWholePaths()
    {
        QCOMPARE(run("GET", QStringLiteral("/api/v1/resources")), 0);
        QCOMPARE(run("GET", QStringLiteral("/api/v1/resources/cache/main")), 0);
        QCOMPARE(m_ran, (QStringList{QStringLiteral("list"), QStringLiteral("get")}));
        HttpResponse refusal;
        QCOMPARE(run("GET", QStringLiteral("/api/v1/resources/cache"), nullptr, &refusal), 404);
        QCOMPARE(QJsonDocument::fromJson(refusal.body).object().value(QLatin1String("type")),
                 QStringLiteral("https://clusterdesk.example/problems/no-route"));
        QCOMPARE(run("GET", QStringLiteral("/api/v1/resources/cache/main/extra")), 404);
        QCOMPARE(run("GET", QStringLiteral("/api/v1")), 404);
    }

    void anyMethodRoute()
    {
        for (const QByteArray &method : {QByteArray("GET"), QByteArray("HEAD"), QByteArray("POST")})
            QCOMPARE(run(method, QStringLiteral("/healthz")), 0);
        QCOMPARE(m_ran.size(), 3);
    }

    void wrongMethodNamesTheAllowedOnes()
    {
        HttpResponse refusal;
        QCOMPARE(run("POST", QStringLiteral("/api/v1/resources/cache/main"), nullptr, &refusal),
                 405);
        QCOMPARE(refusal.header("Allow"), QByteArray("GET, PUT, DELETE"));
        QCOMPARE(detailOf(refusal), QStringLiteral("use GET, PUT or DELETE"));
        QCOMPARE(run("HEAD", QStringLiteral("/api/v1/resources"), nullptr, &refusal), 405);
        QCOMPARE(refusal.header("Allow"), QByteArray("GET"));
        QCOMPARE(detailOf(refusal), QStringLiteral("use GET"));
        QVERIFY(m_ran.isEmpty());
    }

    void roleIsCheckedAfterTheMethod()
    {
        const Identity viewer = identity(QStringLiteral("ann"), Role::Viewer);
        const Identity admin = identity(QStringLiteral("root"), Role::Admin);
        HttpResponse refusal;
        QCOMPARE(run("PUT", QStringLiteral("/api/v1/resources/cache/main"), &viewer, &refusal),
                 403);
        QCOMPARE(detailOf(refusal), QStringLiteral("user \"ann\" may only read"));
        QCOMPARE(run("DELETE", QStringLiteral("/api/v1/resources/cache/main"), &viewer), 403);
        // The method is judged first: a viewer's PATCH is a 405, not a 403.
        QCOMPARE(run("PATCH", QStringLiteral("/api/v1/resources/cache/main"), &viewer), 405);
        QCOMPARE(run("GET", QStringLiteral("/api/v1/resources/cache/main"), &viewer), 0);
        QCOMPARE(run("PUT", QStringLiteral("/api/v1/resources/cache/main"), &admin), 0);
        QCOMPARE(m_ran, (QStringList{QStringLiteral("get"), QStringLiteral("put")}));
        // A route that needs a role never runs for a caller nobody signed in.
        QCOMPARE(run("PUT", QStringLiteral("/api/v1/resources/cache/main")), 403);
        QCOMPARE(m_ran.size(), 2);
    }

    void switchedOffRouteIsAbsent()
    {
        const QStringList faults = path(QStringLiteral("/internal/v1/faults"));
        QVERIFY(m_table.isSwitchedOff(faults));
        QVERIFY(!m_table.isSwitchedOff(path(QStringLiteral("/internal/v1/nothing"))));
        QCOMPARE(run("GET", QStringLiteral("/internal/v1/faults")), 404);
        QCOMPARE(run("PUT", QStringLiteral("/internal/v1/faults")), 404);
        m_faultsOn = true;
        QVERIFY(!m_table.isSwitchedOff(faults));
        HttpResponse refusal;
        QCOMPARE(run("PUT", QStringLiteral("/internal/v1/faults"), nullptr, &refusal), 405);
        QCOMPARE(refusal.header("Allow"), QByteArray("GET, POST"));
        QCOMPARE(detailOf(refusal), QStringLiteral("use GET or POST"));
        QCOMPARE(run("POST", QStringLiteral("/internal/v1/faults")), 0);
        QCOMPARE(m_ran, QStringList{QStringLiteral("setFaults")});
    }

    // Metrics name a request by its route's pattern: the same few names whatever the path.
    void patternOfAPath()
    {
        const QString one = QStringLiteral("/api/v1/resources/{type}/{name}");
        QCOMPARE(m_table.patternOf(path(QStringLiteral("/api/v1/resources/jdbc/orders"))), one);
        QCOMPARE(m_table.patternOf(path(QStringLiteral("/api/v1/resources/cache/x%22y"))), one);
        QCOMPARE(m_table.patternOf(path(QStringLiteral("/api/v1/resources"))),
                 QStringLiteral("/api/v1/resources"));
        QCOMPARE(m_table.patternOf(path(QStringLiteral("/healthz"))), QStringLiteral("/healthz"));
        // Switched off it is still that route (answered 404), never the raw path.
        QCOMPARE(m_table.patternOf(path(QStringLiteral("/internal/v1/faults"))),
                 QStringLiteral("/internal/v1/faults"));
        QCOMPARE(m_table.patternOf(path(QStringLiteral("/api/v1/resources/jdbc"))), QString());
        QCOMPARE(m_table.patternOf(path(QStringLiteral("/nowhere/at/all"))), QString());
        QCOMPARE(m_table.patternOf({}), QString());
    }
};

QTEST_GUILESS_MAIN(tst_RouteTable)
#include "tst_RouteTable.moc"
