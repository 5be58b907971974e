// BasicAuthVerifier: bcrypt ($2b$, $2y$) off the calling thread, remembered successes, a bounded
// queue.
#include "BasicAuthVerifier.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace {

// bcrypt cost 4 (the minimum) keeps the test fast; the code path is the same at cost 10.
const QByteArray HashB = "$2b$04$EH.QWnV3scqAntXdkku.T.TeGdr1OWEbTQASe00O2bl2y5GKnkkO6";
const QByteArray HashY = "$2y$04$78OEg3gxBi1IH6E75Nfpa.MjCFbX4kPagVwk0jkp6PZfV41cbWl72";

QByteArray basic(const QByteArray &user, const QByteArray &password)
{
    return "Basic " + (user + ':' + password).toBase64();
}

} // namespace

class tst_BasicAuthVerifier final : public QObject
{
    Q_OBJECT

    using Outcome = BasicAuthVerifier::Outcome;

    // Waits for the check's answer (from the event loop, never from inside check()).
    static std::optional<Outcome> check(BasicAuthVerifier &verifier, const QByteArray &header)
    {
        std::optional<Outcome> outcome;
        verifier.check(header, [&outcome](Outcome o) { outcome = o; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
            return std::nullopt;
        return outcome;
    }

private slots:
    void bcryptVariants()
    {
        QVERIFY(BasicAuthVerifier::bcryptMatches("scrape-secret", HashB));
        QVERIFY(!BasicAuthVerifier::bcryptMatches("scrape-secreT", HashB));
        QVERIFY(BasicAuthVerifier::bcryptMatches("scrape-secret", HashY));
        QVERIFY(!BasicAuthVerifier::bcryptMatches("", HashY));
        QVERIFY(!BasicAuthVerifier::bcryptMatches("scrape-secret", "$2b$04$short"));
        QVERIFY(!BasicAuthVerifier::bcryptMatches("scrape-secret", "not a hash"));
    }

    void rightWrongAndMalformed()
    {
        BasicAuthVerifier verifier(
            {{QStringLiteral("prometheus"), HashB}, {QStringLiteral("grafana"), HashY}});
        QCOMPARE(check(verifier, basic("prometheus", "scrape-secret")), Outcome::Allowed);
        QCOMPARE(check(verifier, basic("grafana", "scrape-secret")), Outcome::Allowed);
        QCOMPARE(check(verifier, basic("prometheus", "wrong")), Outcome::Denied);
        QCOMPARE(check(verifier, basic("nobody", "scrape-secret")), Outcome::Denied);
        QCOMPARE(check(verifier, basic("grafana", "")), Outcome::Denied);
        QCOMPARE(check(verifier, ""), Outcome::Denied);
        QCOMPARE(check(verifier, "Bearer abc"), Outcome::Denied);
        QCOMPARE(check(verifier, "Basic !!!not base64"), Outcome::Denied);
        QCOMPARE(check(verifier, "Basic " + QByteArray("no-colon").toBase64()), Outcome::Denied);
    }

    void successIsRememberedFailureIsNot()
    {
        BasicAuthVerifier verifier({{QStringLiteral("prometheus"), HashB}});
        QCOMPARE(check(verifier, basic("prometheus", "scrape-secret")), Outcome::Allowed);
        QCOMPARE(verifier.hashesComputed(), 1);
        // Every later scrape with the same credentials: answered at once, no bcrypt.
        for (int i = 0; i < 20; ++i) {
            std::optional<Outcome> outcome;
            verifier.check(basic("prometheus", "scrape-secret"),
                           [&outcome](Outcome o) { outcome = o; });
            QCOMPARE(outcome, Outcome::Allowed);
        }
        QCOMPARE(verifier.hashesComputed(), 1);
        QCOMPARE(check(verifier, basic("prometheus", "wrong")), Outcome::Denied);
        QCOMPARE(check(verifier, basic("prometheus", "wrong")), Outcome::Denied);
        QCOMPARE(verifier.hashesComputed(), 3);
    }

    void floodIsBoundedAndRememberedStillPass()
    {
        BasicAuthVerifier verifier({{QStringLiteral("prometheus"), HashB}}, 1, 4);
        QCOMPARE(check(verifier, basic("prometheus", "scrape-secret")), Outcome::Allowed);
        int denied = 0;
        int busy = 0;
        int answered = 0;
        for (int i = 0; i < 50; ++i) {
            verifier.check(basic("prometheus", "guess" + QByteArray::number(i)), [&](Outcome o) {
                ++answered;
                denied += o == Outcome::Denied;
                busy += o == Outcome::Busy;
            });
        }
        // The queue holds 4: the other 46 are refused at once, without hashing.
        QCOMPARE(busy, 46);
        QCOMPARE(verifier.pending(), 4);
        std::optional<Outcome> scrape;
        verifier.check(basic("prometheus", "scrape-secret"), [&](Outcome o) { scrape = o; });
        QCOMPARE(scrape, Outcome::Allowed);
        QTRY_COMPARE(answered, 50);
        QCOMPARE(denied, 4);
        QCOMPARE(verifier.hashesComputed(), 5);
    }
};

QTEST_GUILESS_MAIN(tst_BasicAuthVerifier)
#include "tst_BasicAuthVerifier.moc"
