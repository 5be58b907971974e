// ProfileFormValidator: every problem of a cluster profile being typed into a form, by field,
// where ClusterProfile::validate() stops at the first; plus the checks only a form needs
// (required name and secret, a name no other cluster has, a readable CA file).
#pragma once

#include "ClusterProfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class ProfileFormValidator final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileFormValidator)

public:
    ProfileFormValidator() = delete;

    // Field names as in ClusterProfile's JSON; every accepted certificate maps to one field.
    static const QString NameField;
    static const QString UrlField;
    static const QString UserField;
    static const QString PasswordField;
    static const QString CaField;
    static const QString PinField;
    static const QString AcceptedField;
    static const QString StatsField;
    static const QString PollField;
    static const QString WarnField;
    static const QString CritField;

    // Field -> readable reason. `secretRequired`: a new profile, or one whose sign-in kind
    // changed, needs its password or token typed; `otherProfiles` are the saved ones.
    static QHash<QString, QString> problems(const ClusterProfile &profile, bool secretRequired,
                                            bool secretGiven,
                                            const QList<ClusterProfile> &otherProfiles);
    // Whether a problem in `field` makes a connection test pointless.
    static bool blocksConnection(const QString &field);
    // A URL as typed: trimmed, parsed strictly; empty text gives an empty URL.
    static QUrl parseUrl(const QString &text);
};
