// SpectrumSettingsGroup: the connection dialog's "Plain Spectrum cluster" group: the nodes' own
// URLs, one a line (for a cluster that publishes no member list and has no HAProxy statistics
// page), and the kind of token a password sign-in asks Spectrum for. It edits those fields of a
// ClusterProfile and words their problems by line.
#pragma once

#include "ClusterProfile.h"

#include <QGroupBox>
#include <QMap>

class FieldMessageLabel;
class QComboBox;
class QFormLayout;
class QPlainTextEdit;

class SpectrumSettingsGroup final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpectrumSettingsGroup)

public:
    explicit SpectrumSettingsGroup(QWidget *parent = nullptr);

    void load(const ClusterProfile &profile);
    // Blank lines are skipped; a line that is no URL is kept as an invalid one, so that
    // validation names it.
    void applyTo(ClusterProfile &profile) const;
    // The token kind applies to a password sign-in only (an access token is what it is).
    void setPasswordSignIn(bool password);

    // "line 2: must start with http:// or https://" for each problem, by the index of the URL
    // in ClusterProfile::nodeUrls; one line each, in the order of the text.
    QString lineProblems(const QMap<qsizetype, QString> &byIndex) const;

    QFormLayout *form() const { return m_form; }
    FieldMessageLabel *problemLabel() const { return m_problem; }
    QList<QWidget *> tabChain() const;
    void retranslateUi();

Q_SIGNALS:
    // A field the user changed, by ClusterProfile JSON field name ("nodeUrls", "tokenKind").
    void edited(const QString &field);

private:
    // The 1-based line number of each URL the text holds, in order.
    QList<int> urlLines() const;

    QFormLayout *m_form;
    QPlainTextEdit *m_nodeUrls;
    FieldMessageLabel *m_problem;
    QComboBox *m_tokenKind;
};
