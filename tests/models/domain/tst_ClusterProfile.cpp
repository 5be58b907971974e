// ClusterProfile: field validation (data-driven) and the JSON round trip, which never carries
// a secret; the environment label, its colour, the read-only switch and the group.
#include "ClusterProfile.h"

#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using Mutation = std::function<void(ClusterProfile &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

ClusterProfile validProfile()
{
    ClusterProfile profile = ClusterProfile::create(
        QStringLiteral("demo"), QUrl(QStringLiteral("https://lb.example:8443")));
    profile.userName = QStringLiteral("admin");
    return profile;
}

const QString Sha =
    QStringLiteral("0123456789abcdef0123456789ABCDEF0123456789abcdef0123456789abcdef");

void addLabelRows()
{
    auto row = [](const char *name, Mutation mutation, const QString &field) {
        QTest::newRow(name) << mutation << field;
    };
    row("production", [](ClusterProfile &p) { p.environment = u"production"_s; }, {});
    row("custom environment", [](ClusterProfile &p) { p.environment = u"Lab 3"_s; }, {});
    row(
        "environment too long", [](ClusterProfile &p) { p.environment = QString(33, u'x'); },
        u"environment"_s);
    row(
        "environment padded", [](ClusterProfile &p) { p.environment = u" lab"_s; },
        u"environment"_s);
    row(
        "environment two lines", [](ClusterProfile &p) { p.environment = u"a\nb"_s; },
        u"environment"_s);
    row("colour",
        [](ClusterProfile &p) {
            p.environment = u"test"_s;
            p.environmentColourName = u"#00aa00"_s;
        },
        {});
    row(
        "colour name",
        [](ClusterProfile &p) {
            p.environment = u"test"_s;
            p.environmentColourName = u"green"_s;
        },
        u"environmentColour"_s);
    row(
        "colour short",
        [](ClusterProfile &p) {
            p.environment = u"test"_s;
            p.environmentColourName = u"#0a0"_s;
        },
        u"environmentColour"_s);
    row(
        "colour without environment",
        [](ClusterProfile &p) { p.environmentColourName = u"#00aa00"_s; }, u"environmentColour"_s);
    row("read-only", [](ClusterProfile &p) { p.readOnly = true; }, {});
    row("group", [](ClusterProfile &p) { p.group = u"EMEA/Production"_s; }, {});
    row(
        "group empty segment", [](ClusterProfile &p) { p.group = u"EMEA//Production"_s; },
        u"group"_s);
    row(
        "group padded", [](ClusterProfile &p) { p.group = u"EMEA /Production"_s; }, u"group"_s);
    row(
        "group trailing slash", [](ClusterProfile &p) { p.group = u"EMEA/"_s; }, u"group"_s);
    row(
        "group too long", [](ClusterProfile &p) { p.group = QString(201, u'g'); }, u"group"_s);
}

} // namespace

class tst_ClusterProfile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const ClusterProfile profile = validProfile();
        QVERIFY(!profile.id.isEmpty());
        QCOMPARE(profile.pollIntervalMs, 5000);
        QCOMPARE(profile.clockWarnMs, 50);
        QCOMPARE(profile.clockCritMs, 500);
        QCOMPARE(profile.stalledAfterSeconds, 60);
        QCOMPARE(profile.authKind, ClusterProfile::AuthKind::Password);
        QVERIFY(!profile.validate());
    }

    void validate_data()
    {
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QString>("field"); // empty: valid

        QTest::newRow("valid") << Mutation([](ClusterProfile &) {}) << QString();
        QTest::newRow("http ok") << Mutation([](ClusterProfile &p) {
            p.loadBalancerUrl = QUrl(QStringLiteral("http://127.0.0.1:9100"));
        }) << QString();
        QTest::newRow("bad id") << Mutation([](ClusterProfile &p) { p.id = QStringLiteral("x"); })
                                << QStringLiteral("id");
        QTest::newRow("empty url")
            << Mutation([](ClusterProfile &p) { p.loadBalancerUrl = QUrl(); })
            << QStringLiteral("loadBalancerUrl");
        QTest::newRow("ftp url") << Mutation([](ClusterProfile &p) {
            p.loadBalancerUrl = QUrl(QStringLiteral("ftp://lb.example"));
        }) << QStringLiteral("loadBalancerUrl");
        QTest::newRow("no host") << Mutation([](ClusterProfile &p) {
            p.loadBalancerUrl = QUrl(QStringLiteral("https:///path"));
        }) << QStringLiteral("loadBalancerUrl");
        QTest::newRow("relative url") << Mutation([](ClusterProfile &p) {
            p.loadBalancerUrl = QUrl(QStringLiteral("lb.example"));
        }) << QStringLiteral("loadBalancerUrl");
        QTest::newRow("password in url") << Mutation([](ClusterProfile &p) {
            p.loadBalancerUrl = QUrl(QStringLiteral("https://admin:hunter2@lb.example"));
        }) << QStringLiteral("loadBalancerUrl");
        QTest::newRow("password auth needs user")
            << Mutation([](ClusterProfile &p) { p.userName = QStringLiteral("  "); })
            << QStringLiteral("userName");
        QTest::newRow("token auth without user") << Mutation([](ClusterProfile &p) {
            p.authKind = ClusterProfile::AuthKind::Token;
            p.userName.clear();
        }) << QString();
        QTest::newRow("ca path and pem") << Mutation([](ClusterProfile &p) {
            p.caCertificatePath = QStringLiteral("/etc/ca.pem");
            p.caCertificatePem = "-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----\n";
        }) << QStringLiteral("caCertificatePem");
        QTest::newRow("pem not pem")
            << Mutation([](ClusterProfile &p) { p.caCertificatePem = "hello"; })
            << QStringLiteral("caCertificatePem");
        QTest::newRow("pin ok") << Mutation([](ClusterProfile &p) { p.pinnedSha256 = Sha; })
                                << QString();
        QTest::newRow("pin short")
            << Mutation([](ClusterProfile &p) { p.pinnedSha256 = Sha.left(63); })
            << QStringLiteral("pinnedSha256");
        QTest::newRow("pin not hex")
            << Mutation([](ClusterProfile &p) { p.pinnedSha256 = Sha.left(63) + u'g'; })
            << QStringLiteral("pinnedSha256");
        QTest::newRow("accepted ok") << Mutation([](ClusterProfile &p) {
            p.acceptedCertificates = {{Sha, {9, 11}}};
        }) << QString();
        QTest::newRow("accepted bad sha") << Mutation([](ClusterProfile &p) {
            p.acceptedCertificates = {{Sha, {9}}, {QStringLiteral("zz"), {9}}};
        }) << QStringLiteral("acceptedCertificates[1].sha256");
        QTest::newRow("accepted no errors") << Mutation([](ClusterProfile &p) {
            p.acceptedCertificates = {{Sha, {}}};
        }) << QStringLiteral("acceptedCertificates[0].errors");
        QTest::newRow("accepted negative code") << Mutation([](ClusterProfile &p) {
            p.acceptedCertificates = {{Sha, {-3}}};
        }) << QStringLiteral("acceptedCertificates[0].errors");
        QTest::newRow("stats url ok") << Mutation([](ClusterProfile &p) {
            p.haproxyStatsUrl = QUrl(QStringLiteral("http://127.0.0.1:8404/stats"));
        }) << QString();
        QTest::newRow("stats url bad") << Mutation([](ClusterProfile &p) {
            p.haproxyStatsUrl = QUrl(QStringLiteral("file:///tmp/stats"));
        }) << QStringLiteral("haproxyStatsUrl");
        QTest::newRow("poll min") << Mutation([](ClusterProfile &p) { p.pollIntervalMs = 1000; })
                                  << QString();
        QTest::newRow("poll max") << Mutation([](ClusterProfile &p) { p.pollIntervalMs = 3600000; })
                                  << QString();
        QTest::newRow("poll too fast")
            << Mutation([](ClusterProfile &p) { p.pollIntervalMs = 999; })
            << QStringLiteral("pollIntervalMs");
        QTest::newRow("poll too slow")
            << Mutation([](ClusterProfile &p) { p.pollIntervalMs = 3600001; })
            << QStringLiteral("pollIntervalMs");
        QTest::newRow("warn zero") << Mutation([](ClusterProfile &p) { p.clockWarnMs = 0; })
                                   << QStringLiteral("clockWarnMs");
        QTest::newRow("warn equals crit") << Mutation([](ClusterProfile &p) {
            p.clockWarnMs = 500;
            p.clockCritMs = 500;
        }) << QStringLiteral("clockCritMs");
        QTest::newRow("warn above crit") << Mutation([](ClusterProfile &p) { p.clockWarnMs = 600; })
                                         << QStringLiteral("clockCritMs");
        QTest::newRow("stalled zero")
            << Mutation([](ClusterProfile &p) { p.stalledAfterSeconds = 0; })
            << QStringLiteral("stalledAfterSeconds");
        QTest::newRow("negative order")
            << Mutation([](ClusterProfile &p) { p.sortOrder = -1; }) << QStringLiteral("sortOrder");
        QTest::newRow("password file") << Mutation([](ClusterProfile &p) {
            p.passwordFile = QStringLiteral("/etc/clusterdesk/prod.pw");
        }) << QString();
        QTest::newRow("relative password file")
            << Mutation([](ClusterProfile &p) { p.passwordFile = QStringLiteral("prod.pw"); })
            << QStringLiteral("passwordFile");
        QTest::newRow("password command") << Mutation([](ClusterProfile &p) {
            p.passwordCommand = QStringLiteral("pass show \"clusters/prod\"");
        }) << QString();
        QTest::newRow("file and command") << Mutation([](ClusterProfile &p) {
            p.passwordFile = QStringLiteral("/etc/clusterdesk/prod.pw");
            p.passwordCommand = QStringLiteral("pass show prod");
        }) << QStringLiteral("passwordCommand");
        QTest::newRow("two-line command") << Mutation([](ClusterProfile &p) {
            p.passwordCommand = QStringLiteral("pass show prod\nrm -rf x");
        }) << QStringLiteral("passwordCommand");
        QTest::newRow("blank command")
            << Mutation([](ClusterProfile &p) { p.passwordCommand = QStringLiteral("   "); })
            << QStringLiteral("passwordCommand");
        addLabelRows();
    }

    void environmentDefaults_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("colour");
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("production");
        QTest::newRow("none") << QString() << QString() << QString() << false;
        QTest::newRow("production") << u"production"_s << u"#c62828"_s << u"PRODUCTION"_s << true;
        QTest::newRow("Production") << u"Production"_s << u"#c62828"_s << u"PRODUCTION"_s << true;
        QTest::newRow("staging") << u"staging"_s << u"#e69500"_s << u"Staging"_s << false;
        QTest::newRow("test") << u"test"_s << u"#2e7d32"_s << u"Test"_s << false;
        QTest::newRow("custom") << u"Lab 3"_s << u"#1565c0"_s << u"Lab 3"_s << false;
    }

    void environmentDefaults()
    {
        QFETCH(QString, environment);
        QFETCH(QString, colour);
        QFETCH(QString, label);
        QFETCH(bool, production);
        ClusterProfile profile = validProfile();
        profile.environment = environment;
        QCOMPARE(profile.environmentColour(), colour);
        QCOMPARE(profile.environmentLabel(), label);
        QCOMPARE(profile.isProduction(), production);
        if (!environment.isEmpty()) {
            profile.environmentColourName = u"#ABCDEF"_s; // the user's choice wins
            QCOMPARE(profile.environmentColour(), u"#abcdef"_s);
        }
    }

    void normalizedNames()
    {
        QCOMPARE(ClusterProfile::normalizedEnvironment(u" STAGING "_s), u"staging"_s);
        QCOMPARE(ClusterProfile::normalizedEnvironment(u" Lab "_s), u"Lab"_s);
        QCOMPARE(ClusterProfile::normalizedGroup(u" EMEA / Production/ "_s), u"EMEA/Production"_s);
        QCOMPARE(ClusterProfile::normalizedGroup(u"//"_s), QString());
        QCOMPARE(ClusterProfile::groupLeaf(u"EMEA/Production"_s), u"Production"_s);
    }

    void validate()
    {
        QFETCH(Mutation, mutation);
        QFETCH(QString, field);
        ClusterProfile profile = validProfile();
        mutation(profile);
        const auto problem = profile.validate();
        if (field.isEmpty()) {
            QVERIFY2(!problem,
                     qPrintable(problem ? problem->field + QStringLiteral(": ") + problem->reason
                                        : QString()));
        } else {
            QVERIFY(problem);
            QCOMPARE(problem->field, field);
            QVERIFY(!problem->reason.isEmpty());
        }
    }

    void jsonRoundTrip()
    {
        ClusterProfile profile = validProfile();
        profile.authKind = ClusterProfile::AuthKind::Token;
        profile.caCertificatePem = "-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----\n";
        profile.pinnedSha256 = Sha;
        profile.acceptedCertificates = {{Sha, {9, 11}}, {Sha.toLower(), {14}}};
        profile.haproxyStatsUrl = QUrl(QStringLiteral("http://127.0.0.1:8404/stats;csv"));
        profile.haproxyStatsUser = QStringLiteral("clusterdesk-stats");
        profile.pollIntervalMs = 2500;
        profile.clockWarnMs = 20;
        profile.clockCritMs = 200;
        profile.stalledAfterSeconds = 30;
        profile.sortOrder = 4;
        profile.passwordCommand = QStringLiteral("secret-tool lookup clusterdesk \"prod 1\"");
        profile.environment = QStringLiteral("production");
        profile.environmentColourName = QStringLiteral("#aa0000");
        profile.readOnly = true;
        profile.group = QStringLiteral("EMEA/Production");
        // Through bytes, as the command line and the store see it.
        const QByteArray bytes = QJsonDocument(profile.toJson()).toJson();
        QString error;
        const auto back = ClusterProfile::fromJson(QJsonDocument::fromJson(bytes).object(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, profile);
    }

    void fromJsonDefaultsAndSecrets()
    {
        const QJsonObject json{{QStringLiteral("name"), QStringLiteral("min")},
                               {QStringLiteral("loadBalancerUrl"), QStringLiteral("http://h:1")},
                               {QStringLiteral("userName"), QStringLiteral("u")},
                               {QStringLiteral("password"), QStringLiteral("hunter2")},
                               {QStringLiteral("secret"), QStringLiteral("hunter2")},
                               {QStringLiteral("token"), QStringLiteral("hunter2")}};
        const auto profile = ClusterProfile::fromJson(json);
        QVERIFY(profile);
        QVERIFY(!profile->id.isEmpty()); // a fresh id for an imported profile
        QCOMPARE(profile->pollIntervalMs, ClusterProfile::DefaultPollIntervalMs);
        // A profile saved before labels existed: no environment, writable, in no group.
        QVERIFY(profile->environment.isEmpty());
        QVERIFY(!profile->readOnly);
        QVERIFY(profile->group.isEmpty());
        QVERIFY(!profile->validate());
        const QByteArray out = QJsonDocument(profile->toJson()).toJson();
        QVERIFY(!out.contains("hunter2"));
    }

    void fromJsonRejectsWrongTypes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("name number") << QByteArray(R"({"name": 5})");
        QTest::newRow("poll string") << QByteArray(R"({"pollIntervalMs": "5000"})");
        QTest::newRow("poll fraction") << QByteArray(R"({"pollIntervalMs": 5000.5})");
        QTest::newRow("poll huge") << QByteArray(R"({"pollIntervalMs": 1e12})");
        QTest::newRow("auth kind") << QByteArray(R"({"authKind": "kerberos"})");
        QTest::newRow("password file number") << QByteArray(R"({"passwordFile": 600})");
        QTest::newRow("password command array") << QByteArray(R"({"passwordCommand": ["pass"]})");
        QTest::newRow("accepted not array") << QByteArray(R"({"acceptedCertificates": {}})");
        QTest::newRow("accepted not objects") << QByteArray(R"({"acceptedCertificates": [1]})");
        QTest::newRow("accepted errors strings")
            << QByteArray(R"({"acceptedCertificates": [{"sha256": "a", "errors": ["x"]}]})");
        QTest::newRow("read-only string") << QByteArray(R"({"readOnly": "yes"})");
        QTest::newRow("read-only number") << QByteArray(R"({"readOnly": 1})");
        QTest::newRow("environment number") << QByteArray(R"({"environment": 3})");
        QTest::newRow("group array") << QByteArray(R"({"group": ["EMEA"]})");
        QTest::newRow("colour number") << QByteArray(R"({"environmentColour": 255})");
    }

    void fromJsonRejectsWrongTypes()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!ClusterProfile::fromJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ClusterProfile)
#include "tst_ClusterProfile.moc"
