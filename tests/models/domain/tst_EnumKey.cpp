// EnumKey: enumerators as kebab-case keys and back, and the keys of every enum whose key goes into
// JSON, the command line or a report, pinned: renaming an enumerator must fail here.

#include "ActivityEntry.h"
#include "EnumKey.h"
#include "NodeAction.h"
#include "ResourceDiff.h"
#include "ResourceResult.h"
#include "ResourceTestResult.h"
#include "SessionInfo.h"
#include "SyncApplier.h"
#include "SyncPlan.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_EnumKey : public QObject
{
    Q_OBJECT

private slots:
    void kebabCase_data();
    void kebabCase();
    void resourceDiffKeys();
    void keys_data();
    void keys();
    void roundTrip();
    void unknownKeys();
    void sessionRole();
};

void tst_EnumKey::kebabCase_data()
{
    QTest::addColumn<QByteArray>("enumerator");
    QTest::addColumn<QString>("key");
    QTest::newRow("one word") << QByteArray("Ok") << u"ok"_s;
    QTest::newRow("two words") << QByteArray("NotFound") << u"not-found"_s;
    QTest::newRow("three words") << QByteArray("SetOnSome") << u"set-on-some"_s;
    QTest::newRow("lower case") << QByteArray("same") << u"same"_s;
}

void tst_EnumKey::kebabCase()
{
    QFETCH(QByteArray, enumerator);
    QFETCH(QString, key);
    QCOMPARE(EnumKeys::kebabCase(enumerator.constData()), key);
}

void tst_EnumKey::resourceDiffKeys()
{
    QCOMPARE(ResourceDiff::statusName(ResourceDiffRow::Status::Identical), u"identical"_s);
    QCOMPARE(ResourceDiff::statusName(ResourceDiffRow::Status::Partial), u"partial"_s);
    QCOMPARE(ResourceDiff::cellName(ResourceDiffRow::Cell::Different), u"different"_s);
    QCOMPARE(ResourceDiff::agreementName(SecretAgreement::SetOnSome), u"set-on-some"_s);
    QCOMPARE(ResourceDiff::agreementName(SecretAgreement::CannotTell), u"cannot-tell"_s);
}

void tst_EnumKey::keys_data()
{
    // What JSON, the command line, reports and the activity store write: every multi-word key.
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sync action") << SyncPlan::actionName(SyncItem::Action::Unchanged)
                                 << u"unchanged"_s;
    QTest::newRow("resource status")
        << ResourceResult::statusName(ResourceResult::Status::PreconditionRequired)
        << u"precondition-required"_s;
    QTest::newRow("resource network")
        << ResourceResult::statusName(ResourceResult::Status::NetworkError) << u"network-error"_s;
    QTest::newRow("sync outcome") << SyncItemResult::outcomeName(SyncItemResult::Outcome::Cancelled)
                                  << u"cancelled"_s;
    QTest::newRow("activity outcome")
        << ActivityEntry::outcomeKey(ActivityEntry::Outcome::RefusedLocally)
        << u"refused-locally"_s;
    QTest::newRow("node action") << nodeActionResultKey(NodeActionOutcome::Result::LastServingNode)
                                 << u"last-serving-node"_s;
    QTest::newRow("resource test")
        << resourceTestOutcomeKey(ResourceTestResult::Outcome::NoAnswer) << u"no-answer"_s;
}

void tst_EnumKey::keys()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QCOMPARE(key, expected);
}

void tst_EnumKey::roundTrip()
{
    for (const auto agreement :
         {SecretAgreement::Unset, SecretAgreement::SetOnSome, SecretAgreement::Equal,
          SecretAgreement::Different, SecretAgreement::CannotTell}) {
        QCOMPARE(enumFromKey<SecretAgreement>(enumKey(agreement)), agreement);
    }
}

void tst_EnumKey::unknownKeys()
{
    QCOMPARE(enumKey(ResourceDiffRow::Cell(42)), QString());
    QCOMPARE(enumFromKey<ResourceDiffRow::Cell>(u"Same"), std::nullopt);
    QCOMPARE(enumFromKey<ResourceDiffRow::Cell>(u""), std::nullopt);
    QCOMPARE(ActivityEntry::outcomeFromKey(u"refused-locally"_s),
             ActivityEntry::Outcome::RefusedLocally);
    QCOMPARE(ActivityEntry::outcomeFromKey(u"refusedlocally"_s), std::nullopt);
}

void tst_EnumKey::sessionRole()
{
    QCOMPARE(SessionInfo::roleName(SessionInfo::Role::Viewer), u"viewer"_s);
    QCOMPARE(SessionInfo::roleName(SessionInfo::Role::Admin), u"admin"_s);
    QCOMPARE(SessionInfo::roleName(SessionInfo::Role::Unknown), QString());
    const auto session = [](const QString &role) {
        return SessionInfo::fromJson(
            {{u"username"_s, u"ann"_s}, {u"role"_s, role}, {u"canWrite"_s, false}});
    };
    QCOMPARE(session(u"admin"_s)->role, SessionInfo::Role::Admin);
    QCOMPARE(session(u"viewer"_s)->role, SessionInfo::Role::Viewer);
    QVERIFY(!session(u"unknown"_s));
    QVERIFY(!session(u"Admin"_s));
    QVERIFY(!session(QString()));
}

QTEST_GUILESS_MAIN(tst_EnumKey)
#include "tst_EnumKey.moc"
