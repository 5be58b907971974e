#include "ProfileLabelOptions.h"

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
{}

void ProfileLabelOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({environment, environmentColour, readOnly, readWrite, group});
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
    return true;
}
