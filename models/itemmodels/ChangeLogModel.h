#pragma once
// ChangeLogModel: a cluster's configuration change log (GET /api/v1/config/changes), newest
// first, read page by page backwards through an ApiClient ("load older") and topped up with the
// changes that appear later.

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPointer>

#include <optional>

class ApiClient;
struct ApiResult;

struct ChangeLogEntry
{
    qint64 revision = 0;
    QDateTime time; // UTC
    QString user;
    QString operation; // "create", "update", "delete"
    QString resourceType;
    QString name;

    friend bool operator==(const ChangeLogEntry &, const ChangeLogEntry &) = default;
};

class ChangeLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeLogModel)

public:
    enum class Column : int { Revision, Time, User, Operation, ResourceType, ResourceName, Count };
    Q_ENUM(Column)

    enum ItemRole {
        RawValueRole = Qt::UserRole + 1, // revision, epoch ms, or the API's key
    };
    Q_ENUM(ItemRole)

    static constexpr int DefaultPageSize = 50;
    static constexpr int MaxLimit = 1000; // the API's largest page

    struct Page
    {
        qint64 revision = 0;           // the answering node's current revision
        QList<ChangeLogEntry> changes; // as sent: ascending
    };
    // Parses one answer; nullopt (and the field in *error) for anything malformed.
    static std::optional<Page> parsePage(const QJsonObject &object, QString *error);

    explicit ChangeLogModel(QObject *parent = nullptr);
    ~ChangeLogModel() override;

    // Forgets every entry; nothing is loaded until refresh().
    void setApiClient(ApiClient *client);
    ApiClient *apiClient() const;
    void setPageSize(int pageSize); // 1..MaxLimit
    int pageSize() const { return m_pageSize; }

    // Reloads the newest page (cancels whatever is loading).
    void refresh();
    // Loads the page before the oldest entry shown; ignored while loading or when none is left.
    void loadMore();
    // The cluster reached `revision` (from a poll): loads the changes newer than the newest
    // entry shown, once the first page is there.
    void noteRevision(qint64 revision);

    bool isLoading() const { return m_loading != Loading::Idle; }
    bool hasLoaded() const { return m_loaded; }
    bool canLoadMore() const;
    QString errorText() const { return m_error; }
    qint64 latestRevision() const { return m_latestRevision; } // -1 until the first answer
    std::optional<ChangeLogEntry> entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString operationText(const QString &operation);
    static QString resourceTypeText(const QString &type);

Q_SIGNALS:
    // Loading started or ended, an error came or went, or more became (un)available.
    void stateChanged();

private:
    enum class Loading { Idle, Latest, Older, Newer };

    void request(Loading kind, qint64 after, int limit);
    void onAnswer(Loading kind, qint64 after, int limit, const ApiResult &result);
    void acceptLatest(const Page &page, qint64 after, int limit);
    void acceptOlder(const Page &page, qint64 after, int limit);
    void acceptNewer(const Page &page, int limit);
    void finishLoading(const QString &error = {});
    void cancelPending();

    QPointer<ApiClient> m_client;
    int m_pageSize = DefaultPageSize;
    QList<ChangeLogEntry> m_entries; // newest first
    Loading m_loading = Loading::Idle;
    quint64 m_pendingId = 0;
    quint64 m_generation = 0; // answers of an older generation are ignored
    bool m_loaded = false;
    bool m_reachedStart = false; // nothing older than the oldest entry exists
    // Every change with m_floor < revision <= m_ceiling is in m_entries.
    qint64 m_floor = 0;
    qint64 m_ceiling = 0;
    int m_hops = 0;            // re-aims of the first page at the newest revision
    int m_emptyOlderPages = 0; // consecutive older pages without an entry
    qint64 m_latestRevision = -1;
    qint64 m_hintRevision = -1;    // noted before the first page: aims it at the newest
    qint64 m_pendingRevision = -1; // noted while loading
    QString m_error;
};
