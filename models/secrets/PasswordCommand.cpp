#include "PasswordCommand.h"

#include "SecretFileReader.h"

#include <QCoreApplication>
#include <QProcess>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CredentialResolver)
};

QString firstLine(const QByteArray &data)
{
    const qsizetype end = data.indexOf('\n');
    QByteArray line = end < 0 ? data : data.left(end);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace

PasswordCommand::PasswordCommand(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PasswordCommand::onTimeout);
}

PasswordCommand::~PasswordCommand()
{
    // A helper must not outlive the look-up; after SIGKILL the wait is short.
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

void PasswordCommand::start(const QString &commandLine, const QString &clusterName)
{
    if (m_started)
        return;
    m_started = true;
    m_clusterName = clusterName;
    QStringList arguments = QProcess::splitCommand(commandLine);
    if (arguments.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                refuse(Tr::tr("the password command of %1 is empty; set one with clusterdesk "
                              "cluster edit %1 --password-command <command>")
                           .arg(m_clusterName));
            },
            Qt::QueuedConnection);
        return;
    }
    m_program = arguments.takeFirst();
    m_process = new QProcess(this);
    // The helper may ask nothing of the user: no terminal input, and its stderr is kept for the
    // message, not passed through.
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::finished, this, &PasswordCommand::onProcessFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            refuse(Tr::tr("cannot run the password command of %1 (%2): %3; check clusterdesk "
                          "cluster edit %1 --password-command <command>")
                       .arg(m_clusterName, m_program, m_process->errorString()));
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        // A password is a line: a helper that floods stdout is stopped, not buffered.
        if (m_process->bytesAvailable() > SecretFileReader::MaxBytes)
            refuse(Tr::tr("the password command of %1 (%2) printed more than %3 bytes; it must "
                          "print the password only")
                       .arg(m_clusterName, m_program)
                       .arg(SecretFileReader::MaxBytes));
    });
    m_timer.start(m_timeout);
    m_process->start(m_program, arguments);
}

void PasswordCommand::onProcessFinished()
{
    if (m_finished)
        return;
    m_timer.stop();
    if (m_process->exitStatus() != QProcess::NormalExit) {
        refuse(Tr::tr("the password command of %1 (%2) crashed").arg(m_clusterName, m_program));
        return;
    }
    if (m_process->exitCode() != 0) {
        // Its stderr says why (a locked store, an unknown entry); stdout might be a secret.
        const QString reason =
            firstLine(m_process->readAllStandardError().left(SecretFileReader::MaxBytes)).trimmed();
        refuse(reason.isEmpty() ? Tr::tr("the password command of %1 (%2) failed with exit "
                                         "code %3")
                                      .arg(m_clusterName, m_program)
                                      .arg(m_process->exitCode())
                                : Tr::tr("the password command of %1 (%2) failed with exit "
                                         "code %3: %4")
                                      .arg(m_clusterName, m_program)
                                      .arg(m_process->exitCode())
                                      .arg(reason));
        return;
    }
    CredentialResult result;
    result.origin = CredentialResult::Origin::PasswordCommand;
    result.secret = firstLine(m_process->readAllStandardOutput().left(SecretFileReader::MaxBytes));
    if (result.secret.isEmpty()) {
        refuse(Tr::tr("the password command of %1 (%2) printed no password; it must print the "
                      "password on its first line")
                   .arg(m_clusterName, m_program));
        return;
    }
    result.status = CredentialResult::Status::Ok;
    finish(result);
}

void PasswordCommand::onTimeout()
{
    if (m_finished)
        return;
    refuse(Tr::tr("the password command of %1 (%2) did not finish within %3 s and was stopped; "
                  "it must not wait for input")
               .arg(m_clusterName, m_program)
               .arg(double(m_timeout.count()) / 1000.0));
}

void PasswordCommand::refuse(const QString &text)
{
    CredentialResult result;
    result.status = CredentialResult::Status::Refused;
    result.origin = CredentialResult::Origin::PasswordCommand;
    result.errorString = text;
    finish(result);
}

void PasswordCommand::finish(const CredentialResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
    }
    emit finished(result);
}
