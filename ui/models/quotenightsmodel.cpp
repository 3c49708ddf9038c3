#include "models/quotenightsmodel.h"

#include "attrition/domain/fixed_point.h"
#include "text/language.h"
#include "text/values.h"

#include <cstdlib>

namespace attrition::ui {

namespace {

/// Rooms to one decimal, half up, as the command line's quote shows them ("89.5", "90").
QString roomsText(Quantity q) {
    const auto tenths =
        static_cast<std::int64_t>(divideRounded(q.micro(), Quantity::kScale / 10, RoundingMode::HalfUp));
    return formatRooms(tenths * (Quantity::kScale / 10));
}

} // namespace

QuoteNightsModel::QuoteNightsModel(QObject* parent)
    : QAbstractTableModel(parent) {
    refreshOnLanguageChange(this);
}

void QuoteNightsModel::setNights(std::vector<quote::NightQuote> nights) {
    beginResetModel();
    nights_ = std::move(nights);
    endResetModel();
}

int QuoteNightsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(nights_.size());
}

int QuoteNightsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteNightsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(index.column() == NightColumn ? (Qt::AlignLeft | Qt::AlignVCenter)
                                                                 : (Qt::AlignRight | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const quote::NightQuote& n = nights_[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case NightColumn:
        return formatNight(n.night);
    case BlockColumn:
        return formatCount(n.block);
    case CapacityColumn:
        return formatCount(n.capacity);
    case DemandColumn:
        return roomsText(n.transientDemand);
    case GroupRoomsColumn:
        return roomsText(n.groupRooms);
    case DisplacedColumn:
        return roomsText(n.displacedRooms);
    case ProfitColumn:
        return formatMoney(n.groupRoomProfit);
    case CostColumn:
        return formatMoney(n.displacementCost);
    case NetColumn:
        return formatMoney(n.net);
    case BreakEvenColumn:
        return n.breakEvenRate ? formatMoney(*n.breakEvenRate) : QStringLiteral("\u2013");
    default:
        return {};
    }
}

namespace {

/// A heading of several words on two lines, broken at the space nearest its middle, so that nine columns
/// fit beside the outlook in any language.
QString inTwoLines(QString heading) {
    const qsizetype middle = heading.size() / 2;
    qsizetype at = -1;
    for (qsizetype i = 0; i < heading.size(); ++i) {
        if (heading[i] == QLatin1Char(' ') && (at < 0 || std::abs(i - middle) < std::abs(at - middle))) {
            at = i;
        }
    }
    if (at > 0) {
        heading[at] = QLatin1Char('\n');
    }
    return heading;
}

} // namespace

QVariant QuoteNightsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case GroupRoomsColumn:
            return tr("The block less the expected wash");
        case DisplacedColumn:
            return tr("Transient rooms turned away because the group takes them: transient demand plus group "
                      "rooms above the capacity");
        case ProfitColumn:
            return tr("The group's room revenue less its commission and the rooms' variable cost");
        case CostColumn:
            return tr("Displaced rooms \u00d7 (transient net ADR \u2212 variable cost + ancillary profit)");
        case NetColumn:
            return tr("Group room profit less the displacement cost");
        case BreakEvenColumn:
            return tr("The least average group rate at which the night pays for what it displaces");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    return inTwoLines(label(section));
}

QString QuoteNightsModel::label(int section) {
    switch (section) {
    case NightColumn:
        return tr("Night");
    case BlockColumn:
        return tr("Block");
    case CapacityColumn:
        return tr("Capacity");
    case DemandColumn:
        return tr("Demand");
    case GroupRoomsColumn:
        return tr("Group rooms");
    case DisplacedColumn:
        return tr("Displaced");
    case ProfitColumn:
        return tr("Group profit");
    case CostColumn:
        return tr("Displacement");
    case NetColumn:
        return tr("Net");
    case BreakEvenColumn:
        return tr("Break-even rate");
    default:
        return {};
    }
}

} // namespace attrition::ui
