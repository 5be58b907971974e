#pragma once
// The four external-resource types of docs/api.md, their fields, and validation. Shared by the
// reference node (which enforces it) and the console (which validates as the user types).

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

struct ValidationError
{
    QString field;  // "name", "spec.port", ... (JSON path of the offending field)
    QString detail; // human-readable reason
};

// One spec field of a type as the doc's table lists it: enough for a console to build a form.
struct ResourceFieldInfo
{
    enum class Kind {
        String,    // length in [min, max] code points
        Enum,      // one of `choices`
        Integer,   // whole number in [min, max]
        Date,      // YYYY-MM-DD, a real calendar date
        Host,      // hostname or IP literal, at most 253 characters
        JavaClass, // fully qualified Java class name
        JdbcUrl,   // jdbc:<subprotocol>:...
        HttpUrl,   // absolute http(s) URL with a host
        StringMap, // object of string -> string, at most `max` entries
        Secret     // write-only string; null clears it
    };
    QString name;
    Kind kind = Kind::String;
    bool required = false;
    qint64 min = 0;
    qint64 max = 0;
    QStringList choices;
    QJsonValue defaultValue = QJsonValue(QJsonValue::Undefined);
};

class ResourceSchema final
{
public:
    // "database", "jdbc", "fileserver", "webservice"
    static QStringList types();
    static bool isKnownType(const QString &type);

    // Names: 1..64 chars of [A-Za-z0-9._-], starting with a letter or digit.
    static std::optional<ValidationError> validateName(const QString &name);

    // Names of the write-only secret fields of a type (e.g. jdbc: "password").
    static QStringList secretFields(const QString &type);

    // The spec fields of a type in the doc's order; empty for an unknown type.
    static QList<ResourceFieldInfo> fields(const QString &type);
    // One field on its own, as validateSpec checks it (an undefined value: only the required
    // check). Rules across fields (fileserver host, jdbc poolMax >= poolMin) need validateSpec.
    static std::optional<ValidationError> validateField(const QString &type, const QString &field,
                                                        const QJsonValue &value);

    // Checks a PUT body's "spec" (secrets as plain strings or null): unknown fields, each
    // field's rules and the rules across fields. Returns the first error, nothing when valid;
    // it changes nothing, mergeSecrets makes the spec to store.
    static std::optional<ValidationError> validateSpec(const QString &type,
                                                       const QJsonObject &spec);
    // The spec to store. `existingSpec` is the stored spec for an update (secrets included),
    // empty for a create: a secret field absent from `spec` keeps its stored value, null or
    // any other non-string drops it. The documented defaults are filled in (withDefaults).
    static QJsonObject mergeSecrets(const QString &type, const QJsonObject &spec,
                                    const QJsonObject &existingSpec);
    // Adds the documented default of every absent optional field that has one
    // (database poolSize, jdbc poolMin/poolMax, webservice authKind/timeoutMs).
    static QJsonObject withDefaults(const QString &type, const QJsonObject &spec);

    // The PUT body's "description": absent (undefined) or a string of at most 1024 characters.
    static std::optional<ValidationError> validateDescription(const QJsonValue &description);

    // The stored spec with secret values removed, plus {"secrets": {field: bool set}}.
    static QJsonObject publicSpec(const QString &type, const QJsonObject &storedSpec);
    static QJsonObject secretState(const QString &type, const QJsonObject &storedSpec);

    // Canonical bytes (sorted keys, compact) used for checksums and ETags.
    static QByteArray canonicalJson(const QJsonObject &object);
};
