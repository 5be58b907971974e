#pragma once
// ActivityCommand: `clusterdesk activity` as a core object: reads the console's activity log
// (every write and node action it sent) from the local store, filtered by cluster and period,
// and prints it as text, CSV or JSON.

#include "ActivityEntry.h"

#include <QString>

struct ActivityOptions
{
    enum class Format { Text, Csv, Json };

    QString dataDir; // the local store; empty: the default location
    ActivityFilter filter;
    Format format = Format::Text;
};

class ActivityCommand final
{
public:
    enum ExitCode : int { Ok = 0, Failure = 1, UsageError = 64 };

    static std::optional<ActivityOptions::Format> formatNamed(const QString &name);
    // Runs synchronously (a short read of the store); `out` and `err` get what to print.
    static int run(const ActivityOptions &options, QString *out, QString *err);
};
