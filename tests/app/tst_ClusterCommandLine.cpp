// `clusterdesk cluster add|edit|show` without a server: the HAProxy statistics admin user that
// `node drain|maint|ready` and the window's node actions use is saved by `add --stats-user`,
// changed and forgotten by `edit --stats-user`, and shown by `show` (text and JSON).
#include "CommandRun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_ClusterCommandLine final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    CommandRun run(const QStringList &arguments)
    {
        return CommandRun::run(QStringList{u"--data-dir"_s, m_home.filePath(u"store"_s)} +
                                   arguments,
                               m_home.path(), {}, 60000);
    }

    QJsonObject shown(const QString &name)
    {
        const CommandRun json = run({u"cluster"_s, u"show"_s, name, u"--json"_s});
        if (json.exitCode != 0)
            return {};
        return QJsonDocument::fromJson(json.out.toUtf8()).object();
    }

private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void statsUserRoundTrip()
    {
        const CommandRun added =
            run({u"cluster"_s, u"add"_s, u"--name"_s, u"Lab"_s, u"--url"_s, u"http://127.0.0.1:9"_s,
                 u"--user"_s, u"admin"_s, u"--stats-url"_s, u"http://127.0.0.1:9/stats"_s,
                 u"--stats-user"_s, u"haadmin"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        QCOMPARE(shown(u"Lab"_s).value(u"haproxyStatsUser"_s).toString(), u"haadmin"_s);

        // Edit changes it alone (nothing else asked for), show says it.
        const CommandRun edited =
            run({u"cluster"_s, u"edit"_s, u"Lab"_s, u"--stats-user"_s, u" operator "_s});
        QVERIFY2(edited.exitCode == 0, qPrintable(edited.describe()));
        const QJsonObject profile = shown(u"Lab"_s);
        QCOMPARE(profile.value(u"haproxyStatsUser"_s).toString(), u"operator"_s);
        QCOMPARE(profile.value(u"userName"_s).toString(), u"admin"_s);
        const CommandRun text = run({u"cluster"_s, u"show"_s, u"Lab"_s});
        QVERIFY2(text.out.contains(u"Statistics page: http://127.0.0.1:9/stats\n"_s) &&
                     text.out.contains(u"Statistics admin user: operator\n"_s),
                 qPrintable(text.describe()));

        // An empty value forgets it.
        const CommandRun forgotten =
            run({u"cluster"_s, u"edit"_s, u"Lab"_s, u"--stats-user"_s, u""_s});
        QVERIFY2(forgotten.exitCode == 0, qPrintable(forgotten.describe()));
        QCOMPARE(shown(u"Lab"_s).value(u"haproxyStatsUser"_s).toString(), QString());
        QVERIFY(!run({u"cluster"_s, u"show"_s, u"Lab"_s}).out.contains(u"Statistics admin"_s));
    }
};

QTEST_GUILESS_MAIN(tst_ClusterCommandLine)
#include "tst_ClusterCommandLine.moc"
