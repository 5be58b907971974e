#pragma once
// ChangeStates: the definition before and after a change as the change log keeps and serves
// it. Secret fields never appear as values: a secret set on that side of the change is
// {"secret": "changed"} when the change set, replaced or cleared it and {"secret": "unchanged"}
// when it stayed the same; a secret unset on that side is left out.

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVariant>

namespace node::ChangeStates {

// {"description": ..., "spec": {...}} of `spec` (a stored spec, secret values included) against
// `otherSpec`, the stored spec on the other side of the change (empty when there is none).
QJsonObject state(const QString &type, const QString &description, const QJsonObject &spec,
                  const QJsonObject &otherSpec);

// Storage form of a side: NULL for "not recorded" (undefined), "null" for no resource.
QVariant toColumn(const QJsonValue &side);
QJsonValue fromColumn(const QVariant &column);

} // namespace node::ChangeStates
