#include "ResourceTestRoutes.h"

#include "ConfigDatabase.h"
#include "ResourceLookup.h"
#include "ResourceProbe.h"
#include "ResourceSchema.h"

#include <QJsonDocument>

#include <memory>

namespace node {
namespace {

// The body is optional; {"timeoutMs": n} sets the budget, capped to the allowed range.
std::optional<int> budgetFrom(const QByteArray &body, QString *slug, QString *problem)
{
    if (body.trimmed().isEmpty())
        return ResourceTestRoutes::DefaultTimeoutMs;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *slug = QStringLiteral("malformed-body");
        *problem = QStringLiteral("the body must be a JSON object");
        return std::nullopt;
    }
    const QJsonValue value = document.object().value(QLatin1String("timeoutMs"));
    if (value.isUndefined())
        return ResourceTestRoutes::DefaultTimeoutMs;
    if (!value.isDouble() || value.toDouble() != double(qint64(value.toDouble()))) {
        *slug = QStringLiteral("bad-request");
        *problem = QStringLiteral("timeoutMs must be an integer");
        return std::nullopt;
    }
    return int(std::clamp<qint64>(qint64(value.toDouble()), ResourceTestRoutes::MinTimeoutMs,
                                  ResourceTestRoutes::MaxTimeoutMs));
}

} // namespace

ResourceTestRoutes::ResourceTestRoutes(NodeContext &context)
    : m_context(context)
{
    m_files.setMaxThreadCount(2);
}

ResourceTestRoutes::~ResourceTestRoutes()
{
    // A file check stuck on a dead mount must not hold the node's exit.
    m_files.clear();
}

void ResourceTestRoutes::addRoutes(RouteTable &table)
{
    table.add({"POST", QStringLiteral("/api/v1/resources/{type}/{name}/test"),
               [this](const RouteCall &call) { test(call.request, call.exchange); }, Role::Admin,
               QStringLiteral("user \"%1\" may not test resources: a test opens connections "
                              "from the node")});
}

void ResourceTestRoutes::test(const NodeRequest &request, const ExchangePtr &exchange)
{
    const QString type = request.segments.at(3);
    const QString name = request.segments.at(4);
    const auto resource = findResourceOr404(*m_context.database, type, name, exchange);
    if (!resource)
        return;
    QString slug;
    QString problem;
    const auto budget = budgetFrom(request.body, &slug, &problem);
    if (!budget) {
        exchange->send(HttpResponse::problem(400, slug, problem));
        return;
    }
    if (m_running >= MaxConcurrent) {
        exchange->send(HttpResponse::problem(503, QStringLiteral("too-many-tests"),
                                             QStringLiteral("%1 resource tests are running on "
                                                            "this node; try again shortly")
                                                 .arg(m_running))
                           .withHeader("Retry-After", "1"));
        return;
    }
    ++m_running;
    auto *probe = new ResourceProbe(
        ProbePlan::forResource(type, resource->spec, m_context.options->dataDirectory),
        std::chrono::milliseconds(*budget), &m_network, &m_files, &m_probes);
    const QString nodeId = m_context.options->id;
    QObject::connect(
        probe, &ResourceProbe::finished, probe,
        [this, probe, exchange, nodeId, type, name](bool ok, const QJsonArray &checks) {
            --m_running;
            probe->deleteLater();
            exchange->send(
                HttpResponse::json(200, QJsonObject{{QStringLiteral("node"), nodeId},
                                                    {QStringLiteral("type"), type},
                                                    {QStringLiteral("name"), name},
                                                    {QStringLiteral("ok"), ok},
                                                    {QStringLiteral("checks"), checks}}));
        });
    probe->start();
}

} // namespace node
