#include "EnvironmentSettingsGroup.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {

const QString Custom = u"custom"_s; // the combo's item for a name of the user's own

template<typename W> W *named(W *widget, const char *name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

} // namespace

EnvironmentSettingsGroup::EnvironmentSettingsGroup(QWidget *parent)
    : ProfileSettingsGroup(parent)
    , m_environment(named(new QComboBox(this), "environmentCombo"))
    , m_customName(named(new QLineEdit(this), "environmentNameEdit"))
    , m_colour(named(new QLineEdit(this), "environmentColourEdit"))
    , m_chooseColour(named(new QPushButton(this), "chooseColourButton"))
    , m_colourRow(new QWidget(this))
    , m_readOnly(named(new QCheckBox(this), "readOnlyCheckBox"))
    , m_group(named(new QComboBox(this), "groupCombo"))
{
    setObjectName(u"environmentGroup"_s);
    for (const QString &value : {QString(), u"production"_s, u"staging"_s, u"test"_s, Custom})
        m_environment->addItem(QString(), value);
    addRow(m_environment);
    m_customName->setMaxLength(ClusterProfile::MaxEnvironmentLength);
    addRow(m_customName, u"environment"_s);
    auto *colourLayout = new QHBoxLayout(m_colourRow);
    colourLayout->setContentsMargins(0, 0, 0, 0);
    colourLayout->addWidget(m_colour, 1);
    colourLayout->addWidget(m_chooseColour);
    m_colour->setMaxLength(7);
    auto *colourLabel = new QLabel(this);
    colourLabel->setBuddy(m_colour);
    m_form->addRow(colourLabel, m_colourRow);
    addProblemRow(u"environmentColour"_s);
    addRow(m_readOnly);
    m_group->setEditable(true);
    m_group->setInsertPolicy(QComboBox::NoInsert);
    addRow(m_group, u"group"_s);

    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        updateCustomField();
        Q_EMIT edited(u"environment"_s);
    });
    connect(m_customName, &QLineEdit::textChanged, this,
            [this] { Q_EMIT edited(u"environment"_s); });
    connect(m_colour, &QLineEdit::textChanged, this,
            [this] { Q_EMIT edited(u"environmentColour"_s); });
    connect(m_chooseColour, &QPushButton::clicked, this, &EnvironmentSettingsGroup::chooseColour);
    connect(m_readOnly, &QCheckBox::toggled, this, [this] { Q_EMIT edited(u"readOnly"_s); });
    connect(m_group, &QComboBox::currentTextChanged, this, [this] { Q_EMIT edited(u"group"_s); });
    updateCustomField();
}

void EnvironmentSettingsGroup::addRow(QWidget *field, const QString &problemField)
{
    auto *label = new QLabel(this);
    label->setBuddy(field);
    m_form->addRow(label, field);
    if (!problemField.isEmpty())
        addProblemRow(problemField);
}

void EnvironmentSettingsGroup::load(const ClusterProfile &profile)
{
    const QString environment = ClusterProfile::normalizedEnvironment(profile.environment);
    int index = m_environment->findData(environment);
    if (index < 0 || environment == Custom)
        index = m_environment->findData(Custom);
    m_environment->setCurrentIndex(environment.isEmpty() ? 0 : index);
    m_customName->setText(m_environment->currentData() == Custom ? environment : QString());
    m_colour->setText(profile.environmentColourName);
    m_readOnly->setChecked(profile.readOnly);
    m_group->setCurrentText(profile.group);
    updateCustomField();
}

void EnvironmentSettingsGroup::applyTo(ClusterProfile &profile) const
{
    const QString chosen = m_environment->currentData().toString();
    const QString environment = chosen == Custom ? m_customName->text() : chosen;
    profile.environment = environment;
    profile.environmentColourName = environment.isEmpty() ? QString() : m_colour->text().trimmed();
    profile.readOnly = m_readOnly->isChecked();
    profile.group = ClusterProfile::normalizedGroup(m_group->currentText());
}

void EnvironmentSettingsGroup::setKnownGroups(const QStringList &groups)
{
    const QString current = m_group->currentText();
    m_group->clear();
    m_group->addItem(QString());
    m_group->addItems(groups);
    m_group->setCurrentText(current);
}

QList<QWidget *> EnvironmentSettingsGroup::tabChain() const
{
    return {m_environment, m_customName, m_colour, m_chooseColour, m_readOnly, m_group};
}

void EnvironmentSettingsGroup::updateCustomField()
{
    const bool custom = m_environment->currentData() == Custom;
    const bool any = !m_environment->currentData().toString().isEmpty();
    m_customName->setEnabled(custom);
    m_colour->setEnabled(any);
    m_chooseColour->setEnabled(any);
    ClusterProfile preview;
    applyTo(preview);
    preview.environmentColourName.clear();
    m_colour->setPlaceholderText(preview.environmentColour());
}

void EnvironmentSettingsGroup::chooseColour()
{
    // Non-blocking: the dialog reports its choice and deletes itself.
    auto *dialog =
        new QColorDialog(QColor::fromString(m_colour->text().isEmpty() ? m_colour->placeholderText()
                                                                       : m_colour->text()),
                         this);
    dialog->setObjectName(u"environmentColourDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QColorDialog::colorSelected, this,
            [this](const QColor &colour) { m_colour->setText(colour.name()); });
    dialog->open();
}

void EnvironmentSettingsGroup::retranslateUi()
{
    setTitle(tr("Environment"));
    const QStringList names{tr("None"), tr("Production"), tr("Staging"), tr("Test"),
                            tr("Other (name it)")};
    for (int i = 0; i < names.size(); ++i)
        m_environment->setItemText(i, names.at(i));
    auto setLabel = [this](QWidget *field, const QString &text) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
            label->setText(text);
    };
    setLabel(m_environment, tr("En&vironment:"));
    setLabel(m_customName, tr("Environment n&ame:"));
    setLabel(m_colourRow, tr("Label c&olour:"));
    setLabel(m_readOnly, tr("Writes:"));
    setLabel(m_group, tr("&Group:"));
    m_customName->setPlaceholderText(tr("e.g. Lab"));
    m_chooseColour->setText(tr("P&ick…"));
    m_readOnly->setText(tr("Read-onl&y: refuse every write, whatever my role"));
    m_group->lineEdit()->setPlaceholderText(tr("No group (e.g. EMEA/Production)"));
}
