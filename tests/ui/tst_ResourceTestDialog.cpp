// The "Test on All Nodes" matrix: rows are resources, columns nodes, each cell the node's outcome
// in words with every check in its tooltip; rendered offscreen to PNG (light and dark) for people
// to look at. The answers are fed in as ResourceTestFanout reports them.
#include "ApiClient.h"
#include "ResourceTestDialog.h"
#include "ResourceTestFanout.h"
#include "ResourceTestMatrixModel.h"
#include "Theme.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QHeaderView>
#include <QTableView>
#include <QTest>

namespace {

ResourceTestResult result(const QString &type, const QString &name, const QString &node,
                          QList<ResourceTestCheck> checks)
{
    ResourceTestResult r;
    r.type = type;
    r.name = name;
    r.nodeId = node;
    r.checks = checks;
    r.outcome =
        r.failedCheck() ? ResourceTestResult::Outcome::Failed : ResourceTestResult::Outcome::Ok;
    return r;
}

ResourceTestCheck check(const char *name, bool ok, const char *reason = "", int ms = 1)
{
    ResourceTestCheck c;
    c.check = QString::fromLatin1(name);
    c.ok = ok;
    c.reason = QString::fromLatin1(reason);
    c.ms = ms;
    c.target = QStringLiteral("db.example:5432");
    return c;
}

} // namespace

class tst_ResourceTestDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrixAndRendering_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void matrixAndRendering()
    {
        QFETCH(bool, dark);
        Theme::applyPreference(dark ? QStringLiteral("dark") : QStringLiteral("light"));
        ApiClient client;
        ResourceTestFanout fanout(&client, QStringLiteral("id"), QStringLiteral("Prod"));
        auto *dialog = new ResourceTestDialog(&fanout);
        QAbstractItemModelTester tester(dialog->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList nodes{QStringLiteral("node-1"), QStringLiteral("node-2"),
                                QStringLiteral("node-3")};
        dialog->model()->reset({{QStringLiteral("jdbc"), QStringLiteral("orders-db")},
                                {QStringLiteral("database"), QStringLiteral("geocoding-us")}},
                               nodes);
        QCOMPARE(dialog->model()->index(0, 0).data().toString(), QStringLiteral("Testing…"));
        const auto jdbc = QStringLiteral("jdbc");
        const auto orders = QStringLiteral("orders-db");
        dialog->model()->setResult(
            result(jdbc, orders, nodes.at(0), {check("resolve", true), check("connect", true)}));
        dialog->model()->setResult(
            result(jdbc, orders, nodes.at(1),
                   {check("resolve", true), check("connect", false, "connection refused")}));
        ResourceTestResult silent;
        silent.type = jdbc;
        silent.name = orders;
        silent.nodeId = nodes.at(2);
        silent.outcome = ResourceTestResult::Outcome::NoAnswer;
        silent.error = QStringLiteral("the connection to 127.0.0.1 timed out");
        dialog->model()->setResult(silent);
        for (const QString &node : nodes) {
            const bool here = node == nodes.at(0);
            dialog->model()->setResult(
                result(QStringLiteral("database"), QStringLiteral("geocoding-us"), node,
                       {check("location", here, here ? "" : "does not exist")}));
        }
        QCOMPARE(dialog->model()->index(0, 1).data().toString(),
                 QStringLiteral("connect: connection refused"));
        QVERIFY(dialog->model()
                    ->index(0, 1)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("db.example:5432")));
        QVERIFY(dialog->model()->index(0, 2).data().toString().startsWith(
            QLatin1String("no answer: ")));
        QCOMPARE(dialog->model()->index(1, 1).data().toString(),
                 QStringLiteral("location: does not exist"));
        QCOMPARE(dialog->model()->headerData(1, Qt::Vertical).toString(),
                 QStringLiteral("database/geocoding-us"));
        QCOMPARE(dialog->model()->failedCount(), 4);
        QVERIFY2(dialog->progressText().contains(QLatin1String("6 of 6 answered, 4 failed")),
                 qPrintable(dialog->progressText()));

        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QString outDir =
            QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
        QVERIFY(QDir().mkpath(outDir));
        const QImage image = dialog->grab().toImage();
        QVERIFY(
            image.save(outDir + QStringLiteral("/resource-test-%1.png")
                                    .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))));
        const QColor corner(image.pixel(2, image.height() - 3));
        QCOMPARE(corner.lightness() < 128, dark);
        delete dialog; // before the fan-out it was given
        Theme::applyPreference(QStringLiteral("system"));
    }
};

QTEST_MAIN(tst_ResourceTestDialog)
#include "tst_ResourceTestDialog.moc"
