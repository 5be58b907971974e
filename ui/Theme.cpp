#include "Theme.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>

namespace {

struct Pair
{
    QRgb light;
    QRgb dark;
};

// Chosen for contrast against the usual window colours of light (≈#efefef) and dark (≈#2b2b2b)
// palettes; the dark values are lighter so text and badges stay readable.
Pair pairFor(Theme::Role role)
{
    switch (role) {
    case Theme::Role::Ok:
        return {0x2e7d32, 0x81c784};
    case Theme::Role::Info:
        return {0x1565c0, 0x64b5f6};
    case Theme::Role::Warning:
        return {0xb26a00, 0xffb74d};
    case Theme::Role::Critical:
        return {0xc62828, 0xef6f6c};
    case Theme::Role::Muted:
        return {0x6b6b6b, 0x9e9e9e};
    }
    return {0x000000, 0xffffff};
}

} // namespace

Theme::Theme(QObject *parent)
    : QObject(parent)
{
    if (qApp)
        qApp->installEventFilter(this);
}

Theme *Theme::instance()
{
    static Theme *theme = nullptr;
    if (!theme)
        theme = new Theme(qApp);
    return theme;
}

bool Theme::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
        Q_EMIT changed();
    return QObject::eventFilter(watched, event);
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Theme::color(Role role, const QPalette &palette)
{
    const Pair pair = pairFor(role);
    return QColor::fromRgb(isDark(palette) ? pair.dark : pair.light);
}

QColor Theme::severityColor(Severity severity, const QPalette &palette)
{
    switch (severity) {
    case Severity::Ok:
        return color(Role::Ok, palette);
    case Severity::Info:
        return color(Role::Info, palette);
    case Severity::Warning:
        return color(Role::Warning, palette);
    case Severity::Critical:
        return color(Role::Critical, palette);
    }
    return color(Role::Muted, palette);
}

QColor Theme::color(Role role)
{
    return color(role, QGuiApplication::palette());
}

QColor Theme::severityColor(Severity severity)
{
    return severityColor(severity, QGuiApplication::palette());
}

QPalette Theme::darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9e, 0x9e, 0x9e));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6e, 0x6e));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    palette.setColor(QPalette::Midlight, QColor(0x3c, 0x3c, 0x3c));
    palette.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xf0));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x44, 0x44));
    return palette;
}

QPalette Theme::lightPalette()
{
    // The style's own light palette: what the user gets on a desktop without a dark theme.
    return QApplication::style() ? QApplication::style()->standardPalette() : QPalette();
}

void Theme::applyPreference(const QString &themeName)
{
    Theme *theme = instance();
    if (!theme->m_systemPaletteKnown) {
        theme->m_systemPalette = QGuiApplication::palette();
        theme->m_systemPaletteKnown = true;
    }
    if (themeName == QLatin1String("dark"))
        QApplication::setPalette(darkPalette());
    else if (themeName == QLatin1String("light"))
        QApplication::setPalette(isDark(theme->m_systemPalette) ? lightPalette()
                                                                : theme->m_systemPalette);
    else
        QApplication::setPalette(theme->m_systemPalette);
}
