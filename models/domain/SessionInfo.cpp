#include "SessionInfo.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionInfo)
};
} // namespace

QString SessionInfo::readOnlyReason() const
{
    if (!isReadOnly())
        return {};
    return Tr::tr("You are signed in as %1: read-only").arg(roleName(role));
}

QString SessionInfo::roleName(Role role)
{
    return role == Role::Unknown ? QString() : enumKey(role);
}

std::optional<SessionInfo> SessionInfo::fromJson(const QJsonObject &object)
{
    const QJsonValue user = object.value(u"username");
    const QJsonValue role = object.value(u"role");
    const QJsonValue canWrite = object.value(u"canWrite");
    if (!user.isString() || !role.isString() || !canWrite.isBool())
        return std::nullopt;
    SessionInfo info;
    info.username = user.toString();
    const std::optional<Role> known = enumFromKey<Role>(role.toString());
    if (!known || *known == Role::Unknown)
        return std::nullopt;
    info.role = *known;
    info.canWrite = canWrite.toBool();
    return info;
}
