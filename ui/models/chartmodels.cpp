#include "models/chartmodels.h"

#include "attrition/domain/quantity.h"
#include "text/language.h"
#include "text/values.h"

#include <QDateTime>
#include <QXYSeries>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace attrition::ui {

namespace {

/// An amount as a chart coordinate, in major units. For drawing only: never computed with.
double chartAmount(const Money& m) {
    return static_cast<double>(m.minorUnits()) / static_cast<double>(m.currency().minorPerMajor());
}

QVariant chartDate(Date d) {
    return QDateTime(toQDate(d), QTime(0, 0));
}

QVariant rightAligned() {
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

XYSeriesMapper::XYSeriesMapper(QAbstractItemModel* model, int xColumn, int yColumn, QXYSeries* series,
                               QObject* parent)
    : QObject(parent)
    , model_(model)
    , xColumn_(xColumn)
    , yColumn_(yColumn)
    , series_(series) {
    connect(model_, &QAbstractItemModel::modelReset, this, &XYSeriesMapper::update);
    connect(model_, &QAbstractItemModel::dataChanged, this, &XYSeriesMapper::update);
    connect(model_, &QAbstractItemModel::rowsInserted, this, &XYSeriesMapper::update);
    connect(model_, &QAbstractItemModel::rowsRemoved, this, &XYSeriesMapper::update);
    connect(model_, &QAbstractItemModel::layoutChanged, this, &XYSeriesMapper::update);
    update();
}

void XYSeriesMapper::update() {
    const auto value = [this](int row, int column) -> qreal {
        const QVariant v = model_->index(row, column).data(Qt::DisplayRole);
        if (v.metaType().id() == QMetaType::QDateTime) {
            return static_cast<qreal>(v.toDateTime().toMSecsSinceEpoch());
        }
        return v.toReal();
    };
    QList<QPointF> points;
    const int rows = model_->rowCount();
    points.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        points.append(QPointF(value(row, xColumn_), value(row, yColumn_)));
    }
    series_->replace(points);
}

QVariant ChartValueProxy::data(const QModelIndex& index, int role) const {
    return QIdentityProxyModel::data(index, role == Qt::DisplayRole ? ChartRole : role);
}

// ---------------------------------------------------------------------------------------------------------

PickupSweepModel::PickupSweepModel(ContractDocument* document, QObject* parent)
    : QAbstractTableModel(parent) {
    refreshOnLanguageChange(this);
    const auto update = [this, document] {
        setPoints(document->results().pickupSweep, document->contract().currency);
    };
    update();
    connect(document, &ContractDocument::contractChanged, this, update);
}

PickupSweepModel::PickupSweepModel(QObject* parent)
    : QAbstractTableModel(parent) {
    refreshOnLanguageChange(this);
}

void PickupSweepModel::setPoints(std::vector<PickupSweepPoint> points, Currency currency) {
    if (points.size() != points_.size() || currency != currency_) {
        beginResetModel();
        points_ = std::move(points);
        currency_ = currency;
        endResetModel();
        return;
    }
    int first = -1;
    int last = -1;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const PickupSweepPoint& a = points[i];
        const PickupSweepPoint& b = points_[i];
        if (a.pickup != b.pickup || a.roomDamages != b.roomDamages || a.meetingRoom != b.meetingRoom ||
            a.totalOwed != b.totalOwed) {
            first = first < 0 ? static_cast<int>(i) : first;
            last = static_cast<int>(i);
        }
    }
    points_ = std::move(points);
    if (first >= 0) {
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
}

int PickupSweepModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(points_.size());
}

int PickupSweepModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

Money PickupSweepModel::value(int row, int column) const {
    const PickupSweepPoint& p = points_[static_cast<std::size_t>(row)];
    switch (column) {
    case RoomDamagesColumn:
        return p.roomDamages;
    case MeetingRoomColumn:
        return p.meetingRoom;
    default:
        return p.totalOwed;
    }
}

QVariant PickupSweepModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const PickupSweepPoint& p = points_[static_cast<std::size_t>(index.row())];
    if (index.column() == PickupColumn) {
        if (role == Qt::DisplayRole) {
            return formatPercent(p.pickup);
        }
        if (role == ChartRole) {
            return static_cast<double>(p.pickup.partsPerMillion()) / 10'000.0;
        }
    } else {
        const Money m = value(index.row(), index.column());
        if (role == Qt::DisplayRole) {
            return formatMoney(m);
        }
        if (role == ChartRole) {
            return chartAmount(m);
        }
    }
    if (role == Qt::TextAlignmentRole) {
        return rightAligned();
    }
    return {};
}

QVariant PickupSweepModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case PickupColumn:
        return tr("Pickup");
    case RoomDamagesColumn:
        return tr("Room attrition");
    case MeetingRoomColumn:
        return tr("Meeting room");
    case TotalOwedColumn:
        return tr("Total owed");
    default:
        return {};
    }
}

double PickupSweepModel::maximum() const {
    double most = 0;
    for (const PickupSweepPoint& p : points_) {
        most = std::max(most, chartAmount(p.totalOwed));
    }
    return most;
}

// ---------------------------------------------------------------------------------------------------------

CancellationScheduleModel::CancellationScheduleModel(ContractDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , document_(document) {
    refresh();
    connect(document, &ContractDocument::contractChanged, this, &CancellationScheduleModel::refresh);
    refreshOnLanguageChange(this);
}

void CancellationScheduleModel::refresh() {
    std::vector<Step> steps;
    for (const CancellationSweepPoint& p : document_->results().cancellationSweep) {
        if (!steps.empty() && steps.back().fee == p.fee && steps.back().totalOwed == p.totalOwed) {
            steps.back().to = p.notice;
            steps.back().daysTo = p.daysBeforeArrival;
            continue;
        }
        steps.push_back(
            Step{p.notice, p.notice, p.daysBeforeArrival, p.daysBeforeArrival, p.fee, p.totalOwed});
    }
    const bool same =
        steps.size() == steps_.size() &&
        std::equal(steps.begin(), steps.end(), steps_.begin(), [](const Step& a, const Step& b) {
            return a.from == b.from && a.to == b.to && a.fee == b.fee && a.totalOwed == b.totalOwed;
        });
    if (same) {
        return;
    }
    beginResetModel();
    steps_ = std::move(steps);
    endResetModel();
}

int CancellationScheduleModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(steps_.size());
}

int CancellationScheduleModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CancellationScheduleModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Step& s = steps_[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case FromColumn:
        return role == Qt::DisplayRole ? QVariant(formatDate(s.from))
               : role == ChartRole     ? chartDate(s.from)
                                       : QVariant();
    case ToColumn:
        return role == Qt::DisplayRole ? QVariant(formatDate(s.to))
               : role == ChartRole     ? chartDate(s.to)
                                       : QVariant();
    case DaysColumn:
        if (role == Qt::DisplayRole) {
            return s.daysFrom == s.daysTo
                       ? QString::number(s.daysFrom)
                       : QStringLiteral("%1\u2013%2").arg(s.daysFrom).arg(std::max(0, s.daysTo));
        }
        return role == Qt::TextAlignmentRole ? rightAligned() : QVariant();
    case FeeColumn:
    case TotalOwedColumn: {
        const Money& m = index.column() == FeeColumn ? s.fee : s.totalOwed;
        if (role == Qt::DisplayRole) {
            return formatMoney(m);
        }
        if (role == ChartRole) {
            return chartAmount(m);
        }
        return role == Qt::TextAlignmentRole ? rightAligned() : QVariant();
    }
    default:
        return {};
    }
}

QVariant CancellationScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case FromColumn:
        return tr("Notice from");
    case ToColumn:
        return tr("Notice to");
    case DaysColumn:
        return tr("Days before arrival");
    case FeeColumn:
        return tr("Fee");
    case TotalOwedColumn:
        return tr("With tax");
    default:
        return {};
    }
}

double CancellationScheduleModel::maximum() const {
    double most = 0;
    for (const Step& s : steps_) {
        most = std::max(most, chartAmount(s.fee));
    }
    return most;
}

// ---------------------------------------------------------------------------------------------------------

StepPointsProxy::StepPointsProxy(QAbstractItemModel* source, int fromColumn, int toColumn, int valueColumn,
                                 QObject* parent)
    : QAbstractTableModel(parent)
    , source_(source)
    , fromColumn_(fromColumn)
    , toColumn_(toColumn)
    , valueColumn_(valueColumn) {
    const auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(source_, &QAbstractItemModel::modelReset, this, reset);
    connect(source_, &QAbstractItemModel::dataChanged, this, reset);
    connect(source_, &QAbstractItemModel::rowsInserted, this, reset);
    connect(source_, &QAbstractItemModel::rowsRemoved, this, reset);
}

int StepPointsProxy::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : source_->rowCount() * 2;
}

int StepPointsProxy::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 2;
}

QVariant StepPointsProxy::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || role != Qt::DisplayRole) {
        return {};
    }
    const int sourceRow = index.row() / 2;
    const bool end = index.row() % 2 == 1;
    if (index.column() == 1) {
        return source_->index(sourceRow, valueColumn_).data(ChartRole);
    }
    const QDateTime at =
        source_->index(sourceRow, end ? toColumn_ : fromColumn_).data(ChartRole).toDateTime();
    return end ? at.addDays(1) : at;
}

// ---------------------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------------------

PickupPaceModel::PickupPaceModel(QObject* parent)
    : QAbstractTableModel(parent) {
    refreshOnLanguageChange(this);
}

void PickupPaceModel::setReports(std::vector<Report> reports, std::int64_t block,
                                 std::optional<Date> cutoff) {
    beginResetModel();
    std::sort(reports.begin(), reports.end(),
              [](const Report& a, const Report& b) { return a.date < b.date; });
    reports_ = std::move(reports);
    block_ = block;
    cutoff_ = cutoff;
    endResetModel();
}

PickupPaceModel::Projection PickupPaceModel::projectionOf(const Contract& c, const Outlook& outlook,
                                                          std::int64_t block) {
    const forecast::Forecast& f = outlook.forecast;
    Projection p;
    p.today = outlook.today;
    p.arrival = c.arrival;
    p.onTheBooks = f.onTheBooks;
    p.expected = f.expected;
    p.p10 = f.p10;
    p.p90 = f.p90;
    p.share = f.curve.share;
    p.groups = f.curve.groups;
    p.fallback = f.curve.fallback;
    p.comparableFinalShare = outlook.comparableFinalShare;
    if (c.attrition.enabled) {
        p.performanceRoomNights = static_cast<double>(block) *
                                  static_cast<double>(c.attrition.performanceLevel.partsPerMillion()) /
                                  static_cast<double>(Percent::kScale);
    }
    return p;
}

void PickupPaceModel::setProjection(std::optional<Projection> projection) {
    beginResetModel();
    projection_ = std::move(projection);
    endResetModel();
}

double PickupPaceModel::projected(double final, Date day) const {
    if (!projection_) {
        return 0;
    }
    const Projection& p = *projection_;
    const auto share = [&p](Date d) {
        const std::int64_t x =
            std::clamp<std::int64_t>(p.arrival.daysSince(d), 0, forecast::kMaxDaysBeforeArrival);
        return p.share[static_cast<std::size_t>(x)];
    };
    const auto onTheBooks = static_cast<double>(p.onTheBooks);
    if (!(p.today < day)) {
        return onTheBooks;
    }
    if (!(day < p.arrival)) {
        return final;
    }
    const double now = share(p.today);
    if (now >= 1.0 - 1e-9) {
        // A curve already complete gives no shape: a straight line to arrival.
        const double done =
            static_cast<double>(day.daysSince(p.today)) / static_cast<double>(p.arrival.daysSince(p.today));
        return onTheBooks + (final - onTheBooks) * done;
    }
    // The most of the curve reached so far: an averaged curve may dip here and there, a path to arrival
    // does not turn back.
    double reached = now;
    for (Date d = p.today.addDays(1); !(day < d); d = d.addDays(1)) {
        reached = std::max(reached, share(d));
    }
    return onTheBooks + (final - onTheBooks) * std::min(1.0, (reached - now) / (1.0 - now));
}

double PickupPaceModel::comparable(Date day) const {
    if (!projection_) {
        return 0;
    }
    const Projection& p = *projection_;
    const std::int64_t x =
        std::clamp<std::int64_t>(p.arrival.daysSince(day), 0, forecast::kMaxDaysBeforeArrival);
    return p.share[static_cast<std::size_t>(x)] * p.comparableFinalShare * static_cast<double>(block_);
}

int PickupPaceModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(reports_.size()) + (projection_ ? 1 : 0);
}

int PickupPaceModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PickupPaceModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const QLocale locale;
    if (static_cast<std::size_t>(index.row()) == reports_.size()) {
        return projectionData(index.column(), role, locale);
    }
    const Report& r = reports_[static_cast<std::size_t>(index.row())];
    if (role == ChartRole) {
        switch (index.column()) {
        case DateColumn:
            return static_cast<qreal>(QDateTime(toQDate(r.date), QTime(0, 0)).toMSecsSinceEpoch());
        case PickedUpColumn:
            return static_cast<qreal>(r.roomNights);
        case BlockColumn:
            return static_cast<qreal>(block_);
        default:
            return block_ > 0 ? 100.0 * static_cast<qreal>(r.roomNights) / static_cast<qreal>(block_) : 0.0;
        }
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() == DateColumn ? QVariant()
                                            : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case DateColumn:
        return formatDate(r.date, locale);
    case PickedUpColumn:
        return formatCount(r.roomNights, locale);
    case BlockColumn:
        return formatCount(block_, locale);
    default:
        return block_ > 0
                   ? locale.toString(100.0 * static_cast<double>(r.roomNights) / static_cast<double>(block_),
                                     'f', 1) +
                         QStringLiteral("%")
                   : QStringLiteral("\u2014");
    }
}

QVariant PickupPaceModel::projectionData(int column, int role, const QLocale& locale) const {
    const Projection& p = *projection_;
    const auto expected = static_cast<std::int64_t>(std::llround(p.expected));
    if (role == ChartRole) {
        switch (column) {
        case DateColumn:
            return static_cast<qreal>(QDateTime(toQDate(p.arrival), QTime(0, 0)).toMSecsSinceEpoch());
        case PickedUpColumn:
            return p.expected;
        case BlockColumn:
            return static_cast<qreal>(block_);
        default:
            return block_ > 0 ? 100.0 * p.expected / static_cast<qreal>(block_) : 0.0;
        }
    }
    if (role == Qt::TextAlignmentRole) {
        return column == DateColumn ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        return tr("The forecast final pickup at arrival, with the range in which 8 of 10 past groups ended "
                  "(P10 to P90)");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case DateColumn:
        //: The last row of the pace table: the forecast for the arrival date %1.
        return tr("%1 (forecast)").arg(formatDate(p.arrival, locale));
    case PickedUpColumn:
        //: A forecast room-night count and its P10-P90 range.
        return tr("%1 (%2\u2013%3)")
            .arg(formatCount(expected, locale), formatCount(p.p10, locale), formatCount(p.p90, locale));
    case BlockColumn:
        return formatCount(block_, locale);
    default:
        return block_ > 0 ? locale.toString(100.0 * p.expected / static_cast<double>(block_), 'f', 1) +
                                QStringLiteral("%")
                          : QStringLiteral("\u2014");
    }
}

QVariant PickupPaceModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DateColumn:
        return tr("Report date");
    case PickedUpColumn:
        return tr("Picked up");
    case BlockColumn:
        return tr("Block");
    default:
        return tr("Of the block");
    }
}

} // namespace attrition::ui
