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
    switch (role) {
    case Role::Viewer:
        return u"viewer"_s;
    case Role::Admin:
        return u"admin"_s;
    case Role::Unknown:
        break;
    }
    return {};
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
    if (role.toString() == u"viewer")
        info.role = Role::Viewer;
    else if (role.toString() == u"admin")
        info.role = Role::Admin;
    else
        return std::nullopt;
    info.canWrite = canWrite.toBool();
    return info;
}
