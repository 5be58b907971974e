#pragma once
// ProblemDetails: an RFC 9457 error answer (application/problem+json) as the node sends it,
// parsed leniently so a half-valid document still yields a readable message.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

struct ProblemDetails
{
    QString type;   // "https://clusterdesk.example/problems/<slug>"
    QString title;  // short, human-readable summary
    int status = 0; // the HTTP status the node meant; 0 when absent
    QString detail; // this occurrence's explanation
    QString field;  // the offending field for validation errors (e.g. "spec.port")
    QString instance;

    // True when at least a title or a detail is present: enough to show something.
    bool isValid() const { return !title.isEmpty() || !detail.isEmpty(); }

    // The last path segment of `type` ("misdirected", "validation", ...), or empty.
    QString slug() const;

    // "title: detail (field)", leaving out whatever is missing.
    QString summary() const;

    // Members of the wrong JSON type are ignored, not fatal: the answer came from a server we
    // do not control. Returns nullopt for a body that is not a JSON object or has neither a
    // title nor a detail.
    static std::optional<ProblemDetails> fromJson(const QJsonObject &object);
    static std::optional<ProblemDetails> parse(const QByteArray &body);

    friend bool operator==(const ProblemDetails &, const ProblemDetails &) = default;
};
