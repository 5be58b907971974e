#include "Icons.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

// Q_INIT_RESOURCE must run outside any namespace; the icons live in this static library, whose
// resource initialiser the linker would otherwise drop.
static void initClusterdeskResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(resources);
        return true;
    }();
    Q_UNUSED(done);
}

namespace {

// The icons are drawn with this single ink colour; tinting swaps it for the wanted one.
constexpr char Ink[] = "#000000";

QByteArray rawSvg(const QString &name)
{
    initClusterdeskResources();
    static QHash<QString, QByteArray> cache;
    const auto found = cache.constFind(name);
    if (found != cache.constEnd())
        return *found;
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    QByteArray data;
    if (file.open(QIODevice::ReadOnly))
        data = file.readAll();
    cache.insert(name, data);
    return data;
}

// Renders an icon's SVG in a colour chosen per mode at paint time, so one QIcon follows every
// palette change without anyone setting it again.
class TintedSvgEngine final : public QIconEngine
{
public:
    TintedSvgEngine(const QString &name, const QColor &fixedColor)
        : m_name(name)
        , m_fixedColor(fixedColor)
    {}

    QIconEngine *clone() const override { return new TintedSvgEngine(m_name, m_fixedColor); }
    QString key() const override { return QStringLiteral("clusterdesk-tinted-svg"); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap image = render(rect.size() * ratio, mode, state);
        image.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, image);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return render(size, mode, state);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        return {side, side};
    }

    bool isNull() override { return rawSvg(m_name).isEmpty(); }

private:
    QColor colorFor(QIcon::Mode mode) const
    {
        const QPalette palette = QGuiApplication::palette();
        if (mode == QIcon::Disabled) {
            QColor color = m_fixedColor.isValid()
                               ? m_fixedColor
                               : palette.color(QPalette::Disabled, QPalette::WindowText);
            if (m_fixedColor.isValid())
                color.setAlphaF(0.45f);
            return color;
        }
        if (m_fixedColor.isValid())
            return m_fixedColor;
        if (mode == QIcon::Selected)
            return palette.color(QPalette::Active, QPalette::HighlightedText);
        return palette.color(QPalette::Active, QPalette::WindowText);
    }

    QPixmap render(const QSize &size, QIcon::Mode mode, QIcon::State) const
    {
        if (size.isEmpty())
            return {};
        const QColor color = colorFor(mode);
        const QString cacheKey = QStringLiteral("cdicon:%1:%2:%3x%4")
                                     .arg(m_name, color.name(QColor::HexArgb))
                                     .arg(size.width())
                                     .arg(size.height());
        QPixmap result;
        if (QPixmapCache::find(cacheKey, &result))
            return result;
        result = QPixmap(size);
        result.fill(Qt::transparent);
        QSvgRenderer renderer(Icons::tintedSvg(m_name, color));
        if (renderer.isValid()) {
            QPainter painter(&result);
            const int side = qMin(size.width(), size.height());
            renderer.render(&painter, QRectF((size.width() - side) / 2.0,
                                             (size.height() - side) / 2.0, side, side));
        }
        QPixmapCache::insert(cacheKey, result);
        return result;
    }

    QString m_name;
    QColor m_fixedColor;
};

} // namespace

QByteArray Icons::tintedSvg(const QString &name, const QColor &color)
{
    QByteArray svg = rawSvg(name);
    if (svg.isEmpty())
        return {};
    QByteArray ink = color.name(QColor::HexRgb).toLatin1();
    svg.replace(Ink, ink);
    if (color.alpha() < 255) {
        // SVG Tiny has no #rrggbbaa: fade the whole drawing instead.
        const QByteArray opacity = " opacity=\"" + QByteArray::number(color.alphaF(), 'f', 3) + '"';
        const qsizetype at = svg.indexOf("<svg") + 4;
        if (at >= 4)
            svg.insert(at, opacity);
    }
    return svg;
}

QIcon Icons::icon(const QString &name)
{
    return QIcon(new TintedSvgEngine(name, QColor()));
}

QIcon Icons::icon(const QString &name, const QColor &color)
{
    return QIcon(new TintedSvgEngine(name, color.isValid() ? color : QColor(Qt::black)));
}

QString Icons::severityIconName(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
    case Severity::Info:
        return QStringLiteral("ok");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("unknown");
}

QIcon Icons::appIcon()
{
    initClusterdeskResources();
    return QIcon(QStringLiteral(":/icons/app.svg"));
}

QStringList Icons::names()
{
    initClusterdeskResources();
    QStringList result;
    const QStringList files = QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")});
    for (const QString &file : files) {
        const QString name = file.chopped(4);
        if (name != QLatin1String("app"))
            result.append(name);
    }
    return result;
}
