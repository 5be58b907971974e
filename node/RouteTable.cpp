#include "RouteTable.h"

namespace node {
namespace {

bool isEnabled(const Route &route)
{
    return !route.enabled || route.enabled();
}

// "use GET", "use GET or POST", "use GET, PUT or DELETE".
QString useMethods(const QByteArrayList &methods)
{
    QString text = QString::fromLatin1(methods.first());
    for (qsizetype i = 1; i < methods.size(); ++i) {
        text += i + 1 == methods.size() ? QStringLiteral(" or ") : QStringLiteral(", ");
        text += QString::fromLatin1(methods.at(i));
    }
    return QStringLiteral("use ") + text;
}

} // namespace

bool RouteTable::Pattern::matches(const QStringList &path, bool prefixOnly) const
{
    if (prefixOnly ? path.size() < segments.size() : path.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (!segments.at(i).isEmpty() && segments.at(i) != path.at(i))
            return false;
    }
    return true;
}

RouteTable::Pattern RouteTable::parse(const QString &pattern)
{
    Pattern parsed;
    for (const QString &segment : pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        parsed.segments.append(segment.startsWith(QLatin1Char('{')) ? QString() : segment);
    return parsed;
}

void RouteTable::addScope(const QString &prefix, Access access)
{
    m_scopes.append({parse(prefix), access});
}

void RouteTable::add(Route route)
{
    Pattern pattern = parse(route.pattern);
    m_routes.append({std::move(pattern), std::move(route)});
}

std::optional<Access> RouteTable::scopeOf(const QStringList &segments) const
{
    for (const auto &[prefix, access] : m_scopes) {
        if (prefix.matches(segments, true))
            return access;
    }
    return std::nullopt;
}

bool RouteTable::isSwitchedOff(const QStringList &segments) const
{
    bool any = false;
    for (const auto &[pattern, route] : m_routes) {
        if (!pattern.matches(segments, false))
            continue;
        if (isEnabled(route))
            return false;
        any = true;
    }
    return any;
}

std::variant<const Route *, HttpResponse> RouteTable::resolve(const QByteArray &method,
                                                              const QStringList &segments,
                                                              const Identity *identity) const
{
    QByteArrayList allowed;
    for (const auto &[pattern, route] : m_routes) {
        if (!isEnabled(route) || !pattern.matches(segments, false))
            continue;
        if (!route.method.isEmpty() && route.method != method) {
            if (!allowed.contains(route.method))
                allowed.append(route.method);
            continue;
        }
        if (route.role != Role::Viewer && !identity) // a role route outside a sign-in scope
            return HttpResponse::problem(403, QStringLiteral("forbidden"),
                                         QStringLiteral("sign in first"));
        if (identity && int(identity->role) < int(route.role))
            return HttpResponse::problem(403, QStringLiteral("forbidden"),
                                         route.forbidden.arg(identity->user));
        return &route;
    }
    if (allowed.isEmpty())
        return noRoute();
    return HttpResponse::problem(405, QStringLiteral("method-not-allowed"), useMethods(allowed))
        .withHeader("Allow", allowed.join(", "));
}

QString RouteTable::patternOf(const QStringList &segments) const
{
    for (const auto &[pattern, route] : m_routes) {
        if (pattern.matches(segments, false))
            return route.pattern;
    }
    return {};
}

HttpResponse RouteTable::noRoute()
{
    return HttpResponse::problem(404, QStringLiteral("no-route"),
                                 QStringLiteral("no such endpoint"));
}

} // namespace node
