// LocalStore's cluster groups (schema 7): an empty group persists across reopening; renaming a
// folder renames it in every profile and stored group inside it, removing one moves its clusters
// to the parent and never removes a profile; bad paths are refused without a change; a schema-6
// file migrates with its profiles kept.
#include "LocalStore.h"
#include "LocalStoreSchema.h"
#include "LocalStoreTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace LocalStoreTest;
using namespace Qt::StringLiterals;

namespace {

ClusterProfile grouped(const QString &name, const QString &group)
{
    ClusterProfile profile = makeProfile(name);
    profile.group = group;
    return profile;
}

// name -> group of every stored profile
QMap<QString, QString> groupsOf(LocalStore &store)
{
    QMap<QString, QString> result;
    for (const ClusterProfile &profile : store.profiles())
        result.insert(profile.name, profile.group);
    return result;
}

} // namespace

class tst_LocalStoreGroups final : public QObject
{
    Q_OBJECT

private slots:
    void emptyGroupPersists()
    {
        QTemporaryDir dir;
        {
            LocalStore store;
            QVERIFY(store.open(dir.path()));
            QVERIFY(store.groups().isEmpty());
            QVERIFY(store.addGroup(u"EMEA/Staging"_s));
            QVERIFY(store.addGroup(u"EMEA/Staging"_s)); // twice is once
            QVERIFY(store.addGroup(u"APAC"_s));
        }
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        QCOMPARE(store.groups(), (QStringList{u"APAC"_s, u"EMEA/Staging"_s}));
    }

    void badPathsAreRefused()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        QVERIFY(store.addProfile(grouped(u"Berlin"_s, u"EMEA"_s)));
        for (const QString &bad : {QString(), u"/"_s, u"EMEA//Prod"_s, u" EMEA"_s}) {
            QVERIFY2(!store.addGroup(bad), qPrintable(bad));
            QVERIFY(!store.lastError().isEmpty());
        }
        QVERIFY(!store.addGroup(QString(ClusterProfile::MaxGroupLength + 1, u'x')));
        QVERIFY(!store.renameGroup(u"EMEA"_s, u"EMEA//x"_s));
        QVERIFY(!store.renameGroup(u"EMEA"_s, u"EMEA/Inner"_s)); // into itself
        QVERIFY(!store.removeGroup(QString()));
        QVERIFY(store.groups().isEmpty());
        QCOMPARE(groupsOf(store), (QMap<QString, QString>{{u"Berlin"_s, u"EMEA"_s}}));
    }

    void renameMovesEverythingInside()
    {
        QTemporaryDir dir;
        {
            LocalStore store;
            QVERIFY(store.open(dir.path()));
            QVERIFY(store.addProfile(grouped(u"Berlin"_s, u"EMEA/Prod"_s)));
            QVERIFY(store.addProfile(grouped(u"Paris"_s, u"EMEA/Prod/FR"_s)));
            QVERIFY(store.addProfile(grouped(u"Rome"_s, u"EMEA"_s)));
            QVERIFY(store.addProfile(grouped(u"Tokyo"_s, u"EMEA Prod"_s)));
            QVERIFY(store.addGroup(u"EMEA/Prod/Empty"_s));
            QVERIFY(store.addGroup(u"EMEA/Productive"_s)); // a prefix of letters, not a folder
            QVERIFY(store.renameGroup(u"EMEA/Prod"_s, u"Europe"_s));
        }
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        QCOMPARE(groupsOf(store), (QMap<QString, QString>{{u"Berlin"_s, u"Europe"_s},
                                                          {u"Paris"_s, u"Europe/FR"_s},
                                                          {u"Rome"_s, u"EMEA"_s},
                                                          {u"Tokyo"_s, u"EMEA Prod"_s}}));
        QCOMPARE(store.groups(), (QStringList{u"EMEA/Productive"_s, u"Europe/Empty"_s}));
    }

    void removeMovesClustersToTheParent()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.path()));
        QVERIFY(store.addProfile(grouped(u"Berlin"_s, u"EMEA/Prod"_s)));
        QVERIFY(store.addProfile(grouped(u"Paris"_s, u"EMEA/Prod/FR"_s)));
        QVERIFY(store.addProfile(grouped(u"Oslo"_s, u"Nordics"_s)));
        QVERIFY(store.addGroup(u"EMEA/Prod"_s));
        QVERIFY(store.addGroup(u"Nordics"_s));
        QVERIFY(store.removeGroup(u"EMEA/Prod"_s));
        QVERIFY(store.removeGroup(u"Nordics"_s));
        QCOMPARE(store.profiles().size(), 3);
        QCOMPARE(groupsOf(store), (QMap<QString, QString>{{u"Berlin"_s, u"EMEA"_s},
                                                          {u"Oslo"_s, QString()},
                                                          {u"Paris"_s, u"EMEA/FR"_s}}));
        QVERIFY(store.groups().isEmpty());
    }

    void migratesVersion6WithItsProfiles()
    {
        QTemporaryDir dir;
        {
            LocalStore store;
            QVERIFY(store.open(dir.path()));
            QVERIFY(store.addProfile(grouped(u"Berlin"_s, u"EMEA"_s)));
        }
        // The file as schema 6 left it: no groups table.
        raw(dbFile(dir), {u"DROP TABLE cluster_groups"_s, u"PRAGMA user_version = 6"_s});
        QCOMPARE(raw(dbFile(dir), {u"SELECT count(*) FROM sqlite_master WHERE name = "
                                   "'cluster_groups'"_s})
                     .toInt(),
                 0);
        {
            LocalStore store;
            QString error;
            QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
            QCOMPARE(store.integrityCheck(), u"ok"_s);
            QCOMPARE(groupsOf(store), (QMap<QString, QString>{{u"Berlin"_s, u"EMEA"_s}}));
            QVERIFY(store.groups().isEmpty());
            QVERIFY(store.addGroup(u"APAC"_s));
        }
        QCOMPARE(raw(dbFile(dir), {u"PRAGMA user_version"_s}).toInt(), 7);
        QCOMPARE(LocalStoreSchema::CurrentVersion, 7);
    }
};

QTEST_GUILESS_MAIN(tst_LocalStoreGroups)
#include "tst_LocalStoreGroups.moc"
