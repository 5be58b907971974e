// CredentialResolver: a saved cluster's password from systemd credentials, a private password
// file, a password command (real processes) or the keychain, in that order, and every refusal
// saying what to do without showing the secret or a command's output.
#include "CredentialResolver.h"
#include "MemorySecretStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace std::chrono_literals;
using Status = CredentialResult::Status;
using Origin = CredentialResult::Origin;

class tst_CredentialResolver final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MemorySecretStore m_keychain;

    // Runs one look-up; the callback must come later from the event loop, never inside.
    CredentialResult resolve(CredentialResolver &resolver, const CredentialSources &sources)
    {
        bool done = false;
        CredentialResult out;
        resolver.resolve(sources, this, [&](const CredentialResult &result) {
            done = true;
            out = result;
        });
        if (done)
            qFatal("callback ran synchronously");
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            qFatal("callback never ran");
        return out;
    }

    QString writeFile(const QString &name, const QByteArray &content,
                      QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        file.close();
        file.setPermissions(permissions);
        return path;
    }

    QString credentialsDir(const QString &cluster, const QByteArray &content)
    {
        const QString dir = m_dir.filePath(QStringLiteral("credentials-") + cluster);
        QDir().mkpath(dir);
        QFile file(dir + u'/' + cluster);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write the credential");
        file.write(content);
        file.setPermissions(QFile::ReadOwner);
        return dir;
    }

    static CredentialSources sources(const QString &name)
    {
        return CredentialSources{QStringLiteral("id-") + name, name, {}, {}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_keychain.insert(QStringLiteral("id-prod"), QStringLiteral("from-keychain"));
    }

    void credentialsDirectoryFirst()
    {
        CredentialResolver resolver(&m_keychain);
        resolver.setCredentialsDirectory(credentialsDir(QStringLiteral("prod"), "from-systemd\n"));
        CredentialSources prod = sources(QStringLiteral("prod"));
        prod.passwordFile = writeFile(QStringLiteral("prod-file"), "from-file\n");
        prod.passwordCommand = QStringLiteral("echo from-command");
        const CredentialResult result = resolve(resolver, prod);
        QCOMPARE(result.status, Status::Ok);
        QCOMPARE(result.origin, Origin::CredentialsDirectory);
        // Only the final line break goes: systemd passes files as they are.
        QCOMPARE(result.secret, QStringLiteral("from-systemd"));
    }

    void credentialsDirectoryFromEnvironment()
    {
        const QString dir = credentialsDir(QStringLiteral("env"), "pw with spaces \r\n");
        qputenv("CREDENTIALS_DIRECTORY", dir.toLocal8Bit());
        CredentialResolver resolver(nullptr);
        qunsetenv("CREDENTIALS_DIRECTORY");
        QCOMPARE(resolver.credentialsDirectory(), dir);
        const CredentialResult result = resolve(resolver, sources(QStringLiteral("env")));
        QCOMPARE(result.status, Status::Ok);
        QCOMPARE(result.secret, QStringLiteral("pw with spaces "));
    }

    void credentialOfAnotherClusterIsNotUsed()
    {
        CredentialResolver resolver(&m_keychain);
        resolver.setCredentialsDirectory(credentialsDir(QStringLiteral("other"), "x\n"));
        const CredentialResult result = resolve(resolver, sources(QStringLiteral("prod")));
        QCOMPARE(result.origin, Origin::Keychain);
        QCOMPARE(result.secret, QStringLiteral("from-keychain"));
        // A name that is a path never reaches outside the directory.
        const CredentialResult dots = resolve(resolver, sources(QStringLiteral("../other")));
        QCOMPARE(dots.status, Status::NotFound);
    }

    void credentialRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("unreadable");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray("\n") << false << "is empty";
        QTest::newRow("unreadable") << QByteArray("pw") << true << "cannot read the systemd";
    }

    void credentialRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, unreadable);
        QFETCH(QString, expected);
        if (unreadable && ::geteuid() == 0)
            QSKIP("root reads any file");
        const QString dir = credentialsDir(QStringLiteral("bad"), content);
        if (unreadable)
            QFile::setPermissions(dir + QStringLiteral("/bad"), {});
        CredentialResolver resolver(&m_keychain);
        resolver.setCredentialsDirectory(dir);
        const CredentialResult result = resolve(resolver, sources(QStringLiteral("bad")));
        QCOMPARE(result.status, Status::Refused);
        QCOMPARE(result.origin, Origin::CredentialsDirectory);
        QVERIFY2(result.errorString.contains(expected), qPrintable(result.errorString));
    }

    void credentialThatIsADirectoryIsRefused()
    {
        const QString dir = m_dir.filePath(QStringLiteral("credentials-dir"));
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/prod")));
        CredentialResolver resolver(&m_keychain);
        resolver.setCredentialsDirectory(dir);
        const CredentialResult result = resolve(resolver, sources(QStringLiteral("prod")));
        QCOMPARE(result.status, Status::Refused);
        QVERIFY2(result.errorString.contains(QLatin1String("LoadCredential=prod")),
                 qPrintable(result.errorString));
    }

    void passwordFile_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("expected"); // the secret, or a part of the refusal
        QTest::newRow("600") << 0600 << QByteArray("s3cret\n") << true << "s3cret";
        QTest::newRow("400, no line break") << 0400 << QByteArray("s3cret") << true << "s3cret";
        QTest::newRow("640") << 0640 << QByteArray("s3cret\n") << false << "chmod 600";
        QTest::newRow("604") << 0604 << QByteArray("s3cret\n") << false << "chmod 600";
        QTest::newRow("620") << 0620 << QByteArray("s3cret\n") << false << "chmod 600";
        QTest::newRow("empty") << 0600 << QByteArray("\n") << false << "is empty";
        QTest::newRow("too large") << 0600 << QByteArray(70000, 'x') << false << "larger than";
    }

    void passwordFile()
    {
        QFETCH(int, mode);
        QFETCH(QByteArray, content);
        QFETCH(bool, ok);
        QFETCH(QString, expected);
        const QString path = writeFile(QStringLiteral("pw-") + QTest::currentDataTag(), content);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0);
        CredentialResolver resolver(&m_keychain);
        resolver.setCredentialsDirectory({});
        CredentialSources prod = sources(QStringLiteral("prod"));
        prod.passwordFile = path;
        prod.passwordCommand = QStringLiteral("echo from-command");
        const CredentialResult result = resolve(resolver, prod);
        QCOMPARE(result.origin, Origin::PasswordFile);
        QCOMPARE(result.ok(), ok);
        if (ok) {
            QCOMPARE(result.secret, expected);
        } else {
            QCOMPARE(result.status, Status::Refused);
            QVERIFY2(result.errorString.contains(expected), qPrintable(result.errorString));
            QVERIFY(result.errorString.contains(path));
            QVERIFY(!result.errorString.contains(QLatin1String("s3cret")));
            QVERIFY(result.secret.isEmpty());
        }
    }

    void passwordFileMissingOrADirectory()
    {
        CredentialResolver resolver(&m_keychain);
        resolver.setCredentialsDirectory({});
        CredentialSources prod = sources(QStringLiteral("prod"));
        prod.passwordFile = m_dir.filePath(QStringLiteral("no-such-file"));
        CredentialResult result = resolve(resolver, prod);
        // Refused, not the keychain: a broken setup must not be hidden by an old entry.
        QCOMPARE(result.status, Status::Refused);
        QVERIFY2(result.errorString.contains(QLatin1String("does not exist")),
                 qPrintable(result.errorString));
        QVERIFY(result.errorString.contains(QLatin1String("--password-file")));
        prod.passwordFile = m_dir.path();
        result = resolve(resolver, prod);
        QCOMPARE(result.status, Status::Refused);
        QVERIFY2(result.errorString.contains(QLatin1String("is a directory")),
                 qPrintable(result.errorString));
    }

    void passwordCommand_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("expected");
        QTest::newRow("first line") << "printf \"line one\\nline two\\n\"" << true << "line one";
        QTest::newRow("quoted argument, nothing expanded")
            << "printf %s \"a $HOME b\"" << true << "a $HOME b";
        QTest::newRow("fails with its stderr")
            << "sh -c \"echo leaked-stdout; echo entry not found >&2; echo more >&2; exit 3\""
            << false << "exit code 3: entry not found";
        QTest::newRow("no output") << "true" << false << "printed no password";
        QTest::newRow("empty first line")
            << "printf \"\\nsecond\\n\"" << false << "printed no password";
        QTest::newRow("missing program") << "/nonexistent/helper --x" << false << "cannot run";
        QTest::newRow("empty command") << "   " << false << "is empty";
    }

    void passwordCommand()
    {
        QFETCH(QString, command);
        QFETCH(bool, ok);
        QFETCH(QString, expected);
        CredentialResolver resolver(&m_keychain);
        resolver.setCredentialsDirectory({});
        CredentialSources prod = sources(QStringLiteral("prod"));
        prod.passwordCommand = command;
        const CredentialResult result = resolve(resolver, prod);
        QCOMPARE(result.origin, Origin::PasswordCommand);
        QCOMPARE(result.ok(), ok);
        if (ok) {
            QCOMPARE(result.secret, expected);
            return;
        }
        QCOMPARE(result.status, Status::Refused);
        QVERIFY2(result.errorString.contains(expected), qPrintable(result.errorString));
        QVERIFY(!result.errorString.contains(QLatin1String("leaked-stdout")));
        QVERIFY(!result.errorString.contains(QLatin1String("more")));
    }

    void passwordCommandTimesOut()
    {
        CredentialResolver resolver(&m_keychain);
        resolver.setCredentialsDirectory({});
        resolver.setCommandTimeout(300ms);
        CredentialSources prod = sources(QStringLiteral("prod"));
        // Prints its pid so the test can see the helper was stopped, then hangs.
        const QString pidFile = m_dir.filePath(QStringLiteral("helper.pid"));
        prod.passwordCommand = QStringLiteral("sh -c \"echo $$ > %1; exec sleep 60\"").arg(pidFile);
        const CredentialResult result = resolve(resolver, prod);
        QCOMPARE(result.status, Status::Refused);
        QVERIFY2(result.errorString.contains(QLatin1String("did not finish within 0.3 s")),
                 qPrintable(result.errorString));
        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const pid_t pid = pid_t(file.readAll().trimmed().toInt());
        QVERIFY(pid > 0);
        // Killed (and reaped by QProcess): the pid is gone.
        QTRY_VERIFY(::kill(pid, 0) != 0);
    }

    void keychainLast()
    {
        CredentialResolver resolver(&m_keychain);
        resolver.setCredentialsDirectory(m_dir.path());
        CredentialResult result = resolve(resolver, sources(QStringLiteral("prod")));
        QCOMPARE(result.status, Status::Ok);
        QCOMPARE(result.origin, Origin::Keychain);
        QCOMPARE(result.secret, QStringLiteral("from-keychain"));
    }

    void nothingFound()
    {
        MemorySecretStore noKeychain;
        noKeychain.setSessionOnly(true);
        CredentialResolver resolver(&noKeychain);
        resolver.setCredentialsDirectory({});
        CredentialResult result = resolve(resolver, sources(QStringLiteral("lab")));
        QCOMPARE(result.status, Status::NotFound);
        QVERIFY(result.errorString.contains(QLatin1String("no password stored for lab")));
        for (const char *hint : {"--password-file", "--password-command", "CREDENTIALS_DIRECTORY"})
            QVERIFY2(result.errorString.contains(QLatin1String(hint)), hint);
        CredentialResolver none(nullptr);
        none.setCredentialsDirectory({});
        QCOMPARE(resolve(none, sources(QStringLiteral("lab"))).status, Status::NotFound);
    }

    void keychainFailureIsRefused()
    {
        MemorySecretStore broken;
        broken.setFailure(QStringLiteral("locked"));
        CredentialResolver resolver(&broken);
        resolver.setCredentialsDirectory({});
        const CredentialResult result = resolve(resolver, sources(QStringLiteral("lab")));
        QCOMPARE(result.status, Status::Refused);
        QVERIFY(result.errorString.contains(QLatin1String("locked")));
    }

    void droppedContextDropsTheCallback()
    {
        CredentialResolver resolver(&m_keychain);
        resolver.setCredentialsDirectory({});
        bool called = false;
        auto *context = new QObject;
        CredentialSources prod = sources(QStringLiteral("prod"));
        prod.passwordCommand = QStringLiteral("sh -c \"sleep 0.2; echo pw\"");
        resolver.resolve(prod, context, [&](const CredentialResult &) { called = true; });
        CredentialSources file = sources(QStringLiteral("prod"));
        file.passwordFile = writeFile(QStringLiteral("dropped"), "pw\n");
        resolver.resolve(file, context, [&](const CredentialResult &) { called = true; });
        delete context;
        // A later look-up on the same resolver finishes after both would have.
        const CredentialResult after = resolve(resolver, prod);
        QVERIFY(after.ok());
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(tst_CredentialResolver)
#include "tst_CredentialResolver.moc"
