#pragma once
// ItemBackground: what the project's custom item delegates share: the style draws an item's
// selection, focus and hover without its text, and the delegate paints the content in the
// palette group that matches the item's state.

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QWidget>

namespace ItemBackground {

// `opt` is the initialised option; its text is dropped so the style leaves it to the delegate.
inline void draw(QPainter *painter, QStyleOptionViewItem opt)
{
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

inline QPalette::ColorGroup colorGroup(QStyle::State state)
{
    return !(state & QStyle::State_Enabled) ? QPalette::Disabled
           : (state & QStyle::State_Active) ? QPalette::Active
                                            : QPalette::Inactive;
}

// What a delegate paints an item's content with, once the style has drawn its background: the
// item's text (the style drew none of it), whether it is selected and its state's palette group.
struct Content
{
    QString text;
    bool selected = false;
    QPalette::ColorGroup group = QPalette::Active;
};

// draw(), and what to paint on the background it drew.
inline Content drawBackground(QPainter *painter, const QStyleOptionViewItem &opt)
{
    draw(painter, opt);
    return {opt.text, bool(opt.state & QStyle::State_Selected), colorGroup(opt.state)};
}

// The item's text colour in its state: HighlightedText when selected, else Text, from the palette
// group of the state.
inline QColor textColor(const QStyleOptionViewItem &option)
{
    return option.palette.color(colorGroup(option.state), option.state & QStyle::State_Selected
                                                              ? QPalette::HighlightedText
                                                              : QPalette::Text);
}

} // namespace ItemBackground
