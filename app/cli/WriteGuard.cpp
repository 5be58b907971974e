#include "WriteGuard.h"

#include <QCoreApplication>

namespace {

// The strings keep the context they were first translated in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResourcesCommand)
};

} // namespace

QString WriteGuard::refusal(const ClusterProfile &profile, const QStringList &confirmations)
{
    if (profile.readOnly)
        return Tr::tr("refused: %1 is read-only in Clusterdesk; nothing was sent (change it "
                      "with clusterdesk cluster edit %1 --read-write)\n")
            .arg(profile.name);
    // Exactly the name, case included: a confirmation typed from memory of another cluster must
    // not pass.
    if (profile.isProduction() && !confirmations.contains(profile.name))
        return Tr::tr("refused: %1 is a production cluster; nothing was sent. Repeat with "
                      "--confirm %1 (its name exactly) to change it\n")
            .arg(profile.name);
    return {};
}
