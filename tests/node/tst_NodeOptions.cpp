// NodeOptions: the node's flags, the --config JSON file and every rejected combination.

#include "NodeOptions.h"

#include <QTemporaryDir>
#include <QTest>

using namespace node;

class tst_NodeOptions final : public QObject
{
    Q_OBJECT

private:
    static std::optional<NodeOptions> parse(const QStringList &flags, QString *error = nullptr)
    {
        QString ignored;
        return NodeOptions::parse(QStringList{QStringLiteral("clusterdesk-node")} + flags,
                                  error ? error : &ignored);
    }
    static QStringList minimal()
    {
        return {QStringLiteral("--id"), QStringLiteral("node-1"), QStringLiteral("--data-dir"),
                QStringLiteral("/tmp/n1")};
    }

    // Rows of rejected_data(): flags the parser itself refuses.
    static void addSyntaxRows(const QString &id, const QString &data)
    {
        QTest::newRow("unknown flag") << QStringList{id, data, QStringLiteral("--frobnicate")}
                                      << QStringLiteral("--frobnicate");
        QTest::newRow("positional")
            << QStringList{id, data, QStringLiteral("extra")} << QStringLiteral("extra");
        QTest::newRow("missing value")
            << QStringList{data, QStringLiteral("--id")} << QStringLiteral("--id needs a value");
        QTest::newRow("unknown flag with a value")
            << QStringList{id, data, QStringLiteral("--colour=red")} << QStringLiteral("--colour");
        QTest::newRow("unknown flag before a good one")
            << QStringList{QStringLiteral("--verbose"), id, data} << QStringLiteral("--verbose");
        QTest::newRow("single dash")
            << QStringList{id, data, QStringLiteral("-x")} << QStringLiteral("\"-x\"");
        QTest::newRow("missing value of the last flag")
            << QStringList{id, QStringLiteral("--data-dir")} << QStringLiteral("--data-dir");
        QTest::newRow("missing peers value")
            << QStringList{id, data, QStringLiteral("--peers")} << QStringLiteral("--peers");
        QTest::newRow("value on help")
            << QStringList{QStringLiteral("--help=me")} << QStringLiteral("--help takes no value");
        QTest::newRow("positional after --")
            << QStringList{id, data, QStringLiteral("--"), QStringLiteral("--degraded")}
            << QStringLiteral("--degraded");
        QTest::newRow("value on boolean") << QStringList{id, data, QStringLiteral("--degraded=yes")}
                                          << QStringLiteral("--degraded takes no value");
    }

private Q_SLOTS:
    void defaults()
    {
        const auto options = parse(minimal());
        QVERIFY(options);
        QCOMPARE(options->id, QStringLiteral("node-1"));
        QCOMPARE(options->name, QStringLiteral("node-1"));
        QCOMPARE(options->listenAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(options->listenPort, quint16(9101));
        QCOMPARE(options->advertiseUrl, QUrl(QStringLiteral("http://127.0.0.1:9101")));
        QCOMPARE(options->dataDirectory, QStringLiteral("/tmp/n1"));
        QCOMPARE(options->serverVersion, QStringLiteral("4.2.0"));
        QCOMPARE(options->licenseExpires, QDate(2027, 6, 30));
        QCOMPARE(options->primaryId, QStringLiteral("node-1"));
        QVERIFY(options->isPrimary());
        QVERIFY(!options->primaryUrl());
        QVERIFY(options->peers.isEmpty());
        QVERIFY(!options->allowFaultInjection);
        QCOMPARE(options->delayMs, 0);
        QVERIFY(options->trustedProxies.isEmpty());
    }

    void trustedProxies()
    {
        auto arguments = minimal();
        arguments << QStringLiteral("--trusted-proxies") << QStringLiteral("127.0.0.1, ::1");
        const auto options = parse(arguments);
        QVERIFY(options);
        QCOMPARE(options->trustedProxies,
                 (QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.1")),
                                      QHostAddress(QStringLiteral("::1"))}));
    }

    void fullCommandLine()
    {
        const auto options =
            parse({QStringLiteral("--id=node-2"),
                   QStringLiteral("--name"),
                   QStringLiteral("Second"),
                   QStringLiteral("--listen"),
                   QStringLiteral("127.0.0.1:9202"),
                   QStringLiteral("--advertise"),
                   QStringLiteral("http://node2.example:9202/"),
                   QStringLiteral("--data-dir"),
                   QStringLiteral("/tmp/n2"),
                   QStringLiteral("--cluster-name"),
                   QStringLiteral("demo"),
                   QStringLiteral("--peers"),
                   QStringLiteral("node-1=http://127.0.0.1:9201,node-3=http://127.0.0.1:9203"),
                   QStringLiteral("--primary"),
                   QStringLiteral("node-1"),
                   QStringLiteral("--users"),
                   QStringLiteral("/etc/users.json"),
                   QStringLiteral("--cluster-secret-file"),
                   QStringLiteral("/etc/secret"),
                   QStringLiteral("--server-version"),
                   QStringLiteral("4.1.9"),
                   QStringLiteral("--license-expires"),
                   QStringLiteral("2026-12-31"),
                   QStringLiteral("--allow-fault-injection"),
                   QStringLiteral("--clock-offset-ms"),
                   QStringLiteral("-800"),
                   QStringLiteral("--replication-paused"),
                   QStringLiteral("--degraded"),
                   QStringLiteral("--delay-ms"),
                   QStringLiteral("250")});
        QVERIFY(options);
        QCOMPARE(options->name, QStringLiteral("Second"));
        QCOMPARE(options->listenPort, quint16(9202));
        QCOMPARE(options->advertiseUrl, QUrl(QStringLiteral("http://node2.example:9202")));
        QCOMPARE(options->clusterName, QStringLiteral("demo"));
        QCOMPARE(options->peers.size(), 2);
        QCOMPARE(options->peers.at(1).id, QStringLiteral("node-3"));
        QCOMPARE(options->peers.at(1).url, QUrl(QStringLiteral("http://127.0.0.1:9203")));
        QVERIFY(!options->isPrimary());
        QCOMPARE(*options->primaryUrl(), QUrl(QStringLiteral("http://127.0.0.1:9201")));
        QCOMPARE(options->usersFile, QStringLiteral("/etc/users.json"));
        QCOMPARE(options->clusterSecretFile, QStringLiteral("/etc/secret"));
        QCOMPARE(options->serverVersion, QStringLiteral("4.1.9"));
        QCOMPARE(options->licenseExpires, QDate(2026, 12, 31));
        QVERIFY(options->allowFaultInjection);
        QCOMPARE(options->clockOffsetMs, qint64(-800));
        QVERIFY(options->replicationPaused);
        QVERIFY(options->degraded);
        QCOMPARE(options->delayMs, 250);
    }

    void defaultPrimaryIsLowestId()
    {
        const auto options =
            parse(minimal() +
                  QStringList{QStringLiteral("--peers"),
                              QStringLiteral("node-0=http://127.0.0.1:1,node-9=http://127.0.0.1:2"),
                              QStringLiteral("--cluster-secret-file"), QStringLiteral("/s")});
        QVERIFY(options);
        QCOMPARE(options->primaryId, QStringLiteral("node-0"));
    }

    void modes()
    {
        QVERIFY(parse({QStringLiteral("--hash-password")})->hashPasswordMode);
        QVERIFY(parse({QStringLiteral("--help")})->helpRequested);
    }

    void spectrumMode()
    {
        const QString id = QStringLiteral("--id=n1");
        const QString data = QStringLiteral("--data-dir=/d");
        const auto plain = parse({id, data});
        QVERIFY(!plain->spectrumCompatible);
        QVERIFY(plain->spectrumHostCheck);
        QCOMPARE(plain->spectrumSessionIdleSeconds, 1800);
        const auto spectrum =
            parse({id, data, QStringLiteral("--spectrum-compatible"),
                   QStringLiteral("--spectrum-host-check=off"),
                   QStringLiteral("--spectrum-session-idle-seconds"), QStringLiteral("5")});
        QVERIFY(spectrum);
        QVERIFY(spectrum->spectrumCompatible);
        QVERIFY(!spectrum->spectrumHostCheck);
        QCOMPARE(spectrum->spectrumSessionIdleSeconds, 5);
        QVERIFY(parse({id, data, QStringLiteral("--spectrum-compatible"),
                       QStringLiteral("--spectrum-host-check=on")})
                    ->spectrumHostCheck);
    }

    // --help names every flag with its value and default, and how to hash a password.
    void helpText()
    {
        const QString help = NodeOptions::helpText();
        for (const char *line : {"--id <ID>",
                                 "--data-dir <DIR>",
                                 "--config <FILE>",
                                 "--listen <IP:PORT>",
                                 "--peers <id=url,...>",
                                 "--cluster-secret-file <FILE>",
                                 "--trusted-proxies <IP,...>",
                                 "--license-expires <DATE>",
                                 "--allow-fault-injection",
                                 "--clock-offset-ms <N>",
                                 "--replication-paused",
                                 "--degraded",
                                 "--delay-ms <N>",
                                 "--reseed-from <URL>",
                                 "--hash-password",
                                 "--help",
                                 "--spectrum-compatible",
                                 "--spectrum-host-check <on|off>",
                                 "--spectrum-session-idle-seconds <N>",
                                 "127.0.0.1:9101",
                                 "2027-06-30",
                                 "4.2.0"})
            QVERIFY2(help.contains(QLatin1String(line)), line);
    }

    void reseedFrom()
    {
        const auto options =
            parse({QStringLiteral("--id=node-1"), QStringLiteral("--data-dir=/d"),
                   QStringLiteral("--cluster-secret-file=/s"), QStringLiteral("--reseed-from"),
                   QStringLiteral("http://127.0.0.1:9102/")});
        QVERIFY(options);
        QCOMPARE(options->reseedFrom, QUrl(QStringLiteral("http://127.0.0.1:9102")));
        QVERIFY(parse({QStringLiteral("--id=node-1"), QStringLiteral("--data-dir=/d")})
                    ->reseedFrom.isEmpty());
    }

    void rejected_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("mentions");
        const QString data = QStringLiteral("--data-dir=/tmp/x");
        const QString id = QStringLiteral("--id=n1");
        const QString secret = QStringLiteral("--cluster-secret-file=/s");
        QTest::newRow("no id") << QStringList{data} << QStringLiteral("--id");
        QTest::newRow("no data dir") << QStringList{id} << QStringLiteral("--data-dir");
        QTest::newRow("bad id") << QStringList{QStringLiteral("--id=-x"), data}
                                << QStringLiteral("--id");
        QTest::newRow("id with a trailing newline")
            << QStringList{QStringLiteral("--id=n1\n"), data} << QStringLiteral("--id");
        addSyntaxRows(id, data);
        QTest::newRow("listen no port")
            << QStringList{id, data, QStringLiteral("--listen=127.0.0.1")}
            << QStringLiteral("--listen");
        QTest::newRow("listen hostname")
            << QStringList{id, data, QStringLiteral("--listen=localhost:80")}
            << QStringLiteral("--listen");
        QTest::newRow("listen port range")
            << QStringList{id, data, QStringLiteral("--listen=127.0.0.1:70000")}
            << QStringLiteral("--listen");
        QTest::newRow("advertise not http")
            << QStringList{id, data, QStringLiteral("--advertise=ftp://x")}
            << QStringLiteral("--advertise");
        QTest::newRow("peer without url")
            << QStringList{id, data, secret, QStringLiteral("--peers=n2")}
            << QStringLiteral("--peers");
        QTest::newRow("peer bad url")
            << QStringList{id, data, secret, QStringLiteral("--peers=n2=nourl")}
            << QStringLiteral("--peers");
        QTest::newRow("peer is self")
            << QStringList{id, data, secret, QStringLiteral("--peers=n1=http://h:1")}
            << QStringLiteral("n1");
        QTest::newRow("peer twice")
            << QStringList{id, data, secret, QStringLiteral("--peers=n2=http://h:1,n2=http://h:2")}
            << QStringLiteral("n2");
        QTest::newRow("peers need secret")
            << QStringList{id, data, QStringLiteral("--peers=n2=http://h:1")}
            << QStringLiteral("--cluster-secret-file");
        QTest::newRow("unknown primary")
            << QStringList{id, data, QStringLiteral("--primary=n7")} << QStringLiteral("n7");
        QTest::newRow("bad license date")
            << QStringList{id, data, QStringLiteral("--license-expires=2027-13-01")}
            << QStringLiteral("--license-expires");
        QTest::newRow("reseed-from not a URL")
            << QStringList{id, data, secret, QStringLiteral("--reseed-from=node-2")}
            << QStringLiteral("--reseed-from");
        QTest::newRow("reseed-from without secret")
            << QStringList{id, data, QStringLiteral("--reseed-from=http://127.0.0.1:9102")}
            << QStringLiteral("--cluster-secret-file");
        QTest::newRow("fault without permission")
            << QStringList{id, data, QStringLiteral("--degraded")}
            << QStringLiteral("--allow-fault-injection");
        QTest::newRow("trusted proxy not an address")
            << QStringList{id, data, QStringLiteral("--trusted-proxies=lb.example")}
            << QStringLiteral("--trusted-proxies");
        QTest::newRow("delay without permission")
            << QStringList{id, data, QStringLiteral("--delay-ms=5")}
            << QStringLiteral("--allow-fault-injection");
        QTest::newRow("delay not a number")
            << QStringList{id, data, QStringLiteral("--allow-fault-injection"),
                           QStringLiteral("--delay-ms=soon")}
            << QStringLiteral("--delay-ms");
        QTest::newRow("delay negative")
            << QStringList{id, data, QStringLiteral("--allow-fault-injection"),
                           QStringLiteral("--delay-ms=-1")}
            << QStringLiteral("--delay-ms");
        QTest::newRow("offset too large")
            << QStringList{id, data, QStringLiteral("--allow-fault-injection"),
                           QStringLiteral("--clock-offset-ms=999999999999")}
            << QStringLiteral("--clock-offset-ms");
        QTest::newRow("host check without the mode")
            << QStringList{id, data, QStringLiteral("--spectrum-host-check=off")}
            << QStringLiteral("requires --spectrum-compatible");
        QTest::newRow("idle without the mode")
            << QStringList{id, data, QStringLiteral("--spectrum-session-idle-seconds=5")}
            << QStringLiteral("requires --spectrum-compatible");
        QTest::newRow("host check neither on nor off")
            << QStringList{id, data, QStringLiteral("--spectrum-compatible"),
                           QStringLiteral("--spectrum-host-check=no")}
            << QStringLiteral("on or off");
        QTest::newRow("idle zero")
            << QStringList{id, data, QStringLiteral("--spectrum-compatible"),
                           QStringLiteral("--spectrum-session-idle-seconds=0")}
            << QStringLiteral("--spectrum-session-idle-seconds");
        QTest::newRow("missing config file")
            << QStringList{QStringLiteral("--config=/nonexistent.json")}
            << QStringLiteral("/nonexistent.json");
    }
    void rejected()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!parse(flags, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void configFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("node.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"id\": \"n2\", \"data-dir\": \"data/n2\", \"listen\": \"127.0.0.1:9300\","
                   " \"peers\": {\"n1\": \"http://127.0.0.1:9301\"}, \"primary\": \"n1\","
                   " \"cluster-secret-file\": \"secret\", \"allow-fault-injection\": true,"
                   " \"delay-ms\": 40, \"degraded\": false}");
        file.close();
        // A flag overrides the file.
        const auto options = parse({QStringLiteral("--config"), file.fileName(),
                                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:9400")});
        QVERIFY(options);
        QCOMPARE(options->id, QStringLiteral("n2"));
        QCOMPARE(options->listenPort, quint16(9400));
        // Relative paths in the file are relative to the file.
        QCOMPARE(options->dataDirectory, dir.filePath(QStringLiteral("data/n2")));
        QCOMPARE(options->clusterSecretFile, dir.filePath(QStringLiteral("secret")));
        QCOMPARE(options->peers.size(), 1);
        QCOMPARE(options->primaryId, QStringLiteral("n1"));
        QVERIFY(options->allowFaultInjection);
        QCOMPARE(options->delayMs, 40);
        QVERIFY(!options->degraded);
    }

    void badConfigFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("id = n1") << QStringLiteral("JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("JSON object");
        QTest::newRow("unknown key")
            << QByteArray(R"({"id": "n1", "colour": "red"})") << QStringLiteral("colour");
        QTest::newRow("bool as string")
            << QByteArray(R"({"degraded": "yes"})") << QStringLiteral("degraded");
        QTest::newRow("id as object") << QByteArray(R"({"id": {}})") << QStringLiteral("id");
        QTest::newRow("peers as number")
            << QByteArray(R"({"peers": 3})") << QStringLiteral("peers");
    }
    void badConfigFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("node.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QString error;
        QVERIFY(
            !parse({QStringLiteral("--config"), file.fileName(), QStringLiteral("--data-dir=/x")},
                   &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_NodeOptions)
#include "tst_NodeOptions.moc"
