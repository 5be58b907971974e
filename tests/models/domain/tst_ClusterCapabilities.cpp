// Which interfaces a cluster offers: how probe answers read, what each view may show, the plain
// words of the connection test, and the JSON kept in the profile and the snapshot.
#include "ClusterCapabilities.h"
#include "ClusterProfile.h"

#include <QJsonArray>
#include <QTest>

using State = ClusterCapabilities::State;
using Feature = ClusterCapabilities::Feature;

class tst_ClusterCapabilities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusReading_data();
    void statusReading();
    void unknownPromisesEverything();
    void plainSpectrumSaysWhatIsMissing();
    void summaryInPlainWords();
    void jsonRoundTripAndLenience();
    void profileKeepsCapabilitiesAndNodeUrls();
    void profileRefusesBadNodeUrlsAndTokenKind();
};

void tst_ClusterCapabilities::statusReading_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("state");
    QTest::newRow("200") << 200 << int(State::Available);
    QTest::newRow("401 refused but there") << 401 << int(State::Available);
    QTest::newRow("403") << 403 << int(State::Available);
    QTest::newRow("404") << 404 << int(State::Absent);
    QTest::newRow("405") << 405 << int(State::Absent);
    QTest::newRow("501") << 501 << int(State::Absent);
    QTest::newRow("no answer") << 0 << int(State::Unknown);
    QTest::newRow("503 says nothing") << 503 << int(State::Unknown);
}

void tst_ClusterCapabilities::statusReading()
{
    QFETCH(int, status);
    QFETCH(int, state);
    QCOMPARE(int(ClusterCapabilities::stateFromHttpStatus(status)), state);
}

void tst_ClusterCapabilities::unknownPromisesEverything()
{
    const ClusterCapabilities unknown;
    QVERIFY(!unknown.isKnown());
    QVERIFY(!unknown.isPlainSpectrum());
    for (Feature feature : {Feature::NodeDetails, Feature::Resources, Feature::ChangeLog,
                            Feature::License, Feature::NodeClocks})
        QVERIFY(unknown.unavailableText(feature).isEmpty());
    // The Services tab needs a catalogue that answered.
    QVERIFY(!unknown.supports(Feature::ServiceCatalog));
}

void tst_ClusterCapabilities::plainSpectrumSaysWhatIsMissing()
{
    ClusterCapabilities spectrum;
    spectrum.clusterdeskApi = State::Absent;
    spectrum.spectrumTokens = State::Available;
    spectrum.restCatalogue = State::Available;
    spectrum.soapCatalogue = State::Absent;
    spectrum.checkedAtMs = 1;
    QVERIFY(spectrum.isPlainSpectrum());
    QVERIFY(spectrum.supports(Feature::ServiceCatalog));
    QVERIFY(spectrum.unavailableText(Feature::Resources)
                .contains(QLatin1String("does not publish its external resource definitions")));
    QVERIFY(spectrum.unavailableText(Feature::NodeClocks).contains(QLatin1String("Date")));
    QVERIFY(spectrum.unavailableText(Feature::ServiceCatalog).isEmpty());
}

void tst_ClusterCapabilities::summaryInPlainWords()
{
    ClusterCapabilities spectrum;
    spectrum.clusterdeskApi = State::Absent;
    spectrum.spectrumTokens = State::Available;
    spectrum.restCatalogue = State::Available;
    const QString summary = spectrum.summaryText();
    QVERIFY2(summary.contains(QLatin1String("Found: Spectrum token service, REST service "
                                            "catalogue.")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("Not offered: Clusterdesk management API.")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("Could not be checked: SOAP service catalogue.")),
             qPrintable(summary));
}

void tst_ClusterCapabilities::jsonRoundTripAndLenience()
{
    ClusterCapabilities capabilities;
    capabilities.clusterdeskApi = State::Available;
    capabilities.soapCatalogue = State::Absent;
    capabilities.checkedAtMs = 1700000000000;
    QCOMPARE(ClusterCapabilities::fromJson(capabilities.toJson()), capabilities);
    const ClusterCapabilities odd = ClusterCapabilities::fromJson(
        QJsonObject{{"clusterdeskApi", 7}, {"restCatalogue", "maybe"}, {"checkedAtMs", "x"}});
    QCOMPARE(odd, ClusterCapabilities());
}

void tst_ClusterCapabilities::profileKeepsCapabilitiesAndNodeUrls()
{
    ClusterProfile profile = ClusterProfile::create("Spectrum", QUrl("https://lb.example:8443"));
    profile.userName = "admin";
    profile.nodeUrls = {QUrl("http://10.0.0.5:8080"), QUrl("http://10.0.0.6:8080")};
    profile.tokenKind = ClusterProfile::TokenKind::Open;
    profile.capabilities.clusterdeskApi = State::Absent;
    profile.capabilities.checkedAtMs = 5;
    QVERIFY(!profile.validate());
    const auto back = ClusterProfile::fromJson(profile.toJson());
    QVERIFY(back);
    QCOMPARE(*back, profile);
    // A profile saved before these fields reads with their defaults.
    QJsonObject old = profile.toJson();
    old.remove("nodeUrls");
    old.remove("tokenKind");
    old.remove("capabilities");
    const auto older = ClusterProfile::fromJson(old);
    QVERIFY(older);
    QVERIFY(older->nodeUrls.isEmpty());
    QCOMPARE(older->tokenKind, ClusterProfile::TokenKind::Session);
    QVERIFY(!older->capabilities.isKnown());
}

void tst_ClusterCapabilities::profileRefusesBadNodeUrlsAndTokenKind()
{
    ClusterProfile profile = ClusterProfile::create("Spectrum", QUrl("https://lb.example"));
    profile.userName = "admin";
    profile.nodeUrls = {QUrl("http://ok:8080"), QUrl("ftp://node")};
    const auto problem = profile.validate();
    QVERIFY(problem);
    QCOMPARE(problem->field, QStringLiteral("nodeUrls[1]"));
    // The same node twice (case, a default port, a path do not make another node): the
    // monitor knows a node by its host and port.
    profile.nodeUrls = {QUrl("http://Node-1:80"), QUrl("http://node-2:8080"),
                        QUrl("http://node-1/rest")};
    const auto twice = profile.validate();
    QVERIFY(twice);
    QCOMPARE(twice->field, QStringLiteral("nodeUrls[2]"));
    profile.nodeUrls = {QUrl("http://node-1:8080"), QUrl("https://node-1:8443"),
                        QUrl("http://node-2:8080")};
    QVERIFY(!profile.validate());
    QJsonObject json = profile.toJson();
    json.insert("tokenKind", "forever");
    QString error;
    QVERIFY(!ClusterProfile::fromJson(json, &error));
    QVERIFY(error.contains(QLatin1String("tokenKind")));
    json.insert("tokenKind", "open");
    json.insert("nodeUrls", QJsonArray({1, 2}));
    QVERIFY(!ClusterProfile::fromJson(json, &error));
    QVERIFY(error.contains(QLatin1String("nodeUrls")));
}

QTEST_GUILESS_MAIN(tst_ClusterCapabilities)
#include "tst_ClusterCapabilities.moc"
