#pragma once
// ChangeLogFetcher: reads a cluster's configuration change log (GET /api/v1/config/changes)
// through an ApiClient, page by page backwards ("load older") and topped up with the changes
// that appear later, and hands the entries on as values (feed() a ChangeLogModel with them).

#include "ChangeLogEntry.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class ChangeLogModel;
struct ApiResult;

class ChangeLogFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeLogFetcher)

public:
    static constexpr int DefaultPageSize = 50;
    static constexpr int MaxLimit = 1000; // the API's largest page

    explicit ChangeLogFetcher(QObject *parent = nullptr);
    ~ChangeLogFetcher() override;

    // Connects the entry signals to `model`, which then shows what this fetcher reads.
    void feed(ChangeLogModel *model);

    // Forgets every entry (entriesReplaced with none); nothing is loaded until refresh().
    void setApiClient(ApiClient *client);
    ApiClient *apiClient() const;
    void setPageSize(int pageSize); // 1..MaxLimit
    int pageSize() const { return m_pageSize; }

    // Reloads the newest page (cancels whatever is loading).
    void refresh();
    // Loads the page before the oldest entry; ignored while loading or when none is left.
    void loadMore();
    // The cluster reached `revision` (from a poll): loads the changes newer than the newest
    // entry, once the first page is there.
    void noteRevision(qint64 revision);

    bool isLoading() const { return m_loading != Loading::Idle; }
    bool hasLoaded() const { return m_loaded; }
    bool canLoadMore() const;
    QString errorText() const { return m_error; }
    qint64 latestRevision() const { return m_latestRevision; } // -1 until the first answer

Q_SIGNALS:
    // Every list is newest first.
    void entriesReplaced(const QList<ChangeLogEntry> &entries);
    void olderEntriesArrived(const QList<ChangeLogEntry> &entries); // below the oldest
    void newerEntriesArrived(const QList<ChangeLogEntry> &entries); // above the newest
    // Loading started or ended, an error came or went, or more became (un)available.
    void stateChanged();

private:
    enum class Loading { Idle, Latest, Older, Newer };

    void request(Loading kind, qint64 after, int limit);
    void onAnswer(Loading kind, qint64 after, int limit, const ApiResult &result);
    void acceptLatest(const ChangeLogPage &page, qint64 after, int limit);
    void acceptOlder(const ChangeLogPage &page, qint64 after);
    void acceptNewer(const ChangeLogPage &page, int limit);
    void finishLoading(const QString &error = {});
    void cancelPending();

    QPointer<ApiClient> m_client;
    int m_pageSize = DefaultPageSize;
    Loading m_loading = Loading::Idle;
    quint64 m_pendingId = 0;
    quint64 m_generation = 0; // answers of an older generation are ignored
    bool m_loaded = false;
    bool m_reachedStart = false; // nothing older than the oldest entry exists
    // Every change with m_floor < revision <= m_ceiling has been handed on.
    qint64 m_floor = 0;
    qint64 m_ceiling = 0;
    int m_hops = 0;            // re-aims of the first page at the newest revision
    int m_emptyOlderPages = 0; // consecutive older pages without an entry
    qint64 m_latestRevision = -1;
    qint64 m_hintRevision = -1;    // noted before the first page: aims it at the newest
    qint64 m_pendingRevision = -1; // noted while loading
    QString m_error;
};
