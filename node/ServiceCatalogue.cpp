#include "ServiceCatalogue.h"

#include <QJsonObject>
#include <QUrl>
#include <algorithm>

namespace node::ServiceCatalogue {
namespace {

QByteArray xml(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray pathSegment(const QString &name)
{
    return QUrl::toPercentEncoding(name);
}

} // namespace

QList<ExposedService> exposed(const QJsonArray &dataflows, const QStringList &hidden)
{
    QList<ExposedService> services;
    for (const QJsonValue &value : dataflows) {
        const QJsonObject flow = value.toObject();
        const QString name = flow.value(QLatin1String("name")).toString();
        if (name.isEmpty() || hidden.contains(name) ||
            flow.value(QLatin1String("kind")).toString() != QLatin1String("service") ||
            !flow.value(QLatin1String("exposed")).toBool())
            continue;
        services.append({name, flow.value(QLatin1String("version")).toInteger()});
    }
    std::sort(services.begin(), services.end(),
              [](const ExposedService &a, const ExposedService &b) { return a.name < b.name; });
    return services;
}

std::optional<ExposedService> find(const QList<ExposedService> &services, const QString &name)
{
    for (const ExposedService &service : services) {
        if (service.name == name)
            return service;
    }
    return std::nullopt;
}

QByteArray listHtml(Kind kind, const QList<ExposedService> &services, const QString &base)
{
    const bool rest = kind == Kind::Rest;
    QByteArray html = "<html><head><title>CXF - Service list</title></head><body>\n";
    html += rest ? "<span class=\"heading\">Available RESTful services:</span><br/>\n"
                 : "<span class=\"heading\">Available SOAP services:</span><br/>\n";
    html += "<table cellpadding=\"1\" cellspacing=\"1\" border=\"1\" width=\"100%\">\n";
    for (const ExposedService &service : services) {
        const QByteArray endpoint = xml(base) + (rest ? "/rest/" : "/soap/") +
                                    xml(QString::fromLatin1(pathSegment(service.name)));
        const QByteArray description = endpoint + (rest ? "?_wadl" : "?wsdl");
        html += "<tr><td><span class=\"porttypename\">" + xml(service.name) +
                "</span></td><td><span class=\"field\">Endpoint address:</span> "
                "<span class=\"value\">" +
                endpoint + "</span><br/><span class=\"field\">" + (rest ? "WADL" : "WSDL") +
                " :</span> <a href=\"" + description + "\">" + description + "</a></td></tr>\n";
    }
    html += "</table>\n</body></html>\n";
    return html;
}

QByteArray wadl(const ExposedService &service)
{
    const QByteArray name = xml(service.name);
    const QByteArray path = pathSegment(service.name);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<application xmlns=\"http://wadl.dev.java.net/2009/02\">\n"
           "  <doc title=\"" +
           name + "\">dataflow version " + QByteArray::number(service.version) +
           "</doc>\n"
           "  <resources base=\"/rest/" +
           path +
           "\">\n"
           "    <resource path=\"/results.json\">\n"
           "      <method name=\"GET\"><response><representation mediaType=\"application/json\"/>"
           "</response></method>\n"
           "      <method name=\"POST\"><request><representation mediaType=\"application/json\"/>"
           "</request><response><representation mediaType=\"application/json\"/></response>"
           "</method>\n"
           "    </resource>\n"
           "    <resource path=\"/results.xml\">\n"
           "      <method name=\"GET\"><response><representation mediaType=\"application/xml\"/>"
           "</response></method>\n"
           "      <method name=\"POST\"><request><representation mediaType=\"application/xml\"/>"
           "</request><response><representation mediaType=\"application/xml\"/></response>"
           "</method>\n"
           "    </resource>\n"
           "  </resources>\n"
           "</application>\n";
}

QByteArray wsdl(const ExposedService &service)
{
    const QByteArray name = xml(service.name);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<wsdl:definitions name=\"" +
           name +
           "\" xmlns:wsdl=\"http://schemas.xmlsoap.org/wsdl/\" "
           "xmlns:soap=\"http://schemas.xmlsoap.org/wsdl/soap/\">\n"
           "  <wsdl:documentation>dataflow version " +
           QByteArray::number(service.version) +
           "</wsdl:documentation>\n"
           "  <wsdl:portType name=\"" +
           name + "PortType\"><wsdl:operation name=\"" + name +
           "\"/></wsdl:portType>\n"
           "  <wsdl:binding name=\"" +
           name + "Binding\" type=\"" + name +
           "PortType\"><soap:binding style=\"document\" "
           "transport=\"http://schemas.xmlsoap.org/soap/http\"/></wsdl:binding>\n"
           "  <wsdl:service name=\"" +
           name + "\"><wsdl:port name=\"" + name + "Port\" binding=\"" + name +
           "Binding\"><soap:address location=\"/soap/" + pathSegment(service.name) +
           "\"/></wsdl:port></wsdl:service>\n"
           "</wsdl:definitions>\n";
}

QByteArray securityWadl()
{
    const auto method = [](const char *path, const char *param) {
        QByteArray text = QByteArray("    <resource path=\"") + path + "\">\n";
        if (param)
            text += QByteArray("      <param name=\"") + param +
                    "\" style=\"template\" type=\"xs:int\"/>\n";
        text += "      <method name=\"GET\"><response>"
                "<representation mediaType=\"application/json\"/></response></method>\n"
                "    </resource>\n";
        return text;
    };
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<application xmlns=\"http://wadl.dev.java.net/2009/02\" "
           "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n"
           "  <resources base=\"/security/rest\">\n" +
           method("/token/access/session/{ttlInMinutes}", "ttlInMinutes") +
           method("/token/access/{ttlInMinutes}", "ttlInMinutes") +
           method("/token/logout", nullptr) +
           "  </resources>\n"
           "</application>\n";
}

} // namespace node::ServiceCatalogue
