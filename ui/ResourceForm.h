#pragma once
// ResourceForm: the edit form of one resource type, built from ResourceSchema's field list
// (line edits, combo boxes, a date edit, a properties table, write-only secret fields). It
// shows the controller's draft and each field's validation message next to it as you type.

#include "ResourceSchema.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class FieldMessageLabel;
class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class ResourceEditorController;

class ResourceForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceForm)

public:
    explicit ResourceForm(const QString &type, QWidget *parent = nullptr);

    // The form follows the controller (content, validity, read-only) and sends edits to it.
    void setController(ResourceEditorController *controller);
    QString type() const { return m_type; }

    // "name", "description", "spec.<field>": the editor widget, for focus and tests.
    QWidget *editor(const QString &field) const;
    // The validation message shown for a field, empty when it is valid.
    QString messageFor(const QString &field) const;
    // The "Clear" toggle of a secret field.
    QCheckBox *clearToggle(const QString &secretField) const;
    QWidget *firstEditor() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Field
    {
        ResourceFieldInfo info; // name "name"/"description" for the two fixed fields
        QString key;            // "name", "description", "spec.<field>"
        QLabel *label = nullptr;
        QWidget *editor = nullptr;
        FieldMessageLabel *message = nullptr;
        QCheckBox *clear = nullptr; // secrets only
    };

    void addField(QGridLayout *grid, Field field);
    QWidget *createEditor(Field &field);
    void connectEditor(const Field &field);
    void loadFromController();
    void refreshState();
    void applyMessageColours();
    void showReadOnly(QLineEdit *edit) const;
    QString withFieldTitles(const QString &message) const;
    void retranslateUi();
    void emitValue(const Field &field);

    QString m_type;
    QPointer<ResourceEditorController> m_controller;
    QList<Field> m_fields;
    QHash<QString, int> m_index; // key -> position in m_fields
    bool m_loading = false;
};
