#include "ConflictDialog.h"

#include "ResourceFieldTitle.h"
#include "Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConflictDialog::ConflictDialog(QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_rebase(new QPushButton(this))
    , m_reload(new QPushButton(this))
    , m_later(new QPushButton(this))
{
    setObjectName(u"conflictDialog"_s);
    m_summary->setWordWrap(true);
    m_table->setObjectName(u"conflictTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_rebase->setObjectName(u"rebaseButton"_s);
    m_reload->setObjectName(u"reloadButton"_s);
    m_later->setObjectName(u"laterButton"_s);
    m_rebase->setDefault(true);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_rebase, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_reload, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_later, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(m_rebase, &QPushButton::clicked, this, [this] {
        Q_EMIT rebaseRequested(choices());
        accept();
    });
    connect(m_reload, &QPushButton::clicked, this, [this] {
        Q_EMIT reloadRequested();
        accept();
    });
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    resize(760, 420);
    retranslateUi();
}

QString ConflictDialog::fieldTitle(const QString &field)
{
    const qsizetype dot = field.indexOf(u'.');
    const QString title = ResourceFieldTitle::of(dot < 0 ? field : field.mid(dot + 1));
    return field.startsWith(u"secret."_s) ? tr("%1 (secret)").arg(title) : title;
}

QString ConflictDialog::displayValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return u"\u2014"_s;
    case QJsonValue::Bool:
        // Only secrets are booleans here: whether one is stored.
        return value.toBool() ? QCoreApplication::translate("ConflictDialog", "(set)")
                              : QCoreApplication::translate("ConflictDialog", "(not set)");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(
            value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

void ConflictDialog::setRows(const QString &resourceName, const QList<MergeRow> &rows,
                             bool theirsDeleted)
{
    m_resourceName = resourceName;
    m_rows = rows;
    m_theirsDeleted = theirsDeleted;
    fill();
    retranslateUi();
}

void ConflictDialog::fill()
{
    m_choiceBoxes.clear();
    m_table->setRowCount(0);
    const QColor conflictColour = Theme::color(Theme::Role::Critical, palette());
    const QColor changedColour = Theme::color(Theme::Role::Info, palette());
    QColor conflictBackground = conflictColour;
    conflictBackground.setAlphaF(0.18f);
    for (const MergeRow &row : std::as_const(m_rows)) {
        // Fields nobody touched are noise here.
        if (!row.yoursChanged && !row.theirsChanged)
            continue;
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QString values[] = {fieldTitle(row.field), displayValue(row.base),
                                  displayValue(row.yours),
                                  m_theirsDeleted ? tr("(deleted)") : displayValue(row.theirs)};
        for (int c = FieldColumn; c <= TheirsColumn; ++c) {
            auto *item = new QTableWidgetItem(values[c]);
            item->setToolTip(c == FieldColumn ? row.field : values[c]);
            if (c == FieldColumn)
                item->setData(Qt::UserRole, row.field); // the API path, for tests and tools
            if (row.conflict())
                item->setBackground(conflictBackground);
            if ((c == YoursColumn && row.yoursChanged) || (c == TheirsColumn && row.theirsChanged))
                item->setForeground(row.conflict() ? conflictColour : changedColour);
            if (c == FieldColumn && row.conflict()) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_table->setItem(r, c, item);
        }
        if (row.conflict() && !m_theirsDeleted) {
            auto *box = new QComboBox(m_table);
            box->setObjectName(u"choice_"_s + row.field);
            box->addItem(tr("Yours"), int(MergeChoice::Yours));
            box->addItem(tr("Theirs"), int(MergeChoice::Theirs));
            m_table->setCellWidget(r, UseColumn, box);
            m_choiceBoxes.insert(row.field, box);
        } else {
            const QString use = row.yoursChanged ? tr("yours") : tr("theirs");
            m_table->setItem(r, UseColumn, new QTableWidgetItem(use));
        }
    }
    m_table->resizeColumnsToContents();
    for (int c = BaseColumn; c <= TheirsColumn; ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 220));
}

QMap<QString, MergeChoice> ConflictDialog::choices() const
{
    QMap<QString, MergeChoice> result;
    for (auto it = m_choiceBoxes.begin(); it != m_choiceBoxes.end(); ++it)
        result.insert(it.key(), MergeChoice(it.value()->currentData().toInt()));
    return result;
}

QComboBox *ConflictDialog::choiceBox(const QString &field) const
{
    return m_choiceBoxes.value(field);
}

int ConflictDialog::conflictCount() const
{
    int count = 0;
    for (const MergeRow &row : m_rows)
        count += row.conflict() ? 1 : 0;
    return count;
}

void ConflictDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::PaletteChange) {
        const QMap<QString, MergeChoice> kept = choices();
        fill();
        for (auto it = kept.begin(); it != kept.end(); ++it) {
            if (QComboBox *box = m_choiceBoxes.value(it.key()))
                box->setCurrentIndex(box->findData(int(it.value())));
        }
    }
    QDialog::changeEvent(event);
}

void ConflictDialog::retranslateUi()
{
    setWindowTitle(tr("Conflicting change to %1").arg(m_resourceName));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Base (you started from)"), tr("Yours"),
                                        tr("Theirs (now on the cluster)"), tr("Use")});
    const int conflicts = conflictCount();
    if (m_theirsDeleted) {
        m_summary->setText(tr("Someone deleted \"%1\" while you were editing it. Rebase creates "
                              "it again with your version; Reload discards your changes.")
                               .arg(m_resourceName));
    } else {
        m_summary->setText(
            tr("Someone changed \"%1\" while you were editing it. Your changes are kept in the "
               "draft. %n field(s) were changed on both sides: choose which value to keep, then "
               "Rebase to put your changes on top of theirs, or Reload to discard yours.",
               nullptr, conflicts)
                .arg(m_resourceName));
    }
    m_rebase->setText(tr("&Rebase my changes"));
    m_reload->setText(tr("Re&load theirs"));
    m_later->setText(tr("Decide &later"));
}
