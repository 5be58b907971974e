#pragma once
// The node's one route table: which path prefixes need what of the caller (a scope's access)
// and, per route, the method, the path pattern, the least role and the handler. NodeServer
// applies a scope's checks and then asks the table; 404, 405 (with Allow) and 403 come from
// here, so every route answers them the same way.

#include "Credentials.h"
#include "HttpExchange.h"
#include "NodeRequest.h"

#include <functional>
#include <optional>
#include <variant>

namespace node {

enum class Access {
    Open,      // no check at all (/healthz)
    Client,    // misdirection and the injected delay; the handler signs the caller in
    SignedIn,  // misdirection, the injected delay, then Basic or Bearer before any lookup
    PeersOnly, // a peer's direct call carrying the cluster secret
};

struct RouteCall
{
    const NodeRequest &request;
    const ExchangePtr &exchange;
    const Identity *identity; // set in SignedIn scopes only
    QString client;           // the caller's address for throttling
};

struct Route
{
    using Handler = std::function<void(const RouteCall &)>;

    Route(QByteArray method, QString pattern, Handler handler, Role role = Role::Viewer,
          QString forbidden = {}, std::function<bool()> enabled = {})
        : method(std::move(method))
        , pattern(std::move(pattern))
        , handler(std::move(handler))
        , role(role)
        , forbidden(std::move(forbidden))
        , enabled(std::move(enabled))
    {}

    QByteArray method; // empty: any method
    QString pattern;   // "/api/v1/resources/{type}/{name}": {…} matches any one segment
    Handler handler;
    Role role = Role::Viewer; // the least role (SignedIn scopes)
    QString forbidden;        // the 403 detail for a lesser role; %1 is the user
    // Unset means always; a route switched off answers 404 before any scope check.
    std::function<bool()> enabled;
};

class RouteTable final
{
public:
    // Paths starting with `prefix` ("/security/{}/{}" needs at least three segments) need
    // `access`; the first scope added that matches wins. Paths in no scope answer 404.
    void addScope(const QString &prefix, Access access);
    void add(Route route);

    std::optional<Access> scopeOf(const QStringList &segments) const;
    // True when only switched-off routes have this path.
    bool isSwitchedOff(const QStringList &segments) const;
    // The route to run, or the refusal to send: 404 for no such path, 405 with Allow for
    // a path without this method, 403 when `identity` lacks the route's role.
    std::variant<const Route *, HttpResponse>
    resolve(const QByteArray &method, const QStringList &segments, const Identity *identity) const;

    // The pattern of the route this path would run (any method, switched-off routes
    // included), or an empty string: a bounded name for the request in metrics.
    QString patternOf(const QStringList &segments) const;

    static HttpResponse noRoute();

private:
    struct Pattern
    {
        QStringList segments; // an empty string matches any segment
        bool matches(const QStringList &path, bool prefixOnly) const;
    };
    static Pattern parse(const QString &pattern);

    QList<std::pair<Pattern, Access>> m_scopes;
    QList<std::pair<Pattern, Route>> m_routes;
};

} // namespace node
