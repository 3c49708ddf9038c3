#include "models/hoteloutlookmodel.h"

#include "text/language.h"
#include "text/values.h"

#include <algorithm>

namespace attrition::ui {

HotelOutlookModel::HotelOutlookModel(QObject* parent)
    : QAbstractTableModel(parent) {
    refreshOnLanguageChange(this);
}

void HotelOutlookModel::setStay(const std::string& hotel, Currency currency, std::vector<Date> nights) {
    if (hotel == hotel_ && currency == currency_ && nights == nights_) {
        return;
    }
    beginResetModel();
    hotel_ = hotel;
    currency_ = currency;
    nights_ = std::move(nights);
    endResetModel();
    emit outlookChanged();
}

void HotelOutlookModel::setOutlook(const std::vector<quote::HotelNight>& nights, bool modified) {
    for (const quote::HotelNight& n : nights) {
        const Key key{hotel_, n.night.dayNumber()};
        if (!modified && unsaved_.contains(key)) {
            continue;
        }
        known_[key] = Cells{n.capacity, n.transientDemand, n.transientNetAdr, n.transientAncillary};
        if (modified) {
            unsaved_.insert(key);
        } else {
            unsaved_.erase(key);
        }
    }
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    emit outlookChanged();
}

void HotelOutlookModel::clear() {
    beginResetModel();
    known_.clear();
    unsaved_.clear();
    loaded_.clear();
    endResetModel();
    emit outlookChanged();
}

const HotelOutlookModel::Cells* HotelOutlookModel::cells(int row) const {
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    const auto it = known_.find(Key{hotel_, nights_[static_cast<std::size_t>(row)].dayNumber()});
    return it == known_.end() ? nullptr : &it->second;
}

std::vector<quote::HotelNight> HotelOutlookModel::outlook() const {
    std::vector<quote::HotelNight> out;
    for (int r = 0; r < rowCount(); ++r) {
        const Cells* c = cells(r);
        if (c == nullptr || !c->capacity || !c->demand || !c->netAdr) {
            continue;
        }
        out.push_back(quote::HotelNight{nights_[static_cast<std::size_t>(r)], *c->capacity, *c->demand,
                                        *c->netAdr,
                                        c->ancillary.value_or(Money::zero(c->netAdr->currency()))});
    }
    return out;
}

QStringList HotelOutlookModel::incomplete() const {
    QStringList out;
    for (int r = 0; r < rowCount(); ++r) {
        const Cells* c = cells(r);
        if (c == nullptr || (c->capacity && c->demand && c->netAdr)) {
            continue;
        }
        if (!c->capacity && !c->demand && !c->netAdr && !c->ancillary) {
            continue; // an empty night: the quote says it has no outlook
        }
        QStringList missing;
        if (!c->capacity) {
            missing << headerData(CapacityColumn, Qt::Horizontal).toString();
        }
        if (!c->demand) {
            missing << headerData(DemandColumn, Qt::Horizontal).toString();
        }
        if (!c->netAdr) {
            missing << headerData(NetAdrColumn, Qt::Horizontal).toString();
        }
        out << tr("%1: enter %2")
                   .arg(formatNight(nights_[static_cast<std::size_t>(r)]),
                        missing.join(tr(", ", "between the names of missing columns")));
    }
    return out;
}

std::vector<quote::HotelNight> HotelOutlookModel::unsaved(const std::string& hotel) const {
    std::vector<quote::HotelNight> out;
    for (const Key& key : unsaved_) {
        if (key.first != hotel) {
            continue;
        }
        const auto it = known_.find(key);
        if (it == known_.end()) {
            continue;
        }
        const Cells& c = it->second;
        if (!c.capacity || !c.demand || !c.netAdr) {
            continue;
        }
        out.push_back(quote::HotelNight{Date::fromDayNumber(key.second), *c.capacity, *c.demand, *c.netAdr,
                                        c.ancillary.value_or(Money::zero(c.netAdr->currency()))});
    }
    return out;
}

std::vector<std::string> HotelOutlookModel::unsavedHotels() const {
    std::vector<std::string> hotels;
    for (const Key& key : unsaved_) {
        if ((hotels.empty() || hotels.back() != key.first) && !unsaved(key.first).empty()) {
            hotels.push_back(key.first);
        }
    }
    return hotels;
}

void HotelOutlookModel::markSaved(const std::string& hotel) {
    for (const quote::HotelNight& n : unsaved(hotel)) {
        unsaved_.erase(Key{hotel, n.night.dayNumber()});
    }
    emit outlookChanged();
}

bool HotelOutlookModel::isLoaded(const std::string& hotel, Date first, Date last) const {
    return loaded_.contains({hotel, first.dayNumber(), last.dayNumber()});
}

void HotelOutlookModel::markLoaded(const std::string& hotel, Date first, Date last) {
    loaded_.insert({hotel, first.dayNumber(), last.dayNumber()});
}

int HotelOutlookModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(nights_.size());
}

int HotelOutlookModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString HotelOutlookModel::cellText(int row, int column) const {
    const Cells* c = cells(row);
    if (c == nullptr) {
        return {};
    }
    switch (column) {
    case CapacityColumn:
        return c->capacity ? formatCount(*c->capacity) : QString();
    case DemandColumn:
        return c->demand ? formatRooms(c->demand->micro()) : QString();
    case NetAdrColumn:
        return c->netAdr ? formatMoney(*c->netAdr) : QString();
    case AncillaryColumn:
        return c->ancillary ? formatMoney(*c->ancillary) : QString();
    default:
        return {};
    }
}

QVariant HotelOutlookModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        return cellText(index.row(), index.column());
    }
    return {};
}

QVariant HotelOutlookModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount()) {
            return formatNight(nights_[static_cast<std::size_t>(section)]);
        }
        return {};
    }
    const QString code = currencyCode(currency_);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CapacityColumn:
            return tr("Rooms the hotel can sell that night");
        case DemandColumn:
            return tr("Unconstrained transient demand: the rooms transient guests would ask for without the "
                      "group, may be fractional");
        case NetAdrColumn:
            return tr("The transient rate net of commissions and distribution costs, in %1").arg(code);
        case AncillaryColumn:
            return tr("Profit per occupied transient room beyond the room (F&B, parking\u2026), in %1; "
                      "empty: none")
                .arg(code);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case CapacityColumn:
        return tr("Capacity");
    case DemandColumn:
        return tr("Demand");
    case NetAdrColumn:
        return tr("Net ADR");
    case AncillaryColumn:
        return tr("Ancillary");
    default:
        return {};
    }
}

Qt::ItemFlags HotelOutlookModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

HotelOutlookModel::Read HotelOutlookModel::read(int row, int column, const QString& text) const {
    Read r;
    if (text.trimmed().isEmpty()) {
        return r;
    }
    Parsed parsed;
    switch (column) {
    case CapacityColumn:
        parsed = parseCount(text);
        break;
    case DemandColumn:
        parsed = parseRooms(text);
        break;
    default:
        parsed = parseMoney(text, currency_);
        break;
    }
    const auto place = [&](const QString& message) {
        return tr("%1, %2: %3")
            .arg(headerData(row, Qt::Vertical).toString(), headerData(column, Qt::Horizontal).toString(),
                 message);
    };
    if (!parsed.ok()) {
        r.error = place(parsed.error);
        return r;
    }
    const std::int64_t value = integerOr(parsed.value);
    if (value < 0) {
        r.error = place(tr("must not be negative"));
        return r;
    }
    if (column == CapacityColumn && value > 1'000'000) {
        r.error = place(tr("at most 1,000,000 rooms"));
        return r;
    }
    if (column == DemandColumn && value > 1'000'000 * Quantity::kScale) {
        r.error = place(tr("at most 1,000,000 rooms"));
        return r;
    }
    r.value = value;
    return r;
}

void HotelOutlookModel::write(int row, int column, std::optional<std::int64_t> value) {
    const Key key{hotel_, nights_[static_cast<std::size_t>(row)].dayNumber()};
    Cells& c = known_[key];
    switch (column) {
    case CapacityColumn:
        c.capacity = value ? std::optional<std::int32_t>(static_cast<std::int32_t>(*value)) : std::nullopt;
        break;
    case DemandColumn:
        c.demand = value ? std::optional<Quantity>(Quantity::fromMicro(*value)) : std::nullopt;
        break;
    case NetAdrColumn:
        c.netAdr = value ? std::optional<Money>(Money(*value, currency_)) : std::nullopt;
        break;
    case AncillaryColumn:
        c.ancillary = value ? std::optional<Money>(Money(*value, currency_)) : std::nullopt;
        break;
    default:
        break;
    }
    unsaved_.insert(key);
}

bool HotelOutlookModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || index.row() >= rowCount()) {
        return false;
    }
    const Read r = read(index.row(), index.column(), value.toString());
    if (!r.error.isEmpty()) {
        emit editRefused(r.error);
        return false;
    }
    write(index.row(), index.column(), r.value);
    emit dataChanged(index, index);
    emit outlookChanged();
    return true;
}

QString HotelOutlookModel::paste(const QString& text, const QModelIndex& at,
                                 const QModelIndexList& selection) {
    const QList<QStringList> rows = splitClipboardCells(text);
    if (rows.isEmpty()) {
        return tr("Nothing to paste");
    }
    struct Write {
        int row;
        int column;
        std::optional<std::int64_t> value;
    };
    std::vector<Write> writes;
    const auto add = [&](int r, int c, const QString& typed) -> QString {
        const Read read = this->read(r, c, typed);
        if (!read.error.isEmpty()) {
            return read.error;
        }
        writes.push_back(Write{r, c, read.value});
        return {};
    };
    if (QString error =
            placePastedCells(rows, at, selection, rowCount(), columnCount(), add,
                             tr("The pasted cells do not fit in the outlook from here: it has %n night(s) "
                                "and 4 columns",
                                nullptr, rowCount()));
        !error.isEmpty()) {
        return error;
    }
    for (const Write& w : writes) {
        write(w.row, w.column, w.value);
    }
    if (rowCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    emit outlookChanged();
    return {};
}

void HotelOutlookModel::clearCells(const QModelIndexList& cells) {
    bool changed = false;
    for (const QModelIndex& i : cells) {
        if (i.isValid() && i.row() < rowCount() && !cellText(i.row(), i.column()).isEmpty()) {
            write(i.row(), i.column(), std::nullopt);
            changed = true;
        }
    }
    if (changed) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        emit outlookChanged();
    }
}

} // namespace attrition::ui
