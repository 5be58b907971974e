// LocalStoreCycleWriter: LocalStore::recordCycles()'s hot path. Writes poll-cycle records through
// SQLite's C API with statements prepared once per connection: Qt's binding (a QVariant and a
// generated placeholder name per value) cost about as much as SQLite's own work.
#pragma once

#include "StoreRecords.h"

#include <QString>

class LocalStoreNodeKeys;
class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

class LocalStoreCycleWriter final
{
    Q_DISABLE_COPY_MOVE(LocalStoreCycleWriter)

public:
    explicit LocalStoreCycleWriter(LocalStoreNodeKeys &keys)
        : m_keys(keys)
    {}
    ~LocalStoreCycleWriter() { reset(); }

    // Rows node_samples_recent holds before they move to node_samples in one batch.
    static constexpr qint64 FoldRows = 65536;

    // Writes the record's samples, snapshot and last-up times inside the caller's transaction.
    bool write(const QSqlDatabase &database, const ClusterCycleRecord &record, QString *error);
    // Inside the same transaction, after write(): moves the recent samples to node_samples, in
    // node order, once there are FoldRows of them (or always, with `force`).
    bool foldIfDue(QString *error, bool force = false);
    // Finalizes the statements; must run before the connection closes.
    void reset();

private:
    bool prepare(const QSqlDatabase &database, QString *error);
    bool step(sqlite3_stmt *statement, QString *error);

    LocalStoreNodeKeys &m_keys;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_insertSample = nullptr;
    sqlite3_stmt *m_saveSnapshot = nullptr;
    sqlite3_stmt *m_noteUp = nullptr;
    sqlite3_stmt *m_fold = nullptr;
    sqlite3_stmt *m_clearRecent = nullptr;
    // Rows in node_samples_recent as far as this connection knows: it only decides when to
    // fold, so a rolled-back batch that leaves it high merely folds a little early.
    qint64 m_recentRows = 0;
};
