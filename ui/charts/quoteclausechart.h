#pragma once

#include "charts/styledchartview.h"

#include <vector>

class QAbstractItemModel;
class QLineSeries;
class QValueAxis;

namespace attrition::ui {

class QuoteClauseModel;

/// What each attrition clause would collect: the expected damages against the performance level, a line
/// per damages factor, drawn from the same model as the clause table.
class QuoteClauseChart : public StyledChartView {
    Q_OBJECT

public:
    explicit QuoteClauseChart(QuoteClauseModel* model, QWidget* parent = nullptr);
    /// The lines drawn, one per damages factor.
    const std::vector<QLineSeries*>& lines() const { return lines_; }

protected:
    void recolor() override;
    void retranslate() override;

private:
    void rebuild();

    QuoteClauseModel* model_;
    QAbstractItemModel* values_;
    std::vector<QLineSeries*> lines_;
    std::vector<QObject*> mappers_;
    QValueAxis* x_;
    QValueAxis* y_;
};

} // namespace attrition::ui
