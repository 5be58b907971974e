#pragma once
// ClusterCapabilities: which of the interfaces a cluster may offer actually answered when the
// console last looked (Clusterdesk's management API, Spectrum's token service, the REST and SOAP
// service catalogues), so every view shows only what the cluster can supply and says why the
// rest is missing. Kept in the profile (JSON) and in each snapshot.

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

struct ClusterCapabilities
{
    Q_DECLARE_TR_FUNCTIONS(ClusterCapabilities)

public:
    // Unknown: not asked yet, or the answer did not tell (a timeout, a 5xx): never read as absent.
    enum class State { Unknown, Available, Absent };
    enum class Interface { ClusterdeskApi, SpectrumTokens, RestCatalogue, SoapCatalogue };
    // What a view needs that only the Clusterdesk API supplies.
    enum class Feature {
        NodeDetails,   // version, configuration revision, requests, memory per node
        NodeClocks,    // the node's own clock and kernel time sync
        Resources,     // external resource definitions
        ChangeLog,     // the configuration change log (History)
        License,       // the license
        ServiceCatalog // the REST/SOAP service catalogues (the Services tab)
    };

    State clusterdeskApi = State::Unknown;
    State spectrumTokens = State::Unknown;
    State restCatalogue = State::Unknown;
    State soapCatalogue = State::Unknown;
    qint64 checkedAtMs = 0; // when they were last asked; 0 = never

    State state(Interface which) const;
    void setState(Interface which, State value);

    bool isKnown() const { return checkedAtMs > 0; }
    // Asked, and the management API is absent: the views take the Spectrum path.
    bool isPlainSpectrum() const { return clusterdeskApi == State::Absent; }
    bool hasCatalogues() const
    {
        return restCatalogue == State::Available || soapCatalogue == State::Available;
    }
    // Whether `feature` can be shown for this cluster; unknown capabilities promise everything,
    // so a cluster not yet asked looks as it always did.
    bool supports(Feature feature) const;

    // How an answer to a probe reads: 2xx, 401 and 403 (present, refused) say available; 404,
    // 405 and 501 say absent; no answer or a 5xx says nothing.
    static State stateFromHttpStatus(int httpStatus);

    static QString interfaceName(Interface which); // translated, for people
    static QString interfaceKey(Interface which);  // stable, for JSON
    // "Found: …. Not found: …. Not checked: …." in plain words, for the connection test.
    QString summaryText() const;
    // One line on why `feature` is not shown ("this cluster does not publish …"); empty when
    // it is supported.
    QString unavailableText(Feature feature) const;
    // unavailableText() of every feature not supported, in a fixed order (node details, clocks,
    // resources, change log, license, and with `withServices` the service catalogue): the
    // one-line notes the reports and `status` print instead of empty columns.
    QStringList unavailableTexts(bool withServices = false) const;
    // Where node clock offsets come from: "time-endpoint" (the Clusterdesk API's
    // GET /api/v1/time) or "date-header" (estimated from HTTP Date headers), for JSON and metrics.
    QString clockSourceKey() const;

    QJsonObject toJson() const;
    // Unknown keys and values are ignored (read as Unknown); never fails on a stored profile.
    static ClusterCapabilities fromJson(const QJsonObject &object);

    friend bool operator==(const ClusterCapabilities &, const ClusterCapabilities &) = default;
};
