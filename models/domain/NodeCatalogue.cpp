#include "NodeCatalogue.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

const ServiceDescription *NodeCatalogue::find(ServiceKind kind, const QString &name) const
{
    for (const ServiceDescription &service : services) {
        if (service.kind == kind && service.name == name)
            return &service;
    }
    return nullptr;
}

namespace ServiceCatalogue {
namespace {

QString decodeEntities(QString text)
{
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

bool looksLikeHtml(const QByteArray &page)
{
    const QByteArray start = page.left(4096).trimmed().toLower();
    return start.startsWith('<') &&
           (start.contains("<html") || start.contains("<!doctype") || start.contains("<a ") ||
            start.contains("<table") || start.contains("<body"));
}

// A name the console will show and put into a URL path: printable, no separators, no blanks
// around it (inside, Spectrum allows them).
bool isServiceName(const QString &name)
{
    if (name.isEmpty() || name.size() > 200)
        return false;
    return std::none_of(name.begin(), name.end(),
                        [](QChar c) {
                            return c == u'/' || c == u'\\' || c == u'?' || c == u'#' ||
                                   !c.isPrint();
                        }) &&
           name.trimmed() == name;
}

} // namespace

std::optional<QStringList> parseServiceList(const QByteArray &page, ServiceKind kind,
                                            QString *error)
{
    if (!looksLikeHtml(page)) {
        if (error)
            *error = Tr::tr("the %1 service list is not an HTML page").arg(kindText(kind));
        return std::nullopt;
    }
    static const QRegularExpression href(
        QStringLiteral(R"re(href\s*=\s*(?:"([^"]*)"|'([^']*)'))re"),
        QRegularExpression::CaseInsensitiveOption);
    const QString marker =
        kind == ServiceKind::Rest ? QStringLiteral("_wadl") : QStringLiteral("wsdl");
    const QString prefix =
        kind == ServiceKind::Rest ? QStringLiteral("/rest/") : QStringLiteral("/soap/");
    QStringList names;
    auto matches = href.globalMatch(QString::fromUtf8(page));
    while (matches.hasNext()) {
        const auto match = matches.next();
        const QString raw = match.captured(1).isNull() ? match.captured(2) : match.captured(1);
        const QUrl url(decodeEntities(raw.trimmed()));
        if (!url.isValid() || url.query().compare(marker, Qt::CaseInsensitive) != 0)
            continue;
        const QString path = url.path(QUrl::FullyDecoded);
        const qsizetype at = path.lastIndexOf(prefix);
        if (at < 0)
            continue;
        const QString name = path.mid(at + prefix.size());
        if (!isServiceName(name))
            continue;
        names.append(name);
        if (names.size() > MaxServices) {
            if (error)
                *error = Tr::tr("the %1 service list names more than %2 services")
                             .arg(kindText(kind))
                             .arg(MaxServices);
            return std::nullopt;
        }
    }
    names.sort();
    names.removeDuplicates();
    return names;
}

QString digest(const QByteArray &description)
{
    QByteArray normalised = description;
    normalised.replace("\r\n", "\n");
    QList<QByteArray> lines = normalised.split('\n');
    for (QByteArray &line : lines) {
        while (!line.isEmpty() && (line.back() == ' ' || line.back() == '\t'))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    return QString::fromLatin1(
        QCryptographicHash::hash(lines.join('\n'), QCryptographicHash::Sha256).toHex());
}

QString descriptionPath(ServiceKind kind, const QString &name)
{
    const QString encoded = QString::fromUtf8(QUrl::toPercentEncoding(name));
    return (kind == ServiceKind::Rest ? QStringLiteral("/rest/") : QStringLiteral("/soap/")) +
           encoded;
}

QString kindKey(ServiceKind kind)
{
    return kind == ServiceKind::Rest ? QStringLiteral("rest") : QStringLiteral("soap");
}

QString kindText(ServiceKind kind)
{
    return kind == ServiceKind::Rest ? QStringLiteral("REST") : QStringLiteral("SOAP");
}

} // namespace ServiceCatalogue
