#include "text/fieldhelp.h"

#include "attrition/domain/field_catalogue.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <array>
#include <string_view>

namespace attrition::ui {

namespace {

struct FieldHelp {
    std::string_view path; ///< as in the field catalogue
    const char* text;      ///< marked with QT_TRANSLATE_NOOP under "FieldHelp"
};

// One text per catalogued field, written once and found by its path: the editor's input of the field, or
// its table for a list, shows it as What's This.
constexpr std::array kHelp{
    FieldHelp{field::Reference::path,
              QT_TRANSLATE_NOOP("FieldHelp", "The contract's reference, unique in the database: the list, "
                                             "the reports and the command line find the contract by it.")},
    FieldHelp{field::GroupName::path,
              QT_TRANSLATE_NOOP("FieldHelp", "The group's name as the contract and the reports "
                                             "show it.")},
    FieldHelp{field::Account::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "The organizer who signs the contract: an association or a company. "
                                "The forecast can compare the group with this account's past "
                                "groups.")},
    FieldHelp{field::Hotel::path,
              QT_TRANSLATE_NOOP("FieldHelp", "The hotel the rooms are held at. The forecast compares "
                                             "the group with this hotel's past groups.")},
    FieldHelp{field::SalesManager::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "The sales manager in charge of the group; the contract list can "
                                "be filtered by it.")},
    FieldHelp{field::Status::path,
              QT_TRANSLATE_NOOP(
                  "FieldHelp", "Where the contract stands: prospect, tentative, definite, cancelled, "
                               "actualized or lost. Actualized groups, with their final pickup, are the past "
                               "groups the forecast learns from; a lost contract owes nothing.")},
    FieldHelp{field::LostReason::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "Why the hotel did not win the business: price, dates, competitor or other. "
                                "A lost contract needs one; a contract of any other status has none.")},
    FieldHelp{field::LostNote::path,
              QT_TRANSLATE_NOOP("FieldHelp", "Free text on why the business was lost, for the sales "
                                             "pipeline's review of lost groups.")},
    FieldHelp{field::Currency::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "The currency every amount of the contract is in. Changing it keeps "
                                "the figures and changes only the currency.")},
    FieldHelp{field::SignedOn::path,
              QT_TRANSLATE_NOOP("FieldHelp", "The day the contract was signed. A cancellation notice cannot "
                                             "come before it, and the cancellation chart starts here.")},
    FieldHelp{field::Arrival::path,
              QT_TRANSLATE_NOOP("FieldHelp", "The first night of the stay. The cancellation tiers count the "
                                             "days from the notice to this date; a new arrival moves the "
                                             "whole block with it.")},
    FieldHelp{field::Departure::path,
              QT_TRANSLATE_NOOP("FieldHelp", "The day the group leaves: the last night of the stay is the "
                                             "night before. A later departure adds nights to the block.")},
    FieldHelp{field::Cutoff::path,
              QT_TRANSLATE_NOOP("FieldHelp", "The date after which rooms of the block not yet reserved by "
                                             "the group's guests go back to the hotel. It is marked on the "
                                             "pace chart.")},
    FieldHelp{field::Rounding::path,
              QT_TRANSLATE_NOOP("FieldHelp", "How each line of the assessment is rounded to the cent (or the "
                                             "currency's smallest unit): half up, as most contracts say, or "
                                             "another rule the contract names. Each line is rounded once.")},
    FieldHelp{field::Block::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "The rooms the hotel holds for the group, per night and room type, with the "
                                "group rate. Attrition is measured against this block, and room damages are "
                                "charged at its rates.")},
    FieldHelp{field::ReviewSchedule::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "The review dates: by each one the group may reduce the block by up to the "
                                "share of the original block given, with no damages. Without review dates no "
                                "reduction is honoured.")},
    FieldHelp{field::Reductions::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "The rooms the group asked to release and when. A request made by a review "
                                "date and within its allowance lowers the block attrition is measured "
                                "against; a late or too large one is not honoured at all.")},
    FieldHelp{field::Pickup::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "The rooms the group's guests actually used, per night and room "
                                "type. Attrition compares this pickup with the performance level "
                                "of the block.")},
    FieldHelp{field::AuditCredits::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "Rooms found by the post-event audit: bookings outside the block, "
                                "billed no-shows and walked guests. They count toward pickup "
                                "when the attrition clause says so.")},
    FieldHelp{field::Resale::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "Rooms of the block the hotel resold to other guests. They reduce "
                                "the damages as the resale credit of the attrition clause (and "
                                "of the cancellation clause) says.")},
    FieldHelp{field::Occupancy::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "The hotel's occupancy each night. With resale credited only when "
                                "the hotel sold out, only nights at or above that occupancy "
                                "credit resale.")},
    FieldHelp{field::AttritionEnabled::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "Whether the contract has a room attrition clause. Without one the "
                                "group owes nothing for rooms it did not pick up.")},
    FieldHelp{field::AttritionPerformanceLevel::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "The share of the block the group must pick up without damages, such as 80%. "
                                "Room nights below this level are the shortfall the group pays for.")},
    FieldHelp{field::AttritionMethod::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "Cumulatively: one requirement over the whole stay, so a strong night makes "
                                "up for a weak one. Night by night: each night must reach the performance "
                                "level on its own, which usually means higher damages.")},
    FieldHelp{field::AttritionOverBlockCredit::path,
              QT_TRANSLATE_NOOP("FieldHelp", "Night by night: rooms picked up above the block on some nights "
                                             "make up the shortfall of other nights, earliest first.")},
    FieldHelp{field::AttritionThresholdRounding::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "How the rooms the performance level requires are rounded: 80% of "
                                "21 rooms is 16.8, which is 17 rounded up (higher damages) or "
                                "16 rounded down.")},
    FieldHelp{field::AttritionDamagesFactor::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "The share of the rate charged for each room night of shortfall: 100% for "
                                "the full rate, less when the contract charges only the hotel's lost "
                                "profit.")},
    FieldHelp{field::AttritionRateBasis::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "The rate the shortfall is charged at: each night's own group rate, "
                                "or the average rate of the whole block.")},
    FieldHelp{field::AttritionResaleCredit::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "How rooms the hotel resold reduce the damages: by count (each resold room "
                                "night is one fewer liable), by revenue (the resale revenue, at most the "
                                "group rate per room night), or not at all.")},
    FieldHelp{field::AttritionResaleOnlyAtOccupancy::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "Resale is credited only on nights the hotel reached this occupancy (it "
                                "sold out). Empty: resale is credited every night.")},
    FieldHelp{field::AttritionCountOutsideBlock::path,
              QT_TRANSLATE_NOOP("FieldHelp", "Whether attendees who booked outside the block, found by the "
                                             "audit, count toward pickup and so lower the damages.")},
    FieldHelp{field::AttritionCountBilledNoShows::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "Whether rooms billed to no-shows count toward pickup: they were paid for.")},
    FieldHelp{field::AttritionCountWalked::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "Whether guests the hotel walked to another hotel (it had no room "
                                "for them) count toward pickup.")},
    FieldHelp{field::AttritionCapAmount::path,
              QT_TRANSLATE_NOOP("FieldHelp", "The most the group owes for room attrition, whatever the "
                                             "shortfall. Empty: no cap.")},
    FieldHelp{field::AttritionCapRoomsAtNightBlock::path,
              QT_TRANSLATE_NOOP("FieldHelp", "The contract says that no night is charged more rooms than it "
                                             "blocked. The report states it; with a performance level of at "
                                             "most 100% it never changes the figure.")},
    FieldHelp{
        "attrition.taxable",
        QT_TRANSLATE_NOOP("FieldHelp", "Whether tax is added on the room damages, at the tax rate below.")},
    FieldHelp{field::AttritionTaxRate::path,
              QT_TRANSLATE_NOOP("FieldHelp", "The tax added on the room damages when they are taxable.")},
    FieldHelp{field::FoodBeverageMinimum::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "The least food and beverage revenue the group commits to, before "
                                "tax and service charge. Spending less is a shortfall the group "
                                "pays for.")},
    FieldHelp{field::FoodBeverageAllowance::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "The share of the F&B minimum the group may fall short by without "
                                "damages: with 10% the group must spend 90% of the minimum.")},
    FieldHelp{field::FoodBeverageActualSpend::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "What the group spent on food and beverage, before tax and service "
                                "charge. The shortfall is what it falls short of the required "
                                "spend.")},
    FieldHelp{field::FoodBeverageDamagesFactor::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "The share of the F&B shortfall charged: 100% for all of it, less "
                                "when the contract charges only the lost profit.")},
    FieldHelp{field::FoodBeverageServiceChargeRate::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "The service charge (gratuity) rate on food and beverage, added on "
                                "the F&B damages when the contract says so.")},
    FieldHelp{
        "foodBeverage.serviceChargeOnDamages",
        QT_TRANSLATE_NOOP("FieldHelp",
                          "Whether the service charge is added on the F&B damages, as on a banquet bill.")},
    FieldHelp{field::FoodBeverageTaxRate::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "The tax rate on food and beverage, added on the F&B damages and on "
                                "the service charge as set below.")},
    FieldHelp{field::FoodBeverageTaxOnDamages::path,
              QT_TRANSLATE_NOOP("FieldHelp", "Whether tax at the F&B rate is added on the F&B damages.")},
    FieldHelp{
        "foodBeverage.taxOnServiceCharge",
        QT_TRANSLATE_NOOP("FieldHelp", "Whether tax at the F&B rate is added on the service charge too.")},
    FieldHelp{field::MeetingRoomRental::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "The meeting room rental the contract names. With a scale by room pickup, a "
                                "share of it is charged when the group picks up too few rooms; without a "
                                "scale it is ordinary rent, not assessed here.")},
    FieldHelp{field::MeetingRoomScale::path,
              QT_TRANSLATE_NOOP("FieldHelp", "The sliding scale: the band with the highest pickup the group "
                                             "reaches sets the share of the rental charged; a lower pickup "
                                             "means a larger share.")},
    FieldHelp{field::MeetingRoomPolicy::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "How the scaled rental goes with room attrition: owed besides it, "
                                "only the greater of the two, or instead of it.")},
    FieldHelp{field::MeetingRoomTaxable::path,
              QT_TRANSLATE_NOOP("FieldHelp", "Whether tax is added on the meeting room charge.")},
    FieldHelp{field::MeetingRoomTaxRate::path,
              QT_TRANSLATE_NOOP("FieldHelp", "The tax added on the meeting room charge when it is taxable.")},
    FieldHelp{field::CompsPerRoomNights::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "One complimentary room night for every so many room nights picked "
                                "up (1 per 40, say), rounded down. Zero: no comp rooms.")},
    FieldHelp{field::CompsPerNight::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "Whether comp rooms are earned night by night rather than on the whole stay; "
                                "night by night a group usually earns fewer.")},
    FieldHelp{field::CompsCountTowardPickup::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "Whether the comp room nights earned count toward pickup, and so reduce the "
                                "attrition shortfall.")},
    FieldHelp{field::CancellationTiers::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "The cancellation schedule: how many days before arrival the written notice "
                                "was received decides the tier, and the tier's share of the basis is the "
                                "fee. The tiers must cover every day from 0 up.")},
    FieldHelp{field::CancellationBasis::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "What the tier's share is taken of: the anticipated room revenue of the "
                                "block, the total anticipated revenue (rooms, F&B minimum and meeting room "
                                "rental), or a share of each component.")},
    FieldHelp{field::CancellationRoundToWholeUnits::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "Whether the cancellation fee is rounded to whole currency units, "
                                "as some contracts say.")},
    FieldHelp{field::CancellationCreditResale::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "Whether rooms the hotel resold reduce the cancellation fee, each at no more "
                                "than the group rate.")},
    FieldHelp{field::CancellationTaxable::path,
              QT_TRANSLATE_NOOP("FieldHelp", "Whether tax is added on the cancellation fee.")},
    FieldHelp{field::CancellationTaxRate::path,
              QT_TRANSLATE_NOOP("FieldHelp", "The tax added on the cancellation fee when it is taxable.")},
    FieldHelp{field::CancellationWaiveOnForceMajeure::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "Whether the contract waives the cancellation fee when the group "
                                "cancels by force majeure.")},
    FieldHelp{field::CancellationNotice::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "The day the hotel received the group's written notice of cancellation. With "
                                "a notice date the contract is assessed under the cancellation clause "
                                "instead of attrition.")},
    FieldHelp{field::ForceMajeure::path,
              QT_TRANSLATE_NOOP("FieldHelp", "The group cancelled for a reason beyond its control (force "
                                             "majeure). The fee is waived when the clause says so.")},
    FieldHelp{field::Deposits::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "Deposits the group paid. They are applied to what it owes, in the "
                                "order listed; the net due is what remains.")},
    FieldHelp{field::SettlementAssessed::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "The damages as agreed with the client, which may differ from what "
                                "the program assesses. Empty until agreed.")},
    FieldHelp{field::SettlementInvoicedOn::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "The date of the damages invoice: not before the arrival, or the "
                                "cancellation notice. It needs the damages agreed.")},
    FieldHelp{field::SettlementInvoiceNumber::path,
              QT_TRANSLATE_NOOP("FieldHelp", "The number of the damages invoice, as the invoice has it.")},
    FieldHelp{field::SettlementPayments::path,
              QT_TRANSLATE_NOOP("FieldHelp", "The payments received towards the damages, one per payment.")},
    FieldHelp{field::SettlementWaived::path,
              QT_TRANSLATE_NOOP("FieldHelp", "The part of the damages the hotel waived. Collected and waived "
                                             "together are never more than the damages agreed.")},
    FieldHelp{field::SettlementWaiverReason::path,
              QT_TRANSLATE_NOOP("FieldHelp", "Why the hotel waived the part of the damages it waived.")},
    FieldHelp{field::SettlementCreditAmount::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "The part of the waiver granted as a credit on a future contract of "
                                "the same account; that contract's assessment applies it.")},
    FieldHelp{field::SettlementCreditContract::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "The reference of the future contract, of the same account, that "
                                "receives the credit.")},
    FieldHelp{field::Notes::path,
              QT_TRANSLATE_NOOP("FieldHelp", "Anything else worth keeping with the contract. The "
                                             "notes are not part of the assessment.")},
    FieldHelp{field::UnconfirmedDefaults::path,
              QT_TRANSLATE_NOOP("FieldHelp",
                                "The clause values a new contract took from the program's defaults "
                                "and that nobody has yet checked against the signed contract. "
                                "They are marked Default until confirmed or changed, and the report "
                                "labels them as not confirmed.")},
};

} // namespace

const ContractField* cataloguedField(const QString& path) {
    QString p = path;
    while (!p.isEmpty()) {
        if (const ContractField* field = findContractField(p.toStdString())) {
            return field;
        }
        const auto cut = p.lastIndexOf(QRegularExpression(QStringLiteral("[.\\[]")));
        if (cut <= 0) {
            break;
        }
        p.truncate(cut);
    }
    return nullptr;
}

QString fieldWhatsThis(const QString& path) {
    const ContractField* field = cataloguedField(path);
    if (field == nullptr) {
        return {};
    }
    for (const FieldHelp& help : kHelp) {
        if (help.path == field->path) {
            return QCoreApplication::translate("FieldHelp", help.text);
        }
    }
    return {};
}

QStringList fieldsWithWhatsThis() {
    QStringList paths;
    for (const ContractField& field : contractFields()) {
        for (const FieldHelp& help : kHelp) {
            if (help.path == field.path) {
                paths << QString::fromUtf8(field.path.data(), static_cast<qsizetype>(field.path.size()));
            }
        }
    }
    return paths;
}

} // namespace attrition::ui
