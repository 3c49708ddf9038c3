#include "models/scenariocomparisonmodel.h"

#include "models/scenarioset.h"
#include "session/contractdocument.h"
#include "text/values.h"

#include <QFont>
#include <cstdlib>

namespace attrition::ui {

ScenarioComparisonModel::ScenarioComparisonModel(ContractDocument* document, ScenarioSet* scenarios,
                                                 QObject* parent)
    : QAbstractTableModel(parent)
    , document_(document)
    , scenarios_(scenarios) {}

void ScenarioComparisonModel::setScenarios(ScenarioSet* scenarios) {
    scenarios_ = scenarios;
    recompute();
}

void ScenarioComparisonModel::recompute() {
    std::vector<ScenarioResult> results;
    const Contract& c = document_->contract();
    ScenarioResult base;
    base.assessment = document_->results().assessment;
    base.curve = document_->results().pickupSweep;
    flatOwedWhenCancelled(base);
    if (!base.assessment) {
        base.problem = tr("The contract has problems: correct them to compare scenarios");
    }
    results.push_back(std::move(base));
    if (scenarios_ != nullptr) {
        for (const Scenario& s : scenarios_->scenarios()) {
            if (!document_->results().assessment) {
                results.push_back(ScenarioResult{std::nullopt, results.front().problem, {}});
                continue;
            }
            results.push_back(evaluateScenario(c, s.overrides, document_->credits()));
        }
    }
    beginResetModel();
    results_ = std::move(results);
    endResetModel();
}

int ScenarioComparisonModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : RowCount;
}

int ScenarioComparisonModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(results_.size());
}

std::optional<std::int64_t> ScenarioComparisonModel::figure(const Assessment& a, int row) const {
    switch (row) {
    case PickupRow:
        return a.cancelled ? std::nullopt : std::optional<std::int64_t>(a.pickupPercent.partsPerMillion());
    case RoomsRow:
        return a.rooms.minorUnits();
    case FoodBeverageRow:
        return a.foodBeverage.minorUnits();
    case MeetingRoomRow:
        return a.meetingRoom.minorUnits();
    case CancellationRow:
        return a.cancellation.minorUnits();
    case SubtotalRow:
        return a.subtotal.minorUnits();
    case TaxRow:
        return a.tax.minorUnits();
    case TotalOwedRow:
        return a.totalOwed.minorUnits();
    case CreditsRow:
        return -a.creditsApplied.minorUnits();
    case DepositsRow:
        return -a.depositsApplied.minorUnits();
    case NetDueRow:
        return a.netDue.minorUnits();
    default:
        return std::nullopt;
    }
}

QVariant ScenarioComparisonModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.column() >= columnCount()) {
        return {};
    }
    const ScenarioResult& r = results_[static_cast<std::size_t>(index.column())];
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        return r.problem;
    }
    if (role == Qt::FontRole && (index.row() == TotalOwedRow || index.row() == NetDueRow)) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (!r.assessment) {
        return role == Qt::DisplayRole
                   ? QVariant(index.row() == PickupRow ? tr("cannot assess") : QStringLiteral("\u2014"))
                   : QVariant();
    }
    const Currency currency = r.assessment->currency;
    const std::optional<std::int64_t> value = figure(*r.assessment, index.row());
    const auto text = [&](std::int64_t v, bool sign) {
        QString s = index.row() == PickupRow ? formatPercentRounded(Percent::fromPartsPerMillion(v), 1)
                                             : formatMoney(Money(v, currency));
        if (sign && v > 0) {
            s.prepend(QLocale().positiveSign());
        }
        return s;
    };
    if (role == Qt::DisplayRole) {
        return value ? text(*value, false) : QStringLiteral("\u2014");
    }
    if ((role == DeltaRole || role == DeltaSignRole) && index.column() > 0 && value &&
        results_.front().assessment) {
        const std::optional<std::int64_t> base = figure(*results_.front().assessment, index.row());
        if (!base) {
            return {};
        }
        const std::int64_t delta = *value - *base;
        if (role == DeltaSignRole) {
            return delta > 0 ? 1 : delta < 0 ? -1 : 0;
        }
        return delta == 0 ? tr("no change") : text(delta, true);
    }
    return {};
}

QVariant ScenarioComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) {
        if (role == Qt::TextAlignmentRole && orientation == Qt::Horizontal) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    }
    if (orientation == Qt::Horizontal) {
        if (section == 0) {
            return tr("Contract");
        }
        if (scenarios_ != nullptr && section - 1 < static_cast<int>(scenarios_->scenarios().size())) {
            QString name =
                QString::fromStdString(scenarios_->scenarios()[static_cast<std::size_t>(section - 1)].name);
            if (role == Qt::DisplayRole && name.size() > 16) { // two lines: the columns stay narrow
                const qsizetype middle = name.size() / 2;
                qsizetype best = -1;
                for (qsizetype i = 0; i < name.size(); ++i) {
                    if (name.at(i) == QLatin1Char(' ') &&
                        (best < 0 || std::abs(i - middle) < std::abs(best - middle))) {
                        best = i;
                    }
                }
                if (best > 0) {
                    name[best] = QLatin1Char('\n');
                }
            }
            return name;
        }
        return {};
    }
    switch (section) {
    case PickupRow:
        return tr("Pickup");
    case RoomsRow:
        return tr("Room attrition");
    case FoodBeverageRow:
        return tr("Food & beverage");
    case MeetingRoomRow:
        return tr("Meeting room");
    case CancellationRow:
        return tr("Cancellation");
    case SubtotalRow:
        return tr("Subtotal");
    case TaxRow:
        return tr("Tax");
    case TotalOwedRow:
        return tr("Total owed");
    case CreditsRow:
        return tr("Rebooking credits applied");
    case DepositsRow:
        return tr("Deposits applied");
    case NetDueRow:
        return tr("Net due");
    default:
        return {};
    }
}

} // namespace attrition::ui
