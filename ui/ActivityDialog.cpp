#include "ActivityDialog.h"

#include "ActivityExport.h"
#include "ActivityModel.h"
#include "ActivityQuery.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace {

constexpr qint64 HourMs = 60 * 60 * 1000;
// The period choices, in hours back from now; 0: everything kept.
constexpr qint64 PeriodHours[] = {1, 24, 7 * 24, 30 * 24, 0};
constexpr int DefaultPeriodIndex = 3;

QComboBox *combo(const char *name)
{
    auto *box = new QComboBox;
    box->setObjectName(QString::fromLatin1(name));
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

// Keeps the chosen value when the items are made again.
void refill(QComboBox *box, const QString &allText, const QList<std::pair<QString, QString>> &items)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(allText, QString());
    for (const auto &[text, value] : items)
        box->addItem(text, value);
    box->setCurrentIndex(qMax(0, box->findData(current)));
}

void saveWithDialog(QWidget *parent, bool json, std::function<void(const QString &)> done)
{
    auto *dialog = new QFileDialog(parent, ActivityDialog::tr("Export Activity"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(json ? ActivityDialog::tr("JSON (*.json)")
                               : ActivityDialog::tr("CSV (*.csv)"));
    dialog->setDefaultSuffix(json ? QStringLiteral("json") : QStringLiteral("csv"));
    dialog->selectFile(json ? QStringLiteral("activity.json") : QStringLiteral("activity.csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, done);
    dialog->open();
}

} // namespace

ActivityDialog::ActivityDialog(ActivityQuery *query, QWidget *parent)
    : QDialog(parent)
    , m_query(query)
    , m_model(new ActivityModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_reloadLater(new QTimer(this))
    , m_clusterLabel(new QLabel)
    , m_cluster(combo("activityClusterFilter"))
    , m_userLabel(new QLabel)
    , m_user(combo("activityUserFilter"))
    , m_actionLabel(new QLabel)
    , m_action(combo("activityActionFilter"))
    , m_outcomeLabel(new QLabel)
    , m_outcome(combo("activityOutcomeFilter"))
    , m_periodLabel(new QLabel)
    , m_period(combo("activityPeriodFilter"))
    , m_table(new QTableView)
    , m_detailLabel(new QLabel)
    , m_detail(new QPlainTextEdit)
    , m_status(new QLabel)
    , m_exportCsv(new QPushButton)
    , m_exportJson(new QPushButton)
    , m_close(new QPushButton)
    , m_saveChooser(saveWithDialog)
{
    setObjectName(QStringLiteral("activityDialog"));
    m_query->setParent(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ActivityModel::RawValueRole);
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(ActivityModel::Column::Time), Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setResizeContentsPrecision(20);
    // A long reason stays readable in the details and the tooltip, not in a screen-wide column.
    m_table->horizontalHeader()->setMaximumSectionSize(
        m_table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 48);
    m_detail->setObjectName(QStringLiteral("activityDetail"));
    m_detail->setReadOnly(true);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 10);
    m_status->setObjectName(QStringLiteral("activityStatus"));
    m_exportCsv->setObjectName(QStringLiteral("activityExportCsv"));
    m_exportJson->setObjectName(QStringLiteral("activityExportJson"));
    m_close->setObjectName(QStringLiteral("activityClose"));
    m_reloadLater->setSingleShot(true);
    m_reloadLater->setInterval(250); // a burst of writes reads the log once

    auto *filters = new QGridLayout;
    const QList<std::pair<QLabel *, QComboBox *>> pairs = {{m_clusterLabel, m_cluster},
                                                           {m_userLabel, m_user},
                                                           {m_actionLabel, m_action},
                                                           {m_outcomeLabel, m_outcome},
                                                           {m_periodLabel, m_period}};
    for (int i = 0; i < pairs.size(); ++i) {
        pairs.at(i).first->setBuddy(pairs.at(i).second);
        filters->addWidget(pairs.at(i).first, 0, i);
        filters->addWidget(pairs.at(i).second, 1, i);
    }
    filters->setColumnStretch(pairs.size(), 1);
    auto *detailBox = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detailLabel->setBuddy(m_detail);
    detailLayout->addWidget(m_detailLabel);
    detailLayout->addWidget(m_detail);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_exportCsv, QDialogButtonBox::ActionRole);
    buttons->addButton(m_exportJson, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    fillChoices({}, {}, {});
    retranslateUi();
    m_period->setCurrentIndex(DefaultPeriodIndex);
    for (QComboBox *box : {m_cluster, m_user, m_action, m_outcome, m_period})
        connect(box, &QComboBox::currentIndexChanged, this, &ActivityDialog::reload);
    connect(m_query, &ActivityQuery::loaded, this, [this](const QList<ActivityEntry> &entries) {
        m_model->setEntries(entries);
        // Once, from the first rows (setResizeContentsPrecision): later the user's widths stay.
        if (!std::exchange(m_columnsSized, true) && !entries.isEmpty())
            m_table->resizeColumnsToContents();
        m_status->setText(entries.size() == 1 ? tr("1 entry")
                                              : tr("%1 entries").arg(entries.size()));
        showDetail();
    });
    connect(m_query, &ActivityQuery::loadFailed, this, [this](const QString &error) {
        m_status->setText(tr("The activity log cannot be read: %1").arg(error));
    });
    connect(m_query, &ActivityQuery::namesLoaded, this, &ActivityDialog::fillChoices);
    connect(m_query, &ActivityQuery::changed, this, [this](const ActivityEntry &entry) {
        // An outcome arriving for a row on screen changes that row only; anything else is read
        // again with the filter, once per burst.
        if (!m_model->updateEntry(entry) || !currentFilter().matches(entry))
            m_reloadLater->start();
    });
    connect(m_reloadLater, &QTimer::timeout, this, [this] {
        m_query->loadNames();
        reload();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActivityDialog::showDetail);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    resize(960, 560);
    m_query->loadNames();
    reload();
}

ActivityFilter ActivityDialog::currentFilter() const
{
    ActivityFilter filter;
    filter.cluster = m_cluster->currentData().toString();
    filter.user = m_user->currentData().toString();
    filter.action = m_action->currentData().toString();
    filter.outcome = ActivityEntry::outcomeFromKey(m_outcome->currentData().toString());
    const qint64 hours = m_period->currentData().toLongLong();
    if (hours > 0)
        filter.fromMs = QDateTime::currentMSecsSinceEpoch() - hours * HourMs;
    return filter;
}

void ActivityDialog::reload()
{
    m_query->load(currentFilter());
}

bool ActivityDialog::exportTo(const QString &path, bool json)
{
    QString error;
    if (!ActivityExport::writeFile(path, m_model->entries(), json, &error)) {
        m_status->setText(error);
        return false;
    }
    m_status->setText(
        tr("Exported %n entries to %1.", nullptr, int(m_model->rowCount())).arg(path));
    return true;
}

void ActivityDialog::chooseExport(bool json)
{
    m_saveChooser(this, json, [this, json](const QString &path) {
        if (!path.isEmpty())
            exportTo(path, json);
    });
}

void ActivityDialog::showDetail()
{
    const QModelIndex current = m_sorted->mapToSource(m_table->currentIndex());
    const auto entry = m_model->entryAt(current.isValid() ? current.row() : -1);
    m_detail->setPlainText(entry ? ActivityModel::detailText(*entry)
                                 : tr("Select an entry to see its details."));
}

void ActivityDialog::fillChoices(const QStringList &clusters, const QStringList &users,
                                 const QStringList &actions)
{
    QList<std::pair<QString, QString>> items;
    for (const QString &name : clusters)
        items.append({name, name});
    refill(m_cluster, tr("All clusters"), items);
    items.clear();
    for (const QString &name : users)
        items.append({name, name});
    refill(m_user, tr("All users"), items);
    items.clear();
    for (const QString &action : actions)
        items.append({ActivityText::action(action), action});
    refill(m_action, tr("All actions"), items);
}

void ActivityDialog::retranslateUi()
{
    setWindowTitle(tr("Activity"));
    m_clusterLabel->setText(tr("&Cluster:"));
    m_userLabel->setText(tr("&User:"));
    m_actionLabel->setText(tr("&Action:"));
    m_outcomeLabel->setText(tr("&Outcome:"));
    m_periodLabel->setText(tr("&Period:"));
    m_detailLabel->setText(tr("&Details:"));
    m_exportCsv->setText(tr("Export &CSV…"));
    m_exportJson->setText(tr("Export &JSON…"));
    m_close->setText(tr("Close"));
    const QList<std::pair<QComboBox *, QString>> allTexts = {
        {m_cluster, tr("All clusters")}, {m_user, tr("All users")}, {m_action, tr("All actions")}};
    for (const auto &[box, text] : allTexts) {
        if (box->count() > 0)
            box->setItemText(0, text);
    }
    QList<std::pair<QString, QString>> outcomes;
    for (const ActivityEntry::Outcome outcome : ActivityEntry::allOutcomes())
        outcomes.append({ActivityText::outcome(outcome), ActivityEntry::outcomeKey(outcome)});
    refill(m_outcome, tr("All outcomes"), outcomes);
    const QStringList periodTexts = {tr("Last hour"), tr("Last 24 hours"), tr("Last 7 days"),
                                     tr("Last 30 days"), tr("Everything kept")};
    const int period = m_period->currentIndex();
    {
        const QSignalBlocker blocker(m_period);
        m_period->clear();
        for (int i = 0; i < periodTexts.size(); ++i)
            m_period->addItem(periodTexts.at(i), PeriodHours[i]);
        m_period->setCurrentIndex(period < 0 ? DefaultPeriodIndex : period);
    }
    m_model->retranslate();
    showDetail();
}

void ActivityDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
