#pragma once

// What the early warning over the groups still to arrive reads from a database: the upcoming groups a filter
// passes, each with its pickup reports, and the past groups of their hotels that each is compared with.
// `attrition-cli at-risk`, its portfolio report and the desk read it the same way (readGroupsAtRisk).

#include "attrition/domain/pickup_history.h"
#include "attrition/engine/at_risk.h"
#include "attrition/storage/past_groups.h"
#include "attrition/storage/repository.h"

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace attrition::storage {

/// The upcoming groups: `snapshots[i]` are the pickup reports of `contracts[i]` (stored id `ids[i]`), by
/// report date. The contracts do not move.
struct UpcomingGroups {
    std::deque<Contract> contracts;
    std::vector<ContractId> ids;
    std::vector<std::vector<PickupSnapshot>> snapshots;
};

/// The groups as the engine takes them, each pointing into `groups` (which must outlive them); their pickup
/// reports are moved out of `groups`.
std::vector<forecast::UpcomingGroup> upcomingGroups(UpcomingGroups& groups);

struct AtRiskInput {
    UpcomingGroups upcoming;
    /// The past groups (actualized, departed by `today`) of the hotels of the upcoming groups, every hotel's.
    PastGroups past;
};

/// Reads the contracts `filter` passes and keeps those `isUpcoming` accepts as upcoming groups, with their
/// pickup reports, in order of arrival (then of id). `visit`, when set, is called with every contract the
/// filter passes, upcoming or not, in that order (the desk adds up its pipeline from them). Only the pickup
/// reports of the upcoming groups are read.
Result<UpcomingGroups> readUpcomingGroups(ContractRepository& repository, const ContractFilter& filter,
                                          const std::function<bool(const Contract&)>& isUpcoming,
                                          const std::function<void(const StoredContract&)>& visit = {});

/// readUpcomingGroups, then the past groups of their hotels as of `today` (as readPastGroups with no filter
/// gives them, in the order they were stored).
Result<AtRiskInput> readAtRiskInput(ContractRepository& repository, const ContractFilter& filter, Date today,
                                    const std::function<bool(const Contract&)>& isUpcoming,
                                    const std::function<void(const StoredContract&)>& visit = {});

/// The past groups as the groups at risk are compared with them, prepared once: per hotel, the forecast's
/// History of the hotel's past groups (actualized, departed by `today`, with their pickup reports, in the
/// order they were stored). What the desk keeps until the database changes.
struct PastHistories {
    Date today;
    std::map<std::string, forecast::History> byHotel;
    std::int64_t groups = 0; ///< past groups read
};

/// Reads the past groups of `hotels` (every hotel when null) as of `today` and prepares their histories.
/// Each contract is read reduced to its totals (ContractRepository::groupTotals) and each pickup report added
/// up (ContractRepository::pickupTotalsOf), which is all a History reads of them: the histories are those of
/// the groups readPastGroups gives, whole contracts with every entry of every report, all of one state of
/// the database. `alongside`: another connection to the same database, over which every report is read
/// meanwhile (on a thread of its own); where `repository` cannot tell whether another connection committed
/// in between (ContractRepository::dataVersion), or one did, the contracts and their reports are read (again)
/// one after the other over `repository`, in one read. `meanwhile`, when set, is called once, after the
/// contracts are first read and before their reports are (or while they are being read alongside).
Result<PastHistories> readPastHistories(ContractRepository& repository, Date today,
                                        const std::set<std::string>* hotels = nullptr,
                                        ContractRepository* alongside = nullptr,
                                        const std::function<void()>& meanwhile = {});

/// The groups at risk and the stored id of each.
struct GroupsAtRisk {
    forecast::AtRiskList list;
    std::vector<ContractId> ids; ///< of each row of `list.rows`, in the same order
    double readMs = 0;           ///< milliseconds spent reading (the past groups too, when read here)
    double computeMs = 0;        ///< milliseconds spent forecasting
};

/// What else readGroupsAtRisk does or is given.
struct GroupsAtRiskReading {
    /// Called with every contract the filter passes, upcoming or not (as readUpcomingGroups calls it).
    std::function<void(const StoredContract&)> visit;
    /// The past groups prepared already (readPastHistories as of the same today, every hotel or at least
    /// those of the groups read); null: see pastWhenRead.
    std::shared_ptr<const PastHistories> past;
    /// Where `past` is null: the past groups being read elsewhere meanwhile (on another connection), waited
    /// for once the upcoming groups are read. Null: the past groups of their hotels are read here.
    std::function<Result<std::shared_ptr<const PastHistories>>()> pastWhenRead;
};

/// The early warning over the stored groups `filter` passes that arrive in the window of `options`
/// (forecast::atRiskWindow), each forecast against the past groups of its own hotel
/// (forecast::groupsAtRiskByHotel): what `attrition-cli at-risk`, the portfolio report and the desk show.
/// `filter` chooses the contracts read: its arrival dates are the window's, or wider for `reading.visit`.
/// The upcoming groups' pickup reports are read added up (ContractRepository::pickupTotalsOf), which is all
/// the groups at risk read of them.
/// A storage error when the database cannot say; throws what atRiskWindow and groupsAtRiskByHotel throw
/// (forecast::ForecastError for options out of range).
Result<GroupsAtRisk> readGroupsAtRisk(ContractRepository& repository, const ContractFilter& filter,
                                      const forecast::AtRiskOptions& options,
                                      const GroupsAtRiskReading& reading = {});

/// The groups at risk a portfolio report of the contracts `filter` passes shows, standing on `today`: those
/// arriving within the filter's arrival dates, from today (or its first arrival date) for the default
/// window of the early warning when the filter has no last arrival date, forecast as readGroupsAtRisk
/// forecasts them. None (no page) when every arrival the filter allows is past. Throws what
/// readGroupsAtRisk throws.
Result<std::optional<forecast::AtRiskList>>
readPortfolioGroupsAtRisk(ContractRepository& repository, const ContractFilter& filter, Date today);

} // namespace attrition::storage
