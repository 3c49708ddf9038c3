#include "models/scenarionightsmodel.h"

#include "models/contracttables.h"
#include "models/scenarioset.h"
#include "session/contractdocument.h"
#include "text/language.h"
#include "text/values.h"

#include <algorithm>

namespace attrition::ui {

ScenarioNightsModel::ScenarioNightsModel(Kind kind, ContractDocument* document, ScenarioSet* scenarios,
                                         QObject* parent)
    : QAbstractTableModel(parent)
    , kind_(kind)
    , document_(document)
    , scenarios_(scenarios) {
    connect(document_, &ContractDocument::contractChanged, this, &ScenarioNightsModel::refresh);
    refresh();
    refreshOnLanguageChange(this);
}

void ScenarioNightsModel::setScenario(ScenarioSet* scenarios, int index) {
    if (scenarios_ != scenarios && scenarios_ != nullptr) {
        disconnect(scenarios_, nullptr, this, nullptr);
    }
    if (scenarios != nullptr && scenarios_ != scenarios) {
        connect(scenarios, &ScenarioSet::changed, this, &ScenarioNightsModel::refresh);
    }
    scenarios_ = scenarios;
    index_ = index;
    refresh();
}

const Scenario* ScenarioNightsModel::scenario() const {
    if (scenarios_ == nullptr || index_ < 0 || index_ >= static_cast<int>(scenarios_->scenarios().size())) {
        return nullptr;
    }
    return &scenarios_->scenarios()[static_cast<std::size_t>(index_)];
}

void ScenarioNightsModel::refresh() {
    const Contract& c = document_->contract();
    std::vector<Date> nights;
    for (Date d = c.arrival; d < c.departure && nights.size() < 400; d = d.addDays(1)) {
        nights.push_back(d);
    }
    QStringList types = kind_ == Kind::Pickup ? roomTypes(c) : QStringList{};
    if (nights != nights_ || types != types_) {
        beginResetModel();
        nights_ = std::move(nights);
        types_ = std::move(types);
        endResetModel();
    } else if (rowCount() > 0 && columnCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

int ScenarioNightsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(nights_.size());
}

int ScenarioNightsModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid()) {
        return 0;
    }
    return kind_ == Kind::Pickup ? static_cast<int>(types_.size()) : 2;
}

ValueKind ScenarioNightsModel::kind(int column) const {
    return kind_ == Kind::Resale && column == 1 ? ValueKind::Money : ValueKind::Count;
}

std::optional<std::int64_t> ScenarioNightsModel::cell(int row, int column) const {
    const Scenario* s = scenario();
    const Contract& c = document_->contract();
    const Date night = nights_[static_cast<std::size_t>(row)];
    if (kind_ == Kind::Pickup) {
        const std::vector<PickupEntry>& pickup =
            s != nullptr && s->overrides.pickup ? *s->overrides.pickup : c.pickup;
        const std::string type = types_.at(column).toStdString();
        for (const PickupEntry& e : pickup) {
            if (e.night == night && e.roomType == type) {
                return e.rooms;
            }
        }
        return std::nullopt;
    }
    const std::vector<ResaleEntry>& resale =
        s != nullptr && s->overrides.resale ? *s->overrides.resale : c.resale;
    for (const ResaleEntry& e : resale) {
        if (e.night == night) {
            return column == 0 ? std::int64_t{e.roomNights} : e.rate.minorUnits();
        }
    }
    return std::nullopt;
}

QVariant ScenarioNightsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole) {
        return {};
    }
    const std::optional<std::int64_t> v = cell(index.row(), index.column());
    return v ? formatValue(kind(index.column()), *v, document_->contract().currency) : QString();
}

QVariant ScenarioNightsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        return section < rowCount() ? formatNight(nights_[static_cast<std::size_t>(section)]) : QVariant();
    }
    if (kind_ == Kind::Pickup) {
        return section < types_.size() ? types_.at(section) : QVariant();
    }
    return section == 0 ? tr("Resold") : tr("Resale rate");
}

Qt::ItemFlags ScenarioNightsModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable |
           (scenario() != nullptr ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool ScenarioNightsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || scenario() == nullptr) {
        return false;
    }
    const Parsed parsed = parseValue(kind(index.column()), value.toString(), document_->contract().currency);
    if (!parsed.ok()) {
        return false;
    }
    const auto* number = std::get_if<std::int64_t>(&parsed.value);
    write(tr("Edit scenario"),
          {Write{index.row(), index.column(),
                 number != nullptr ? std::optional<std::int64_t>(*number) : std::nullopt}});
    return true;
}

QString ScenarioNightsModel::paste(const QString& text, const QModelIndex& at,
                                   const QModelIndexList& selection) {
    if (scenario() == nullptr) {
        return tr("Choose a scenario first");
    }
    const QList<QStringList> rows = splitClipboardCells(text);
    if (rows.isEmpty()) {
        return tr("Nothing to paste");
    }
    std::vector<Write> writes;
    const auto add = [&](int r, int c, const QString& typed) -> QString {
        const Parsed parsed = parseValue(kind(c), typed, document_->contract().currency);
        if (!parsed.ok()) {
            return tr("%1, %2: %3")
                .arg(headerData(r, Qt::Vertical).toString(), headerData(c, Qt::Horizontal).toString(),
                     parsed.error);
        }
        const auto* number = std::get_if<std::int64_t>(&parsed.value);
        writes.push_back(
            Write{r, c, number != nullptr ? std::optional<std::int64_t>(*number) : std::nullopt});
        return {};
    };
    if (QString error = placePastedCells(rows, at, selection, rowCount(), columnCount(), add,
                                         tr("The pasted cells do not fit in the table from here"));
        !error.isEmpty()) {
        return error;
    }
    write(tr("Paste into scenario"), writes);
    return {};
}

void ScenarioNightsModel::clearCells(const QModelIndexList& cells) {
    std::vector<Write> writes;
    for (const QModelIndex& i : cells) {
        writes.push_back(Write{i.row(), i.column(), std::nullopt});
    }
    if (!writes.empty() && scenario() != nullptr) {
        write(tr("Clear scenario cells"), writes);
    }
}

void ScenarioNightsModel::write(const QString& text, const std::vector<Write>& writes) {
    const Contract& c = document_->contract();
    const std::vector<Date> nights = nights_;
    const QStringList types = types_;
    const int at = index_;
    const Kind kind = kind_;
    scenarios_->endMerge();
    scenarios_->edit(text, {}, [&](std::vector<Scenario>& all) {
        ScenarioOverrides& o = all[static_cast<std::size_t>(at)].overrides;
        if (kind == Kind::Pickup) {
            if (!o.pickup) {
                o.pickup = c.pickup;
                o.uniformPickup.reset();
            }
            for (const Write& w : writes) {
                const Date night = nights[static_cast<std::size_t>(w.row)];
                const std::string type = types.at(w.column).toStdString();
                auto& list = *o.pickup;
                const auto it = std::find_if(list.begin(), list.end(), [&](const PickupEntry& e) {
                    return e.night == night && e.roomType == type;
                });
                if (!w.value) {
                    if (it != list.end()) {
                        list.erase(it);
                    }
                } else if (it != list.end()) {
                    it->rooms = static_cast<std::int32_t>(*w.value);
                } else {
                    list.push_back(PickupEntry{night, type, static_cast<std::int32_t>(*w.value)});
                }
            }
            return;
        }
        if (!o.resale) {
            o.resale = c.resale;
        }
        for (const Write& w : writes) {
            const Date night = nights[static_cast<std::size_t>(w.row)];
            auto& list = *o.resale;
            auto it = std::find_if(list.begin(), list.end(),
                                   [&](const ResaleEntry& e) { return e.night == night; });
            if (it == list.end()) {
                if (!w.value) {
                    continue;
                }
                list.push_back(ResaleEntry{night, 0, Money::zero(c.currency)});
                it = list.end() - 1;
            }
            if (w.column == 0) {
                it->roomNights = static_cast<std::int32_t>(w.value.value_or(0));
            } else {
                it->rate = Money(w.value.value_or(0), c.currency);
            }
            if (it->roomNights == 0 && it->rate.isZero()) {
                list.erase(it);
            }
        }
    });
}

} // namespace attrition::ui
