#pragma once
// One node's test of one resource definition (POST /api/v1/resources/{type}/{name}/test): the
// checks it made with their reasons, or why the node gave no answer. A value; the console's
// fan-out collects one per resource and node.

#include "EnumKey.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

struct ResourceTestCheck
{
    QString check; // "resolve", "connect", "tls", "http", "location", "definition"
    bool ok = false;
    QString reason; // the node's words ("connection refused"); empty when ok
    qint64 ms = 0;
    QString target; // "db.example:5432", a path; never a secret
    int httpStatus = 0;

    bool operator==(const ResourceTestCheck &) const = default;
};

struct ResourceTestResult
{
    Q_GADGET

public:
    // Ok / Failed: the node answered with its checks. NoAnswer: the node did not answer in
    // time or is down. Refused: the cluster refused the test (a role, a missing resource).
    enum class Outcome { Pending, Ok, Failed, NoAnswer, Refused };
    Q_ENUM(Outcome)

    QString clusterId;
    QString clusterName;
    QString type;
    QString name;
    QString nodeId;
    QDateTime finishedAt; // UTC
    Outcome outcome = Outcome::Pending;
    QList<ResourceTestCheck> checks;
    QString error; // NoAnswer / Refused: what happened

    // Parses the node's answer into checks and Ok/Failed; nullopt when it is not one.
    static std::optional<ResourceTestResult> fromJson(const QJsonObject &object);
    // The first failing check, if any.
    std::optional<ResourceTestCheck> failedCheck() const;
    // One line for a cell or the command line: "OK", "connect: connection refused".
    QString summary() const;
    // Every check with its time, one per line, for a tooltip.
    QString details() const;

    bool operator==(const ResourceTestResult &) const = default;
};

QString resourceTestOutcomeKey(ResourceTestResult::Outcome outcome);

struct ResourceTestText
{
    Q_DECLARE_TR_FUNCTIONS(ResourceTestText)
};
