#include "democontracts.h"

#include "session/contractfiles.h"

#include <QDir>
#include <stdexcept>
#include <string>

namespace attrition::demo {

Date date(std::string_view iso) {
    const std::optional<Date> d = Date::parseIso(iso);
    if (!d) {
        throw std::invalid_argument("bad date: " + std::string(iso));
    }
    return *d;
}

Money money(std::string_view text, Currency currency) {
    const std::optional<Money> m = Money::parse(text, currency);
    if (!m) {
        throw std::invalid_argument("bad amount: " + std::string(text));
    }
    return *m;
}

Percent pct(std::string_view points) {
    const std::optional<Percent> p = Percent::parse(points);
    if (!p) {
        throw std::invalid_argument("bad percentage: " + std::string(points));
    }
    return *p;
}

Currency usd() {
    return *Currency::fromCode("USD");
}

namespace {

Contract base(std::string reference, std::string group, Currency currency, std::string_view arrival,
              int nights) {
    Contract c;
    c.reference = std::move(reference);
    c.groupName = std::move(group);
    c.currency = currency;
    c.status = ContractStatus::Definite;
    c.signedOn = date(arrival).addDays(-420);
    c.arrival = date(arrival);
    c.departure = c.arrival.addDays(nights);
    c.foodBeverage.minimum = Money::zero(currency);
    c.foodBeverage.actualSpend = Money::zero(currency);
    c.meetingRoom.rental = Money::zero(currency);
    return c;
}

void block(Contract& c, const std::string& type, std::initializer_list<int> rooms, std::string_view rate) {
    int i = 0;
    for (int r : rooms) {
        c.block.push_back(BlockEntry{c.arrival.addDays(i++), type, r, money(rate, c.currency)});
    }
}

void pickup(Contract& c, const std::string& type, std::initializer_list<int> rooms) {
    int i = 0;
    for (int r : rooms) {
        c.pickup.push_back(PickupEntry{c.arrival.addDays(i++), type, r});
    }
}

CancellationTier tier(std::int32_t from, std::optional<std::int32_t> to, std::string_view percent) {
    CancellationTier t;
    t.minDays = from;
    t.maxDays = to;
    t.percent = pct(percent);
    return t;
}

std::vector<CancellationTier> standardTiers() {
    return {tier(181, std::nullopt, "10"), tier(91, 180, "50"), tier(31, 90, "75"), tier(0, 30, "100")};
}

} // namespace

Contract shoulderNights() {
    Contract c = base("EX-A", "Worked example A", usd(), "2027-05-09", 4);
    block(c, "KING", {20, 100, 100, 20}, "150.00");
    pickup(c, "KING", {5, 100, 100, 5});
    c.attrition.method = AttritionMethod::NightByNight;
    c.attrition.damagesFactor = pct("80");
    return c;
}

Contract cancelledGroup() {
    Contract c = base("GRP-27-0610", "Contoso Pharma Advisory Board", usd(), "2027-06-10", 4);
    c.account = "Contoso Pharmaceuticals";
    c.hotel = "Harborview Grand Chicago";
    c.salesManager = "Priya Raman";
    c.status = ContractStatus::Cancelled;
    c.signedOn = date("2026-09-14");
    block(c, "KING", {60, 60, 60, 60}, "189.00");
    c.foodBeverage.minimum = money("12000.00", c.currency);
    c.cancellation.tiers = {tier(181, std::nullopt, "10"), tier(91, 180, "50"), tier(31, 90, "75"),
                            tier(0, 30, "100")};
    c.cancellation.basis = CancellationBasis::TotalRevenue;
    c.cancellationNotice = date("2027-03-01");
    c.deposits.push_back(Deposit{date("2026-10-01"), money("10000.00", c.currency), "Signing deposit"});
    return c;
}

Contract associationMeeting() {
    Contract c = base("GRP-27-0509", "American Society of Cardiac Nurses 2027", usd(), "2027-05-09", 4);
    c.account = "ASCN";
    c.hotel = "Harborview Grand Chicago";
    c.salesManager = "Dana Whitfield";
    c.signedOn = date("2025-11-03");
    c.cutoff = date("2027-04-15");
    block(c, "KING", {40, 180, 180, 40}, "189.00");
    block(c, "DOUBLE", {20, 90, 90, 20}, "209.00");
    pickup(c, "KING", {22, 176, 181, 18});
    pickup(c, "DOUBLE", {9, 84, 88, 7});
    c.auditCredits.push_back(AuditCredit{c.arrival.addDays(1), 6, 2, 0});
    c.auditCredits.push_back(AuditCredit{c.arrival.addDays(2), 4, 1, 1});
    c.attrition.performanceLevel = pct("80");
    c.attrition.method = AttritionMethod::NightByNight;
    c.attrition.thresholdRounding = ThresholdRounding::Up;
    c.attrition.damagesFactor = pct("80");
    c.attrition.resaleCredit = ResaleCreditMethod::ByRevenue;
    c.resale.push_back(ResaleEntry{c.arrival, 6, money("165.00", c.currency)});
    c.reviewSchedule.push_back(ReviewStep{date("2027-02-01"), pct("20")});
    c.reviewSchedule.push_back(ReviewStep{date("2027-04-01"), pct("10")});
    c.foodBeverage.minimum = money("40000.00", c.currency);
    c.foodBeverage.allowance = pct("10");
    c.foodBeverage.actualSpend = money("30500.00", c.currency);
    c.foodBeverage.damagesFactor = pct("35");
    c.foodBeverage.serviceChargeRate = pct("22");
    c.foodBeverage.serviceChargeOnDamages = true;
    c.foodBeverage.taxRate = pct("8.875");
    c.foodBeverage.taxOnDamages = true;
    c.foodBeverage.taxOnServiceCharge = true;
    c.meetingRoom.rental = money("5000.00", c.currency);
    c.meetingRoom.scale = {
        {pct("90"), pct("0")}, {pct("80"), pct("50")}, {pct("70"), pct("75")}, {pct("0"), pct("100")}};
    c.comps.perRoomNights = 50;
    c.cancellation.tiers = standardTiers();
    c.deposits.push_back(Deposit{date("2026-05-01"), money("2500.00", c.currency), "Signing deposit"});
    c.notes = "Opening reception in the Lakeview Ballroom on Sunday evening.";
    return c;
}

std::vector<Contract> portfolio() {
    std::vector<Contract> all;
    all.push_back(associationMeeting());
    all.push_back(cancelledGroup());

    Contract a = shoulderNights();
    a.reference = "GRP-27-0318";
    a.groupName = "Midwest Robotics Expo";
    a.account = "Midwest Robotics Association";
    a.hotel = "Harborview Grand Chicago";
    a.salesManager = "Dana Whitfield";
    a.arrival = date("2027-03-14");
    a.departure = a.arrival.addDays(4);
    for (std::size_t i = 0; i < a.block.size(); ++i) {
        a.block[i].night = a.arrival.addDays(static_cast<std::int32_t>(i));
        a.pickup[i].night = a.block[i].night;
    }
    a.signedOn = date("2026-01-20");
    a.cancellation.tiers = standardTiers();
    all.push_back(a);

    Contract b = base("GRP-27-0117", "Northwind Traders Sales Kickoff", usd(), "2027-01-17", 3);
    b.account = "Northwind Traders";
    b.hotel = "Harborview Grand Chicago";
    b.salesManager = "Marcus Ortega";
    b.status = ContractStatus::Tentative;
    block(b, "KING", {80, 120, 60}, "219.00");
    b.cancellation.tiers = standardTiers();
    b.foodBeverage.minimum = money("25000.00", b.currency);
    all.push_back(b);

    Contract e =
        base("GRP-26-1004", "Pacific Dental Alliance Summit", *Currency::fromCode("EUR"), "2026-10-04", 3);
    e.account = "Pacific Dental Alliance";
    e.hotel = "Hotel Lisboa Mar";
    e.salesManager = "Inês Carvalho";
    e.status = ContractStatus::Actualized;
    block(e, "STD", {100, 100, 100}, "200.00");
    pickup(e, "STD", {72, 70, 68});
    e.resale.push_back(ResaleEntry{e.arrival.addDays(1), 12, money("180.00", e.currency)});
    e.resale.push_back(ResaleEntry{e.arrival.addDays(2), 5, money("250.00", e.currency)});
    e.attrition.resaleCredit = ResaleCreditMethod::ByRevenue;
    e.cancellation.tiers = standardTiers();
    all.push_back(e);

    Contract j = base("GRP-27-0920", "Tokyo Fintech Forum", *Currency::fromCode("JPY"), "2027-09-20", 2);
    j.account = "Fintech Japan";
    j.hotel = "Harborview Grand Tokyo Bay";
    j.salesManager = "Kenji Watanabe";
    block(j, "TWIN", {150, 150}, "32000");
    pickup(j, "TWIN", {118, 124});
    j.attrition.performanceLevel = pct("85");
    j.cancellation.tiers = standardTiers();
    all.push_back(j);

    Contract k =
        base("GRP-27-1102", "Gulf Petroleum Engineers Congress", *Currency::fromCode("KWD"), "2027-11-02", 3);
    k.account = "Gulf Petroleum Engineers";
    k.hotel = "Harborview Grand Kuwait";
    k.salesManager = "Marcus Ortega";
    k.status = ContractStatus::Tentative;
    block(k, "KING", {60, 90, 60}, "85.500");
    k.foodBeverage.minimum = money("9000.000", k.currency);
    k.cancellation.tiers = standardTiers();
    all.push_back(k);

    Contract f = base("GRP-27-0802", "Fabrikam Leadership Retreat", usd(), "2027-08-02", 2);
    f.account = "Fabrikam";
    f.hotel = "Harborview Grand Chicago";
    f.salesManager = "Priya Raman";
    f.status = ContractStatus::Prospect;
    block(f, "SUITE", {12, 12}, "429.00");
    block(f, "KING", {30, 30}, "239.00");
    f.cancellation.tiers = standardTiers();
    all.push_back(f);
    return all;
}

QStringList writePortfolio(const QString& folder) {
    QStringList written;
    QDir().mkpath(folder);
    for (const Contract& c : portfolio()) {
        const QString path =
            QDir(folder).absoluteFilePath(QString::fromStdString(c.reference) + QStringLiteral(".json"));
        const QString error = ui::writeContractFile(path, c);
        if (!error.isEmpty()) {
            throw std::runtime_error(error.toStdString());
        }
        written << path;
    }
    return written;
}

} // namespace attrition::demo
