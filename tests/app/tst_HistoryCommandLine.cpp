// `clusterdesk history` on the command line, without a server: every usage error (no cluster,
// a --resource of an unknown type or an invalid name, a --since that is neither a span nor
// ISO 8601, an --until that is not ISO 8601, an unknown --format, an unknown saved cluster) exits 2
// and says what is wrong. The command against a real cluster is tested by
// tests/models/resources/tst_ChangeRevert.
#include "CommandRun.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_HistoryCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no cluster") << QStringList{} << u"history needs one --cluster"_s;
        QTest::newRow("two clusters") << QStringList{u"--cluster"_s, u"A"_s, u"--cluster"_s, u"B"_s}
                                      << u"history needs one --cluster"_s;
        QTest::newRow("unknown type")
            << QStringList{u"--cluster"_s, u"A"_s, u"--resource"_s, u"ldap/x"_s}
            << u"--resource: unknown resource type 'ldap'"_s;
        QTest::newRow("invalid name")
            << QStringList{u"--cluster"_s, u"A"_s, u"--resource"_s, u"jdbc/-x"_s}
            << u"--resource: invalid resource name '-x'"_s;
        QTest::newRow("since") << QStringList{u"--cluster"_s, u"A"_s, u"--since"_s, u"yesterday"_s}
                               << u"--since needs a span such as 7d or 24h, or an ISO 8601 date"_s;
        QTest::newRow("until") << QStringList{u"--cluster"_s, u"A"_s, u"--until"_s, u"2026-13-01"_s}
                               << u"--until needs an ISO 8601 date or time"_s;
        QTest::newRow("format") << QStringList{u"--cluster"_s, u"A"_s, u"--format"_s, u"xml"_s}
                                << u"unknown --format xml"_s;
        // A span is taken as activity and report take it: the run gets as far as the cluster.
        QTest::newRow("since a span") << QStringList{u"--cluster"_s, u"A"_s, u"--since"_s, u"7d"_s}
                                      << u"no saved cluster is called \"A\""_s;
        QTest::newRow("unknown cluster")
            << QStringList{u"--cluster"_s, u"A"_s, u"--since"_s, u"2026-12-01T08:00:00Z"_s}
            << u"no saved cluster is called \"A\""_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir home;
        const CommandRun run = CommandRun::run(
            QStringList{u"--data-dir"_s, home.filePath(u"store"_s), u"history"_s} + arguments,
            home.path());
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(message), qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_HistoryCommandLine)
#include "tst_HistoryCommandLine.moc"
