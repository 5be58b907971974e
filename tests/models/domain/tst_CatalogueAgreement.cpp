// The nodes' service catalogues compared: a service missing on a node, a description that
// differs, nodes whose catalogue was not read, and the rows of the Services tab.
#include "CatalogueAgreement.h"

#include <QTest>

namespace {

NodeCatalogue catalogue(const QString &node, const QList<std::pair<QString, QString>> &rest,
                        bool restRead = true)
{
    NodeCatalogue result;
    result.nodeId = node;
    result.restRead = restRead;
    result.soapRead = true;
    for (const auto &[name, digest] : rest)
        result.services.append(ServiceDescription{ServiceKind::Rest, name, digest, {}});
    return result;
}

QStringList codesAndNodes(const QList<Finding> &findings)
{
    QStringList result;
    for (const Finding &finding : findings)
        result.append(finding.code + QLatin1Char('@') + finding.nodeId);
    return result;
}

} // namespace

class tst_CatalogueAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreeingNodesHaveNoFindings();
    void missingServiceNamesNodeAndService();
    void differentDescriptionBlamesTheMinority();
    void evenSplitBlamesNobody();
    void unreadCatalogueIsNotMissing();
    void servicesSurviveJson();
};

void tst_CatalogueAgreement::agreeingNodesHaveNoFindings()
{
    const auto services = CatalogueAgreement::exposedServices(
        {catalogue("n1", {{"B", "d2"}, {"A", "d1"}}), catalogue("n2", {{"A", "d1"}, {"B", "d2"}})});
    QCOMPARE(services.size(), 2);
    QCOMPARE(services.at(0).name, QStringLiteral("A"));
    QCOMPARE(services.at(0).nodes, (QStringList{"n1", "n2"}));
    QVERIFY(services.at(0).agrees());
    QCOMPARE(services.at(0).sha256, QStringLiteral("d1"));
    QVERIFY(CatalogueAgreement::findings(services).isEmpty());
}

void tst_CatalogueAgreement::missingServiceNamesNodeAndService()
{
    const auto services = CatalogueAgreement::exposedServices(
        {catalogue("n1", {{"A", "d1"}, {"Geo", "g"}}), catalogue("n2", {{"A", "d1"}}),
         catalogue("n3", {{"A", "d1"}, {"Geo", "g"}})});
    const QList<Finding> findings = CatalogueAgreement::findings(services);
    QCOMPARE(codesAndNodes(findings), QStringList{"config.service-missing@n2"});
    QCOMPARE(findings.at(0).severity, Severity::Warning);
    QCOMPARE(findings.at(0).category, Finding::Category::Config);
    QVERIFY(findings.at(0).text.contains(QLatin1String("n2")));
    QVERIFY(findings.at(0).text.contains(QLatin1String("Geo")));
    QVERIFY(findings.at(0).text.contains(QLatin1String("REST")));
    QVERIFY(!findings.at(0).action.isEmpty());
}

void tst_CatalogueAgreement::differentDescriptionBlamesTheMinority()
{
    const auto services = CatalogueAgreement::exposedServices({catalogue("n1", {{"A", "d1"}}),
                                                               catalogue("n2", {{"A", "other"}}),
                                                               catalogue("n3", {{"A", "d1"}})});
    QCOMPARE(services.at(0).differsOn, QStringList{"n2"});
    QCOMPARE(services.at(0).sha256, QStringLiteral("d1"));
    QCOMPARE(codesAndNodes(CatalogueAgreement::findings(services)),
             QStringList{"config.service-differs@n2"});
}

void tst_CatalogueAgreement::evenSplitBlamesNobody()
{
    const auto services = CatalogueAgreement::exposedServices(
        {catalogue("n1", {{"A", "d1"}}), catalogue("n2", {{"A", "d2"}})});
    const QList<Finding> findings = CatalogueAgreement::findings(services);
    QCOMPARE(codesAndNodes(findings), QStringList{"config.service-differs@"});
    QVERIFY(findings.at(0).text.contains(QLatin1String("n1, n2")));
    // A description that could not be read is not a different one.
    const auto unread = CatalogueAgreement::exposedServices(
        {catalogue("n1", {{"A", "d1"}}), catalogue("n2", {{"A", ""}})});
    QVERIFY(unread.at(0).agrees());
}

void tst_CatalogueAgreement::unreadCatalogueIsNotMissing()
{
    const auto services = CatalogueAgreement::exposedServices(
        {catalogue("n1", {{"A", "d1"}}), catalogue("n2", {}, false)});
    QVERIFY(services.at(0).missingOn.isEmpty());
    QVERIFY(CatalogueAgreement::findings(services).isEmpty());
}

void tst_CatalogueAgreement::servicesSurviveJson()
{
    const auto services = CatalogueAgreement::exposedServices(
        {catalogue("n1", {{"A", "d1"}}), catalogue("n2", {{"A", "d2"}, {"B", "b"}}),
         catalogue("n3", {{"A", "d1"}})});
    for (const ExposedService &service : services)
        QCOMPARE(ExposedService::fromJson(service.toJson()), service);
    QVERIFY(!ExposedService::fromJson(QJsonObject{}));
}

QTEST_GUILESS_MAIN(tst_CatalogueAgreement)
#include "tst_CatalogueAgreement.moc"
