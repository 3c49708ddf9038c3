// What the audit trail records about a change, and the guarantee a save relies on: any change to any field
// of a contract is seen as a change.

#include "attrition/domain/field_catalogue.h"
#include "attrition/storage/contract_changes.h"
#include "storage_test_support.h"

#include <functional>
#include <set>
#include <type_traits>

namespace attrition::storage::test {
namespace {

// Another value of each type of a contract field (a field of another type does not compile here).
std::string varied(const std::string& s) {
    return s + "x";
}
bool varied(bool b) {
    return !b;
}
std::int32_t varied(std::int32_t n) {
    return n + 1;
}
Percent varied(Percent p) {
    return Percent::fromPartsPerMillion(p.partsPerMillion() + 10'000);
}
Date varied(Date d) {
    return d.addDays(1);
}
Money varied(const Money& m) {
    return Money(m.minorUnits() + 1, m.currency());
}
Currency varied(const Currency& c) {
    return currency(c.isValid() && c.code() == "EUR" ? "USD" : "EUR");
}
std::set<std::string> varied(std::set<std::string> paths) {
    paths.insert("notes");
    return paths;
}
template <typename E> E varied(E value) requires std::is_enum_v<E> {
    return static_cast<E>(static_cast<std::underlying_type_t<E>>(value) == 0 ? 1 : 0);
}
template <typename T> std::optional<T> varied(const std::optional<T>& value) {
    return value ? varied(*value) : T{};
}
/// A list without its last entry (or with one entry, if it had none).
template <typename T> std::vector<T> varied(std::vector<T> entries) {
    if (entries.empty()) {
        entries.emplace_back();
    } else {
        entries.pop_back();
    }
    return entries;
}

/// The contract with every field of the catalogue changed.
Contract differentInEveryField(const Contract& contract) {
    Contract other = contract;
#define ATTRITION_VARY_FIELD(name, ...) field::name::of(other) = varied(field::name::of(contract));
    ATTRITION_CONTRACT_FIELDS(ATTRITION_VARY_FIELD)
#undef ATTRITION_VARY_FIELD
    return other;
}

TEST(ContractChanges, AnUnchangedContractHasNoChanges) {
    EXPECT_TRUE(compareContracts(fullContract(), fullContract()).empty());
    EXPECT_TRUE(compareContracts(Contract{}, Contract{}).empty());
}

TEST(ContractChanges, AChangedValueIsRecordedWithItsBeforeAndAfter) {
    Contract after = fullContract();
    after.groupName = "Renamed group";
    after.attrition.damagesFactor = pct("80");
    after.foodBeverage.minimum = money("41000.00");
    after.cutoff.reset();
    const std::vector<FieldChange> changes = compareContracts(fullContract(), after);
    ASSERT_EQ(changes.size(), 4U);
    EXPECT_EQ(changes[0], (FieldChange{"groupName", fullContract().groupName, "Renamed group"}));
    EXPECT_EQ(changes[1], (FieldChange{"cutoff", "2027-04-09", ""}));
    EXPECT_EQ(changes[2], (FieldChange{"attrition.damagesFactor", "72.5%", "80%"}));
    EXPECT_EQ(changes[3], (FieldChange{"foodBeverage.minimum", "40000.00 USD", "41000.00 USD"}));
}

TEST(ContractChanges, ListEntriesAreNamedByWhatIdentifiesThem) {
    const Contract before = fullContract();
    Contract after = before;
    after.pickup[2].rooms = 11;                                                // changed
    after.pickup.push_back(PickupEntry{after.arrival.addDays(3), "SUITE", 4}); // added
    after.auditCredits.erase(after.auditCredits.begin());                      // removed
    const std::vector<FieldChange> changes = compareContracts(before, after);
    ASSERT_EQ(changes.size(), 3U);
    EXPECT_EQ(changes[0], (FieldChange{"pickup[2027-05-10 KING]", "76 rooms", "11 rooms"}));
    EXPECT_EQ(changes[1], (FieldChange{"pickup[2027-05-12 SUITE]", "", "4 rooms"}));
    EXPECT_EQ(changes[2].field, "auditCredits[2027-05-09]");
    EXPECT_EQ(changes[2].before, "outside block 3, billed no-shows 1, walked 0");
    EXPECT_EQ(changes[2].after, "");
}

TEST(ContractChanges, RepeatedKeysAreNumbered) {
    const Contract before = fullContract();
    const auto fields = describeFields(before);
    std::set<std::string> names;
    for (const auto& [field, value] : fields) {
        EXPECT_TRUE(names.insert(field).second) << "field named twice: " << field;
    }
    EXPECT_EQ(names.count("resale[2027-05-10]"), 1U);
    EXPECT_EQ(names.count("resale[2027-05-10 #2]"), 1U);
}

TEST(ContractChanges, ReorderedEntriesAreAChange) {
    const Contract before = fullContract();
    Contract after = before;
    std::swap(after.deposits[0], after.deposits[1]);
    std::swap(after.block[0], after.block[1]);
    const std::vector<FieldChange> changes = compareContracts(before, after);
    ASSERT_FALSE(changes.empty());
}

TEST(ContractChanges, AmountsWithoutCurrencyAreToldApart) {
    Contract before = fullContract();
    before.foodBeverage.minimum = Money();
    Contract after = before;
    after.foodBeverage.minimum = Money::zero(currency("USD"));
    const std::vector<FieldChange> changes = compareContracts(before, after);
    ASSERT_EQ(changes.size(), 1U);
    EXPECT_EQ(changes[0], (FieldChange{"foodBeverage.minimum", "0", "0.00 USD"}));
}

/// One change to each field of a contract. If describeFields() missed a field, a save changing only that
/// field would be taken for "unchanged" and written nowhere: every mutation here must be seen.
TEST(ContractChanges, AChangeToAnyFieldIsSeen) {
    using Mutation = std::pair<const char*, std::function<void(Contract&)>>;
    const Currency eur = currency("EUR");
    const std::vector<Mutation> mutations{
        {"reference",
         [](Contract& c) {
             c.reference += "x";
         }},
        {"groupName",
         [](Contract& c) {
             c.groupName += "x";
         }},
        {"account",
         [](Contract& c) {
             c.account += "x";
         }},
        {"hotel",
         [](Contract& c) {
             c.hotel += "x";
         }},
        {"salesManager",
         [](Contract& c) {
             c.salesManager += "x";
         }},
        {"status",
         [](Contract& c) {
             c.status = ContractStatus::Prospect;
         }},
        {"lostReason",
         [](Contract& c) {
             c.lostReason = LostReason::Price;
         }},
        {"lostNote",
         [](Contract& c) {
             c.lostNote += "x";
         }},
        {"currency",
         [&](Contract& c) {
             c.currency = eur;
         }},
        {"signedOn",
         [](Contract& c) {
             c.signedOn = c.signedOn.addDays(1);
         }},
        {"arrival",
         [](Contract& c) {
             c.arrival = c.arrival.addDays(1);
         }},
        {"departure",
         [](Contract& c) {
             c.departure = c.departure.addDays(1);
         }},
        {"cutoff",
         [](Contract& c) {
             c.cutoff = c.cutoff->addDays(1);
         }},
        {"rounding",
         [](Contract& c) {
             c.rounding = RoundingMode::Floor;
         }},
        {"block.night",
         [](Contract& c) {
             c.block[0].night = c.block[0].night.addDays(7);
         }},
        {"block.roomType",
         [](Contract& c) {
             c.block[0].roomType = "TWIN";
         }},
        {"block.rooms",
         [](Contract& c) {
             c.block[0].rooms += 1;
         }},
        {"block.rate",
         [](Contract& c) {
             c.block[0].rate = Money(c.block[0].rate.minorUnits() + 1, c.currency);
         }},
        {"block.rate.currency",
         [&](Contract& c) {
             c.block[0].rate = Money(c.block[0].rate.minorUnits(), eur);
         }},
        {"reviewSchedule.deadline",
         [](Contract& c) {
             c.reviewSchedule[0].deadline = c.reviewSchedule[0].deadline.addDays(1);
         }},
        {"reviewSchedule.maxReduction",
         [](Contract& c) {
             c.reviewSchedule[0].maxReduction = pct("21");
         }},
        {"reductions.recorded",
         [](Contract& c) {
             c.reductions[0].recorded = c.reductions[0].recorded.addDays(1);
         }},
        {"reductions.night",
         [](Contract& c) {
             c.reductions[0].night = c.reductions[0].night.addDays(2);
         }},
        {"reductions.roomType",
         [](Contract& c) {
             c.reductions[0].roomType = "TWIN";
         }},
        {"reductions.rooms",
         [](Contract& c) {
             c.reductions[0].rooms -= 1;
         }},
        {"pickup.night",
         [](Contract& c) {
             c.pickup[0].night = c.pickup[0].night.addDays(9);
         }},
        {"pickup.roomType",
         [](Contract& c) {
             c.pickup[0].roomType = "TWIN";
         }},
        {"pickup.rooms",
         [](Contract& c) {
             c.pickup[0].rooms += 1;
         }},
        {"auditCredits.night",
         [](Contract& c) {
             c.auditCredits[0].night = c.auditCredits[0].night.addDays(1);
         }},
        {"auditCredits.outsideBlock",
         [](Contract& c) {
             c.auditCredits[0].outsideBlock += 1;
         }},
        {"auditCredits.billedNoShows",
         [](Contract& c) {
             c.auditCredits[0].billedNoShows += 1;
         }},
        {"auditCredits.walked",
         [](Contract& c) {
             c.auditCredits[0].walked += 1;
         }},
        {"resale.night",
         [](Contract& c) {
             c.resale[2].night = c.resale[2].night.addDays(-3);
         }},
        {"resale.roomNights",
         [](Contract& c) {
             c.resale[0].roomNights += 1;
         }},
        {"resale.rate",
         [](Contract& c) {
             c.resale[0].rate = Money(c.resale[0].rate.minorUnits() + 1, c.currency);
         }},
        {"occupancy.night",
         [](Contract& c) {
             c.occupancy[0].night = c.occupancy[0].night.addDays(-1);
         }},
        {"occupancy.occupancy",
         [](Contract& c) {
             c.occupancy[0].occupancy = pct("50");
         }},
        {"attrition.enabled",
         [](Contract& c) {
             c.attrition.enabled = !c.attrition.enabled;
         }},
        {"attrition.performanceLevel",
         [](Contract& c) {
             c.attrition.performanceLevel = pct("80");
         }},
        {"attrition.method",
         [](Contract& c) {
             c.attrition.method = AttritionMethod::Cumulative;
         }},
        {"attrition.overBlockCredit",
         [](Contract& c) {
             c.attrition.overBlockCredit = !c.attrition.overBlockCredit;
         }},
        {"attrition.thresholdRounding",
         [](Contract& c) {
             c.attrition.thresholdRounding = ThresholdRounding::Down;
         }},
        {"attrition.damagesFactor",
         [](Contract& c) {
             c.attrition.damagesFactor = pct("72.5001");
         }},
        {"attrition.rateBasis",
         [](Contract& c) {
             c.attrition.rateBasis = RateBasis::PerNight;
         }},
        {"attrition.resaleCredit",
         [](Contract& c) {
             c.attrition.resaleCredit = ResaleCreditMethod::ByCount;
         }},
        {"attrition.resaleOnlyAtOccupancy",
         [](Contract& c) {
             c.attrition.resaleOnlyAtOccupancy.reset();
         }},
        {"attrition.countOutsideBlock",
         [](Contract& c) {
             c.attrition.countOutsideBlock = !c.attrition.countOutsideBlock;
         }},
        {"attrition.countBilledNoShows",
         [](Contract& c) {
             c.attrition.countBilledNoShows = !c.attrition.countBilledNoShows;
         }},
        {"attrition.countWalked",
         [](Contract& c) {
             c.attrition.countWalked = !c.attrition.countWalked;
         }},
        {"attrition.capAmount",
         [](Contract& c) {
             c.attrition.capAmount = Money(1, c.currency);
         }},
        {"attrition.capAmount.none",
         [](Contract& c) {
             c.attrition.capAmount.reset();
         }},
        {"attrition.capRoomsAtNightBlock",
         [](Contract& c) {
             c.attrition.capRoomsAtNightBlock = !c.attrition.capRoomsAtNightBlock;
         }},
        {"attrition.taxable",
         [](Contract& c) {
             c.attrition.taxable = !c.attrition.taxable;
         }},
        {"attrition.taxRate",
         [](Contract& c) {
             c.attrition.taxRate = pct("9");
         }},
        {"foodBeverage.minimum",
         [](Contract& c) {
             c.foodBeverage.minimum = Money(1, c.currency);
         }},
        {"foodBeverage.allowance",
         [](Contract& c) {
             c.foodBeverage.allowance = pct("11");
         }},
        {"foodBeverage.actualSpend",
         [](Contract& c) {
             c.foodBeverage.actualSpend = Money(1, c.currency);
         }},
        {"foodBeverage.damagesFactor",
         [](Contract& c) {
             c.foodBeverage.damagesFactor = pct("36");
         }},
        {"foodBeverage.serviceChargeRate",
         [](Contract& c) {
             c.foodBeverage.serviceChargeRate = pct("23");
         }},
        {"foodBeverage.serviceChargeOnDamages",
         [](Contract& c) {
             c.foodBeverage.serviceChargeOnDamages = false;
         }},
        {"foodBeverage.taxRate",
         [](Contract& c) {
             c.foodBeverage.taxRate = pct("1");
         }},
        {"foodBeverage.taxOnDamages",
         [](Contract& c) {
             c.foodBeverage.taxOnDamages = false;
         }},
        {"foodBeverage.taxOnServiceCharge",
         [](Contract& c) {
             c.foodBeverage.taxOnServiceCharge = false;
         }},
        {"meetingRoom.rental",
         [](Contract& c) {
             c.meetingRoom.rental = Money(1, c.currency);
         }},
        {"meetingRoom.scale.minPickup",
         [](Contract& c) {
             c.meetingRoom.scale[0].minPickup = pct("91");
         }},
        {"meetingRoom.scale.charged",
         [](Contract& c) {
             c.meetingRoom.scale[0].charged = pct("1");
         }},
        {"meetingRoom.scale.removed",
         [](Contract& c) {
             c.meetingRoom.scale.pop_back();
         }},
        {"meetingRoom.policy",
         [](Contract& c) {
             c.meetingRoom.policy = MeetingRoomPolicy::WithAttrition;
         }},
        {"meetingRoom.taxable",
         [](Contract& c) {
             c.meetingRoom.taxable = false;
         }},
        {"meetingRoom.taxRate",
         [](Contract& c) {
             c.meetingRoom.taxRate = pct("7");
         }},
        {"comps.perRoomNights",
         [](Contract& c) {
             c.comps.perRoomNights = 50;
         }},
        {"comps.perNight",
         [](Contract& c) {
             c.comps.perNight = false;
         }},
        {"comps.countTowardPickup",
         [](Contract& c) {
             c.comps.countTowardPickup = false;
         }},
        {"cancellation.tiers.minDays",
         [](Contract& c) {
             c.cancellation.tiers[1].minDays = 92;
         }},
        {"cancellation.tiers.maxDays",
         [](Contract& c) {
             c.cancellation.tiers[1].maxDays = 179;
         }},
        {"cancellation.tiers.maxDays.none",
         [](Contract& c) {
             c.cancellation.tiers[1].maxDays.reset();
         }},
        {"cancellation.tiers.percent",
         [](Contract& c) {
             c.cancellation.tiers[1].percent = pct("51");
         }},
        {"cancellation.tiers.roomsPercent",
         [](Contract& c) {
             c.cancellation.tiers[1].roomsPercent = pct("51");
         }},
        {"cancellation.tiers.foodBeveragePercent",
         [](Contract& c) {
             c.cancellation.tiers[1].foodBeveragePercent = pct("26");
         }},
        {"cancellation.tiers.meetingRoomPercent",
         [](Contract& c) {
             c.cancellation.tiers[1].meetingRoomPercent = pct("11");
         }},
        {"cancellation.basis",
         [](Contract& c) {
             c.cancellation.basis = CancellationBasis::RoomRevenue;
         }},
        {"cancellation.roundToWholeUnits",
         [](Contract& c) {
             c.cancellation.roundToWholeUnits = false;
         }},
        {"cancellation.creditResale",
         [](Contract& c) {
             c.cancellation.creditResale = false;
         }},
        {"cancellation.taxable",
         [](Contract& c) {
             c.cancellation.taxable = false;
         }},
        {"cancellation.taxRate",
         [](Contract& c) {
             c.cancellation.taxRate = pct("6");
         }},
        {"cancellation.waiveOnForceMajeure",
         [](Contract& c) {
             c.cancellation.waiveOnForceMajeure = true;
         }},
        {"cancellationNotice",
         [](Contract& c) {
             c.cancellationNotice.reset();
         }},
        {"forceMajeure",
         [](Contract& c) {
             c.forceMajeure = false;
         }},
        {"deposits.received",
         [](Contract& c) {
             c.deposits[0].received = c.deposits[0].received.addDays(1);
         }},
        {"deposits.amount",
         [](Contract& c) {
             c.deposits[0].amount = Money(1, c.currency);
         }},
        {"deposits.note",
         [](Contract& c) {
             c.deposits[1].note = "note";
         }},
        {"settlement.assessed",
         [](Contract& c) {
             c.settlement.assessed = Money(1, c.currency);
         }},
        {"settlement.invoicedOn",
         [](Contract& c) {
             c.settlement.invoicedOn = c.settlement.invoicedOn->addDays(1);
         }},
        {"settlement.invoiceNumber",
         [](Contract& c) {
             c.settlement.invoiceNumber += "x";
         }},
        {"settlement.payments.received",
         [](Contract& c) {
             c.settlement.payments[0].received = c.settlement.payments[0].received.addDays(1);
         }},
        {"settlement.payments.amount",
         [](Contract& c) {
             c.settlement.payments[1].amount = Money(1, c.currency);
         }},
        {"settlement.waived",
         [](Contract& c) {
             c.settlement.waived = Money(0, c.currency);
         }},
        {"settlement.waiverReason",
         [](Contract& c) {
             c.settlement.waiverReason += "x";
         }},
        {"settlement.creditAmount",
         [](Contract& c) {
             c.settlement.creditAmount = Money();
         }},
        {"settlement.creditContract",
         [](Contract& c) {
             c.settlement.creditContract += "x";
         }},
        {"notes",
         [](Contract& c) {
             c.notes += ".";
         }},
    };
    const Contract original = fullContract();
    for (const auto& [name, mutate] : mutations) {
        Contract changed = original;
        mutate(changed);
        EXPECT_FALSE(compareContracts(original, changed).empty()) << "a change to " << name << " went unseen";
    }
}

/// Every field of the catalogue is recorded under its path (a list's entries as "path[...]"), and a change to
/// one field is recorded as a change to that field only.
TEST(ContractChanges, AChangedFieldIsNamedByItsCataloguePath) {
    const Contract original = fullContract();
    const Contract other = differentInEveryField(original);
    for (const ContractField& field : contractFields()) {
        SCOPED_TRACE(std::string(field.path));
        ASSERT_FALSE(field.same(original, other));
        Contract changed = original;
        field.copy(changed, other);
        const std::vector<FieldChange> changes = compareContracts(original, changed);
        ASSERT_FALSE(changes.empty());
        const std::string path(field.path);
        for (const FieldChange& change : changes) {
            EXPECT_TRUE(change.field == path ||
                        (field.kind == FieldKind::List && change.field.starts_with(path + "[")))
                << change.field;
        }
        if (field.kind != FieldKind::List) {
            EXPECT_EQ(changes.size(), 1U);
        }
    }
}

/// Every field describeFields() names belongs to the catalogue, in the catalogue's order.
TEST(ContractChanges, TheFieldsAreDescribedInTheCataloguesOrder) {
    Contract contract = fullContract();
    contract.unconfirmedDefaults = {"cancellation.tiers", "notes"};
    std::vector<std::string> described;
    for (const auto& [name, value] : describeFields(contract)) {
        const std::string path = name.substr(0, name.find('['));
        ASSERT_NE(findContractField(path), nullptr) << name;
        if (described.empty() || described.back() != path) {
            described.push_back(path);
        }
    }
    std::vector<std::string> catalogue;
    for (const ContractField& field : contractFields()) {
        catalogue.emplace_back(field.path);
    }
    EXPECT_EQ(described, catalogue);
}

TEST(ContractChanges, TheSettlementIsToldAsItHappened) {
    // A contract without a settlement describes none of it.
    Contract before = fullContract();
    before.settlement = {};
    for (const auto& [field, value] : describeFields(before)) {
        EXPECT_NE(field.rfind("settlement", 0), 0U) << field;
    }
    Contract after = fullContract();
    after.settlement = {};
    after.settlement.assessed = money("3000.00");
    after.settlement.payments = {{date("2026-11-02"), money("1200.00")}};
    std::vector<FieldChange> changes = compareContracts(before, after);
    ASSERT_EQ(changes.size(), 2U);
    EXPECT_EQ(changes[0], (FieldChange{"settlement.assessed", "", "Agreed 3,000.00 USD"}));
    EXPECT_EQ(changes[1],
              (FieldChange{"settlement.payments[2026-11-02]", "", "Collected 1,200.00 USD on 2026-11-02"}));

    Contract later = after;
    later.settlement.payments.push_back({date("2026-11-02"), money("300.00")});
    later.settlement.waived = money("1500.00");
    later.settlement.waiverReason = "Rebooked for 2028";
    changes = compareContracts(after, later);
    ASSERT_EQ(changes.size(), 3U);
    EXPECT_EQ(changes[0],
              (FieldChange{"settlement.payments[2026-11-02 #2]", "", "Collected 300.00 USD on 2026-11-02"}));
    EXPECT_EQ(changes[1], (FieldChange{"settlement.waived", "", "Waived 1,500.00 USD"}));
    EXPECT_EQ(changes[2], (FieldChange{"settlement.waiverReason", "", "Rebooked for 2028"}));
}

TEST(ContractChanges, ScenarioChangesAreRecordedToo) {
    const Contract contract = fullContract();
    const Scenario before = fullScenario(contract, "Low");
    EXPECT_TRUE(compareScenarios(before, before).empty());
    Scenario after = before;
    after.overrides.pickup.reset();
    after.overrides.withoutCancellation = false;
    const std::vector<FieldChange> changes = compareScenarios(before, after);
    ASSERT_FALSE(changes.empty());
    EXPECT_EQ(changes.front().field, "pickup");
    Scenario emptyList = before;
    emptyList.overrides.resale = std::vector<ResaleEntry>{};
    Scenario noList = before;
    noList.overrides.resale.reset();
    EXPECT_FALSE(compareScenarios(emptyList, noList).empty());
}

} // namespace
} // namespace attrition::storage::test
