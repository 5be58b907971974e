// Authenticator: tokens and cached logins answer at once, a password check answers later from
// the pool, failures are throttled per address and per user (429 with Retry-After, no hashing),
// a full hashing queue answers 503 at once, and a logged-out session is refused.

#include "Authenticator.h"
#include "FaultState.h"
#include "NodeOptions.h"
#include "SessionRevocations.h"

#include <QTest>
#include <optional>

using namespace node;

class tst_Authenticator final : public QObject
{
    Q_OBJECT

private:
    static QByteArray basic(const QByteArray &user, const QByteArray &password)
    {
        return "Basic " + (user + ':' + password).toBase64();
    }

    struct Fixture
    {
        NodeOptions options;
        Credentials credentials{"0123456789abcdef-secret"};
        FaultState clock{false};
        SessionRevocations revocations{options, clock, "0123456789abcdef-secret", nullptr};
        std::optional<Authenticator> authenticator;

        Fixture()
        {
            credentials.setUsers({{QStringLiteral("admin"), Role::Admin,
                                   Credentials::hashPassword(QStringLiteral("pw"), 1000)}});
            authenticator.emplace(credentials, revocations, clock);
        }
        // The outcome, and whether it came synchronously.
        std::pair<std::optional<AuthOutcome>, bool>
        run(const QByteArray &authorization, const QString &client,
            Authenticator::Accept accept = Authenticator::Accept::BasicOrBearer)
        {
            auto outcome = std::make_shared<std::optional<AuthOutcome>>();
            authenticator->authenticate(authorization, client, accept,
                                        [outcome](const AuthOutcome &o) { *outcome = o; });
            const bool immediate = outcome->has_value();
            if (!immediate && !QTest::qWaitFor([&] { return outcome->has_value(); }, 10000))
                return {std::nullopt, false};
            return {*outcome, immediate};
        }
    };

private Q_SLOTS:
    void passwordCheckedLaterThenCached()
    {
        Fixture f;
        const auto [first, firstImmediate] = f.run(basic("admin", "pw"), QStringLiteral("a"));
        QVERIFY(first && first->identity);
        QVERIFY(!firstImmediate); // PBKDF2 ran on the pool
        QCOMPARE(first->identity->user, QStringLiteral("admin"));
        const auto [second, secondImmediate] = f.run(basic("admin", "pw"), QStringLiteral("a"));
        QVERIFY(second && second->identity);
        QVERIFY(secondImmediate);
    }

    void failuresThrottledPerAddress()
    {
        Fixture f;
        for (int i = 0; i < 5; ++i) {
            const auto [outcome, immediate] = f.run(basic("admin", "bad"), QStringLiteral("a"));
            QVERIFY(outcome && !outcome->identity);
            QCOMPARE(outcome->failure.status, 401);
            QVERIFY(!immediate);
        }
        // The 6th failure locks the address...
        QCOMPARE(f.run(basic("admin", "bad"), QStringLiteral("a")).first->failure.status, 401);
        const auto [locked, immediate] = f.run(basic("admin", "bad"), QStringLiteral("a"));
        QCOMPARE(locked->failure.status, 429);
        QVERIFY(immediate); // answered without hashing
        QCOMPARE(locked->failure.header("Retry-After"), QByteArray("1"));
        // ...even for the right password, unless that login is cached.
        QCOMPARE(f.run(basic("admin", "pw"), QStringLiteral("a")).first->failure.status, 429);
        // Another address may still try, and a success clears its own count.
        QVERIFY(f.run(basic("admin", "pw"), QStringLiteral("b")).first->identity);
        QVERIFY(f.run(basic("admin", "pw"), QStringLiteral("a")).first->identity); // cached
    }

    void failuresThrottledPerUser()
    {
        Fixture f;
        for (int i = 0; i < 11; ++i) {
            const auto outcome = f.run(basic("admin", "bad"), QStringLiteral("10.0.0.%1").arg(i));
            QCOMPARE(outcome.first->failure.status, 401);
        }
        const auto [outcome, immediate] = f.run(basic("admin", "bad"), QStringLiteral("10.1.1.1"));
        QCOMPARE(outcome->failure.status, 429);
        QVERIFY(immediate);
    }

    void fullQueueAnswers503AtOnce()
    {
        Fixture f;
        int answered = 0;
        int busy = 0;
        for (int i = 0; i < PasswordWorkers::kDefaultMaxPending + 4; ++i) {
            f.authenticator->authenticate(
                basic("user" + QByteArray::number(i), "bad"), QStringLiteral("10.0.1.%1").arg(i),
                Authenticator::Accept::BasicOrBearer, [&](const AuthOutcome &outcome) {
                    ++answered;
                    if (outcome.failure.status == 503)
                        ++busy;
                });
        }
        QCOMPARE(busy, 4);
        QCOMPARE(answered, 4);
        QCOMPARE(f.authenticator->pendingChecks(), PasswordWorkers::kDefaultMaxPending);
        QTRY_COMPARE_WITH_TIMEOUT(answered, PasswordWorkers::kDefaultMaxPending + 4, 30000);
    }

    void tokensAtOnceAndLogoutRefused()
    {
        Fixture f;
        const qint64 expires = f.clock.nowMs() / 1000 + 600;
        const IssuedToken issued =
            f.credentials.issueToken({QStringLiteral("admin"), Role::Admin, {}}, expires);
        const auto [outcome, immediate] = f.run("Bearer " + issued.token, QStringLiteral("a"));
        QVERIFY(outcome && outcome->identity);
        QVERIFY(immediate);
        QCOMPARE(outcome->identity->session, issued.session);
        QCOMPARE(outcome->identity->expiresAtSeconds, expires);
        QVERIFY(f.revocations.add(issued.session, expires));
        QCOMPARE(f.run("Bearer " + issued.token, QStringLiteral("a")).first->failure.status, 401);
        // Basic is not a token: the token endpoint's mode refuses a bearer and vice versa.
        QCOMPARE(
            f.run("Bearer " + issued.token, QStringLiteral("a"), Authenticator::Accept::BasicOnly)
                .first->failure.status,
            401);
        QCOMPARE(f.run(basic("admin", "pw"), QStringLiteral("a"), Authenticator::Accept::BearerOnly)
                     .first->failure.status,
                 401);
    }

    void tokenExpiryFollowsTheNodeClock()
    {
        // The node's clock (its injected offset included) decides, not the host's: a test
        // moves it instead of waiting, and a node that issued a token checks it by the same time.
        Fixture f;
        const qint64 expires = f.clock.nowMs() / 1000 + 60;
        const IssuedToken issued =
            f.credentials.issueToken({QStringLiteral("admin"), Role::Admin, {}}, expires);
        QVERIFY(f.run("Bearer " + issued.token, QStringLiteral("a")).first->identity);
        f.clock.setClockOffsetMs(61'000);
        QCOMPARE(f.run("Bearer " + issued.token, QStringLiteral("a")).first->failure.status, 401);
        f.clock.setClockOffsetMs(0);
        QVERIFY(f.run("Bearer " + issued.token, QStringLiteral("a")).first->identity);
    }
};

QTEST_GUILESS_MAIN(tst_Authenticator)
#include "tst_Authenticator.moc"
