#include "ChangeLogFetcher.h"

#include "ApiClient.h"
#include "ChangeLogModel.h"
#include "ChangeLogReader.h"

#include <algorithm>
#include <utility>

namespace {

// A change log with holes (a server that compacts it) may give empty pages; after this many in
// a row the fetcher stops reaching further back on its own and waits for the next loadMore().
constexpr int maxEmptyOlderPages = 10;

} // namespace

ChangeLogFetcher::ChangeLogFetcher(QObject *parent)
    : QObject(parent)
{}

ChangeLogFetcher::~ChangeLogFetcher()
{
    ++m_generation;
    cancelPending();
}

void ChangeLogFetcher::feed(ChangeLogModel *model)
{
    connect(this, &ChangeLogFetcher::entriesReplaced, model, &ChangeLogModel::setEntries);
    connect(this, &ChangeLogFetcher::olderEntriesArrived, model, &ChangeLogModel::appendOlder);
    connect(this, &ChangeLogFetcher::newerEntriesArrived, model, &ChangeLogModel::prependNewer);
}

void ChangeLogFetcher::setApiClient(ApiClient *client)
{
    ++m_generation;
    cancelPending();
    m_client = client;
    m_loaded = false;
    m_reachedStart = false;
    m_latestRevision = -1;
    m_hintRevision = -1;
    m_pendingRevision = -1;
    m_floor = 0;
    m_ceiling = 0;
    emit entriesReplaced({});
    m_loading = Loading::Idle;
    m_error.clear();
    emit stateChanged();
}

ApiClient *ChangeLogFetcher::apiClient() const
{
    return m_client;
}

void ChangeLogFetcher::setPageSize(int pageSize)
{
    m_pageSize = std::clamp(pageSize, 1, MaxLimit);
}

void ChangeLogFetcher::refresh()
{
    ++m_generation;
    cancelPending();
    m_hops = 0;
    const qint64 hint = std::max(m_latestRevision, m_hintRevision);
    // Without a hint the first page doubles as the probe that tells the current revision.
    request(Loading::Latest, hint > 0 ? std::max<qint64>(0, hint - m_pageSize) : 0, m_pageSize);
}

void ChangeLogFetcher::loadMore()
{
    if (isLoading() || !canLoadMore())
        return;
    m_emptyOlderPages = 0;
    request(Loading::Older, std::max<qint64>(0, m_floor - m_pageSize), m_pageSize);
}

void ChangeLogFetcher::noteRevision(qint64 revision)
{
    if (revision < 0)
        return;
    if (isLoading()) {
        // Looked at once the load ends; a single request per noted revision, never a loop.
        m_pendingRevision = std::max(m_pendingRevision, revision);
        if (!m_loaded)
            m_hintRevision = std::max(m_hintRevision, revision);
        return;
    }
    if (!m_loaded) {
        m_hintRevision = std::max(m_hintRevision, revision);
        return;
    }
    if (revision < m_ceiling) {
        // The whole cluster is behind what is shown: its configuration was recreated, and the
        // entries belong to a history that no longer exists.
        m_latestRevision = revision;
        m_hintRevision = revision;
        refresh();
        return;
    }
    if (revision > m_ceiling)
        request(Loading::Newer, m_ceiling, MaxLimit);
}

bool ChangeLogFetcher::canLoadMore() const
{
    return m_loaded && !m_reachedStart && m_floor > 0;
}

void ChangeLogFetcher::request(Loading kind, qint64 after, int limit)
{
    if (!m_client) {
        finishLoading(tr("Not connected to a cluster."));
        return;
    }
    const bool wasLoading = isLoading();
    m_loading = kind;
    ApiRequest request = ApiRequest::get(QStringLiteral("/api/v1/config/changes"));
    request.query.addQueryItem(QStringLiteral("after"), QString::number(after));
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    const quint64 generation = m_generation;
    m_pendingId = m_client->send(request, this,
                                 [this, generation, kind, after, limit](const ApiResult &result) {
                                     if (generation != m_generation)
                                         return;
                                     m_pendingId = 0;
                                     onAnswer(kind, after, limit, result);
                                 });
    if (!wasLoading)
        emit stateChanged();
}

void ChangeLogFetcher::onAnswer(Loading kind, qint64 after, int limit, const ApiResult &result)
{
    QString error;
    const std::optional<ChangeLogPage> page =
        ChangeLogReader::pageOf(result, tr("The change log could not be loaded: %1"),
                                tr("The server's change log could not be read: %1"), &error);
    if (!page)
        return finishLoading(error);
    switch (kind) {
    case Loading::Latest:
        acceptLatest(*page, after, limit);
        return;
    case Loading::Older:
        acceptOlder(*page, after);
        return;
    case Loading::Newer:
        acceptNewer(*page, limit);
        return;
    case Loading::Idle:
        break;
    }
}

void ChangeLogFetcher::acceptLatest(const ChangeLogPage &page, qint64 after, int limit)
{
    // A full page that ends below the current revision is not the newest page: jump there (a
    // few times at most, in case the cluster writes faster than we read).
    const bool moreAfter = page.changes.size() >= limit && !page.changes.isEmpty() &&
                           page.changes.constLast().revision < page.revision;
    const qint64 newestStart = std::max<qint64>(0, page.revision - m_pageSize);
    if (((moreAfter && newestStart > after) || page.revision < after) && m_hops < 3) {
        ++m_hops;
        request(Loading::Latest, newestStart, m_pageSize);
        return;
    }
    QList<ChangeLogEntry> entries;
    for (auto it = page.changes.crbegin(); it != page.changes.crend(); ++it) {
        if (it->revision > after)
            entries.append(*it);
    }
    m_floor = after;
    m_ceiling = moreAfter ? page.changes.constLast().revision : page.revision;
    m_reachedStart = after == 0;
    m_loaded = true;
    m_latestRevision = page.revision;
    emit entriesReplaced(entries);
    finishLoading();
}

void ChangeLogFetcher::acceptOlder(const ChangeLogPage &page, qint64 after)
{
    QList<ChangeLogEntry> older;
    for (auto it = page.changes.crbegin(); it != page.changes.crend(); ++it) {
        if (it->revision > after && it->revision <= m_floor)
            older.append(*it);
    }
    m_floor = after;
    m_reachedStart = after == 0;
    if (!older.isEmpty()) {
        emit olderEntriesArrived(older);
    } else if (!m_reachedStart && ++m_emptyOlderPages < maxEmptyOlderPages) {
        // A hole in the log: reach further back rather than show an empty page.
        request(Loading::Older, std::max<qint64>(0, m_floor - MaxLimit), MaxLimit);
        return;
    }
    finishLoading();
}

void ChangeLogFetcher::acceptNewer(const ChangeLogPage &page, int limit)
{
    QList<ChangeLogEntry> newer;
    for (auto it = page.changes.crbegin(); it != page.changes.crend(); ++it) {
        if (it->revision > m_ceiling)
            newer.append(*it);
    }
    const bool full = page.changes.size() >= limit;
    m_ceiling = full && !page.changes.isEmpty() ? page.changes.constLast().revision
                                                : std::max(m_ceiling, page.revision);
    m_latestRevision = std::max(m_latestRevision, page.revision);
    if (!newer.isEmpty())
        emit newerEntriesArrived(newer);
    if (full && m_ceiling < page.revision) {
        request(Loading::Newer, m_ceiling, MaxLimit);
        return;
    }
    finishLoading();
}

void ChangeLogFetcher::finishLoading(const QString &error)
{
    m_loading = Loading::Idle;
    m_error = error;
    emit stateChanged();
    const qint64 pending = std::exchange(m_pendingRevision, -1);
    if (error.isEmpty() && m_loaded && pending > m_ceiling)
        noteRevision(pending);
}

void ChangeLogFetcher::cancelPending()
{
    const quint64 id = std::exchange(m_pendingId, 0);
    m_loading = Loading::Idle;
    if (id != 0 && m_client)
        m_client->cancel(id);
}
