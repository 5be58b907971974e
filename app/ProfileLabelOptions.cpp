#include "ProfileLabelOptions.h"

#include "ConnectionOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ProfileLabelOptions)
};

} // namespace

ProfileLabelOptions::ProfileLabelOptions()
    : environment(QStringLiteral("environment"),
                  Tr::tr("The environment label: production, staging, test or a name of your "
                         "own (empty: none). Writes to production need --confirm <name>."),
                  QStringLiteral("name"))
    , environmentColour(QStringLiteral("environment-colour"),
                        Tr::tr("The label's colour as #rrggbb (default: production red, staging "
                               "amber, test green, others blue)."),
                        QStringLiteral("colour"))
    , readOnly(QStringLiteral("read-only"),
               Tr::tr("Refuse every write to this cluster, whatever the account may do."))
    , readWrite(QStringLiteral("read-write"), Tr::tr("Allow writes again (the default)."))
    , group(QStringLiteral("group"),
            Tr::tr("The folder in the sidebar and the fleet, e.g. EMEA/Production (empty: "
                   "none)."),
            QStringLiteral("path"))
    , nodeUrl(QStringLiteral("node-url"),
              Tr::tr("A node's own URL, for a plain Spectrum cluster that no statistics page "
                     "lists; repeat it for every node (all of them replace the saved ones; one "
                     "empty value forgets them)."),
              QStringLiteral("url"))
    , token(QStringLiteral("token"),
            Tr::tr("The Spectrum token a password sign-in asks for: session (the default, "
                   "ended when the command or window is done) or open (no session)."),
            QStringLiteral("session|open"))
    , statsUser(QStringLiteral("stats-user"),
                Tr::tr("The admin user of HAProxy's statistics page, with which the window and "
                       "clusterdesk node drain a node, put it into maintenance or make it ready "
                       "(empty: none)."),
                QStringLiteral("user"))
{}

void ProfileLabelOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions(
        {environment, environmentColour, readOnly, readWrite, group, nodeUrl, token, statsUser});
}

bool ProfileLabelOptions::read(const QCommandLineParser &parser, ProfileLabels *labels,
                               QString *error) const
{
    if (parser.isSet(readOnly) && parser.isSet(readWrite)) {
        *error = Tr::tr("give either --read-only or --read-write, not both");
        return false;
    }
    if (parser.isSet(environment))
        labels->environment = parser.value(environment);
    if (parser.isSet(environmentColour))
        labels->environmentColour = parser.value(environmentColour);
    if (parser.isSet(readOnly))
        labels->readOnly = true;
    if (parser.isSet(readWrite))
        labels->readOnly = false;
    if (parser.isSet(group))
        labels->group = parser.value(group);
    if (parser.isSet(statsUser))
        labels->statsUser = parser.value(statsUser);
    if (parser.isSet(nodeUrl)) {
        const QStringList values = parser.values(nodeUrl);
        QList<QUrl> urls;
        for (const QString &value : values) {
            if (values.size() == 1 && value.trimmed().isEmpty())
                break; // --node-url "" forgets them
            const auto url = ConnectionOptions::urlArgument(value);
            if (!url) {
                *error = Tr::tr("invalid --node-url: %1").arg(value);
                return false;
            }
            urls.append(*url);
        }
        labels->nodeUrls = urls;
    }
    if (parser.isSet(token)) {
        const QString kind = parser.value(token).trimmed().toLower();
        if (kind == QLatin1String("session")) {
            labels->tokenKind = ClusterProfile::TokenKind::Session;
        } else if (kind == QLatin1String("open")) {
            labels->tokenKind = ClusterProfile::TokenKind::Open;
        } else {
            *error = Tr::tr("--token is session or open, not %1").arg(parser.value(token));
            return false;
        }
    }
    return true;
}
