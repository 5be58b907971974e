#pragma once
// The saved clusters with each one's latest state (worst severity, reachable, last refresh) for
// the cluster list. Rows follow the saved profiles; each poll updates one row narrowly.

#include "ClusterProfile.h"
#include "ClusterSnapshot.h"

#include <QAbstractListModel>
#include <QUrl>

class ClusterListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterListModel)

public:
    enum ItemRole {
        ProfileIdRole = Qt::UserRole + 1,
        NameRole,
        UrlRole,
        WorstSeverityRole,     // int(Severity); Ok before the first snapshot
        ReachableRole,         // bool; false before the first snapshot
        LastRefreshMsRole,     // qint64 epoch ms; 0: never
        LastRefreshAgeRole,    // "12 seconds ago", relative to setCurrentTimeMs()
        StaleRole,             // bool: the state shown comes from the store, not a live poll
        HasSnapshotRole,       // bool
        NodesUpRole,           // "2/3"
        PasswordNeededRole,    // QString: why the cluster waits for a password; empty: it does not
        EnvironmentRole,       // QString: "PRODUCTION", "Staging", a custom name; empty: none
        EnvironmentColourRole, // QString "#rrggbb"; empty without an environment
        ProductionRole,        // bool
        ReadOnlyRole,          // bool: writes refused in Clusterdesk
        GroupRole,             // QString: "EMEA/Production"; empty: no group
    };
    Q_ENUM(ItemRole)

    struct Profile
    {
        QString id;
        QString name;
        QUrl url;
        // Defaulted, so rows written as {id, name, url} stay complete.
        QString environment = {}; // the label as shown (ClusterProfile::environmentLabel)
        QString environmentColour = {};
        bool production = false;
        bool readOnly = false;
        QString group = {};
        bool operator==(const Profile &) const = default;
    };

    explicit ClusterListModel(QObject *parent = nullptr);

    // A row's profile fields, taken from a saved profile.
    static Profile rowProfile(const ClusterProfile &profile);

    // Makes the rows follow the profiles (in order) with insert/remove/move rows and narrow
    // dataChanged: no reset, so selection and scroll position survive.
    void setProfiles(const QList<Profile> &profiles);
    void addProfile(const Profile &profile, int row = -1);
    bool removeProfile(const QString &profileId);
    bool moveProfile(const QString &profileId, int toRow);
    bool updateProfile(const Profile &profile);
    // Updates the row of snapshot.profileId() (false when there is none).
    bool updateSnapshot(const ClusterSnapshot &snapshot);
    // Marks the cluster as waiting for a password (`reason` says why; empty clears it).
    bool setPasswordNeeded(const QString &profileId, const QString &reason);
    // The clock the ages are measured against; rows whose age text changes are announced.
    void setCurrentTimeMs(qint64 nowMs);

    int rowOf(const QString &profileId) const;
    QList<Profile> profiles() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        Profile profile;
        bool hasSnapshot = false;
        Severity worstSeverity = Severity::Ok;
        bool reachable = false;
        bool stale = false;
        qint64 lastRefreshMs = 0;
        int nodesUp = 0;
        int nodesTotal = 0;
        QString error;
        QString passwordNeeded;
    };

    QVariant rowData(const Row &row, int role) const;
    QString ageText(const Row &row) const;
    // Replaces row `index` and emits dataChanged with only the roles whose values changed.
    void replaceRow(int index, const Row &after);

    QList<Row> m_rows;
    qint64 m_nowMs = 0;
};
