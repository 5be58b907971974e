// The Spectrum-compatible mode on nodes inside this process: session and open tokens, ttl
// rules, the SESSION cookie and the cookie form of the token, idle expiry and its renewal,
// the host check on and off, logout, the /rest and /soap catalogues (stable descriptions,
// hiddenServices), the absent /api/v1, and the Date header with an injected clock offset.

#include "DateHeaderClock.h"
#include "FaultState.h"
#include "InProcessNode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

using namespace node;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct SignedIn
{
    QByteArray token;
    QByteArray session; // empty for an open token
    Headers headers() const
    {
        Headers list{{"Authorization", "Bearer " + token}};
        if (!session.isEmpty())
            list.append({"Cookie", "SESSION=" + session});
        return list;
    }
};

} // namespace

class tst_SpectrumRoutes final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<InProcessNode> m_nodes;
    NodeInstance *m_node = nullptr;

    NodeOptions spectrumOptions(const QString &id) const
    {
        NodeOptions options = m_nodes->options(id);
        options.spectrumCompatible = true;
        return options;
    }
    NodeInstance *startNode(const NodeOptions &options)
    {
        QString error;
        NodeInstance *node = m_nodes->start(options, &error);
        [&] { QVERIFY2(node, qPrintable(error)); }();
        return node;
    }
    QUrl url(const QString &path, const NodeInstance *node = nullptr) const
    {
        return m_nodes->url(node ? *node : *m_node, path);
    }
    NodeAnswer get(const QString &path, const Headers &headers = {},
                   const NodeInstance *node = nullptr)
    {
        return m_nodes->call("GET", url(path, node), headers, {}, {});
    }
    SignedIn signIn(const QString &path = QStringLiteral("/security/rest/token/access/session/5"),
                    const NodeInstance *node = nullptr, const Headers &headers = {})
    {
        const NodeAnswer answer = m_nodes->call("GET", url(path, node), headers, {});
        [&] { QCOMPARE(answer.status, 200); }();
        return {answer.json.value(QLatin1String("access_token")).toString().toLatin1(),
                answer.json.value(QLatin1String("session")).toString().toLatin1()};
    }

    struct RawAnswer
    {
        int status = 0;
        QByteArray body;
    };
    // GET from a chosen loopback address (QNetworkAccessManager cannot pick its source).
    RawAnswer rawGet(const QHostAddress &from, const QByteArray &path, const Headers &headers,
                     const NodeInstance *node = nullptr)
    {
        const quint16 port = (node ? *node : *m_node).port();
        QTcpSocket socket;
        [&] { QVERIFY(socket.bind(from)); }();
        socket.connectToHost(QHostAddress::LocalHost, port);
        QByteArray request = "GET " + path + " HTTP/1.1\r\n";
        bool hasHost = false;
        for (const auto &[name, value] : headers) {
            hasHost = hasHost || name.compare("Host", Qt::CaseInsensitive) == 0;
            request += name + ": " + value + "\r\n";
        }
        if (!hasHost)
            request += "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
        socket.write(request + "Connection: close\r\n\r\n");
        QByteArray raw; // the node answers on this thread: let the event loop run
        const auto complete = [&raw] {
            const qsizetype end = raw.indexOf("\r\n\r\n");
            if (end < 0)
                return false;
            static const QRegularExpression length(QStringLiteral("\r\ncontent-length: *(\\d+)"),
                                                   QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch match = length.match(QString::fromLatin1(raw.left(end)));
            return !match.hasMatch() || raw.size() - end - 4 >= match.captured(1).toLongLong();
        };
        (void)QTest::qWaitFor(
            [&] {
                raw += socket.readAll();
                return complete() || socket.state() == QAbstractSocket::UnconnectedState;
            },
            10000);
        raw += socket.readAll();
        const qsizetype split = raw.indexOf("\r\n\r\n");
        const QList<QByteArray> statusLine = raw.left(raw.indexOf("\r\n")).split(' ');
        return {statusLine.value(1).toInt(), split < 0 ? QByteArray() : raw.mid(split + 4)};
    }

private Q_SLOTS:
    void init()
    {
        m_nodes = std::make_unique<InProcessNode>();
        m_node = startNode(spectrumOptions(QStringLiteral("n1")));
    }
    void cleanup() { m_nodes.reset(); }

    void sessionToken()
    {
        const NodeAnswer answer = m_nodes->call(
            "GET", url(QStringLiteral("/security/rest/token/access/session/5")), {}, {});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QLatin1String("username")).toString(), QStringLiteral("admin"));
        QVERIFY(!answer.json.value(QLatin1String("access_token")).toString().isEmpty());
        QVERIFY(
            !QUuid::fromString(answer.json.value(QLatin1String("session")).toString()).isNull());
        const SignedIn token = signIn();
        QCOMPARE(get(QStringLiteral("/rest"), token.headers()).status, 200);
        // Without the SESSION cookie, or with another session's, the token is refused.
        QCOMPARE(get(QStringLiteral("/rest"), {{"Authorization", "Bearer " + token.token}}).status,
                 401);
        QCOMPARE(get(QStringLiteral("/rest"), {{"Authorization", "Bearer " + token.token},
                                               {"Cookie", "SESSION=" + signIn().session}})
                     .status,
                 401);
        // The cookie's name is upper case.
        QCOMPARE(get(QStringLiteral("/rest"), {{"Authorization", "Bearer " + token.token},
                                               {"Cookie", "session=" + token.session}})
                     .status,
                 401);
        // The cookie form of the token, beside the session cookie; in two Cookie fields (raw,
        // since QNetworkRequest keeps one field per name) and in one.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_node->port());
        QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
        socket.write("GET /rest HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_node->port()) +
                     "\r\nCookie: SESSION=" + token.session +
                     "\r\nCookie: spectrum.authentication.token=" + token.token +
                     "\r\nConnection: close\r\n\r\n");
        QByteArray raw; // the node answers on this thread: let the event loop run
        QTRY_VERIFY_WITH_TIMEOUT((raw += socket.readAll()).contains("\r\n"), 10000);
        QVERIFY2(raw.startsWith("HTTP/1.1 200"), raw.left(200).constData());
        QCOMPARE(get(QStringLiteral("/rest"),
                     {{"Cookie", "SESSION=" + token.session +
                                     "; spectrum.authentication.token=" + token.token}})
                     .status,
                 200);
    }

    void openToken()
    {
        const NodeAnswer answer = m_nodes->call(
            "GET", url(QStringLiteral("/security/rest/token/access/5?noCache=1733190000")), {}, {});
        QCOMPARE(answer.status, 200);
        QVERIFY(!answer.json.contains(QLatin1String("session")));
        QCOMPARE(answer.json.value(QLatin1String("username")).toString(), QStringLiteral("admin"));
        const SignedIn open{answer.json.value(QLatin1String("access_token")).toString().toLatin1(),
                            {}};
        QCOMPARE(get(QStringLiteral("/rest"), open.headers()).status, 200);
        QCOMPARE(get(QStringLiteral("/soap"),
                     {{"Cookie", "spectrum.authentication.token=" + open.token}})
                     .status,
                 200);
        // Nothing to log out of.
        QCOMPARE(get(QStringLiteral("/security/rest/token/logout"), open.headers()).status, 400);
    }

    void ttlRules_data()
    {
        QTest::addColumn<QString>("ttl");
        QTest::addColumn<int>("status");
        QTest::newRow("never") << QStringLiteral("0") << 200;
        QTest::newRow("a day") << QStringLiteral("1440") << 200;
        QTest::newRow("a year") << QStringLiteral("525600") << 200;
        QTest::newRow("negative") << QStringLiteral("-1") << 400;
        QTest::newRow("plus sign") << QStringLiteral("+5") << 400;
        QTest::newRow("words") << QStringLiteral("five") << 400;
        QTest::newRow("fraction") << QStringLiteral("1.5") << 400;
        QTest::newRow("huge") << QStringLiteral("999999999999") << 400;
    }
    void ttlRules()
    {
        QFETCH(QString, ttl);
        QFETCH(int, status);
        for (const QString &path : {QStringLiteral("/security/rest/token/access/session/"),
                                    QStringLiteral("/security/rest/token/access/")}) {
            const NodeAnswer answer = m_nodes->call("GET", url(path + ttl), {}, {});
            QCOMPARE(answer.status, status);
            if (status == 200) {
                const SignedIn token{
                    answer.json.value(QLatin1String("access_token")).toString().toLatin1(),
                    answer.json.value(QLatin1String("session")).toString().toLatin1()};
                QCOMPARE(get(QStringLiteral("/rest"), token.headers()).status, 200);
            }
        }
    }

    void signInNeedsBasic()
    {
        const QUrl token = url(QStringLiteral("/security/rest/token/access/session/5"));
        const NodeAnswer wrong = m_nodes->call("GET", token, {}, {}, "admin:wrong");
        QCOMPARE(wrong.status, 401);
        QVERIFY(wrong.headers.value("www-authenticate").startsWith("Basic"));
        QCOMPARE(m_nodes->call("GET", token, {}, {}, {}).status, 401);
        // A token does not buy another token.
        QCOMPARE(m_nodes->call("GET", token, signIn().headers(), {}, {}).status, 401);
    }

    void refusesBadTokensWith401()
    {
        const SignedIn token = signIn();
        QByteArray flipped = token.token;
        flipped[flipped.size() / 2] = flipped.at(flipped.size() / 2) == 'A' ? 'B' : 'A';
        for (const QByteArray &bad : {QByteArray("garbage"), QByteArray("."), QByteArray("a.b.c"),
                                      flipped, token.token + "x", QByteArray(5000, 'x') + ".y"}) {
            const NodeAnswer answer =
                get(QStringLiteral("/rest"),
                    {{"Authorization", "Bearer " + bad}, {"Cookie", "SESSION=" + token.session}});
            QCOMPARE(answer.status, 401);
            QCOMPARE(answer.headers.value("www-authenticate"),
                     QByteArray("Bearer error=\"invalid_token\""));
        }
        const NodeAnswer none = get(QStringLiteral("/rest"));
        QCOMPARE(none.status, 401);
        QVERIFY(none.headers.contains("www-authenticate"));
    }

    void idleSessionExpires()
    {
        m_nodes.reset();
        m_nodes = std::make_unique<InProcessNode>();
        NodeOptions options = spectrumOptions(QStringLiteral("idle"));
        options.spectrumSessionIdleSeconds = 10;
        m_node = startNode(options);
        FaultState &clock = m_node->faults(); // the node's clock: moved, not waited for
        const SignedIn session = signIn();
        const SignedIn open = signIn(QStringLiteral("/security/rest/token/access/5"));
        // Each use renews the idle time: 16 s after sign-in, but never 10 s without use.
        for (const qint64 offsetMs : {8'000, 16'000}) {
            clock.setClockOffsetMs(offsetMs);
            QCOMPARE(get(QStringLiteral("/rest"), session.headers()).status, 200);
        }
        clock.setClockOffsetMs(16'000 + 9'000);
        QCOMPARE(get(QStringLiteral("/rest"), session.headers()).status, 200);
        clock.setClockOffsetMs(16'000 + 9'000 + 10'500);
        const NodeAnswer idle = get(QStringLiteral("/rest"), session.headers());
        QCOMPARE(idle.status, 401);
        QVERIFY(idle.json.value(QLatin1String("detail")).toString().contains(u"without use"));
        // An open token has no session to go idle; it lasts its ttl (5 minutes), no longer.
        QCOMPARE(get(QStringLiteral("/rest"), open.headers()).status, 200);
        clock.setClockOffsetMs(5 * 60'000 + 1'000);
        QCOMPARE(get(QStringLiteral("/rest"), open.headers()).status, 401);
    }

    void hostCheck()
    {
        // The host is the address the request comes from as the node sees it: here a balancer
        // that reaches this node from 127.0.0.2, and the console straight from 127.0.0.1.
        const QHostAddress balancer(QStringLiteral("127.0.0.2"));
        const RawAnswer signedIn =
            rawGet(balancer, "/security/rest/token/access/session/5",
                   {{"Authorization", "Basic " + InProcessNode::kAdmin.toBase64()}});
        QCOMPARE(signedIn.status, 200);
        const QJsonObject json = QJsonDocument::fromJson(signedIn.body).object();
        const SignedIn token{json.value(QLatin1String("access_token")).toString().toLatin1(),
                             json.value(QLatin1String("session")).toString().toLatin1()};
        QCOMPARE(rawGet(balancer, "/rest", token.headers()).status, 200);
        // The Host header does not matter, the address does.
        QCOMPARE(
            rawGet(balancer, "/rest", token.headers() + Headers{{"Host", "x.example:1"}}).status,
            200);
        const NodeAnswer other = get(QStringLiteral("/rest"), token.headers());
        QCOMPARE(other.status, 401);
        QCOMPARE(other.headers.value("www-authenticate"),
                 QByteArray("Bearer error=\"invalid_token\""));
        QVERIFY(other.json.value(QLatin1String("detail")).toString().contains(u"another host"));
        // A token asked for from here works here.
        QCOMPARE(get(QStringLiteral("/rest"), signIn().headers()).status, 200);

        NodeOptions options = spectrumOptions(QStringLiteral("lax"));
        options.spectrumHostCheck = false;
        NodeInstance *lax = startNode(options);
        const SignedIn laxToken =
            signIn(QStringLiteral("/security/rest/token/access/session/5"), lax);
        QCOMPARE(get(QStringLiteral("/rest"), laxToken.headers(), lax).status, 200);
        QCOMPARE(rawGet(balancer, "/rest", laxToken.headers(), lax).status, 200);
    }

    void logout()
    {
        const SignedIn token = signIn();
        const SignedIn other = signIn();
        const NodeAnswer withoutCookie = get(QStringLiteral("/security/rest/token/logout"),
                                             {{"Authorization", "Bearer " + token.token}});
        QCOMPARE(withoutCookie.status, 401);
        const NodeAnswer answer =
            get(QStringLiteral("/security/rest/token/logout"), token.headers());
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QLatin1String("revoked")).toBool(), true);
        QCOMPARE(answer.json.value(QLatin1String("session")).toString().toLatin1(), token.session);
        QCOMPARE(get(QStringLiteral("/rest"), token.headers()).status, 401);
        QCOMPARE(get(QStringLiteral("/security/rest/token/logout"), token.headers()).status, 401);
        QCOMPARE(get(QStringLiteral("/rest"), other.headers()).status, 200); // only that session
        // A ttl-0 session is revoked too.
        const SignedIn neverExpiring =
            signIn(QStringLiteral("/security/rest/token/access/session/0"));
        QCOMPARE(get(QStringLiteral("/security/rest/token/logout"), neverExpiring.headers()).status,
                 200);
        QCOMPARE(get(QStringLiteral("/rest"), neverExpiring.headers()).status, 401);
    }

    void onlyDocumentedEndpoints()
    {
        const SignedIn token = signIn();
        for (const char *path :
             {"/api/v1/node", "/api/v1/session", "/healthz", "/metrics", "/api/v1/resources"}) {
            QCOMPARE(m_nodes->call("GET", url(QLatin1String(path)), token.headers()).status, 404);
        }
        const NodeAnswer wadl = get(QStringLiteral("/security/rest?_wadl"));
        QCOMPARE(wadl.status, 200);
        QVERIFY(wadl.headers.value("content-type").startsWith("application/xml"));
        QVERIFY(wadl.body.contains("/token/access/session/{ttlInMinutes}"));
        QVERIFY(wadl.body.contains("/token/logout"));
        QCOMPARE(get(QStringLiteral("/security/rest")).status, 404);
    }

    void catalogues()
    {
        const SignedIn token = signIn();
        QCOMPARE(get(QStringLiteral("/rest")).status, 401);
        QCOMPARE(get(QStringLiteral("/soap/ValidateAddress?wsdl")).status, 401);
        const Headers asLb =
            token.headers() + Headers{{"Host", "127.0.0.1:" + QByteArray::number(m_node->port())}};
        const NodeAnswer rest = get(QStringLiteral("/rest"), asLb);
        QCOMPARE(rest.status, 200);
        QVERIFY(rest.headers.value("content-type").startsWith("text/html"));
        const QByteArray host = "http://127.0.0.1:" + QByteArray::number(m_node->port());
        QVERIFY(rest.body.contains("<a href=\"" + host + "/rest/ValidateAddress?_wadl\">"));
        QVERIFY(rest.body.contains("<a href=\"" + host + "/rest/GeocodeUSAddress?_wadl\">"));
        QVERIFY(!rest.body.contains("NightlyCustomerMatch")); // a job, not a service
        const NodeAnswer soap = get(QStringLiteral("/soap"), asLb);
        QCOMPARE(soap.status, 200);
        QVERIFY(soap.body.contains("<a href=\"" + host + "/soap/ValidateAddress?wsdl\">"));

        const NodeAnswer wadl = get(QStringLiteral("/rest/ValidateAddress?_wadl"), asLb);
        QCOMPARE(wadl.status, 200);
        QVERIFY(wadl.body.startsWith("<?xml"));
        QVERIFY(wadl.body.contains("wadl.dev.java.net"));
        const NodeAnswer wsdl = get(QStringLiteral("/soap/ValidateAddress?wsdl"), asLb);
        QCOMPARE(wsdl.status, 200);
        QVERIFY(wsdl.body.contains("schemas.xmlsoap.org/wsdl/"));
        QCOMPARE(get(QStringLiteral("/rest/NoSuchService?_wadl"), asLb).status, 404);
        QCOMPARE(get(QStringLiteral("/rest/ValidateAddress"), asLb).status, 404);
        QCOMPARE(get(QStringLiteral("/soap/NightlyCustomerMatch?wsdl"), asLb).status, 404);

        // The same definition gives the same bytes on another node and through another Host.
        NodeInstance *second = startNode(spectrumOptions(QStringLiteral("n2")));
        const SignedIn secondToken =
            signIn(QStringLiteral("/security/rest/token/access/session/5"), second);
        QCOMPARE(
            get(QStringLiteral("/rest/ValidateAddress?_wadl"), secondToken.headers(), second).body,
            wadl.body);
        QCOMPARE(
            get(QStringLiteral("/soap/ValidateAddress?wsdl"), secondToken.headers(), second).body,
            wsdl.body);
        QVERIFY(get(QStringLiteral("/rest/GeocodeUSAddress?_wadl"), asLb).body != wadl.body);
    }

    void hiddenServices()
    {
        const SignedIn token = signIn();
        const NodeAnswer set =
            m_nodes->callAsPeer("POST", url(QStringLiteral("/internal/v1/faults")),
                                R"({"hiddenServices":["ValidateAddress"]})");
        QCOMPARE(set.status, 200);
        const NodeAnswer rest = get(QStringLiteral("/rest"), token.headers());
        QVERIFY(!rest.body.contains("ValidateAddress"));
        QVERIFY(rest.body.contains("GeocodeUSAddress"));
        QVERIFY(!get(QStringLiteral("/soap"), token.headers()).body.contains("ValidateAddress"));
        QCOMPARE(get(QStringLiteral("/rest/ValidateAddress?_wadl"), token.headers()).status, 404);
        QCOMPARE(m_nodes
                     ->callAsPeer("POST", url(QStringLiteral("/internal/v1/faults")),
                                  R"({"hiddenServices":"ValidateAddress"})")
                     .status,
                 400);
        QCOMPARE(m_nodes
                     ->callAsPeer("POST", url(QStringLiteral("/internal/v1/faults")),
                                  R"({"hiddenServices":[]})")
                     .status,
                 200);
        QVERIFY(get(QStringLiteral("/rest"), token.headers()).body.contains("ValidateAddress"));
    }

    void degradedCatalogueAnswers503()
    {
        m_node->faults().setDegraded(true);
        QCOMPARE(get(QStringLiteral("/rest")).status, 503);
        QCOMPARE(get(QStringLiteral("/soap"), signIn().headers()).status, 503);
        m_node->faults().setDegraded(false);
        QCOMPARE(get(QStringLiteral("/rest")).status, 401);
    }

    void dateHeaderCarriesTheClockOffset_data()
    {
        QTest::addColumn<qint64>("offsetMs");
        QTest::newRow("none") << qint64(0);
        QTest::newRow("+800 ms") << qint64(800);
        QTest::newRow("-1 h") << qint64(-3'600'000);
    }
    void dateHeaderCarriesTheClockOffset()
    {
        QFETCH(qint64, offsetMs);
        m_node->faults().setClockOffsetMs(offsetMs);
        // Every answer, a refusal and a 404 too.
        for (const char *path : {"/security/rest?_wadl", "/rest", "/api/v1/node"}) {
            const NodeAnswer answer = get(QLatin1String(path));
            QString error;
            const auto second =
                DateHeaderClock::parseHttpDate(answer.headers.value("date"), &error);
            QVERIFY2(second, qPrintable(error));
            const qint64 earliest = (answer.sentUs / 1000 + offsetMs) / 1000;
            const qint64 latest = (answer.answeredUs / 1000 + offsetMs) / 1000;
            QVERIFY2(*second >= earliest && *second <= latest,
                     qPrintable(QStringLiteral("%1 outside %2..%3 at offset %4 ms")
                                    .arg(*second)
                                    .arg(earliest)
                                    .arg(latest)
                                    .arg(offsetMs)));
        }
    }
};

QTEST_GUILESS_MAIN(tst_SpectrumRoutes)
#include "tst_SpectrumRoutes.moc"
