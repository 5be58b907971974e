#include "StatusCommand.h"

#include "ClusterMonitor.h"
#include "SecretStore.h"
#include "StatusFormatter.h"

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>

StatusCommand::StatusCommand(StatusOptions options, QObject *parent)
    : TimedCommand(parent)
    , m_options(std::move(options))
{}

StatusCommand::~StatusCommand()
{
    // The monitor is a child, but stop it first so that no request outlives the command.
    if (m_monitor)
        m_monitor->stop();
}

std::chrono::milliseconds StatusCommand::requestTimeoutFor(std::chrono::milliseconds total)
{
    // ClusterMonitor cuts a poll off after 2 × request timeout + 1 s; keep half a second spare
    // so the poll's own answer (with whatever it learned) arrives before our deadline.
    const auto perRequest = (total - std::chrono::milliseconds(1500)) / 2;
    return std::max(perRequest, std::chrono::milliseconds(100));
}

void StatusCommand::start()
{
    if (!begin(m_options.timeout))
        return;

    const bool haveSecret = m_options.password.has_value() || m_options.token.has_value();
    if (haveSecret || !m_options.secrets) {
        // Queued so that finished() never comes from inside start().
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!isFinished())
                    poll(m_options.user, m_options.password, m_options.token);
            },
            Qt::QueuedConnection);
        return;
    }
    m_options.secrets->readSecret(m_options.profile.id, this, [this](const SecretResult &result) {
        if (isFinished())
            return;
        if (!result.ok() || result.secret.isEmpty()) {
            // The store's reason says what to do (which option, which chmod).
            m_errors += result.errorString.isEmpty()
                            ? tr("no password stored for %1; use --password-file\n")
                                  .arg(m_options.profile.name)
                            : result.errorString + QLatin1Char('\n');
            finish(StatusFormatter::UsageError);
            return;
        }
        if (m_options.profile.authKind == ClusterProfile::AuthKind::Token)
            poll(QString(), std::nullopt, result.secret);
        else
            poll(m_options.user, result.secret, std::nullopt);
    });
}

void StatusCommand::poll(const QString &user, const std::optional<QString> &password,
                         const std::optional<QString> &token)
{
    m_monitor = new ClusterMonitor(m_options.profile, nullptr, this);
    m_monitor->setRequestTimeout(requestTimeoutFor(m_options.timeout));
    // One slow node must not use up the command's time: past this it is reported slow.
    m_monitor->setNodeTimeout(
        std::min(ClusterMonitor::DefaultNodeTimeout, requestTimeoutFor(m_options.timeout) / 2));
    if (token)
        m_monitor->setToken(*token);
    else if (password)
        m_monitor->setPasswordCredentials(user, *password);
    connect(m_monitor, &ClusterMonitor::snapshotReady, this, &StatusCommand::onSnapshot);
    m_monitor->start();
}

void StatusCommand::onSnapshot(const ClusterSnapshot &snapshot)
{
    if (isFinished())
        return;
    // One poll only: the monitor would otherwise schedule the next one.
    m_monitor->stop();
    present(snapshot);
}

void StatusCommand::onDeadline()
{
    if (m_monitor)
        m_monitor->stop();
    // Scripts reading --json still get a document saying what happened.
    present(ClusterSnapshot()
                .withProfileId(m_options.profile.id)
                .withTakenAtMs(QDateTime::currentMSecsSinceEpoch())
                .withReachable(
                    false,
                    tr("no answer within %1 s").arg(double(m_options.timeout.count()) / 1000.0)));
}

void StatusCommand::present(const ClusterSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_output =
        m_options.json
            ? QString::fromUtf8(
                  QJsonDocument(StatusFormatter::json(snapshot)).toJson(QJsonDocument::Indented))
            : StatusFormatter::table(snapshot);
    const int code = StatusFormatter::exitCode(snapshot);
    const QString url = m_options.profile.loadBalancerUrl.toDisplayString();
    if (code == StatusFormatter::Unreachable &&
        snapshot.errorCode() == QLatin1String("sign-in-failed")) {
        // The cluster answered: nothing is wrong with the address or the network.
        m_errors += tr("the cluster at %1 refused the sign-in: %2\n").arg(url, snapshot.error());
    } else if (code == StatusFormatter::Unreachable) {
        m_errors += tr("cannot reach the cluster at %1: %2\n").arg(url, snapshot.error());
    }
    finish(code);
}

void StatusCommand::beforeFinished(std::function<void()> done)
{
    if (!m_monitor) {
        done();
        return;
    }
    // The sessions this run signed in with end before the process does (a Spectrum session
    // would otherwise live on for its idle time).
    m_monitor->stop();
    m_monitor->endSessions(ClusterMonitor::DefaultLogoutWait, this, std::move(done));
}
