// FieldMessageLabel: a field's validation message in a line of its own that is always
// reserved, so a message appearing or going never moves the fields around it. A text longer
// than the line is elided; the whole text is in the tooltip and the accessible description.
#pragma once

#include <QLabel>

class FieldMessageLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldMessageLabel)

public:
    explicit FieldMessageLabel(QWidget *parent = nullptr);

    void setMessage(const QString &message);
    QString message() const { return m_message; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateShownText();

    QString m_message;
};
