#include "charts/styledchartview.h"

#include "charts/chartaxes.h"
#include "session/contractdocument.h"
#include "style/theme.h"
#include "text/values.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QAreaSeries>
#include <QDateTime>
#include <QEvent>
#include <QFontMetricsF>
#include <QLabel>
#include <QLegendMarker>
#include <QTextDocument>
#include <QValueAxis>
#include <QXYSeries>
#include <algorithm>
#include <cmath>
#include <set>

namespace attrition::ui {

namespace {

/// Set on a series that the wrapping legend leaves out.
constexpr const char* kNotInLegend = "notInLegend";

} // namespace

void hideFromLegend(QChart* chart, QAbstractSeries* series) {
    series->setProperty(kNotInLegend, true);
    for (QLegendMarker* marker : chart->legend()->markers(series)) {
        marker->setVisible(false);
    }
}

void fitAmountAxis(QValueAxis* axis, double most) {
    applyNiceScale(axis, most > 0 ? most * 1.04 : 0.0);
}

QString currencyTitle(const ContractDocument* document) {
    return currencyCode(document->contract().currency);
}

void styleChart(QChart* chart, const QPalette& palette) {
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(6, 6, 10, 4));
    chart->setLocalizeNumbers(true);
    chart->setAnimationOptions(QChart::NoAnimation);
    const QColor text = palette.color(QPalette::Text);
    const QColor muted = mutedTextColor(palette);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(110);
    QFont font = QApplication::font();
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    chart->setTitleBrush(text);
    chart->setTitleFont(font);
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(small);
    chart->legend()->setAlignment(Qt::AlignBottom);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(muted);
        axis->setLabelsFont(small);
        axis->setTitleBrush(muted);
        axis->setTitleFont(small);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setShadesVisible(false);
        axis->setMinorGridLineVisible(false);
    }
}

StyledChartView::StyledChartView(QWidget* parent)
    : QChartView(new QChart, parent)
    , empty_(new QLabel(this)) {
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumHeight(180);
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setWordWrap(true);
    empty_->setAttribute(Qt::WA_TransparentForMouseEvents);
    setTextTone(empty_, TextTone::Muted);
    empty_->hide();
    // A vertical title shown or left out changes the plot's width, not its height: no back and forth.
    connect(chart(), &QChart::plotAreaChanged, this, &StyledChartView::fitAxisTitles);
}

void StyledChartView::fitAxisTitles() {
    // A chart printed in a report (its view never shown) keeps every title.
    const bool onScreen = isVisible();
    const bool compact = onScreen && chart()->size().height() < kCompactHeight;
    QStringList left;
    for (QAbstractAxis* axis : chart()->axes()) {
        // A title written again (another currency, another language) is fitted again.
        connect(axis, &QAbstractAxis::titleTextChanged, this, &StyledChartView::fitAxisTitles,
                Qt::UniqueConnection);
        if (axis->titleText().isEmpty()) {
            continue;
        }
        QTextDocument title;
        title.setHtml(axis->titleText());
        const QString text = title.toPlainText();
        const bool show = !onScreen || (axis->orientation() == Qt::Horizontal
                                            ? !compact
                                            : QFontMetricsF(axis->titleFont()).horizontalAdvance(text) <=
                                                  chart()->plotArea().height());
        if (axis->isTitleVisible() != show) {
            axis->setTitleVisible(show);
        }
        if (!show) {
            left << text;
        }
    }
    setToolTip(left.join(QLatin1Char('\n')));
}

void StyledChartView::setEmptyText(const QString& text) {
    empty_->setText(text);
    empty_->setVisible(!text.isEmpty());
    for (QAbstractAxis* axis : chart()->axes()) {
        axis->setVisible(text.isEmpty());
    }
    if (legend_ != nullptr) {
        legend_->setVisible(text.isEmpty());
        placeLegend();
    } else {
        chart()->legend()->setVisible(text.isEmpty());
    }
}

QString StyledChartView::legendText() const {
    if (legend_ == nullptr) {
        return {};
    }
    QTextDocument plain;
    plain.setHtml(legend_->text());
    return plain.toRawText();
}

void StyledChartView::useWrappingLegend() {
    if (legend_ != nullptr) {
        return;
    }
    legend_ = new QLabel(this);
    legend_->setObjectName(QStringLiteral("chartLegend"));
    legend_->setWordWrap(true);
    legend_->setTextFormat(Qt::RichText);
    legend_->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    legend_->setAttribute(Qt::WA_TransparentForMouseEvents);
    legend_->setAutoFillBackground(false);
    chart()->legend()->hide();
    updateLegend();
}

void StyledChartView::useChartLegend() {
    delete legend_;
    legend_ = nullptr;
    placeLegend();
    chart()->legend()->setVisible(emptyText().isEmpty());
}

void StyledChartView::updateLegend() {
    if (legend_ == nullptr) {
        return;
    }
    chart()->legend()->hide();
    QFont small = QApplication::font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    legend_->setFont(small);
    QPalette p = legend_->palette();
    p.setColor(QPalette::WindowText, palette().color(QPalette::Text));
    legend_->setPalette(p);
    QStringList entries;
    for (QAbstractSeries* series : chart()->series()) {
        if (!series->isVisible() || series->name().isEmpty() || series->property(kNotInLegend).toBool()) {
            continue;
        }
        QColor color;
        QString glyph;
        if (auto* area = qobject_cast<QAreaSeries*>(series)) {
            color = area->brush().color();
            color.setAlphaF(std::min(1.0f, color.alphaF() * 3.0f));
            glyph = QStringLiteral("\u25A0");
        } else if (auto* xy = qobject_cast<QXYSeries*>(series)) {
            color = xy->pen().color();
            glyph = xy->pen().style() == Qt::SolidLine ? QStringLiteral("\u2501\u2501")
                                                       : QStringLiteral("\u2505\u2505");
        }
        // Non-breaking inside an entry, so that lines break only between entries.
        entries << QStringLiteral("<span style='color:%1'>%2</span>&nbsp;%3")
                       .arg(color.name(), glyph,
                            series->name().toHtmlEscaped().replace(QLatin1Char(' '),
                                                                   QStringLiteral("&nbsp;")));
    }
    legend_->setText(entries.join(QStringLiteral(" &nbsp; ")));
    placeLegend();
}

void StyledChartView::placeLegend() {
    QMargins margins(6, 6, 10, 4);
    if (legend_ != nullptr && !legend_->isHidden() && !legend_->text().isEmpty()) {
        const int width = std::max(80, this->width() - 16);
        const int height = legend_->heightForWidth(width);
        legend_->setGeometry(8, this->height() - height - 4, width, height);
        margins.setBottom(height + 8);
    }
    chart()->setMargins(margins);
}

QString StyledChartView::emptyText() const {
    return empty_->text();
}

void StyledChartView::resizeEvent(QResizeEvent* event) {
    QChartView::resizeEvent(event);
    empty_->setGeometry(rect().adjusted(24, 24, -24, -24));
    placeLegend();
    fitAxisTitles();
}

void StyledChartView::showEvent(QShowEvent* event) {
    QChartView::showEvent(event);
    fitAxisTitles();
}

void StyledChartView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) {
        styleChart(chart(), palette());
        recolor();
        updateLegend();
    } else if (event->type() == QEvent::LanguageChange) {
        // The axes' numbers and dates in the locale of the moment, then the chart's own texts.
        chart()->setLocale(QLocale());
        retranslate();
        updateLegend();
        fitAxisTitles();
    }
    QChartView::changeEvent(event);
}

} // namespace attrition::ui
