// EnvironmentSettingsGroup: the connection dialog's "Environment" group: the environment label
// (none, production, staging, test or a name of your own) and its colour, the read-only switch
// and the group (folder) in the sidebar. It edits those fields of a ClusterProfile.
#pragma once

#include "ClusterProfile.h"

#include <QGroupBox>
#include <QHash>

class FieldMessageLabel;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

class EnvironmentSettingsGroup final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentSettingsGroup)

public:
    explicit EnvironmentSettingsGroup(QWidget *parent = nullptr);

    void load(const ClusterProfile &profile);
    void applyTo(ClusterProfile &profile) const;
    // The groups offered in the group box (the other clusters' groups).
    void setKnownGroups(const QStringList &groups);

    QFormLayout *form() const { return m_form; }
    // The reserved line under a field for its problem: "environment", "environmentColour",
    // "group".
    FieldMessageLabel *problemLabel(const QString &field) const
    {
        return m_problemLabels.value(field);
    }
    QList<QWidget *> tabChain() const;
    void retranslateUi();

Q_SIGNALS:
    // A field the user (or load()) changed, by ClusterProfile JSON field name.
    void edited(const QString &field);

private:
    FieldMessageLabel *addProblemRow(const QString &field);
    void addRow(QWidget *field, const QString &problemField = {});
    void updateCustomField();
    void chooseColour();

    QHash<QString, FieldMessageLabel *> m_problemLabels;
    QFormLayout *m_form;
    QComboBox *m_environment;
    QLineEdit *m_customName;
    QLineEdit *m_colour;
    QPushButton *m_chooseColour;
    QWidget *m_colourRow;
    QCheckBox *m_readOnly;
    QComboBox *m_group;
};
