#pragma once
// `clusterdesk activity`: the console's activity log on the command line (ActivityCommand).

#include <QString>
#include <QStringList>

int runActivityCommandLine(const QStringList &arguments, const QString &globalDataDir);
