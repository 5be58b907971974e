#include "EnvironmentBadge.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPalette>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentBadge)
};

} // namespace

namespace EnvironmentBadge {

QColor colour(const ClusterProfile &profile)
{
    const QString name = profile.environmentColour();
    return name.isEmpty() ? QColor() : QColor::fromString(name);
}

QColor textColourOn(const QColor &background)
{
    // Relative luminance in the sRGB approximation the WCAG contrast rule uses.
    const double luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
}

QString text(const ClusterProfile &profile)
{
    return profile.environmentLabel();
}

void styleBand(QLabel *label, const ClusterProfile &profile)
{
    const QColor background = colour(profile);
    QString words = text(profile);
    if (profile.readOnly)
        words = words.isEmpty() ? Tr::tr("Read-only in Clusterdesk")
                                : Tr::tr("%1 · read-only in Clusterdesk").arg(words);
    label->setVisible(!words.isEmpty());
    label->setText(words);
    label->setAccessibleName(words);
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    QFont font = label->font();
    if (profile.isProduction()) {
        palette.setColor(QPalette::Window, background);
        palette.setColor(QPalette::WindowText, textColourOn(background));
        label->setAutoFillBackground(true);
        label->setMargin(6);
        label->setAlignment(Qt::AlignCenter);
        font.setBold(true);
    } else {
        if (background.isValid()) {
            // "● Staging": the mark carries the colour, the word the meaning.
            label->setText(QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2")
                               .arg(background.name(), words.toHtmlEscaped()));
        }
        label->setAutoFillBackground(false);
        label->setMargin(2);
        label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        font.setBold(false);
    }
    label->setFont(font);
    label->setPalette(palette);
}

} // namespace EnvironmentBadge
