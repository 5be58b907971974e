#pragma once
// ConfigDatabaseTest: the base of the ConfigDatabase test classes: a fresh temporary directory
// per test function, databases opened in it under unique connection names, and the requests,
// seed and checks the tests share.

#include "ConfigDatabase.h"

#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

// What every node is seeded with in these tests.
extern const QJsonObject kConfigSeed;

QJsonObject jdbcSpec(const QString &database);
// A create (If-None-Match: *) of jdbc resource `name` by admin.
node::WriteRequest create(const QString &name, const QString &description = QStringLiteral("d"),
                          const QJsonObject &spec = jdbcSpec(QStringLiteral("x")));
// An update of `name` with If-Match: `ifMatch`.
node::WriteRequest update(const QString &name, const QByteArray &ifMatch,
                          const QString &description = QStringLiteral("updated"));
// Runs `sql` on the file through a separate connection (what an operator's sqlite3 would do).
QVariant inspect(const QString &path, const QString &sql);
void compareResources(const QList<node::StoredResource> &actual,
                      const QList<node::StoredResource> &expected);

class ConfigDatabaseTest : public QObject
{
    Q_OBJECT

protected:
    std::unique_ptr<node::ConfigDatabase> openDatabase(const QString &subdirectory,
                                                       const QJsonObject &seed = kConfigSeed);

    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    // Run by QTest around every test function of the derived classes.
    void init();
    void cleanup();

private:
    int m_connections = 0;
};
