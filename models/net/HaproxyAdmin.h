#pragma once
// HaproxyAdmin: sets one server to drain, maintenance or ready through HAProxy's statistics
// page (the admin form that `stats admin` enables: POST s=<server>&action=<...>&b=<backend>,
// Basic auth with the stats user). The outcome comes from HAProxy itself: its ";st=" answer
// code and the server's status read back from the CSV statistics, never the POST's HTTP status.

#include "NodeAction.h"
#include "TlsPolicy.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>

class RequestDispatcher;
struct ApiResult;

struct NodeActionRequest
{
    QString clusterId;
    QString clusterName;
    QUrl statsUrl; // the statistics page, with or without ";csv"
    TlsPolicy tls;
    QString statsUser;
    QString statsPassword; // in memory only, never logged
    QString nodeId;        // HAProxy's server name (svname)
    NodeAction action = NodeAction::Drain;
    std::chrono::milliseconds timeout{5000}; // per request
    // Off: drain or maintenance of the only server HAProxy shows up is not sent
    // (LastServingNode). On only after the user confirmed that twice.
    bool allowLastServingNode = false;
};

class HaproxyAdmin final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HaproxyAdmin)

public:
    // `dispatcher` (not owned) must outlive this object.
    explicit HaproxyAdmin(RequestDispatcher *dispatcher, QObject *parent = nullptr);
    ~HaproxyAdmin() override;

    // One action at a time: false (and no signal) while one runs.
    bool run(const NodeActionRequest &request);
    bool isBusy() const { return m_busy; }

    // The page's CSV and form addresses for a statistics URL as a profile holds it.
    static QUrl csvUrl(const QUrl &statsUrl);
    static QUrl formUrl(const QUrl &statsUrl);
    // HAProxy's answer code from the URL it redirected the form to ("/stats;st=DONE").
    static QString answerCode(const QUrl &redirectedTo);

Q_SIGNALS:
    void finished(const NodeActionOutcome &outcome);

private:
    void readBefore();
    void post(const QString &backend);
    void readAfter(const QString &code);
    void finish(NodeActionOutcome::Result result, const QString &message);
    void failFromResult(const ApiResult &result);
    void judge(const QString &code, const ApiResult &csv);

    RequestDispatcher *m_dispatcher;
    QString m_tag;
    NodeActionRequest m_request;
    NodeActionOutcome m_outcome;
    quint64 m_inFlight = 0;
    bool m_busy = false;
};
