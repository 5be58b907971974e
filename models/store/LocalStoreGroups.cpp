// LocalStore's cluster groups (schema 7): the folders made in the sidebar, and renaming or
// removing a folder across the stored groups and every profile in one transaction.
#include "LocalStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LocalStore)
};

bool isGroupPath(const QString &path)
{
    return !path.isEmpty() && path == ClusterProfile::normalizedGroup(path) &&
           path.size() <= ClusterProfile::MaxGroupLength;
}

QString notAGroup(const QString &path)
{
    return Tr::tr("\"%1\" is not a group: folder names separated by \"/\", none of them empty.")
        .arg(path);
}

} // namespace

QStringList LocalStore::groups()
{
    QStringList result;
    QSqlQuery query = prepare(QStringLiteral("SELECT path FROM cluster_groups ORDER BY path"));
    if (!exec(query))
        return result;
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

bool LocalStore::addGroup(const QString &path)
{
    if (!isGroupPath(path))
        return fail(notAGroup(path));
    QSqlQuery query = prepare(QStringLiteral("INSERT OR IGNORE INTO cluster_groups VALUES (?)"));
    query.addBindValue(path);
    return exec(query);
}

bool LocalStore::moveGroupContents(const QString &from, const QString &to)
{
    // The stored folders inside `from`, renamed (two folders may become one).
    const QStringList stored = groups();
    for (const QString &path : stored) {
        const QString renamed = ClusterProfile::renamedGroup(path, from, to);
        if (renamed == path)
            continue;
        QSqlQuery remove = prepare(QStringLiteral("DELETE FROM cluster_groups WHERE path = ?"));
        remove.addBindValue(path);
        if (!exec(remove) || (!renamed.isEmpty() && !addGroup(renamed)))
            return false;
    }
    // Every profile in `from`, through its JSON like updateProfile() writes it.
    for (ClusterProfile profile : profiles()) {
        const QString renamed = ClusterProfile::renamedGroup(profile.group, from, to);
        if (renamed == profile.group)
            continue;
        profile.group = renamed;
        if (const auto invalid = profile.validate())
            return fail(Tr::tr("%1 cannot move to group \"%2\": %3")
                            .arg(profile.name, renamed, invalid->reason));
        QSqlQuery update = prepare(QStringLiteral("UPDATE profiles SET json = ? WHERE id = ?"));
        update.addBindValue(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact));
        update.addBindValue(profile.id);
        if (!exec(update))
            return false;
    }
    return true;
}

bool LocalStore::renameGroup(const QString &from, const QString &to)
{
    if (!isGroupPath(from) || (!to.isEmpty() && !isGroupPath(to)))
        return fail(notAGroup(isGroupPath(from) ? to : from));
    if (to.startsWith(from + QLatin1Char('/')))
        return fail(Tr::tr("A group cannot move into its own folder \"%1\".").arg(from));
    return inTransaction([&] { return moveGroupContents(from, to); });
}

bool LocalStore::removeGroup(const QString &path)
{
    if (!isGroupPath(path))
        return fail(notAGroup(path));
    return inTransaction([&] {
        // The folder itself goes; what it held moves up to its parent.
        QSqlQuery remove = prepare(QStringLiteral("DELETE FROM cluster_groups WHERE path = ?"));
        remove.addBindValue(path);
        return exec(remove) && moveGroupContents(path, ClusterProfile::parentGroup(path));
    });
}
