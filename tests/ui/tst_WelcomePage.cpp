// WelcomePage: the add button asks for a cluster; the demo button appears only when the tools
// are there, starts a real demo cluster and reports it ready (or the failure, in words).
#include "DemoClusterLauncher.h"
#include "WelcomePage.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_WelcomePage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addButtonAsks()
    {
        WelcomePage page(nullptr);
        QSignalSpy add(&page, &WelcomePage::addClusterRequested);
        page.addButton()->click();
        QCOMPARE(add.count(), 1);
        QVERIFY(page.demoButton()->isHidden());
        QVERIFY(!page.startDemo());
    }

    void demoHiddenWithoutTools()
    {
        DemoClusterLauncher launcher;
        launcher.setTools({});
        WelcomePage page(&launcher);
        QVERIFY(page.demoButton()->isHidden());
    }

    void failedDemoIsExplained()
    {
        QTemporaryDir root;
        DemoClusterLauncher launcher;
        auto tools = DemoClusterLauncher::locateTools(QString());
        tools.nodeBinary = QStringLiteral("/bin/false");
        launcher.setTools(tools);
        launcher.setStateRoot(root.path());
        launcher.setNodeCount(1);
        WelcomePage page(&launcher);
        page.show();
        QVERIFY(!page.demoButton()->isHidden());
        QSignalSpy ready(&page, &WelcomePage::demoClusterReady);
        QSignalSpy finished(&launcher, &DemoClusterLauncher::finished);
        page.demoButton()->click();
        QVERIFY(!page.demoButton()->isEnabled()); // one start at a time
        auto *status = page.findChild<QLabel *>(QStringLiteral("welcomeDemoStatus"));
        QVERIFY(status->isVisible());
        QVERIFY(finished.wait(120000));
        QCOMPARE(ready.count(), 0);
        QVERIFY(page.demoButton()->isEnabled());
        QVERIFY2(status->text().contains(QStringLiteral("did not start")),
                 qPrintable(status->text()));
    }

    void demoStartsAndIsReady()
    {
        QTemporaryDir root;
        DemoClusterLauncher launcher;
        launcher.setStateRoot(root.path());
        WelcomePage page(&launcher);
        QVERIFY(!page.demoButton()->isHidden());
        QSignalSpy ready(&page, &WelcomePage::demoClusterReady);
        QVERIFY(page.startDemo());
        QVERIFY(ready.wait(120000));
        const auto result = ready.at(0).at(0).value<DemoClusterLauncher::Result>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.loadBalancerUrl.isValid());
        QSignalSpy stopped(&launcher, &DemoClusterLauncher::stopped);
        QVERIFY(launcher.stop(result.stateDir));
        QVERIFY(stopped.wait(60000));
        QVERIFY(stopped.at(0).at(0).toBool());
    }
};

QTEST_MAIN(tst_WelcomePage)
#include "tst_WelcomePage.moc"
