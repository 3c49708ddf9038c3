#include "models/pipelinemodel.h"

#include "models/chartvalues.h"
#include "session/desk.h"
#include "text/values.h"

#include <QDate>
#include <QFont>
#include <QLocale>
#include <algorithm>

namespace attrition::ui {

namespace {

void add(PipelineFigures& into, const PipelineFigures& f) {
    into.contracts += f.contracts;
    into.roomNights += f.roomNights;
    into.roomRevenue += f.roomRevenue;
    into.foodBeverageMinimum += f.foodBeverageMinimum;
    into.damages += f.damages;
    into.notMeasured += f.notMeasured;
}

constexpr int kStages = 6;

} // namespace

PipelineModel::PipelineModel(QObject* parent)
    : QAbstractTableModel(parent) {}

PipelineModel::~PipelineModel() = default;

const Pipeline* PipelineModel::pipeline() const {
    return data_ ? &data_->pipeline : nullptr;
}

void PipelineModel::setDesk(std::shared_ptr<const DeskData> desk) {
    beginResetModel();
    data_ = std::move(desk);
    currencies_.clear();
    if (data_) {
        for (const PipelineRow& r : data_->pipeline.rows) {
            if (std::find(currencies_.begin(), currencies_.end(), r.currency) == currencies_.end()) {
                currencies_.push_back(r.currency);
            }
        }
        std::sort(currencies_.begin(), currencies_.end(),
                  [](Currency a, Currency b) { return a.code() < b.code(); });
    }
    if (std::find(currencies_.begin(), currencies_.end(), currency_) == currencies_.end()) {
        // The currency of the most contracts first.
        currency_ = currencies_.empty() ? Currency() : currencies_.front();
        std::int64_t most = 0;
        for (const Currency c : currencies_) {
            std::int64_t count = 0;
            for (const PipelineRow& r : data_->pipeline.rows) {
                count += r.currency == c ? r.figures.contracts : 0;
            }
            if (count > most) {
                most = count;
                currency_ = c;
            }
        }
    }
    rebuild();
    endResetModel();
}

void PipelineModel::setCurrency(Currency currency) {
    if (currency == currency_) {
        return;
    }
    beginResetModel();
    currency_ = currency;
    rebuild();
    endResetModel();
}

void PipelineModel::setMeasure(Measure measure) {
    if (measure == measure_) {
        return;
    }
    beginResetModel();
    measure_ = measure;
    endResetModel();
}

void PipelineModel::rebuild() {
    months_.clear();
    if (!data_) {
        return;
    }
    for (const PipelineRow& r : data_->pipeline.rows) {
        if (r.currency == currency_) {
            months_.emplace_back(r.year, r.month);
        }
    }
    std::sort(months_.begin(), months_.end());
    months_.erase(std::unique(months_.begin(), months_.end()), months_.end());
}

PipelineFigures PipelineModel::figures(int row, PipelineStage stage) const {
    PipelineFigures sum;
    if (!data_) {
        return sum;
    }
    const bool total = row == monthCount();
    for (const PipelineRow& r : data_->pipeline.rows) {
        if (r.currency != currency_ || r.stage != stage) {
            continue;
        }
        if (total || (row >= 0 && row < monthCount() &&
                      months_[static_cast<std::size_t>(row)] == std::pair(r.year, r.month))) {
            add(sum, r.figures);
        }
    }
    return sum;
}

QString PipelineModel::stageName(PipelineStage stage) {
    switch (stage) {
    case PipelineStage::Prospect:
        return tr("Prospect");
    case PipelineStage::Tentative:
        return tr("Tentative");
    case PipelineStage::Definite:
        return tr("Definite");
    case PipelineStage::Actualized:
        return tr("Actualized");
    case PipelineStage::Lost:
        return tr("Lost");
    case PipelineStage::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

std::optional<Money> PipelineModel::amountOf(const PipelineFigures& f) const {
    const auto shown = [this](const Money& m) {
        return m.currency().isValid() ? m : Money::zero(currency_);
    };
    switch (measure_) {
    case Measure::RoomNights:
    case Measure::Contracts:
        return std::nullopt;
    case Measure::RoomRevenue:
        return shown(f.roomRevenue);
    case Measure::FoodBeverageMinimum:
        return shown(f.foodBeverageMinimum);
    case Measure::Damages:
        return shown(f.damages);
    }
    return std::nullopt;
}

QString PipelineModel::cellText(const PipelineFigures& f) const {
    if (const std::optional<Money> amount = amountOf(f)) {
        return formatMoney(*amount);
    }
    return formatCount(measure_ == Measure::Contracts ? f.contracts : f.roomNights);
}

double PipelineModel::cellValue(const PipelineFigures& f) const {
    if (const std::optional<Money> amount = amountOf(f)) {
        return chartAmount(*amount);
    }
    return static_cast<double>(measure_ == Measure::Contracts ? f.contracts : f.roomNights);
}

int PipelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || months_.empty() ? 0 : monthCount() + 1;
}

int PipelineModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PipelineModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !data_) {
        return {};
    }
    const int row = index.row();
    const bool total = row == monthCount();
    if (index.column() == MonthColumn) {
        if (role == Qt::DisplayRole) {
            if (total) {
                return tr("Total");
            }
            const auto [year, month] = months_[static_cast<std::size_t>(row)];
            return QLocale().toString(QDate(year, month, 1), QStringLiteral("MMM yyyy"));
        }
        if (role == MonthRole && !total) {
            const auto [year, month] = months_[static_cast<std::size_t>(row)];
            return QDate(year, month, 1);
        }
    } else {
        PipelineFigures f;
        if (index.column() == TotalColumn) {
            for (int s = 0; s < kStages; ++s) {
                add(f, figures(row, static_cast<PipelineStage>(s)));
            }
        } else {
            f = figures(row, stageOf(index.column()));
        }
        if (role == Qt::DisplayRole) {
            return cellText(f);
        }
        if (role == ValueRole) {
            return cellValue(f);
        }
        if (role == Qt::TextAlignmentRole) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        if (role == Qt::ToolTipRole) {
            return tr("%n contracts, %1 room nights, room revenue %2, F&B minimum %3, damages as picked up "
                      "%4",
                      nullptr, static_cast<int>(f.contracts))
                .arg(formatCount(f.roomNights),
                     formatMoneyWithCode(f.roomRevenue.currency().isValid() ? f.roomRevenue
                                                                            : Money::zero(currency_)),
                     formatMoney(f.foodBeverageMinimum.currency().isValid() ? f.foodBeverageMinimum
                                                                            : Money::zero(currency_)),
                     formatMoney(f.damages.currency().isValid() ? f.damages : Money::zero(currency_)));
        }
    }
    if (role == Qt::FontRole && (total || index.column() == TotalColumn)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant PipelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    if (section == MonthColumn) {
        return tr("Arrival");
    }
    if (section == TotalColumn) {
        return tr("Total");
    }
    return stageName(stageOf(section));
}

QString PipelineModel::conversionText() const {
    if (!data_) {
        return {};
    }
    const PipelineConversion& c = data_->pipeline.conversion;
    const QString counts = tr("%1 won, %2 lost, %3 still open")
                               .arg(formatCount(c.won), formatCount(c.lost), formatCount(c.open));
    if (!c.rate) {
        return tr("Conversion: not known yet (%1).").arg(counts);
    }
    return tr("Conversion: %1 of decided tentatives became definite (%2).")
        .arg(formatPercentRounded(*c.rate), counts);
}

QString PipelineModel::washText() const {
    if (!data_) {
        return {};
    }
    const PipelineWash& w = data_->pipeline.wash;
    if (!w.wash) {
        return tr("Wash: no actualized group arrives in these dates.");
    }
    return tr("Wash: %1 of the blocks of %n actualized groups went unsold (%2 of %3 room nights picked up).",
              nullptr, static_cast<int>(w.groups))
        .arg(formatPercentRounded(*w.wash), formatCount(w.pickupRoomNights), formatCount(w.blockRoomNights));
}

} // namespace attrition::ui
