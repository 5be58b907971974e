// ProfileFormValidator: every problem of a profile at once, by field (data-driven), the checks
// only a form makes (required name and secret, unique name, readable CA file) and URL parsing.

#include "ProfileFormValidator.h"

#include <QTemporaryDir>
#include <QtTest>

using V = ProfileFormValidator;

class tst_ProfileFormValidator final : public QObject
{
    Q_OBJECT

private slots:
    void problems_data();
    void problems();
    void uniqueNameIgnoresItself();
    void caFile();
    void blocksConnection();
    void everyBadNodeUrlIsFound();
    void duplicateUrlIsWarned_data();
    void duplicateUrlIsWarned();
};

void tst_ProfileFormValidator::problems_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("statsUrl");
    QTest::addColumn<int>("warn");
    QTest::addColumn<int>("crit");
    QTest::addColumn<bool>("secretGiven");
    QTest::addColumn<QStringList>("expected"); // "field: reason", sorted

    const QString url = QStringLiteral("https://lb.example:8443");
    const QString pin = QString(64, u'a');
    QTest::newRow("valid") << "Prod" << url << "admin" << pin << "" << 50 << 500 << true
                           << QStringList();
    QTest::newRow("valid, pin with colons and capitals")
        << "Prod" << url << "admin" << QStringLiteral("AB:").repeated(31) + QStringLiteral("AB")
        << "" << 50 << 500 << true << QStringList();
    QTest::newRow("nothing typed")
        << ""
        << ""
        << ""
        << ""
        << "" << 50 << 500 << false
        << QStringList{QStringLiteral("loadBalancerUrl: is required"),
                       QStringLiteral("name: is required"), QStringLiteral("password: is required"),
                       QStringLiteral("userName: is required for password sign-in")};
    QTest::newRow("several at once")
        << "Prod"
        << "ftp://lb.example"
        << "admin"
        << "abc"
        << "http://" << 500 << 500 << true
        << QStringList{
               QStringLiteral("clockCritMs: must be greater than the warning threshold"),
               QStringLiteral("haproxyStatsUrl: must name a host"),
               QStringLiteral("loadBalancerUrl: must start with http:// or https://"),
               QStringLiteral("pinnedSha256: must be 64 hexadecimal digits (a SHA-256 digest)")};
    QTest::newRow("password in the URL")
        << "Prod"
        << "https://admin:pw@lb.example"
        << "admin"
        << ""
        << "" << 50 << 500 << true
        << QStringList{QStringLiteral(
               "loadBalancerUrl: must not contain a password; the secret is stored separately")};
    QTest::newRow("warning out of range")
        << "Prod" << url << "admin"
        << ""
        << "" << 0 << 500 << true
        << QStringList{QStringLiteral("clockWarnMs: must be between 1 and 3600000")};
    QTest::newRow("warning above critical")
        << "Prod" << url << "admin"
        << ""
        << "" << 900 << 300 << true
        << QStringList{QStringLiteral("clockCritMs: must be greater than the warning threshold")};
}

void tst_ProfileFormValidator::problems()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, user);
    QFETCH(QString, pin);
    QFETCH(QString, statsUrl);
    QFETCH(int, warn);
    QFETCH(int, crit);
    QFETCH(bool, secretGiven);
    QFETCH(QStringList, expected);

    ClusterProfile profile = ClusterProfile::create(name, V::parseUrl(url));
    profile.userName = user;
    profile.pinnedSha256 = pin.contains(u':') ? pin.toLower().remove(u':') : pin;
    profile.haproxyStatsUrl = V::parseUrl(statsUrl);
    profile.clockWarnMs = warn;
    profile.clockCritMs = crit;
    const QHash<QString, QString> found = V::problems(profile, true, secretGiven, {});
    QStringList actual;
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        actual.append(it.key() + QStringLiteral(": ") + it.value());
    actual.sort();
    QCOMPARE(actual, expected);
}

void tst_ProfileFormValidator::uniqueNameIgnoresItself()
{
    const QUrl url(QStringLiteral("https://lb.example"));
    ClusterProfile mine = ClusterProfile::create(QStringLiteral("Prod"), url);
    mine.userName = QStringLiteral("admin");
    ClusterProfile other = ClusterProfile::create(QStringLiteral(" production "), url);
    QVERIFY(V::problems(mine, false, false, {mine, other}).isEmpty());
    mine.name = QStringLiteral("PRODUCTION");
    QCOMPARE(V::problems(mine, false, false, {mine, other}).value(V::NameField),
             QStringLiteral("another cluster is already called \"production\""));
}

void tst_ProfileFormValidator::caFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ClusterProfile profile =
        ClusterProfile::create(QStringLiteral("Prod"), QUrl(QStringLiteral("https://lb")));
    profile.userName = QStringLiteral("admin");
    profile.caCertificatePath = dir.filePath(QStringLiteral("missing.pem"));
    QCOMPARE(V::problems(profile, false, false, {}).value(V::CaField),
             QStringLiteral("no such file"));
    QFile notPem(dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(notPem.open(QIODevice::WriteOnly));
    notPem.write("not a certificate\n");
    notPem.close();
    profile.caCertificatePath = notPem.fileName();
    QCOMPARE(V::problems(profile, false, false, {}).value(V::CaField),
             QStringLiteral("holds no PEM certificate"));
    profile.caCertificatePath = dir.path(); // a directory
    QCOMPARE(V::problems(profile, false, false, {}).value(V::CaField),
             QStringLiteral("no such file"));
}

void tst_ProfileFormValidator::blocksConnection()
{
    QVERIFY(V::blocksConnection(V::UrlField));
    QVERIFY(V::blocksConnection(V::PinField));
    QVERIFY(V::blocksConnection(V::CaField));
    QVERIFY(!V::blocksConnection(V::NameField));
    QVERIFY(!V::blocksConnection(V::CritField));
    QVERIFY(!V::blocksConnection(V::PasswordField));
    QCOMPARE(V::parseUrl(QStringLiteral("  ")), QUrl());
    QCOMPARE(V::parseUrl(QStringLiteral(" http://a:1/ ")), QUrl(QStringLiteral("http://a:1/")));
}

void tst_ProfileFormValidator::everyBadNodeUrlIsFound()
{
    ClusterProfile profile =
        ClusterProfile::create(QStringLiteral("Spectrum"), QUrl(QStringLiteral("https://lb")));
    profile.userName = QStringLiteral("admin");
    profile.nodeUrls = {V::parseUrl(QStringLiteral("node-1:8080")),
                        V::parseUrl(QStringLiteral("http://node-2:8080")),
                        V::parseUrl(QStringLiteral("http://node-2:8080/")),
                        V::parseUrl(QStringLiteral("http://node-3:8080"))};
    const QHash<QString, QString> found = V::problems(profile, false, false, {});
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.value(QStringLiteral("nodeUrls[0]")),
             QStringLiteral("must start with http:// or https://"));
    QCOMPARE(found.value(QStringLiteral("nodeUrls[2]")),
             QStringLiteral("names a node already listed"));
    QVERIFY(V::blocksConnection(V::NodeUrlsField));
}

void tst_ProfileFormValidator::duplicateUrlIsWarned_data()
{
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("warned");
    QTest::newRow("same") << "https://lb.example:8443"
                          << "https://lb.example:8443" << true;
    QTest::newRow("case and slash") << "https://LB.example:8443/"
                                    << "https://lb.example:8443" << true;
    QTest::newRow("default port") << "https://lb.example"
                                  << "https://lb.example:443" << true;
    QTest::newRow("other port") << "https://lb.example:8443"
                                << "https://lb.example:9443" << false;
    QTest::newRow("other scheme") << "http://lb.example"
                                  << "https://lb.example" << false;
    QTest::newRow("other host") << "https://a.example"
                                << "https://b.example" << false;
}

void tst_ProfileFormValidator::duplicateUrlIsWarned()
{
    QFETCH(QString, saved);
    QFETCH(QString, typed);
    QFETCH(bool, warned);
    ClusterProfile other = ClusterProfile::create(QStringLiteral("Prod"), QUrl(saved));
    ClusterProfile mine = ClusterProfile::create(QStringLiteral("Prod viewer"), QUrl(typed));
    const QHash<QString, QString> found = V::warnings(mine, {other});
    QCOMPARE(found.contains(V::UrlField), warned);
    if (warned)
        QCOMPARE(found.value(V::UrlField),
                 QStringLiteral("the saved cluster \"Prod\" already uses this URL"));
    // Not a problem: the profile can still be saved.
    QVERIFY(!V::problems(mine, false, false, {other}).contains(V::UrlField));
    // A profile never collides with itself.
    QVERIFY(V::warnings(other, {other}).isEmpty());
}

QTEST_GUILESS_MAIN(tst_ProfileFormValidator)
#include "tst_ProfileFormValidator.moc"
