// LocalStore's cluster profiles: listing, adding, updating, removing (with everything kept for
// the profile) and reordering, with the name rules checked in the same transaction.
#include "LocalStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LocalStore)
};

} // namespace

QList<ClusterProfile> LocalStore::profiles()
{
    QList<ClusterProfile> result;
    QSqlQuery query =
        prepare(QStringLiteral("SELECT json, name, sort_order FROM profiles ORDER BY sort_order"));
    if (!exec(query))
        return result;
    while (query.next()) {
        const QJsonObject json = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
        auto profile = ClusterProfile::fromJson(json);
        if (!profile)
            continue; // a damaged row must not hide the others
        profile->name = query.value(1).toString();
        profile->sortOrder = query.value(2).toInt();
        result.append(*profile);
    }
    return result;
}

std::optional<ClusterProfile> LocalStore::profile(const QString &id)
{
    QSqlQuery query =
        prepare(QStringLiteral("SELECT json, name, sort_order FROM profiles WHERE id = ?"));
    query.addBindValue(id);
    if (!exec(query) || !query.next())
        return std::nullopt;
    auto profile =
        ClusterProfile::fromJson(QJsonDocument::fromJson(query.value(0).toByteArray()).object());
    if (!profile)
        return std::nullopt;
    profile->name = query.value(1).toString();
    profile->sortOrder = query.value(2).toInt();
    return profile;
}

bool LocalStore::checkName(const ClusterProfile &profile, ProfileValidationError *problem)
{
    auto refuse = [&](const QString &reason) {
        if (problem)
            *problem = {QStringLiteral("name"), reason};
        return fail(reason);
    };
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        return refuse(Tr::tr("A profile needs a name."));
    QSqlQuery query = prepare(QStringLiteral("SELECT id, name FROM profiles"));
    if (!execProfileQuery(query, problem))
        return false;
    while (query.next()) {
        if (query.value(0).toString() != profile.id &&
            query.value(1).toString().compare(name, Qt::CaseInsensitive) == 0)
            return refuse(Tr::tr("Another profile is already called \"%1\".").arg(name));
    }
    return true;
}

std::optional<ClusterProfile> LocalStore::storable(const ClusterProfile &profile,
                                                   ProfileValidationError *problem)
{
    if (auto invalid = profile.validate()) {
        if (problem)
            *problem = *invalid;
        fail(QStringLiteral("%1: %2").arg(invalid->field, invalid->reason));
        return std::nullopt;
    }
    if (!checkName(profile, problem))
        return std::nullopt;
    ClusterProfile stored = profile;
    stored.name = profile.name.trimmed();
    return stored;
}

bool LocalStore::execProfileQuery(QSqlQuery &query, ProfileValidationError *problem)
{
    if (exec(query))
        return true;
    if (problem)
        *problem = {QString(), m_lastError};
    return false;
}

bool LocalStore::addProfile(const ClusterProfile &profile, ProfileValidationError *problem)
{
    const auto stored = storable(profile, problem);
    if (!stored)
        return false;
    QSqlQuery query = prepare(QStringLiteral(
        "INSERT INTO profiles (id, name, sort_order, json) "
        "VALUES (?, ?, (SELECT coalesce(max(sort_order) + 1, 0) FROM profiles), ?)"));
    query.addBindValue(stored->id);
    query.addBindValue(stored->name);
    query.addBindValue(QJsonDocument(stored->toJson()).toJson(QJsonDocument::Compact));
    return execProfileQuery(query, problem);
}

bool LocalStore::updateProfile(const ClusterProfile &profile, ProfileValidationError *problem)
{
    const auto stored = storable(profile, problem);
    if (!stored)
        return false;
    QSqlQuery query =
        prepare(QStringLiteral("UPDATE profiles SET name = ?, json = ? WHERE id = ?"));
    query.addBindValue(stored->name);
    query.addBindValue(QJsonDocument(stored->toJson()).toJson(QJsonDocument::Compact));
    query.addBindValue(stored->id);
    if (!execProfileQuery(query, problem))
        return false;
    if (query.numRowsAffected() != 1) {
        const QString message = Tr::tr("There is no profile with the id %1.").arg(profile.id);
        if (problem)
            *problem = {QStringLiteral("id"), message};
        return fail(message);
    }
    return true;
}

bool LocalStore::removeProfile(const QString &id)
{
    static const char *const statements[] = {
        "DELETE FROM node_samples WHERE node_key IN "
        "(SELECT key FROM node_keys WHERE cluster_id = ?)",
        "DELETE FROM node_samples_recent WHERE node_key IN "
        "(SELECT key FROM node_keys WHERE cluster_id = ?)",
        "DELETE FROM node_keys WHERE cluster_id = ?",
        "DELETE FROM snapshots WHERE cluster_id = ?",
        "DELETE FROM resource_snapshots WHERE cluster_id = ?",
        "DELETE FROM drafts WHERE cluster_id = ?",
        "DELETE FROM profiles WHERE id = ?",
    };
    m_nodeKeys.forget(id);
    return inTransaction([&] {
        for (const char *sql : statements) {
            QSqlQuery query = prepare(QString::fromLatin1(sql));
            query.addBindValue(id);
            if (!exec(query))
                return false;
        }
        return true;
    });
}

bool LocalStore::reorderProfiles(const QStringList &idsInOrder)
{
    QSet<QString> known;
    {
        QSqlQuery query = prepare(QStringLiteral("SELECT id FROM profiles"));
        if (!exec(query))
            return false;
        while (query.next())
            known.insert(query.value(0).toString());
    }
    const QSet<QString> given(idsInOrder.cbegin(), idsInOrder.cend());
    if (given != known || idsInOrder.size() != known.size())
        return fail(Tr::tr("The new order must name every profile exactly once."));
    return inTransaction([&] {
        QSqlQuery query =
            prepare(QStringLiteral("UPDATE profiles SET sort_order = ? WHERE id = ?"));
        for (qsizetype i = 0; i < idsInOrder.size(); ++i) {
            query.bindValue(0, i);
            query.bindValue(1, idsInOrder.at(i));
            if (!exec(query))
                return false;
        }
        return true;
    });
}
