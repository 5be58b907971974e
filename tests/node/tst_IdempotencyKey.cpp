// IdempotencyKey: which Idempotency-Key values a node accepts, and the ids it generates.
#include "IdempotencyKey.h"

#include <QTest>

using namespace node;

class tst_IdempotencyKey final : public QObject
{
    Q_OBJECT

private slots:
    void isValid_data();
    void isValid();
    void fromHeader();
    void generatedIdsAreValidAndDistinct();
};

void tst_IdempotencyKey::isValid_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("one character") << QByteArray("a") << true;
    QTest::newRow("uuid") << QByteArray("0f8fad5b-d9cb-469f-a165-70867728950e") << true;
    QTest::newRow("all punctuation") << QByteArray("console:geo-api.v2_1") << true;
    QTest::newRow("128 characters") << QByteArray(128, 'k') << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("129 characters") << QByteArray(129, 'k') << false;
    QTest::newRow("space") << QByteArray("a b") << false;
    QTest::newRow("slash") << QByteArray("a/b") << false;
    QTest::newRow("trailing newline") << QByteArray("abc\n") << false;
    QTest::newRow("nul") << QByteArray("a\0b", 3) << false;
    QTest::newRow("quote") << QByteArray("\"abc\"") << false;
    QTest::newRow("utf-8") << QByteArray("cl\xc3\xa9") << false;
}

void tst_IdempotencyKey::isValid()
{
    QFETCH(QByteArray, key);
    QFETCH(bool, valid);
    QCOMPARE(IdempotencyKey::isValid(key), valid);
}

void tst_IdempotencyKey::fromHeader()
{
    QCOMPARE(IdempotencyKey::fromHeader(QByteArray("retry-1")), QStringLiteral("retry-1"));
    QVERIFY(!IdempotencyKey::fromHeader(QByteArray("bad key")));
    QVERIFY(!IdempotencyKey::fromHeader(QByteArray()));
    const auto generated = IdempotencyKey::fromHeader(std::nullopt);
    QVERIFY(generated);
    QVERIFY(IdempotencyKey::isValid(generated->toLatin1()));
}

void tst_IdempotencyKey::generatedIdsAreValidAndDistinct()
{
    QSet<QString> seen;
    for (int i = 0; i < 100; ++i) {
        const QString id = IdempotencyKey::generate();
        QVERIFY2(IdempotencyKey::isValid(id.toLatin1()), qPrintable(id));
        seen.insert(id);
    }
    QCOMPARE(seen.size(), 100);
}

QTEST_GUILESS_MAIN(tst_IdempotencyKey)
#include "tst_IdempotencyKey.moc"
