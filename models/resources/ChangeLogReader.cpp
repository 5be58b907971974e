#include "ChangeLogReader.h"

#include "ApiClient.h"

ChangeLogReader::ChangeLogReader(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void ChangeLogReader::start()
{
    if (m_started)
        return;
    m_started = true;
    QMetaObject::invokeMethod(
        this, [this] { requestAfter(0); }, Qt::QueuedConnection);
}

void ChangeLogReader::requestAfter(qint64 after)
{
    if (!m_client) {
        finish(tr("not connected to the cluster"));
        return;
    }
    if (++m_pages > MaxPages) {
        finish(tr("the change log has more than %1 changes").arg(qint64(MaxPages) * PageSize));
        return;
    }
    ApiRequest request = ApiRequest::get(QStringLiteral("/api/v1/config/changes"));
    request.query.addQueryItem(QStringLiteral("after"), QString::number(after));
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
    m_client->send(request, this, [this, after](const ApiResult &result) {
        QString error;
        const std::optional<ChangeLogPage> page =
            pageOf(result, tr("the change log could not be loaded: %1"),
                   tr("the server's change log could not be read: %1"), &error);
        if (!page)
            return finish(error);
        qint64 newest = after;
        for (const ChangeLogEntry &entry : page->changes) {
            if (entry.revision > newest) { // a lagging or odd answer never repeats an entry
                m_entries.append(entry);
                newest = entry.revision;
            }
        }
        // Done when the page reached the node's revision or came back short (nothing newer).
        if (newest >= page->revision || page->changes.size() < PageSize || newest == after)
            finish();
        else
            requestAfter(newest);
    });
}

std::optional<ChangeLogPage> ChangeLogReader::pageOf(const ApiResult &result,
                                                     const QString &notLoaded,
                                                     const QString &unreadable, QString *error)
{
    if (!result.ok) {
        *error = notLoaded.arg(result.errorText);
        return std::nullopt;
    }
    QString problem = tr("the answer is not a JSON object");
    std::optional<ChangeLogPage> page = result.json.isObject()
                                            ? ChangeLogPage::parse(result.json.object(), &problem)
                                            : std::nullopt;
    if (!page)
        *error = unreadable.arg(problem);
    return page;
}

void ChangeLogReader::finish(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished();
}
