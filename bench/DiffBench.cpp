// diff_bench: ResourceDiff::compare of two synthetic clusters with 10,000 resources each (every
// type, one in ten differing in a field, some only on one side, secrets with digests), the
// median and p99 of 20 runs. Goal: median within 200 ms (docs/performance.md).

#include "BenchStats.h"
#include "ResourceDiff.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

ResourceDefinition make(int i, bool variant)
{
    ResourceDefinition r;
    r.name = u"resource-%1"_s.arg(i, 5, 10, QLatin1Char('0'));
    r.description = u"Synthetic resource %1"_s.arg(i);
    r.revision = i + 1;
    switch (i % 4) {
    case 0:
        r.type = u"jdbc"_s;
        r.spec = {{u"driver"_s, u"postgresql"_s},
                  {u"driverClass"_s, u"org.postgresql.Driver"_s},
                  {u"url"_s, u"jdbc:postgresql://db%1:5432/app"_s.arg(i % 50)},
                  {u"host"_s, u"db%1.example"_s.arg(i % 50)},
                  {u"port"_s, variant ? 6543 : 5432},
                  {u"user"_s, u"app"_s},
                  {u"properties"_s, QJsonObject{{u"ssl"_s, u"true"_s}, {u"tz"_s, u"UTC"_s}}},
                  {u"poolMin"_s, 1},
                  {u"poolMax"_s, 10}};
        r.secretsSet.insert(u"password"_s, true);
        break;
    case 1:
        r.type = u"database"_s;
        r.spec = {{u"module"_s, u"GeoStan"_s},
                  {u"kind"_s, u"geocoding"_s},
                  {u"location"_s, u"/data/geo/%1"_s.arg(i)},
                  {u"placement"_s, u"shared"_s},
                  {u"poolSize"_s, variant ? 8 : 4},
                  {u"vintage"_s, u"2026.10"_s}};
        break;
    case 2:
        r.type = u"fileserver"_s;
        r.spec = {{u"protocol"_s, u"sftp"_s},
                  {u"host"_s, u"files.example"_s},
                  {u"port"_s, 22},
                  {u"rootPath"_s, variant ? u"/changed"_s : u"/in/%1"_s.arg(i)},
                  {u"user"_s, u"transfer"_s}};
        r.secretsSet.insert(u"secret"_s, true);
        break;
    default:
        r.type = u"webservice"_s;
        r.spec = {{u"kind"_s, u"REST"_s},
                  {u"url"_s, u"https://api.example/v1/%1"_s.arg(i)},
                  {u"authKind"_s, u"bearer"_s},
                  {u"timeoutMs"_s, variant ? 1000 : 30000}};
        r.secretsSet.insert(u"secret"_s, false);
        break;
    }
    return r;
}

ClusterResources cluster(const QString &label, int count, bool second)
{
    ClusterResources c;
    c.label = label;
    // The second cluster lacks the first 100 and has 100 of its own.
    const int first = second ? 100 : 0;
    for (int i = first; i < first + count; ++i) {
        ResourceDefinition r = make(i, second && i % 10 == 0);
        const QString key = ResourceDiff::key(r.type, r.name);
        QHash<QString, QString> digests;
        for (auto it = r.secretsSet.begin(); it != r.secretsSet.end(); ++it)
            digests.insert(it.key(), it.value() ? QString(64, second && i % 7 == 0 ? u'b' : u'a')
                                                : QString());
        c.secretDigests.insert(key, digests);
        c.resources.append(std::move(r));
    }
    return c;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = 10000;
    const int runs = 20;
    const QList<ClusterResources> clusters{cluster(u"A"_s, count, false),
                                           cluster(u"B"_s, count, true)};
    QList<double> timings;
    ResourceDiffResult result;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        result = ResourceDiff::compare(clusters);
        timings.append(double(timer.nsecsElapsed()) / 1e6);
    }
    QTextStream out(stdout);
    out << "diff_bench: 2 clusters x " << count << " resources, " << result.rows.size() << " rows ("
        << result.count(ResourceDiffRow::Status::Identical) << " identical, "
        << result.count(ResourceDiffRow::Status::Differs) << " differ, "
        << result.count(ResourceDiffRow::Status::Partial) << " on one side)\n";
    out << "median " << QString::number(BenchStats::median(timings), 'f', 1) << " ms, p99 "
        << QString::number(BenchStats::percentile(timings, 99), 'f', 1) << " ms over " << runs
        << " runs (goal: median <= 200 ms)\n";
    return BenchStats::median(timings) <= 200 ? 0 : 1;
}
