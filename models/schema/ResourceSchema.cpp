#include "ResourceSchema.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using Kind = ResourceFieldInfo::Kind;

struct FieldRule
{
    QString name;
    Kind kind;
    bool required = false;
    qint64 min = 0;
    qint64 max = 0;
    QStringList choices;
    QJsonValue defaultValue = QJsonValue(QJsonValue::Undefined);
};

using Rules = std::vector<FieldRule>;

FieldRule rule(const char *name, Kind kind, bool required, qint64 min = 0, qint64 max = 0)
{
    return FieldRule{QString::fromLatin1(name),        kind, required, min, max, {},
                     QJsonValue(QJsonValue::Undefined)};
}

FieldRule choice(const char *name, bool required, QStringList choices)
{
    return FieldRule{
        QString::fromLatin1(name),        Kind::Enum, required, 0, 0, std::move(choices),
        QJsonValue(QJsonValue::Undefined)};
}

FieldRule withDefault(FieldRule r, QJsonValue value)
{
    r.defaultValue = std::move(value);
    return r;
}

// The tables of docs/api.md "External resources", in the order the doc lists them.
const Rules &rulesFor(const QString &type)
{
    static const Rules database{
        rule("module", Kind::String, true, 1, 64),
        choice("kind", true, {u"postal"_s, u"geocoding"_s, u"spatial"_s, u"routing"_s, u"other"_s}),
        rule("location", Kind::String, true, 1, 1024),
        choice("placement", true, {u"each-node"_s, u"shared"_s}),
        withDefault(rule("poolSize", Kind::Integer, false, 1, 256), 4),
        rule("vintage", Kind::String, false, 0, 32),
        rule("expiry", Kind::Date, false),
    };
    static const Rules jdbc{
        rule("driver", Kind::String, true, 1, 64),
        rule("driverClass", Kind::JavaClass, true),
        rule("url", Kind::JdbcUrl, true),
        rule("host", Kind::Host, false),
        rule("port", Kind::Integer, false, 1, 65535),
        rule("database", Kind::String, false, 0, 128),
        rule("user", Kind::String, false, 0, 128),
        rule("password", Kind::Secret, false),
        rule("properties", Kind::StringMap, false, 0, 64),
        withDefault(rule("poolMin", Kind::Integer, false, 0, 1000), 0),
        withDefault(rule("poolMax", Kind::Integer, false, 1, 1000), 10),
        rule("connectTimeoutMs", Kind::Integer, false, 0, 600000),
    };
    static const Rules fileserver{
        choice("protocol", true,
               {u"ftp"_s, u"sftp"_s, u"ftps"_s, u"smb"_s, u"hdfs"_s, u"s3"_s, u"local"_s}),
        rule("host", Kind::Host, false), // required unless protocol is local: checked below
        rule("port", Kind::Integer, false, 1, 65535),
        rule("rootPath", Kind::String, true, 1, 1024),
        rule("user", Kind::String, false, 0, 128),
        rule("secret", Kind::Secret, false),
    };
    static const Rules webservice{
        choice("kind", true, {u"REST"_s, u"SOAP"_s}),
        rule("url", Kind::HttpUrl, true),
        withDefault(choice("authKind", false, {u"none"_s, u"basic"_s, u"bearer"_s, u"apikey"_s}),
                    u"none"_s),
        rule("user", Kind::String, false, 0, 128),
        rule("secret", Kind::Secret, false),
        withDefault(rule("timeoutMs", Kind::Integer, false, 1, 600000), 30000),
    };
    static const Rules none;
    if (type == u"database")
        return database;
    if (type == u"jdbc")
        return jdbc;
    if (type == u"fileserver")
        return fileserver;
    if (type == u"webservice")
        return webservice;
    return none;
}

const FieldRule *findRule(const Rules &rules, const QString &name)
{
    for (const FieldRule &r : rules) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

// "Characters" in the doc are Unicode code points, not UTF-16 units.
qsizetype characterCount(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
}

bool isIpv4(const QString &text)
{
    static const QRegularExpression pattern(
        u"\\A(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\z"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    for (int i = 1; i <= 4; ++i) {
        if (match.captured(i).toInt() > 255)
            return false;
    }
    return true;
}

bool isHost(const QString &text)
{
    if (text.isEmpty() || text.size() > 253)
        return false;
    if (text.contains(u':')) {
        // An IPv6 literal, with or without brackets; QUrl parses it strictly.
        QString bare = text;
        if (bare.startsWith(u'[') && bare.endsWith(u']'))
            bare = bare.mid(1, bare.size() - 2);
        static const QRegularExpression ipv6Chars(u"\\A[0-9A-Fa-f:.]+\\z"_s);
        if (!ipv6Chars.match(bare).hasMatch())
            return false;
        QUrl url;
        url.setHost(bare, QUrl::StrictMode);
        return url.isValid() && !url.host().isEmpty();
    }
    static const QRegularExpression dottedNumbers(u"\\A[0-9.]+\\z"_s);
    if (dottedNumbers.match(text).hasMatch())
        return isIpv4(text);
    // RFC 1123 host names: labels of letters, digits and inner hyphens, 1..63 long.
    static const QRegularExpression hostName(
        u"\\A[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\z"_s);
    return hostName.match(text).hasMatch();
}

bool isJavaClassName(const QString &text)
{
    static const QRegularExpression pattern(
        u"\\A[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*\\z"_s);
    return pattern.match(text).hasMatch();
}

bool isJdbcUrl(const QString &text)
{
    static const QRegularExpression pattern(u"\\Ajdbc:[A-Za-z][A-Za-z0-9_.+-]*:\\S*\\z"_s);
    return pattern.match(text).hasMatch();
}

bool isHttpUrl(const QString &text)
{
    if (!text.startsWith(u"http://", Qt::CaseInsensitive) &&
        !text.startsWith(u"https://", Qt::CaseInsensitive))
        return false;
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty();
}

bool isDate(const QString &text)
{
    static const QRegularExpression pattern(u"\\A\\d{4}-\\d{2}-\\d{2}\\z"_s);
    return pattern.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    // Beyond 2^53 doubles are not exact; no field allows numbers that large anyway.
    if (!std::isfinite(number) || std::trunc(number) != number || std::fabs(number) > 9.0e15)
        return std::nullopt;
    return static_cast<qint64>(number);
}

ValidationError fieldError(const QString &field, const QString &detail)
{
    return ValidationError{u"spec."_s + field, detail};
}

std::optional<ValidationError> checkString(const FieldRule &r, const QJsonValue &value)
{
    if (!value.isString())
        return fieldError(r.name, u"must be a string"_s);
    const qsizetype length = characterCount(value.toString());
    if (length < r.min || length > r.max) {
        return fieldError(r.name, r.min > 0
                                      ? u"must be %1 to %2 characters long"_s.arg(r.min).arg(r.max)
                                      : u"must be at most %1 characters long"_s.arg(r.max));
    }
    return std::nullopt;
}

std::optional<ValidationError> checkField(const FieldRule &r, const QJsonValue &value)
{
    switch (r.kind) {
    case Kind::String:
        return checkString(r, value);
    case Kind::Enum:
        if (!value.isString() || !r.choices.contains(value.toString()))
            return fieldError(r.name, u"must be one of: %1"_s.arg(r.choices.join(u", ")));
        return std::nullopt;
    case Kind::Integer: {
        const std::optional<qint64> number = wholeNumber(value);
        if (!number || *number < r.min || *number > r.max)
            return fieldError(r.name, u"must be an integer from %1 to %2"_s.arg(r.min).arg(r.max));
        return std::nullopt;
    }
    case Kind::Date:
        if (!value.isString() || !isDate(value.toString()))
            return fieldError(r.name, u"must be a date YYYY-MM-DD"_s);
        return std::nullopt;
    case Kind::Host:
        if (!value.isString() || !isHost(value.toString()))
            return fieldError(r.name,
                              u"must be a host name or IP address (at most 253 characters)"_s);
        return std::nullopt;
    case Kind::JavaClass:
        if (!value.isString() || !isJavaClassName(value.toString()))
            return fieldError(r.name, u"must be a Java class name such as org.postgresql.Driver"_s);
        return std::nullopt;
    case Kind::JdbcUrl:
        if (!value.isString() || !isJdbcUrl(value.toString()))
            return fieldError(r.name, u"must start with jdbc:<subprotocol>:"_s);
        return std::nullopt;
    case Kind::HttpUrl:
        if (!value.isString() || !isHttpUrl(value.toString()))
            return fieldError(r.name, u"must be an absolute http:// or https:// URL with a host"_s);
        return std::nullopt;
    case Kind::StringMap: {
        if (!value.isObject())
            return fieldError(r.name, u"must be an object of strings"_s);
        const QJsonObject map = value.toObject();
        if (map.size() > r.max)
            return fieldError(r.name, u"must have at most %1 entries"_s.arg(r.max));
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!it.value().isString())
                return fieldError(r.name, u"value of \"%1\" must be a string"_s.arg(it.key()));
        }
        return std::nullopt;
    }
    case Kind::Secret:
        if (!value.isString() && !value.isNull())
            return fieldError(r.name, u"must be a string, or null to clear it"_s);
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

QStringList ResourceSchema::types()
{
    return {u"database"_s, u"jdbc"_s, u"fileserver"_s, u"webservice"_s};
}

bool ResourceSchema::isKnownType(const QString &type)
{
    return types().contains(type);
}

std::optional<ValidationError> ResourceSchema::validateName(const QString &name)
{
    static const QRegularExpression pattern(u"\\A[A-Za-z0-9][A-Za-z0-9._-]{0,63}\\z"_s);
    if (!pattern.match(name).hasMatch()) {
        return ValidationError{u"name"_s,
                               u"must be 1 to 64 characters of A-Z a-z 0-9 . _ - starting with a "
                               "letter or digit"_s};
    }
    return std::nullopt;
}

QList<ResourceFieldInfo> ResourceSchema::fields(const QString &type)
{
    QList<ResourceFieldInfo> infos;
    for (const FieldRule &r : rulesFor(type))
        infos.append(
            ResourceFieldInfo{r.name, r.kind, r.required, r.min, r.max, r.choices, r.defaultValue});
    return infos;
}

std::optional<ValidationError>
ResourceSchema::validateField(const QString &type, const QString &field, const QJsonValue &value)
{
    const FieldRule *r = findRule(rulesFor(type), field);
    if (!r)
        return fieldError(field, u"unknown field for type %1"_s.arg(type));
    if (value.isUndefined())
        return r->required ? std::optional(fieldError(field, u"is required"_s)) : std::nullopt;
    return checkField(*r, value);
}

QStringList ResourceSchema::secretFields(const QString &type)
{
    QStringList fields;
    for (const FieldRule &r : rulesFor(type)) {
        if (r.kind == Kind::Secret)
            fields.append(r.name);
    }
    return fields;
}

std::optional<ValidationError> ResourceSchema::validateSpec(const QString &type,
                                                            const QJsonObject &spec)
{
    if (!isKnownType(type))
        return ValidationError{u"type"_s, u"unknown resource type"_s};
    const Rules &rules = rulesFor(type);
    for (auto it = spec.begin(); it != spec.end(); ++it) {
        if (!findRule(rules, it.key()))
            return fieldError(it.key(), u"unknown field for type %1"_s.arg(type));
    }
    for (const FieldRule &r : rules) {
        const QJsonValue value = spec.value(r.name);
        if (value.isUndefined()) {
            if (r.required)
                return fieldError(r.name, u"is required"_s);
            continue;
        }
        if (std::optional<ValidationError> error = checkField(r, value))
            return error;
    }
    if (type == u"fileserver" && spec.value(u"protocol").toString() != u"local" &&
        !spec.contains(u"host")) {
        return fieldError(u"host"_s, u"is required unless protocol is local"_s);
    }
    if (type == u"jdbc") {
        // Compare the effective values: an absent bound takes its default.
        const QJsonObject effective = withDefaults(type, spec);
        if (effective.value(u"poolMax").toInteger() < effective.value(u"poolMin").toInteger()) {
            return spec.contains(u"poolMax")
                       ? fieldError(u"poolMax"_s, u"must be at least poolMin"_s)
                       : fieldError(u"poolMin"_s, u"must be at most poolMax (default 10)"_s);
        }
    }
    return std::nullopt;
}

QJsonObject ResourceSchema::mergeSecrets(const QString &type, const QJsonObject &spec,
                                         const QJsonObject &existingSpec)
{
    QJsonObject merged = spec;
    for (const QString &field : secretFields(type)) {
        const QJsonValue given = spec.value(field);
        if (given.isString())
            continue;
        merged.remove(field);
        const QJsonValue stored = existingSpec.value(field);
        if (given.isUndefined() && stored.isString())
            merged.insert(field, stored);
    }
    return withDefaults(type, merged);
}

QJsonObject ResourceSchema::withDefaults(const QString &type, const QJsonObject &spec)
{
    QJsonObject filled = spec;
    for (const FieldRule &r : rulesFor(type)) {
        if (!r.defaultValue.isUndefined() && !filled.contains(r.name))
            filled.insert(r.name, r.defaultValue);
    }
    return filled;
}

std::optional<ValidationError> ResourceSchema::validateDescription(const QJsonValue &description)
{
    if (description.isUndefined())
        return std::nullopt;
    if (!description.isString() || characterCount(description.toString()) > 1024)
        return ValidationError{u"description"_s, u"must be a string of at most 1024 characters"_s};
    return std::nullopt;
}

QJsonObject ResourceSchema::publicSpec(const QString &type, const QJsonObject &storedSpec)
{
    QJsonObject visible = storedSpec;
    for (const QString &field : secretFields(type))
        visible.remove(field);
    return visible;
}

QJsonObject ResourceSchema::secretState(const QString &type, const QJsonObject &storedSpec)
{
    QJsonObject state;
    for (const QString &field : secretFields(type))
        state.insert(field, storedSpec.value(field).isString());
    return state;
}

QByteArray ResourceSchema::canonicalJson(const QJsonObject &object)
{
    // QJsonObject keeps its keys sorted at every level, so the compact form is canonical.
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
