#include "WriteOutcome.h"

#include "ChangeJson.h"
#include "ConfigDatabaseSecrets.h"

namespace node {

int WriteOutcome::status(const ChangeEntry &change)
{
    if (change.operation == QLatin1String("delete"))
        return 204;
    return change.operation == QLatin1String("create") ? 201 : 200;
}

HttpResponse WriteOutcome::answer(const ChangeEntry &change)
{
    if (change.operation == QLatin1String("delete"))
        return HttpResponse::empty(204);
    // The change carries what the write stored, so the body is the one first sent.
    const StoredResource stored{change.type,
                                change.name,
                                change.resource.value(QLatin1String("description")).toString(),
                                change.resource.value(QLatin1String("spec")).toObject(),
                                change.revision,
                                change.time,
                                change.user};
    QJsonObject body = ChangeJson::publicResource(stored);
    // A later write strips this change's secret values; its marks still say which were set.
    const QJsonValue marks = change.resource.value(ConfigDatabaseSecrets::marksKey());
    if (marks.isObject()) {
        QJsonObject secrets;
        const QJsonObject marksObject = marks.toObject();
        for (auto it = marksObject.begin(); it != marksObject.end(); ++it)
            secrets.insert(it.key(), ConfigDatabaseSecrets::isSetMark(it.value().toString()));
        body.insert(QStringLiteral("secrets"), secrets);
    }
    return HttpResponse::json(status(change), body).withHeader("ETag", stored.etag());
}

QJsonObject WriteOutcome::lookup(const ChangeEntry &change)
{
    return {{QStringLiteral("requestId"), change.requestId},
            {QStringLiteral("revision"), change.revision},
            {QStringLiteral("status"), status(change)},
            {QStringLiteral("change"), ChangeJson::change(change, false)}};
}

} // namespace node
