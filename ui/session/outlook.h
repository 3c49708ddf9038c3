#pragma once

#include "attrition/engine/forecast.h"
#include "attrition/engine/quote.h"
#include "attrition/storage/past_groups.h"

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

namespace attrition::storage {
class ContractRepository;
}

namespace attrition::ui {

/// Which past groups a forecast compares the contract with.
enum class CompareWith : std::uint8_t { Hotel, Account, All };

/// The forward look at one contract as the window shows it: the forecast of its final pickup, what it will
/// likely owe, and the release the forecast supports at the next review date or cutoff; or why there is
/// none. The same figures as `attrition-cli forecast` and `advise` with their default options (the
/// contract's hotel as comparable groups, seed 1, 10,000 draws), or `--compare account|all`.
struct Outlook {
    bool ready = false;
    QString unavailable; ///< why there is no forecast, when not ready
    Date today;
    CompareWith compareWith = CompareWith::Hotel;
    forecast::Forecast forecast;
    forecast::DamagesRisk risk;
    std::optional<forecast::Advice> advice; ///< only when a review date or cutoff is ahead
    std::int32_t comparableGroups = 0;      ///< comparable past groups with a history behind the figures
    double comparableFinalShare = 0;        ///< their mean final pickup / block (1 - wash)
};

/// The room nights on the books at each stored pickup report, in the reports' order: the points of a pace.
std::vector<std::pair<Date, std::int64_t>>
roomNightsPerReport(const std::vector<storage::StoredPickupSnapshot>& reports);

/// Computes outlooks from the past groups of a database, read once and kept until the database or its past
/// groups change. No widgets: the window shows what it returns.
class Forecaster : public QObject {
    Q_OBJECT

public:
    explicit Forecaster(QObject* parent = nullptr);
    ~Forecaster() override;

    /// The database the past groups come from (none: no comparable groups, the default curve).
    void setRepository(storage::ContractRepository* repository);
    /// The day the forecast stands on; empty: the calendar's today.
    void setToday(std::optional<Date> today);
    Date today() const;
    void setCompareWith(CompareWith compareWith);
    CompareWith compareWith() const { return compareWith_; }
    /// Reads the past groups again at the next outlook (after a save, an import or a reload).
    void forgetHistory();
    /// Whether the past groups are read already (the next outlook is quick).
    bool hasHistory() const { return past_.has_value(); }

    Outlook outlook(const Contract& contract);

    /// The washes a quote of `contract` draws from (quote::washDistribution): the past groups it is compared
    /// with as for its forecast, never itself, read once as for the outlook. Empty, with `problem` saying
    /// why, when the past groups cannot be read.
    std::optional<quote::WashDistribution> washFor(const Contract& contract, QString& problem);

private:
    const storage::PastGroups* pastGroups(QString& problem);

    storage::ContractRepository* repository_ = nullptr;
    std::optional<Date> today_;
    CompareWith compareWith_ = CompareWith::Hotel;
    std::optional<storage::PastGroups> past_;
    Date pastToday_;
    /// The comparable groups of the last contract forecast, kept while the choice of comparable groups and
    /// what it depends on (the hotel, the account) stay.
    struct Comparable;
    std::unique_ptr<Comparable> comparable_;
    /// The comparable groups of `contract`, built again only when what they depend on changed.
    const Comparable& comparableFor(const Contract& contract, const storage::PastGroups& past);
};

} // namespace attrition::ui
