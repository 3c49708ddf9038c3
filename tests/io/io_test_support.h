#pragma once

// Helpers shared by the io tests: readable values in failure messages, a field-by-field contract
// comparison, a contract with every field set, and the sample and example folders.

#include "../qt_printers.h"
#include "attrition/domain/contract.h"
#include "attrition/domain/field_catalogue.h"
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

/// The paths of the catalogued fields in which two contracts differ, e.g. "block, attrition.taxRate".
inline std::string differingFields(const Contract& a, const Contract& b) {
    std::string out;
    for (const ContractField& field : contractFields()) {
        if (!field.same(a, b)) {
            out += (out.empty() ? "" : ", ") + std::string(field.path);
        }
    }
    return out.empty() ? std::string("(no catalogued field)") : out;
}

/// Compares two whole contracts; a difference is reported with the paths of the fields that differ.
inline void expectSameContract(const Contract& a, const Contract& b, const std::string& where = {}) {
    SCOPED_TRACE(where);
    EXPECT_TRUE(a == b) << "differing fields: " << differingFields(a, b);
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
    c.lostReason = LostReason::Competitor;
    c.lostNote = "Went to the \"Lakeside\" \xE2\x80\x94 10% cheaper";
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
    c.settlement.assessed = m(1250075);
    c.settlement.invoicedOn = date("2027-07-20");
    c.settlement.invoiceNumber = "INV/2027-\"118\"";
    c.settlement.payments = {{date("2027-08-01"), m(500000)}, {date("2027-09-01"), m(250075)}};
    c.settlement.waived = m(300000);
    c.settlement.waiverReason = "Rebooked for 2028 \xE2\x80\x94 goodwill";
    c.settlement.creditAmount = m(200000);
    c.settlement.creditContract = "GRP-2028-014";
    c.notes = "Line one\nLine two\t\"quoted\" \xF0\x9F\x8F\xA8";
    c.unconfirmedDefaults = {"cancellation.waiveOnForceMajeure", "attrition.resaleCredit"};
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
