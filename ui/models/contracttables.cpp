#include "models/contracttables.h"

#include "attrition/domain/clause_defaults.h"
#include "attrition/domain/field_catalogue.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <algorithm>
#include <map>
#include <memory>
#include <set>

namespace attrition::ui {

namespace {

struct Tables {
    Q_DECLARE_TR_FUNCTIONS(Tables)
};

constexpr std::size_t kMaxGridNights = 400;

using Column = ContractTableModel::Column;
using Layout = ContractTableModel::Layout;
using Nights = std::shared_ptr<const std::vector<Date>>;

/// A catalogued list's path (field::Block::path) as the document's paths are written.
QString pathText(std::string_view list) {
    return QString::fromLatin1(list.data(), static_cast<qsizetype>(list.size()));
}

/// The path of an entry of a catalogued list, or of a member of the entry: "block[2].rooms".
QString path(std::string_view list, std::size_t index, const char* member = nullptr) {
    QString p = QStringLiteral("%1[%2]").arg(pathText(list)).arg(index);
    if (member != nullptr) {
        p += QLatin1Char('.') + QLatin1String(member);
    }
    return p;
}

template <typename T>
std::ptrdiff_t findTyped(const std::vector<T>& items, Date night, const std::string& type) {
    const auto it = std::find_if(items.begin(), items.end(),
                                 [&](const T& e) { return e.night == night && e.roomType == type; });
    return it == items.end() ? -1 : it - items.begin();
}

template <typename T> std::ptrdiff_t findNight(const std::vector<T>& items, Date night) {
    const auto it = std::find_if(items.begin(), items.end(), [&](const T& e) { return e.night == night; });
    return it == items.end() ? -1 : it - items.begin();
}

std::size_t at(std::ptrdiff_t index) {
    return static_cast<std::size_t>(index);
}

std::int32_t rooms(const Value& v) {
    return static_cast<std::int32_t>(integerOr(v));
}

Date today() {
    return fromQDate(QDate::currentDate()).value_or(Date());
}

Date dateOr(const Value& v, Date fallback) {
    const auto* d = std::get_if<Date>(&v);
    return d != nullptr ? *d : fallback;
}

QStringList nightHeaders(const std::vector<Date>& nights) {
    QStringList headers;
    const QLocale locale;
    for (Date d : nights) {
        headers << formatNight(d, locale);
    }
    return headers;
}

/// The rate a new block entry of this room type gets: the type's rate on the nearest night that has one.
Money defaultRate(const Contract& c, Date night, const std::string& type) {
    const BlockEntry* best = nullptr;
    for (const BlockEntry& e : c.block) {
        if (e.roomType == type && (best == nullptr || std::abs(e.night.daysSince(night)) <
                                                          std::abs(best->night.daysSince(night)))) {
            best = &e;
        }
    }
    return best != nullptr ? best->rate : Money::zero(c.currency);
}

/// A column of one per-night count of the audit credits.
Column auditColumn(const Nights& nights, QString title, QString toolTip, std::int32_t AuditCredit::*member,
                   const char* memberName) {
    Column col;
    col.title = std::move(title);
    col.toolTip = std::move(toolTip);
    col.kind = ValueKind::Count;
    col.read = [nights, member](const Contract& c, int row) -> Value {
        const std::ptrdiff_t i = findNight(c.auditCredits, (*nights)[static_cast<std::size_t>(row)]);
        if (i < 0 || c.auditCredits[at(i)].*member == 0) {
            return {};
        }
        return std::int64_t{c.auditCredits[at(i)].*member};
    };
    col.write = [nights, member](Contract& c, int row, const Value& v) {
        const Date night = (*nights)[static_cast<std::size_t>(row)];
        std::ptrdiff_t i = findNight(c.auditCredits, night);
        if (i < 0) {
            if (std::holds_alternative<std::monostate>(v)) {
                return;
            }
            c.auditCredits.push_back(AuditCredit{night, 0, 0, 0});
            i = static_cast<std::ptrdiff_t>(c.auditCredits.size()) - 1;
        }
        AuditCredit& credit = c.auditCredits[at(i)];
        credit.*member = rooms(v);
        if (credit.outsideBlock == 0 && credit.billedNoShows == 0 && credit.walked == 0) {
            c.auditCredits.erase(c.auditCredits.begin() + i);
        }
    };
    col.issuePaths = [nights, memberName](const Contract& c, int row) -> QStringList {
        const std::ptrdiff_t i = findNight(c.auditCredits, (*nights)[static_cast<std::size_t>(row)]);
        return i < 0 ? QStringList()
                     : QStringList{path(field::AuditCredits::path, at(i), memberName),
                                   path(field::AuditCredits::path, at(i), "night")};
    };
    return col;
}

/// A percentage column; `field` is a generic accessor of the percentage in a (const or not) contract.
template <typename Field, typename IssuePath>
Column percentColumn(QString title, QString toolTip, Field field, IssuePath issuePath) {
    Column col;
    col.title = std::move(title);
    col.toolTip = std::move(toolTip);
    col.kind = ValueKind::Percent;
    col.read = [field](const Contract& c, int row) -> Value {
        return field(c, row).partsPerMillion();
    };
    col.write = [field](Contract& c, int row, const Value& v) {
        field(c, row) = Percent::fromPartsPerMillion(integerOr(v));
    };
    col.issuePaths = [issuePath](const Contract&, int row) {
        return QStringList{issuePath(row)};
    };
    return col;
}

template <typename T> std::vector<T>& erased(std::vector<T>& items, int row) {
    if (row >= 0 && static_cast<std::size_t>(row) < items.size()) {
        items.erase(items.begin() + row);
    }
    return items;
}

} // namespace

std::vector<Date> gridNights(const Contract& c) {
    std::set<Date> nights;
    for (Date d = c.arrival; d < c.departure && nights.size() < kMaxGridNights; d = d.addDays(1)) {
        nights.insert(d);
    }
    const auto add = [&](const auto& items) {
        for (const auto& e : items) {
            if (nights.size() >= kMaxGridNights) {
                return;
            }
            nights.insert(e.night);
        }
    };
    add(c.block);
    add(c.pickup);
    add(c.auditCredits);
    add(c.occupancy);
    return {nights.begin(), nights.end()};
}

QStringList roomTypes(const Contract& c) {
    QStringList types;
    for (const BlockEntry& e : c.block) {
        const QString t = QString::fromStdString(e.roomType);
        if (!types.contains(t)) {
            types << t;
        }
    }
    for (const PickupEntry& e : c.pickup) {
        const QString t = QString::fromStdString(e.roomType);
        if (!types.contains(t)) {
            types << t;
        }
    }
    return types;
}

ContractTableModel* makeBlockModel(ContractDocument* document, QObject* parent) {
    auto layout = [](const Contract& contract) {
        Layout l;
        const auto nights = std::make_shared<const std::vector<Date>>(gridNights(contract));
        l.rows = static_cast<int>(nights->size());
        l.rowHeaders = nightHeaders(*nights);
        for (const QString& typeName : roomTypes(contract)) {
            const std::string type = typeName.toStdString();
            Column roomsCol;
            roomsCol.title = Tables::tr("%1\nrooms").arg(typeName);
            roomsCol.toolTip = Tables::tr("%1 rooms held for the group on the night").arg(typeName);
            roomsCol.kind = ValueKind::Count;
            roomsCol.read = [nights, type](const Contract& c, int row) -> Value {
                const std::ptrdiff_t i = findTyped(c.block, (*nights)[static_cast<std::size_t>(row)], type);
                return i < 0 ? Value{} : Value{std::int64_t{c.block[at(i)].rooms}};
            };
            roomsCol.write = [nights, type](Contract& c, int row, const Value& v) {
                const Date night = (*nights)[static_cast<std::size_t>(row)];
                const std::ptrdiff_t i = findTyped(c.block, night, type);
                if (std::holds_alternative<std::monostate>(v)) {
                    // A cleared cell leaves no block entry that night, except the room type's last one,
                    // which keeps no rooms: clearing cells never removes a room type (Remove Room Type does).
                    if (i >= 0) {
                        const auto entries =
                            std::count_if(c.block.begin(), c.block.end(),
                                          [&](const BlockEntry& e) { return e.roomType == type; });
                        if (entries > 1) {
                            c.block.erase(c.block.begin() + i);
                        } else {
                            c.block[at(i)].rooms = 0;
                        }
                    }
                } else if (i >= 0) {
                    c.block[at(i)].rooms = rooms(v);
                } else {
                    c.block.push_back(BlockEntry{night, type, rooms(v), defaultRate(c, night, type)});
                }
            };
            roomsCol.issuePaths = [nights, type](const Contract& c, int row) -> QStringList {
                const std::ptrdiff_t i = findTyped(c.block, (*nights)[static_cast<std::size_t>(row)], type);
                if (i < 0) {
                    return {};
                }
                return {path(field::Block::path, at(i), "rooms"), path(field::Block::path, at(i), "night"),
                        path(field::Block::path, at(i), "roomType"), path(field::Block::path, at(i))};
            };
            l.columns.push_back(std::move(roomsCol));

            Column rateCol;
            rateCol.title = Tables::tr("%1\nrate").arg(typeName);
            rateCol.toolTip = Tables::tr("The group rate of a %1 room on the night").arg(typeName);
            rateCol.kind = ValueKind::Money;
            rateCol.read = [nights, type](const Contract& c, int row) -> Value {
                const std::ptrdiff_t i = findTyped(c.block, (*nights)[static_cast<std::size_t>(row)], type);
                return i < 0 ? Value{} : Value{c.block[at(i)].rate.minorUnits()};
            };
            rateCol.write = [nights, type](Contract& c, int row, const Value& v) {
                const Date night = (*nights)[static_cast<std::size_t>(row)];
                const std::ptrdiff_t i = findTyped(c.block, night, type);
                const Money rate(integerOr(v), c.currency);
                if (i >= 0) {
                    c.block[at(i)].rate = rate;
                } else if (!std::holds_alternative<std::monostate>(v)) {
                    c.block.push_back(BlockEntry{night, type, 0, rate});
                }
            };
            rateCol.issuePaths = [nights, type](const Contract& c, int row) -> QStringList {
                const std::ptrdiff_t i = findTyped(c.block, (*nights)[static_cast<std::size_t>(row)], type);
                return i < 0 ? QStringList() : QStringList{path(field::Block::path, at(i), "rate")};
            };
            l.columns.push_back(std::move(rateCol));
        }
        return l;
    };
    return new ContractTableModel(
        document, {pathText(field::Block::path)}, [] { return Tables::tr("block entry"); }, layout, parent);
}

ContractTableModel* makePickupModel(ContractDocument* document, QObject* parent) {
    auto layout = [](const Contract& contract) {
        Layout l;
        const auto nights = std::make_shared<const std::vector<Date>>(gridNights(contract));
        l.rows = static_cast<int>(nights->size());
        l.rowHeaders = nightHeaders(*nights);
        for (const QString& typeName : roomTypes(contract)) {
            const std::string type = typeName.toStdString();
            Column col;
            col.title = Tables::tr("%1\npicked up").arg(typeName);
            col.toolTip = Tables::tr("%1 rooms the group reserved or occupied on the night").arg(typeName);
            col.kind = ValueKind::Count;
            col.read = [nights, type](const Contract& c, int row) -> Value {
                const std::ptrdiff_t i = findTyped(c.pickup, (*nights)[static_cast<std::size_t>(row)], type);
                return i < 0 ? Value{} : Value{std::int64_t{c.pickup[at(i)].rooms}};
            };
            col.write = [nights, type](Contract& c, int row, const Value& v) {
                const Date night = (*nights)[static_cast<std::size_t>(row)];
                const std::ptrdiff_t i = findTyped(c.pickup, night, type);
                if (std::holds_alternative<std::monostate>(v)) {
                    if (i >= 0) {
                        c.pickup.erase(c.pickup.begin() + i);
                    }
                } else if (i >= 0) {
                    c.pickup[at(i)].rooms = rooms(v);
                } else {
                    c.pickup.push_back(PickupEntry{night, type, rooms(v)});
                }
            };
            col.issuePaths = [nights, type](const Contract& c, int row) -> QStringList {
                const std::ptrdiff_t i = findTyped(c.pickup, (*nights)[static_cast<std::size_t>(row)], type);
                if (i < 0) {
                    return {};
                }
                return {path(field::Pickup::path, at(i), "rooms"), path(field::Pickup::path, at(i), "night"),
                        path(field::Pickup::path, at(i), "roomType"), path(field::Pickup::path, at(i))};
            };
            l.columns.push_back(std::move(col));
        }
        l.columns.push_back(auditColumn(nights, Tables::tr("Outside\nblock"),
                                        Tables::tr("Attendees an audit found staying outside the block"),
                                        &AuditCredit::outsideBlock, "outsideBlock"));
        l.columns.push_back(auditColumn(nights, Tables::tr("Billed\nno-shows"),
                                        Tables::tr("No-shows the hotel billed"), &AuditCredit::billedNoShows,
                                        "billedNoShows"));
        l.columns.push_back(auditColumn(nights, Tables::tr("Walked"),
                                        Tables::tr("Guests the hotel walked to another hotel"),
                                        &AuditCredit::walked, "walked"));
        Column occupancy;
        occupancy.title = Tables::tr("Hotel\noccupancy");
        occupancy.toolTip =
            Tables::tr("The hotel's occupancy on the night (for resale credited only when sold out)");
        occupancy.kind = ValueKind::Percent;
        occupancy.read = [nights](const Contract& c, int row) -> Value {
            const std::ptrdiff_t i = findNight(c.occupancy, (*nights)[static_cast<std::size_t>(row)]);
            return i < 0 ? Value{} : Value{c.occupancy[at(i)].occupancy.partsPerMillion()};
        };
        occupancy.write = [nights](Contract& c, int row, const Value& v) {
            const Date night = (*nights)[static_cast<std::size_t>(row)];
            const std::ptrdiff_t i = findNight(c.occupancy, night);
            if (std::holds_alternative<std::monostate>(v)) {
                if (i >= 0) {
                    c.occupancy.erase(c.occupancy.begin() + i);
                }
            } else if (i >= 0) {
                c.occupancy[at(i)].occupancy = Percent::fromPartsPerMillion(integerOr(v));
            } else {
                c.occupancy.push_back(NightOccupancy{night, Percent::fromPartsPerMillion(integerOr(v))});
            }
        };
        occupancy.issuePaths = [nights](const Contract& c, int row) -> QStringList {
            const std::ptrdiff_t i = findNight(c.occupancy, (*nights)[static_cast<std::size_t>(row)]);
            return i < 0 ? QStringList()
                         : QStringList{path(field::Occupancy::path, at(i), "occupancy"),
                                       path(field::Occupancy::path, at(i), "night")};
        };
        l.columns.push_back(std::move(occupancy));
        return l;
    };
    return new ContractTableModel(
        document,
        {pathText(field::Pickup::path), pathText(field::AuditCredits::path),
         pathText(field::Occupancy::path)},
        [] { return Tables::tr("pickup entry"); }, layout, parent);
}

ContractTableModel* makeResaleModel(ContractDocument* document, QObject* parent) {
    auto layout = [](const Contract& contract) {
        Layout l;
        l.rows = static_cast<int>(contract.resale.size());
        Column night;
        night.title = Tables::tr("Night");
        night.kind = ValueKind::Date;
        night.required = true;
        night.read = [](const Contract& c, int row) -> Value {
            return c.resale[at(row)].night;
        };
        night.write = [](Contract& c, int row, const Value& v) {
            c.resale[at(row)].night = dateOr(v, c.resale[at(row)].night);
        };
        night.issuePaths = [](const Contract&, int row) {
            return QStringList{path(field::Resale::path, at(row), "night")};
        };
        Column count;
        count.title = Tables::tr("Room nights resold");
        count.kind = ValueKind::Count;
        count.read = [](const Contract& c, int row) -> Value {
            return std::int64_t{c.resale[at(row)].roomNights};
        };
        count.write = [](Contract& c, int row, const Value& v) {
            c.resale[at(row)].roomNights = rooms(v);
        };
        count.issuePaths = [](const Contract&, int row) {
            return QStringList{path(field::Resale::path, at(row), "roomNights")};
        };
        Column rate;
        rate.title = Tables::tr("Resale rate");
        rate.toolTip = Tables::tr("The rate the hotel received for each resold room night");
        rate.kind = ValueKind::Money;
        rate.read = [](const Contract& c, int row) -> Value {
            return c.resale[at(row)].rate.minorUnits();
        };
        rate.write = [](Contract& c, int row, const Value& v) {
            c.resale[at(row)].rate = Money(integerOr(v), c.currency);
        };
        rate.issuePaths = [](const Contract&, int row) {
            return QStringList{path(field::Resale::path, at(row), "rate")};
        };
        l.columns = {night, count, rate};
        return l;
    };
    auto* model = new ContractTableModel(
        document, {pathText(field::Resale::path)}, [] { return Tables::tr("resale entry"); }, layout, parent);
    model->setRowEditing(
        [](Contract& c, int row) {
            const Date night = c.resale.empty() ? c.arrival : c.resale.back().night;
            c.resale.insert(
                c.resale.begin() + row,
                ResaleEntry{
                    night, 0,
                    defaultRate(c, night, c.block.empty() ? std::string() : c.block.front().roomType)});
        },
        [](Contract& c, int row) { erased(c.resale, row); });
    return model;
}

ContractTableModel* makeReviewScheduleModel(ContractDocument* document, QObject* parent) {
    auto layout = [](const Contract& contract) {
        Layout l;
        l.rows = static_cast<int>(contract.reviewSchedule.size());
        Column deadline;
        deadline.title = Tables::tr("Review date");
        deadline.toolTip = Tables::tr("By this date the group may reduce the block");
        deadline.kind = ValueKind::Date;
        deadline.required = true;
        deadline.read = [](const Contract& c, int row) -> Value {
            return c.reviewSchedule[at(row)].deadline;
        };
        deadline.write = [](Contract& c, int row, const Value& v) {
            c.reviewSchedule[at(row)].deadline = dateOr(v, c.reviewSchedule[at(row)].deadline);
        };
        deadline.issuePaths = [](const Contract&, int row) {
            return QStringList{path(field::ReviewSchedule::path, at(row), "deadline"),
                               path(field::ReviewSchedule::path, at(row))};
        };
        l.columns.push_back(deadline);
        l.columns.push_back(percentColumn(
            Tables::tr("Largest reduction"),
            Tables::tr("The largest share of the original block the group may release by the date"),
            [](auto& c, int row) -> auto& { return c.reviewSchedule[at(row)].maxReduction; },
            [](int row) { return path(field::ReviewSchedule::path, at(row), "maxReduction"); }));
        return l;
    };
    auto* model = new ContractTableModel(
        document, {pathText(field::ReviewSchedule::path)}, [] { return Tables::tr("review date"); }, layout,
        parent);
    model->setRowEditing(
        [](Contract& c, int row) {
            const Date deadline = c.reviewSchedule.empty() ? c.arrival.addDays(-90)
                                                           : c.reviewSchedule.back().deadline.addDays(30);
            c.reviewSchedule.insert(c.reviewSchedule.begin() + row,
                                    ReviewStep{deadline, Percent::fromPoints(10)});
        },
        [](Contract& c, int row) { erased(c.reviewSchedule, row); });
    return model;
}

ContractTableModel* makeReductionsModel(ContractDocument* document, QObject* parent) {
    auto layout = [](const Contract& contract) {
        Layout l;
        l.rows = static_cast<int>(contract.reductions.size());
        Column recorded;
        recorded.title = Tables::tr("Requested on");
        recorded.toolTip =
            Tables::tr("The date the group asked for the reduction; entries of one date form one request");
        recorded.kind = ValueKind::Date;
        recorded.required = true;
        recorded.read = [](const Contract& c, int row) -> Value {
            return c.reductions[at(row)].recorded;
        };
        recorded.write = [](Contract& c, int row, const Value& v) {
            c.reductions[at(row)].recorded = dateOr(v, c.reductions[at(row)].recorded);
        };
        recorded.issuePaths = [](const Contract&, int row) {
            return QStringList{path(field::Reductions::path, at(row))};
        };
        Column night;
        night.title = Tables::tr("Night");
        night.kind = ValueKind::Date;
        night.required = true;
        night.read = [](const Contract& c, int row) -> Value {
            return c.reductions[at(row)].night;
        };
        night.write = [](Contract& c, int row, const Value& v) {
            c.reductions[at(row)].night = dateOr(v, c.reductions[at(row)].night);
        };
        night.issuePaths = [](const Contract&, int row) {
            return QStringList{path(field::Reductions::path, at(row), "night")};
        };
        Column type;
        type.title = Tables::tr("Room type");
        type.kind = ValueKind::Text;
        type.required = true;
        type.read = [](const Contract& c, int row) -> Value {
            return QString::fromStdString(c.reductions[at(row)].roomType);
        };
        type.write = [](Contract& c, int row, const Value& v) {
            const auto* text = std::get_if<QString>(&v);
            c.reductions[at(row)].roomType = text != nullptr ? text->toStdString() : std::string();
        };
        type.issuePaths = [](const Contract&, int row) {
            return QStringList{path(field::Reductions::path, at(row), "roomType")};
        };
        Column count;
        count.title = Tables::tr("Block becomes");
        count.toolTip = Tables::tr("The rooms the block holds on the night after the reduction");
        count.kind = ValueKind::Count;
        count.read = [](const Contract& c, int row) -> Value {
            return std::int64_t{c.reductions[at(row)].rooms};
        };
        count.write = [](Contract& c, int row, const Value& v) {
            c.reductions[at(row)].rooms = rooms(v);
        };
        count.issuePaths = [](const Contract&, int row) {
            return QStringList{path(field::Reductions::path, at(row), "rooms")};
        };
        l.columns = {recorded, night, type, count};
        return l;
    };
    auto* model = new ContractTableModel(
        document, {pathText(field::Reductions::path)}, [] { return Tables::tr("reduction"); }, layout,
        parent);
    model->setRowEditing(
        [](Contract& c, int row) {
            BlockReduction r;
            r.recorded = c.reductions.empty() ? std::min(today(), c.arrival) : c.reductions.back().recorded;
            if (!c.block.empty()) {
                const BlockEntry& e = c.block[std::min(c.reductions.size(), c.block.size() - 1)];
                r.night = e.night;
                r.roomType = e.roomType;
                r.rooms = e.rooms;
            } else {
                r.night = c.arrival;
            }
            c.reductions.insert(c.reductions.begin() + row, r);
        },
        [](Contract& c, int row) { erased(c.reductions, row); });
    return model;
}

ContractTableModel* makeCancellationTiersModel(ContractDocument* document, QObject* parent) {
    auto layout = [](const Contract& contract) {
        Layout l;
        l.rows = static_cast<int>(contract.cancellation.tiers.size());
        const auto tierPath = [](int row, const char* member) {
            return path(field::CancellationTiers::path, at(row), member);
        };
        Column from;
        from.title = Tables::tr("From days");
        from.toolTip = Tables::tr("Notice received this many days before arrival or more");
        from.kind = ValueKind::Count;
        from.required = true;
        from.read = [](const Contract& c, int row) -> Value {
            return std::int64_t{c.cancellation.tiers[at(row)].minDays};
        };
        from.write = [](Contract& c, int row, const Value& v) {
            c.cancellation.tiers[at(row)].minDays = rooms(v);
        };
        from.issuePaths = [tierPath](const Contract&, int row) {
            return QStringList{tierPath(row, "minDays"), path(field::CancellationTiers::path, at(row))};
        };
        Column to;
        to.title = Tables::tr("To days");
        to.toolTip = Tables::tr("Up to this many days before arrival; empty: and more");
        to.kind = ValueKind::Count;
        to.read = [](const Contract& c, int row) -> Value {
            const auto& maxDays = c.cancellation.tiers[at(row)].maxDays;
            return maxDays ? Value{std::int64_t{*maxDays}} : Value{};
        };
        to.write = [](Contract& c, int row, const Value& v) {
            auto& maxDays = c.cancellation.tiers[at(row)].maxDays;
            if (std::holds_alternative<std::monostate>(v)) {
                maxDays.reset();
            } else {
                maxDays = rooms(v);
            }
        };
        to.issuePaths = [tierPath](const Contract&, int row) {
            return QStringList{tierPath(row, "maxDays")};
        };
        l.columns = {from, to};
        l.columns.push_back(percentColumn(
            Tables::tr("Fee"), Tables::tr("The share of the basis owed"),
            [](auto& c, int row) -> auto& { return c.cancellation.tiers[at(row)].percent; },
            [tierPath](int row) { return tierPath(row, "percent"); }));
        l.columns.push_back(percentColumn(
            Tables::tr("Rooms"), Tables::tr("The share of anticipated room revenue owed"),
            [](auto& c, int row) -> auto& { return c.cancellation.tiers[at(row)].roomsPercent; },
            [tierPath](int row) { return tierPath(row, "roomsPercent"); }));
        l.columns.push_back(percentColumn(
            Tables::tr("F&B"), Tables::tr("The share of the F&B minimum owed"),
            [](auto& c, int row) -> auto& { return c.cancellation.tiers[at(row)].foodBeveragePercent; },
            [tierPath](int row) { return tierPath(row, "foodBeveragePercent"); }));
        l.columns.push_back(percentColumn(
            Tables::tr("Meeting room"), Tables::tr("The share of the meeting room rental owed"),
            [](auto& c, int row) -> auto& { return c.cancellation.tiers[at(row)].meetingRoomPercent; },
            [tierPath](int row) { return tierPath(row, "meetingRoomPercent"); }));
        return l;
    };
    auto* model = new ContractTableModel(
        document, {pathText(field::CancellationTiers::path)}, [] { return Tables::tr("tier"); }, layout,
        parent);
    model->setRowEditing(
        [](Contract& c, int row) {
            CancellationTier tier;
            if (!c.cancellation.tiers.empty()) {
                const CancellationTier& last = c.cancellation.tiers.back();
                tier.minDays = last.maxDays ? *last.maxDays + 1 : last.minDays + 30;
            }
            c.cancellation.tiers.insert(c.cancellation.tiers.begin() + row, tier);
        },
        [](Contract& c, int row) { erased(c.cancellation.tiers, row); });
    return model;
}

ContractTableModel* makeMeetingScaleModel(ContractDocument* document, QObject* parent) {
    auto layout = [](const Contract& contract) {
        Layout l;
        l.rows = static_cast<int>(contract.meetingRoom.scale.size());
        l.columns.push_back(percentColumn(
            Tables::tr("Pickup from"), Tables::tr("The band applies from this share of the block picked up"),
            [](auto& c, int row) -> auto& { return c.meetingRoom.scale[at(row)].minPickup; },
            [](int row) { return path(field::MeetingRoomScale::path, at(row), "minPickup"); }));
        l.columns.push_back(percentColumn(
            Tables::tr("Rental charged"), Tables::tr("The share of the rental charged in the band"),
            [](auto& c, int row) -> auto& { return c.meetingRoom.scale[at(row)].charged; },
            [](int row) { return path(field::MeetingRoomScale::path, at(row), "charged"); }));
        return l;
    };
    auto* model = new ContractTableModel(
        document, {pathText(field::MeetingRoomScale::path)}, [] { return Tables::tr("band"); }, layout,
        parent);
    model->setRowEditing(
        [](Contract& c, int row) {
            c.meetingRoom.scale.insert(c.meetingRoom.scale.begin() + row,
                                       MeetingScaleBand{Percent::zero(), Percent::hundred()});
        },
        [](Contract& c, int row) { erased(c.meetingRoom.scale, row); });
    return model;
}

ContractTableModel* makeSettlementPaymentsModel(ContractDocument* document, QObject* parent) {
    auto layout = [](const Contract& contract) {
        Layout l;
        l.rows = static_cast<int>(contract.settlement.payments.size());
        Column received;
        received.title = Tables::tr("Received");
        received.kind = ValueKind::Date;
        received.required = true;
        received.read = [](const Contract& c, int row) -> Value {
            return c.settlement.payments[at(row)].received;
        };
        received.write = [](Contract& c, int row, const Value& v) {
            c.settlement.payments[at(row)].received = dateOr(v, c.settlement.payments[at(row)].received);
        };
        received.issuePaths = [](const Contract&, int row) {
            return QStringList{path(field::SettlementPayments::path, at(row), "received")};
        };
        Column amount;
        amount.title = Tables::tr("Amount");
        amount.kind = ValueKind::Money;
        amount.read = [](const Contract& c, int row) -> Value {
            return c.settlement.payments[at(row)].amount.minorUnits();
        };
        amount.write = [](Contract& c, int row, const Value& v) {
            c.settlement.payments[at(row)].amount = Money(integerOr(v), c.currency);
        };
        amount.issuePaths = [](const Contract&, int row) {
            return QStringList{path(field::SettlementPayments::path, at(row), "amount")};
        };
        l.columns = {received, amount};
        return l;
    };
    auto* model = new ContractTableModel(
        document, {pathText(field::SettlementPayments::path)}, [] { return Tables::tr("payment"); }, layout,
        parent);
    model->setRowEditing(
        [](Contract& c, int row) {
            // A new payment: today, or the arrival (the notice of a cancelled contract) when later, so that
            // its date is one the settlement accepts; its amount what is left to collect.
            Date received = std::max(today(), c.cancellationNotice.value_or(c.arrival));
            Money amount = Money::zero(c.currency);
            if (c.settlement.assessed) {
                try {
                    const Money open = c.settlement.open();
                    if (open.isPositive()) {
                        amount = Money(open.minorUnits(), c.currency);
                    }
                } catch (const std::exception&) {
                    // amounts of another currency: the user types the amount
                }
            }
            c.settlement.payments.insert(c.settlement.payments.begin() + row,
                                         SettlementPayment{received, amount});
        },
        [](Contract& c, int row) { erased(c.settlement.payments, row); });
    return model;
}

ContractTableModel* makeDepositsModel(ContractDocument* document, QObject* parent) {
    auto layout = [](const Contract& contract) {
        Layout l;
        l.rows = static_cast<int>(contract.deposits.size());
        Column received;
        received.title = Tables::tr("Received");
        received.kind = ValueKind::Date;
        received.required = true;
        received.read = [](const Contract& c, int row) -> Value {
            return c.deposits[at(row)].received;
        };
        received.write = [](Contract& c, int row, const Value& v) {
            c.deposits[at(row)].received = dateOr(v, c.deposits[at(row)].received);
        };
        received.issuePaths = [](const Contract&, int row) {
            return QStringList{path(field::Deposits::path, at(row), "received")};
        };
        Column amount;
        amount.title = Tables::tr("Amount");
        amount.kind = ValueKind::Money;
        amount.read = [](const Contract& c, int row) -> Value {
            return c.deposits[at(row)].amount.minorUnits();
        };
        amount.write = [](Contract& c, int row, const Value& v) {
            c.deposits[at(row)].amount = Money(integerOr(v), c.currency);
        };
        amount.issuePaths = [](const Contract&, int row) {
            return QStringList{path(field::Deposits::path, at(row), "amount")};
        };
        Column note;
        note.title = Tables::tr("Note");
        note.kind = ValueKind::Text;
        note.read = [](const Contract& c, int row) -> Value {
            return QString::fromStdString(c.deposits[at(row)].note);
        };
        note.write = [](Contract& c, int row, const Value& v) {
            const auto* text = std::get_if<QString>(&v);
            c.deposits[at(row)].note = text != nullptr ? text->toStdString() : std::string();
        };
        l.columns = {received, note, amount};
        return l;
    };
    auto* model = new ContractTableModel(
        document, {pathText(field::Deposits::path)}, [] { return Tables::tr("deposit"); }, layout, parent);
    model->setRowEditing(
        [](Contract& c, int row) {
            c.deposits.insert(c.deposits.begin() + row,
                              Deposit{std::min(today(), c.arrival), Money::zero(c.currency), {}});
        },
        [](Contract& c, int row) { erased(c.deposits, row); });
    return model;
}

QString blankGroupName() {
    return Tables::tr("New group");
}

Contract blankContract(Date today, Currency currency) {
    Contract c;
    c.reference = Tables::tr("NEW").toStdString();
    c.groupName = blankGroupName().toStdString();
    c.status = ContractStatus::Prospect;
    c.currency = currency;
    c.signedOn = today;
    c.arrival = today.addDays(180);
    c.departure = c.arrival.addDays(3);
    c.foodBeverage.minimum = Money::zero(currency);
    c.foodBeverage.actualSpend = Money::zero(currency);
    c.meetingRoom.rental = Money::zero(currency);
    addRoomType(c, "KING");
    const auto tier = [](std::int32_t from, std::optional<std::int32_t> to, std::int64_t points) {
        CancellationTier t;
        t.minDays = from;
        t.maxDays = to;
        t.percent = Percent::fromPoints(points);
        return t;
    };
    c.cancellation.tiers = {tier(181, std::nullopt, 10), tier(91, 180, 50), tier(31, 90, 75),
                            tier(0, 30, 100)};
    // None of the clause values above was read from the signed contract: each stays marked as the
    // program's default until the user confirms or changes it.
    markProgramDefaults(c);
    return c;
}

void addRoomType(Contract& contract, const std::string& roomType) {
    for (Date d = contract.arrival; d < contract.departure; d = d.addDays(1)) {
        if (findTyped(contract.block, d, roomType) < 0) {
            contract.block.push_back(BlockEntry{d, roomType, 0, Money::zero(contract.currency)});
        }
    }
}

void renameRoomType(Contract& contract, const std::string& from, const std::string& to) {
    for (BlockEntry& e : contract.block) {
        if (e.roomType == from) {
            e.roomType = to;
        }
    }
    for (PickupEntry& e : contract.pickup) {
        if (e.roomType == from) {
            e.roomType = to;
        }
    }
    for (BlockReduction& e : contract.reductions) {
        if (e.roomType == from) {
            e.roomType = to;
        }
    }
}

void moveArrival(Contract& contract, Date arrival) {
    const std::int32_t days = arrival.daysSince(contract.arrival);
    if (days == 0) {
        return;
    }
    const auto shift = [days](auto& items) {
        for (auto& e : items) {
            e.night = e.night.addDays(days);
        }
    };
    contract.arrival = arrival;
    contract.departure = contract.departure.addDays(days);
    shift(contract.block);
    shift(contract.pickup);
    shift(contract.reductions);
    shift(contract.auditCredits);
    shift(contract.resale);
    shift(contract.occupancy);
}

void setDeparture(Contract& contract, Date departure) {
    contract.departure = departure;
    // Entries with no rooms on nights the stay no longer covers go (they hold nothing but a rate); entries
    // with rooms stay, marked, for the user to clear or move.
    std::map<std::string, int> entriesOfType;
    for (const BlockEntry& e : contract.block) {
        ++entriesOfType[e.roomType];
    }
    std::vector<BlockEntry> kept;
    kept.reserve(contract.block.size());
    for (BlockEntry& e : contract.block) {
        const bool outside = e.night >= departure || e.night < contract.arrival;
        if (e.rooms == 0 && outside && entriesOfType[e.roomType] > 1) {
            --entriesOfType[e.roomType]; // never the room type's last entry
            continue;
        }
        kept.push_back(std::move(e));
    }
    contract.block = std::move(kept);
    const std::size_t before = contract.block.size();
    for (const QString& type : roomTypes(contract)) {
        const std::string t = type.toStdString();
        bool inBlock = false;
        for (std::size_t i = 0; i < before && !inBlock; ++i) {
            inBlock = contract.block[i].roomType == t;
        }
        if (!inBlock) {
            continue; // a room type of the pickup only: the user adds it to the block
        }
        for (Date d = contract.arrival;
             d < departure && static_cast<std::size_t>(d.daysSince(contract.arrival)) < kMaxGridNights;
             d = d.addDays(1)) {
            if (findTyped(contract.block, d, t) < 0) {
                contract.block.push_back(BlockEntry{d, t, 0, defaultRate(contract, d, t)});
            }
        }
    }
}

QString defaultReferencePattern() {
    return QStringLiteral("GRP-{yyyy}-{nnnn}");
}

QString nextReference(const QString& pattern, int year, const std::function<bool(const QString&)>& taken) {
    QString base = pattern.trimmed().isEmpty() ? defaultReferencePattern() : pattern.trimmed();
    base.replace(QStringLiteral("{yyyy}"), QString::number(year));
    base.replace(QStringLiteral("{yy}"), QString::number(year % 100).rightJustified(2, QLatin1Char('0')));
    static const QRegularExpression run(QStringLiteral("\\{(n+)\\}"));
    const QRegularExpressionMatch m = run.match(base);
    const auto expand = [&](int number) {
        if (m.hasMatch()) {
            QString r = base;
            r.replace(m.capturedStart(), m.capturedLength(),
                      QString::number(number).rightJustified(m.capturedLength(1), QLatin1Char('0')));
            return r;
        }
        return number == 0 ? base : base + QLatin1Char('-') + QString::number(number);
    };
    for (int number = m.hasMatch() ? 1 : 0; number < 1000000; ++number) {
        const QString candidate = expand(number);
        if (!taken(candidate)) {
            return candidate;
        }
    }
    return expand(1000000);
}

void removeRoomType(Contract& contract, const std::string& roomType) {
    const auto drop = [&](auto& items) {
        items.erase(
            std::remove_if(items.begin(), items.end(), [&](const auto& e) { return e.roomType == roomType; }),
            items.end());
    };
    drop(contract.block);
    drop(contract.pickup);
    drop(contract.reductions);
}

} // namespace attrition::ui
