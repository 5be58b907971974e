// SyncPlanDialog's Apply: the revert's own question, one typed confirmation per production
// cluster the plan writes to, then the writes.

#include "SyncPlanDialog.h"

#include "ClusterProfile.h"
#include "SyncController.h"
#include "WriteConfirmation.h"

#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

void SyncPlanDialog::apply()
{
    if (m_applyGate && !m_applyGate(plan()))
        return;
    m_confirmed.clear();
    confirmNextOrApply();
}

void SyncPlanDialog::confirmNextOrApply()
{
    // One question per production cluster the plan writes to, in turn; Cancel on any writes
    // nothing.
    const QList<ClusterProfile> targets = m_controller->writeTargets();
    const auto next = std::find_if(targets.cbegin(), targets.cend(), [this](const auto &target) {
        return target.isProduction() && !m_confirmed.contains(target.id);
    });
    if (next == targets.cend())
        return startApply();
    const ClusterProfile target = *next;
    const int writes = int(
        std::count_if(plan().items.cbegin(), plan().items.cend(), [&target](const SyncItem &item) {
            return item.writes() && item.target == target.name;
        }));
    const DangerousWrite write{
        m_controller->isRevert() ? tr("Revert on a production cluster?")
                                 : tr("Copy onto a production cluster?"),
        tr("Apply %n write(s) to the production cluster “%1”?", nullptr, writes).arg(target.name),
        tr("Every production cluster the plan writes to is confirmed on its own."),
        tr("&Apply"),
        QStringLiteral("productionApplyConfirmation"),
        QStringLiteral("confirmApplyButton"),
    };
    confirmDangerousWrite(this, target, write, [this, id = target.id] {
        m_confirmed.append(id);
        confirmNextOrApply();
    });
}

void SyncPlanDialog::startApply()
{
    if (!m_controller->apply())
        return;
    m_applyButton->setEnabled(false);
    m_replanButton->setEnabled(false);
    m_mode->setEnabled(false);
    m_progress->setRange(0, m_controller->writesTotal());
    m_progress->setValue(0);
    m_progress->setFormat(tr("Applying: %v of %m writes"));
    m_summary->setText(tr("Applying…"));
    setBusy(true);
}
