#include "models/nightsummarymodel.h"

#include "attrition/domain/quantity.h"
#include "models/chartvalues.h"
#include "text/language.h"
#include "text/values.h"

#include <QLocale>
#include <algorithm>
#include <map>
#include <set>

namespace attrition::ui {

NightSummaryModel::NightSummaryModel(ContractDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , document_(document) {
    refresh();
    connect(document, &ContractDocument::contractChanged, this, &NightSummaryModel::refresh);
    // The night labels of the bar chart follow too: it reads them again on dataChanged.
    refreshOnLanguageChange(this);
}

void NightSummaryModel::refresh() {
    const Contract& c = document_->contract();
    std::map<Date, Night> byNight;
    const bool stayValid = c.departure > c.arrival && c.nightCount() <= 400;
    if (stayValid) {
        for (Date d = c.arrival; d < c.departure; d = d.addDays(1)) {
            byNight[d].night = d;
        }
    }
    std::map<std::pair<Date, std::string>, std::int64_t> revised;
    for (const BlockEntry& e : c.block) {
        if (!byNight.count(e.night)) {
            continue;
        }
        byNight[e.night].contracted += e.rooms;
        revised[{e.night, e.roomType}] = e.rooms;
    }
    // The reductions the engine honoured (it names them by the date they were recorded), in date order.
    std::set<Date> honoured;
    if (const auto& a = document_->results().assessment) {
        for (const AssessmentLine& line : a->lines) {
            if (line.explanation.id == MessageId::ReductionHonoured) {
                honoured.insert(line.explanation.args[0].asDate());
            }
        }
    }
    for (Date recorded : honoured) {
        for (const BlockReduction& r : c.reductions) {
            const auto it = revised.find({r.night, r.roomType});
            if (r.recorded == recorded && it != revised.end()) {
                it->second = r.rooms;
            }
        }
    }
    for (const auto& [key, rooms] : revised) {
        byNight[key.first].revised += rooms;
    }
    for (const PickupEntry& e : c.pickup) {
        if (byNight.count(e.night)) {
            byNight[e.night].pickup += e.rooms;
        }
    }
    for (auto& [night, n] : byNight) {
        n.counted = n.pickup;
    }
    for (const AuditCredit& credit : c.auditCredits) {
        const auto it = byNight.find(credit.night);
        if (it == byNight.end()) {
            continue;
        }
        it->second.counted += (c.attrition.countOutsideBlock ? credit.outsideBlock : 0) +
                              (c.attrition.countBilledNoShows ? credit.billedNoShows : 0) +
                              (c.attrition.countWalked ? credit.walked : 0);
    }
    std::vector<Night> nights;
    nights.reserve(byNight.size());
    for (auto& [night, n] : byNight) {
        n.requiredMicro =
            c.attrition.enabled ? n.revised * c.attrition.performanceLevel.partsPerMillion() : 0;
        nights.push_back(n);
    }
    const bool sameRows = nights.size() == nights_.size() &&
                          std::equal(nights.begin(), nights.end(), nights_.begin(),
                                     [](const Night& a, const Night& b) { return a.night == b.night; });
    if (!sameRows) {
        beginResetModel();
        nights_ = std::move(nights);
        endResetModel();
        return;
    }
    nights_ = std::move(nights);
    if (!nights_.empty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int NightSummaryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(nights_.size());
}

int NightSummaryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NightSummaryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Night& n = nights_[static_cast<std::size_t>(index.row())];
    const std::int64_t shortfallMicro =
        std::max<std::int64_t>(0, n.requiredMicro - n.counted * Quantity::kScale);
    if (role == Qt::TextAlignmentRole) {
        return index.column() == NightColumn ? QVariant() : rightAligned();
    }
    if (role != Qt::DisplayRole && role != ChartRole) {
        return {};
    }
    const bool chart = role == ChartRole;
    const auto count = [&](std::int64_t v) -> QVariant {
        return chart ? QVariant(static_cast<double>(v)) : QVariant(formatCount(v));
    };
    const auto quantity = [&](std::int64_t micro) -> QVariant {
        return chart ? QVariant(static_cast<double>(micro) / Quantity::kScale)
                     : QVariant(QString::fromStdString(Quantity::fromMicro(micro).toString()));
    };
    switch (index.column()) {
    case NightColumn:
        return formatNight(n.night);
    case ContractedColumn:
        return count(n.contracted);
    case RevisedColumn:
        return count(n.revised);
    case PickupColumn:
        return count(n.pickup);
    case CountedColumn:
        return count(n.counted);
    case RequiredColumn:
        return quantity(n.requiredMicro);
    case ShortfallColumn:
        return quantity(shortfallMicro);
    case IndexColumn:
        return chart ? QVariant(static_cast<double>(index.row())) : QVariant(index.row() + 1);
    default:
        return {};
    }
}

QVariant NightSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NightColumn:
        return tr("Night");
    case ContractedColumn:
        return tr("Contracted");
    case RevisedColumn:
        return tr("Block");
    case PickupColumn:
        return tr("Reported");
    case CountedColumn:
        return tr("Picked up");
    case RequiredColumn:
        return tr("Required");
    case ShortfallColumn:
        return tr("Short");
    case IndexColumn:
        return tr("#");
    default:
        return {};
    }
}

QStringList NightSummaryModel::nightLabels() const {
    QStringList labels;
    const QLocale locale;
    for (const Night& n : nights_) {
        const QDate d = toQDate(n.night);
        labels << locale.dayName(d.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') +
                      QString::number(d.day());
    }
    if (labels.removeDuplicates() > 0) { // a stay of more than a month: the day of the month is not enough
        labels.clear();
        for (const Night& n : nights_) {
            labels << formatNight(n.night, locale);
        }
    }
    return labels;
}

int NightSummaryModel::maximum() const {
    std::int64_t most = 0;
    for (const Night& n : nights_) {
        most = std::max({most, n.contracted, n.revised, n.counted});
    }
    return static_cast<int>(most);
}

} // namespace attrition::ui
