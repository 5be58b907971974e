#include "ActivityCommand.h"

#include "ActivityExport.h"
#include "LocalStore.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

std::optional<ActivityOptions::Format> ActivityCommand::formatNamed(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == u"text")
        return ActivityOptions::Format::Text;
    if (key == u"csv")
        return ActivityOptions::Format::Csv;
    if (key == u"json")
        return ActivityOptions::Format::Json;
    return std::nullopt;
}

int ActivityCommand::run(const ActivityOptions &options, QString *out, QString *err)
{
    LocalStore store;
    QString error;
    if (!store.open(options.dataDir, &error)) {
        *err = Tr::tr("cannot open the local store: %1").arg(error);
        return Failure;
    }
    const QList<ActivityEntry> entries = store.activity(options.filter);
    if (!store.lastError().isEmpty()) {
        *err = Tr::tr("cannot read the activity log: %1").arg(store.lastError());
        return Failure;
    }
    switch (options.format) {
    case ActivityOptions::Format::Csv:
        *out = QString::fromUtf8(ActivityExport::csv(entries));
        break;
    case ActivityOptions::Format::Json:
        *out = QString::fromUtf8(ActivityExport::json(entries));
        break;
    case ActivityOptions::Format::Text:
        *out = entries.isEmpty() ? Tr::tr("No activity in the period.\n")
                                 : ActivityExport::text(entries);
        break;
    }
    return Ok;
}
