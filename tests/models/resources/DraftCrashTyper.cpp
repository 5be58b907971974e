// Helper for tst_ResourceEditorController's crash test: types into a new JDBC resource's
// description through ResourceEditorController, one character every 50 ms (drafts reach the
// store through the controller's own debounce and StoreThread), printing "typed <n>" after each
// keystroke, until the test kills it (SIGKILL).
// Usage: DraftCrashTyper <dataDir>
#include "ResourceEditorController.h"
#include "StoreThread.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: DraftCrashTyper <dataDir>\n");
        return 2;
    }
    StoreThread store;
    ResourceEditorController controller(QStringLiteral("crash-cluster"), QStringLiteral("jdbc"));
    controller.setStore(&store);
    QTimer keystrokes;
    keystrokes.setInterval(50);
    int typed = 0;
    QObject::connect(&keystrokes, &QTimer::timeout, &controller, [&] {
        // Bounded so an orphaned typer stops on its own if the test dies first.
        if (++typed > 2000)
            QCoreApplication::exit(0);
        controller.setDescription(QString(typed, u'x'));
        std::printf("typed %d\n", typed);
        std::fflush(stdout);
    });
    store.open(args.at(1), &controller, [&](const QString &error) {
        if (!error.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            QCoreApplication::exit(1);
            return;
        }
        controller.startNew();
        controller.setName(QStringLiteral("crash-db"));
        keystrokes.start();
    });
    return app.exec();
}
