// EnvironmentSettingsGroup: the connection dialog's "Environment" group: the environment label
// (none, production, staging, test or a name of your own) and its colour, the read-only switch
// and the group (folder) in the sidebar. It edits those fields of a ClusterProfile.
#pragma once

#include "ClusterProfile.h"
#include "ProfileSettingsGroup.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

class EnvironmentSettingsGroup final : public ProfileSettingsGroup
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentSettingsGroup)

public:
    explicit EnvironmentSettingsGroup(QWidget *parent = nullptr);

    void load(const ClusterProfile &profile);
    void applyTo(ClusterProfile &profile) const;
    // The groups offered in the group box (the other clusters' groups).
    void setKnownGroups(const QStringList &groups);
    // Its fields for problemLabel() and edited() are ClusterProfile JSON field names; problems
    // are shown under "environment", "environmentColour" and "group".

    QList<QWidget *> tabChain() const;
    void retranslateUi();

private:
    void addRow(QWidget *field, const QString &problemField = {});
    void updateCustomField();
    void chooseColour();

    QComboBox *m_environment;
    QLineEdit *m_customName;
    QLineEdit *m_colour;
    QPushButton *m_chooseColour;
    QWidget *m_colourRow;
    QCheckBox *m_readOnly;
    QComboBox *m_group;
};
