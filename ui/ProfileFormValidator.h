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
    // Each bad node URL is its own field, "nodeUrls[<index>]", as ClusterProfile names it.
    static const QString NodeUrlsField;
    static const QString PollField;
    static const QString WarnField;
    static const QString CritField;

    // Field -> readable reason. `secretRequired`: a new profile, or one whose sign-in kind
    // changed, needs its password or token typed; `otherProfiles` are the saved ones.
    static QHash<QString, QString> problems(const ClusterProfile &profile, bool secretRequired,
                                            bool secretGiven,
                                            const QList<ClusterProfile> &otherProfiles);
    // Field -> readable warning: worth saying, but no reason to refuse the profile (another
    // saved cluster with the same load balancer URL, say a viewer's next to an admin's).
    static QHash<QString, QString> warnings(const ClusterProfile &profile,
                                            const QList<ClusterProfile> &otherProfiles);
    // Whether two load balancer URLs address the same place (case of the host, a default
    // port, a trailing slash do not matter).
    static bool sameAddress(const QUrl &a, const QUrl &b);
    // Whether a problem in `field` makes a connection test pointless.
    static bool blocksConnection(const QString &field);
    // A URL as typed: trimmed, parsed strictly; empty text gives an empty URL.
    static QUrl parseUrl(const QString &text);
};
