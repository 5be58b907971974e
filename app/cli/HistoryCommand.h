#pragma once
// HistoryCommand: `clusterdesk history` as a core object: signs in to one saved cluster, reads
// its whole change log (ChangeLogReader), keeps the changes the filter matches and leaves them
// for stdout as a table, CSV or JSON (ChangeLogExport), newest last. Exit code 0, or 2 with the
// reason on stderr.

#include "ChangeLogFilter.h"
#include "ClusterProfile.h"
#include "TimedCommand.h"

#include <QObject>

#include <chrono>
#include <optional>

class ChangeLogReader;
class ClusterEndpoint;
class SecretStore;

struct HistoryOptions
{
    enum class Format { Text, Csv, Json };
    static constexpr std::chrono::milliseconds DefaultTimeout{120000};

    ClusterProfile profile;
    std::optional<QString> password; // wins over the secret store
    ChangeLogFilter filter;          // exactResource
    Format format = Format::Text;
    std::chrono::milliseconds timeout = DefaultTimeout;
    SecretStore *secrets = nullptr; // must outlive the command
};

class HistoryCommand final : public TimedCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryCommand)

public:
    enum ExitCode : int { Success = 0, Error = 2 };

    explicit HistoryCommand(HistoryOptions options, QObject *parent = nullptr);

    // Once; finished() comes from the event loop, never from inside this call.
    void start();

    // The plain-text table: revision, time (UTC), user, change, resource, fields changed.
    static QString table(const QList<ChangeLogEntry> &changes);
    // "csv", "json", "text"; nullopt for anything else.
    static std::optional<HistoryOptions::Format> formatNamed(const QString &name);

private:
    void onDeadline() override;
    void onEndpoint(ClusterEndpoint *endpoint);
    void onRead();

    HistoryOptions m_options;
    ChangeLogReader *m_reader = nullptr;
};
