#include "CommandLineActivity.h"

#include "CommandLineSupport.h"

#include <QCoreApplication>

#include <utility>

namespace {

// The strings keep the context they were first translated in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResourcesCommandLine)
};

} // namespace

CommandLineActivity::CommandLineActivity(const QString &dataDir)
    : m_recorder(&m_store)
{
    m_store.open(dataDir, nullptr, {});
    QObject::connect(&m_recorder, &ActivityRecorder::recordFailed, &m_recorder,
                     [this](const QString &problem) {
                         if (!std::exchange(m_warned, true))
                             CommandLineSupport::writeErr(
                                 Tr::tr("the activity log cannot be written: %1").arg(problem));
                     });
}
