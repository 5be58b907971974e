// clusterdesk: the command line when argv names a command; otherwise the window (app/ is the
// thin wiring layer, STYLE.md 1). Minimal until the window's shell is wired here.
#include "CommandLine.h"

#include <QTextStream>

int main(int argc, char **argv)
{
    if (isCommandLineInvocation(argc, argv))
        return runCommandLine(argc, argv);
    QTextStream(stderr) << "clusterdesk: this build has no window yet; see clusterdesk --help\n";
    return 1;
}
