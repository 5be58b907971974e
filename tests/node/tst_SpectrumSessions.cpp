// SpectrumSessions: idle judged from the latest use heard of (or the issue time), reports
// from peers merged with the later use winning, a report from the future counted as now, and
// malformed reports refused.

#include "FaultState.h"
#include "SpectrumSessions.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace node;

class tst_SpectrumSessions final : public QObject
{
    Q_OBJECT

private:
    NodeOptions m_options;
    FaultState m_clock{false};
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void init() { m_options.spectrumSessionIdleSeconds = 10; }

    void idleFromIssueOrLastUse()
    {
        SpectrumSessions sessions(m_options, m_clock, "secret", &m_network);
        QCOMPARE(sessions.idleMs(), 10'000);
        QVERIFY(!sessions.isIdle(QStringLiteral("s"), 1000, 11'000));
        QVERIFY(sessions.isIdle(QStringLiteral("s"), 1000, 11'001));
        sessions.touch(QStringLiteral("s"), 9000);
        QVERIFY(!sessions.isIdle(QStringLiteral("s"), 1000, 19'000));
        QVERIFY(sessions.isIdle(QStringLiteral("s"), 1000, 19'001));
        QVERIFY(sessions.isIdle(QStringLiteral("other"), 1000, 19'001));
    }

    void mergesReports()
    {
        SpectrumSessions sessions(m_options, m_clock, "secret", &m_network);
        sessions.touch(QStringLiteral("a"), 5000);
        QVERIFY(sessions.merge(
            QJsonArray{QJsonObject{{QStringLiteral("session"), QStringLiteral("a")},
                                   {QStringLiteral("lastUsedMs"), 4000}},
                       QJsonObject{{QStringLiteral("session"), QStringLiteral("b")},
                                   {QStringLiteral("lastUsedMs"), 7000}},
                       QJsonObject{{QStringLiteral("session"), QStringLiteral("future")},
                                   {QStringLiteral("lastUsedMs"), 99'000'000}}},
            8000));
        QVERIFY(!sessions.isIdle(QStringLiteral("a"), 0, 15'000)); // 5000 kept, not 4000
        QVERIFY(sessions.isIdle(QStringLiteral("a"), 0, 15'001));
        QVERIFY(!sessions.isIdle(QStringLiteral("b"), 0, 17'000));
        QVERIFY(sessions.isIdle(QStringLiteral("future"), 0, 18'001)); // counted as 8000
        QCOMPARE(sessions.toJson(16'000).size(), 2);                   // a is idle by then
        QVERIFY(!sessions.merge(QJsonValue(QStringLiteral("nope")), 8000));
        QVERIFY(!sessions.merge(
            QJsonArray{QJsonObject{{QStringLiteral("session"), QString(65, QLatin1Char('x'))},
                                   {QStringLiteral("lastUsedMs"), 1}},
                       QJsonObject{{QStringLiteral("session"), QStringLiteral("c")}}},
            8000));
        QVERIFY(sessions.isIdle(QStringLiteral("c"), 0, 18'001));
    }
};

QTEST_GUILESS_MAIN(tst_SpectrumSessions)
#include "tst_SpectrumSessions.moc"
