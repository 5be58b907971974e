#pragma once
// HtmlReportWriter: a ReportData as one self-contained HTML document (inline CSS, charts as
// inline SVG, printable), or in the rich-text subset QTextDocument understands (charts as named
// image resources) for the preview and the PDF.

#include "ReportData.h"
#include "SvgChart.h"

#include <QString>

class HtmlReportWriter final
{
public:
    enum class Flavor {
        Browser,  // full CSS and inline <svg>
        RichText, // QTextDocument's subset; charts as <img src="chartImageName(i)">
    };

    static QString write(const ReportData &data, Flavor flavor = Flavor::Browser);

    // The chart of cluster `clusterIndex` (RichText: the caller registers the image).
    static QString chartImageName(int clusterIndex);
    // Narrower for rich text: it must fit an A4/Letter page's width at 96 dpi.
    static ChartLayout chartLayout(const ClusterReport &cluster, const ReportPeriod &period,
                                   Flavor flavor = Flavor::Browser);
};
