// ReportData: the --since parser, period texts, and ReportResource, which must drop every secret
// field whatever it is handed.
#include "OffsetText.h"
#include "ReportData.h"
#include "ResourceDefinition.h"

#include <QtTest>

namespace {
constexpr qint64 kNow = 1'795'759'403'123; // 2026-11-27T...Z
constexpr qint64 kHour = 3'600'000;
} // namespace

class tst_ReportData final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseSince_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("durationMs");
        QTest::newRow("24h") << "24h" << true << 24 * kHour;
        QTest::newRow("7d") << "7d" << true << 7 * 24 * kHour;
        QTest::newRow("14d") << "14d" << true << 14 * 24 * kHour;
        QTest::newRow("90m") << "90m" << true << 90 * 60'000LL;
        QTest::newRow("2w") << "2w" << true << 14 * 24 * kHour;
        QTest::newRow("spaces") << " 24h " << true << 24 * kHour;
        QTest::newRow("zero") << "0h" << false << 0LL;
        QTest::newRow("negative") << "-1d" << false << 0LL;
        QTest::newRow("no unit") << "24" << false << 0LL;
        QTest::newRow("unknown unit") << "3y" << false << 0LL;
        QTest::newRow("over a year") << "400d" << false << 0LL;
        QTest::newRow("huge number") << "99999999999d" << false << 0LL;
        QTest::newRow("empty") << "" << false << 0LL;
        QTest::newRow("words") << "yesterday" << false << 0LL;
        QTest::newRow("future date") << "2999-01-01" << false << 0LL;
        QTest::newRow("date") << "2026-11-26T00:00:00Z" << true
                              << (kNow - QDateTime::fromString(
                                             QStringLiteral("2026-11-26T00:00:00Z"), Qt::ISODate)
                                             .toMSecsSinceEpoch());
    }
    void parseSince()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, durationMs);
        const auto period = ReportPeriod::parseSince(text, kNow);
        QCOMPARE(period.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(period->toMs, kNow);
        QCOMPARE(period->durationMs(), durationMs);
    }

    void lengthText_data()
    {
        QTest::addColumn<qint64>("durationMs");
        QTest::addColumn<QString>("expected");
        QTest::newRow("day") << 24 * kHour << "1 day";
        QTest::newRow("week") << 7 * 24 * kHour << "7 days";
        QTest::newRow("hours") << 5 * kHour << "5 hours";
        QTest::newRow("mixed") << 26 * kHour << "1 day 2 hours";
        QTest::newRow("minutes") << 90 * 60'000LL << "1 hour 30 minutes";
    }
    void lengthText()
    {
        QFETCH(qint64, durationMs);
        QFETCH(QString, expected);
        QCOMPARE((ReportPeriod{kNow - durationMs, kNow}.lengthText()), expected);
    }

    void resourceDropsSecrets_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("secretField");
        QTest::newRow("jdbc") << "jdbc"
                              << "password";
        QTest::newRow("fileserver") << "fileserver"
                                    << "secret";
        QTest::newRow("webservice") << "webservice"
                                    << "secret";
        QTest::newRow("unknown type: secret-like names") << "vault"
                                                         << "apiKey";
    }
    void resourceDropsSecrets()
    {
        QFETCH(QString, type);
        QFETCH(QString, secretField);
        const QJsonObject spec{{QStringLiteral("host"), QStringLiteral("db.example")},
                               {secretField, QStringLiteral("s3cr3t")}};
        const ReportResource resource =
            ReportResource::make(type, QStringLiteral("r"), QString(), spec, {{secretField, true}});
        QVERIFY(!resource.publicSpec().contains(secretField));
        QCOMPARE(resource.publicSpec().value(QStringLiteral("host")).toString(),
                 QStringLiteral("db.example"));
        if (type != QLatin1String("vault"))
            QCOMPARE(resource.secretsSet().value(secretField), true);
    }

    void resourceListsEveryUnsetSecret()
    {
        // A secret the API did not mention is "not set", and is listed so readers know it exists.
        const ReportResource resource =
            ReportResource::make(QStringLiteral("jdbc"), QStringLiteral("r"), {}, {}, {});
        QCOMPARE(resource.secretsSet().keys(), QStringList{QStringLiteral("password")});
        QCOMPARE(resource.secretsSet().value(QStringLiteral("password")), false);
        QCOMPARE(ReportResource::secretStateText(false), QStringLiteral("not set"));
    }

    void fromDefinition()
    {
        QString error;
        const auto definition = ResourceDefinition::fromJson(
            QJsonObject{
                {QStringLiteral("type"), QStringLiteral("jdbc")},
                {QStringLiteral("name"), QStringLiteral("orders")},
                {QStringLiteral("spec"),
                 QJsonObject{{QStringLiteral("driver"), QStringLiteral("pg")},
                             {QStringLiteral("password"), QStringLiteral("leak")}}},
                {QStringLiteral("secrets"), QJsonObject{{QStringLiteral("password"), true}}},
                {QStringLiteral("revision"), 3}},
            &error);
        QVERIFY2(definition, qPrintable(error));
        const ReportResource resource = ReportResource::fromDefinition(*definition);
        QCOMPARE(resource.name(), QStringLiteral("orders"));
        QCOMPARE(resource.revision(), 3);
        QVERIFY(!resource.publicSpec().contains(QStringLiteral("password")));
        QCOMPARE(resource.secretsSet().value(QStringLiteral("password")), true);
    }

    void valueText_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("string") << QJsonValue(QStringLiteral("x")) << "x";
        QTest::newRow("integer") << QJsonValue(5432) << "5432";
        QTest::newRow("fraction") << QJsonValue(1.5) << "1.5";
        QTest::newRow("bool") << QJsonValue(true) << "true";
        QTest::newRow("object") << QJsonValue(
                                       QJsonObject{{QStringLiteral("a"), QStringLiteral("1")},
                                                   {QStringLiteral("b"), QStringLiteral("2")}})
                                << "a=1; b=2";
        QTest::newRow("null") << QJsonValue() << "";
    }
    void valueText()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QCOMPARE(ReportResource::valueText(value), expected);
    }

    void timeTextNamesTheZone()
    {
        const QDateTime time =
            QDateTime::fromMSecsSinceEpoch(kNow, QTimeZone(QByteArrayLiteral("Europe/Paris")));
        const QString text = ReportData::timeText(time);
        QVERIFY2(text.endsWith(QLatin1String("(UTC+01:00)")), qPrintable(text));
        QVERIFY(text.startsWith(QLatin1String("2026-11-27 ")));
        QCOMPARE(ReportData::timeText(QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc())),
                 QStringLiteral("1970-01-01 00:00:00 UTC+00:00"));
    }

    // An offset reads in a report as on the Nodes tab (OffsetText): one decimal, an explicit
    // sign, a plain 0.0 when it rounds to zero.
    void offsetsReadAsOnTheTabs_data()
    {
        QTest::addColumn<double>("offsetMs");
        QTest::addColumn<double>("errorMs");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ahead") << 801.24 << 0.4 << QStringLiteral("+801.2 ms ± 0.4 ms");
        QTest::newRow("behind, small") << -2.46 << 0.32 << QStringLiteral("-2.5 ms ± 0.3 ms");
        QTest::newRow("rounds to zero") << -0.04 << 1.0 << QStringLiteral("0.0 ms ± 1.0 ms");
    }

    void offsetsReadAsOnTheTabs()
    {
        QFETCH(double, offsetMs);
        QFETCH(double, errorMs);
        QFETCH(QString, expected);
        NodeSnapshot::Clock clock;
        clock.measured = true;
        clock.offsetMs = offsetMs;
        clock.errorMs = errorMs;
        clock.offsetVsMedianMs = offsetMs;
        QCOMPARE(ReportText::offsetText(clock), expected);
        QCOMPARE(ReportText::offsetVsMedianText(clock),
                 OffsetText::signedMilliseconds(offsetMs) + QStringLiteral(" ms"));
    }
};

QTEST_GUILESS_MAIN(tst_ReportData)
#include "tst_ReportData.moc"
