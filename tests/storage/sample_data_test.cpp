// The sample data generator: the same contracts for the same seed, valid for the engine, and varied enough
// to exercise lists, filters and benchmarks.

#include "attrition/engine/engine.h"
#include "attrition/engine/forecast.h"
#include "attrition/engine/quote.h"
#include "attrition/engine/validation.h"
#include "attrition/storage/sample_data.h"
#include "storage_test_support.h"

#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

namespace attrition::storage::test {
namespace {

TEST(SampleData, TheSameSeedAndIndexGiveTheSameContract) {
    EXPECT_EQ(dumpContract(sampleContract(5, 123)), dumpContract(sampleContract(5, 123)));
    EXPECT_NE(dumpContract(sampleContract(5, 123)), dumpContract(sampleContract(5, 124)));
    EXPECT_NE(dumpContract(sampleContract(5, 123)), dumpContract(sampleContract(6, 123)));
    EXPECT_EQ(sampleContract(5, 0).reference, "GRP-0000001");
    EXPECT_EQ(sampleContract(5, 41).reference, "GRP-0000042");
}

TEST(SampleData, EveryContractPassesValidationAndCanBeAssessed) {
    for (std::int64_t i = 0; i < 3000; ++i) {
        const Contract c = sampleContract(1, i);
        const std::vector<ValidationIssue> issues = validate(c);
        ASSERT_TRUE(issues.empty()) << c.reference << ": " << issues.front().toEnglish();
        // Nor any likely mistake: sample contracts are what a careful user would write. Only a pickup well
        // above a small block is left to warn about: generated groups pick up above their block as real
        // ones do, and one room more on a block of 2 is already 150%.
        std::vector<ValidationIssue> warnings = validationWarnings(c);
        std::erase_if(warnings, [](const ValidationIssue& w) {
            return w.message.id == MessageId::ValWarnPickupAboveBlockNight ||
                   w.message.id == MessageId::ValWarnPickupAboveBlockStay;
        });
        EXPECT_TRUE(warnings.empty()) << c.reference << ": " << warnings.front().toEnglish();
        EXPECT_NO_THROW((void)assess(c)) << c.reference;
        for (const Scenario& s : sampleScenarios(c)) {
            EXPECT_NO_THROW((void)assess(c, s.overrides)) << c.reference << " " << s.name;
        }
    }
}

TEST(SampleData, StatusesAgreeWithTheGeneratorsToday) {
    const Date today = sampleToday();
    int past = 0;
    int cancelledAhead = 0;
    for (std::int64_t i = 0; i < 5000; ++i) {
        const Contract c = sampleContract(1, i);
        if (c.arrival < today) {
            ++past;
            EXPECT_TRUE(c.status == ContractStatus::Actualized || c.status == ContractStatus::Cancelled)
                << c.reference << " arrived " << c.arrival.toIso() << ", " << toString(c.status);
        } else {
            EXPECT_NE(c.status, ContractStatus::Actualized)
                << c.reference << " arrives " << c.arrival.toIso();
        }
        EXPECT_EQ(c.status == ContractStatus::Cancelled, c.isCancelled()) << c.reference;
        if (c.cancellationNotice) {
            EXPECT_LT(*c.cancellationNotice, today) << c.reference;
            EXPECT_LE(*c.cancellationNotice, c.arrival) << c.reference;
            EXPECT_GT(*c.cancellationNotice, c.signedOn) << c.reference;
            cancelledAhead += c.arrival > today ? 1 : 0;
        }
    }
    EXPECT_GT(past, 1000);
    EXPECT_GT(cancelledAhead, 20); // groups still to come that have cancelled already
}

TEST(SampleData, PlacedBeforeTodayByWholeWeeks) {
    const Currency usd = *Currency::fromCode("USD");
    const auto contract = [&](const char* reference, ContractStatus status, const char* signedOn,
                              const char* arrival, const char* departure) {
        Contract c;
        c.reference = reference;
        c.status = status;
        c.currency = usd;
        c.signedOn = *Date::parseIso(signedOn);
        c.arrival = *Date::parseIso(arrival);
        c.departure = *Date::parseIso(departure);
        c.block = {BlockEntry{c.arrival, "KING", 10, Money(10000, usd)}};
        return c;
    };
    std::vector<Contract> contracts{
        contract("PAST", ContractStatus::Actualized, "2026-03-02", "2027-05-09", "2027-05-13"),
        contract("LATER", ContractStatus::Actualized, "2026-03-02", "2027-09-14", "2027-09-17"),
        contract("CANCELLED", ContractStatus::Cancelled, "2026-06-15", "2027-11-10", "2027-11-14"),
        contract("AHEAD", ContractStatus::Definite, "2027-02-15", "2028-02-20", "2028-02-24"),
        // Upcoming, but arriving before the others' common shift would place it after today.
        contract("SOON", ContractStatus::Tentative, "2026-01-05", "2027-06-01", "2027-06-03"),
    };
    contracts[2].cancellationNotice = *Date::parseIso("2027-08-01");
    std::vector<std::vector<PickupSnapshot>> histories(contracts.size());
    histories[3] = {
        PickupSnapshot{*Date::parseIso("2027-09-01"), {{*Date::parseIso("2028-02-20"), "KING", 4}}}};
    const std::vector<Contract> before = contracts;
    const Date today = *Date::parseIso("2026-12-06");
    const std::vector<std::int32_t> shifts = placeBeforeToday(contracts, histories, today);
    ASSERT_EQ(shifts.size(), contracts.size());
    for (std::size_t i = 0; i < contracts.size(); ++i) {
        EXPECT_EQ(shifts[i] % 7, 0) << contracts[i].reference;
        EXPECT_EQ(contracts[i].arrival.daysSince(before[i].arrival), shifts[i]) << contracts[i].reference;
    }
    // The latest actualized group left in the week before today; the others moved alike.
    EXPECT_LT(contracts[1].departure, today);
    EXPECT_GE(contracts[1].departure, today.addDays(-7));
    EXPECT_EQ(shifts[0], shifts[1]);
    EXPECT_EQ(shifts[2], shifts[1]);
    EXPECT_LT(*contracts[2].cancellationNotice, today);
    EXPECT_EQ(shifts[3], shifts[1]);
    EXPECT_GT(contracts[3].arrival, today);
    EXPECT_LT(histories[3][0].reportDate, today);
    EXPECT_EQ(histories[3][0].entries[0].night, contracts[3].arrival);
    // The one the common shift would put in the past arrives in the week after today.
    EXPECT_GT(contracts[4].arrival, today);
    EXPECT_LE(contracts[4].arrival, today.addDays(7));
}

TEST(SampleData, ContractsAreVaried) {
    std::set<std::string> currencies;
    std::set<ContractStatus> statuses;
    std::map<std::string, int> accounts;
    std::set<std::string> hotels;
    int cancelled = 0;
    int nightByNight = 0;
    for (std::int64_t i = 0; i < 5000; ++i) {
        const Contract c = sampleContract(1, i);
        currencies.insert(std::string(c.currency.code()));
        statuses.insert(c.status);
        ++accounts[c.account];
        hotels.insert(c.hotel);
        cancelled += c.isCancelled() ? 1 : 0;
        nightByNight += c.attrition.method == AttritionMethod::NightByNight ? 1 : 0;
    }
    EXPECT_EQ(currencies, (std::set<std::string>{"EUR", "GBP", "JPY", "KWD", "USD"}));
    EXPECT_EQ(statuses.size(), 5U);
    EXPECT_GT(hotels.size(), 30U);
    EXPECT_GT(cancelled, 100);
    EXPECT_GT(nightByNight, 1000);
    // Repeat business: organizers with several contracts.
    int repeat = 0;
    for (const auto& [account, count] : accounts) {
        repeat += count > 1 ? 1 : 0;
    }
    EXPECT_GT(repeat, 500);
    EXPECT_LT(accounts.size(), 5000U);
}

TEST(SampleData, SomePastGroupsSettleTheirDamages) {
    const Date today = sampleToday();
    std::map<SettlementState, int> states;
    for (std::int64_t i = 0; i < 3000; ++i) {
        const Contract c = sampleContract(1, i);
        const Settlement& s = c.settlement;
        if (c.status != ContractStatus::Actualized && c.status != ContractStatus::Cancelled) {
            EXPECT_TRUE(s.isEmpty()) << c.reference; // nothing to settle before the stay
            continue;
        }
        ++states[s.state()];
        const Date from = c.cancellationNotice ? *c.cancellationNotice : c.departure;
        if (s.invoicedOn) {
            EXPECT_GT(*s.invoicedOn, from) << c.reference;
            EXPECT_LT(*s.invoicedOn, today) << c.reference;
            EXPECT_FALSE(s.invoiceNumber.empty()) << c.reference;
        }
        for (const SettlementPayment& p : s.payments) {
            EXPECT_GT(p.received, *s.invoicedOn) << c.reference;
            EXPECT_LT(p.received, today) << c.reference;
            EXPECT_EQ(p.amount.currency(), c.currency) << c.reference;
        }
        if (s.waived.isPositive()) {
            EXPECT_FALSE(s.waiverReason.empty()) << c.reference;
        }
        EXPECT_TRUE(s.creditContract.empty()) << c.reference; // credits are granted across a batch
    }
    for (const SettlementState state :
         {SettlementState::NotAssessed, SettlementState::Assessed, SettlementState::Invoiced,
          SettlementState::PartlyCollected, SettlementState::Collected, SettlementState::Waived,
          SettlementState::Settled}) {
        EXPECT_GT(states[state], 5) << toString(state);
    }
    // Most past groups have not settled anything in the samples.
    EXPECT_GT(states[SettlementState::NotAssessed], states[SettlementState::Collected]);
}

TEST(SampleDataHistory, OneCreditGoesToALaterContractOfTheSameAccount) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ConnectionSettings settings;
    settings.file = dir.filePath(QStringLiteral("credit.sqlite")).toStdString();
    OpenOptions open;
    open.createIfMissing = true;
    Result<std::unique_ptr<SqlContractRepository>> repo = SqlContractRepository::open(settings, open);
    ASSERT_TRUE(repo) << repo.error().message;
    SampleDataOptions sample;
    sample.contracts = 300;
    sample.seed = 1;
    sample.withSnapshots = false;
    sample.withScenarios = false;
    ASSERT_TRUE(populateSampleData(**repo, sample));
    int credits = 0;
    for (std::int64_t i = 0; i < 300; ++i) {
        ASSERT_OK_AND_ASSIGN(stored, (*repo)->loadByReference(sampleContract(1, i).reference));
        const Contract& c = stored.contract;
        if (c.settlement.creditContract.empty()) {
            continue;
        }
        ++credits;
        EXPECT_TRUE(validate(c).empty()) << c.reference;
        EXPECT_TRUE(c.settlement.creditAmount.isPositive());
        EXPECT_EQ(c.settlement.creditAmount, c.settlement.waived);
        EXPECT_FALSE(c.settlement.waiverReason.empty());
        ASSERT_OK_AND_ASSIGN(later, (*repo)->loadByReference(c.settlement.creditContract));
        EXPECT_EQ(later.contract.account, c.account);
        EXPECT_GT(later.contract.arrival, c.departure);
    }
    EXPECT_EQ(credits, 1);
}

TEST(SampleData, PickupReportsGrowTowardsTheFinalPickup) {
    int checked = 0;
    for (std::int64_t i = 0; i < 200; ++i) {
        const Contract c = sampleContract(1, i);
        const std::vector<PickupSnapshot> reports = samplePickupSnapshots(c, 1);
        if (c.pickup.empty()) {
            EXPECT_TRUE(reports.empty() || c.isCancelled()) << c.reference; // cancelled: tested below
            continue;
        }
        for (std::size_t k = 0; k < reports.size(); ++k) {
            EXPECT_GE(reports[k].reportDate, c.signedOn);
            if (k > 0) {
                EXPECT_GT(reports[k].reportDate, reports[k - 1].reportDate);
            }
            ASSERT_EQ(reports[k].entries.size(), c.pickup.size());
            for (std::size_t e = 0; e < c.pickup.size(); ++e) {
                EXPECT_LE(reports[k].entries[e].rooms, c.pickup[e].rooms);
            }
        }
        if (!reports.empty()) {
            expectSamePickup(c.pickup, reports.back().entries, c.reference);
            ++checked;
        }
    }
    EXPECT_GT(checked, 50);
}

// --- Pickup histories -------------------------------------------------------------------------------------

std::int64_t roomsOf(const std::vector<PickupEntry>& entries) {
    std::int64_t n = 0;
    for (const PickupEntry& e : entries) {
        n += e.rooms;
    }
    return n;
}

std::int64_t blockOf(const Contract& c) {
    std::int64_t n = 0;
    for (const BlockEntry& e : c.block) {
        n += e.rooms;
    }
    return n;
}

/// The first `count` actualized sample contracts of seed 1.
std::vector<Contract> actualized(std::size_t count) {
    std::vector<Contract> out;
    for (std::int64_t i = 0; out.size() < count; ++i) {
        Contract c = sampleContract(1, i);
        if (c.status == ContractStatus::Actualized && !c.pickup.empty()) {
            out.push_back(std::move(c));
        }
    }
    return out;
}

TEST(SampleDataHistory, TheSameSeedGivesTheSameHistory) {
    for (std::int64_t i = 0; i < 300; ++i) {
        const Contract c = sampleContract(3, i);
        const std::vector<PickupSnapshot> a = samplePickupSnapshots(c, 3);
        const std::vector<PickupSnapshot> b = samplePickupSnapshots(c, 3);
        ASSERT_EQ(a.size(), b.size());
        for (std::size_t k = 0; k < a.size(); ++k) {
            EXPECT_EQ(a[k].reportDate, b[k].reportDate);
            expectSamePickup(a[k].entries, b[k].entries, c.reference);
        }
    }
}

TEST(SampleDataHistory, AFixedSeedGivesTheSameDatabaseEveryTime) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    std::vector<std::unique_ptr<SqlContractRepository>> repos;
    for (const char* name : {"a.sqlite", "b.sqlite"}) {
        ConnectionSettings settings;
        settings.file = dir.filePath(QString::fromLatin1(name)).toStdString();
        OpenOptions options;
        options.createIfMissing = true;
        Result<std::unique_ptr<SqlContractRepository>> repo = SqlContractRepository::open(settings, options);
        ASSERT_TRUE(repo) << repo.error().message;
        SampleDataOptions sample;
        sample.contracts = 80;
        sample.seed = 4;
        sample.batchSize = 30;
        ASSERT_TRUE(populateSampleData(**repo, sample));
        repos.push_back(std::move(*repo));
    }
    int reports = 0;
    for (std::int64_t i = 0; i < 80; ++i) {
        const std::string reference = sampleContract(4, i).reference;
        ASSERT_OK_AND_ASSIGN(a, repos[0]->loadByReference(reference));
        ASSERT_OK_AND_ASSIGN(b, repos[1]->loadByReference(reference));
        EXPECT_EQ(dumpContract(a.contract), dumpContract(b.contract));
        ASSERT_OK_AND_ASSIGN(historyA, repos[0]->pickupSnapshots(a.id));
        ASSERT_OK_AND_ASSIGN(historyB, repos[1]->pickupSnapshots(b.id));
        ASSERT_EQ(historyA.size(), historyB.size()) << reference;
        for (std::size_t k = 0; k < historyA.size(); ++k) {
            EXPECT_EQ(historyA[k].snapshot.reportDate, historyB[k].snapshot.reportDate);
            expectSamePickup(historyA[k].snapshot.entries, historyB[k].snapshot.entries, reference);
        }
        reports += static_cast<int>(historyA.size());
    }
    EXPECT_GT(reports, 500);
    // The same outlook.
    ASSERT_OK_AND_ASSIGN(hotels, repos[0]->outlookHotels());
    ASSERT_FALSE(hotels.empty());
    ASSERT_OK_AND_ASSIGN(hotelsB, repos[1]->outlookHotels());
    EXPECT_EQ(hotels, hotelsB);
    const Date from = *Date::fromYmd(2000, 1, 1);
    const Date to = *Date::fromYmd(2100, 1, 1);
    for (const std::string& hotel : hotels) {
        ASSERT_OK_AND_ASSIGN(a, repos[0]->hotelOutlook(hotel, from, to));
        ASSERT_OK_AND_ASSIGN(b, repos[1]->hotelOutlook(hotel, from, to));
        EXPECT_FALSE(a.empty());
        EXPECT_EQ(a, b) << hotel;
    }
}

TEST(SampleDataHistory, EveryContractWithPickupHasAHistoryWithinSigningAndArrival) {
    const Date today = sampleToday();
    int withHistory = 0;
    int withPickup = 0;
    for (std::int64_t i = 0; i < 3000; ++i) {
        const Contract c = sampleContract(1, i);
        const std::vector<PickupSnapshot> reports = samplePickupSnapshots(c, 1);
        if (c.pickup.empty()) {
            EXPECT_TRUE(reports.empty() || c.isCancelled()) << c.reference; // cancelled: tested below
            continue;
        }
        const Date last = c.arrival < today ? c.arrival : today;
        if (last < c.signedOn) {
            EXPECT_TRUE(reports.empty()) << c.reference << " is signed after today";
            continue;
        }
        ++withPickup;
        ASSERT_FALSE(reports.empty()) << c.reference;
        ++withHistory;
        EXPECT_EQ(reports.back().reportDate, last) << c.reference;
        // Weekly or closer within 180 days of arrival, every 3 days in the last 30.
        int lastMonth = 0;
        for (std::size_t k = 0; k < reports.size(); ++k) {
            const PickupSnapshot& s = reports[k];
            EXPECT_GE(s.reportDate, c.signedOn) << c.reference;
            EXPECT_LE(s.reportDate, c.arrival) << c.reference;
            EXPECT_LE(s.reportDate, today) << c.reference;
            if (k > 0) {
                EXPECT_GT(s.reportDate, reports[k - 1].reportDate);
                if (c.arrival.daysSince(s.reportDate) < 180) {
                    EXPECT_LE(s.reportDate.daysSince(reports[k - 1].reportDate), 7) << c.reference;
                }
            }
            lastMonth += c.arrival.daysSince(s.reportDate) < 30 ? 1 : 0;
            // Every night and room type, never negative, never above the final pickup.
            ASSERT_EQ(s.entries.size(), c.pickup.size());
            for (std::size_t e = 0; e < s.entries.size(); ++e) {
                EXPECT_EQ(s.entries[e].night, c.pickup[e].night);
                EXPECT_EQ(s.entries[e].roomType, c.pickup[e].roomType);
                EXPECT_GE(s.entries[e].rooms, 0);
                EXPECT_LE(s.entries[e].rooms, c.pickup[e].rooms);
                if (k > 0) {
                    // A few rooms cancelled between reports, never a collapse.
                    EXPECT_GE(s.entries[e].rooms,
                              reports[k - 1].entries[e].rooms - std::max(1, c.pickup[e].rooms / 20))
                        << c.reference;
                }
            }
        }
        if (c.arrival < today && c.arrival.daysSince(c.signedOn) >= 45) {
            EXPECT_GE(lastMonth, 10) << c.reference;
        }
        // The last report is the contract's pickup: final for past groups, today's for upcoming ones.
        expectSamePickup(c.pickup, reports.back().entries, c.reference);
    }
    EXPECT_EQ(withHistory, withPickup);
    EXPECT_GT(withHistory, 1000);
}

TEST(SampleDataHistory, CancelledGroupsReportUpToTheirNoticeWhenTheRoomsGoBack) {
    const Date today = sampleToday();
    int withNotice = 0;
    int stillOpen = 0;
    for (std::int64_t i = 0; i < 3000; ++i) {
        const Contract c = sampleContract(1, i);
        if (!c.isCancelled()) {
            continue;
        }
        const std::vector<PickupSnapshot> reports = samplePickupSnapshots(c, 1);
        const Date notice = *c.cancellationNotice;
        const Date last = std::min({notice, today, c.arrival});
        if (last < c.signedOn || c.block.empty()) {
            EXPECT_TRUE(reports.empty()) << c.reference;
            continue;
        }
        ASSERT_FALSE(reports.empty()) << c.reference;
        EXPECT_EQ(reports.back().reportDate, last) << c.reference;
        std::int64_t peak = 0;
        for (std::size_t k = 0; k < reports.size(); ++k) {
            const PickupSnapshot& s = reports[k];
            EXPECT_GE(s.reportDate, c.signedOn) << c.reference;
            EXPECT_LE(s.reportDate, last) << c.reference;
            ASSERT_EQ(s.entries.size(), c.block.size()) << c.reference;
            for (std::size_t e = 0; e < s.entries.size(); ++e) {
                EXPECT_EQ(s.entries[e].night, c.block[e].night);
                EXPECT_EQ(s.entries[e].roomType, c.block[e].roomType);
                EXPECT_GE(s.entries[e].rooms, 0);
                EXPECT_LE(s.entries[e].rooms, c.block[e].rooms) << c.reference;
            }
            if (k + 1 < reports.size()) {
                peak = std::max(peak, roomsOf(s.entries));
            }
        }
        if (last == notice) {
            ++withNotice;
            EXPECT_EQ(roomsOf(reports.back().entries), 0)
                << c.reference << ": the rooms go back at the notice";
        } else {
            ++stillOpen; // the notice is still ahead of the sample's today
        }
        if (reports.size() >= 10) {
            EXPECT_GT(peak, 0) << c.reference << ": the group picked up rooms before it cancelled";
        }
    }
    std::printf("cancelled groups: %d reported up to their notice, %d with the notice still ahead\n",
                withNotice, stillOpen);
    EXPECT_GT(withNotice, 50);
}

TEST(SampleDataHistory, WashIsSpreadLikeRealGroups) {
    const std::vector<Contract> groups = actualized(2000);
    int typical = 0;
    int bad = 0;
    int over = 0;
    for (const Contract& c : groups) {
        const double ratio = static_cast<double>(roomsOf(c.pickup)) /
                             static_cast<double>(std::max<std::int64_t>(1, blockOf(c)));
        typical += ratio >= 0.70 && ratio <= 1.05 ? 1 : 0;
        bad += ratio < 0.60 ? 1 : 0;
        over += ratio > 1.0 ? 1 : 0;
    }
    std::printf("final / block over 2000 groups: %d in 70-105%%, %d below 60%%, %d over the block\n", typical,
                bad, over);
    EXPECT_GE(typical, 1400); // at least 70%
    EXPECT_GE(bad, 40);       // a tail of bad ones
    EXPECT_LE(bad, 300);
    EXPECT_GT(over, 20);
}

TEST(SampleDataHistory, BookingCurvesDifferBySegment) {
    const std::vector<Contract> groups = actualized(2000);
    std::map<Segment, std::pair<double, int>> at60;
    int stalled = 0;
    for (const Contract& c : groups) {
        const std::vector<PickupSnapshot> reports = samplePickupSnapshots(c, 1);
        const Date day = c.arrival.addDays(-60);
        std::int64_t onTheBooks = 0;
        for (const PickupSnapshot& s : reports) {
            if (s.reportDate <= day) {
                onTheBooks = roomsOf(s.entries);
            }
        }
        const std::int64_t final = roomsOf(c.pickup);
        if (final <= 0) {
            continue;
        }
        auto& [sum, n] = at60[sampleSegment(c.account)];
        sum += static_cast<double>(onTheBooks) / static_cast<double>(final);
        ++n;
        // A stall: the last 30 days add next to nothing although the group is well below its block.
        std::int64_t at30 = 0;
        for (const PickupSnapshot& s : reports) {
            if (s.reportDate <= c.arrival.addDays(-30)) {
                at30 = roomsOf(s.entries);
            }
        }
        stalled += final * 100 < blockOf(c) * 78 && at30 * 100 >= final * 95 ? 1 : 0;
    }
    ASSERT_EQ(at60.size(), 4U);
    std::map<Segment, double> mean;
    for (const auto& [segment, sumN] : at60) {
        mean[segment] = sumN.first / sumN.second;
        std::printf("%s: %.2f on the books at 60 days (%d groups)\n", segmentName(segment), mean[segment],
                    sumN.second);
        EXPECT_GT(sumN.second, 100);
    }
    EXPECT_GT(mean[Segment::Association] - mean[Segment::Corporate], 0.25);
    EXPECT_GT(mean[Segment::Smerf] - mean[Segment::Incentive], 0.2);
    EXPECT_GT(stalled, 20);
}

TEST(SampleDataHistory, TheForecastLearnsACurveFromGeneratedGroups) {
    const std::vector<Contract> groups = actualized(2000);
    std::vector<forecast::GroupHistory> histories;
    for (const Contract& c : groups) {
        forecast::GroupHistory h{&c, {}};
        for (const PickupSnapshot& s : samplePickupSnapshots(c, 1)) {
            h.snapshots.push_back(attrition::PickupSnapshot{s.reportDate, s.entries});
        }
        histories.push_back(std::move(h));
    }
    const forecast::History five(std::span<const forecast::GroupHistory>(histories.data(), 500));
    EXPECT_EQ(five.snapshotsAfterArrival(), 0);
    EXPECT_EQ(five.snapshotsBeforeSigning(), 0);
    EXPECT_EQ(five.groupsWithoutHistory(), 0);
    EXPECT_GT(five.groups().size(), 450U);
    const forecast::BookingCurve curve = forecast::bookingCurve(five);
    EXPECT_FALSE(curve.fallback);
    EXPECT_GT(curve.groups, 450);
    EXPECT_NEAR(curve.share[0], 1.0, 1e-9);
    EXPECT_LT(curve.share[90], curve.share[30]);
    EXPECT_LT(curve.share[30], curve.share[7]);

    // The backtest of docs/FORECAST_METHODS.md ("Sample data"): the methods beat the naive baselines.
    const forecast::History all(histories);
    const std::array<std::int32_t, 4> horizons{90, 60, 30, 14};
    const std::vector<forecast::BacktestHorizon> results = forecast::backtest(all, horizons);
    ASSERT_EQ(results.size(), horizons.size());
    for (const forecast::BacktestHorizon& h : results) {
        std::printf("%3d days, %d groups: WAPE multiplicative %.3f, additive %.3f, account %.3f (%d groups), "
                    "regression %.3f, on the books %.3f, block x wash %.3f; MAPE multiplicative %.3f; "
                    "calibration %.2f\n",
                    h.daysBeforeArrival, h.groups, h.wapeMultiplicative, h.wapeAdditive, h.wapeAccount,
                    h.accountGroups, h.wapeRegression, h.wapeOnTheBooks, h.wapeBlockWash,
                    h.mapeMultiplicative, h.calibration);
        const forecast::RegressionFit fit = forecast::regressionFit(all, h.daysBeforeArrival);
        std::printf("%3d days: regression F = %.3f x on the books + %.3f x block (%d groups)\n",
                    h.daysBeforeArrival, fit.alpha, fit.beta, fit.groups);
        EXPECT_GT(h.groups, 1900);
        EXPECT_LT(std::min(h.wapeMultiplicative, h.wapeAdditive), h.wapeOnTheBooks);
        // The regression beats the other methods and, narrowly, the block x wash baseline.
        EXPECT_LT(h.wapeRegression, std::min({h.wapeMultiplicative, h.wapeAdditive, h.wapeAccount}));
        EXPECT_LT(h.wapeRegression, h.wapeBlockWash);
    }
}

TEST(SampleOutlook, TheSameSeedGivesTheSameOutlookAndANightIsTheSameInAnyRange) {
    const Currency eur = *Currency::fromCode("EUR");
    const Date first = *Date::fromYmd(2027, 1, 1);
    const Date last = *Date::fromYmd(2027, 12, 31);
    const std::vector<HotelNight> year = sampleHotelOutlook("Hotel Rai Amsterdam", eur, 900, first, last, 7);
    ASSERT_EQ(year.size(), 365U);
    EXPECT_EQ(year, sampleHotelOutlook("Hotel Rai Amsterdam", eur, 900, first, last, 7));
    EXPECT_NE(year, sampleHotelOutlook("Hotel Rai Amsterdam", eur, 900, first, last, 8));
    EXPECT_NE(year, sampleHotelOutlook("Harbour Hotel Dublin", eur, 900, first, last, 7));
    // March alone: the same nights as in the whole year.
    const std::vector<HotelNight> march = sampleHotelOutlook(
        "Hotel Rai Amsterdam", eur, 900, *Date::fromYmd(2027, 3, 1), *Date::fromYmd(2027, 3, 31), 7);
    ASSERT_EQ(march.size(), 31U);
    EXPECT_TRUE(std::equal(march.begin(), march.end(), year.begin() + 59));
    EXPECT_TRUE(sampleHotelOutlook("Hotel Rai Amsterdam", eur, 900, last, first, 7).empty());
    EXPECT_EQ(sampleCapacity("Hotel Rai Amsterdam", 7), sampleCapacity("Hotel Rai Amsterdam", 7, 100));
}

TEST(SampleOutlook, NightsArePlausible) {
    for (const auto& [hotel, code, leisure] :
         {std::tuple{"Midtown Meridian New York", "USD", false},
          std::tuple{"Cotswolds Manor Retreat", "GBP", true}, std::tuple{"Kyoto Garden Hotel", "JPY", false},
          std::tuple{"Marina Towers Kuwait", "KWD", false}}) {
        const Currency currency = *Currency::fromCode(code);
        const std::int32_t capacity = sampleCapacity(hotel, 1);
        EXPECT_GE(capacity, 700) << hotel;
        EXPECT_LE(capacity, 1600) << hotel;
        const std::vector<HotelNight> nights = sampleHotelOutlook(
            hotel, currency, capacity, *Date::fromYmd(2027, 1, 4), *Date::fromYmd(2028, 1, 2), 1);
        ASSERT_EQ(nights.size(), 364U);
        std::array<std::int64_t, 7> demandByDay{}; // Monday first
        std::int64_t lowest = std::numeric_limits<std::int64_t>::max();
        std::int64_t highest = 0;
        std::set<std::int64_t> rates;
        for (const HotelNight& n : nights) {
            EXPECT_EQ(n.capacity, capacity);
            EXPECT_EQ(n.transientNetAdr.currency(), currency) << hotel;
            EXPECT_EQ(n.transientAncillary.currency(), currency) << hotel;
            EXPECT_TRUE(n.transientNetAdr.isPositive()) << hotel;
            EXPECT_TRUE(n.transientAncillary.isPositive()) << hotel;
            EXPECT_LT(n.transientAncillary.minorUnits(), n.transientNetAdr.minorUnits() / 4) << hotel;
            EXPECT_EQ(n.transientDemand.micro() % (Quantity::kScale / 10), 0); // a tenth of a room
            demandByDay[static_cast<std::size_t>(n.night.isoWeekday() - 1)] += n.transientDemand.micro();
            lowest = std::min(lowest, n.transientDemand.micro());
            highest = std::max(highest, n.transientDemand.micro());
            rates.insert(n.transientNetAdr.minorUnits());
        }
        // Quiet nights under half full, busy ones near or above the capacity (demand is unconstrained).
        EXPECT_LT(lowest, Quantity::whole(capacity).micro() / 2) << hotel;
        EXPECT_GT(highest, Quantity::whole(capacity).micro() * 3 / 4) << hotel;
        EXPECT_GT(rates.size(), 10U) << hotel; // the rate follows the demand
        // A city hotel is busiest on Tuesday and Wednesday, a retreat on Friday and Saturday.
        const std::int64_t midweek = demandByDay[1] + demandByDay[2];
        const std::int64_t weekend = demandByDay[4] + demandByDay[5];
        EXPECT_EQ(leisure, weekend > midweek) << hotel;
    }
}

TEST(SampleOutlook, CapacityHoldsTheLargestNightOfAGroup) {
    EXPECT_GE(sampleCapacity("Lone Star Prairie Convention Resort, Grapevine", 1, 2000), 2500);
    EXPECT_EQ(sampleCapacity("Lone Star Prairie Convention Resort, Grapevine", 1, 2000) % 10, 0);
    // The generator's largest night (380 rooms, 30% and 10% more of two other room types) needs no more than
    // a sample hotel has anyway.
    EXPECT_EQ(sampleCapacity("Harborview Grand Boston", 1, 532),
              sampleCapacity("Harborview Grand Boston", 1));
}

class SampleDataStorageTest : public EngineTest {};

TEST_P(SampleDataStorageTest, SampleDataFillsARepository) {
    auto repo = open();
    ASSERT_TRUE(repo);
    SampleDataOptions options;
    options.contracts = 120;
    options.seed = 9;
    options.batchSize = 50;
    std::vector<std::int64_t> progress;
    options.progress = [&](std::int64_t done, std::int64_t total) {
        EXPECT_EQ(total, 120);
        progress.push_back(done);
    };
    ASSERT_OK_AND_ASSIGN(saved, populateSampleData(*repo, options));
    EXPECT_EQ(saved, 120);
    EXPECT_EQ(progress, (std::vector<std::int64_t>{50, 100, 120}));
    ASSERT_OK_AND_ASSIGN(page, repo->listContracts(ContractQuery{}));
    EXPECT_EQ(page.total, 120);
    ASSERT_OK_AND_ASSIGN(first, repo->loadByReference("GRP-0000001"));
    expectSameContract(sampleContract(9, 0), first.contract);
    ASSERT_OK_AND_ASSIGN(scenarios, repo->scenarios(first.id));
    EXPECT_FALSE(scenarios.empty());
    // Every contract's pickup history is stored, not only every tenth contract's.
    int histories = 0;
    for (std::int64_t i = 0; i < 120; ++i) {
        const Contract c = sampleContract(9, i);
        const std::vector<PickupSnapshot> expected = samplePickupSnapshots(c, 9);
        ASSERT_OK_AND_ASSIGN(stored, repo->loadByReference(c.reference));
        ASSERT_OK_AND_ASSIGN(reports, repo->pickupSnapshots(stored.id));
        ASSERT_EQ(reports.size(), expected.size()) << c.reference;
        for (std::size_t k = 0; k < reports.size(); ++k) {
            EXPECT_EQ(reports[k].snapshot.reportDate, expected[k].reportDate);
            expectSamePickup(expected[k].entries, reports[k].snapshot.entries, c.reference);
        }
        histories += expected.empty() ? 0 : 1;
    }
    EXPECT_GT(histories, 30);
    ASSERT_OK_AND_ASSIGN(accounts, repo->accounts());
    EXPECT_GT(accounts.size(), 10U);

    // The hotel's outlook covers every night of every group, in the hotel's currency, with room for its
    // block: a proposed group can be quoted as it is.
    int proposed = 0;
    std::map<std::string, Currency> currencies;
    for (std::int64_t i = 0; i < 120; ++i) {
        const Contract c = sampleContract(9, i);
        ASSERT_OK_AND_ASSIGN(outlook, repo->hotelOutlook(c.hotel, c.arrival, c.departure.addDays(-1)));
        ASSERT_EQ(outlook.size(), static_cast<std::size_t>(c.departure.daysSince(c.arrival))) << c.reference;
        for (std::size_t k = 0; k < outlook.size(); ++k) {
            EXPECT_EQ(outlook[k].night, c.arrival.addDays(static_cast<std::int32_t>(k)));
            EXPECT_EQ(outlook[k].transientNetAdr.currency(), c.currency) << c.reference;
            EXPECT_EQ(outlook[k].capacity, sampleCapacity(c.hotel, 9)) << c.reference;
        }
        EXPECT_EQ(outlook, sampleHotelOutlook(c.hotel, c.currency, sampleCapacity(c.hotel, 9), c.arrival,
                                              c.departure.addDays(-1), 9));
        if (c.status == ContractStatus::Prospect || c.status == ContractStatus::Tentative) {
            ++proposed;
            EXPECT_TRUE(quote::checkQuote(c, outlook, quote::QuoteOptions{}).empty()) << c.reference;
        }
        currencies.emplace(c.hotel, c.currency);
    }
    EXPECT_GT(proposed, 5);
    ASSERT_OK_AND_ASSIGN(hotels, repo->outlookHotels());
    EXPECT_EQ(hotels.size(), currencies.size());
    // One audit entry a hotel.
    AuditQuery audit;
    audit.limit = 1'000'000;
    ASSERT_OK_AND_ASSIGN(entries, repo->auditTrail(audit));
    EXPECT_EQ(std::count_if(entries.begin(), entries.end(),
                            [](const AuditEntry& e) { return e.action == AuditAction::OutlookSaved; }),
              static_cast<std::ptrdiff_t>(currencies.size()));

    // More runs go on with new references.
    options.firstIndex = 120;
    options.contracts = 10;
    options.progress = nullptr;
    ASSERT_OK_AND_ASSIGN(more, populateSampleData(*repo, options));
    EXPECT_EQ(more, 10);
    ASSERT_OK_AND_ASSIGN(all, repo->listContracts(ContractQuery{}));
    EXPECT_EQ(all.total, 130);
}

// Sample data saved into a database that already holds an outlook loses none of it: a hotel whose outlook is
// in another currency keeps it whole, and a hotel's stored nights are kept; nothing is refused half way.
TEST_P(SampleDataStorageTest, TheOutlookAHotelHasStoredStays) {
    auto repo = open();
    ASSERT_TRUE(repo);
    // A group of the samples staying two nights or more, and a group of another hotel in another currency.
    Contract first;
    Contract other;
    for (std::int64_t i = 0; i < 200 && (first.hotel.empty() || other.hotel.empty()); ++i) {
        const Contract c = sampleContract(9, i);
        if (first.hotel.empty() && c.departure.daysSince(c.arrival) >= 2) {
            first = c;
        } else if (!first.hotel.empty() && c.hotel != first.hotel && c.currency != first.currency) {
            other = c;
        }
    }
    ASSERT_FALSE(first.hotel.empty());
    ASSERT_FALSE(other.hotel.empty());
    const Currency foreign = first.currency == *Currency::fromCode("USD") ? *Currency::fromCode("EUR")
                                                                          : *Currency::fromCode("USD");
    const auto night = [](Date d, Currency currency) {
        return HotelNight{d, 42, Quantity::whole(7), Money(12'300, currency), Money(0, currency)};
    };
    // The first hotel: one night of its stay, in its own currency; the other: one night in a foreign one.
    ASSERT_TRUE(repo->saveHotelOutlook(first.hotel, {night(first.arrival, first.currency)}, "test"));
    ASSERT_TRUE(repo->saveHotelOutlook(other.hotel, {night(other.arrival, foreign)}, "test"));

    SampleDataOptions options;
    options.contracts = 200;
    options.seed = 9;
    ASSERT_OK_AND_ASSIGN(saved, populateSampleData(*repo, options));
    EXPECT_EQ(saved, 200);

    ASSERT_OK_AND_ASSIGN(firsts, repo->hotelOutlook(first.hotel, first.arrival, first.departure.addDays(-1)));
    ASSERT_EQ(firsts.size(), static_cast<std::size_t>(first.departure.daysSince(first.arrival)));
    EXPECT_EQ(firsts.front(), night(first.arrival, first.currency)); // kept
    const std::vector<HotelNight> generated = sampleHotelOutlook(
        first.hotel, first.currency, firsts.back().capacity, first.arrival, first.departure.addDays(-1), 9);
    EXPECT_EQ(firsts.back(), generated.back()); // filled
    ASSERT_OK_AND_ASSIGN(
        others, repo->hotelOutlook(other.hotel, *Date::fromYmd(1900, 1, 1), *Date::fromYmd(2200, 12, 31)));
    EXPECT_EQ(others, (std::vector<HotelNight>{night(other.arrival, foreign)}));
}

INSTANTIATE_TEST_SUITE_P(Engines, SampleDataStorageTest,
                         ::testing::Values(Engine::SQLite, Engine::PostgreSQL), engineName);

} // namespace
} // namespace attrition::storage::test
