#include "Reseeder.h"

#include "ChangeJson.h"
#include "NodeInstance.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QUrlQuery>

namespace node {
namespace {

constexpr int kRequestTimeoutMs = 30000;
const QString kDatabaseFile = QStringLiteral("config.sqlite");
// SQLite keeps committed pages in the -wal file: the three files move together.
const QStringList kSuffixes = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

bool moveFiles(const QDir &directory, const QString &from, const QString &to, QString *error)
{
    for (const QString &suffix : kSuffixes) {
        const QString source = directory.filePath(from + suffix);
        if (QFile::exists(source) && !QFile::rename(source, directory.filePath(to + suffix))) {
            *error = QStringLiteral("cannot move %1 to %2").arg(source, to + suffix);
            return false;
        }
    }
    return true;
}

} // namespace

Reseeder::Reseeder(const NodeOptions &options, QByteArray clusterSecret, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clusterSecret(std::move(clusterSecret))
{
    m_network.setProxy(QNetworkProxy::NoProxy); // peers are direct URLs
}

void Reseeder::start()
{
    fetch(0);
}

void Reseeder::fetch(qint64 after)
{
    QUrl url = m_options.reseedFrom;
    url.setPath(url.path() + QStringLiteral("/internal/v1/changes"));
    url.setQuery(QUrlQuery{{QStringLiteral("after"), QString::number(after)},
                           {QStringLiteral("waitMs"), QStringLiteral("0")}});
    QNetworkRequest request(url);
    request.setRawHeader("X-Cluster-Secret", m_clusterSecret);
    request.setTransferTimeout(kRequestTimeoutMs);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() != QNetworkReply::NoError || status != 200 ||
            !page.value(QLatin1String("changes")).isArray()) {
            Q_EMIT finished(false, QStringLiteral("cannot read the change log of %1: %2")
                                       .arg(m_options.reseedFrom.toString(),
                                            status ? QStringLiteral("HTTP %1").arg(status)
                                                   : reply->errorString()));
            return;
        }
        handlePage(page);
    });
}

void Reseeder::handlePage(const QJsonObject &page)
{
    const QString historyId = page.value(QLatin1String("historyId")).toString();
    if (m_targetRevision < 0) {
        // The peer's state when we started; writes it takes meanwhile come with replication.
        m_targetRevision = page.value(QLatin1String("revision")).toInteger();
        m_historyId = historyId;
    } else if (historyId != m_historyId) {
        Q_EMIT finished(false, QStringLiteral("the history of %1 changed while it was read")
                                   .arg(m_options.reseedFrom.toString()));
        return;
    }
    const QJsonArray changes = page.value(QLatin1String("changes")).toArray();
    for (const QJsonValue &value : changes) {
        const auto entry = ChangeJson::parseChange(value.toObject());
        if (!entry) {
            Q_EMIT finished(
                false,
                QStringLiteral("malformed change from %1").arg(m_options.reseedFrom.toString()));
            return;
        }
        if (entry->revision <= m_targetRevision)
            m_entries.append(*entry);
    }
    const qint64 reached = m_entries.isEmpty() ? 0 : m_entries.last().revision;
    if (reached >= m_targetRevision) {
        install();
    } else if (changes.isEmpty()) {
        Q_EMIT finished(false, QStringLiteral("%1 ended its change log at revision %2 of %3")
                                   .arg(m_options.reseedFrom.toString())
                                   .arg(reached)
                                   .arg(m_targetRevision));
    } else {
        fetch(reached);
    }
}

void Reseeder::install()
{
    const QDir directory(m_options.dataDirectory);
    const QString replaced = kDatabaseFile + QStringLiteral(".replaced-") +
                             QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'");
    QString error;
    if (!QDir().mkpath(m_options.dataDirectory) ||
        !moveFiles(directory, kDatabaseFile, replaced, &error)) {
        Q_EMIT finished(false, error.isEmpty()
                                   ? QStringLiteral("cannot create %1").arg(m_options.dataDirectory)
                                   : error);
        return;
    }
    if (!writeDatabase(m_options.dataDirectory, &error)) {
        // Put the old file back: a failed recovery must leave the node as it was.
        for (const QString &suffix : kSuffixes)
            QFile::remove(directory.filePath(kDatabaseFile + suffix));
        QString restoreError;
        moveFiles(directory, replaced, kDatabaseFile, &restoreError);
        Q_EMIT finished(false, error);
        return;
    }
    const bool hadFile = QFile::exists(directory.filePath(replaced));
    Q_EMIT finished(
        true,
        QStringLiteral("reseeded %1 from %2: revision %3 of history %4%5")
            .arg(m_options.dataDirectory, m_options.reseedFrom.toString())
            .arg(m_targetRevision)
            .arg(m_historyId.isEmpty() ? QStringLiteral("(none)") : m_historyId,
                 hadFile
                     ? QStringLiteral("; the old database is %1").arg(directory.filePath(replaced))
                     : QString()));
}

bool Reseeder::writeDatabase(const QString &directory, QString *error) const
{
    ConfigDatabase database(QStringLiteral("clusterdesk-reseed"));
    if (!database.open(directory, NodeInstance::seed(m_options), error) ||
        !database.applyChanges(m_entries, m_historyId, error))
        return false;
    if (database.revision() != m_targetRevision) {
        *error = QStringLiteral("the new copy is at revision %1, not %2")
                     .arg(database.revision())
                     .arg(m_targetRevision);
        return false;
    }
    return true;
}

} // namespace node
