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

    // Writes the record's samples, snapshot and last-up times inside the caller's transaction.
    bool write(const QSqlDatabase &database, const ClusterCycleRecord &record, QString *error);
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
};
