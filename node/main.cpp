// clusterdesk-node: the reference node server. See NodeOptions.h for the flags and
// docs/api.md for the API. Exit codes: 0 clean shutdown, 1 runtime failure, 2 bad options.

#include "ConfigDatabase.h"
#include "Credentials.h"
#include "FaultState.h"
#include "Membership.h"
#include "NodeContext.h"
#include "NodeOptions.h"
#include "NodeServer.h"
#include "Replicator.h"
#include "RevisionWaiters.h"
#include "ShutdownSignals.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QTimer>
#include <cstdio>
#include <limits>

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

QJsonObject seed(const NodeOptions &options)
{
    // Every node gets the same seed, so fresh copies of the configuration agree.
    const QJsonObject license{
        {QStringLiteral("licensee"), options.clusterName},
        {QStringLiteral("product"), QStringLiteral("Spectrum-compatible Platform")},
        {QStringLiteral("edition"), QStringLiteral("Enterprise")},
        {QStringLiteral("expires"), options.licenseExpires.toString(Qt::ISODate)},
        {QStringLiteral("maxNodes"), 16},
        {QStringLiteral("features"),
         QJsonArray{QStringLiteral("clustering"), QStringLiteral("external-resources"),
                    QStringLiteral("dataflows"), QStringLiteral("geocoding"),
                    QStringLiteral("addressing")}}};
    auto flow = [](const char *name, const char *kind, bool exposed, int version) {
        return QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                           {QStringLiteral("kind"), QLatin1String(kind)},
                           {QStringLiteral("exposed"), exposed},
                           {QStringLiteral("version"), version}};
    };
    const QJsonArray dataflows{flow("ValidateAddress", "service", true, 3),
                               flow("GeocodeUSAddress", "service", true, 5),
                               flow("NightlyCustomerMatch", "job", false, 2),
                               flow("StandardizeName", "subflow", false, 1)};
    return {{QStringLiteral("license"), license}, {QStringLiteral("dataflows"), dataflows}};
}

QByteArray readSecret(const QString &path, QString *error)
{
    if (path.isEmpty()) {
        // A single node without a secret file: nobody else needs to share it.
        QByteArray random(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), 8);
        return random.toHex();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read --cluster-secret-file %1: %2")
                     .arg(path, file.errorString());
        return {};
    }
    const QByteArray secret = file.readAll().trimmed();
    if (secret.size() < 16)
        *error = QStringLiteral("the cluster secret in %1 must be at least 16 bytes").arg(path);
    return secret;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("clusterdesk-node"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLUSTERDESK_VERSION));

    QString error;
    const auto parsed = NodeOptions::parse(QCoreApplication::arguments(), &error);
    if (!parsed)
        return failure(2, error + QStringLiteral(" (see --help)"));
    const NodeOptions options = *parsed;
    if (options.helpRequested) {
        std::printf("%s", qPrintable(NodeOptions::helpText()));
        return 0;
    }
    if (options.hashPasswordMode)
        return hashPassword();

    const QByteArray secret = readSecret(options.clusterSecretFile, &error);
    if (!error.isEmpty())
        return failure(2, error);
    Credentials credentials(secret);
    if (!options.usersFile.isEmpty() && !credentials.loadUsersFile(options.usersFile, &error))
        return failure(2, error);

    ConfigDatabase database(QStringLiteral("clusterdesk-node-") + options.id);
    if (!database.open(options.dataDirectory, seed(options), &error))
        return failure(1, QStringLiteral("cannot open the configuration database: ") + error);

    FaultState faults(options.allowFaultInjection);
    faults.setClockOffsetMs(options.clockOffsetMs);
    faults.setReplicationPaused(options.replicationPaused);
    faults.setDegraded(options.degraded);
    faults.setDelayMs(options.delayMs);

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy); // peers are direct URLs, never via a proxy
    Membership membership(options, secret, faults, &network);
    Replicator replicator(options, database, faults, secret, &network);
    RevisionWaiters changeFeed;
    QObject::connect(&membership, &Membership::primaryRevisionSeen, &replicator,
                     &Replicator::notePrimaryRevision);
    QObject::connect(&membership, &Membership::primaryReachableChanged, &replicator,
                     &Replicator::setPrimaryReachable);

    NodeContext context;
    context.options = &options;
    context.database = &database;
    context.credentials = &credentials;
    context.faults = &faults;
    context.membership = &membership;
    context.replicator = &replicator;
    context.changeFeed = &changeFeed;
    context.startedAt = faults.now();
    context.clusterId = NodeContext::deriveClusterId(secret, options.clusterName);

    NodeServer server(context);
    if (!server.start(options.listenAddress, options.listenPort, &error))
        return failure(1, error);

    ShutdownSignals shutdownSignals;
    if (!shutdownSignals.install())
        return failure(1, QStringLiteral("cannot install signal handlers"));
    QElapsedTimer draining;
    QTimer drainCheck;
    drainCheck.setInterval(50);
    QObject::connect(&drainCheck, &QTimer::timeout, &app, [&] {
        if (context.activeRequests == 0 || draining.elapsed() > 2000)
            QCoreApplication::exit(0);
    });
    QObject::connect(&shutdownSignals, &ShutdownSignals::shutdownRequested, &app, [&](int) {
        if (context.draining) {
            QCoreApplication::exit(0); // a second signal: do not wait any longer
            return;
        }
        std::fprintf(stderr, "clusterdesk-node: %s draining\n", qPrintable(options.id));
        server.stopAccepting();
        changeFeed.notify(std::numeric_limits<qint64>::max()); // release held long-polls
        draining.start();
        drainCheck.start();
    });

    membership.start();
    replicator.start();
    std::fprintf(stderr, "clusterdesk-node: %s (%s) listening on %s:%u, data in %s\n",
                 qPrintable(options.id), qPrintable(context.role()),
                 qPrintable(options.listenAddress.toString()), unsigned(server.port()),
                 qPrintable(options.dataDirectory));
    return app.exec();
}
