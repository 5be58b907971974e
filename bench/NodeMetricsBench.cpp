// The cost of the node's request counting (NodeMetrics::countRequest, on the serving thread for
// every request) and of writing its counted families for a scrape, with as many series as a busy
// node grows: every route pattern x a few methods x several status codes.
// Usage: node_metrics_bench [calls]   (default 2,000,000)   Figures: docs/performance.md.

#include "BenchStats.h"
#include "NodeMetrics.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QThread>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

// About as many patterns as the node's route table holds.
QStringList routes()
{
    QStringList out;
    for (int i = 0; i < 40; ++i)
        out.append(QStringLiteral("/api/v1/route-%1/{name}").arg(i));
    return out;
}

double nsPerCall(node::NodeMetrics &metrics, const QStringList &paths, qint64 calls, int threads)
{
    const QByteArrayList methods{"GET", "PUT", "DELETE"};
    const int codes[] = {200, 201, 304, 401, 404, 412, 503};
    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<QThread>> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back(QThread::create([&, t] {
            for (qint64 i = t; i < calls; i += threads) {
                metrics.countRequest(paths.at(i % paths.size()), methods.at(i % 3), codes[i % 7],
                                     double(i % 1000) / 10000.0);
            }
        }));
        workers.back()->start();
    }
    for (auto &worker : workers)
        worker->wait();
    return double(timer.nsecsElapsed()) / double(calls);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 calls = argc > 1 ? QByteArray(argv[1]).toLongLong() : 2000000;
    const QStringList paths = routes();
    node::NodeMetrics metrics;
    for (const int threads : {1, 2}) {
        std::printf("countRequest, %d thread(s): %.0f ns per request\n", threads,
                    nsPerCall(metrics, paths, calls, threads));
    }
    QList<double> writeMs;
    qsizetype bytes = 0;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer timer;
        timer.start();
        metrics::ExpositionWriter writer;
        metrics.write(writer);
        bytes = writer.text().size();
        writeMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("counted families for a scrape (%lld bytes): median %.2f ms, p99 %.2f ms\n",
                static_cast<long long>(bytes), BenchStats::median(writeMs),
                BenchStats::percentile(writeMs, 99));
    return 0;
}
