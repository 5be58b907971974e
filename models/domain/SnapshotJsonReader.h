#pragma once
// SnapshotJsonReader: reads typed fields from JSON for the snapshot parsers (nodes, clusters,
// findings, clock answers): a missing or null field is "unknown", a field of the wrong type is an
// error naming the field's path ("config.revision"); the first error wins.

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <optional>

class SnapshotJsonReader final
{
public:
    SnapshotJsonReader(const QJsonObject &object, const QString &path, QString *error);

    bool ok() const { return m_ok; }
    std::optional<QString> string(const QString &key);
    std::optional<qint64> integer(const QString &key);
    std::optional<double> number(const QString &key);
    std::optional<bool> boolean(const QString &key);
    std::optional<QJsonObject> object(const QString &key);
    std::optional<QJsonArray> array(const QString &key);
    // A string field, empty when it is missing (or of the wrong type, which is an error).
    QString text(const QString &key) { return string(key).value_or(QString()); }
    // A reader for an object field, with this reader's error and the field's path; nullopt when
    // the field is missing or not an object (an error). Check its ok() after reading from it.
    std::optional<SnapshotJsonReader> nested(const QString &key);
    // Calls `parse` with each element of the array field `key` (nothing when it is missing); an
    // element that is not an object is an error ("nodes[2]"). Stops at the first element `parse`
    // refuses (returns false). False when anything failed.
    template<typename Parse> bool forEachObject(const QString &key, Parse parse)
    {
        const QJsonArray items = array(key).value_or(QJsonArray());
        for (qsizetype i = 0; m_ok && i < items.size(); ++i) {
            if (!items.at(i).isObject()) {
                fail(QStringLiteral("%1[%2]").arg(key).arg(i),
                     QStringLiteral("should be an object"));
                return false;
            }
            if (!parse(items.at(i).toObject()))
                return false;
        }
        return m_ok;
    }
    // A field holding one of an enum's stable keys ("up", "via-load-balancer"): `fallback` when
    // it is missing, and an error naming the field for a key `fromKey` does not know.
    template<typename Enum>
    Enum enumKey(const QString &key, std::optional<Enum> (*fromKey)(QStringView), Enum fallback)
    {
        const auto text = string(key);
        if (!text)
            return fallback;
        const auto value = fromKey(*text);
        if (!value) {
            fail(key, QStringLiteral("has an unknown value '%1'").arg(*text));
            return fallback;
        }
        return *value;
    }
    // Reports an error against a field of this object (first error wins).
    void fail(const QString &key, const QString &problem);
    QString fieldPath(const QString &key) const;

private:
    std::optional<QJsonValue> present(const QString &key);
    // present(), and an error "should be <expected>" when it is not of `type`.
    std::optional<QJsonValue> ofType(const QString &key, QJsonValue::Type type,
                                     const QString &expected);

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
    bool m_ok = true;
};
