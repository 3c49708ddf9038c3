#include "attrition/io/contract_json.h"
#include "json_support.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace attrition::io {

using detail::amountText;
using detail::dateText;
using detail::percentText;
using detail::text;
using detail::toArray;

namespace {

QString str(const std::string& s) {
    return QString::fromStdString(s);
}

/// Writes an amount that may be left unset: a zero never given a currency is left out, so that it reads
/// back as the same unset zero.
void insertAmount(QJsonObject& o, const char* key, const Money& m, Currency currency) {
    if (m.currency().isValid() || !m.isZero()) {
        o.insert(QLatin1String(key), amountText(m, currency));
    }
}

QJsonObject pickupEntryJson(const PickupEntry& e) {
    return QJsonObject{{QStringLiteral("night"), dateText(e.night)},
                       {QStringLiteral("roomType"), str(e.roomType)},
                       {QStringLiteral("rooms"), e.rooms}};
}

/// The settlement: only what was recorded (a contract with no settlement has no "settlement" at all).
QJsonObject settlementToJson(const Settlement& s, Currency cur) {
    QJsonObject o;
    if (s.assessed) {
        o.insert(QStringLiteral("assessed"), amountText(*s.assessed, cur));
    }
    if (s.invoicedOn) {
        o.insert(QStringLiteral("invoicedOn"), dateText(*s.invoicedOn));
    }
    if (!s.invoiceNumber.empty()) {
        o.insert(QStringLiteral("invoiceNumber"), str(s.invoiceNumber));
    }
    if (!s.payments.empty()) {
        o.insert(QStringLiteral("payments"), toArray(s.payments, [&](const SettlementPayment& p) {
                     return QJsonObject{{QStringLiteral("received"), dateText(p.received)},
                                        {QStringLiteral("amount"), amountText(p.amount, cur)}};
                 }));
    }
    insertAmount(o, "waived", s.waived, cur);
    if (!s.waiverReason.empty()) {
        o.insert(QStringLiteral("waiverReason"), str(s.waiverReason));
    }
    insertAmount(o, "creditAmount", s.creditAmount, cur);
    if (!s.creditContract.empty()) {
        o.insert(QStringLiteral("creditContract"), str(s.creditContract));
    }
    return o;
}

} // namespace

QJsonObject contractToJson(const Contract& c, const std::vector<PickupSnapshot>& history) {
    const Currency cur = c.currency;
    QJsonObject o;
    o.insert(QStringLiteral("format"), QLatin1String(kContractFormat));
    o.insert(QStringLiteral("version"), kFormatVersion);
    o.insert(QStringLiteral("reference"), str(c.reference));
    o.insert(QStringLiteral("groupName"), str(c.groupName));
    o.insert(QStringLiteral("account"), str(c.account));
    o.insert(QStringLiteral("hotel"), str(c.hotel));
    o.insert(QStringLiteral("salesManager"), str(c.salesManager));
    o.insert(QStringLiteral("status"), text(toString(c.status)));
    if (c.lostReason) {
        o.insert(QStringLiteral("lostReason"), text(toString(*c.lostReason)));
    }
    if (!c.lostNote.empty()) {
        o.insert(QStringLiteral("lostNote"), str(c.lostNote));
    }
    o.insert(QStringLiteral("currency"), detail::currencyText(cur));
    o.insert(QStringLiteral("signedOn"), dateText(c.signedOn));
    o.insert(QStringLiteral("arrival"), dateText(c.arrival));
    o.insert(QStringLiteral("departure"), dateText(c.departure));
    if (c.cutoff) {
        o.insert(QStringLiteral("cutoff"), dateText(*c.cutoff));
    }
    o.insert(QStringLiteral("rounding"), text(toString(c.rounding)));
    o.insert(QStringLiteral("block"), toArray(c.block, [&](const BlockEntry& e) {
                 return QJsonObject{{QStringLiteral("night"), dateText(e.night)},
                                    {QStringLiteral("roomType"), str(e.roomType)},
                                    {QStringLiteral("rooms"), e.rooms},
                                    {QStringLiteral("rate"), amountText(e.rate, cur)}};
             }));
    o.insert(QStringLiteral("reviewSchedule"), toArray(c.reviewSchedule, [](const ReviewStep& e) {
                 return QJsonObject{{QStringLiteral("deadline"), dateText(e.deadline)},
                                    {QStringLiteral("maxReduction"), percentText(e.maxReduction)}};
             }));
    o.insert(QStringLiteral("reductions"), toArray(c.reductions, [](const BlockReduction& e) {
                 return QJsonObject{{QStringLiteral("recorded"), dateText(e.recorded)},
                                    {QStringLiteral("night"), dateText(e.night)},
                                    {QStringLiteral("roomType"), str(e.roomType)},
                                    {QStringLiteral("rooms"), e.rooms}};
             }));
    o.insert(QStringLiteral("pickup"), toArray(c.pickup, pickupEntryJson));
    o.insert(QStringLiteral("auditCredits"), toArray(c.auditCredits, [](const AuditCredit& e) {
                 return QJsonObject{{QStringLiteral("night"), dateText(e.night)},
                                    {QStringLiteral("outsideBlock"), e.outsideBlock},
                                    {QStringLiteral("billedNoShows"), e.billedNoShows},
                                    {QStringLiteral("walked"), e.walked}};
             }));
    o.insert(QStringLiteral("resale"), toArray(c.resale, [&](const ResaleEntry& e) {
                 return QJsonObject{{QStringLiteral("night"), dateText(e.night)},
                                    {QStringLiteral("roomNights"), e.roomNights},
                                    {QStringLiteral("rate"), amountText(e.rate, cur)}};
             }));
    o.insert(QStringLiteral("occupancy"), toArray(c.occupancy, [](const NightOccupancy& e) {
                 return QJsonObject{{QStringLiteral("night"), dateText(e.night)},
                                    {QStringLiteral("occupancy"), percentText(e.occupancy)}};
             }));

    const AttritionClause& a = c.attrition;
    QJsonObject attrition{{QStringLiteral("enabled"), a.enabled},
                          {QStringLiteral("performanceLevel"), percentText(a.performanceLevel)},
                          {QStringLiteral("method"), text(toString(a.method))},
                          {QStringLiteral("overBlockCredit"), a.overBlockCredit},
                          {QStringLiteral("thresholdRounding"), text(toString(a.thresholdRounding))},
                          {QStringLiteral("damagesFactor"), percentText(a.damagesFactor)},
                          {QStringLiteral("rateBasis"), text(toString(a.rateBasis))},
                          {QStringLiteral("resaleCredit"), text(toString(a.resaleCredit))},
                          {QStringLiteral("countOutsideBlock"), a.countOutsideBlock},
                          {QStringLiteral("countBilledNoShows"), a.countBilledNoShows},
                          {QStringLiteral("countWalked"), a.countWalked},
                          {QStringLiteral("capRoomsAtNightBlock"), a.capRoomsAtNightBlock},
                          {QStringLiteral("taxable"), a.taxable},
                          {QStringLiteral("taxRate"), percentText(a.taxRate)}};
    if (a.resaleOnlyAtOccupancy) {
        attrition.insert(QStringLiteral("resaleOnlyAtOccupancy"), percentText(*a.resaleOnlyAtOccupancy));
    }
    if (a.capAmount) {
        attrition.insert(QStringLiteral("capAmount"), amountText(*a.capAmount, cur));
    }
    o.insert(QStringLiteral("attrition"), attrition);

    const FoodBeverageClause& f = c.foodBeverage;
    QJsonObject foodBeverage{{QStringLiteral("allowance"), percentText(f.allowance)},
                             {QStringLiteral("damagesFactor"), percentText(f.damagesFactor)},
                             {QStringLiteral("serviceChargeRate"), percentText(f.serviceChargeRate)},
                             {QStringLiteral("serviceChargeOnDamages"), f.serviceChargeOnDamages},
                             {QStringLiteral("taxRate"), percentText(f.taxRate)},
                             {QStringLiteral("taxOnDamages"), f.taxOnDamages},
                             {QStringLiteral("taxOnServiceCharge"), f.taxOnServiceCharge}};
    insertAmount(foodBeverage, "minimum", f.minimum, cur);
    insertAmount(foodBeverage, "actualSpend", f.actualSpend, cur);
    o.insert(QStringLiteral("foodBeverage"), foodBeverage);

    const MeetingRoomClause& m = c.meetingRoom;
    QJsonObject meetingRoom{
        {QStringLiteral("scale"), toArray(m.scale,
                                          [](const MeetingScaleBand& b) {
                                              return QJsonObject{
                                                  {QStringLiteral("minPickup"), percentText(b.minPickup)},
                                                  {QStringLiteral("charged"), percentText(b.charged)}};
                                          })},
        {QStringLiteral("policy"), text(toString(m.policy))},
        {QStringLiteral("taxable"), m.taxable},
        {QStringLiteral("taxRate"), percentText(m.taxRate)}};
    insertAmount(meetingRoom, "rental", m.rental, cur);
    o.insert(QStringLiteral("meetingRoom"), meetingRoom);

    o.insert(QStringLiteral("comps"),
             QJsonObject{{QStringLiteral("perRoomNights"), c.comps.perRoomNights},
                         {QStringLiteral("perNight"), c.comps.perNight},
                         {QStringLiteral("countTowardPickup"), c.comps.countTowardPickup}});

    const CancellationClause& k = c.cancellation;
    const QJsonArray tiers = toArray(k.tiers, [](const CancellationTier& t) {
        QJsonObject tier{{QStringLiteral("minDays"), t.minDays},
                         {QStringLiteral("percent"), percentText(t.percent)},
                         {QStringLiteral("roomsPercent"), percentText(t.roomsPercent)},
                         {QStringLiteral("foodBeveragePercent"), percentText(t.foodBeveragePercent)},
                         {QStringLiteral("meetingRoomPercent"), percentText(t.meetingRoomPercent)}};
        if (t.maxDays) {
            tier.insert(QStringLiteral("maxDays"), *t.maxDays);
        }
        return tier;
    });
    o.insert(QStringLiteral("cancellation"),
             QJsonObject{{QStringLiteral("tiers"), tiers},
                         {QStringLiteral("basis"), text(toString(k.basis))},
                         {QStringLiteral("roundToWholeUnits"), k.roundToWholeUnits},
                         {QStringLiteral("creditResale"), k.creditResale},
                         {QStringLiteral("taxable"), k.taxable},
                         {QStringLiteral("taxRate"), percentText(k.taxRate)},
                         {QStringLiteral("waiveOnForceMajeure"), k.waiveOnForceMajeure}});
    if (c.cancellationNotice) {
        o.insert(QStringLiteral("cancellationNotice"), dateText(*c.cancellationNotice));
    }
    o.insert(QStringLiteral("forceMajeure"), c.forceMajeure);
    o.insert(QStringLiteral("deposits"), toArray(c.deposits, [&](const Deposit& d) {
                 return QJsonObject{{QStringLiteral("received"), dateText(d.received)},
                                    {QStringLiteral("amount"), amountText(d.amount, cur)},
                                    {QStringLiteral("note"), str(d.note)}};
             }));
    if (!c.settlement.isEmpty()) {
        o.insert(QStringLiteral("settlement"), settlementToJson(c.settlement, cur));
    }
    o.insert(QStringLiteral("notes"), str(c.notes));
    if (!c.unconfirmedDefaults.empty()) {
        QJsonArray paths;
        for (const std::string& path : c.unconfirmedDefaults) {
            paths.append(str(path));
        }
        o.insert(QStringLiteral("unconfirmedDefaults"), paths);
    }
    if (!history.empty()) {
        o.insert(QStringLiteral("pickupHistory"), toArray(history, [](const PickupSnapshot& s) {
                     return QJsonObject{{QStringLiteral("reportDate"), dateText(s.reportDate)},
                                        {QStringLiteral("pickup"), toArray(s.entries, pickupEntryJson)}};
                 }));
    }
    return o;
}

QByteArray writeContract(const Contract& contract, const std::vector<PickupSnapshot>& history) {
    return QJsonDocument(contractToJson(contract, history)).toJson(QJsonDocument::Indented);
}

QByteArray writeContracts(const std::vector<Contract>& contracts,
                          const std::vector<std::vector<PickupSnapshot>>& histories) {
    static const std::vector<PickupSnapshot> none;
    QJsonArray list;
    for (std::size_t i = 0; i < contracts.size(); ++i) {
        QJsonObject o = contractToJson(contracts[i], i < histories.size() ? histories[i] : none);
        o.remove(QStringLiteral("format"));
        o.remove(QStringLiteral("version"));
        list.append(o);
    }
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(kCollectionFormat)},
                           {QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("contracts"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace attrition::io
