// Write-to-visible-on-every-node latency, for the reference cluster and for etcd, measured
// by the same client code: issue one write, then poll every member's local view until all
// of them report the write's revision. Prints p50/p99/max in ms as one JSON line.
// A command-line benchmark: it drives its own event loop synchronously on purpose.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray revisionHeader;
};

Reply send(QNetworkAccessManager &manager, const QByteArray &verb, const QUrl &url,
           const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = manager.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 reply->readAll(), reply->rawHeader("X-Config-Revision")};
    reply->deleteLater();
    return result;
}

// Polls every member once per round until each reports at least `revision`.
template<typename RevisionOf>
void waitVisible(QNetworkAccessManager &manager, const QList<QUrl> &members, qint64 revision,
                 RevisionOf revisionOf)
{
    QList<bool> seen(members.size(), false);
    int remaining = members.size();
    QEventLoop loop;
    std::function<void(int)> poll = [&](int index) {
        QNetworkReply *reply = revisionOf(manager, members[index]);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, index] {
            reply->deleteLater();
            const qint64 seenRevision = reply->property("revision").toLongLong();
            if (seenRevision >= revision) {
                seen[index] = true;
                if (--remaining == 0)
                    loop.quit();
            } else {
                poll(index);
            }
        });
    };
    for (int i = 0; i < members.size(); ++i)
        poll(i);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size()));
    return values.at(index);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("mode"), QStringLiteral("clusterdesk or etcd"), QStringLiteral("mode")});
    parser.addOption({QStringLiteral("write-url"),
                      QStringLiteral("LB URL (clusterdesk) or one member (etcd)"),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("member"), QStringLiteral("a member's direct URL (repeat)"),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("auth"), QStringLiteral("Authorization header value"),
                      QStringLiteral("value")});
    parser.addOption({QStringLiteral("writes"), QStringLiteral("number of writes"),
                      QStringLiteral("n"), QStringLiteral("100")});
    parser.process(app);

    const bool etcd = parser.value(QStringLiteral("mode")) == QLatin1String("etcd");
    const QUrl writeUrl(parser.value(QStringLiteral("write-url")));
    QList<QUrl> members;
    for (const QString &member : parser.values(QStringLiteral("member")))
        members.append(QUrl(member));
    const QByteArray auth = parser.value(QStringLiteral("auth")).toUtf8();
    const int writes = parser.value(QStringLiteral("writes")).toInt();
    if (!writeUrl.isValid() || members.isEmpty() || writes <= 0) {
        std::fprintf(stderr, "usage: see --help\n");
        return 2;
    }

    QNetworkAccessManager manager;
    const QByteArray runTag = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    QList<double> latencies;
    for (int i = 0; i < writes; ++i) {
        QElapsedTimer timer;
        timer.start();
        qint64 revision = 0;
        if (etcd) {
            const QByteArray key = ("bench/" + runTag + "/" + QByteArray::number(i)).toBase64();
            const QByteArray body =
                R"({"key":")" + key + R"(","value":")" + QByteArray("x").toBase64() + R"("})";
            QUrl url = writeUrl;
            url.setPath(QStringLiteral("/v3/kv/put"));
            const Reply reply =
                send(manager, "POST", url, body, {{"Content-Type", "application/json"}});
            revision =
                QJsonDocument::fromJson(reply.body)["header"]["revision"].toString().toLongLong();
            waitVisible(
                manager, members, revision, [](QNetworkAccessManager &m, const QUrl &member) {
                    QUrl url = member;
                    url.setPath(QStringLiteral("/v3/kv/range"));
                    QNetworkRequest request(url);
                    request.setHeader(QNetworkRequest::ContentTypeHeader,
                                      QByteArray("application/json"));
                    QNetworkReply *reply = m.post(
                        request, QByteArray(R"({"key":"AA==","serializable":true,"limit":1})"));
                    QObject::connect(reply, &QNetworkReply::finished, reply, [reply] {
                        const auto doc = QJsonDocument::fromJson(reply->readAll());
                        reply->setProperty("revision",
                                           doc["header"]["revision"].toString().toLongLong());
                    });
                    return reply;
                });
        } else {
            QUrl url = writeUrl;
            url.setPath(QStringLiteral("/api/v1/resources/database/bench-") +
                        QString::fromLatin1(runTag) + QLatin1Char('-') + QString::number(i));
            const QByteArray body =
                R"({"spec":{"module":"GeoStan","kind":"geocoding","location":"/data/geo","placement":"shared"}})";
            const Reply reply = send(manager, "PUT", url, body,
                                     {{"Content-Type", "application/json"},
                                      {"If-None-Match", "*"},
                                      {"Authorization", auth}});
            if (reply.status != 201) {
                std::fprintf(stderr, "write %d failed: HTTP %d %s\n", i, reply.status,
                             reply.body.constData());
                return 1;
            }
            revision = reply.revisionHeader.toLongLong();
            waitVisible(manager, members, revision,
                        [](QNetworkAccessManager &m, const QUrl &member) {
                            QUrl url = member;
                            url.setPath(QStringLiteral("/healthz"));
                            QNetworkReply *reply = m.get(QNetworkRequest(url));
                            QObject::connect(reply, &QNetworkReply::finished, reply, [reply] {
                                reply->setProperty(
                                    "revision", reply->rawHeader("X-Config-Revision").toLongLong());
                            });
                            return reply;
                        });
        }
        latencies.append(timer.nsecsElapsed() / 1e6);
    }
    std::printf(R"({"mode":"%s","writes":%d,"p50_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f})"
                "\n",
                etcd ? "etcd" : "clusterdesk", writes, percentile(latencies, 0.50),
                percentile(latencies, 0.99), percentile(latencies, 1.0));
    return 0;
}
