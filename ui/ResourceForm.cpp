#include "ResourceForm.h"

#include "FieldMessageLabel.h"
#include "PropertiesEditor.h"
#include "ResourceEditorController.h"
#include "ResourceFieldTitle.h"
#include "Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace {

using Kind = ResourceFieldInfo::Kind;

// Absent optional dates sit on this day, shown as the special value text.
const QDate kNoDate(2000, 1, 1);

} // namespace

ResourceForm::ResourceForm(const QString &type, QWidget *parent)
    : QWidget(parent)
    , m_type(type)
{
    auto *grid = new QGridLayout(this);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(2);
    ResourceFieldInfo nameInfo{u"name"_s, Kind::String, true, 1, 64, {}, {}};
    ResourceFieldInfo descriptionInfo{u"description"_s, Kind::String, false, 0, 1024, {}, {}};
    addField(grid, Field{nameInfo, u"name"_s});
    addField(grid, Field{descriptionInfo, u"description"_s});
    for (const ResourceFieldInfo &info : ResourceSchema::fields(type))
        addField(grid, Field{info, u"spec."_s + info.name});
    grid->setRowStretch(grid->rowCount(), 1);
    retranslateUi();
    applyMessageColours();
    refreshState();
}

void ResourceForm::addField(QGridLayout *grid, Field field)
{
    const int row = grid->rowCount();
    field.label = new QLabel(this);
    field.editor = createEditor(field);
    field.editor->setObjectName(u"field_"_s + field.info.name);
    field.label->setBuddy(field.editor);
    // The message line is always there, empty while the field is fine: a message that comes
    // or goes never moves the field below it under the user's mouse.
    field.message = new FieldMessageLabel(this);
    field.message->setObjectName(u"message_"_s + field.info.name);
    // A tall editor (the properties table) keeps its label at the top, next to its first row.
    const bool tall = field.info.kind == Kind::StringMap;
    grid->addWidget(field.label, row, 0, Qt::AlignRight | (tall ? Qt::AlignTop : Qt::AlignVCenter));
    if (field.clear) {
        auto *line = new QHBoxLayout;
        line->addWidget(field.editor, 1);
        line->addWidget(field.clear);
        grid->addLayout(line, row, 1);
    } else {
        grid->addWidget(field.editor, row, 1);
    }
    grid->addWidget(field.message, row + 1, 1);
    m_index.insert(field.key, int(m_fields.size()));
    m_fields.append(field);
    connectEditor(m_fields.constLast());
}

QWidget *ResourceForm::createEditor(Field &field)
{
    const ResourceFieldInfo &info = field.info;
    if (info.kind == Kind::Enum) {
        auto *combo = new QComboBox(this);
        if (!info.required)
            combo->addItem(QString(), QString()); // absent: the node's default applies
        for (const QString &choice : info.choices)
            combo->addItem(choice, choice);
        return combo;
    }
    if (info.kind == Kind::Date) {
        auto *date = new QDateEdit(this);
        date->setDisplayFormat(u"yyyy-MM-dd"_s);
        date->setCalendarPopup(true);
        date->setMinimumDate(kNoDate);
        date->setDate(kNoDate);
        return date;
    }
    if (info.kind == Kind::StringMap)
        return new PropertiesEditor(this);
    auto *edit = new QLineEdit(this);
    if (info.kind == Kind::Secret) {
        edit->setEchoMode(QLineEdit::Password);
        field.clear = new QCheckBox(this);
        field.clear->setObjectName(u"clear_"_s + info.name);
    }
    return edit;
}

void ResourceForm::connectEditor(const Field &field)
{
    if (auto *combo = qobject_cast<QComboBox *>(field.editor)) {
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, key = field.key] { emitValue(m_fields.at(m_index.value(key))); });
    } else if (auto *date = qobject_cast<QDateEdit *>(field.editor)) {
        connect(date, &QDateEdit::dateChanged, this,
                [this, key = field.key] { emitValue(m_fields.at(m_index.value(key))); });
    } else if (auto *properties = qobject_cast<PropertiesEditor *>(field.editor)) {
        connect(properties, &PropertiesEditor::edited, this,
                [this, key = field.key] { emitValue(m_fields.at(m_index.value(key))); });
    } else if (auto *edit = qobject_cast<QLineEdit *>(field.editor)) {
        connect(edit, &QLineEdit::textEdited, this,
                [this, key = field.key] { emitValue(m_fields.at(m_index.value(key))); });
    }
    if (field.clear) {
        connect(field.clear, &QCheckBox::toggled, this, [this, key = field.key](bool checked) {
            if (m_loading || !m_controller)
                return;
            const Field &f = m_fields.at(m_index.value(key));
            if (checked)
                static_cast<QLineEdit *>(f.editor)->clear();
            m_controller->setSecretCleared(f.info.name, checked);
        });
    }
}

void ResourceForm::emitValue(const Field &field)
{
    if (m_loading || !m_controller)
        return;
    const ResourceFieldInfo &info = field.info;
    if (field.key == u"name") {
        m_controller->setName(static_cast<QLineEdit *>(field.editor)->text());
        return;
    }
    if (field.key == u"description") {
        m_controller->setDescription(static_cast<QLineEdit *>(field.editor)->text());
        return;
    }
    if (info.kind == Kind::Secret) {
        m_controller->setSecret(info.name, static_cast<QLineEdit *>(field.editor)->text());
        return;
    }
    QJsonValue value(QJsonValue::Undefined);
    if (auto *combo = qobject_cast<QComboBox *>(field.editor)) {
        const QString choice = combo->currentData().toString();
        if (!choice.isEmpty())
            value = choice;
    } else if (auto *date = qobject_cast<QDateEdit *>(field.editor)) {
        if (date->date() != kNoDate)
            value = date->date().toString(Qt::ISODate);
    } else if (auto *properties = qobject_cast<PropertiesEditor *>(field.editor)) {
        const QJsonObject map = properties->properties();
        if (!map.isEmpty())
            value = map;
    } else if (auto *edit = qobject_cast<QLineEdit *>(field.editor)) {
        const QString text = edit->text();
        if (!text.isEmpty()) {
            bool isNumber = false;
            const qlonglong number = text.trimmed().toLongLong(&isNumber);
            // Text that is no number goes to the schema as is, which explains what it wants.
            value = info.kind == Kind::Integer && isNumber ? QJsonValue(double(number))
                                                           : QJsonValue(text);
        }
    }
    m_controller->setSpecValue(info.name, value);
}

void ResourceForm::setController(ResourceEditorController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (controller) {
        connect(controller, &ResourceEditorController::contentReset, this,
                &ResourceForm::loadFromController);
        connect(controller, &ResourceEditorController::changed, this, &ResourceForm::refreshState);
    }
    loadFromController();
}

void ResourceForm::loadFromController()
{
    m_loading = true;
    const DraftContent content = m_controller ? m_controller->yours() : DraftContent{};
    for (const Field &field : std::as_const(m_fields)) {
        const QSignalBlocker blocker(field.editor);
        QJsonValue value;
        if (field.key == u"name")
            value = content.name;
        else if (field.key == u"description")
            value = content.description;
        else
            value = content.spec.value(field.info.name);
        if (auto *combo = qobject_cast<QComboBox *>(field.editor)) {
            const int index = combo->findData(value.toString());
            combo->setCurrentIndex(index >= 0 ? index : (field.info.required ? -1 : 0));
        } else if (auto *date = qobject_cast<QDateEdit *>(field.editor)) {
            const QDate day = QDate::fromString(value.toString(), Qt::ISODate);
            date->setDate(day.isValid() ? day : kNoDate);
        } else if (auto *properties = qobject_cast<PropertiesEditor *>(field.editor)) {
            properties->setProperties(value.toObject());
        } else if (auto *edit = qobject_cast<QLineEdit *>(field.editor)) {
            if (field.info.kind == Kind::Secret) {
                const SecretEdit secret = content.secrets.value(field.info.name);
                edit->setText(secret.action == SecretEdit::Action::Set ? secret.value : QString());
                const QSignalBlocker clearBlocker(field.clear);
                field.clear->setChecked(secret.action == SecretEdit::Action::Clear);
            } else {
                edit->setText(value.isDouble() ? QString::number(value.toInteger())
                                               : value.toString());
            }
        }
    }
    m_loading = false;
    refreshState();
}

void ResourceForm::refreshState()
{
    const bool open = m_controller && m_controller->isOpen();
    const bool editable = open && m_controller->acceptsEdits();
    const std::optional<ResourceDefinition> base =
        m_controller ? m_controller->base() : std::nullopt;
    for (const Field &field : std::as_const(m_fields)) {
        const QString message = m_controller ? m_controller->errorFor(field.key) : QString();
        field.message->setMessage(open ? withFieldTitles(message) : QString());
        bool fieldEditable = editable;
        if (field.key == u"name")
            fieldEditable = editable && m_controller->isNew();
        if (auto *edit = qobject_cast<QLineEdit *>(field.editor)) {
            edit->setReadOnly(!fieldEditable);
            edit->setEnabled(open);
            showReadOnly(edit);
            if (field.key == u"name")
                edit->setToolTip(open && editable && !fieldEditable
                                     ? tr("The name of an existing resource cannot be changed.")
                                     : QString());
        } else if (auto *properties = qobject_cast<PropertiesEditor *>(field.editor)) {
            properties->setReadOnly(!fieldEditable);
            properties->setEnabled(open);
        } else {
            field.editor->setEnabled(fieldEditable);
        }
        if (field.clear) {
            const bool stored = base && base->secretsSet.value(field.info.name, false);
            const bool cleared = field.clear->isChecked();
            field.clear->setEnabled(fieldEditable && stored);
            field.editor->setEnabled(open && !cleared);
            auto *edit = static_cast<QLineEdit *>(field.editor);
            edit->setPlaceholderText(cleared  ? tr("will be cleared")
                                     : stored ? tr("unchanged")
                                              : tr("not set"));
        }
    }
}

QWidget *ResourceForm::editor(const QString &field) const
{
    const auto it = m_index.constFind(field);
    return it == m_index.constEnd() ? nullptr : m_fields.at(*it).editor;
}

QString ResourceForm::messageFor(const QString &field) const
{
    const auto it = m_index.constFind(field);
    if (it == m_index.constEnd())
        return {};
    return m_fields.at(*it).message->message();
}

QCheckBox *ResourceForm::clearToggle(const QString &secretField) const
{
    const auto it = m_index.constFind(u"spec."_s + secretField);
    return it == m_index.constEnd() ? nullptr : m_fields.at(*it).clear;
}

QWidget *ResourceForm::firstEditor() const
{
    return m_fields.isEmpty() ? nullptr : m_fields.constFirst().editor;
}

void ResourceForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyMessageColours();
    QWidget::changeEvent(event);
}

void ResourceForm::applyMessageColours()
{
    const QColor colour = Theme::color(Theme::Role::Critical, palette());
    for (const Field &field : std::as_const(m_fields)) {
        QPalette messagePalette = field.message->palette();
        messagePalette.setColor(QPalette::WindowText, colour);
        field.message->setPalette(messagePalette);
        if (auto *edit = qobject_cast<QLineEdit *>(field.editor))
            showReadOnly(edit);
    }
}

void ResourceForm::showReadOnly(QLineEdit *edit) const
{
    // A read-only field keeps the window's background instead of the editable white box, so
    // it does not invite typing that would be ignored.
    QPalette editPalette = palette();
    if (edit->isReadOnly())
        editPalette.setColor(QPalette::Base, palette().color(QPalette::Window));
    edit->setPalette(editPalette);
}

QString ResourceForm::withFieldTitles(const QString &message) const
{
    // The schema names fields as the API does ("must be at least poolMin"); the form says what
    // its labels say ("must be at least Pool minimum").
    QString readable = message;
    for (const Field &field : std::as_const(m_fields)) {
        if (!field.key.startsWith(u"spec."))
            continue;
        const QRegularExpression word(u"\\b"_s + QRegularExpression::escape(field.info.name) +
                                      u"\\b"_s);
        readable.replace(word, ResourceFieldTitle::of(field.info.name));
    }
    return readable;
}

void ResourceForm::retranslateUi()
{
    for (const Field &field : std::as_const(m_fields)) {
        QString title = ResourceFieldTitle::of(field.info.name);
        if (field.info.required)
            title += u" *"_s;
        field.label->setText(title + u":"_s);
        field.label->setToolTip(field.info.required ? tr("Required") : QString());
        if (field.clear) {
            field.clear->setText(tr("Clear"));
            field.clear->setToolTip(tr("Remove the stored secret when applying"));
        }
        if (auto *date = qobject_cast<QDateEdit *>(field.editor))
            date->setSpecialValueText(tr("none"));
        if (auto *edit = qobject_cast<QLineEdit *>(field.editor)) {
            if (field.info.kind == Kind::Integer && !field.info.defaultValue.isUndefined())
                edit->setPlaceholderText(tr("default %1").arg(field.info.defaultValue.toInteger()));
            else if (field.info.kind == Kind::Integer)
                edit->setPlaceholderText(tr("%1 to %2").arg(field.info.min).arg(field.info.max));
        }
        if (auto *combo = qobject_cast<QComboBox *>(field.editor); combo && !field.info.required)
            combo->setItemText(0, field.info.defaultValue.isString()
                                      ? tr("(default: %1)").arg(field.info.defaultValue.toString())
                                      : tr("(none)"));
    }
}
