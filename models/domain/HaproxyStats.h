#pragma once
// HAProxy's view of the nodes, read from its `;csv` statistics by column name, and where that
// view disagrees with what the nodes themselves answered.

#include "Finding.h"
#include "NodeSnapshot.h"

#include <QByteArrayView>
#include <QStringList>

class HaproxyStats final
{
public:
    struct Server
    {
        QString proxy; // backend name (pxname)
        QString name;  // svname: the node id by convention of scripts/cluster
        LbState state = LbState::Unknown;
        QString status;      // HAProxy's words: "UP", "UP 1/3", "DOWN", "MAINT", "no check"
        QString checkStatus; // "L7OK", "L4CON", "L7STS"...
        QString checkDescription;
        qint64 lastChangeSeconds = -1;
        std::optional<int> weight;
        // "host:port" ("[v6]:port"); only where the page has `stats show-legends`, else empty.
        QString address;
        bool operator==(const Server &) const = default;
    };

    // Parses the CSV. Nullopt (with *error) when the text is not HAProxy statistics at all (no
    // "# pxname,svname" header, or no pxname/svname/status column); a malformed data line is
    // skipped and described in lineErrors(). FRONTEND and BACKEND summary rows are ignored.
    static std::optional<HaproxyStats> parse(QByteArrayView csv, QString *error);
    static LbState stateFromStatus(QStringView status);

    QList<Server> servers() const { return m_servers; }
    QStringList lineErrors() const { return m_lineErrors; }
    // The first server called nodeId, in the given backend when one is named.
    std::optional<Server> server(const QString &nodeId, const QString &backend = {}) const;
    int serversUp() const;

    // Every node with HAProxy's view of it (Unknown when HAProxy does not list it).
    QList<NodeSnapshot> apply(const QList<NodeSnapshot> &nodes, const QString &backend = {}) const;
    // A node that answers while HAProxy marks it DOWN; HAProxy UP while the node does not answer.
    static QList<Finding> disagreements(const QList<NodeSnapshot> &nodes);
    // A node that missed this poll while HAProxy's check calls it DOWN for not connecting or
    // not answering in time (L4CON, L4TOUT, L6*, L7TOUT), or one never heard from in this run:
    // down, not a blip. One that answered HAProxy with a bad status (L7STS) and missed one
    // poll is still too early to call.
    static bool silentAndDown(const NodeSnapshot &node);

private:
    QList<Server> m_servers;
    QStringList m_lineErrors;
};
