// Credentials: PBKDF2 hashes, Basic verification, signed tokens (expiry, tamper, other
// secret, padding, the user's epoch) and the cluster-secret check.

#include "ConstantTime.h"
#include "Credentials.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTemporaryDir>
#include <QTest>

using namespace node;

class tst_Credentials final : public QObject
{
    Q_OBJECT

private:
    // Few iterations keep the test fast; the format and the algorithm are the same.
    static QString quickHash(const QString &password)
    {
        return Credentials::hashPassword(password, 1000);
    }
    static QByteArray basic(const QByteArray &user, const QByteArray &password)
    {
        return "Basic " + (user + ':' + password).toBase64();
    }
    Credentials makeCredentials()
    {
        // The same records every time, as every node of a cluster reads the same users file.
        static const QString adminHash = quickHash(QStringLiteral("pw-admin"));
        static const QString viewerHash = quickHash(QStringLiteral("pw-viewer"));
        Credentials credentials("0123456789abcdef-secret");
        credentials.setUsers({{QStringLiteral("admin"), Role::Admin, adminHash},
                              {QStringLiteral("viewer"), Role::Viewer, viewerHash}});
        return credentials;
    }

private Q_SLOTS:
    void hashFormat()
    {
        const QString hash = Credentials::hashPassword(QStringLiteral("secret"));
        const QStringList parts = hash.split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.at(0), QStringLiteral("pbkdf2-sha256"));
        QCOMPARE(parts.at(1), QStringLiteral("100000"));
        QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(parts.at(3).toLatin1()).size(), 32);
        // A random salt: hashing twice gives different strings that both verify.
        const QString again = Credentials::hashPassword(QStringLiteral("secret"));
        QVERIFY(hash != again);
        QVERIFY(Credentials::verifyPassword(QStringLiteral("secret"), hash));
        QVERIFY(Credentials::verifyPassword(QStringLiteral("secret"), again));
    }

    void verifyPassword_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("hash");
        QTest::addColumn<bool>("valid");
        const QString good = quickHash(QStringLiteral("correct horse"));
        QTest::newRow("right") << QStringLiteral("correct horse") << good << true;
        QTest::newRow("wrong") << QStringLiteral("correct horsE") << good << false;
        QTest::newRow("empty password") << QString() << good << false;
        QTest::newRow("unicode") << QStringLiteral("pässwörd ✓")
                                 << quickHash(QStringLiteral("pässwörd ✓")) << true;
        QTest::newRow("empty hash") << QStringLiteral("x") << QString() << false;
        QTest::newRow("other algorithm")
            << QStringLiteral("x")
            << QString(good).replace(QStringLiteral("sha256"), QStringLiteral("sha1")) << false;
        QTest::newRow("zero iterations")
            << QStringLiteral("x")
            << QStringLiteral("pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA==$AAAA") << false;
        QTest::newRow("absurd iterations")
            << QStringLiteral("x") << QStringLiteral("pbkdf2-sha256$99999999999$AAAA$AAAA")
            << false;
        QTest::newRow("bad base64")
            << QStringLiteral("x") << QStringLiteral("pbkdf2-sha256$1000$!!!$???") << false;
        QTest::newRow("too few parts")
            << QStringLiteral("x") << QStringLiteral("pbkdf2-sha256$1000") << false;
    }
    void verifyPassword()
    {
        QFETCH(QString, password);
        QFETCH(QString, hash);
        QFETCH(bool, valid);
        QCOMPARE(Credentials::verifyPassword(password, hash), valid);
    }

    void constantTimeEquals()
    {
        QVERIFY(ConstantTime::equals("abc", "abc"));
        QVERIFY(!ConstantTime::equals("abc", "abd"));
        QVERIFY(!ConstantTime::equals("abc", "abcd"));
        QVERIFY(ConstantTime::equals(QByteArray(), QByteArray()));
    }

    void basicAuthentication()
    {
        Credentials credentials = makeCredentials();
        const auto admin = credentials.authenticate(basic("admin", "pw-admin"), 0);
        QVERIFY(admin);
        QCOMPARE(admin->user, QStringLiteral("admin"));
        QCOMPARE(admin->role, Role::Admin);
        // The second call is answered from the cache and still correct.
        QVERIFY(credentials.authenticate(basic("admin", "pw-admin"), 0));
        QCOMPARE(credentials.authenticate(basic("viewer", "pw-viewer"), 0)->role, Role::Viewer);
        QVERIFY(!credentials.authenticate(basic("admin", "pw-viewer"), 0));
        QVERIFY(!credentials.authenticate(basic("nobody", "pw-admin"), 0));
        QVERIFY(!credentials.authenticate("Basic !!notbase64", 0));
        QVERIFY(!credentials.authenticate("Basic " + QByteArray("no-colon").toBase64(), 0));
        QVERIFY(!credentials.authenticate("Digest abc", 0));
        QVERIFY(!credentials.authenticate({}, 0));
        // A password containing ':' splits at the first colon only.
        credentials.setUsers(
            {{QStringLiteral("u"), Role::Viewer, quickHash(QStringLiteral("a:b"))}});
        QVERIFY(credentials.authenticate(basic("u", "a:b"), 0));
        // Replacing the users drops cached logins.
        QVERIFY(!credentials.authenticate(basic("admin", "pw-admin"), 0));
    }

    void tokenRoundTrip()
    {
        Credentials credentials = makeCredentials();
        const Identity identity{QStringLiteral("viewer"), Role::Viewer, {}};
        const IssuedToken issued = credentials.issueToken(identity, 2000);
        QVERIFY(!issued.session.isEmpty());
        QVERIFY(!issued.token.contains('='));
        QVERIFY(!issued.token.contains('+'));
        const auto verified = credentials.verifyToken(issued.token, 1999);
        QVERIFY(verified);
        QCOMPARE(verified->user, QStringLiteral("viewer"));
        QCOMPARE(verified->role, Role::Viewer);
        QCOMPARE(verified->session, issued.session);
        QVERIFY(credentials.authenticate("Bearer " + issued.token, 1999));
        QVERIFY(credentials.authenticate("bearer " + issued.token, 1999));

        // Another node with the same secret and users accepts it; another secret does not.
        Credentials sameCluster = makeCredentials();
        QVERIFY(sameCluster.verifyToken(issued.token, 1000));
        Credentials otherCluster("another-secret-0123456789");
        otherCluster.setUsers({{QStringLiteral("viewer"), Role::Viewer, QString()}});
        QVERIFY(!otherCluster.verifyToken(issued.token, 1000));
    }

    void tokenExpiry()
    {
        Credentials credentials = makeCredentials();
        const QByteArray token =
            credentials.issueToken({QStringLiteral("admin"), Role::Admin, {}}, 1000).token;
        QVERIFY(credentials.verifyToken(token, 999));
        QVERIFY(!credentials.verifyToken(token, 1000));
        QVERIFY(!credentials.verifyToken(token, 5000));
    }

    void tokenTamper_data()
    {
        QTest::addColumn<QByteArray>("token");
        Credentials credentials = makeCredentials();
        const QByteArray token =
            credentials.issueToken({QStringLiteral("viewer"), Role::Viewer, {}}, 2000).token;
        const qsizetype dot = token.indexOf('.');
        const QByteArray payload = token.left(dot);
        const QByteArray signature = token.mid(dot + 1);

        // Promote the viewer to admin but keep the old signature.
        QJsonObject claims =
            QJsonDocument::fromJson(QByteArray::fromBase64(payload, QByteArray::Base64UrlEncoding))
                .object();
        claims.insert(QStringLiteral("r"), QStringLiteral("admin"));
        const QByteArray forged =
            QJsonDocument(claims)
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QTest::newRow("role changed") << forged + '.' + signature;
        QByteArray flipped = signature;
        flipped[0] = flipped.at(0) == 'A' ? 'B' : 'A';
        QTest::newRow("signature changed") << payload + '.' + flipped;
        QTest::newRow("no signature") << payload + '.';
        QTest::newRow("no dot") << payload;
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("....");
        QTest::newRow("signature of other payload") << QByteArray("e30.") + signature;
        // The same signature bytes spelled differently: padding, standard alphabet.
        QTest::newRow("signature padded") << payload + '.' + signature + '=';
        QTest::newRow("signature padded twice") << payload + '.' + signature + "==";
        QTest::newRow("signature in standard base64")
            << payload + '.' +
                   QByteArray::fromBase64(signature, QByteArray::Base64UrlEncoding).toBase64();
        QTest::newRow("signature with whitespace") << payload + '.' + signature + ' ';
    }
    void tokenTamper()
    {
        QFETCH(QByteArray, token);
        Credentials credentials = makeCredentials();
        // The untouched token is valid, so each row fails for its own change only.
        QVERIFY(credentials.verifyToken(
            credentials.issueToken({QStringLiteral("viewer"), Role::Viewer, {}}, 2000).token,
            1000));
        QVERIFY(!credentials.verifyToken(token, 1000));
    }

    void tokenDiesWithItsUser()
    {
        Credentials credentials = makeCredentials();
        const QString adminHash = quickHash(QStringLiteral("pw-admin"));
        const QString viewerHash = quickHash(QStringLiteral("pw-viewer"));
        credentials.setUsers({{QStringLiteral("admin"), Role::Admin, adminHash},
                              {QStringLiteral("viewer"), Role::Viewer, viewerHash}});
        const QByteArray viewer =
            credentials.issueToken({QStringLiteral("viewer"), Role::Viewer, {}}, 2000).token;
        const QByteArray admin =
            credentials.issueToken({QStringLiteral("admin"), Role::Admin, {}}, 2000).token;
        QVERIFY(credentials.verifyToken(viewer, 1000));
        QVERIFY(credentials.verifyToken(admin, 1000));

        // Rewriting the file with the same users keeps their tokens.
        credentials.setUsers({{QStringLiteral("admin"), Role::Admin, adminHash},
                              {QStringLiteral("viewer"), Role::Viewer, viewerHash}});
        QVERIFY(credentials.verifyToken(viewer, 1000));
        // Removed user: its token dies; the others live.
        credentials.setUsers({{QStringLiteral("admin"), Role::Admin, adminHash}});
        QVERIFY(!credentials.verifyToken(viewer, 1000));
        QVERIFY(credentials.verifyToken(admin, 1000));
        // Changed password (a new hash): the old token dies, a new one works.
        const QString newHash = quickHash(QStringLiteral("pw-admin-2"));
        credentials.setUsers({{QStringLiteral("admin"), Role::Admin, newHash}});
        QVERIFY(!credentials.verifyToken(admin, 1000));
        QVERIFY(credentials.verifyToken(
            credentials.issueToken({QStringLiteral("admin"), Role::Admin, {}}, 2000).token, 1000));
        // Demoted: an admin token no longer passes, not even as a viewer's.
        const QByteArray before =
            credentials.issueToken({QStringLiteral("admin"), Role::Admin, {}}, 2000).token;
        credentials.setUsers({{QStringLiteral("admin"), Role::Viewer, newHash}});
        QVERIFY(!credentials.verifyToken(before, 1000));
        // A user re-added under the same name with another password is not the old user.
        credentials.setUsers(
            {{QStringLiteral("viewer"), Role::Viewer, quickHash(QStringLiteral("pw-viewer"))}});
        QVERIFY(!credentials.verifyToken(viewer, 1000));
    }

    void tokenWithoutEpochIsRefused()
    {
        // A token signed before epochs existed (no "g" claim) no longer passes.
        Credentials credentials = makeCredentials();
        const QByteArray payload =
            QJsonDocument(QJsonObject{{"u", "admin"}, {"r", "admin"}, {"sid", "s"}, {"exp", 2000}})
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QByteArray signature =
            QMessageAuthenticationCode::hash(payload, "0123456789abcdef-secret",
                                             QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QVERIFY(!credentials.verifyToken(payload + '.' + signature, 1000));
    }

    void cachedLoginsFollowTheUsers()
    {
        Credentials credentials = makeCredentials();
        const QString viewerHash = quickHash(QStringLiteral("pw-viewer"));
        credentials.setUsers({{QStringLiteral("viewer"), Role::Viewer, viewerHash}});
        QVERIFY(credentials.verifyBasic(QStringLiteral("viewer"), QStringLiteral("pw-viewer")));
        QVERIFY(credentials.cachedBasic(QStringLiteral("viewer"), QStringLiteral("pw-viewer")));
        // Same record again: the cached login stays, no new hashing needed.
        credentials.setUsers({{QStringLiteral("viewer"), Role::Viewer, viewerHash}});
        QVERIFY(credentials.cachedBasic(QStringLiteral("viewer"), QStringLiteral("pw-viewer")));
        // A new password: the old one is neither cached nor accepted.
        credentials.setUsers(
            {{QStringLiteral("viewer"), Role::Viewer, quickHash(QStringLiteral("new"))}});
        QVERIFY(!credentials.cachedBasic(QStringLiteral("viewer"), QStringLiteral("pw-viewer")));
        QVERIFY(!credentials.verifyBasic(QStringLiteral("viewer"), QStringLiteral("pw-viewer")));
    }

    void rememberBasicNeedsTheSameRecord()
    {
        // A hash checked while the users file changed is not trusted afterwards.
        Credentials credentials = makeCredentials();
        const PasswordCheck check = credentials.passwordCheck(QStringLiteral("admin"));
        QVERIFY(check.knownUser);
        QVERIFY(Credentials::verifyPassword(QStringLiteral("pw-admin"), check.encodedHash));
        credentials.setUsers(
            {{QStringLiteral("admin"), Role::Admin, quickHash(QStringLiteral("other"))}});
        QVERIFY(!credentials.rememberBasic(check, QStringLiteral("pw-admin")));
        const PasswordCheck unknown = credentials.passwordCheck(QStringLiteral("nobody"));
        QVERIFY(!unknown.knownUser);
        QVERIFY(!unknown.encodedHash.isEmpty());
        QVERIFY(!credentials.rememberBasic(unknown, QStringLiteral("dummy")));
    }

    void clusterSecret()
    {
        Credentials credentials("0123456789abcdef-secret");
        QVERIFY(credentials.checkClusterSecret("0123456789abcdef-secret"));
        QVERIFY(!credentials.checkClusterSecret("0123456789abcdef-secreT"));
        QVERIFY(!credentials.checkClusterSecret({}));
        Credentials noSecret{QByteArray()};
        QVERIFY(!noSecret.checkClusterSecret({}));
    }

    void usersFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("valid");
        const QByteArray hash = quickHash(QStringLiteral("pw")).toLatin1();
        QTest::newRow("good") << QByteArray(
                                     R"({"users": [{"name": "admin", "role": "admin", "hash": ")" +
                                     hash + R"("}]})")
                              << true;
        QTest::newRow("empty list") << QByteArray(R"({"users": []})") << true;
        QTest::newRow("not json") << QByteArray("users: admin") << false;
        QTest::newRow("no users key") << QByteArray(R"({"people": []})") << false;
        QTest::newRow("bad role") << QByteArray(
                                         R"({"users": [{"name": "a", "role": "root", "hash": ")" +
                                         hash + R"("}]})")
                                  << false;
        QTest::newRow("no hash") << QByteArray(R"({"users": [{"name": "a", "role": "admin"}]})")
                                 << false;
        QTest::newRow("colon in name")
            << QByteArray(R"({"users": [{"name": "a:b", "role": "admin", "hash": ")" + hash +
                          R"("}]})")
            << false;
    }
    void usersFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, valid);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("users.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        Credentials credentials("0123456789abcdef-secret");
        QString error;
        QCOMPARE(credentials.loadUsersFile(file.fileName(), &error), valid);
        QCOMPARE(error.isEmpty(), valid);
        if (valid && content.contains("admin"))
            QVERIFY(credentials.authenticate(basic("admin", "pw"), 0));
    }

    void missingUsersFile()
    {
        Credentials credentials("0123456789abcdef-secret");
        QString error;
        QVERIFY(!credentials.loadUsersFile(QStringLiteral("/nonexistent/users.json"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/users.json")));
    }
};

QTEST_GUILESS_MAIN(tst_Credentials)
#include "tst_Credentials.moc"
