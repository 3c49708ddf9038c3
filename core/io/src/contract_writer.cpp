#include "attrition/io/contract_json.h"

#include <QJsonDocument>

namespace attrition::io {

namespace {

QString str(const std::string& s) {
    return QString::fromStdString(s);
}
QString str(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
QString date(Date d) {
    return QString::fromStdString(d.toIso());
}
QString amount(const Money& m) {
    return QString::fromStdString(m.toDecimalString());
}
QString percent(Percent p) {
    return QString::fromStdString(p.toPointsString());
}

/// An amount in the contract's currency (a currency-less zero is written as the contract's zero).
QString amountIn(const Money& m, Currency currency) {
    return amount(Money(m.minorUnits(), currency));
}

template <typename T, typename F> QJsonArray array(const std::vector<T>& items, F&& toJson) {
    QJsonArray out;
    for (const T& item : items) {
        out.append(toJson(item));
    }
    return out;
}

} // namespace

QJsonObject contractToJson(const Contract& c) {
    const Currency cur = c.currency;
    QJsonObject o;
    o.insert(QStringLiteral("format"), QLatin1String(kContractFormat));
    o.insert(QStringLiteral("version"), kFormatVersion);
    o.insert(QStringLiteral("reference"), str(c.reference));
    o.insert(QStringLiteral("groupName"), str(c.groupName));
    o.insert(QStringLiteral("account"), str(c.account));
    o.insert(QStringLiteral("hotel"), str(c.hotel));
    o.insert(QStringLiteral("salesManager"), str(c.salesManager));
    o.insert(QStringLiteral("status"), str(toString(c.status)));
    o.insert(QStringLiteral("currency"), str(cur.code()));
    o.insert(QStringLiteral("signedOn"), date(c.signedOn));
    o.insert(QStringLiteral("arrival"), date(c.arrival));
    o.insert(QStringLiteral("departure"), date(c.departure));
    if (c.cutoff) {
        o.insert(QStringLiteral("cutoff"), date(*c.cutoff));
    }
    o.insert(QStringLiteral("rounding"), str(toString(c.rounding)));
    o.insert(QStringLiteral("block"), array(c.block, [&](const BlockEntry& e) {
                 return QJsonObject{{QStringLiteral("night"), date(e.night)},
                                    {QStringLiteral("roomType"), str(e.roomType)},
                                    {QStringLiteral("rooms"), e.rooms},
                                    {QStringLiteral("rate"), amountIn(e.rate, cur)}};
             }));
    o.insert(QStringLiteral("reviewSchedule"), array(c.reviewSchedule, [](const ReviewStep& e) {
                 return QJsonObject{{QStringLiteral("deadline"), date(e.deadline)},
                                    {QStringLiteral("maxReduction"), percent(e.maxReduction)}};
             }));
    o.insert(QStringLiteral("reductions"), array(c.reductions, [](const BlockReduction& e) {
                 return QJsonObject{{QStringLiteral("recorded"), date(e.recorded)},
                                    {QStringLiteral("night"), date(e.night)},
                                    {QStringLiteral("roomType"), str(e.roomType)},
                                    {QStringLiteral("rooms"), e.rooms}};
             }));
    o.insert(QStringLiteral("pickup"), array(c.pickup, [](const PickupEntry& e) {
                 return QJsonObject{{QStringLiteral("night"), date(e.night)},
                                    {QStringLiteral("roomType"), str(e.roomType)},
                                    {QStringLiteral("rooms"), e.rooms}};
             }));
    o.insert(QStringLiteral("auditCredits"), array(c.auditCredits, [](const AuditCredit& e) {
                 return QJsonObject{{QStringLiteral("night"), date(e.night)},
                                    {QStringLiteral("outsideBlock"), e.outsideBlock},
                                    {QStringLiteral("billedNoShows"), e.billedNoShows},
                                    {QStringLiteral("walked"), e.walked}};
             }));
    o.insert(QStringLiteral("resale"), array(c.resale, [&](const ResaleEntry& e) {
                 return QJsonObject{{QStringLiteral("night"), date(e.night)},
                                    {QStringLiteral("roomNights"), e.roomNights},
                                    {QStringLiteral("rate"), amountIn(e.rate, cur)}};
             }));
    o.insert(QStringLiteral("occupancy"), array(c.occupancy, [](const NightOccupancy& e) {
                 return QJsonObject{{QStringLiteral("night"), date(e.night)},
                                    {QStringLiteral("occupancy"), percent(e.occupancy)}};
             }));

    const AttritionClause& a = c.attrition;
    QJsonObject attrition{{QStringLiteral("enabled"), a.enabled},
                          {QStringLiteral("performanceLevel"), percent(a.performanceLevel)},
                          {QStringLiteral("method"), str(toString(a.method))},
                          {QStringLiteral("overBlockCredit"), a.overBlockCredit},
                          {QStringLiteral("thresholdRounding"), str(toString(a.thresholdRounding))},
                          {QStringLiteral("damagesFactor"), percent(a.damagesFactor)},
                          {QStringLiteral("rateBasis"), str(toString(a.rateBasis))},
                          {QStringLiteral("resaleCredit"), str(toString(a.resaleCredit))},
                          {QStringLiteral("countOutsideBlock"), a.countOutsideBlock},
                          {QStringLiteral("countBilledNoShows"), a.countBilledNoShows},
                          {QStringLiteral("countWalked"), a.countWalked},
                          {QStringLiteral("capRoomsAtNightBlock"), a.capRoomsAtNightBlock},
                          {QStringLiteral("taxable"), a.taxable},
                          {QStringLiteral("taxRate"), percent(a.taxRate)}};
    if (a.resaleOnlyAtOccupancy) {
        attrition.insert(QStringLiteral("resaleOnlyAtOccupancy"), percent(*a.resaleOnlyAtOccupancy));
    }
    if (a.capAmount) {
        attrition.insert(QStringLiteral("capAmount"), amountIn(*a.capAmount, cur));
    }
    o.insert(QStringLiteral("attrition"), attrition);

    const FoodBeverageClause& f = c.foodBeverage;
    o.insert(QStringLiteral("foodBeverage"),
             QJsonObject{{QStringLiteral("minimum"), amountIn(f.minimum, cur)},
                         {QStringLiteral("allowance"), percent(f.allowance)},
                         {QStringLiteral("actualSpend"), amountIn(f.actualSpend, cur)},
                         {QStringLiteral("damagesFactor"), percent(f.damagesFactor)},
                         {QStringLiteral("serviceChargeRate"), percent(f.serviceChargeRate)},
                         {QStringLiteral("serviceChargeOnDamages"), f.serviceChargeOnDamages},
                         {QStringLiteral("taxRate"), percent(f.taxRate)},
                         {QStringLiteral("taxOnDamages"), f.taxOnDamages},
                         {QStringLiteral("taxOnServiceCharge"), f.taxOnServiceCharge}});

    const MeetingRoomClause& m = c.meetingRoom;
    o.insert(QStringLiteral("meetingRoom"),
             QJsonObject{{QStringLiteral("rental"), amountIn(m.rental, cur)},
                         {QStringLiteral("scale"),
                          array(m.scale,
                                [](const MeetingScaleBand& b) {
                                    return QJsonObject{{QStringLiteral("minPickup"), percent(b.minPickup)},
                                                       {QStringLiteral("charged"), percent(b.charged)}};
                                })},
                         {QStringLiteral("policy"), str(toString(m.policy))},
                         {QStringLiteral("taxable"), m.taxable},
                         {QStringLiteral("taxRate"), percent(m.taxRate)}});
    o.insert(QStringLiteral("comps"),
             QJsonObject{{QStringLiteral("perRoomNights"), c.comps.perRoomNights},
                         {QStringLiteral("perNight"), c.comps.perNight},
                         {QStringLiteral("countTowardPickup"), c.comps.countTowardPickup}});

    const CancellationClause& k = c.cancellation;
    o.insert(
        QStringLiteral("cancellation"),
        QJsonObject{{QStringLiteral("tiers"),
                     array(k.tiers,
                           [](const CancellationTier& t) {
                               QJsonObject tier{
                                   {QStringLiteral("minDays"), t.minDays},
                                   {QStringLiteral("percent"), percent(t.percent)},
                                   {QStringLiteral("roomsPercent"), percent(t.roomsPercent)},
                                   {QStringLiteral("foodBeveragePercent"), percent(t.foodBeveragePercent)},
                                   {QStringLiteral("meetingRoomPercent"), percent(t.meetingRoomPercent)}};
                               if (t.maxDays) {
                                   tier.insert(QStringLiteral("maxDays"), *t.maxDays);
                               }
                               return tier;
                           })},
                    {QStringLiteral("basis"), str(toString(k.basis))},
                    {QStringLiteral("roundToWholeUnits"), k.roundToWholeUnits},
                    {QStringLiteral("creditResale"), k.creditResale},
                    {QStringLiteral("taxable"), k.taxable},
                    {QStringLiteral("taxRate"), percent(k.taxRate)},
                    {QStringLiteral("waiveOnForceMajeure"), k.waiveOnForceMajeure}});
    if (c.cancellationNotice) {
        o.insert(QStringLiteral("cancellationNotice"), date(*c.cancellationNotice));
    }
    o.insert(QStringLiteral("forceMajeure"), c.forceMajeure);
    o.insert(QStringLiteral("deposits"), array(c.deposits, [&](const Deposit& d) {
                 return QJsonObject{{QStringLiteral("received"), date(d.received)},
                                    {QStringLiteral("amount"), amountIn(d.amount, cur)},
                                    {QStringLiteral("note"), str(d.note)}};
             }));
    o.insert(QStringLiteral("notes"), str(c.notes));
    return o;
}

QByteArray writeContract(const Contract& contract) {
    return QJsonDocument(contractToJson(contract)).toJson(QJsonDocument::Indented);
}

QByteArray writeContracts(const std::vector<Contract>& contracts) {
    QJsonArray list;
    for (const Contract& c : contracts) {
        QJsonObject o = contractToJson(c);
        o.remove(QStringLiteral("format"));
        o.remove(QStringLiteral("version"));
        list.append(o);
    }
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(kCollectionFormat)},
                           {QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("contracts"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QJsonObject assessmentToJson(const Contract& contract, const Assessment& a) {
    QJsonArray lines;
    for (const AssessmentLine& l : a.lines) {
        QJsonObject line{{QStringLiteral("component"), str(toString(l.component))},
                         {QStringLiteral("amount"), amount(l.amount)},
                         {QStringLiteral("key"), str(messageKey(l.explanation.id))},
                         {QStringLiteral("explanation"), str(renderEnglish(l.explanation))}};
        if (l.night) {
            line.insert(QStringLiteral("night"), date(*l.night));
        }
        if (l.quantity) {
            line.insert(QStringLiteral("quantity"), str(l.quantity->toString()));
        }
        if (l.rate) {
            line.insert(QStringLiteral("rate"), amount(*l.rate));
        }
        if (l.factor) {
            line.insert(QStringLiteral("factor"), percent(*l.factor));
        }
        lines.append(line);
    }
    QJsonArray warnings;
    for (const Message& w : a.warnings) {
        warnings.append(QJsonObject{{QStringLiteral("key"), str(messageKey(w.id))},
                                    {QStringLiteral("text"), str(renderEnglish(w))}});
    }
    const QJsonObject figures{
        {QStringLiteral("contractedRoomNights"), static_cast<qint64>(a.contractedRoomNights)},
        {QStringLiteral("revisedRoomNights"), static_cast<qint64>(a.revisedRoomNights)},
        {QStringLiteral("pickedUpRoomNights"), static_cast<qint64>(a.pickedUpRoomNights)},
        {QStringLiteral("countedRoomNights"), static_cast<qint64>(a.countedRoomNights)},
        {QStringLiteral("compRoomNights"), static_cast<qint64>(a.compRoomNights)},
        {QStringLiteral("pickupPercent"), percent(a.pickupPercent)}};
    const QJsonObject totals{{QStringLiteral("rooms"), amount(a.rooms)},
                             {QStringLiteral("foodBeverage"), amount(a.foodBeverage)},
                             {QStringLiteral("meetingRoom"), amount(a.meetingRoom)},
                             {QStringLiteral("cancellation"), amount(a.cancellation)},
                             {QStringLiteral("subtotal"), amount(a.subtotal)},
                             {QStringLiteral("tax"), amount(a.tax)},
                             {QStringLiteral("totalOwed"), amount(a.totalOwed)},
                             {QStringLiteral("depositsApplied"), amount(a.depositsApplied)},
                             {QStringLiteral("netDue"), amount(a.netDue)},
                             {QStringLiteral("depositBalance"), amount(a.depositBalance)}};
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("attrition-desk/assessment")},
                       {QStringLiteral("version"), kFormatVersion},
                       {QStringLiteral("reference"), str(contract.reference)},
                       {QStringLiteral("currency"), str(a.currency.code())},
                       {QStringLiteral("cancelled"), a.cancelled},
                       {QStringLiteral("figures"), figures},
                       {QStringLiteral("lines"), lines},
                       {QStringLiteral("warnings"), warnings},
                       {QStringLiteral("totals"), totals}};
}

QJsonArray pickupSweepToJson(const std::vector<PickupSweepPoint>& points) {
    return array(points, [](const PickupSweepPoint& p) {
        return QJsonObject{{QStringLiteral("pickup"), percent(p.pickup)},
                           {QStringLiteral("roomDamages"), amount(p.roomDamages)},
                           {QStringLiteral("meetingRoom"), amount(p.meetingRoom)},
                           {QStringLiteral("totalOwed"), amount(p.totalOwed)}};
    });
}

QJsonArray cancellationSweepToJson(const std::vector<CancellationSweepPoint>& points) {
    return array(points, [](const CancellationSweepPoint& p) {
        return QJsonObject{{QStringLiteral("notice"), date(p.notice)},
                           {QStringLiteral("daysBeforeArrival"), p.daysBeforeArrival},
                           {QStringLiteral("fee"), amount(p.fee)},
                           {QStringLiteral("totalOwed"), amount(p.totalOwed)}};
    });
}

QJsonArray spendSweepToJson(const std::vector<SpendSweepPoint>& points) {
    return array(points, [](const SpendSweepPoint& p) {
        return QJsonObject{{QStringLiteral("spend"), amount(p.spend)},
                           {QStringLiteral("damages"), amount(p.damages)},
                           {QStringLiteral("totalOwed"), amount(p.totalOwed)}};
    });
}

} // namespace attrition::io
