// Parsing of application/problem+json answers: valid, partial and hostile documents.
#include "ProblemDetails.h"

#include <QTest>

class tst_ProblemDetails final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void summary_data();
    void summary();
    void slug();
};

void tst_ProblemDetails::parse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("field");

    QTest::newRow("validation")
        << QByteArray(
               R"({"type":"https://clusterdesk.example/problems/validation","title":"Invalid resource","status":422,"detail":"port must be 1..65535","field":"spec.port"})")
        << true << "Invalid resource" << 422 << "port must be 1..65535"
        << "spec.port";
    QTest::newRow("no field")
        << QByteArray(R"({"title":"Not found","status":404,"detail":"no jdbc orders"})") << true
        << "Not found" << 404 << "no jdbc orders"
        << "";
    QTest::newRow("title only") << QByteArray(R"({"title":"Conflict"})") << true << "Conflict" << 0
                                << ""
                                << "";
    QTest::newRow("detail only") << QByteArray(R"({"detail":"stale tag"})") << true << "" << 0
                                 << "stale tag"
                                 << "";
    QTest::newRow("wrong member types ignored")
        << QByteArray(R"({"title":"Bad","status":"422","detail":7,"field":["x"]})") << true << "Bad"
        << 0 << ""
        << "";
    QTest::newRow("status out of range")
        << QByteArray(R"({"title":"T","status":99999})") << true << "T" << 0 << ""
        << "";
    QTest::newRow("fractional status")
        << QByteArray(R"({"title":"T","status":422.5})") << true << "T" << 0 << ""
        << "";
    QTest::newRow("whitespace trimmed")
        << QByteArray(R"({"title":"  Gone \n"})") << true << "Gone" << 0 << ""
        << "";
    QTest::newRow("empty object") << QByteArray("{}") << false << "" << 0 << ""
                                  << "";
    QTest::newRow("array") << QByteArray(R"([{"title":"x"}])") << false << "" << 0 << ""
                           << "";
    QTest::newRow("malformed") << QByteArray(R"({"title": "x",)") << false << "" << 0 << ""
                               << "";
    QTest::newRow("empty body") << QByteArray() << false << "" << 0 << ""
                                << "";
    QTest::newRow("html") << QByteArray("<html><body>503</body></html>") << false << "" << 0 << ""
                          << "";
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << false << "" << 0 << ""
                            << "";
}

void tst_ProblemDetails::parse()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, valid);
    QFETCH(QString, title);
    QFETCH(int, status);
    QFETCH(QString, detail);
    QFETCH(QString, field);

    const std::optional<ProblemDetails> problem = ProblemDetails::parse(body);
    QCOMPARE(problem.has_value(), valid);
    if (!valid)
        return;
    QVERIFY(problem->isValid());
    QCOMPARE(problem->title, title);
    QCOMPARE(problem->status, status);
    QCOMPARE(problem->detail, detail);
    QCOMPARE(problem->field, field);
}

void tst_ProblemDetails::summary_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    QTest::newRow("all") << "Invalid resource"
                         << "port must be 1..65535"
                         << "spec.port"
                         << "Invalid resource: port must be 1..65535 (spec.port)";
    QTest::newRow("no field") << "Not found"
                              << "no such resource"
                              << ""
                              << "Not found: no such resource";
    QTest::newRow("title only") << "Conflict"
                                << ""
                                << ""
                                << "Conflict";
    QTest::newRow("detail only") << ""
                                 << "stale tag"
                                 << ""
                                 << "stale tag";
    QTest::newRow("detail repeats title") << "Forbidden"
                                          << "Forbidden"
                                          << ""
                                          << "Forbidden";
    QTest::newRow("field without detail") << "Invalid"
                                          << ""
                                          << "name"
                                          << "Invalid (name)";
}

void tst_ProblemDetails::summary()
{
    QFETCH(QString, title);
    QFETCH(QString, detail);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    ProblemDetails problem;
    problem.title = title;
    problem.detail = detail;
    problem.field = field;
    QCOMPARE(problem.summary(), expected);
}

void tst_ProblemDetails::slug()
{
    ProblemDetails problem;
    problem.type = QStringLiteral("https://clusterdesk.example/problems/misdirected");
    QCOMPARE(problem.slug(), QStringLiteral("misdirected"));
    problem.type.clear();
    QCOMPARE(problem.slug(), QString());
}

QTEST_GUILESS_MAIN(tst_ProblemDetails)
#include "tst_ProblemDetails.moc"
