// ChangeLogModel: parsing of /api/v1/config/changes answers, newest-first paging backwards,
// topping up with newer changes, holes in the log and failures, against a programmed server.

#include "ApiClient.h"
#include "ChangeLogModel.h"
#include "HostileHttpServer.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <map>

using Response = HostileHttpServer::Response;

namespace {

// A node's change log served by after/limit exactly as docs/api.md describes.
class FakeChangeLog
{
public:
    explicit FakeChangeLog(HostileHttpServer &server)
    {
        server.setHandler([this](const HostileHttpServer::Request &request) {
            ++requests;
            if (failNext) {
                failNext = false;
                return Response::problem(500, R"({"title":"Boom","status":500})");
            }
            const QUrl url(QString::fromLatin1(request.target));
            const QUrlQuery query(url);
            if (url.path() != QLatin1String("/api/v1/config/changes"))
                return Response::problem(404, R"({"title":"Not found","status":404})");
            const qint64 after = query.queryItemValue(QStringLiteral("after")).toLongLong();
            const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
            if (limit < 1 || limit > 1000 || after < 0)
                return Response::problem(400, R"({"title":"Bad request","status":400})");
            QJsonArray changes;
            for (auto it = log.upper_bound(after); it != log.end() && changes.size() < limit; ++it)
                changes.append(it->second);
            const QJsonObject body{{QStringLiteral("revision"), revision()},
                                   {QStringLiteral("changes"), changes}};
            return Response::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
        });
    }

    void add(qint64 revision, const QString &operation = QStringLiteral("update"))
    {
        log[revision] =
            QJsonObject{{QStringLiteral("revision"), revision},
                        {QStringLiteral("time"), QStringLiteral("2026-11-27T06:03:23.123Z")},
                        {QStringLiteral("user"), QStringLiteral("admin")},
                        {QStringLiteral("operation"), operation},
                        {QStringLiteral("type"), QStringLiteral("jdbc")},
                        {QStringLiteral("name"), QStringLiteral("db-%1").arg(revision)}};
    }
    void addRange(qint64 first, qint64 last)
    {
        for (qint64 r = first; r <= last; ++r)
            add(r);
    }
    qint64 revision() const { return log.empty() ? 0 : log.rbegin()->first; }

    std::map<qint64, QJsonObject> log;
    int requests = 0;
    bool failNext = false;
};

QList<qint64> revisions(const ChangeLogModel &model)
{
    QList<qint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.entryAt(row)->revision);
    return result;
}

QList<qint64> descending(qint64 from, qint64 to)
{
    QList<qint64> result;
    for (qint64 r = from; r >= to; --r)
        result.append(r);
    return result;
}

} // namespace

class tst_ChangeLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void parsePage_data();
    void parsePage();
    void pagesBackwardsNewestFirst();
    void smallLogLoadsInOnePage();
    void newerChangesArriveOnTop();
    void holesInTheLog();
    void failureKeepsRowsAndSaysWhy();
    void malformedAnswerIsAnError();
    void displayAndRawValues();
    void withoutClientSaysSo();
    void resetServerReloads();

private:
    void attach(int pageSize);

    std::unique_ptr<HostileHttpServer> m_server;
    std::unique_ptr<FakeChangeLog> m_log;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ChangeLogModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ChangeLogModel::init()
{
    m_server = std::make_unique<HostileHttpServer>();
    QVERIFY(m_server->start());
    m_server->setNodeIdentity("node-1", 1);
    m_log = std::make_unique<FakeChangeLog>(*m_server);
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_server->url());
    m_model = std::make_unique<ChangeLogModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_ChangeLogModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_client.reset();
    m_log.reset();
    m_server.reset();
}

void tst_ChangeLogModel::attach(int pageSize)
{
    m_model->setPageSize(pageSize);
    m_model->setApiClient(m_client.get());
}

void tst_ChangeLogModel::parsePage_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QList<qint64>>("revisions");

    const QByteArray entry41 =
        R"({"revision":41,"time":"2026-11-27T06:03:23.123Z","user":"admin","operation":"create","type":"jdbc","name":"orders-db"})";
    const QByteArray entry42 =
        R"({"revision":42,"time":"2026-11-27T06:04:00.000Z","user":"admin","operation":"delete","type":"jdbc","name":"orders-db"})";
    QTest::newRow("empty log") << QByteArray(R"({"revision":0,"changes":[]})") << true
                               << QList<qint64>{};
    QTest::newRow("two") << QByteArray(R"({"revision":42,"changes":[)" + entry41 + "," + entry42 +
                                       "]}")
                         << true << QList<qint64>{41, 42};
    QTest::newRow("out of order is sorted")
        << QByteArray(R"({"revision":42,"changes":[)" + entry42 + "," + entry41 + "]}") << true
        << QList<qint64>{41, 42};
    QTest::newRow("no revision") << QByteArray(R"({"changes":[]})") << false << QList<qint64>{};
    QTest::newRow("negative revision")
        << QByteArray(R"({"revision":-1,"changes":[]})") << false << QList<qint64>{};
    QTest::newRow("changes not a list")
        << QByteArray(R"({"revision":1,"changes":{}})") << false << QList<qint64>{};
    QTest::newRow("no changes") << QByteArray(R"({"revision":1})") << false << QList<qint64>{};
    QTest::newRow("entry not an object")
        << QByteArray(R"({"revision":1,"changes":[7]})") << false << QList<qint64>{};
    QTest::newRow("entry without revision")
        << QByteArray(R"({"revision":1,"changes":[{"time":"2026-11-27T06:03:23.123Z"}]})") << false
        << QList<qint64>{};
    QTest::newRow("revision as text")
        << QByteArray(R"({"revision":1,"changes":[{"revision":"1"}]})") << false << QList<qint64>{};
    QTest::newRow("bad time")
        << QByteArray(R"({"revision":1,"changes":[{"revision":1,"time":"yesterday"}]})") << false
        << QList<qint64>{};
    QTest::newRow("missing optional fields")
        << QByteArray(R"({"revision":1,"changes":[{"revision":1}]})") << true << QList<qint64>{1};
}

void tst_ChangeLogModel::parsePage()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(QList<qint64>, revisions);
    QString error;
    const auto page = ChangeLogModel::parsePage(QJsonDocument::fromJson(json).object(), &error);
    QCOMPARE(page.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (!page)
        return;
    QList<qint64> got;
    for (const ChangeLogEntry &entry : page->changes)
        got.append(entry.revision);
    QCOMPARE(got, revisions);
}

void tst_ChangeLogModel::pagesBackwardsNewestFirst()
{
    m_log->addRange(1, 120);
    attach(50);
    QVERIFY(!m_model->hasLoaded());
    QCOMPARE(m_model->rowCount(), 0);
    m_model->refresh();
    QVERIFY(m_model->isLoading());
    QTRY_VERIFY(m_model->hasLoaded());
    QVERIFY(!m_model->isLoading());
    QCOMPARE(revisions(*m_model), descending(120, 71));
    QCOMPARE(m_model->latestRevision(), 120);
    QVERIFY(m_model->canLoadMore());

    m_model->loadMore();
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(revisions(*m_model), descending(120, 21));
    QVERIFY(m_model->canLoadMore());

    m_model->loadMore();
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(revisions(*m_model), descending(120, 1));
    QVERIFY(!m_model->canLoadMore());
    QVERIFY(m_model->errorText().isEmpty());

    // Nothing left: no request goes out.
    const int before = m_log->requests;
    m_model->loadMore();
    QVERIFY(!m_model->isLoading());
    QCOMPARE(m_log->requests, before);
}

void tst_ChangeLogModel::smallLogLoadsInOnePage()
{
    m_log->addRange(1, 7);
    attach(50);
    m_model->refresh();
    QTRY_VERIFY(m_model->hasLoaded());
    QCOMPARE(revisions(*m_model), descending(7, 1));
    QVERIFY(!m_model->canLoadMore());
    QCOMPARE(m_log->requests, 1);
}

void tst_ChangeLogModel::newerChangesArriveOnTop()
{
    m_log->addRange(1, 30);
    attach(10);
    // Before the first page a revision from a poll is only a hint.
    m_model->noteRevision(30);
    QCOMPARE(m_log->requests, 0);
    m_model->refresh();
    QTRY_VERIFY(m_model->hasLoaded());
    QCOMPARE(revisions(*m_model), descending(30, 21));
    QCOMPARE(m_log->requests, 1); // the hint aimed the first request at the newest page

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->noteRevision(30); // nothing new
    QVERIFY(!m_model->isLoading());
    m_log->addRange(31, 33);
    m_model->noteRevision(33);
    QTRY_COMPARE(m_model->rowCount(), 13);
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(revisions(*m_model), descending(33, 21));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);

    // Older pages still continue below the oldest row.
    m_model->loadMore();
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(revisions(*m_model), descending(33, 11));
}

void tst_ChangeLogModel::holesInTheLog()
{
    m_log->addRange(1, 10);
    m_log->addRange(500, 520);
    attach(10);
    m_model->refresh();
    QTRY_VERIFY(m_model->hasLoaded());
    QCOMPARE(revisions(*m_model), descending(520, 511));
    m_model->loadMore();
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(revisions(*m_model), descending(520, 501));
    m_model->loadMore();
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(revisions(*m_model), descending(520, 500));
    // The next window (481..490) is empty: the model reaches across the hole by itself.
    m_model->loadMore();
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(revisions(*m_model), descending(520, 500) + descending(10, 1));
    QVERIFY(!m_model->canLoadMore());
}

void tst_ChangeLogModel::failureKeepsRowsAndSaysWhy()
{
    m_log->addRange(1, 40);
    attach(10);
    m_model->refresh();
    QTRY_VERIFY(m_model->hasLoaded());
    m_log->failNext = true;
    QSignalSpy state(m_model.get(), &ChangeLogModel::stateChanged);
    m_model->loadMore();
    QTRY_VERIFY(!m_model->isLoading());
    QVERIFY(!m_model->errorText().isEmpty());
    QCOMPARE(revisions(*m_model), descending(40, 31));
    QVERIFY(m_model->canLoadMore());
    QVERIFY(state.size() >= 2);
    // Trying again works and clears the error.
    m_model->loadMore();
    QTRY_VERIFY(!m_model->isLoading());
    QVERIFY(m_model->errorText().isEmpty());
    QCOMPARE(revisions(*m_model), descending(40, 21));
}

void tst_ChangeLogModel::malformedAnswerIsAnError()
{
    m_server->setHandler({});
    m_server->setDefaultResponse(Response::json(200, R"({"revision":"many","changes":[]})"));
    attach(10);
    m_model->refresh();
    QTRY_VERIFY(!m_model->isLoading());
    QVERIFY(!m_model->hasLoaded());
    QVERIFY2(m_model->errorText().contains(QLatin1String("revision")),
             qPrintable(m_model->errorText()));

    m_server->setMode(HostileHttpServer::Mode::MalformedJson);
    m_model->refresh();
    QTRY_VERIFY(!m_model->isLoading());
    QVERIFY(!m_model->errorText().isEmpty());
    QCOMPARE(m_model->rowCount(), 0);
}

void tst_ChangeLogModel::displayAndRawValues()
{
    m_log->add(1, QStringLiteral("create"));
    m_log->add(2, QStringLiteral("delete"));
    attach(10);
    m_model->refresh();
    QTRY_COMPARE(m_model->rowCount(), 2);
    using Column = ChangeLogModel::Column;
    auto cell = [this](int row, Column column, int role = Qt::DisplayRole) {
        return m_model->index(row, int(column)).data(role);
    };
    QCOMPARE(cell(0, Column::Revision).toString(), QStringLiteral("2"));
    QCOMPARE(cell(0, Column::Revision, ChangeLogModel::RawValueRole).toLongLong(), 2);
    QCOMPARE(cell(0, Column::Operation).toString(), QStringLiteral("Deleted"));
    QCOMPARE(cell(1, Column::Operation).toString(), QStringLiteral("Created"));
    QCOMPARE(cell(1, Column::Operation, ChangeLogModel::RawValueRole).toString(),
             QStringLiteral("create"));
    QCOMPARE(cell(0, Column::ResourceType).toString(), QStringLiteral("JDBC connection"));
    QCOMPARE(cell(0, Column::ResourceType, ChangeLogModel::RawValueRole).toString(),
             QStringLiteral("jdbc"));
    QCOMPARE(cell(0, Column::ResourceName).toString(), QStringLiteral("db-2"));
    QCOMPARE(cell(0, Column::User).toString(), QStringLiteral("admin"));
    const QDateTime expected =
        QDateTime::fromString(QStringLiteral("2026-11-27T06:03:23.123Z"), Qt::ISODateWithMs);
    QCOMPARE(cell(0, Column::Time, ChangeLogModel::RawValueRole).toLongLong(),
             expected.toMSecsSinceEpoch());
    QCOMPARE(cell(0, Column::Time).toString(),
             expected.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(m_model->headerData(int(Column::ResourceName), Qt::Horizontal).toString(),
             QStringLiteral("Resource"));
    QCOMPARE(m_model->columnCount(), int(Column::Count));
}

void tst_ChangeLogModel::withoutClientSaysSo()
{
    m_model->refresh();
    QVERIFY(!m_model->isLoading());
    QVERIFY(!m_model->errorText().isEmpty());
}

void tst_ChangeLogModel::resetServerReloads()
{
    m_log->addRange(1, 30);
    attach(10);
    m_model->refresh();
    QTRY_VERIFY(m_model->hasLoaded());
    // The cluster's configuration database was recreated: a shorter, different history.
    m_log->log.clear();
    m_log->addRange(1, 3);
    m_log->addRange(4, 5);
    // A replica that is behind adds nothing and removes nothing.
    m_model->noteRevision(31);
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(revisions(*m_model), descending(30, 21));
    // The whole cluster is now below what is shown: reload.
    m_model->noteRevision(5);
    QTRY_COMPARE(revisions(*m_model), descending(5, 1));
    QTRY_VERIFY(!m_model->isLoading());
    QVERIFY(!m_model->canLoadMore());
}

QTEST_GUILESS_MAIN(tst_ChangeLogModel)
#include "tst_ChangeLogModel.moc"
