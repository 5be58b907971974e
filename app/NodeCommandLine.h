#pragma once
// `clusterdesk node drain|maint|ready --cluster NAME --node ID`: parses the options and runs
// NodeCommand. Exit 0 applied, 1 not applied, 2 trouble (usage errors included).

#include <QString>
#include <QStringList>

int runNodeCommandLine(const QStringList &arguments, const QString &globalDataDir);
