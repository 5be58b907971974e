#pragma once
// ItemStyleDelegate: draws as QStyledItemDelegate does, after a function of the item has adjusted
// its style option (a bold font, a tinted background). For views whose cells differ only in such
// looks, which the core's item models cannot give (they have no QFont or QBrush).

#include <QStyledItemDelegate>

#include <functional>
#include <utility>

class ItemStyleDelegate final : public QStyledItemDelegate
{
    Q_DISABLE_COPY_MOVE(ItemStyleDelegate)

public:
    // Called with the option QStyledItemDelegate initialised for the item.
    using Adjust = std::function<void(QStyleOptionViewItem *option, const QModelIndex &index)>;

    ItemStyleDelegate(Adjust adjust, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_adjust(std::move(adjust))
    {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        m_adjust(option, index);
    }

private:
    Adjust m_adjust;
};
