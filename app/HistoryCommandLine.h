#pragma once
// `clusterdesk history`: parses the options and runs HistoryCommand. Exit code 0, or 2 on any
// error (usage errors included).

#include <QString>
#include <QStringList>

int runHistoryCommandLine(const QStringList &arguments, const QString &globalDataDir);
