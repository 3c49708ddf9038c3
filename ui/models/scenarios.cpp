#include "models/scenarios.h"

#include "attrition/domain/rounding.h"
#include "models/contracttables.h"
#include "session/contractdocument.h"
#include "session/snapshotcommand.h"
#include "style/theme.h"
#include "text/language.h"
#include "text/messagetext.h"

#include <QApplication>
#include <QPainter>
#include <QUndoStack>
#include <algorithm>
#include <map>

namespace attrition::ui {

/// One undoable change of the scenarios.
using ScenarioCommand = SnapshotCommand<ScenarioSet, std::vector<Scenario>, 2>;

QString ScenarioSet::suggestedName(const ScenarioOverrides& o) {
    QStringList parts;
    if (o.uniformPickup) {
        parts << tr("Pickup %1").arg(formatPercent(*o.uniformPickup));
    } else if (o.pickup) {
        parts << tr("Pickup per night");
    }
    if (o.foodBeverageSpend) {
        parts << tr("F&B spend %1").arg(formatMoney(*o.foodBeverageSpend));
    }
    if (o.resale) {
        parts << tr("Resold rooms");
    }
    if (o.withoutCancellation) {
        parts << tr("Not cancelled");
    } else if (o.cancellationNotice) {
        parts << tr("Notice %1").arg(formatDate(*o.cancellationNotice));
    }
    if (parts.isEmpty()) {
        return tr("As contracted");
    }
    QString name = parts.front();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        //: Joins two parts of a scenario's name, as in "Pickup 75%, Notice 1 Mar 2027".
        name = tr("%1, %2").arg(name, parts[i]);
    }
    return name;
}

bool ScenarioSet::isSuggestedName(const std::string& name, const ScenarioOverrides& overrides) {
    const QString n = QString::fromStdString(name);
    const QString base = suggestedName(overrides);
    if (n == base) {
        return true;
    }
    if (!n.startsWith(base + QStringLiteral(" (")) || !n.endsWith(QLatin1Char(')'))) {
        return false;
    }
    bool ok = false;
    const int k = n.mid(base.size() + 2, n.size() - base.size() - 3).toInt(&ok);
    return ok && k >= 2;
}

std::string ScenarioSet::uniqueSuggestedName(const ScenarioOverrides& overrides,
                                             const std::vector<Scenario>& all, std::ptrdiff_t self) {
    const QString base = suggestedName(overrides);
    const auto taken = [&](const std::string& name) {
        for (std::size_t i = 0; i < all.size(); ++i) {
            if (static_cast<std::ptrdiff_t>(i) != self && all[i].name == name) {
                return true;
            }
        }
        return false;
    };
    std::string name = base.toStdString();
    for (int k = 2; taken(name); ++k) {
        name = QStringLiteral("%1 (%2)").arg(base).arg(k).toStdString();
    }
    return name;
}

std::optional<PickupRounding> pickupRounding(const Contract& contract, Percent share) {
    std::map<Date, std::pair<std::int64_t, std::int64_t>> nights; // night -> (block, counted)
    for (const BlockEntry& b : contract.block) {
        auto& [block, counted] = nights[b.night];
        block += b.rooms;
        counted += static_cast<std::int64_t>(divideRounded(
            static_cast<Wide>(b.rooms) * share.partsPerMillion(), Percent::kScale, RoundingMode::HalfUp));
    }
    std::optional<PickupRounding> found;
    for (const auto& [night, figures] : nights) {
        const auto [block, counted] = figures;
        if (static_cast<Wide>(counted) * Percent::kScale ==
            static_cast<Wide>(block) * share.partsPerMillion()) {
            continue;
        }
        if (!found) {
            found = PickupRounding{night, counted, block, 0};
        }
        ++found->nights;
    }
    return found;
}

ScenarioSet::ScenarioSet(QObject* parent)
    : QObject(parent)
    , undoStack_(new QUndoStack(this)) {}

ScenarioSet::~ScenarioSet() {
    undoStack_->clear();
}

void ScenarioSet::edit(const QString& text, const QString& mergeKey,
                       const std::function<void(std::vector<Scenario>&)>& change) {
    std::vector<Scenario> after = scenarios_;
    change(after);
    undoStack_->push(new ScenarioCommand(this, text, mergeKey, mergeSession_, scenarios_, std::move(after)));
}

void ScenarioSet::reset(std::vector<Scenario> scenarios) {
    undoStack_->clear();
    scenarios_ = std::move(scenarios);
    emit changed();
}

void ScenarioSet::apply(const std::vector<Scenario>& scenarios) {
    scenarios_ = scenarios;
    emit changed();
}

// ---------------------------------------------------------------------------------------------------------

ScenarioResult evaluateScenario(const Contract& contract, const ScenarioOverrides& overrides,
                                std::span<const RebookingCredit> credits) {
    ScenarioResult r;
    try {
        r.assessment = assess(contract, overrides, credits);
        Contract curveContract = contract;
        if (overrides.foodBeverageSpend) {
            curveContract.foodBeverage.actualSpend = *overrides.foodBeverageSpend;
        }
        if (overrides.resale) {
            curveContract.resale = *overrides.resale;
        }
        curveContract.cancellationNotice.reset(); // the curve is the attrition one, as on the main chart
        r.curve = sweepPickup(curveContract, 0, 150, 1);
    } catch (const ContractInvalid& e) {
        QStringList problems;
        for (const ValidationIssue& issue : e.issues()) {
            problems << issueText(issue, &contract);
        }
        r.assessment.reset();
        r.problem = problems.join(QLatin1Char('\n'));
    } catch (const CurrencyMismatch& e) {
        r.assessment.reset();
        r.problem = creditCurrencyProblem(contract, credits);
        if (r.problem.isEmpty()) {
            r.problem = QString::fromUtf8(e.what());
        }
    } catch (const std::exception& e) {
        r.assessment.reset();
        r.problem = QString::fromUtf8(e.what());
    }
    return r;
}

// ---------------------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------------------

void ComparisonDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const {
    const QString delta = index.data(ScenarioComparisonModel::DeltaRole).toString();
    if (delta.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString value = opt.text;
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QRect r = option.rect.adjusted(6, 3, -8, -3);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                               : QPalette::Text));
    const int half = r.height() / 2 + 1;
    painter->drawText(QRect(r.left(), r.top(), r.width(), half), Qt::AlignRight | Qt::AlignVCenter, value);
    QFont small = opt.font;
    small.setBold(false);
    small.setPointSizeF(small.pointSizeF() * 0.86);
    painter->setFont(small);
    const int sign = index.data(ScenarioComparisonModel::DeltaSignRole).toInt();
    const bool pickupRow = index.row() == ScenarioComparisonModel::PickupRow;
    QColor color = mutedTextColor(option.palette);
    if (!(option.state & QStyle::State_Selected) && sign != 0) {
        const bool worse = pickupRow ? sign < 0 : sign > 0; // the group owes more
        color = worse ? errorColor(option.palette) : seriesColor(2, option.palette);
    }
    painter->setPen(color);
    painter->drawText(QRect(r.left(), r.top() + half, r.width(), r.height() - half),
                      Qt::AlignRight | Qt::AlignTop, delta);
    painter->restore();
}

QSize ComparisonDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(option.fontMetrics.height() * 2 + 8);
    s.setWidth(std::max(s.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("+000,000.00")) + 20));
    return s;
}

// ---------------------------------------------------------------------------------------------------------

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
