#include "ResourceTypePanel.h"

#include "HeaderSizing.h"

#include "ConflictDialog.h"
#include "Icons.h"
#include "ResourceDrafts.h"
#include "ResourceEditorController.h"
#include "ResourceForm.h"
#include "ResourceListSync.h"
#include "ResourceTableModel.h"
#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ResourceTypePanel::ResourceTypePanel(const QString &type, QWidget *parent)
    : QWidget(parent)
    , m_type(type)
    , m_model(new ResourceTableModel(type, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_controller(new ResourceEditorController(QString(), type, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_filter(new QLineEdit(this))
    , m_loadErrorBar(new QWidget(this))
    , m_loadError(new QLabel(m_loadErrorBar))
    , m_loadRetry(new QPushButton(m_loadErrorBar))
    , m_draftOfferBar(new QWidget(this))
    , m_draftOffer(new QLabel(m_draftOfferBar))
    , m_openDraft(new QPushButton(m_draftOfferBar))
    , m_view(new QTableView(this))
    , m_new(new QPushButton(this))
    , m_duplicate(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_title(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_form(new ResourceForm(type, this))
    , m_apply(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_retry(new QPushButton(this))
    , m_resolve(new QPushButton(this))
    , m_openExisting(new QPushButton(this))
    , m_chooseName(new QPushButton(this))
{
    setObjectName(u"resourceTypePanel_"_s + type);
    m_filter->setObjectName(u"filter"_s);
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ResourceTableModel::RawValueRole);
    m_proxy->setFilterRole(ResourceTableModel::NameRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(u"resourceTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    for (auto [button, name, icon] :
         {std::tuple{m_new, "newButton", "add"}, std::tuple{m_duplicate, "duplicateButton", "edit"},
          std::tuple{m_delete, "deleteButton", "remove"}}) {
        button->setObjectName(QString::fromLatin1(name));
        button->setIcon(Icons::icon(QString::fromLatin1(icon)));
    }
    m_apply->setObjectName(u"applyButton"_s);
    m_revert->setObjectName(u"revertButton"_s);
    m_retry->setObjectName(u"retryButton"_s);
    m_resolve->setObjectName(u"resolveButton"_s);
    m_openExisting->setObjectName(u"openExistingButton"_s);
    m_chooseName->setObjectName(u"chooseNameButton"_s);
    m_loadErrorBar->setObjectName(u"loadErrorBar"_s);
    m_loadError->setObjectName(u"loadError"_s);
    m_loadError->setWordWrap(true);
    m_loadError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_loadRetry->setObjectName(u"loadRetryButton"_s);
    auto *errorLayout = new QHBoxLayout(m_loadErrorBar);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->addWidget(m_loadError, 1);
    errorLayout->addWidget(m_loadRetry, 0, Qt::AlignTop);
    m_loadErrorBar->hide();
    m_draftOfferBar->setObjectName(u"draftOfferBar"_s);
    m_draftOffer->setObjectName(u"draftOffer"_s);
    m_draftOffer->setWordWrap(true);
    m_openDraft->setObjectName(u"openDraftButton"_s);
    auto *offerLayout = new QHBoxLayout(m_draftOfferBar);
    offerLayout->setContentsMargins(0, 0, 0, 0);
    offerLayout->addWidget(m_draftOffer, 1);
    offerLayout->addWidget(m_openDraft, 0, Qt::AlignTop);
    m_draftOfferBar->hide();
    m_title->setObjectName(u"editorTitle"_s);
    m_banner->setObjectName(u"banner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_new);
    tools->addWidget(m_duplicate);
    tools->addWidget(m_delete);
    tools->addStretch();
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_loadErrorBar);
    leftLayout->addWidget(m_draftOfferBar);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(tools);

    auto *right = new QWidget(m_splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_banner);
    auto *scroll = new QScrollArea(right);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    rightLayout->addWidget(scroll, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_resolve);
    buttons->addWidget(m_openExisting);
    buttons->addWidget(m_chooseName);
    buttons->addWidget(m_retry);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    rightLayout->addLayout(buttons);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    // The table needs room for its key columns; the form is usable at about 560 pixels.
    m_splitter->setSizes({440, 560});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    m_form->setController(m_controller);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResourceTypePanel::onCurrentRowChanged);
    connect(m_new, &QPushButton::clicked, this, &ResourceTypePanel::createNew);
    connect(m_duplicate, &QPushButton::clicked, this, &ResourceTypePanel::duplicateCurrent);
    connect(m_delete, &QPushButton::clicked, this, &ResourceTypePanel::deleteCurrent);
    connect(m_apply, &QPushButton::clicked, this, &ResourceTypePanel::apply);
    connect(m_revert, &QPushButton::clicked, this, &ResourceTypePanel::revert);
    connect(m_retry, &QPushButton::clicked, m_controller, &ResourceEditorController::retry);
    connect(m_resolve, &QPushButton::clicked, this, &ResourceTypePanel::showConflictDialog);
    connect(m_loadRetry, &QPushButton::clicked, this, &ResourceTypePanel::reload);
    connect(m_openDraft, &QPushButton::clicked, this, &ResourceTypePanel::createNew);
    connect(m_openExisting, &QPushButton::clicked, this, [this] {
        // An explicit choice: the existing resource opens; the new one's draft is asked about.
        selectResource(m_controller->takenName());
    });
    connect(m_chooseName, &QPushButton::clicked, this, [this] {
        if (auto *name = qobject_cast<QLineEdit *>(m_form->firstEditor())) {
            name->setFocus(Qt::OtherFocusReason);
            name->selectAll();
        }
    });
    connect(m_controller, &ResourceEditorController::nameTaken, this,
            [this](const QString &, const std::optional<ResourceDefinition> &existing) {
                if (existing)
                    m_model->upsert(*existing); // the cluster has it: the list shows it
            });
    connect(m_controller, &ResourceEditorController::changed, this,
            &ResourceTypePanel::refreshActions);
    connect(m_controller, &ResourceEditorController::dirtyChanged, this,
            [this](const QString &name, bool dirty) {
                if (name.isEmpty())
                    return;
                m_model->setDirty(name, dirty);
                if (!dirty)
                    m_model->setChangedOnCluster(name, false);
            });
    connect(m_controller, &ResourceEditorController::applied, this,
            [this](const ResourceDefinition &resource) {
                m_model->upsert(resource);
                m_model->setDirty(resource.name, false);
                selectRowSilently(resource.name);
            });
    connect(m_controller, &ResourceEditorController::conflictDetected, this,
            &ResourceTypePanel::showConflictDialog);
    connect(m_controller, &ResourceEditorController::removeFinished, this,
            &ResourceTypePanel::onRemoved);
    retranslateUi();
    refreshActions();
}

ResourceTypePanel::~ResourceTypePanel()
{
    // The debounced draft must reach the store before the controller goes away.
    m_controller->flushDraft();
}

void ResourceTypePanel::setRepository(ResourceRepository *repository)
{
    // Handed on: every write goes through the controller.
    m_controller->setRepository(repository);
    refreshActions();
}

void ResourceTypePanel::setDrafts(ResourceDrafts *drafts)
{
    m_drafts = drafts;
    if (drafts)
        drafts->attach(m_controller);
    else
        m_controller->setStore(nullptr);
}

void ResourceTypePanel::setClusterId(const QString &clusterId)
{
    if (clusterId == m_clusterId)
        return;
    m_clusterId = clusterId;
    m_controller->setClusterId(clusterId);
    m_model->clear();
    m_model->setDirtyNames({});
    refreshActions();
}

void ResourceTypePanel::setReadOnlyReason(const QString &reason)
{
    m_readOnlyReason = reason;
    m_controller->setReadOnly(reason);
    refreshActions();
}

void ResourceTypePanel::onCurrentRowChanged(const QModelIndex &current, const QModelIndex &)
{
    if (m_changingSelection)
        return;
    const QString name = current.data(ResourceTableModel::NameRole).toString();
    if (m_controller->isOpen() && !m_controller->isNew() && name == m_controller->name())
        return;
    // Stay where the edit is until the question (if any) is answered.
    if (m_controller->isDirty())
        selectRowSilently(m_controller->isNew() ? QString() : m_controller->name());
    // A new resource's draft can be kept when an existing one opens (it is offered again);
    // an existing resource's draft always can.
    leaveThen(!m_controller->isNew() || !name.isEmpty(), [this, name] {
        selectRowSilently(name);
        if (const std::optional<ResourceDefinition> resource = m_model->resource(name))
            m_controller->open(*resource);
        else
            m_controller->close();
    });
}

void ResourceTypePanel::selectRowSilently(const QString &name)
{
    m_changingSelection = true;
    const int row = m_model->rowOf(name);
    if (row < 0) {
        m_view->selectionModel()->clear();
    } else {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    }
    m_changingSelection = false;
}

bool ResourceTypePanel::selectResource(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    return m_controller->isOpen() && m_controller->name() == name;
}

void ResourceTypePanel::createNew()
{
    if (!m_readOnlyReason.isEmpty())
        return;
    leaveThen(!m_controller->isNew(), [this] {
        selectRowSilently(QString());
        m_draftOfferBar->hide(); // startNew() restores that draft
        m_controller->startNew();
        if (QWidget *first = m_form->firstEditor())
            first->setFocus(Qt::ShortcutFocusReason);
    });
}

void ResourceTypePanel::duplicateCurrent()
{
    const std::optional<ResourceDefinition> source =
        m_model->resource(m_view->currentIndex().data(ResourceTableModel::NameRole).toString());
    if (!source || !m_readOnlyReason.isEmpty())
        return;
    leaveThen(!m_controller->isNew(), [this, source] {
        selectRowSilently(QString());
        m_controller->startNew(source);
        if (QWidget *first = m_form->firstEditor())
            first->setFocus(Qt::ShortcutFocusReason);
    });
}

void ResourceTypePanel::deleteCurrent()
{
    const std::optional<ResourceDefinition> resource =
        m_model->resource(m_view->currentIndex().data(ResourceTableModel::NameRole).toString());
    if (!resource || !m_controller->canWrite() || !m_readOnlyReason.isEmpty())
        return;
    confirmDelete(*resource);
}

bool ResourceTypePanel::canApply() const
{
    return m_controller->canApply();
}

void ResourceTypePanel::apply()
{
    m_controller->apply();
}

void ResourceTypePanel::revert()
{
    m_controller->revert();
}

bool ResourceTypePanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
    return true;
}

void ResourceTypePanel::showConflictDialog()
{
    if (m_controller->state() != ResourceEditorController::State::Conflict)
        return;
    if (!m_conflictDialog) {
        m_conflictDialog = new ConflictDialog(this);
        m_conflictDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_conflictDialog, &ConflictDialog::rebaseRequested, m_controller,
                &ResourceEditorController::rebase);
        connect(m_conflictDialog, &ConflictDialog::reloadRequested, this, [this] {
            confirmDiscardThen(tr("Discard your changes?"),
                               tr("Reload the current version of %1 and discard your changes?")
                                   .arg(m_controller->name()),
                               [this] {
                                   if (m_controller->state() ==
                                       ResourceEditorController::State::Conflict)
                                       m_controller->reload();
                               });
        });
    }
    m_conflictDialog->setRows(m_controller->name(), m_controller->mergeView(),
                              m_controller->theirsDeleted());
    m_conflictDialog->open(); // window-modal without a nested event loop
}

void ResourceTypePanel::refreshActions()
{
    using State = ResourceEditorController::State;
    const State state = m_controller->state();
    const bool writable =
        m_readOnlyReason.isEmpty() && !m_controller->isReadOnly() && m_controller->canWrite();
    const bool hasRow = m_view->currentIndex().isValid();
    m_new->setEnabled(writable);
    m_duplicate->setEnabled(writable && hasRow);
    m_delete->setEnabled(writable && hasRow);
    m_apply->setEnabled(m_controller->canApply());
    m_revert->setEnabled(m_controller->isDirty() &&
                         (state == State::Editing || state == State::Unavailable));
    m_retry->setVisible(state == State::Unavailable);
    m_retry->setEnabled(m_controller->canApply());
    m_resolve->setVisible(state == State::Conflict);
    const bool nameTaken = !m_controller->takenName().isEmpty() && m_controller->isNew();
    m_openExisting->setVisible(nameTaken);
    m_chooseName->setVisible(nameTaken);

    QString title;
    if (!m_controller->isOpen())
        title = tr("No resource selected");
    else if (m_controller->isNew() && m_controller->name().isEmpty())
        title = tr("New resource");
    else
        title = m_controller->name();
    if (m_controller->isDirty())
        title += u" \u2022"_s;
    m_title->setText(title);

    Theme::Role role = Theme::Role::Muted;
    QString banner;
    if (m_controller->isReadOnly()) {
        banner = m_controller->readOnlyReason();
        role = Theme::Role::Warning;
    } else if (!m_controller->message().isEmpty()) {
        banner = m_controller->message();
        const bool failed = state == State::Conflict || state == State::Unavailable ||
                            !m_controller->takenName().isEmpty();
        role = failed ? Theme::Role::Critical : Theme::Role::Ok;
    } else if (state == State::Saving) {
        banner = tr("Saving…");
    }
    if (m_controller->isOpen() || !banner.isEmpty() || m_banner->text().isEmpty()) {
        m_banner->setText(banner);
        QPalette palette = m_banner->palette();
        palette.setColor(QPalette::WindowText, Theme::color(role, this->palette()));
        m_banner->setPalette(palette);
    }
    m_banner->setVisible(!m_banner->text().isEmpty());
    notifyActionsChanged();
}

ConflictDialog *ResourceTypePanel::conflictDialog() const
{
    return m_conflictDialog;
}

QString ResourceTypePanel::bannerText() const
{
    return m_banner->text();
}

QString ResourceTypePanel::titleText() const
{
    return m_title->text();
}

void ResourceTypePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        HeaderSizing::fitHeaderTexts(m_view->horizontalHeader());
    } else if (event->type() == QEvent::PaletteChange) {
        refreshActions();
    }
    QWidget::changeEvent(event);
}

void ResourceTypePanel::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_new->setText(tr("&New"));
    m_duplicate->setText(tr("D&uplicate"));
    m_delete->setText(tr("&Delete"));
    m_apply->setText(tr("&Apply"));
    m_apply->setToolTip(tr("Save to the cluster (Ctrl+S)"));
    m_revert->setText(tr("&Revert"));
    m_revert->setToolTip(tr("Discard your changes (Esc)"));
    m_retry->setText(tr("Re&try"));
    m_resolve->setText(tr("Resolve &conflict…"));
    m_openExisting->setText(tr("&Open the existing one"));
    m_chooseName->setText(tr("C&hoose another name"));
    m_loadRetry->setText(tr("Retry"));
    m_openDraft->setText(tr("Open the &draft"));
    refreshActions();
}
