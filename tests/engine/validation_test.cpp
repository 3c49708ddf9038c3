// validate() and ContractInvalid: every rule with its field path and its exact English message.

#include "attrition/domain/clause_defaults.h"
#include "test_contracts.h"

#include <algorithm>
#include <functional>
#include <gtest/gtest.h>
#include <limits>

namespace attrition::test {
namespace {

/// A valid contract with at least two entries in every list, so that every field path has an index to
/// point at. Stay: nights 2027-05-09 .. 2027-05-11.
ContractBuilder validContract() {
    ContractBuilder b;
    b.signedOn("2026-06-01")
        .stay("2027-05-09", 3)
        .block("2027-05-09", 100, "150.00")
        .block("2027-05-10", 100, "150.00")
        .block("2027-05-11", 100, "150.00")
        .block("2027-05-09", 20, "120.00", "QUEEN")
        .pickup("2027-05-09", 80)
        .pickup("2027-05-10", 80)
        .pickup("2027-05-11", 80)
        .auditCredit("2027-05-09", 1, 1, 1)
        .auditCredit("2027-05-10", 2, 0, 1)
        .resale("2027-05-10", 5, "140.00")
        .resale("2027-05-11", 3, "160.00")
        .occupancy("2027-05-10", "96")
        .occupancy("2027-05-11", "91")
        .reviewStep("2027-03-01", "10")
        .reviewStep("2027-04-01", "20")
        .reduction("2027-02-01", date("2027-05-09"), 95)
        .reduction("2027-02-01", date("2027-05-10"), 95)
        .resaleCredit(ResaleCreditMethod::ByRevenue)
        .fbMinimum("10000.00")
        .fbAllowance("10")
        .fbSpend("9500.00")
        .meetingRental("2000.00")
        .meetingBand("90", "0")
        .meetingBand("80", "50")
        .comps(40)
        .tier(0, 30, "100")
        .tier(31, 90, "75")
        .tier(91, std::nullopt, "50")
        .deposit("2026-07-01", "5000.00")
        .deposit("2026-09-01", "2500.00");
    return b;
}

std::vector<std::string> english(const std::vector<ValidationIssue>& issues) {
    std::vector<std::string> out;
    for (const ValidationIssue& issue : issues) {
        out.push_back(issue.toEnglish());
    }
    return out;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& line : lines) {
        out += "\n  " + line;
    }
    return out.empty() ? "\n  (no issues)" : out;
}

/// toEnglish() is the field, ": " and the rendered message, for every issue.
::testing::AssertionResult wellFormed(const std::vector<ValidationIssue>& issues) {
    for (const ValidationIssue& issue : issues) {
        if (issue.field.empty()) {
            return ::testing::AssertionFailure() << "an issue has no field: " << renderEnglish(issue.message);
        }
        if (issue.toEnglish() != issue.field + ": " + renderEnglish(issue.message)) {
            return ::testing::AssertionFailure()
                   << "toEnglish() is not field + \": \" + message: " << issue.toEnglish();
        }
    }
    return ::testing::AssertionSuccess();
}

/// The contract has exactly this one problem.
void expectOnly(const Contract& c, const std::string& expected) {
    const std::vector<ValidationIssue> issues = validate(c);
    EXPECT_TRUE(wellFormed(issues));
    const std::vector<std::string> lines = english(issues);
    EXPECT_EQ(lines, std::vector<std::string>{expected}) << "issues:" << joined(lines);
}

/// The contract has this problem, among others that follow from the same mistake.
void expectAmong(const Contract& c, const std::string& expected) {
    const std::vector<ValidationIssue> issues = validate(c);
    EXPECT_TRUE(wellFormed(issues));
    const std::vector<std::string> lines = english(issues);
    EXPECT_NE(std::find(lines.begin(), lines.end(), expected), lines.end())
        << "expected: " << expected << "\nissues:" << joined(lines);
}

const ValidationIssue* issueWith(const std::vector<ValidationIssue>& issues, MessageId id) {
    for (const ValidationIssue& issue : issues) {
        if (issue.message.id == id) {
            return &issue;
        }
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------------------------

TEST(EngineValidation, TheBaselineContractIsValidAndAssessed) {
    const Contract c = validContract().build();
    const std::vector<ValidationIssue> issues = validate(c);
    EXPECT_TRUE(issues.empty()) << joined(english(issues));
    EXPECT_NO_THROW((void)assess(c));
}

TEST(EngineValidation, DefaultConstructedZeroAmountsAreValid) {
    // A default Money is a zero with no currency; the contract's own defaults must pass.
    ContractBuilder b = validContract();
    b.raw().foodBeverage.minimum = Money();
    b.raw().foodBeverage.actualSpend = Money();
    b.raw().meetingRoom.rental = Money();
    const Contract c = b.build();
    EXPECT_TRUE(validate(c).empty()) << joined(english(validate(c)));
    EXPECT_NO_THROW((void)assess(c));
}

TEST(EngineValidation, EdgesThatAreStillValid) {
    ContractBuilder b = validContract();
    b.raw().block[0].rooms = 100000;    // the largest block allowed
    b.raw().block[1].rooms = 0;         // an empty night
    b.raw().pickup[2].rooms = 150;      // above the block
    b.raw().signedOn = b.raw().arrival; // signed on the day of arrival
    b.raw().attrition.performanceLevel = Percent::hundred();
    b.raw().attrition.damagesFactor = Percent::zero();
    b.raw().reductions.clear(); // block[1] is now 0: keep the reductions out of it
    const Contract c = b.build();
    EXPECT_TRUE(validate(c).empty()) << joined(english(validate(c)));
}

TEST(EngineValidation, EmptyReference) {
    ContractBuilder b = validContract();
    b.raw().reference.clear();
    expectOnly(b.build(), "reference: the contract reference is empty");
}

TEST(EngineValidation, UnknownCurrency) {
    ContractBuilder b = validContract();
    b.raw().currency = Currency{};
    expectAmong(b.build(), "currency: the currency is not a known ISO 4217 code");
}

TEST(EngineValidation, DepartureNotAfterArrival) {
    ContractBuilder same = validContract();
    same.raw().departure = same.raw().arrival;
    expectAmong(same.build(), "departure: departure (2027-05-09) must be after arrival (2027-05-09)");

    ContractBuilder before = validContract();
    before.raw().departure = date("2027-05-01");
    expectAmong(before.build(), "departure: departure (2027-05-01) must be after arrival (2027-05-09)");
}

TEST(EngineValidation, StayTooLong) {
    // docs/ENGINE.md: a stay of at most 366 nights.
    ContractBuilder ok = validContract();
    ok.raw().departure = ok.raw().arrival.addDays(366);
    EXPECT_TRUE(validate(ok.build()).empty()) << joined(english(validate(ok.build())));

    ContractBuilder b = validContract();
    b.raw().departure = b.raw().arrival.addDays(367);
    expectAmong(b.build(), "departure: the stay of 367 nights is longer than the longest allowed (366)");
}

TEST(EngineValidation, SignedAfterArrival) {
    ContractBuilder b = validContract();
    b.raw().signedOn = date("2027-05-10");
    expectOnly(b.build(), "signedOn: the signing date (2027-05-10) is after arrival (2027-05-09)");
}

TEST(EngineValidation, NightsOutsideTheStay) {
    {
        ContractBuilder b = validContract();
        b.raw().block[2].night = date("2027-05-12"); // the departure day is not a night of the stay
        expectOnly(b.build(),
                   "block[2].night: night 2027-05-12 is outside the stay (2027-05-09 to 2027-05-11)");
    }
    {
        ContractBuilder b = validContract();
        b.raw().block[2].night = date("2027-05-08");
        expectOnly(b.build(),
                   "block[2].night: night 2027-05-08 is outside the stay (2027-05-09 to 2027-05-11)");
    }
    {
        ContractBuilder b = validContract();
        b.raw().pickup[0].night = date("2027-06-01");
        expectOnly(b.build(),
                   "pickup[0].night: night 2027-06-01 is outside the stay (2027-05-09 to 2027-05-11)");
    }
    {
        ContractBuilder b = validContract();
        b.raw().auditCredits[1].night = date("2027-05-12");
        expectOnly(b.build(),
                   "auditCredits[1].night: night 2027-05-12 is outside the stay (2027-05-09 to 2027-05-11)");
    }
    {
        ContractBuilder b = validContract();
        b.raw().resale[0].night = date("2027-04-30");
        expectOnly(b.build(),
                   "resale[0].night: night 2027-04-30 is outside the stay (2027-05-09 to 2027-05-11)");
    }
    {
        ContractBuilder b = validContract();
        b.raw().occupancy[0].night = date("2027-05-20");
        expectOnly(b.build(),
                   "occupancy[0].night: night 2027-05-20 is outside the stay (2027-05-09 to 2027-05-11)");
    }
    {
        ContractBuilder b = validContract();
        b.raw().reductions[1].night = date("2027-05-20");
        expectAmong(b.build(),
                    "reductions[1].night: night 2027-05-20 is outside the stay (2027-05-09 to 2027-05-11)");
    }
}

TEST(EngineValidation, NegativeRooms) {
    {
        ContractBuilder b = validContract();
        b.raw().block[2].rooms = -5;
        expectOnly(b.build(), "block[2].rooms: rooms must not be negative (-5)");
    }
    {
        ContractBuilder b = validContract();
        b.raw().pickup[1].rooms = -1;
        expectOnly(b.build(), "pickup[1].rooms: rooms must not be negative (-1)");
    }
    {
        ContractBuilder b = validContract();
        b.raw().auditCredits[1].walked = -2;
        expectOnly(b.build(), "auditCredits[1].walked: rooms must not be negative (-2)");
    }
    {
        ContractBuilder b = validContract();
        b.raw().auditCredits[0].outsideBlock = -3;
        expectOnly(b.build(), "auditCredits[0].outsideBlock: rooms must not be negative (-3)");
    }
    {
        ContractBuilder b = validContract();
        b.raw().auditCredits[0].billedNoShows = -4;
        expectOnly(b.build(), "auditCredits[0].billedNoShows: rooms must not be negative (-4)");
    }
    {
        ContractBuilder b = validContract();
        b.raw().resale[0].roomNights = -6;
        expectOnly(b.build(), "resale[0].roomNights: rooms must not be negative (-6)");
    }
    {
        ContractBuilder b = validContract();
        b.raw().reductions[0].rooms = -1;
        expectAmong(b.build(), "reductions[0].rooms: rooms must not be negative (-1)");
    }
}

TEST(EngineValidation, TooManyRooms) {
    ContractBuilder b = validContract();
    b.raw().block[2].rooms = 100001;
    expectOnly(b.build(), "block[2].rooms: 100001 rooms is more than the largest block allowed (100000)");
}

TEST(EngineValidation, EmptyRoomType) {
    ContractBuilder b = validContract();
    b.raw().block[2].roomType.clear();
    expectOnly(b.build(), "block[2].roomType: the room type is empty");

    ContractBuilder p = validContract();
    p.raw().pickup[1].roomType.clear();
    expectAmong(p.build(), "pickup[1].roomType: the room type is empty");
}

TEST(EngineValidation, DuplicateNightAndRoomType) {
    ContractBuilder b = validContract();
    b.raw().block[2].night = date("2027-05-10"); // block[1] is 2027-05-10 KING already
    expectOnly(b.build(), "block[2]: night 2027-05-10 and this room type appear more than once");

    ContractBuilder p = validContract();
    p.raw().pickup[2].night = date("2027-05-10");
    expectAmong(p.build(), "pickup[2]: night 2027-05-10 and this room type appear more than once");
}

TEST(EngineValidation, NegativeAmounts) {
    struct Case {
        const char* expected;
        std::function<void(Contract&)> mutate;
    };
    const std::vector<Case> cases = {
        {"block[2].rate: the amount must not be negative (-150.00)",
         [](Contract& c) {
             c.block[2].rate = usd("-150.00");
         }},
        {"resale[1].rate: the amount must not be negative (-0.01)",
         [](Contract& c) {
             c.resale[1].rate = usd("-0.01");
         }},
        {"deposits[0].amount: the amount must not be negative (-5,000.00)",
         [](Contract& c) {
             c.deposits[0].amount = usd("-5000.00");
         }},
        {"attrition.capAmount: the amount must not be negative (-1.00)",
         [](Contract& c) {
             c.attrition.capAmount = usd("-1.00");
         }},
        {"foodBeverage.minimum: the amount must not be negative (-1,000.00)",
         [](Contract& c) {
             c.foodBeverage.minimum = usd("-1000.00");
         }},
        {"foodBeverage.actualSpend: the amount must not be negative (-12.50)",
         [](Contract& c) {
             c.foodBeverage.actualSpend = usd("-12.50");
         }},
        {"meetingRoom.rental: the amount must not be negative (-1,234,567.89)",
         [](Contract& c) {
             c.meetingRoom.rental = usd("-1234567.89");
         }},
    };
    for (const Case& k : cases) {
        Contract c = validContract().build();
        k.mutate(c);
        SCOPED_TRACE(k.expected);
        expectOnly(c, k.expected);
    }
}

TEST(EngineValidation, AmountsInAnotherCurrency) {
    struct Case {
        const char* expected;
        std::function<void(Contract&)> mutate;
    };
    const std::vector<Case> cases = {
        {"block[2].rate: the amount is not in the contract's currency",
         [](Contract& c) {
             c.block[2].rate = money("150.00", EUR());
         }},
        {"resale[0].rate: the amount is not in the contract's currency",
         [](Contract& c) {
             c.resale[0].rate = money("140.00", EUR());
         }},
        {"deposits[0].amount: the amount is not in the contract's currency",
         [](Contract& c) {
             c.deposits[0].amount = money("5000", JPY());
         }},
        {"attrition.capAmount: the amount is not in the contract's currency",
         [](Contract& c) {
             c.attrition.capAmount = money("1000.00", EUR());
         }},
        {"foodBeverage.minimum: the amount is not in the contract's currency",
         [](Contract& c) {
             c.foodBeverage.minimum = money("10000.000", KWD());
         }},
        {"foodBeverage.actualSpend: the amount is not in the contract's currency",
         [](Contract& c) {
             c.foodBeverage.actualSpend = money("9500.00", EUR());
         }},
        {"meetingRoom.rental: the amount is not in the contract's currency",
         [](Contract& c) {
             c.meetingRoom.rental = money("2000.00", EUR());
         }},
    };
    for (const Case& k : cases) {
        Contract c = validContract().build();
        k.mutate(c);
        SCOPED_TRACE(k.expected);
        expectOnly(c, k.expected);
    }
}

TEST(EngineValidation, PercentagesOutOfRange) {
    struct Case {
        const char* expected;
        std::function<void(Contract&)> mutate;
    };
    const std::vector<Case> cases = {
        {"attrition.performanceLevel: the percentage 120% must be between 0% and 100%",
         [](Contract& c) {
             c.attrition.performanceLevel = pct("120");
         }},
        {"attrition.damagesFactor: the percentage -5% must be between 0% and 100%",
         [](Contract& c) {
             c.attrition.damagesFactor = pct("-5");
         }},
        {"attrition.taxRate: the percentage 100.5% must be between 0% and 100%",
         [](Contract& c) {
             c.attrition.taxable = true;
             c.attrition.taxRate = pct("100.5");
         }},
        {"attrition.resaleOnlyAtOccupancy: the percentage 150% must be between 0% and 100%",
         [](Contract& c) {
             c.attrition.resaleOnlyAtOccupancy = pct("150");
         }},
        {"occupancy[0].occupancy: the percentage 101% must be between 0% and 100%",
         [](Contract& c) {
             c.occupancy[0].occupancy = pct("101");
         }},
        {"reviewSchedule[0].maxReduction: the percentage 100.0001% must be between 0% and 100%",
         [](Contract& c) {
             c.reviewSchedule[0].maxReduction = pct("100.0001");
         }},
        {"foodBeverage.allowance: the percentage 110% must be between 0% and 100%",
         [](Contract& c) {
             c.foodBeverage.allowance = pct("110");
         }},
        {"foodBeverage.damagesFactor: the percentage -35% must be between 0% and 100%",
         [](Contract& c) {
             c.foodBeverage.damagesFactor = pct("-35");
         }},
        {"foodBeverage.serviceChargeRate: the percentage 122% must be between 0% and 100%",
         [](Contract& c) {
             c.foodBeverage.serviceChargeOnDamages = true;
             c.foodBeverage.serviceChargeRate = pct("122");
         }},
        {"foodBeverage.taxRate: the percentage 108.875% must be between 0% and 100%",
         [](Contract& c) {
             c.foodBeverage.taxOnDamages = true;
             c.foodBeverage.taxRate = pct("108.875");
         }},
        {"meetingRoom.scale[1].charged: the percentage 150% must be between 0% and 100%",
         [](Contract& c) {
             c.meetingRoom.scale[1].charged = pct("150");
         }},
        {"meetingRoom.scale[0].minPickup: the percentage -10% must be between 0% and 100%",
         [](Contract& c) {
             c.meetingRoom.scale[0].minPickup = pct("-10");
         }},
        {"meetingRoom.scale[1].minPickup: another band of the scale also starts at "
         "90% pickup: each band needs its own lowest pickup",
         [](Contract& c) {
             c.meetingRoom.scale[1].minPickup = c.meetingRoom.scale[0].minPickup;
         }},
        {"meetingRoom.taxRate: the percentage 200% must be between 0% and 100%",
         [](Contract& c) {
             c.meetingRoom.taxable = true;
             c.meetingRoom.taxRate = pct("200");
         }},
        {"cancellation.tiers[1].percent: the percentage 175% must be between 0% and 100%",
         [](Contract& c) {
             c.cancellation.tiers[1].percent = pct("175");
         }},
        {"cancellation.tiers[1].roomsPercent: the percentage 101% must be between 0% and 100%",
         [](Contract& c) {
             c.cancellation.tiers[1].roomsPercent = pct("101");
         }},
        {"cancellation.tiers[2].foodBeveragePercent: the percentage -1% must be between 0% and 100%",
         [](Contract& c) {
             c.cancellation.tiers[2].foodBeveragePercent = pct("-1");
         }},
        {"cancellation.tiers[0].meetingRoomPercent: the percentage 250% must be between 0% and 100%",
         [](Contract& c) {
             c.cancellation.tiers[0].meetingRoomPercent = pct("250");
         }},
        {"cancellation.taxRate: the percentage 110% must be between 0% and 100%",
         [](Contract& c) {
             c.cancellation.taxable = true;
             c.cancellation.taxRate = pct("110");
         }},
    };
    for (const Case& k : cases) {
        Contract c = validContract().build();
        k.mutate(c);
        SCOPED_TRACE(k.expected);
        expectOnly(c, k.expected);
    }
}

TEST(EngineValidation, NegativeCompRatio) {
    ContractBuilder b = validContract();
    b.raw().comps.perRoomNights = -1;
    expectOnly(b.build(), "comps.perRoomNights: the comp ratio must not be negative (-1)");
}

// --- Cancellation tiers ------------------------------------------------------------------------------------

ContractBuilder withTiers(std::vector<CancellationTier> tiers) {
    ContractBuilder b = validContract();
    b.raw().cancellation.tiers = std::move(tiers);
    return b;
}

CancellationTier tierOf(std::int32_t minDays, std::optional<std::int32_t> maxDays,
                        std::string_view percent = "50") {
    CancellationTier t;
    t.minDays = minDays;
    t.maxDays = maxDays;
    t.percent = pct(percent);
    return t;
}

TEST(EngineValidation, TiersInAnyOrderAreValid) {
    // Example E lists its tiers from the farthest to the nearest.
    const Contract c = withTiers({tierOf(181, std::nullopt, "10"), tierOf(91, 180, "50"),
                                  tierOf(31, 90, "75"), tierOf(0, 30, "100")})
                           .build();
    EXPECT_TRUE(validate(c).empty()) << joined(english(validate(c)));
}

TEST(EngineValidation, NoTiersIsValid) {
    const Contract c = withTiers({}).build();
    EXPECT_TRUE(validate(c).empty()) << joined(english(validate(c)));
}

TEST(EngineValidation, TierDaysReversed) {
    const Contract c = withTiers({tierOf(0, 30), tierOf(90, 31), tierOf(91, std::nullopt)}).build();
    expectAmong(c, "cancellation.tiers[1].maxDays: the tier starts at 90 days but ends at 31 days");
}

TEST(EngineValidation, TierNegativeDays) {
    const Contract c = withTiers({tierOf(-1, 30), tierOf(31, 90), tierOf(91, std::nullopt)}).build();
    expectAmong(c, "cancellation.tiers[0].minDays: days before arrival must not be negative (-1)");
}

TEST(EngineValidation, TierOverlap) {
    const Contract c = withTiers({tierOf(0, 30), tierOf(25, 90), tierOf(91, std::nullopt)}).build();
    expectAmong(c, "cancellation.tiers[1]: the tier from 25 days overlaps the tier covering 0 to 30 days");
}

TEST(EngineValidation, TierOverlapsTheOpenEndedTier) {
    const Contract c = withTiers({tierOf(0, 30), tierOf(31, std::nullopt), tierOf(91, 180)}).build();
    expectAmong(c, "cancellation.tiers[2]: the tier from 91 days overlaps the tier covering 31 days or more");
}

TEST(EngineValidation, TierGap) {
    expectOnly(withTiers({tierOf(0, 30), tierOf(40, 90), tierOf(91, std::nullopt)}).build(),
               "cancellation.tiers: no tier covers notice 31 to 39 days before arrival");
    expectOnly(withTiers({tierOf(10, 30), tierOf(31, std::nullopt)}).build(),
               "cancellation.tiers: no tier covers notice 0 to 9 days before arrival");
}

TEST(EngineValidation, TierWithoutOpenEnd) {
    expectOnly(withTiers({tierOf(0, 30), tierOf(31, 90)}).build(),
               "cancellation.tiers: no tier covers notice 91 days or more before arrival");
}

TEST(EngineValidation, NoticeBeforeSigning) {
    ContractBuilder b = validContract();
    b.noticeReceived("2026-05-01");
    expectOnly(b.build(),
               "cancellationNotice: the cancellation notice (2026-05-01) is before the signing date "
               "(2026-06-01)");
    // Notice on the day of signing is allowed.
    ContractBuilder same = validContract();
    same.noticeReceived("2026-06-01");
    EXPECT_TRUE(validate(same.build()).empty());
}

// --- Settlement of the damages ----------------------------------------------------------------------------

/// The baseline contract (arrival 2027-05-09) with 3,000.00 agreed, invoiced on 2027-05-20.
ContractBuilder settledContract() {
    ContractBuilder b = validContract();
    b.raw().settlement.assessed = usd("3000.00");
    b.raw().settlement.invoicedOn = date("2027-05-20");
    b.raw().settlement.invoiceNumber = "INV-2027-118";
    return b;
}

TEST(EngineValidation, ASettlementWithinTheAgreedDamagesIsValid) {
    ContractBuilder b = settledContract();
    b.raw().settlement.payments = {{date("2027-06-02"), usd("1200.00")}, {date("2027-07-01"), usd("800.00")}};
    b.raw().settlement.waived = usd("1000.00");
    b.raw().settlement.waiverReason = "Rebooking for 2028";
    b.raw().settlement.creditAmount = usd("600.00");
    b.raw().settlement.creditContract = "GRP-2028-001";
    const Contract c = b.build();
    EXPECT_TRUE(validate(c).empty()) << joined(english(validate(c)));
    for (const ValidationIssue& warning : validationWarnings(c)) {
        EXPECT_NE(warning.field.rfind("settlement", 0), 0U) << warning.toEnglish();
    }
}

TEST(EngineValidation, SettlementCollectedAndWaivedAboveTheAgreedDamages) {
    ContractBuilder b = settledContract();
    b.raw().settlement.payments = {{date("2027-06-02"), usd("2500.00")}};
    b.raw().settlement.waived = usd("500.01");
    b.raw().settlement.waiverReason = "Goodwill";
    expectOnly(b.build(),
               "settlement.waived: 2,500.00 collected and 500.01 waived come to 3,000.01, more than "
               "the 3,000.00 of damages agreed with the client (settlement.assessed)");
    // Collected to the cent is settled, not an error.
    b.raw().settlement.waived = usd("500.00");
    EXPECT_TRUE(validate(b.build()).empty());
    // Without a waiver the payments are named.
    b.raw().settlement.waived = Money();
    b.raw().settlement.payments.push_back({date("2027-06-30"), usd("600.00")});
    expectOnly(b.build(),
               "settlement.payments: 3,100.00 collected and 0.00 waived come to 3,100.00, more than "
               "the 3,000.00 of damages agreed with the client (settlement.assessed)");
}

TEST(EngineValidation, SettlementPaymentsNeedTheAgreedDamages) {
    ContractBuilder b = validContract();
    b.raw().settlement.payments = {{date("2027-06-02"), usd("100.00")}};
    expectOnly(b.build(), "settlement.payments: 100.00 collected and 0.00 waived, but no damages are agreed "
                          "with the client yet: enter settlement.assessed first");
    ContractBuilder invoiced = validContract();
    invoiced.raw().settlement.invoicedOn = date("2027-05-20");
    expectOnly(invoiced.build(), "settlement.invoicedOn: an invoice date needs the damages agreed with the "
                                 "client: enter settlement.assessed first");
}

TEST(EngineValidation, SettlementDatesNotBeforeTheArrivalOrTheNotice) {
    ContractBuilder b = settledContract();
    b.raw().settlement.invoicedOn = date("2027-05-08");
    b.raw().settlement.payments = {{date("2027-05-09"), usd("10.00")}, {date("2027-04-30"), usd("10.00")}};
    const std::vector<std::string> lines = english(validate(b.build()));
    EXPECT_EQ(lines, (std::vector<std::string>{
                         "settlement.payments[1].received: 2027-04-30 is before the arrival on 2027-05-09: "
                         "damages are invoiced and collected after the stay begins",
                         "settlement.invoicedOn: 2027-05-08 is before the arrival on 2027-05-09: damages are "
                         "invoiced and collected after the stay begins"}))
        << joined(lines);
    // A cancelled contract settles after the notice, before the arrival.
    ContractBuilder cancelled = settledContract();
    cancelled.noticeReceived("2027-03-01");
    cancelled.raw().status = ContractStatus::Cancelled;
    cancelled.raw().settlement.invoicedOn = date("2027-03-05");
    EXPECT_TRUE(validate(cancelled.build()).empty()) << joined(english(validate(cancelled.build())));
    cancelled.raw().settlement.invoicedOn = date("2027-02-28");
    expectOnly(cancelled.build(),
               "settlement.invoicedOn: 2027-02-28 is before the cancellation notice of "
               "2027-03-01: cancellation damages are invoiced and collected after the notice");
}

TEST(EngineValidation, SettlementAmountsInTheContractsCurrencyAndNotNegative) {
    ContractBuilder b = settledContract();
    b.raw().settlement.payments = {{date("2027-06-02"), money("100.00", EUR())}};
    b.raw().settlement.waived = usd("-5.00");
    const std::vector<std::string> lines = english(validate(b.build()));
    EXPECT_EQ(lines, (std::vector<std::string>{
                         "settlement.payments[0].amount: the amount is not in the contract's currency",
                         "settlement.waived: the amount must not be negative (-5.00)"}))
        << joined(lines);
    ContractBuilder agreed = validContract();
    agreed.raw().settlement.assessed = money("3000.00", EUR());
    expectOnly(agreed.build(), "settlement.assessed: the amount is not in the contract's currency");
}

TEST(EngineValidation, SettlementCreditIsAPartOfTheWaiverForAnotherContract) {
    ContractBuilder b = settledContract();
    b.raw().settlement.waived = usd("500.00");
    b.raw().settlement.waiverReason = "Rebooking";
    b.raw().settlement.creditAmount = usd("500.01");
    b.raw().settlement.creditContract = "GRP-2028-001";
    expectOnly(b.build(),
               "settlement.creditAmount: the credit of 500.01 on a future contract is more than the "
               "500.00 waived: the credit is a part of the waiver");
    b.raw().settlement.creditAmount = usd("500.00");
    b.raw().settlement.creditContract.clear();
    expectOnly(b.build(), "settlement.creditContract: a credit of 500.00 on a future contract needs that "
                          "contract's reference in settlement.creditContract");
    b.raw().settlement.creditAmount = Money();
    b.raw().settlement.creditContract = "GRP-2028-001";
    expectOnly(b.build(),
               "settlement.creditAmount: a contract to credit is named but settlement.creditAmount is "
               "zero: enter the amount of the credit");
    b.raw().settlement.creditAmount = usd("100.00");
    b.raw().settlement.creditContract = b.raw().reference;
    expectOnly(
        b.build(),
        "settlement.creditContract: the credit must go to another contract of the account, not to this one");
}

TEST(EngineValidationWarnings, AWaiverWithoutAReason) {
    ContractBuilder b = settledContract();
    b.raw().settlement.waived = usd("250.00");
    const Contract c = b.build();
    EXPECT_TRUE(validate(c).empty());
    std::vector<std::string> settlementWarnings;
    for (const ValidationIssue& warning : validationWarnings(c)) {
        if (warning.field.rfind("settlement", 0) == 0) {
            settlementWarnings.push_back(warning.toEnglish());
        }
    }
    EXPECT_EQ(settlementWarnings,
              std::vector<std::string>{"settlement.waiverReason: 250.00 is waived without a "
                                       "reason: say why in settlement.waiverReason"});
}

// --- Reductions --------------------------------------------------------------------------------------------

TEST(EngineValidation, ReductionRaisingTheBlock) {
    ContractBuilder b = validContract();
    b.raw().reductions[0].rooms = 120;
    expectOnly(b.build(), "reductions[0].rooms: a reduction cannot raise the block (120 rooms where 100 were "
                          "contracted)");
}

TEST(EngineValidation, ReductionWithoutBlockEntry) {
    ContractBuilder b = validContract();
    b.raw().reductions[1].roomType = "SUITE";
    expectOnly(b.build(), "reductions[1]: no block entry for night 2027-05-10 and this room type");
}

// --- Amounts too large to compute exactly
// -------------------------------------------------------------------

TEST(EngineValidation, AnticipatedRevenueAbove10To17MinorUnits) {
    // 100,000 rooms at 100,000,000,000.00 (10^13 cents) = 10^18 cents of anticipated revenue.
    ContractBuilder b = validContract();
    b.raw().block[0].rooms = 100000;
    b.raw().block[0].rate = Money(10'000'000'000'000, USD());
    const Contract c = b.build();
    // The limit is 10^17 minor units, rendered as an amount of the contract's currency.
    expectOnly(c,
               "block: the amounts are too large to be computed exactly (at most 1,000,000,000,000,000.00)");
    EXPECT_THROW((void)assess(c), ContractInvalid);
}

TEST(EngineValidation, HugeAmountsAreRejectedNotOverflowed) {
    const std::int64_t huge = std::numeric_limits<std::int64_t>::max();
    const std::vector<std::function<void(Contract&)>> mutations = {
        [&](Contract& c) { c.block[0].rate = Money(huge, USD()); },
        [&](Contract& c) { c.deposits[0].amount = Money(huge, USD()); },
        [&](Contract& c) { c.foodBeverage.minimum = Money(huge, USD()); },
        [&](Contract& c) { c.meetingRoom.rental = Money(huge, USD()); },
        [&](Contract& c) { c.resale[0].rate = Money(huge, USD()); },
        [&](Contract& c) { c.attrition.capAmount = Money(huge, USD()); },
    };
    for (std::size_t i = 0; i < mutations.size(); ++i) {
        Contract c = validContract().build();
        mutations[i](c);
        SCOPED_TRACE(i);
        const std::vector<ValidationIssue> issues = validate(c);
        EXPECT_NE(issueWith(issues, MessageId::ValAmountOverflow), nullptr) << joined(english(issues));
        EXPECT_THROW((void)assess(c), ContractInvalid);
    }
}

// --- The engine never assesses an invalid contract
// ------------------------------------------------------------

TEST(EngineValidation, AssessThrowsContractInvalidWithEveryIssue) {
    ContractBuilder b = validContract();
    b.raw().reference.clear();
    b.raw().block[2].rooms = -5;
    b.raw().attrition.performanceLevel = pct("120");
    const Contract c = b.build();
    const std::vector<ValidationIssue> expected = validate(c);
    ASSERT_EQ(expected.size(), 3U) << joined(english(expected));
    try {
        (void)assess(c);
        FAIL() << "assess() accepted an invalid contract";
    } catch (const ContractInvalid& e) {
        EXPECT_EQ(english(e.issues()), english(expected));
        const std::vector<std::string> lines = english(e.issues());
        for (const char* text :
             {"reference: the contract reference is empty", "block[2].rooms: rooms must not be negative (-5)",
              "attrition.performanceLevel: the percentage 120% must be between 0% and 100%"}) {
            EXPECT_NE(std::find(lines.begin(), lines.end(), text), lines.end()) << text;
        }
    }
}

TEST(EngineValidation, SweepsRefuseAnInvalidContract) {
    ContractBuilder b = validContract();
    b.raw().block[2].rooms = -5;
    const Contract c = b.build();
    EXPECT_THROW((void)sweepPickup(c), ContractInvalid);
    EXPECT_THROW((void)sweepCancellation(c, c.signedOn, c.arrival), ContractInvalid);
    EXPECT_THROW((void)sweepFoodBeverage(c, usd("0.00"), usd("10000.00"), 10), ContractInvalid);
}

TEST(EngineValidation, CancelledContractIsValidatedToo) {
    ContractBuilder b = validContract();
    b.noticeReceived("2027-03-01");
    b.raw().cancellation.tiers = {tierOf(0, 30), tierOf(31, 90)}; // no open end
    EXPECT_THROW((void)assess(b.build()), ContractInvalid);
}

TEST(EngineValidation, ScenarioPickupOutOfRange) {
    const Contract c = validContract().build();
    ScenarioOverrides ok;
    ok.uniformPickup = pct("1000");
    EXPECT_NO_THROW((void)assess(c, ok));

    ScenarioOverrides tooHigh;
    tooHigh.uniformPickup = pct("1001");
    try {
        (void)assess(c, tooHigh);
        FAIL() << "a scenario pickup of 1001% was accepted";
    } catch (const ContractInvalid& e) {
        EXPECT_TRUE(wellFormed(e.issues()));
        EXPECT_EQ(english(e.issues()),
                  std::vector<std::string>{
                      "scenario.uniformPickup: the scenario pickup 1001% must be between 0% and 1000%"});
    }

    ScenarioOverrides negative;
    negative.uniformPickup = pct("-1");
    EXPECT_THROW((void)assess(c, negative), ContractInvalid);
}

TEST(EngineValidation, ScenarioOverridesAreValidatedLikeTheContract) {
    // A scenario cannot sneak in what the contract itself may not hold.
    const Contract c = validContract().build();
    ScenarioOverrides spend;
    spend.foodBeverageSpend = usd("-1.00");
    EXPECT_THROW((void)assess(c, spend), ContractInvalid);

    ScenarioOverrides resale;
    resale.resale = std::vector<ResaleEntry>{ResaleEntry{date("2027-06-01"), 5, usd("100.00")}};
    EXPECT_THROW((void)assess(c, resale), ContractInvalid);

    ScenarioOverrides notice;
    notice.cancellationNotice = date("2026-01-01"); // before signing
    EXPECT_THROW((void)assess(c, notice), ContractInvalid);
}

} // namespace
} // namespace attrition::test

// --- Warnings: likely mistakes that do not stop assessment ------------------------------------------------

namespace attrition::test {
namespace {

/// The valid contract with nothing the assessment ignores: its occupancy decides which resale is credited.
ContractBuilder quietContract() {
    ContractBuilder b = validContract();
    b.raw().attrition.resaleOnlyAtOccupancy = Percent::fromPoints(90);
    return b;
}

std::vector<std::string> warningLines(const Contract& c) {
    std::vector<std::string> out;
    for (const ValidationIssue& issue : validationWarnings(c)) {
        EXPECT_EQ(issue.severity, Severity::Warning) << issue.toEnglish();
        out.push_back(issue.toEnglish());
    }
    return out;
}

void expectWarning(const Contract& c, const std::string& expected) {
    EXPECT_TRUE(validate(c).empty()) << "a warning is not an error:" << joined(english(validate(c)));
    const std::vector<std::string> lines = warningLines(c);
    EXPECT_NE(std::find(lines.begin(), lines.end(), expected), lines.end())
        << "expected: " << expected << "\nwarnings:" << joined(lines);
    EXPECT_NO_THROW((void)assess(c)) << "a warning must not stop assessment";
}

TEST(EngineValidationWarnings, TheBaselineContractHasNoWarnings) {
    const Contract c = quietContract().build();
    EXPECT_TRUE(validationWarnings(c).empty()) << joined(warningLines(c));
    EXPECT_EQ(ValidationIssue{}.severity, Severity::Error);
}

TEST(EngineValidationWarnings, UnconfirmedProgramDefaultsAreNamedAtTheirPlace) {
    Contract c = quietContract().build();
    c.unconfirmedDefaults = {"cancellation.tiers", "attrition.performanceLevel"};
    expectWarning(c, "cancellation.tiers: this value is the program's default, not confirmed from the "
                     "contract: confirm it or enter the contract's own");
    expectWarning(c, "attrition.performanceLevel: this value is the program's default, not confirmed from "
                     "the contract: confirm it or enter the contract's own");
    // In the order of the contract file, one warning each.
    const std::vector<ValidationIssue> warnings = validationWarnings(c);
    ASSERT_EQ(warnings.size(), 2U);
    EXPECT_EQ(warnings[0].field, "attrition.performanceLevel");
    EXPECT_EQ(warnings[1].field, "cancellation.tiers");
    EXPECT_EQ(warnings[1].message.id, MessageId::ValWarnUnconfirmedDefault);

    // The values are assessed as they stand; confirming them ends the warnings and changes no amount.
    const Assessment before = assess(c);
    confirmDefaultsIn(c, FieldSection::Cancellation);
    confirmDefaultsIn(c, FieldSection::Attrition);
    EXPECT_TRUE(validationWarnings(c).empty()) << joined(warningLines(c));
    EXPECT_EQ(assess(c).netDue, before.netDue);
}

TEST(EngineValidationWarnings, TierPercentageTheBasisDoesNotUse) {
    ContractBuilder b = quietContract();
    b.cancellationBasis(CancellationBasis::PerComponent);
    expectWarning(b.build(),
                  "cancellation.tiers[0].percent: the per-component cancellation basis does not use "
                  "this percentage (100%): it charges nothing");
    ContractBuilder r = quietContract();
    r.raw().cancellation.tiers[1].roomsPercent = Percent::fromPoints(40);
    expectWarning(r.build(),
                  "cancellation.tiers[1].roomsPercent: the room-revenue cancellation basis does not "
                  "use this percentage (40%): it charges nothing");
    r.cancellationBasis(CancellationBasis::TotalRevenue);
    expectWarning(r.build(),
                  "cancellation.tiers[1].roomsPercent: the total-revenue cancellation basis does not "
                  "use this percentage (40%): it charges nothing");
}

// Resale kept with no clause crediting it is not warned about: a contract may say so on purpose
// ("resaleCredit": "none"), and the contract cannot tell that from a forgotten setting.
TEST(EngineValidationWarnings, ResaleNeverWarnsButOccupancyThatNothingUsesDoes) {
    ContractBuilder b = validContract();
    b.resaleCredit(ResaleCreditMethod::None);
    const std::vector<std::string> lines = warningLines(b.build());
    EXPECT_EQ(std::count_if(lines.begin(), lines.end(),
                            [](const std::string& l) { return l.rfind("resale:", 0) == 0; }),
              0);
    expectWarning(b.build(), "occupancy: occupancy is recorded but the attrition clause has no "
                             "resaleOnlyAtOccupancy: it is ignored");
    b.raw().attrition.resaleOnlyAtOccupancy = Percent::fromPoints(90);
    EXPECT_TRUE(validationWarnings(b.build()).empty()) << joined(warningLines(b.build()));
}

TEST(EngineValidationWarnings, PickupForARoomTypeNotInTheBlock) {
    ContractBuilder b = quietContract();
    b.pickup("2027-05-09", 10, "queen").pickup("2027-05-10", 5, "SUITE");
    expectWarning(b.build(), "pickup[3].roomType: the room type is not in the block, which has it in other "
                             "capitals: room types must match exactly, this entry is ignored");
    expectWarning(b.build(), "pickup[4].roomType: the room type is not in the block: this entry is ignored");
}

TEST(EngineValidationWarnings, PercentagesWrittenAsFractions) {
    ContractBuilder b = quietContract();
    b.raw().attrition.performanceLevel = Percent::fromPartsPerMillion(8'500); // "0.85"
    b.raw().foodBeverage.damagesFactor = Percent::fromPartsPerMillion(9'000);
    b.raw().cancellation.tiers[2].percent = Percent::fromPartsPerMillion(5'000);
    const Contract c = b.build();
    expectWarning(c,
                  "attrition.performanceLevel: the percentage 0.85% is below 1%: percentages are written in "
                  "points (85 for 85%), not as fractions (0.85)");
    expectWarning(c,
                  "foodBeverage.damagesFactor: the percentage 0.9% is below 1%: percentages are written in "
                  "points (85 for 85%), not as fractions (0.85)");
    expectWarning(c,
                  "cancellation.tiers[2].percent: the percentage 0.5% is below 1%: percentages are written "
                  "in points (85 for 85%), not as fractions (0.85)");
    // 0% and 1% are deliberate levels, not fractions.
    ContractBuilder z = quietContract();
    z.raw().attrition.damagesFactor = Percent::zero();
    z.raw().attrition.performanceLevel = Percent::fromPoints(1);
    EXPECT_TRUE(validationWarnings(z.build()).empty()) << joined(warningLines(z.build()));
}

TEST(EngineValidationWarnings, NoticeOnAContractNotCancelled) {
    ContractBuilder b = quietContract();
    b.noticeReceived("2027-03-01").status(ContractStatus::Definite);
    expectWarning(b.build(), "cancellationNotice: a cancellation notice is recorded but the status is not "
                             "cancelled: the contract is assessed as cancelled");
    b.status(ContractStatus::Cancelled);
    EXPECT_TRUE(validationWarnings(b.build()).empty()) << joined(warningLines(b.build()));
}

TEST(EngineValidationWarnings, PickupAboveTheBlockOfANightAssessedNightByNight) {
    ContractBuilder b = quietContract();
    b.nightByNight();
    b.raw().pickup[1].rooms = 121;       // 2027-05-10, KING: 100 blocked
    b.pickup("2027-05-09", 25, "QUEEN"); // 20 blocked: 125%
    expectWarning(b.build(),
                  "pickup[1].rooms: the pickup of 121 rooms on 2027-05-10 is 121% of the 100 rooms of "
                  "this room type blocked that night, more than 120%: check that it was entered right");
    expectWarning(b.build(),
                  "pickup[3].rooms: the pickup of 25 rooms on 2027-05-09 is 125% of the 20 rooms of "
                  "this room type blocked that night, more than 120%: check that it was entered right");
    EXPECT_EQ(warningLines(b.build()).size(), 2U) << joined(warningLines(b.build()));
    // 120% itself is not above it; a share is shown to a tenth of a point.
    b.raw().pickup[1].rooms = 120;
    b.raw().pickup[3].rooms = 29; // 145%
    b.raw().pickup[0].rooms = 0;
    const std::vector<std::string> lines = warningLines(b.build());
    ASSERT_EQ(lines.size(), 1U) << joined(lines);
    EXPECT_EQ(lines[0].rfind("pickup[3].rooms: the pickup of 29 rooms on 2027-05-09 is 145%", 0), 0U)
        << lines[0];
    ContractBuilder third = quietContract();
    third.nightByNight();
    third.raw().pickup[2].rooms = 500; // typed for 50
    expectWarning(third.build(),
                  "pickup[2].rooms: the pickup of 500 rooms on 2027-05-11 is 500% of the 100 "
                  "rooms of this room type blocked that night, more than 120%: check that it was "
                  "entered right");
}

TEST(EngineValidationWarnings, PickupAboveTheBlockOfTheStayAssessedCumulatively) {
    // One night above its block is common on a cumulative contract (a busy shoulder night): no warning.
    ContractBuilder b = quietContract();
    b.cumulative();
    b.raw().pickup[1].rooms = 150;
    EXPECT_TRUE(validationWarnings(b.build()).empty()) << joined(warningLines(b.build()));
    // The whole stay above 120% of the block: the entry furthest above its block is named.
    b.raw().pickup[2].rooms = 500; // typed for 50: 80 + 150 + 500 = 730 of 320 room nights
    expectWarning(b.build(),
                  "pickup[2].rooms: the pickup of 730 room nights is 228.1% of the 320 room nights "
                  "blocked, more than 120%: check that it was entered right (this entry, 500 rooms on "
                  "2027-05-11 where 100 of this room type were blocked, is the furthest above its "
                  "block)");
    EXPECT_EQ(warningLines(b.build()).size(), 1U) << joined(warningLines(b.build()));
    // Pickup of a room type the block does not have is not counted (it is warned about on its own).
    ContractBuilder other = quietContract();
    other.cumulative();
    other.pickup("2027-05-10", 400, "SUITE");
    const std::vector<std::string> lines = warningLines(other.build());
    ASSERT_EQ(lines.size(), 1U) << joined(lines);
    EXPECT_EQ(lines[0], "pickup[3].roomType: the room type is not in the block: this entry is ignored");
}

} // namespace
} // namespace attrition::test
