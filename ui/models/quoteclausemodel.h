#pragma once

#include "attrition/engine/quote.h"

#include <QAbstractTableModel>
#include <vector>

namespace attrition::ui {

/// The clause advice of a quote: a row per performance level, the chance that the group owes anything,
/// then the expected damages under each damages factor. Its table and its chart read the same model: the
/// display role is the text, ChartRole the number (the level in points, the damages in the currency's
/// major units).
class QuoteClauseModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { LevelColumn, ChanceColumn, FirstFactorColumn };

    explicit QuoteClauseModel(QObject* parent = nullptr);

    void setClauses(const std::vector<quote::ClauseOption>& clauses);
    const std::vector<Percent>& levels() const { return levels_; }
    const std::vector<Percent>& factors() const { return factors_; }
    /// The option at a row and a damages column (FirstFactorColumn and after), if the quote has it.
    const quote::ClauseOption* option(int row, int column) const;
    /// The highest expected damages, in major units (for a chart's axis).
    double maximum() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<quote::ClauseOption> clauses_;
    std::vector<Percent> levels_;
    std::vector<Percent> factors_;
};

} // namespace attrition::ui
