// Times ConfigDatabase::put for updates of one jdbc resource in a temporary directory: with a
// new password each time (the write strips the superseded value from the older change and
// checkpoints the WAL) against updates without any password (nothing to strip). Each write is
// timed on its own with QElapsedTimer.
//
//   change_log_secrets_bench [--writes N]

#include "BenchStats.h"
#include "ConfigDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QList<double> timeUpdates(const QString &directory, int writes, bool withPassword)
{
    node::ConfigDatabase db(u"bench"_s);
    QString error;
    if (!db.open(directory, {}, &error)) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error));
        return {};
    }
    QList<double> ms;
    for (int i = 0; i < writes; ++i) {
        node::WriteRequest request;
        request.type = u"jdbc"_s;
        request.name = u"orders-db"_s;
        request.user = u"admin"_s;
        request.description = u"bench"_s;
        request.spec = {{u"driver"_s, u"postgresql"_s},
                        {u"driverClass"_s, u"org.postgresql.Driver"_s},
                        {u"url"_s, u"jdbc:postgresql://db:5432/orders"_s}};
        if (withPassword)
            request.spec.insert(u"password"_s, u"secret-%1"_s.arg(i));
        request.ifMatch = QByteArray("*");
        request.ifNoneMatchStar = i == 0;
        if (i == 0)
            request.ifMatch.reset();
        QElapsedTimer timer;
        timer.start();
        const node::WriteResult result = db.put(request);
        if (result.status != node::WriteStatus::Ok) {
            std::fprintf(stderr, "write %d failed (%d): %s\n", i, int(result.status),
                         qPrintable(result.error));
            return {};
        }
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    return ms;
}

void print(const char *label, const QList<double> &ms)
{
    std::printf("%-28s writes %lld  median %.3f ms  p99 %.3f ms  mean %.3f ms\n", label,
                qlonglong(ms.size()), BenchStats::median(ms), BenchStats::percentile(ms, 99),
                BenchStats::mean(ms));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"writes"_s, u"Updates per mode."_s, u"N"_s, u"1000"_s});
    parser.process(app);
    const int writes = std::max(2, parser.value(u"writes"_s).toInt());
    QTemporaryDir with;
    QTemporaryDir without;
    if (!with.isValid() || !without.isValid())
        return 1;
    const QList<double> stripped = timeUpdates(with.path(), writes, true);
    const QList<double> plain = timeUpdates(without.path(), writes, false);
    if (stripped.isEmpty() || plain.isEmpty())
        return 1;
    print("new password each write", stripped);
    print("no password", plain);
    return 0;
}
