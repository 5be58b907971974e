#include "SyncPlanDialog.h"

#include "HeaderSizing.h"
#include "Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

SyncPlanDialog::SyncPlanDialog(SyncController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_intro(new QLabel(this))
    , m_modeLabel(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_secretsTitle(new QLabel(this))
    , m_secretsBox(new QWidget(this))
    , m_secretsForm(new QFormLayout(m_secretsBox))
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(this))
    , m_replanButton(new QPushButton(this))
    , m_applyButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(u"SyncPlanDialog"_s);
    m_controller->setParent(this);
    m_mode->setObjectName(u"modeCombo"_s);
    m_tree->setObjectName(u"planTree"_s);
    m_replanButton->setObjectName(u"replanButton"_s);
    m_applyButton->setObjectName(u"applyButton"_s);
    m_closeButton->setObjectName(u"closeButton"_s);
    m_summary->setObjectName(u"planSummary"_s);
    m_progress->setObjectName(u"progress"_s);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_modeLabel->setBuddy(m_mode);
    m_intro->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_mode->addItem(QString(), int(SyncOptions::Mode::CreateOrUpdate));
    m_mode->addItem(QString(), int(SyncOptions::Mode::CreateOnly));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_secretsForm->setContentsMargins(0, 0, 0, 0);

    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_modeLabel);
    modeRow->addWidget(m_mode);
    modeRow->addStretch();
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_replanButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_applyButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(modeRow);
    layout->addWidget(m_secretsTitle);
    layout->addWidget(m_secretsBox);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &SyncPlanDialog::replan);
    connect(m_replanButton, &QPushButton::clicked, this, &SyncPlanDialog::readTargets);
    connect(m_applyButton, &QPushButton::clicked, this, &SyncPlanDialog::apply);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_cancelButton, &QPushButton::clicked, this, &SyncPlanDialog::cancel);
    connect(m_controller, &SyncController::readProgress, m_progress, &QProgressBar::setValue);
    connect(m_controller, &SyncController::targetsRead, this, &SyncPlanDialog::onTargetsRead);
    connect(m_controller, &SyncController::itemFinished, this, [this](int index) {
        showResult(index);
        m_progress->setValue(m_controller->writesDone());
    });
    connect(m_controller, &SyncController::applyFinished, this, &SyncPlanDialog::showApplied);
    // Kept in the layout while idle: the buttons do not jump when work starts.
    QSizePolicy keep = m_progress->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keep);
    setBusy(false);
    m_applyButton->setEnabled(false);
    m_applyButton->setAutoDefault(false);
    resize(820, 520);
    retranslateUi();
}

void SyncPlanDialog::updateIntro()
{
    const std::optional<ChangeLogEntry> change = m_controller->revertedChange();
    if (!change) {
        setWindowTitle(tr("Copy resource definitions"));
        m_intro->setText(
            m_controller->source().isEmpty()
                ? tr("Nothing selected to copy.")
                : tr("Copy %n definition(s) from %1. This is a dry run: nothing is written until "
                     "you press Apply.",
                     nullptr, int(m_controller->source().size()))
                      .arg(m_controller->sourceLabel()));
        return;
    }
    setWindowTitle(tr("Revert change %1").arg(change->revision));
    // "Updated jdbc/orders-db by admin": what the History row said.
    m_intro->setText(tr("Undo change %1 (%2 %3/%4 by %5) on %6. A resource changed since is a "
                        "conflict and is never overwritten. This is a dry run: nothing is "
                        "written until you press Apply.")
                         .arg(change->revision)
                         .arg(ChangeLogText::operation(change->operation), change->resourceType,
                              change->name, change->user,
                              plan().targets.value(0, tr("its cluster"))));
}

void SyncPlanDialog::retranslateUi()
{
    updateIntro();
    m_modeLabel->setText(tr("Existing resources:"));
    m_mode->setItemText(0, tr("Update them to match"));
    m_mode->setItemText(1, tr("Leave them alone (create only)"));
    m_secretsTitle->setText(
        tr("Secrets are never read from the source. Type each one once for every target, or "
           "leave it unset (a new resource gets none, an existing one keeps its own)."));
    m_secretsTitle->setWordWrap(true);
    m_tree->setHeaderLabels({tr("Resource"), tr("Plan"), tr("Details"), tr("Result")});
    HeaderSizing::fitHeaderTexts(m_tree->header());
    m_replanButton->setText(tr("Plan again"));
    m_applyButton->setText(tr("Apply"));
    m_closeButton->setText(tr("Close"));
    m_cancelButton->setText(tr("Cancel"));
    for (auto it = m_unsetBoxes.begin(); it != m_unsetBoxes.end(); ++it)
        it.value()->setText(tr("Leave unset"));
    if (!plan().targets.isEmpty())
        showPlan();
}

void SyncPlanDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SyncPlanDialog::setSource(const QString &label, const QList<ResourceDefinition> &definitions)
{
    m_controller->setSource(label, definitions);
    rebuildSecrets();
    retranslateUi();
}

void SyncPlanDialog::setRevert(const ChangeLogEntry &change, const QString &profileId)
{
    m_controller->setRevert(change, profileId); // reads the cluster
    rebuildSecrets();
    // Creating or updating is decided by the change, not by a mode.
    m_modeLabel->hide();
    m_mode->hide();
    retranslateUi();
    showReading();
}

void SyncPlanDialog::rebuildSecrets()
{
    while (m_secretsForm->rowCount() > 0)
        m_secretsForm->removeRow(0);
    m_secretEdits.clear();
    m_unsetBoxes.clear();
    const QStringList keys = SyncPlan::secretsOfInterest(m_controller->source());
    for (const QString &key : keys) {
        auto *row = new QWidget(m_secretsBox);
        auto *edit = new QLineEdit(row);
        edit->setEchoMode(QLineEdit::Password);
        edit->setObjectName(u"secret:"_s + key);
        auto *unset = new QCheckBox(tr("Leave unset"), row);
        unset->setObjectName(u"unset:"_s + key);
        unset->setChecked(true);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(edit, 1);
        layout->addWidget(unset);
        // Typing a value means "set it"; ticking "leave unset" forgets what was typed.
        connect(edit, &QLineEdit::textEdited, this, [this, unset](const QString &text) {
            unset->setChecked(text.isEmpty());
            replan();
        });
        connect(unset, &QCheckBox::toggled, this, [this, edit](bool checked) {
            if (checked)
                edit->clear();
            replan();
        });
        // "jdbc/orders-db#password" reads better as "jdbc/orders-db: password".
        m_secretsForm->addRow(QString(key).replace(u'#', u": "_s), row);
        m_secretEdits.insert(key, edit);
        m_unsetBoxes.insert(key, unset);
    }
    m_secretsTitle->setVisible(!keys.isEmpty());
    m_secretsBox->setVisible(!keys.isEmpty());
}

QLineEdit *SyncPlanDialog::secretEdit(const QString &key) const
{
    return m_secretEdits.value(key);
}

QCheckBox *SyncPlanDialog::leaveUnsetBox(const QString &key) const
{
    return m_unsetBoxes.value(key);
}

void SyncPlanDialog::setTargets(const QStringList &profileIds)
{
    m_controller->setTargets(profileIds); // reads them
    showReading();
}

void SyncPlanDialog::readTargets()
{
    m_controller->readTargets();
    showReading();
}

void SyncPlanDialog::showReading()
{
    if (!m_controller->isReading())
        return;
    const int targets = m_controller->readingTotal();
    m_applyButton->setEnabled(false);
    m_progress->setRange(0, targets);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Reading target clusters: %v of %m"));
    m_summary->setText(tr("Reading %n target cluster(s)…", nullptr, targets));
    setBusy(true);
}

void SyncPlanDialog::onTargetsRead()
{
    setBusy(false);
    replan();
}

void SyncPlanDialog::cancel()
{
    if (m_controller->cancel()) { // a reading: nothing more is asked, nothing planned
        m_tree->clear();
        m_itemRows.clear();
        setBusy(false);
        m_summary->setText(tr("Reading cancelled: nothing was planned or written. Plan again to "
                              "start over."));
        return;
    }
    // An apply: applyFinished() follows once the writes already sent have answered.
}

void SyncPlanDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_cancelButton->setEnabled(busy);
    m_closeButton->setEnabled(!busy);
    if (busy)
        m_cancelButton->setDefault(true);
}

void SyncPlanDialog::setReadings(const QList<ClusterReading> &readings, const QByteArray &nonce)
{
    m_controller->setReadings(readings, nonce);
    replan();
}

SyncOptions SyncPlanDialog::options() const
{
    SyncOptions options;
    options.mode = SyncOptions::Mode(m_mode->currentData().toInt());
    for (auto it = m_secretEdits.begin(); it != m_secretEdits.end(); ++it) {
        if (!m_unsetBoxes.value(it.key())->isChecked() && !it.value()->text().isEmpty())
            options.secrets.insert(it.key(), it.value()->text());
    }
    return options;
}

void SyncPlanDialog::replan()
{
    if (!m_controller->replan(options()))
        return;
    showPlan();
    emit planReady();
}

void SyncPlanDialog::showPlan()
{
    m_tree->clear();
    m_itemRows.clear();
    const QPalette palette = m_tree->palette();
    const SyncPlan &current = plan();
    for (qsizetype t = 0; t < current.targets.size(); ++t) {
        auto *group = new QTreeWidgetItem(m_tree);
        int creates = 0;
        int updates = 0;
        int blocked = 0;
        int deletes = 0;
        for (const SyncItem &item : std::as_const(current.items)) {
            if (item.targetIndex != t)
                continue;
            auto *row = new QTreeWidgetItem(group);
            row->setText(ResourceColumn, item.type + u'/' + item.name);
            QString action;
            QString detail;
            switch (item.action) {
            case SyncItem::Action::Create:
                action = tr("create");
                ++creates;
                break;
            case SyncItem::Action::Update:
                action = tr("update");
                detail = item.fields.join(u", "_s);
                ++updates;
                break;
            case SyncItem::Action::Delete:
                action = tr("delete");
                ++deletes;
                break;
            case SyncItem::Action::Unchanged:
                action = tr("unchanged");
                row->setForeground(ActionColumn, Theme::color(Theme::Role::Muted, palette));
                break;
            case SyncItem::Action::Blocked:
                action = tr("cannot apply");
                detail = item.reason;
                row->setForeground(ActionColumn, Theme::color(Theme::Role::Critical, palette));
                ++blocked;
                break;
            }
            if (!item.notes.isEmpty())
                detail = detail.isEmpty() ? item.notes.join(u"; "_s)
                                          : detail + u"; "_s + item.notes.join(u"; "_s);
            row->setText(ActionColumn, action);
            row->setText(DetailColumn, detail);
            row->setToolTip(DetailColumn, detail);
            m_itemRows.append(row);
        }
        group->setText(ResourceColumn, current.targets.at(t));
        QString counts = tr("%1 to create, %2 to update, %3 cannot be applied")
                             .arg(creates)
                             .arg(updates)
                             .arg(blocked);
        if (deletes > 0)
            counts += u", "_s + tr("%n to delete", nullptr, deletes);
        group->setText(DetailColumn, counts);
        QFont bold = group->font(ResourceColumn);
        bold.setBold(true);
        group->setFont(ResourceColumn, bold);
        group->setExpanded(true);
    }
    m_tree->resizeColumnToContents(ResourceColumn);
    m_tree->resizeColumnToContents(ActionColumn);
    m_tree->setColumnWidth(DetailColumn, std::max(m_tree->columnWidth(DetailColumn), 300));
    m_summary->setText(
        current.hasWrites()
            ? tr("%1 to create, %2 to update, %3 unchanged, %4 cannot be applied.")
                  .arg(current.count(SyncItem::Action::Create))
                  .arg(current.count(SyncItem::Action::Update))
                  .arg(current.count(SyncItem::Action::Unchanged))
                  .arg(current.count(SyncItem::Action::Blocked))
            : tr("Nothing to write: every target already matches (or cannot be written)."));
    if (const int deletes = current.count(SyncItem::Action::Delete); deletes > 0)
        m_summary->setText(m_summary->text() + u' ' + tr("%n to delete.", nullptr, deletes));
    if (m_controller->isRevert())
        updateIntro(); // names the cluster once it is read
    m_applyButton->setEnabled(current.hasWrites());
}

void SyncPlanDialog::showApplied()
{
    for (int i = 0; i < int(plan().items.size()); ++i)
        showResult(i);
    const int applied = m_controller->count(SyncItemResult::Outcome::Applied);
    const int conflicts = m_controller->count(SyncItemResult::Outcome::Conflict);
    const int failed = m_controller->count(SyncItemResult::Outcome::Failed);
    const int cancelled = m_controller->count(SyncItemResult::Outcome::Cancelled);
    m_summary->setText(
        cancelled > 0
            ? tr("Cancelled: applied %1, conflicts %2, failed %3, not sent %4 (each item says "
                 "which). Plan again to see what is left.")
                  .arg(applied)
                  .arg(conflicts)
                  .arg(failed)
                  .arg(cancelled)
            : tr("Applied %1, conflicts %2, failed %3. Plan again to see what is left.")
                  .arg(applied)
                  .arg(conflicts)
                  .arg(failed));
    const int unknown = m_controller->count(SyncItemResult::Outcome::Unknown);
    if (unknown > 0)
        m_summary->setText(m_summary->text() + u' ' +
                           tr("The outcome of %n write(s) is unknown: the change log shows "
                              "their request ids if they were applied.",
                              nullptr, unknown));
    setBusy(false);
    m_replanButton->setEnabled(true);
    m_mode->setEnabled(true);
    emit applyFinished();
}

void SyncPlanDialog::showResult(int index)
{
    if (index < 0 || index >= m_itemRows.size())
        return;
    const SyncItemResult result = m_controller->result(index);
    QTreeWidgetItem *row = m_itemRows.at(index);
    QString text;
    Theme::Role role = Theme::Role::Muted;
    switch (result.outcome) {
    case SyncItemResult::Outcome::Pending:
        return;
    case SyncItemResult::Outcome::Applied:
        text = tr("applied");
        role = Theme::Role::Ok;
        break;
    case SyncItemResult::Outcome::Unchanged:
        text = tr("nothing to do");
        break;
    case SyncItemResult::Outcome::Blocked:
        text = tr("not applied");
        role = Theme::Role::Warning;
        break;
    case SyncItemResult::Outcome::Conflict:
        text = tr("conflict: %1").arg(result.detail);
        role = Theme::Role::Warning;
        break;
    case SyncItemResult::Outcome::Cancelled:
        text = tr("not sent (cancelled)");
        role = Theme::Role::Warning;
        break;
    case SyncItemResult::Outcome::Unknown:
        text = result.detail; // "the outcome is unknown …": maybe applied, never "failed"
        role = Theme::Role::Warning;
        break;
    case SyncItemResult::Outcome::Failed:
        text = tr("failed: %1").arg(result.detail);
        role = Theme::Role::Critical;
        break;
    }
    row->setText(ResultColumn, text);
    row->setToolTip(ResultColumn, text);
    row->setForeground(ResultColumn, Theme::color(role, m_tree->palette()));
}
