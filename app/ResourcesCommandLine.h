#pragma once
// `clusterdesk resources diff|export|apply`: parses the options and runs ResourcesCommand.
// Exit codes as diff(1): 0 identical / done, 1 differences / items not applied, 2 trouble
// (usage errors included).

#include <QString>
#include <QStringList>

int runResourcesCommandLine(const QStringList &arguments, const QString &globalDataDir);
