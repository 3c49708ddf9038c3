#include "attrition/domain/date_shift.h"
#include "attrition/domain/field_catalogue.h"

#include <gtest/gtest.h>
#include <set>
#include <string_view>

using namespace attrition;

namespace {

Date day(const char* iso) {
    return Date::parseIso(iso).value();
}

/// A contract with a value in every date of every kind.
Contract everyDate() {
    const Currency usd = *Currency::fromCode("USD");
    Contract c;
    c.reference = "SHIFT-1";
    c.currency = usd;
    c.signedOn = day("2026-03-02");
    c.arrival = day("2027-05-09");
    c.departure = day("2027-05-11");
    c.cutoff = day("2027-04-11");
    c.block = {{day("2027-05-09"), "KING", 50, Money(15000, usd)},
               {day("2027-05-10"), "KING", 50, Money(15000, usd)}};
    c.reviewSchedule = {{day("2027-01-01"), Percent::fromPoints(20)}};
    c.reductions = {{day("2026-12-20"), day("2027-05-09"), "KING", 45}};
    c.pickup = {{day("2027-05-09"), "KING", 40}};
    c.auditCredits = {{day("2027-05-10"), 2, 1, 0}};
    c.resale = {{day("2027-05-10"), 3, Money(14000, usd)}};
    c.occupancy = {{day("2027-05-10"), Percent::fromPoints(97)}};
    c.cancellationNotice = day("2027-03-01");
    c.deposits = {{day("2026-04-01"), Money(100000, usd), "Signing deposit"}};
    c.settlement.assessed = Money(250000, usd);
    c.settlement.invoicedOn = day("2027-05-20");
    c.settlement.payments = {{day("2027-06-15"), Money(100000, usd)}};
    return c;
}

} // namespace

TEST(ShiftDates, MovesEveryDateOfTheContractAndNothingElse) {
    const Contract before = everyDate();
    Contract after = before;
    shiftDates(after, -7 * 20);
    // Lists whose entries hold no date; every other list, and every date, must move.
    const std::set<std::string_view> withoutDates{"meetingRoom.scale", "cancellation.tiers",
                                                  "unconfirmedDefaults"};
    for (const ContractField& field : contractFields()) {
        const bool holdsDates = field.kind == FieldKind::Date ||
                                (field.kind == FieldKind::List && !withoutDates.contains(field.path));
        EXPECT_EQ(field.same(before, after), !holdsDates) << field.path;
    }
    EXPECT_EQ(after.arrival, day("2026-12-20"));
    EXPECT_EQ(after.reductions[0].recorded, day("2026-08-02"));
    EXPECT_EQ(after.reductions[0].night, after.arrival);
    EXPECT_EQ(after.arrival.daysSince(*after.cancellationNotice), 69);
    shiftDates(after, 7 * 20);
    EXPECT_EQ(after, before);
}

TEST(ShiftDates, MovesPickupReportsAndTheirNights) {
    std::vector<PickupSnapshot> reports{{day("2027-04-01"), {{day("2027-05-09"), "KING", 12}}},
                                        {day("2027-04-08"), {{day("2027-05-09"), "KING", 20}}}};
    shiftDates(reports, 14);
    EXPECT_EQ(reports[0].reportDate, day("2027-04-15"));
    EXPECT_EQ(reports[1].reportDate, day("2027-04-22"));
    EXPECT_EQ(reports[1].entries[0].night, day("2027-05-23"));
    EXPECT_EQ(reports[1].entries[0].rooms, 20);
}
