// EnumKey: enumerators as kebab-case keys and back, and the keys of every enum whose key goes into
// JSON, the command line or a report, pinned: renaming an enumerator must fail here.

#include "EnumKey.h"
#include "ResourceDiff.h"
#include "SessionInfo.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_EnumKey : public QObject
{
    Q_OBJECT

private slots:
    void kebabCase_data();
    void kebabCase();
    void resourceDiffKeys();
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
