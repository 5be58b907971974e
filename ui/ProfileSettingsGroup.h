// ProfileSettingsGroup: what the connection dialog's setting groups (CertificateSettingsGroup,
// EnvironmentSettingsGroup) share: a form of fields that edit part of a ClusterProfile, a line
// reserved under a field for its problem, and edited() by field name.
#pragma once

#include <QGroupBox>
#include <QHash>

class FieldMessageLabel;
class QFormLayout;

class ProfileSettingsGroup : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSettingsGroup)

public:
    QFormLayout *form() const { return m_form; }
    // The reserved line under a field for its problem, by the field's name.
    FieldMessageLabel *problemLabel(const QString &field) const
    {
        return m_problemLabels.value(field);
    }

Q_SIGNALS:
    // A field the user (or load()) changed, by field name.
    void edited(const QString &field);

protected:
    explicit ProfileSettingsGroup(QWidget *parent);
    // Reserves the problem line of `field` below the rows added so far.
    FieldMessageLabel *addProblemRow(const QString &field);

    QFormLayout *const m_form;

private:
    QHash<QString, FieldMessageLabel *> m_problemLabels;
};
