#include "models/quoteclausemodel.h"

#include "models/chartvalues.h"
#include "text/language.h"
#include "text/values.h"

#include <QLocale>
#include <algorithm>

namespace attrition::ui {

namespace {

double points(Percent p) {
    return static_cast<double>(p.partsPerMillion()) / 10'000.0;
}

double major(const Money& m) {
    return static_cast<double>(m.minorUnits()) / static_cast<double>(m.currency().minorPerMajor());
}

} // namespace

QuoteClauseModel::QuoteClauseModel(QObject* parent)
    : QAbstractTableModel(parent) {
    refreshOnLanguageChange(this);
}

void QuoteClauseModel::setClauses(const std::vector<quote::ClauseOption>& clauses) {
    beginResetModel();
    clauses_ = clauses;
    levels_.clear();
    factors_.clear();
    for (const quote::ClauseOption& c : clauses_) {
        if (std::find(levels_.begin(), levels_.end(), c.performanceLevel) == levels_.end()) {
            levels_.push_back(c.performanceLevel);
        }
        if (std::find(factors_.begin(), factors_.end(), c.damagesFactor) == factors_.end()) {
            factors_.push_back(c.damagesFactor);
        }
    }
    endResetModel();
}

const quote::ClauseOption* QuoteClauseModel::option(int row, int column) const {
    if (row < 0 || row >= rowCount() || column < FirstFactorColumn || column >= columnCount()) {
        return nullptr;
    }
    const Percent level = levels_[static_cast<std::size_t>(row)];
    const Percent factor = factors_[static_cast<std::size_t>(column - FirstFactorColumn)];
    for (const quote::ClauseOption& c : clauses_) {
        if (c.performanceLevel == level && c.damagesFactor == factor) {
            return &c;
        }
    }
    return nullptr;
}

double QuoteClauseModel::maximum() const {
    double most = 0;
    for (const quote::ClauseOption& c : clauses_) {
        most = std::max(most, major(c.expectedDamages));
    }
    return most;
}

int QuoteClauseModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(levels_.size());
}

int QuoteClauseModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FirstFactorColumn + static_cast<int>(factors_.size());
}

QVariant QuoteClauseModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    const Percent level = levels_[static_cast<std::size_t>(index.row())];
    if (index.column() == LevelColumn) {
        if (role == Qt::DisplayRole) {
            return formatPercent(level);
        }
        return role == ChartRole ? QVariant(points(level)) : QVariant();
    }
    if (index.column() == ChanceColumn) {
        // Whether anything is owed hardly depends on the factor: the chance under the first (the highest).
        const quote::ClauseOption* o = option(index.row(), FirstFactorColumn);
        if (o == nullptr) {
            return {};
        }
        if (role == Qt::DisplayRole) {
            return QLocale().toString(o->probabilityOwed * 100.0, 'f', 1) + QLocale().percent();
        }
        return role == ChartRole ? QVariant(o->probabilityOwed * 100.0) : QVariant();
    }
    const quote::ClauseOption* o = option(index.row(), index.column());
    if (o == nullptr) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        return formatMoney(o->expectedDamages);
    }
    if (role == Qt::ToolTipRole) {
        return tr("At %1 performance and a %2 damages factor the group would owe %3 on average; it owes "
                  "something in %4 of the draws")
            .arg(formatPercent(o->performanceLevel), formatPercent(o->damagesFactor),
                 formatMoneyWithCode(o->expectedDamages),
                 QLocale().toString(o->probabilityOwed * 100.0, 'f', 1) + QLocale().percent());
    }
    return role == ChartRole ? QVariant(major(o->expectedDamages)) : QVariant();
}

QVariant QuoteClauseModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return {};
    }
    const int f = section - FirstFactorColumn;
    const bool factor = f >= 0 && f < static_cast<int>(factors_.size());
    if (role == Qt::ToolTipRole && section == ChanceColumn) {
        return tr("The share of the wash draws in which the group owes any attrition damages");
    }
    if (role == Qt::ToolTipRole && factor) {
        return tr("The expected damages under a damages factor of %1")
            .arg(formatPercent(factors_[static_cast<std::size_t>(f)]));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (section == LevelColumn) {
        return tr("Performance");
    }
    if (section == ChanceColumn) {
        return tr("Chance of owing");
    }
    if (factor) {
        return tr("Factor %1").arg(formatPercent(factors_[static_cast<std::size_t>(f)]));
    }
    return {};
}

} // namespace attrition::ui
