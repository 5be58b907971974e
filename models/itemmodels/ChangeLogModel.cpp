#include "ChangeLogModel.h"

#include "ApiClient.h"
#include "NodeSnapshot.h"

#include <QJsonArray>

#include <algorithm>
#include <utility>

namespace {

constexpr int columnCountValue = int(ChangeLogModel::Column::Count);
// A change log with holes (a server that compacts it) may give empty pages; after this many in
// a row the model stops reaching further back on its own and waits for the next loadMore().
constexpr int maxEmptyOlderPages = 10;

} // namespace

ChangeLogModel::ChangeLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ChangeLogModel::~ChangeLogModel()
{
    ++m_generation;
    cancelPending();
}

std::optional<ChangeLogModel::Page> ChangeLogModel::parsePage(const QJsonObject &object,
                                                              QString *error)
{
    QString problem;
    SnapshotJsonReader reader(object, {}, &problem);
    const std::optional<qint64> revision = reader.integer(QStringLiteral("revision"));
    const std::optional<QJsonArray> changes = reader.array(QStringLiteral("changes"));
    if (reader.ok() && (!revision || *revision < 0))
        reader.fail(QStringLiteral("revision"), tr("a revision >= 0 is required"));
    if (reader.ok() && !changes)
        reader.fail(QStringLiteral("changes"), tr("a list of changes is required"));
    Page page;
    if (reader.ok()) {
        page.revision = *revision;
        for (qsizetype i = 0; i < changes->size(); ++i) {
            const QString path = QStringLiteral("changes[%1]").arg(i);
            if (!changes->at(i).isObject()) {
                problem = tr("%1: not an object").arg(path);
                break;
            }
            SnapshotJsonReader item(changes->at(i).toObject(), path, &problem);
            ChangeLogEntry entry;
            const auto rev = item.integer(QStringLiteral("revision"));
            const auto time = item.string(QStringLiteral("time"));
            entry.user = item.string(QStringLiteral("user")).value_or(QString());
            entry.operation = item.string(QStringLiteral("operation")).value_or(QString());
            entry.resourceType = item.string(QStringLiteral("type")).value_or(QString());
            entry.name = item.string(QStringLiteral("name")).value_or(QString());
            if (item.ok() && (!rev || *rev <= 0))
                item.fail(QStringLiteral("revision"), tr("a revision > 0 is required"));
            if (item.ok() && time) {
                entry.time = QDateTime::fromString(*time, Qt::ISODateWithMs);
                if (!entry.time.isValid())
                    item.fail(QStringLiteral("time"), tr("not an RFC 3339 time"));
            }
            if (!item.ok())
                break;
            entry.revision = *rev;
            entry.time = entry.time.toUTC();
            page.changes.append(entry);
        }
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    // Ascending, as the API promises; a server that does not keep it is put right here.
    std::sort(
        page.changes.begin(), page.changes.end(),
        [](const ChangeLogEntry &a, const ChangeLogEntry &b) { return a.revision < b.revision; });
    return page;
}

void ChangeLogModel::setApiClient(ApiClient *client)
{
    ++m_generation;
    cancelPending();
    m_client = client;
    beginResetModel();
    m_entries.clear();
    m_loaded = false;
    m_reachedStart = false;
    m_latestRevision = -1;
    m_hintRevision = -1;
    m_pendingRevision = -1;
    m_floor = 0;
    m_ceiling = 0;
    endResetModel();
    m_loading = Loading::Idle;
    m_error.clear();
    emit stateChanged();
}

ApiClient *ChangeLogModel::apiClient() const
{
    return m_client;
}

void ChangeLogModel::setPageSize(int pageSize)
{
    m_pageSize = std::clamp(pageSize, 1, MaxLimit);
}

void ChangeLogModel::refresh()
{
    ++m_generation;
    cancelPending();
    m_hops = 0;
    const qint64 hint = std::max(m_latestRevision, m_hintRevision);
    // Without a hint the first page doubles as the probe that tells the current revision.
    request(Loading::Latest, hint > 0 ? std::max<qint64>(0, hint - m_pageSize) : 0, m_pageSize);
}

void ChangeLogModel::loadMore()
{
    if (isLoading() || !canLoadMore())
        return;
    m_emptyOlderPages = 0;
    request(Loading::Older, std::max<qint64>(0, m_floor - m_pageSize), m_pageSize);
}

void ChangeLogModel::noteRevision(qint64 revision)
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
        // rows belong to a history that no longer exists.
        m_latestRevision = revision;
        m_hintRevision = revision;
        refresh();
        return;
    }
    if (revision > m_ceiling)
        request(Loading::Newer, m_ceiling, MaxLimit);
}

bool ChangeLogModel::canLoadMore() const
{
    return m_loaded && !m_reachedStart && m_floor > 0;
}

std::optional<ChangeLogEntry> ChangeLogModel::entryAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return std::nullopt;
    return m_entries.at(row);
}

void ChangeLogModel::request(Loading kind, qint64 after, int limit)
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

void ChangeLogModel::onAnswer(Loading kind, qint64 after, int limit, const ApiResult &result)
{
    if (!result.ok) {
        finishLoading(tr("The change log could not be loaded: %1").arg(result.errorText));
        return;
    }
    QString problem = tr("the answer is not a JSON object");
    const std::optional<Page> page =
        result.json.isObject() ? parsePage(result.json.object(), &problem) : std::nullopt;
    if (!page) {
        finishLoading(tr("The server's change log could not be read: %1").arg(problem));
        return;
    }
    switch (kind) {
    case Loading::Latest:
        acceptLatest(*page, after, limit);
        return;
    case Loading::Older:
        acceptOlder(*page, after, limit);
        return;
    case Loading::Newer:
        acceptNewer(*page, limit);
        return;
    case Loading::Idle:
        break;
    }
}

void ChangeLogModel::acceptLatest(const Page &page, qint64 after, int limit)
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
    beginResetModel();
    m_entries.clear();
    for (auto it = page.changes.crbegin(); it != page.changes.crend(); ++it) {
        if (it->revision > after)
            m_entries.append(*it);
    }
    m_floor = after;
    m_ceiling = moreAfter ? page.changes.constLast().revision : page.revision;
    m_reachedStart = after == 0;
    m_loaded = true;
    m_latestRevision = page.revision;
    endResetModel();
    finishLoading();
}

void ChangeLogModel::acceptOlder(const Page &page, qint64 after, int limit)
{
    Q_UNUSED(limit)
    QList<ChangeLogEntry> older;
    for (auto it = page.changes.crbegin(); it != page.changes.crend(); ++it) {
        if (it->revision > after && it->revision <= m_floor)
            older.append(*it);
    }
    m_floor = after;
    m_reachedStart = after == 0;
    if (!older.isEmpty()) {
        const int first = int(m_entries.size());
        beginInsertRows({}, first, first + int(older.size()) - 1);
        m_entries.append(older);
        endInsertRows();
    } else if (!m_reachedStart && ++m_emptyOlderPages < maxEmptyOlderPages) {
        // A hole in the log: reach further back rather than show an empty page.
        request(Loading::Older, std::max<qint64>(0, m_floor - MaxLimit), MaxLimit);
        return;
    }
    finishLoading();
}

void ChangeLogModel::acceptNewer(const Page &page, int limit)
{
    QList<ChangeLogEntry> newer;
    for (auto it = page.changes.crbegin(); it != page.changes.crend(); ++it) {
        if (it->revision > m_ceiling)
            newer.append(*it);
    }
    const bool full = page.changes.size() >= limit;
    if (!newer.isEmpty()) {
        beginInsertRows({}, 0, int(newer.size()) - 1);
        m_entries = newer + m_entries;
        endInsertRows();
    }
    m_ceiling = full && !page.changes.isEmpty() ? page.changes.constLast().revision
                                                : std::max(m_ceiling, page.revision);
    m_latestRevision = std::max(m_latestRevision, page.revision);
    if (full && m_ceiling < page.revision) {
        request(Loading::Newer, m_ceiling, MaxLimit);
        return;
    }
    finishLoading();
}

void ChangeLogModel::finishLoading(const QString &error)
{
    m_loading = Loading::Idle;
    m_error = error;
    emit stateChanged();
    const qint64 pending = std::exchange(m_pendingRevision, -1);
    if (error.isEmpty() && m_loaded && pending > m_ceiling)
        noteRevision(pending);
}

void ChangeLogModel::cancelPending()
{
    const quint64 id = std::exchange(m_pendingId, 0);
    m_loading = Loading::Idle;
    if (id != 0 && m_client)
        m_client->cancel(id);
}

int ChangeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ChangeLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnCountValue;
}

QVariant ChangeLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeLogEntry &entry = m_entries.at(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Revision:
            return QString::number(entry.revision);
        case Column::Time:
            return entry.time.isValid()
                       ? entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : tr("—");
        case Column::User:
            return entry.user.isEmpty() ? tr("—") : entry.user;
        case Column::Operation:
            return operationText(entry.operation);
        case Column::ResourceType:
            return resourceTypeText(entry.resourceType);
        case Column::ResourceName:
            return entry.name;
        case Column::Count:
            break;
        }
        return {};
    case RawValueRole:
        switch (column) {
        case Column::Revision:
            return entry.revision;
        case Column::Time:
            return entry.time.isValid() ? QVariant(entry.time.toMSecsSinceEpoch()) : QVariant();
        case Column::User:
            return entry.user;
        case Column::Operation:
            return entry.operation;
        case Column::ResourceType:
            return entry.resourceType;
        case Column::ResourceName:
            return entry.name;
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Time && entry.time.isValid())
            return entry.time.toString(Qt::ISODateWithMs);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Revision)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ChangeLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columnCountValue)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Revision:
        return tr("Revision");
    case Column::Time:
        return tr("Time");
    case Column::User:
        return tr("User");
    case Column::Operation:
        return tr("Change");
    case Column::ResourceType:
        return tr("Resource type");
    case Column::ResourceName:
        return tr("Resource");
    case Column::Count:
        break;
    }
    return {};
}

QHash<int, QByteArray> ChangeLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    return names;
}

QString ChangeLogModel::operationText(const QString &operation)
{
    if (operation == QLatin1String("create"))
        return tr("Created");
    if (operation == QLatin1String("update"))
        return tr("Updated");
    if (operation == QLatin1String("delete"))
        return tr("Deleted");
    return operation;
}

QString ChangeLogModel::resourceTypeText(const QString &type)
{
    if (type == QLatin1String("database"))
        return tr("Database");
    if (type == QLatin1String("jdbc"))
        return tr("JDBC connection");
    if (type == QLatin1String("fileserver"))
        return tr("File server");
    if (type == QLatin1String("webservice"))
        return tr("Web service");
    return type;
}
