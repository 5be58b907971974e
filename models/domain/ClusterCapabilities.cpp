#include "ClusterCapabilities.h"

#include <array>

namespace {

constexpr std::array AllInterfaces{
    ClusterCapabilities::Interface::ClusterdeskApi, ClusterCapabilities::Interface::SpectrumTokens,
    ClusterCapabilities::Interface::RestCatalogue, ClusterCapabilities::Interface::SoapCatalogue};

QString stateKey(ClusterCapabilities::State state)
{
    switch (state) {
    case ClusterCapabilities::State::Available:
        return QStringLiteral("available");
    case ClusterCapabilities::State::Absent:
        return QStringLiteral("absent");
    case ClusterCapabilities::State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

ClusterCapabilities::State stateFromKey(const QString &key)
{
    if (key == u"available")
        return ClusterCapabilities::State::Available;
    if (key == u"absent")
        return ClusterCapabilities::State::Absent;
    return ClusterCapabilities::State::Unknown;
}

} // namespace

ClusterCapabilities::State ClusterCapabilities::state(Interface which) const
{
    switch (which) {
    case Interface::ClusterdeskApi:
        return clusterdeskApi;
    case Interface::SpectrumTokens:
        return spectrumTokens;
    case Interface::RestCatalogue:
        return restCatalogue;
    case Interface::SoapCatalogue:
        return soapCatalogue;
    }
    return State::Unknown;
}

void ClusterCapabilities::setState(Interface which, State value)
{
    switch (which) {
    case Interface::ClusterdeskApi:
        clusterdeskApi = value;
        break;
    case Interface::SpectrumTokens:
        spectrumTokens = value;
        break;
    case Interface::RestCatalogue:
        restCatalogue = value;
        break;
    case Interface::SoapCatalogue:
        soapCatalogue = value;
        break;
    }
}

bool ClusterCapabilities::supports(Feature feature) const
{
    if (feature == Feature::ServiceCatalog)
        return hasCatalogues();
    return !isPlainSpectrum();
}

ClusterCapabilities::State ClusterCapabilities::stateFromHttpStatus(int httpStatus)
{
    if ((httpStatus >= 200 && httpStatus < 300) || httpStatus == 401 || httpStatus == 403)
        return State::Available;
    if (httpStatus == 404 || httpStatus == 405 || httpStatus == 501)
        return State::Absent;
    return State::Unknown;
}

QString ClusterCapabilities::interfaceName(Interface which)
{
    switch (which) {
    case Interface::ClusterdeskApi:
        return tr("Clusterdesk management API");
    case Interface::SpectrumTokens:
        return tr("Spectrum token service");
    case Interface::RestCatalogue:
        return tr("REST service catalogue");
    case Interface::SoapCatalogue:
        return tr("SOAP service catalogue");
    }
    return {};
}

QString ClusterCapabilities::interfaceKey(Interface which)
{
    switch (which) {
    case Interface::ClusterdeskApi:
        return QStringLiteral("clusterdeskApi");
    case Interface::SpectrumTokens:
        return QStringLiteral("spectrumTokens");
    case Interface::RestCatalogue:
        return QStringLiteral("restCatalogue");
    case Interface::SoapCatalogue:
        return QStringLiteral("soapCatalogue");
    }
    return {};
}

QString ClusterCapabilities::summaryText() const
{
    QStringList found;
    QStringList absent;
    QStringList unknown;
    for (const Interface which : AllInterfaces) {
        const State value = state(which);
        (value == State::Available ? found
         : value == State::Absent  ? absent
                                   : unknown)
            .append(interfaceName(which));
    }
    QStringList parts;
    if (!found.isEmpty())
        parts.append(tr("Found: %1.").arg(found.join(QStringLiteral(", "))));
    if (!absent.isEmpty())
        parts.append(tr("Not offered: %1.").arg(absent.join(QStringLiteral(", "))));
    if (!unknown.isEmpty())
        parts.append(tr("Could not be checked: %1.").arg(unknown.join(QStringLiteral(", "))));
    if (isPlainSpectrum())
        parts.append(tr("A plain Spectrum cluster: nodes, service catalogues and clocks (from "
                        "HTTP Date headers) are shown; versions, revisions and resources are "
                        "not published."));
    return parts.join(QLatin1Char(' '));
}

QString ClusterCapabilities::unavailableText(Feature feature) const
{
    if (supports(feature))
        return {};
    switch (feature) {
    case Feature::NodeDetails:
        return tr("This cluster does not publish node versions, configuration revisions, "
                  "requests or memory: only reachability, latency and clocks are shown.");
    case Feature::NodeClocks:
        return tr("This cluster does not publish node clocks; they are estimated from HTTP "
                  "Date headers.");
    case Feature::Resources:
        return tr("This cluster does not publish its external resource definitions.");
    case Feature::ChangeLog:
        return tr("This cluster does not publish a configuration change log.");
    case Feature::License:
        return tr("This cluster does not publish its license.");
    case Feature::ServiceCatalog:
        return tr("This cluster does not publish a REST or SOAP service catalogue.");
    }
    return {};
}

QStringList ClusterCapabilities::unavailableTexts(bool withServices) const
{
    QStringList lines;
    for (const Feature feature : {Feature::NodeDetails, Feature::NodeClocks, Feature::Resources,
                                  Feature::ChangeLog, Feature::License, Feature::ServiceCatalog}) {
        if (feature == Feature::ServiceCatalog && !withServices)
            continue;
        if (const QString line = unavailableText(feature); !line.isEmpty())
            lines.append(line);
    }
    return lines;
}

QString ClusterCapabilities::clockSourceKey() const
{
    return supports(Feature::NodeClocks) ? QStringLiteral("time-endpoint")
                                         : QStringLiteral("date-header");
}

QJsonObject ClusterCapabilities::toJson() const
{
    QJsonObject object;
    for (const Interface which : AllInterfaces)
        object.insert(interfaceKey(which), stateKey(state(which)));
    object.insert(QStringLiteral("checkedAtMs"), checkedAtMs);
    return object;
}

ClusterCapabilities ClusterCapabilities::fromJson(const QJsonObject &object)
{
    ClusterCapabilities capabilities;
    for (const Interface which : AllInterfaces)
        capabilities.setState(which, stateFromKey(object.value(interfaceKey(which)).toString()));
    const double checkedAt = object.value(QStringLiteral("checkedAtMs")).toDouble();
    if (checkedAt > 0)
        capabilities.checkedAtMs = static_cast<qint64>(checkedAt);
    return capabilities;
}
