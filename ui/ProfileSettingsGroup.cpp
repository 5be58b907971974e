#include "ProfileSettingsGroup.h"

#include "FieldMessageLabel.h"

#include <QFormLayout>

ProfileSettingsGroup::ProfileSettingsGroup(QWidget *parent)
    : QGroupBox(parent)
    , m_form(new QFormLayout(this))
{}

FieldMessageLabel *ProfileSettingsGroup::addProblemRow(const QString &field)
{
    // Reserved even while empty, so a problem never moves the fields below it.
    auto *label = new FieldMessageLabel(this);
    label->setObjectName(field + QStringLiteral("Problem"));
    m_form->addRow(QString(), label);
    m_problemLabels.insert(field, label);
    return label;
}
