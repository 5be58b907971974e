#include "ProblemDetails.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace {

QString stringMember(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString().trimmed() : QString();
}

} // namespace

QString ProblemDetails::slug() const
{
    const qsizetype slash = type.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? type : type.mid(slash + 1);
}

QString ProblemDetails::summary() const
{
    QString text = title;
    if (!detail.isEmpty() && detail != title)
        text = text.isEmpty() ? detail : text + QStringLiteral(": ") + detail;
    if (!field.isEmpty())
        text += QStringLiteral(" (") + field + QLatin1Char(')');
    return text;
}

std::optional<ProblemDetails> ProblemDetails::fromJson(const QJsonObject &object)
{
    ProblemDetails problem;
    problem.type = stringMember(object, QLatin1StringView("type"));
    problem.title = stringMember(object, QLatin1StringView("title"));
    problem.detail = stringMember(object, QLatin1StringView("detail"));
    problem.field = stringMember(object, QLatin1StringView("field"));
    problem.instance = stringMember(object, QLatin1StringView("instance"));
    const QJsonValue status = object.value(QLatin1StringView("status"));
    if (status.isDouble()) {
        const double value = status.toDouble();
        if (value >= 100 && value <= 599 && value == static_cast<int>(value))
            problem.status = static_cast<int>(value);
    }
    if (!problem.isValid())
        return std::nullopt;
    return problem;
}

std::optional<ProblemDetails> ProblemDetails::parse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return fromJson(document.object());
}
