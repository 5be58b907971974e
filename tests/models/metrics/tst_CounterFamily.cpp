// Counters keyed by label values: adding, reading, writing in order and adding from threads.
#include "CounterFamily.h"

#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using metrics::CounterFamily;

class tst_CounterFamily final : public QObject
{
    Q_OBJECT

private slots:
    void addAndRead()
    {
        CounterFamily family(u"x_total"_s, u"h"_s, {u"route"_s, u"code"_s});
        family.add({u"/a"_s, u"200"_s});
        family.add({u"/a"_s, u"200"_s}, 2);
        family.add({u"/a"_s, u"404"_s});
        QCOMPARE(family.value({u"/a"_s, u"200"_s}), quint64(3));
        QCOMPARE(family.value({u"/a"_s, u"404"_s}), quint64(1));
        QCOMPARE(family.value({u"/b"_s, u"200"_s}), quint64(0));
    }

    void writtenSortedWithZeroSeries()
    {
        CounterFamily family(u"x_total"_s, u"Things."_s, {u"reason"_s});
        family.add({u"timeout"_s});
        family.add({u"refused"_s}, 0);
        metrics::ExpositionWriter writer;
        family.write(writer);
        QCOMPARE(writer.text(), QByteArray("# HELP x_total Things.\n# TYPE x_total counter\n"
                                           "x_total{reason=\"refused\"} 0\n"
                                           "x_total{reason=\"timeout\"} 1\n"));
    }

    void withoutLabels()
    {
        CounterFamily family(u"y_total"_s, u"h"_s);
        family.add({}, 5);
        metrics::ExpositionWriter writer;
        family.write(writer);
        QVERIFY(writer.text().endsWith("\ny_total 5\n"));
    }

    void addedFromThreads()
    {
        CounterFamily family(u"x_total"_s, u"h"_s, {u"worker"_s});
        constexpr int threads = 4;
        constexpr int perThread = 20000;
        std::vector<std::unique_ptr<QThread>> workers;
        for (int t = 0; t < threads; ++t) {
            // Two threads share a series and two create their own while the others add.
            workers.emplace_back(QThread::create([&family, t] {
                const QStringList labels{t < 2 ? u"shared"_s : QString::number(t)};
                for (int i = 0; i < perThread; ++i)
                    family.add(labels);
            }));
            workers.back()->start();
        }
        for (auto &worker : workers)
            QVERIFY(worker->wait());
        QCOMPARE(family.value({u"shared"_s}), quint64(2 * perThread));
        QCOMPARE(family.value({u"2"_s}), quint64(perThread));
        QCOMPARE(family.value({u"3"_s}), quint64(perThread));
    }
};

QTEST_GUILESS_MAIN(tst_CounterFamily)
#include "tst_CounterFamily.moc"
