// Data-driven tests of the exposition format's names, escaping and numbers.
#include "ExpositionFormat.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

class tst_ExpositionFormat final : public QObject
{
    Q_OBJECT

private slots:
    void metricNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"clusterdesk_node_up"_s << true;
        QTest::newRow("colon") << u"job:request_rate:5m"_s << true;
        QTest::newRow("leading underscore") << u"_private"_s << true;
        QTest::newRow("digit inside") << u"http2_requests_total"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("leading digit") << u"2xx_total"_s << false;
        QTest::newRow("dash") << u"node-up"_s << false;
        QTest::newRow("dot") << u"node.up"_s << false;
        QTest::newRow("space") << u"node up"_s << false;
        QTest::newRow("non-ascii") << u"nœud_up"_s << false;
    }
    void metricNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(metrics::isValidMetricName(name), valid);
    }

    void labelNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"route"_s << true;
        QTest::newRow("underscore") << u"_hidden"_s << true;
        QTest::newRow("digits") << u"code2"_s << true;
        QTest::newRow("reserved") << u"__name__"_s << false;
        QTest::newRow("colon") << u"a:b"_s << false;
        QTest::newRow("leading digit") << u"1a"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void labelNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(metrics::isValidLabelName(name), valid);
    }

    void labelValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("escaped");
        QTest::newRow("plain") << u"/api/v1/status"_s << QByteArray("/api/v1/status");
        QTest::newRow("backslash") << u"C:\\dir"_s << QByteArray("C:\\\\dir");
        QTest::newRow("quote") << u"say \"hi\""_s << QByteArray("say \\\"hi\\\"");
        QTest::newRow("newline") << u"a\nb"_s << QByteArray("a\\nb");
        QTest::newRow("all three") << u"\\\"\n"_s << QByteArray("\\\\\\\"\\n");
        QTest::newRow("utf-8") << u"Zürich"_s << QByteArray("Z\xc3\xbcrich");
        QTest::newRow("tab kept") << u"a\tb"_s << QByteArray("a\tb");
    }
    void labelValues()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, escaped);
        QCOMPARE(metrics::escapeLabelValue(value), escaped);
    }

    void help_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("escaped");
        QTest::newRow("plain") << u"Requests answered."_s << QByteArray("Requests answered.");
        QTest::newRow("backslash") << u"a\\b"_s << QByteArray("a\\\\b");
        QTest::newRow("newline") << u"one\ntwo"_s << QByteArray("one\\ntwo");
        // Quotes are not escaped in HELP: the parser would read \" as an invalid escape.
        QTest::newRow("quote kept") << u"the \"le\" label"_s << QByteArray("the \"le\" label");
    }
    void help()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, escaped);
        QCOMPARE(metrics::escapeHelp(text), escaped);
    }

    void values_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("zero") << 0.0 << QByteArray("0");
        QTest::newRow("negative zero") << -0.0 << QByteArray("0");
        QTest::newRow("integer") << 1027.0 << QByteArray("1027");
        QTest::newRow("negative integer") << -3.0 << QByteArray("-3");
        QTest::newRow("fraction") << 0.8 << QByteArray("0.8");
        QTest::newRow("small") << 0.005 << QByteArray("0.005");
        QTest::newRow("tiny") << 1.5e-9 << QByteArray("1.5e-09");
        QTest::newRow("big") << 1e20 << QByteArray("1e+20");
        QTest::newRow("2^53") << 9007199254740992.0 << QByteArray("9007199254740992");
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QByteArray("NaN");
        QTest::newRow("+inf") << std::numeric_limits<double>::infinity() << QByteArray("+Inf");
        QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << QByteArray("-Inf");
    }
    void values()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        QCOMPARE(metrics::formatValue(value), text);
    }

    // A German locale must not turn 0.8 into "0,8".
    void valuesIgnoreTheLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QByteArray text = metrics::formatValue(1234.5);
        QLocale::setDefault(before);
        QCOMPARE(text, QByteArray("1234.5"));
    }

    void valuesReadBack()
    {
        for (const double value : {0.1, 1.0 / 3.0, 123456.789, 2.5e-7, 6.02214076e23}) {
            bool ok = false;
            QCOMPARE(metrics::formatValue(value).toDouble(&ok), value);
            QVERIFY(ok);
        }
    }
};

QTEST_GUILESS_MAIN(tst_ExpositionFormat)
#include "tst_ExpositionFormat.moc"
