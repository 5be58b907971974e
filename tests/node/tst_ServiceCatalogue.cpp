// ServiceCatalogue: which dataflows are services, the CXF-style lists with escaped names and
// hosts, and descriptions whose bytes depend only on the dataflow's name and version.

#include "ServiceCatalogue.h"

#include <QJsonObject>
#include <QTest>

using namespace node;

namespace {

QJsonObject flow(const QString &name, const char *kind, bool exposed, int version)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("kind"), QLatin1String(kind)},
            {QStringLiteral("exposed"), exposed},
            {QStringLiteral("version"), version}};
}

} // namespace

class tst_ServiceCatalogue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exposedServicesOnly()
    {
        const QJsonArray flows{flow(QStringLiteral("Zeta"), "service", true, 1),
                               flow(QStringLiteral("Alpha"), "service", true, 2),
                               flow(QStringLiteral("Job"), "job", true, 1),
                               flow(QStringLiteral("Private"), "service", false, 1),
                               QJsonValue(3),
                               flow(QString(), "service", true, 1)};
        const QList<ExposedService> services = ServiceCatalogue::exposed(flows, {});
        QCOMPARE(services.size(), 2);
        QCOMPARE(services.at(0).name, QStringLiteral("Alpha")); // sorted by name
        QCOMPARE(services.at(0).version, 2);
        QCOMPARE(services.at(1).name, QStringLiteral("Zeta"));
        QCOMPARE(ServiceCatalogue::exposed(flows, {QStringLiteral("Zeta")}).size(), 1);
        QVERIFY(ServiceCatalogue::find(services, QStringLiteral("Alpha")));
        QVERIFY(!ServiceCatalogue::find(services, QStringLiteral("alpha")));
    }

    void listsEscapeNamesAndHost()
    {
        const QList<ExposedService> services{{QStringLiteral("A<b>&\"c"), 1}};
        const QByteArray html = ServiceCatalogue::listHtml(ServiceCatalogue::Kind::Rest, services,
                                                           QStringLiteral("http://h\"><script>"));
        QVERIFY(!html.contains("<script>"));
        QVERIFY(!html.contains("A<b>"));
        QVERIFY(html.contains("A&lt;b&gt;&amp;&quot;c"));
        // The link's path is percent-encoded.
        QVERIFY(html.contains("/rest/A%3Cb%3E%26%22c?_wadl"));
        const QByteArray soap = ServiceCatalogue::listHtml(
            ServiceCatalogue::Kind::Soap, {{QStringLiteral("S"), 1}}, QStringLiteral("http://h:1"));
        QVERIFY(soap.contains("<a href=\"http://h:1/soap/S?wsdl\">"));
        QVERIFY(soap.contains("SOAP"));
    }

    void descriptionsAreStable()
    {
        const ExposedService service{QStringLiteral("ValidateAddress"), 3};
        QCOMPARE(ServiceCatalogue::wadl(service), ServiceCatalogue::wadl(service));
        QVERIFY(ServiceCatalogue::wadl(service) !=
                ServiceCatalogue::wadl({QStringLiteral("ValidateAddress"), 4}));
        QVERIFY(ServiceCatalogue::wsdl(service) !=
                ServiceCatalogue::wsdl({QStringLiteral("ValidateAddress"), 4}));
        QVERIFY(!ServiceCatalogue::wadl(service).contains("http://127"));
        QVERIFY(ServiceCatalogue::wsdl(service).contains("location=\"/soap/ValidateAddress\""));
        const QByteArray odd = ServiceCatalogue::wsdl({QStringLiteral("x\"y"), 1});
        QVERIFY(!odd.contains("x\"y"));
    }
};

QTEST_GUILESS_MAIN(tst_ServiceCatalogue)
#include "tst_ServiceCatalogue.moc"
