#pragma once

#include <QChartView>

class QAbstractSeries;
class QLabel;
class QValueAxis;

namespace attrition {
class Date;
class Money;
} // namespace attrition

namespace attrition::ui {

class ContractDocument;

/// Dresses a chart in the application's palette and font.
void styleChart(QChart* chart, const QPalette& palette);

/// Leaves `series` out of the chart's legend, Qt's own or the wrapping one.
void hideFromLegend(QChart* chart, QAbstractSeries* series);
/// The y axis from zero to a round number above `most`, with a little room above the highest point.
void fitAmountAxis(QValueAxis* axis, double most);
/// The code of the contract's currency, for an amount axis' title; empty while it has none.
QString currencyTitle(const ContractDocument* document);

/// A chart view that restyles its chart when the palette changes.
class StyledChartView : public QChartView {
    Q_OBJECT
public:
    explicit StyledChartView(QWidget* parent = nullptr);
    /// A sentence shown over the chart when it has nothing to draw; empty to hide it.
    void setEmptyText(const QString& text);
    QString emptyText() const;

    /// The legend's text as shown by a wrapping legend (empty for Qt's own legend), for tests.
    QString legendText() const;
    /// Qt's own legend again, drawn by the chart itself (a printed chart paints only the chart).
    void useChartLegend();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    /// Replaces Qt's one-line legend, which cuts names short on a narrow chart, by one that wraps its entries
    /// over as many lines as the width needs. Its entries are the visible series with a name.
    void useWrappingLegend();
    /// Writes the wrapping legend again (after series, names, colours or visibility changed).
    void updateLegend();
    /// Colours of the series, after the palette changed.
    virtual void recolor() {}
    /// The texts the chart sets itself (series names, axis titles, what an empty chart says), in the
    /// installed language: done on each QEvent::LanguageChange, after the chart takes the default locale
    /// (its numbers and dates), and by each subclass once built.
    virtual void retranslate() {}

private:
    void placeLegend();
    /// On a short chart (beside the editor on a laptop's screen) the axes' titles would take the height the
    /// plot needs, and be cut: the horizontal axis's title is left out below kCompactHeight, a vertical
    /// axis's when it is longer than the plot is high. The view's tooltip then gives the titles left out.
    void fitAxisTitles();

    static constexpr int kCompactHeight = 240;

    QLabel* empty_;
    QLabel* legend_ = nullptr;
};

} // namespace attrition::ui
