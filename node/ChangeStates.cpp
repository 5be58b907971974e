#include "ChangeStates.h"

#include "ResourceSchema.h"

#include <QJsonDocument>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace node::ChangeStates {

QJsonObject state(const QString &type, const QString &description, const QJsonObject &spec,
                  const QJsonObject &otherSpec)
{
    QJsonObject visible = ResourceSchema::publicSpec(type, spec);
    for (const QString &field : ResourceSchema::secretFields(type)) {
        const QJsonValue value = spec.value(field);
        if (!value.isString())
            continue;
        const bool changed = otherSpec.value(field) != value;
        visible.insert(field, QJsonObject{{u"secret"_s, changed ? u"changed"_s : u"unchanged"_s}});
    }
    return {{u"description"_s, description}, {u"spec"_s, visible}};
}

QVariant toColumn(const QJsonValue &side)
{
    if (side.isUndefined())
        return QVariant(QMetaType(QMetaType::QString));
    if (side.isObject())
        return QString::fromUtf8(ResourceSchema::canonicalJson(side.toObject()));
    return u"null"_s;
}

QJsonValue fromColumn(const QVariant &column)
{
    if (column.isNull())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument document = QJsonDocument::fromJson(column.toString().toUtf8());
    if (document.isObject())
        return document.object();
    return QJsonValue(QJsonValue::Null);
}

} // namespace node::ChangeStates
