// OffsetBarDelegate: paints a node's clock offset against the cluster median as a bar growing
// from a zero line in the middle, with the ± error bound as whiskers, scaled so the cell's half
// width is the cluster's critical threshold, in the cell's severity colour, beside the number.
#pragma once

#include <QStyledItemDelegate>

#include <functional>
#include <optional>

class OffsetBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OffsetBarDelegate)

public:
    // The ± bound of the offset shown in `index` (the model does not carry it in that cell).
    using ErrorBoundFunction = std::function<std::optional<double>(const QModelIndex &index)>;

    struct Geometry
    {
        QRectF bar;             // from the zero line to the (clamped) value
        QLineF whisker;         // value ± error bound (clamped); null when no bound
        bool overflows = false; // |value| beyond the critical threshold
    };

    explicit OffsetBarDelegate(QObject *parent = nullptr);

    void setCriticalMs(double criticalMs); // > 0; others are ignored
    double criticalMs() const { return m_criticalMs; }
    void setErrorBoundFunction(ErrorBoundFunction function) { m_errorBound = std::move(function); }

    // Where the bar and whisker go inside `area` for `valueMs` ± `errorMs`.
    static Geometry geometry(const QRectF &area, double valueMs, std::optional<double> errorMs,
                             double criticalMs);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    double m_criticalMs = 500;
    ErrorBoundFunction m_errorBound;
};
