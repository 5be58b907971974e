// EnvironmentBadge: how a cluster's environment label looks wherever it is shown (the cluster
// page's band, the confirmation, the sidebar). Production is a filled band in its colour with
// the word PRODUCTION, so it reads without colour too (colour-blind users, dark mode); staging,
// test and custom labels are a coloured mark and their name, quieter.
#pragma once

#include "ClusterProfile.h"

#include <QColor>
#include <QString>

class QLabel;
class QPalette;

namespace EnvironmentBadge {

// The label's colour (the profile's or the environment's default); invalid without one.
QColor colour(const ClusterProfile &profile);
// Black or white, whichever reads better on `background`.
QColor textColourOn(const QColor &background);
// "PRODUCTION", "Staging", a custom name; empty without an environment.
QString text(const ClusterProfile &profile);
// Styles `label` as the profile's band: filled for production, a mark and the name otherwise,
// hidden without an environment. Read-only is said on the band too.
void styleBand(QLabel *label, const ClusterProfile &profile);

} // namespace EnvironmentBadge
