#include "PropertiesEditor.h"

#include "Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

PropertiesEditor::PropertiesEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    m_table->setObjectName(QStringLiteral("propertiesTable"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setMinimumHeight(4 * (fontMetrics().height() + 8));
    m_table->setMaximumHeight(5 * (fontMetrics().height() + 8));
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as in every other field
    m_add->setObjectName(QStringLiteral("addPropertyButton"));
    m_remove->setObjectName(QStringLiteral("removePropertyButton"));
    m_add->setIcon(Icons::icon(QStringLiteral("add")));
    m_remove->setIcon(Icons::icon(QStringLiteral("remove")));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, [this] { Q_EMIT edited(properties()); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = m_table->rowCount();
        {
            const QSignalBlocker blocker(m_table);
            m_table->insertRow(row);
            m_table->setItem(row, 0, new QTableWidgetItem);
            m_table->setItem(row, 1, new QTableWidgetItem);
        }
        m_table->setCurrentCell(row, 0);
        m_table->setFocus();
        m_table->editItem(m_table->item(row, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        Q_EMIT edited(properties());
    });
    retranslateUi();
}

QJsonObject PropertiesEditor::properties() const
{
    QJsonObject object;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *key = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        if (key && !key->text().trimmed().isEmpty())
            object.insert(key->text().trimmed(), value ? value->text() : QString());
    }
    return object;
}

void PropertiesEditor::setProperties(const QJsonObject &properties)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(it.key()));
        // A non-string value is shown as JSON so the validation message makes sense.
        m_table->setItem(row, 1,
                         new QTableWidgetItem(it.value().isString()
                                                  ? it.value().toString()
                                                  : it.value().toVariant().toString()));
    }
}

void PropertiesEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_table->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::DoubleClicked |
                                            QAbstractItemView::EditKeyPressed |
                                            QAbstractItemView::AnyKeyPressed);
    m_add->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly);
}

void PropertiesEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PropertiesEditor::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Property"), tr("Value")});
    m_add->setText(tr("Add property"));
    m_remove->setText(tr("Remove property"));
}
