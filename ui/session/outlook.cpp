#include "session/outlook.h"

#include "attrition/storage/repository.h"

#include <QDate>
#include <algorithm>
#include <exception>

namespace attrition::ui {

struct Forecaster::Comparable {
    CompareWith compareWith = CompareWith::Hotel;
    std::string hotel;
    std::string account;
    std::string reference;
    std::vector<GroupHistory> groups;
    std::unique_ptr<forecast::History> history;
    double finalShare = 0;
};

std::vector<std::pair<Date, std::int64_t>>
roomNightsPerReport(const std::vector<storage::StoredPickupSnapshot>& reports) {
    std::vector<std::pair<Date, std::int64_t>> pace;
    pace.reserve(reports.size());
    for (const storage::StoredPickupSnapshot& stored : reports) {
        std::int64_t rooms = 0;
        for (const PickupEntry& e : stored.snapshot.entries) {
            rooms += e.rooms;
        }
        pace.emplace_back(stored.snapshot.reportDate, rooms);
    }
    return pace;
}

Forecaster::Forecaster(QObject* parent)
    : QObject(parent) {}

Forecaster::~Forecaster() = default;

void Forecaster::setRepository(storage::ContractRepository* repository) {
    repository_ = repository;
    forgetHistory();
}

void Forecaster::setToday(std::optional<Date> today) {
    today_ = today;
    forgetHistory();
}

Date Forecaster::today() const {
    if (today_) {
        return *today_;
    }
    const QDate d = QDate::currentDate();
    return Date::fromYmd(d.year(), d.month(), d.day()).value_or(Date());
}

void Forecaster::setCompareWith(CompareWith compareWith) {
    compareWith_ = compareWith;
}

void Forecaster::forgetHistory() {
    comparable_.reset();
    past_.reset();
}

const storage::PastGroups* Forecaster::pastGroups(QString& problem) {
    const Date now = today();
    if (past_ && pastToday_ == now) {
        return &*past_;
    }
    comparable_.reset();
    past_.reset();
    if (repository_ == nullptr) {
        past_.emplace();
    } else {
        storage::Result<storage::PastGroups> read = storage::readPastGroups(*repository_, {}, now);
        if (!read) {
            problem = QString::fromStdString(read.error().message);
            return nullptr;
        }
        past_.emplace(std::move(*read));
    }
    pastToday_ = now;
    return &*past_;
}

const Forecaster::Comparable& Forecaster::comparableFor(const Contract& contract,
                                                        const storage::PastGroups& past) {
    // A group is never compared with itself; only a contract stored as a past group and edited back to
    // upcoming can be among them, so the comparable groups are kept across contracts of the same hotel
    // (or account, or all of them) and built again only for such a one.
    const bool amongThem = std::any_of(past.groups.begin(), past.groups.end(), [&](const GroupHistory& g) {
        return g.contract->reference == contract.reference;
    });
    const std::string excluded = amongThem ? contract.reference : std::string();
    const bool kept = comparable_ && comparable_->compareWith == compareWith_ &&
                      (compareWith_ != CompareWith::Hotel || comparable_->hotel == contract.hotel) &&
                      (compareWith_ != CompareWith::Account || comparable_->account == contract.account) &&
                      comparable_->reference == excluded;
    if (!kept) {
        auto c = std::make_unique<Comparable>();
        c->compareWith = compareWith_;
        c->hotel = contract.hotel;
        c->account = contract.account;
        c->reference = excluded;
        for (const GroupHistory& g : past.groups) {
            const Contract& other = *g.contract;
            const bool alike = compareWith_ == CompareWith::All ||
                               (compareWith_ == CompareWith::Hotel && other.hotel == contract.hotel) ||
                               (compareWith_ == CompareWith::Account && other.account == contract.account);
            if (alike && (excluded.empty() || other.reference != excluded)) {
                c->groups.push_back(g);
            }
        }
        c->history = std::make_unique<forecast::History>(c->groups);
        double shares = 0;
        for (const forecast::History::Group& g : c->history->groups()) {
            if (g.blockRoomNights <= 0) {
                continue;
            }
            shares += static_cast<double>(g.finalRoomNights) / static_cast<double>(g.blockRoomNights);
        }
        const auto n = c->history->groups().size();
        c->finalShare = n > 0 ? shares / static_cast<double>(n) : 0;
        comparable_ = std::move(c);
    }
    return *comparable_;
}

std::optional<quote::WashDistribution> Forecaster::washFor(const Contract& contract, QString& problem) {
    const storage::PastGroups* past = pastGroups(problem);
    if (past == nullptr) {
        return std::nullopt;
    }
    const Comparable& comparable = comparableFor(contract, *past);
    return quote::washDistribution(comparable.groups, contract.account);
}

Outlook Forecaster::outlook(const Contract& contract) {
    Outlook o;
    o.today = today();
    o.compareWith = compareWith_;
    if (contract.status == ContractStatus::Cancelled) {
        o.unavailable = tr("The group has cancelled: there is no pickup to forecast.");
        return o;
    }
    if (contract.status == ContractStatus::Actualized) {
        o.unavailable = tr("The contract is actualized: its pickup is final.");
        return o;
    }
    if (!(o.today < contract.arrival)) {
        o.unavailable = tr("The group arrived on %1: a forecast looks at groups still to arrive.")
                            .arg(QString::fromStdString(contract.arrival.toIso()));
        return o;
    }
    QString problem;
    const storage::PastGroups* past = pastGroups(problem);
    if (past == nullptr) {
        o.unavailable = tr("The past groups could not be read: %1").arg(problem);
        return o;
    }
    const Comparable& comparable = comparableFor(contract, *past);
    forecast::ForecastOptions options;
    options.today = o.today;
    try {
        o.forecast = forecast::forecastPickup(contract, *comparable.history, options);
        o.risk = forecast::damagesRisk(contract, o.forecast, options);
        forecast::Advice advice = forecast::adviseRelease(contract, o.forecast, options);
        if (advice.reviewDate) {
            o.advice = std::move(advice);
        }
    } catch (const std::exception& e) {
        o.unavailable = tr("The contract cannot be forecast: %1").arg(QString::fromUtf8(e.what()));
        return o;
    }
    o.comparableGroups = static_cast<std::int32_t>(comparable.history->groups().size());
    o.comparableFinalShare = comparable.finalShare;
    o.ready = true;
    return o;
}

} // namespace attrition::ui
