// LocalStoreSchema: checks that an SQLite file is a Clusterdesk store this build understands,
// sets the connection up (WAL, synchronous=NORMAL) and migrates it to the current schema.
#pragma once

#include <QString>

class QSqlDatabase;

class LocalStoreSchema final
{
public:
    // "CLDK": tells our files apart from any other SQLite file (PRAGMA application_id).
    static constexpr int ApplicationId = 0x434C444B;
    // PRAGMA user_version written by the newest migration.
    static constexpr int CurrentVersion = 7;

    // Refuses a foreign or newer file without writing to it; otherwise configures the connection
    // and runs the missing migrations, each in its own transaction.
    static bool prepare(QSqlDatabase &database, QString *error);

    // Reads one integer pragma ("application_id", "user_version"); false on error.
    static bool readPragma(QSqlDatabase &database, const char *name, qint64 *value, QString *error);
};
