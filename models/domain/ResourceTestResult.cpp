#include "ResourceTestResult.h"

#include <QJsonArray>

std::optional<ResourceTestResult> ResourceTestResult::fromJson(const QJsonObject &object)
{
    const QJsonValue checks = object.value(QLatin1String("checks"));
    const QJsonValue ok = object.value(QLatin1String("ok"));
    if (!checks.isArray() || !ok.isBool())
        return std::nullopt;
    ResourceTestResult result;
    result.nodeId = object.value(QLatin1String("node")).toString();
    result.type = object.value(QLatin1String("type")).toString();
    result.name = object.value(QLatin1String("name")).toString();
    for (const QJsonValue &value : checks.toArray()) {
        if (!value.isObject())
            return std::nullopt;
        const QJsonObject item = value.toObject();
        ResourceTestCheck check;
        check.check = item.value(QLatin1String("check")).toString();
        check.ok = item.value(QLatin1String("ok")).toBool();
        check.reason = item.value(QLatin1String("reason")).toString();
        check.ms = qint64(item.value(QLatin1String("ms")).toDouble());
        check.target = item.value(QLatin1String("target")).toString();
        check.httpStatus = item.value(QLatin1String("status")).toInt();
        result.checks.append(check);
    }
    result.outcome = ok.toBool() ? Outcome::Ok : Outcome::Failed;
    return result;
}

std::optional<ResourceTestCheck> ResourceTestResult::failedCheck() const
{
    for (const ResourceTestCheck &check : checks) {
        if (!check.ok)
            return check;
    }
    return std::nullopt;
}

QString ResourceTestResult::summary() const
{
    switch (outcome) {
    case Outcome::Pending:
        return ResourceTestText::tr("Testing…");
    case Outcome::Ok:
        return ResourceTestText::tr("OK");
    case Outcome::Failed:
        if (const auto failed = failedCheck()) {
            return ResourceTestText::tr("%1: %2").arg(
                failed->check,
                failed->reason.isEmpty() ? ResourceTestText::tr("failed") : failed->reason);
        }
        return ResourceTestText::tr("failed");
    case Outcome::NoAnswer:
        return ResourceTestText::tr("no answer: %1").arg(error);
    case Outcome::Refused:
        return ResourceTestText::tr("refused: %1").arg(error);
    }
    return {};
}

QString ResourceTestResult::details() const
{
    QStringList lines;
    for (const ResourceTestCheck &check : checks) {
        QString line = check.ok
                           ? ResourceTestText::tr("%1 ok (%2 ms)").arg(check.check).arg(check.ms)
                           : ResourceTestText::tr("%1 failed: %2 (%3 ms)")
                                 .arg(check.check, check.reason)
                                 .arg(check.ms);
        if (!check.target.isEmpty())
            line += QLatin1String(" — ") + check.target;
        if (check.httpStatus > 0)
            line += ResourceTestText::tr(", HTTP %1").arg(check.httpStatus);
        lines.append(line);
    }
    if (!error.isEmpty())
        lines.append(error);
    return lines.join(QLatin1Char('\n'));
}

QString resourceTestOutcomeKey(ResourceTestResult::Outcome outcome)
{
    return enumKey(outcome);
}
