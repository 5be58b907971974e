// The `/rest` and `/soap` service lists (CXF-style HTML) read into service names, including
// pages that are not service lists at all, and the description digests nodes are compared by.
#include "NodeCatalogue.h"

#include <QTest>

class tst_NodeCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesServiceLists_data();
    void parsesServiceLists();
    void refusesWhatIsNotAList_data();
    void refusesWhatIsNotAList();
    void refusesTooManyServices();
    void digestIgnoresLineEndsAndTrailingBlanks();
    void descriptionPathEncodesTheName();
};

void tst_NodeCatalogue::parsesServiceLists_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("names");

    const QByteArray cxfRest =
        "<html><head><title>CXF - Service list</title></head><body>"
        "<span class=\"heading\">Available RESTful services:</span><br/><table>"
        "<tr><td><span class=\"field\">Endpoint address:</span> "
        "<span class=\"value\">http://n1:8080/rest/ValidateAddress</span><br/>"
        "<span class=\"field\">WADL :</span> <a href=\"http://n1:8080/rest/ValidateAddress?_wadl\">"
        "http://n1:8080/rest/ValidateAddress?_wadl</a></td></tr>"
        "<tr><td><a href='/rest/GeocodeUS?_wadl'>GeocodeUS</a></td></tr>"
        "<tr><td><a href=\"/rest/GeocodeUS?_wadl\">twice</a></td></tr>"
        "</table></body></html>";
    QTest::newRow("cxf rest") << cxfRest << int(ServiceKind::Rest)
                              << QStringList{"GeocodeUS", "ValidateAddress"};
    QTest::newRow("soap links only") << QByteArray("<html><body>"
                                                   "<a href=\"/soap/Route?wsdl\">Route</a>"
                                                   "<a href=\"/rest/Other?_wadl\">Other</a>"
                                                   "<a href=\"/soap/Route\">endpoint</a>"
                                                   "</body></html>")
                                     << int(ServiceKind::Soap) << QStringList{"Route"};
    QTest::newRow("entities and encoding")
        << QByteArray("<html><a href=\"/rest/My%20Flow?_wadl\">a</a>"
                      "<a href=\"/rest/A&amp;B?_wadl\">b</a></html>")
        << int(ServiceKind::Rest) << QStringList{"A&B", "My Flow"};
    QTest::newRow("empty list") << QByteArray("<!DOCTYPE html><html><body>No services have been "
                                              "found.</body></html>")
                                << int(ServiceKind::Rest) << QStringList{};
    QTest::newRow("hostile names are skipped")
        << QByteArray("<html><a href=\"/rest/a/b?_wadl\">x</a><a href=\"/rest/?_wadl\">y</a>"
                      "<a href=\"/rest/%0Aevil?_wadl\">z</a><a href=\"javascript:x?_wadl\">j</a>"
                      "<a href=\"/rest/ok?_wadl\">ok</a></html>")
        << int(ServiceKind::Rest) << QStringList{"ok"};
}

void tst_NodeCatalogue::parsesServiceLists()
{
    QFETCH(QByteArray, page);
    QFETCH(int, kind);
    QFETCH(QStringList, names);
    QString error;
    const auto parsed = ServiceCatalogue::parseServiceList(page, ServiceKind(kind), &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(*parsed, names);
}

void tst_NodeCatalogue::refusesWhatIsNotAList_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("json") << QByteArray("{\"services\": [\"a\"]}");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02garbage\xff", 12);
    QTest::newRow("plain text") << QByteArray("Service list: /rest/a?_wadl");
}

void tst_NodeCatalogue::refusesWhatIsNotAList()
{
    QFETCH(QByteArray, page);
    QString error;
    QVERIFY(!ServiceCatalogue::parseServiceList(page, ServiceKind::Rest, &error));
    QVERIFY(error.contains(QLatin1String("REST")));
}

void tst_NodeCatalogue::refusesTooManyServices()
{
    QByteArray page = "<html><body>";
    for (int i = 0; i <= ServiceCatalogue::MaxServices; ++i)
        page += "<a href=\"/soap/s" + QByteArray::number(i) + "?wsdl\">s</a>";
    QString error;
    QVERIFY(!ServiceCatalogue::parseServiceList(page, ServiceKind::Soap, &error));
    QVERIFY(error.contains(QString::number(ServiceCatalogue::MaxServices)));
}

void tst_NodeCatalogue::digestIgnoresLineEndsAndTrailingBlanks()
{
    const QString a = ServiceCatalogue::digest("<wadl>\n  <resource/>\n</wadl>\n");
    QCOMPARE(a.size(), 64);
    QCOMPARE(ServiceCatalogue::digest("<wadl>\r\n  <resource/>  \r\n</wadl>\r\n\r\n"), a);
    QVERIFY(ServiceCatalogue::digest("<wadl>\n  <resource id=\"x\"/>\n</wadl>\n") != a);
}

void tst_NodeCatalogue::descriptionPathEncodesTheName()
{
    QCOMPARE(ServiceCatalogue::descriptionPath(ServiceKind::Rest, QStringLiteral("My Flow")),
             QStringLiteral("/rest/My%20Flow"));
    QCOMPARE(ServiceCatalogue::descriptionPath(ServiceKind::Soap, QStringLiteral("A&B")),
             QStringLiteral("/soap/A%26B"));
}

QTEST_GUILESS_MAIN(tst_NodeCatalogue)
#include "tst_NodeCatalogue.moc"
