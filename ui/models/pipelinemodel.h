#pragma once

#include "attrition/domain/currency.h"
#include "attrition/engine/pipeline.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace attrition::ui {

struct DeskData;

/// The sales pipeline of the desk as a table: one row per arrival month, one column per stage, then the
/// total; a last row adds up every month. Amounts are never added across currencies: the table shows one
/// currency at a time (`setCurrency`), room nights included (those of the contracts in that currency).
class PipelineModel : public QAbstractTableModel {
    Q_OBJECT

public:
    /// The figure the cells show. Damages: what the engine assesses at the pickup on the books
    /// (PipelineFigures).
    enum class Measure : std::uint8_t { RoomNights, RoomRevenue, Contracts, FoodBeverageMinimum, Damages };
    static constexpr int kMeasures = 5;
    enum Column { MonthColumn, FirstStageColumn, TotalColumn = FirstStageColumn + 6, ColumnCount };
    /// The cell's figure as a number for a chart's axis (room nights, contracts, major units of money).
    static constexpr int ValueRole = Qt::UserRole + 10;

    explicit PipelineModel(QObject* parent = nullptr);
    ~PipelineModel() override;

    void setDesk(std::shared_ptr<const DeskData> desk);
    /// The currencies of the pipeline's rows, in order of code.
    const std::vector<Currency>& currencies() const { return currencies_; }
    /// Shows the figures of contracts in `currency` (the first currency when it has none of it).
    void setCurrency(Currency currency);
    Currency currency() const { return currency_; }
    void setMeasure(Measure measure);
    Measure measure() const { return measure_; }

    static PipelineStage stageOf(int column) { return static_cast<PipelineStage>(column - FirstStageColumn); }
    static QString stageName(PipelineStage stage);
    /// The months shown, in order (the last row, the total, is not one of them).
    int monthCount() const { return static_cast<int>(months_.size()); }
    /// The figures of one month (row) and stage in the currency shown; every month's for the total row.
    PipelineFigures figures(int row, PipelineStage stage) const;
    const Pipeline* pipeline() const;

    /// The conversion and the wash in sentences.
    QString conversionText() const;
    QString washText() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    /// The amount the cells show (room revenue, F&B minimum, damages); none for a count.
    std::optional<Money> amountOf(const PipelineFigures& f) const;
    QString cellText(const PipelineFigures& f) const;
    double cellValue(const PipelineFigures& f) const;

    std::shared_ptr<const DeskData> data_;
    std::vector<Currency> currencies_;
    Currency currency_;
    Measure measure_ = Measure::RoomNights;
    std::vector<std::pair<int, int>> months_; ///< year, month
};

} // namespace attrition::ui
