#include "ResourceTestDialog.h"

#include "ResourceTestFanout.h"
#include "ResourceTestMatrixModel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

ResourceTestDialog::ResourceTestDialog(ResourceTestFanout *fanout, QWidget *parent)
    : QDialog(parent)
    , m_fanout(fanout)
    , m_model(new ResourceTestMatrixModel(this))
    , m_progress(new QLabel(this))
    , m_matrixLabel(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("resourceTestDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setObjectName(QStringLiteral("resourceTestProgress"));
    m_progress->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("resourceTestMatrix"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(fontMetrics().averageCharWidth() * 30);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_matrixLabel->setBuddy(m_view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_matrixLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 130, fontMetrics().height() * 22);

    connect(m_fanout, &ResourceTestFanout::finished, m_model, &ResourceTestMatrixModel::setResult);
    // The line follows the matrix, whoever fills it.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ResourceTestDialog::updateProgress);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResourceTestDialog::updateProgress);
    connect(m_fanout, &ResourceTestFanout::allFinished, this, [this] {
        m_done = true;
        updateProgress();
    });
    retranslateUi();
}

ResourceTestDialog::~ResourceTestDialog()
{
    if (!m_done && m_fanout)
        m_fanout->cancel(); // nobody would see the rest
}

bool ResourceTestDialog::start(const QList<ResourceRef> &resources, const QStringList &nodeIds)
{
    QList<std::pair<QString, QString>> rows;
    for (const ResourceRef &resource : resources)
        rows.append({resource.type, resource.name});
    m_model->reset(rows, nodeIds);
    m_done = false;
    const bool started = m_fanout && m_fanout->run(resources, nodeIds);
    m_done = !started;
    updateProgress();
    return started;
}

QString ResourceTestDialog::progressText() const
{
    return m_progress->text();
}

void ResourceTestDialog::updateProgress()
{
    const int total = m_model->rowCount() * m_model->columnCount();
    const int answered = m_model->finishedCount();
    const int failed = m_model->failedCount();
    if (total == 0)
        m_progress->setText(tr("Nothing to test: no resource selected or no node known."));
    else if (!m_done)
        m_progress->setText(tr("Testing on every node: %1 of %2 answered, %3 failed.")
                                .arg(answered)
                                .arg(total)
                                .arg(failed));
    else if (failed == 0)
        m_progress->setText(tr("Every node passed every test (%1 tests).").arg(total));
    else
        m_progress->setText(
            tr("%1 of %2 tests failed; hover over a cell for every check.").arg(failed).arg(total));
}

void ResourceTestDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ResourceTestDialog::retranslateUi()
{
    setWindowTitle(tr("Test on All Nodes"));
    m_matrixLabel->setText(tr("&Results (rows: resources, columns: nodes):"));
    m_view->setAccessibleName(tr("Resource test results"));
    updateProgress();
}
