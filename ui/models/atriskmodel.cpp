#include "models/atriskmodel.h"

#include "session/desk.h"
#include "text/messagetext.h"
#include "text/values.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>
#include <limits>

namespace attrition::ui {

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

/// An amount for ordering only: major units as written, as the engine's risk order compares them.
double majorUnits(const Money& m) {
    return static_cast<double>(m.minorUnits()) / static_cast<double>(m.currency().minorPerMajor());
}

} // namespace

AtRiskModel::AtRiskModel(QObject* parent)
    : QAbstractTableModel(parent) {}

AtRiskModel::~AtRiskModel() = default;

void AtRiskModel::setDesk(std::shared_ptr<const DeskData> desk) {
    beginResetModel();
    data_ = std::move(desk);
    endResetModel();
}

const forecast::AtRiskRow* AtRiskModel::rowAt(int row) const {
    if (!data_ || row < 0 || row >= static_cast<int>(data_->atRisk.rows.size())) {
        return nullptr;
    }
    return &data_->atRisk.rows[static_cast<std::size_t>(row)];
}

QString AtRiskModel::keyAt(int row) const {
    if (!data_ || row < 0 || row >= static_cast<int>(data_->keys.size())) {
        return {};
    }
    return data_->keys[static_cast<std::size_t>(row)];
}

int AtRiskModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !data_ ? 0 : static_cast<int>(data_->atRisk.rows.size());
}

int AtRiskModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString AtRiskModel::flagsText(int row) const {
    const forecast::AtRiskRow* r = rowAt(row);
    if (r == nullptr) {
        return {};
    }
    QStringList lines;
    for (const forecast::RiskFlagNote& note : r->flags) {
        lines << messageText(note.explanation);
    }
    return lines.join(QLatin1Char('\n'));
}

QString AtRiskModel::detailText(int row) const {
    const forecast::AtRiskRow* r = rowAt(row);
    if (r == nullptr) {
        return {};
    }
    QStringList lines;
    lines << tr("%1 (%2), %3: %4")
                 .arg(qs(r->reference), qs(r->groupName), qs(r->hotel), messageText(r->action));
    lines << messageText(r->pace);
    lines << messageText(r->damages);
    for (const forecast::RiskFlagNote& note : r->flags) {
        lines << QStringLiteral("\u26a0 ") + messageText(note.explanation);
    }
    if (r->flags.empty()) {
        lines << tr("No flag: nothing in this group's figures calls for a look before its next date.");
    }
    return lines.join(QLatin1Char('\n'));
}

QString AtRiskModel::text(int row, Column column) const {
    const forecast::AtRiskRow* r = rowAt(row);
    if (r == nullptr) {
        return {};
    }
    switch (column) {
    case RankColumn:
        return formatCount(row + 1);
    case GroupColumn:
        return tr("%1 %2").arg(qs(r->reference), qs(r->groupName));
    case ArrivalColumn:
        return formatDate(r->arrival);
    case HotelColumn:
        return qs(r->hotel);
    case PickupColumn:
        return tr("%1 (%2 of %3)")
            .arg(formatPercentRounded(r->pickupPercent), formatCount(r->onTheBooks),
                 formatCount(r->blockRoomNights));
    case PaceColumn:
        if (!r->pacePoints) {
            return tr("not known");
        }
        return tr("%1 pts").arg((*r->pacePoints > 0 ? QStringLiteral("+") : QString()) +
                                QLocale().toString(*r->pacePoints, 'f', 1));
    case ForecastColumn:
        return tr("%1 (%2-%3)")
            .arg(formatPercentRounded(r->expectedPercent), formatPercentRounded(r->p10Percent),
                 formatPercentRounded(r->p90Percent));
    case DamagesColumn:
        return tr("%1 (%2-%3)")
            .arg(formatMoneyWithCode(r->expectedDamages), formatMoney(r->damagesP10),
                 formatMoney(r->damagesP90));
    case NextColumn: {
        if (!r->nextDate) {
            return messageText(r->action);
        }
        const QString kind = r->nextKind == forecast::NextDateKind::Cutoff ? tr("Cutoff") : tr("Review");
        return tr("%1 %2 (in %n days): %3", nullptr, r->daysToNext)
            .arg(kind, formatDate(*r->nextDate), messageText(r->action));
    }
    case FlagsColumn: {
        if (r->flags.empty()) {
            return {};
        }
        QStringList names;
        for (const forecast::RiskFlagNote& note : r->flags) {
            switch (note.flag) {
            case forecast::RiskFlag::PaceBehind:
                names << tr("Pace behind");
                break;
            case forecast::RiskFlag::NoPickupMovement:
                names << tr("No pickup movement");
                break;
            case forecast::RiskFlag::ReviewBelowPerformance:
                names << tr("Review below performance");
                break;
            case forecast::RiskFlag::CutoffPassedUnsold:
                names << tr("Cutoff passed unsold");
                break;
            case forecast::RiskFlag::FoodBeverageBelowMinimum:
                names << tr("F&B below minimum");
                break;
            }
        }
        return QStringLiteral("\u26a0 ") + names.join(QStringLiteral(", "));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AtRiskModel::data(const QModelIndex& index, int role) const {
    const forecast::AtRiskRow* r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (r == nullptr) {
        return {};
    }
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), column);
    case Qt::ToolTipRole:
        if (column == FlagsColumn || column == RankColumn || column == GroupColumn) {
            const QString flags = flagsText(index.row());
            return flags.isEmpty() ? messageText(r->action) : flags;
        }
        if (column == PaceColumn) {
            return messageText(r->pace);
        }
        if (column == DamagesColumn) {
            return messageText(r->damages);
        }
        if (column == NextColumn) {
            return messageText(r->action);
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case RankColumn:
        case PickupColumn:
        case PaceColumn:
        case ForecastColumn:
        case DamagesColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ForegroundRole:
        if (column == PaceColumn && r->pacePoints && *r->pacePoints < 0) {
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        }
        if (column == FlagsColumn && !r->flags.empty()) {
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        }
        return {};
    case KeyRole:
        return keyAt(index.row());
    case SortRole:
        switch (column) {
        case RankColumn:
            return index.row();
        case GroupColumn:
            return QString(qs(r->reference) + QLatin1Char(' ') + qs(r->groupName));
        case ArrivalColumn:
            return r->arrival.dayNumber();
        case HotelColumn:
            return qs(r->hotel);
        case PickupColumn:
            return static_cast<qlonglong>(r->pickupPercent.partsPerMillion());
        case PaceColumn:
            // Not known sorts before every known pace.
            return r->pacePoints ? *r->pacePoints : -1e9;
        case ForecastColumn:
            return static_cast<qlonglong>(r->expectedPercent.partsPerMillion());
        case DamagesColumn:
            return majorUnits(r->expectedDamages);
        case NextColumn:
            return r->nextDate ? r->nextDate->dayNumber() : std::numeric_limits<std::int32_t>::max();
        case FlagsColumn:
            return static_cast<int>(r->flags.size());
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant AtRiskModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case RankColumn:
            return tr("Risk");
        case GroupColumn:
            return tr("Group");
        case ArrivalColumn:
            return tr("Arrival");
        case HotelColumn:
            return tr("Hotel");
        case PickupColumn:
            return tr("Picked up");
        case PaceColumn:
            return tr("Pace");
        case ForecastColumn:
            return tr("Forecast (P10-P90)");
        case DamagesColumn:
            return tr("Expected damages (P10-P90)");
        case NextColumn:
            return tr("Next date and action");
        case FlagsColumn:
            return tr("Flags");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case RankColumn:
            return tr("The risk order: the higher expected damages first, then more flags, then the earlier "
                      "arrival.");
        case PaceColumn:
            return tr("Points of the block ahead (+) or behind (-) comparable past groups at the same day "
                      "before arrival.");
        case ForecastColumn:
            return tr("The forecast final pickup as a share of the block, with its P10-P90 range.");
        case DamagesColumn:
            return tr("The expected attrition damages at arrival, with their P10-P90 range.");
        default:
            return {};
        }
    }
    return {};
}

} // namespace attrition::ui
