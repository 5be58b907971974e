#include "FieldMessageLabel.h"

#include <QEvent>

FieldMessageLabel::FieldMessageLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    // The width comes from the form, never from the message: a long one cannot widen it.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
}

void FieldMessageLabel::setMessage(const QString &message)
{
    m_message = message;
    setToolTip(message);
    setAccessibleDescription(message);
    updateShownText();
}

QSize FieldMessageLabel::sizeHint() const
{
    return {0, fontMetrics().height()};
}

QSize FieldMessageLabel::minimumSizeHint() const
{
    return sizeHint();
}

void FieldMessageLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateShownText();
}

void FieldMessageLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGeometry();
}

void FieldMessageLabel::updateShownText()
{
    const QString shown = fontMetrics().elidedText(m_message, Qt::ElideRight, qMax(0, width()));
    if (shown != text())
        QLabel::setText(shown);
}
