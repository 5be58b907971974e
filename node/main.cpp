// clusterdesk-node: the reference node server. See NodeOptions.h for the flags and
// docs/api.md for the API. Exit codes: 0 clean shutdown, 1 runtime failure, 2 bad options.

#include "Credentials.h"
#include "NodeInstance.h"
#include "NodeOptions.h"
#include "Reseeder.h"
#include "ShutdownSignals.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

using namespace node;

namespace {

int failure(int code, const QString &message)
{
    std::fprintf(stderr, "clusterdesk-node: %s\n", qPrintable(message));
    return code;
}

int hashPassword()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return failure(1, QStringLiteral("cannot read stdin"));
    QByteArray password = input.readAll();
    if (password.endsWith('\n'))
        password.chop(1);
    if (password.endsWith('\r'))
        password.chop(1);
    if (password.isEmpty())
        return failure(2, QStringLiteral("--hash-password: empty password on stdin"));
    std::printf("%s\n", qPrintable(Credentials::hashPassword(QString::fromUtf8(password))));
    return 0;
}

int reseed(const NodeOptions &options)
{
    QString error;
    const QByteArray secret = NodeInstance::readSecret(options.clusterSecretFile, &error);
    if (!error.isEmpty())
        return failure(2, error);
    Reseeder reseeder(options, secret);
    int exitCode = 1;
    QObject::connect(&reseeder, &Reseeder::finished, [&exitCode](bool ok, const QString &message) {
        std::fprintf(stderr, "clusterdesk-node: %s\n", qPrintable(message));
        exitCode = ok ? 0 : 1;
        QCoreApplication::quit();
    });
    reseeder.start();
    QCoreApplication::exec();
    return exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("clusterdesk-node"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLUSTERDESK_VERSION));

    QString error;
    const auto options = NodeOptions::parse(QCoreApplication::arguments(), &error);
    if (!options)
        return failure(2, error + QStringLiteral(" (see --help)"));
    if (options->helpRequested) {
        std::printf("%s", qPrintable(NodeOptions::helpText()));
        return 0;
    }
    if (options->hashPasswordMode)
        return hashPassword();
    if (!options->reseedFrom.isEmpty())
        return reseed(*options);

    ShutdownSignals shutdownSignals;
    if (!shutdownSignals.install())
        return failure(1, QStringLiteral("cannot install signal handlers"));
    NodeInstance instance(*options);
    int exitCode = 1;
    if (!instance.start(&error, &exitCode))
        return failure(exitCode, error);
    QObject::connect(&shutdownSignals, &ShutdownSignals::shutdownRequested, &app, [&](int) {
        if (instance.context().draining) {
            QCoreApplication::exit(0); // a second signal: stop waiting
            return;
        }
        std::fprintf(stderr, "clusterdesk-node: %s draining\n", qPrintable(options->id));
        instance.beginShutdown();
    });
    QObject::connect(&instance, &NodeInstance::drained, &app, [] { QCoreApplication::exit(0); });

    std::fprintf(stderr, "clusterdesk-node: %s (%s) listening on %s:%u, data in %s\n",
                 qPrintable(options->id), qPrintable(instance.context().role()),
                 qPrintable(options->listenAddress.toString()), unsigned(instance.port()),
                 qPrintable(options->dataDirectory));
    return app.exec();
}
