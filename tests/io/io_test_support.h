#pragma once

// Helpers shared by the io tests: readable values in failure messages, a field-by-field contract
// comparison, a contract with every field set, and the sample and example folders.

#include "../qt_printers.h"
#include "attrition/domain/contract.h"
#include "attrition/io/contract_json.h"

#include <QDir>
#include <QStringList>
#include <gtest/gtest.h>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace attrition {

inline void PrintTo(const Money& m, std::ostream* os) {
    *os << m.toDecimalString() << " "
        << (m.currency().isValid() ? std::string(m.currency().code()) : "(no currency)");
}
inline void PrintTo(const Percent& p, std::ostream* os) {
    *os << p.toString();
}
inline void PrintTo(const Date& d, std::ostream* os) {
    *os << d.toIso();
}
inline void PrintTo(const Currency& c, std::ostream* os) {
    *os << (c.isValid() ? std::string(c.code()) : "(no currency)");
}

} // namespace attrition

namespace attrition::io::test {

inline Currency currency(std::string_view code) {
    return Currency::fromCode(code).value();
}
inline Date date(std::string_view iso) {
    return Date::parseIso(iso).value();
}
inline Money money(std::string_view text, std::string_view code = "USD") {
    return Money::parse(text, currency(code)).value();
}
inline Percent percent(std::string_view points) {
    return Percent::parse(points).value();
}

/// Compares two contracts field by field, each difference reported with the field's path.
inline void expectSameContract(const Contract& a, const Contract& b, const std::string& where = {}) {
    SCOPED_TRACE(where);
#define ATTRITION_SAME(field) EXPECT_EQ(a.field, b.field) << #field
    ATTRITION_SAME(reference);
    ATTRITION_SAME(groupName);
    ATTRITION_SAME(account);
    ATTRITION_SAME(hotel);
    ATTRITION_SAME(salesManager);
    ATTRITION_SAME(status);
    ATTRITION_SAME(currency);
    ATTRITION_SAME(signedOn);
    ATTRITION_SAME(arrival);
    ATTRITION_SAME(departure);
    ATTRITION_SAME(cutoff);
    ATTRITION_SAME(rounding);
    ASSERT_EQ(a.block.size(), b.block.size());
    for (std::size_t i = 0; i < a.block.size(); ++i) {
        ATTRITION_SAME(block[i].night);
        ATTRITION_SAME(block[i].roomType);
        ATTRITION_SAME(block[i].rooms);
        ATTRITION_SAME(block[i].rate);
    }
    ASSERT_EQ(a.reviewSchedule.size(), b.reviewSchedule.size());
    for (std::size_t i = 0; i < a.reviewSchedule.size(); ++i) {
        ATTRITION_SAME(reviewSchedule[i].deadline);
        ATTRITION_SAME(reviewSchedule[i].maxReduction);
    }
    ASSERT_EQ(a.reductions.size(), b.reductions.size());
    for (std::size_t i = 0; i < a.reductions.size(); ++i) {
        ATTRITION_SAME(reductions[i].recorded);
        ATTRITION_SAME(reductions[i].night);
        ATTRITION_SAME(reductions[i].roomType);
        ATTRITION_SAME(reductions[i].rooms);
    }
    ASSERT_EQ(a.pickup.size(), b.pickup.size());
    for (std::size_t i = 0; i < a.pickup.size(); ++i) {
        ATTRITION_SAME(pickup[i].night);
        ATTRITION_SAME(pickup[i].roomType);
        ATTRITION_SAME(pickup[i].rooms);
    }
    ASSERT_EQ(a.auditCredits.size(), b.auditCredits.size());
    for (std::size_t i = 0; i < a.auditCredits.size(); ++i) {
        ATTRITION_SAME(auditCredits[i].night);
        ATTRITION_SAME(auditCredits[i].outsideBlock);
        ATTRITION_SAME(auditCredits[i].billedNoShows);
        ATTRITION_SAME(auditCredits[i].walked);
    }
    ASSERT_EQ(a.resale.size(), b.resale.size());
    for (std::size_t i = 0; i < a.resale.size(); ++i) {
        ATTRITION_SAME(resale[i].night);
        ATTRITION_SAME(resale[i].roomNights);
        ATTRITION_SAME(resale[i].rate);
    }
    ASSERT_EQ(a.occupancy.size(), b.occupancy.size());
    for (std::size_t i = 0; i < a.occupancy.size(); ++i) {
        ATTRITION_SAME(occupancy[i].night);
        ATTRITION_SAME(occupancy[i].occupancy);
    }
    ATTRITION_SAME(attrition.enabled);
    ATTRITION_SAME(attrition.performanceLevel);
    ATTRITION_SAME(attrition.method);
    ATTRITION_SAME(attrition.overBlockCredit);
    ATTRITION_SAME(attrition.thresholdRounding);
    ATTRITION_SAME(attrition.damagesFactor);
    ATTRITION_SAME(attrition.rateBasis);
    ATTRITION_SAME(attrition.resaleCredit);
    ATTRITION_SAME(attrition.resaleOnlyAtOccupancy);
    ATTRITION_SAME(attrition.countOutsideBlock);
    ATTRITION_SAME(attrition.countBilledNoShows);
    ATTRITION_SAME(attrition.countWalked);
    ATTRITION_SAME(attrition.capAmount);
    ATTRITION_SAME(attrition.capRoomsAtNightBlock);
    ATTRITION_SAME(attrition.taxable);
    ATTRITION_SAME(attrition.taxRate);
    ATTRITION_SAME(foodBeverage.minimum);
    ATTRITION_SAME(foodBeverage.allowance);
    ATTRITION_SAME(foodBeverage.actualSpend);
    ATTRITION_SAME(foodBeverage.damagesFactor);
    ATTRITION_SAME(foodBeverage.serviceChargeRate);
    ATTRITION_SAME(foodBeverage.serviceChargeOnDamages);
    ATTRITION_SAME(foodBeverage.taxRate);
    ATTRITION_SAME(foodBeverage.taxOnDamages);
    ATTRITION_SAME(foodBeverage.taxOnServiceCharge);
    ATTRITION_SAME(meetingRoom.rental);
    ASSERT_EQ(a.meetingRoom.scale.size(), b.meetingRoom.scale.size());
    for (std::size_t i = 0; i < a.meetingRoom.scale.size(); ++i) {
        ATTRITION_SAME(meetingRoom.scale[i].minPickup);
        ATTRITION_SAME(meetingRoom.scale[i].charged);
    }
    ATTRITION_SAME(meetingRoom.policy);
    ATTRITION_SAME(meetingRoom.taxable);
    ATTRITION_SAME(meetingRoom.taxRate);
    ATTRITION_SAME(comps.perRoomNights);
    ATTRITION_SAME(comps.perNight);
    ATTRITION_SAME(comps.countTowardPickup);
    ASSERT_EQ(a.cancellation.tiers.size(), b.cancellation.tiers.size());
    for (std::size_t i = 0; i < a.cancellation.tiers.size(); ++i) {
        ATTRITION_SAME(cancellation.tiers[i].minDays);
        ATTRITION_SAME(cancellation.tiers[i].maxDays);
        ATTRITION_SAME(cancellation.tiers[i].percent);
        ATTRITION_SAME(cancellation.tiers[i].roomsPercent);
        ATTRITION_SAME(cancellation.tiers[i].foodBeveragePercent);
        ATTRITION_SAME(cancellation.tiers[i].meetingRoomPercent);
    }
    ATTRITION_SAME(cancellation.basis);
    ATTRITION_SAME(cancellation.roundToWholeUnits);
    ATTRITION_SAME(cancellation.creditResale);
    ATTRITION_SAME(cancellation.taxable);
    ATTRITION_SAME(cancellation.taxRate);
    ATTRITION_SAME(cancellation.waiveOnForceMajeure);
    ATTRITION_SAME(cancellationNotice);
    ATTRITION_SAME(forceMajeure);
    ASSERT_EQ(a.deposits.size(), b.deposits.size());
    for (std::size_t i = 0; i < a.deposits.size(); ++i) {
        ATTRITION_SAME(deposits[i].received);
        ATTRITION_SAME(deposits[i].amount);
        ATTRITION_SAME(deposits[i].note);
    }
    ATTRITION_SAME(notes);
#undef ATTRITION_SAME
}

/// A contract with every field set to something other than its default (and every optional present).
inline Contract everyField(std::string_view code = "USD") {
    const Currency cur = currency(code);
    const auto m = [&](std::int64_t minor) {
        return Money(minor, cur);
    };
    Contract c;
    c.reference = "GRP-\"27\"/0915 \xC3\xA9t\xC3\xA9";
    c.groupName = "Soci\xC3\xA9t\xC3\xA9 des Actuaires \xE2\x80\x94 Congr\xC3\xA8s annuel";
    c.account = "Soci\xC3\xA9t\xC3\xA9 des Actuaires";
    c.hotel = "Grand H\xC3\xB4tel du Lac\\Annecy";
    c.salesManager = "Am\xC3\xA9lie \"Mimi\" Laurent";
    c.status = ContractStatus::Actualized;
    c.currency = cur;
    c.signedOn = date("2026-02-28");
    c.arrival = date("2027-09-15");
    c.departure = date("2027-09-18");
    c.cutoff = date("2027-08-16");
    c.rounding = RoundingMode::HalfEven;
    c.block = {{date("2027-09-15"), "KING", 40, m(18950)},
               {date("2027-09-16"), "KING", 120, m(20900)},
               {date("2027-09-16"), "SUITE", 4, m(45000)},
               {date("2027-09-17"), "KING", 35, m(18950)}};
    c.reviewSchedule = {{date("2027-03-01"), percent("20")}, {date("2027-06-01"), percent("7.5")}};
    c.reductions = {{date("2027-02-15"), date("2027-09-16"), "KING", 110}};
    c.pickup = {{date("2027-09-15"), "KING", 31},
                {date("2027-09-16"), "KING", 104},
                {date("2027-09-17"), "KING", 22}};
    c.auditCredits = {{date("2027-09-16"), 6, 2, 1}};
    c.resale = {{date("2027-09-17"), 5, m(17500)}};
    c.occupancy = {{date("2027-09-17"), percent("96.25")}};
    c.attrition.enabled = false;
    c.attrition.performanceLevel = percent("85");
    c.attrition.method = AttritionMethod::NightByNight;
    c.attrition.overBlockCredit = true;
    c.attrition.thresholdRounding = ThresholdRounding::Down;
    c.attrition.damagesFactor = percent("72.5");
    c.attrition.rateBasis = RateBasis::Average;
    c.attrition.resaleCredit = ResaleCreditMethod::ByRevenue;
    c.attrition.resaleOnlyAtOccupancy = percent("95");
    c.attrition.countOutsideBlock = false;
    c.attrition.countBilledNoShows = false;
    c.attrition.countWalked = false;
    c.attrition.capAmount = m(1500000);
    c.attrition.capRoomsAtNightBlock = true;
    c.attrition.taxable = true;
    c.attrition.taxRate = percent("8.875");
    c.foodBeverage.minimum = m(3500000);
    c.foodBeverage.allowance = percent("10");
    c.foodBeverage.actualSpend = m(2987525);
    c.foodBeverage.damagesFactor = percent("35");
    c.foodBeverage.serviceChargeRate = percent("22");
    c.foodBeverage.serviceChargeOnDamages = true;
    c.foodBeverage.taxRate = percent("7.0001");
    c.foodBeverage.taxOnDamages = true;
    c.foodBeverage.taxOnServiceCharge = true;
    c.meetingRoom.rental = m(600000);
    c.meetingRoom.scale = {
        {percent("90"), percent("0")}, {percent("80"), percent("50")}, {percent("0"), percent("100")}};
    c.meetingRoom.policy = MeetingRoomPolicy::GreaterOfTheTwo;
    c.meetingRoom.taxable = true;
    c.meetingRoom.taxRate = percent("5");
    c.comps.perRoomNights = 40;
    c.comps.perNight = true;
    c.comps.countTowardPickup = true;
    CancellationTier open;
    open.minDays = 91;
    open.percent = percent("25");
    open.roomsPercent = percent("30");
    open.foodBeveragePercent = percent("10");
    open.meetingRoomPercent = percent("5");
    CancellationTier near;
    near.minDays = 0;
    near.maxDays = 90;
    near.percent = percent("80");
    near.roomsPercent = percent("90");
    near.foodBeveragePercent = percent("75");
    near.meetingRoomPercent = percent("100");
    c.cancellation.tiers = {open, near};
    c.cancellation.basis = CancellationBasis::PerComponent;
    c.cancellation.roundToWholeUnits = true;
    c.cancellation.creditResale = true;
    c.cancellation.taxable = true;
    c.cancellation.taxRate = percent("19");
    c.cancellation.waiveOnForceMajeure = false;
    c.cancellationNotice = date("2027-07-01");
    c.forceMajeure = true;
    c.deposits = {{date("2026-03-15"), m(1000000), "On signing"}, {date("2027-03-15"), m(500000), ""}};
    c.notes = "Line one\nLine two\t\"quoted\" \xF0\x9F\x8F\xA8";
    return c;
}

inline QStringList jsonFilesIn(const char* folder) {
    const QDir dir(QString::fromUtf8(folder));
    QStringList files;
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        files << dir.filePath(name);
    }
    return files;
}

inline QStringList sampleFiles() {
    return jsonFilesIn(ATTRITION_SAMPLES_DIR);
}

inline QStringList exampleFiles() {
    return jsonFilesIn(ATTRITION_EXAMPLES_DIR);
}

/// Every error of reading `json`, one per line, as "path: message"; a file with errors gives no contract.
inline std::string errorsOf(const QByteArray& json) {
    const ReadResult r = readContracts(json);
    QStringList out;
    for (const ReadError& e : r.errors) {
        out << e.toString();
    }
    EXPECT_TRUE(r.contracts.empty()) << "a file with errors must give no contract";
    EXPECT_TRUE(r.paths.empty());
    return out.join(QLatin1Char('\n')).toStdString();
}

/// A minimal valid contract file with `extra` members added at the top level (start it with a comma).
inline QByteArray minimal(const char* extra = "") {
    return QByteArray(
               R"({"format": "attrition-desk/contract", "version": 1, "reference": "R-1", "currency": "USD",
        "signedOn": "2026-01-10", "arrival": "2027-05-09", "departure": "2027-05-11")") +
           extra + "}";
}

} // namespace attrition::io::test
