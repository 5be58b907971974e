// ClusterOwner: stands in for a test process in tst_ClusterFixture. Starts a two-node
// ClusterFixture, prints its state directory on one line, then waits to be killed.

#include "ClusterFixture.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ClusterOptions options;
    options.nodes = 2;
    options.spareNodePorts = 0;
    ClusterFixture cluster(options);
    QString error;
    if (!cluster.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s\n", qPrintable(cluster.stateDirectory()));
    std::fflush(stdout);
    return app.exec();
}
