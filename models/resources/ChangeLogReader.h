#pragma once
// ChangeLogReader: a cluster's whole configuration change log, oldest first, read through an
// ApiClient in pages of the API's largest size (GET /api/v1/config/changes?after=&limit=1000)
// until a page reaches the revision the answer names. For `clusterdesk history`; the History
// tab pages with ChangeLogFetcher instead.

#include "ChangeLogEntry.h"

#include <QObject>
#include <QPointer>

class ApiClient;
struct ApiResult;

class ChangeLogReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeLogReader)

public:
    static constexpr int PageSize = 1000;
    // A log longer than this many pages is refused rather than read without end.
    static constexpr int MaxPages = 1000;

    // `client` must outlive the reader.
    explicit ChangeLogReader(ApiClient *client, QObject *parent = nullptr);

    // Once; finished() comes from the event loop.
    void start();
    bool isFinished() const { return m_finished; }
    QString errorText() const { return m_error; } // empty: every change was read
    const QList<ChangeLogEntry> &entries() const { return m_entries; } // ascending

    // The page a GET /api/v1/config/changes answer holds (ChangeLogFetcher's too); otherwise
    // nullopt and `error`: `notLoaded` with the request's error or `unreadable` with what is
    // wrong with the answer, each filled into its %1.
    static std::optional<ChangeLogPage> pageOf(const ApiResult &result, const QString &notLoaded,
                                               const QString &unreadable, QString *error);

Q_SIGNALS:
    void finished();

private:
    void requestAfter(qint64 after);
    void finish(const QString &error = {});

    QPointer<ApiClient> m_client;
    QList<ChangeLogEntry> m_entries;
    int m_pages = 0;
    bool m_started = false;
    bool m_finished = false;
    QString m_error;
};
