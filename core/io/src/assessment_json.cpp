#include "attrition/io/assessment_json.h"

#include "attrition/io/contract_json.h"
#include "json_support.h"

#include <QJsonArray>

namespace attrition::io {

using detail::dateText;
using detail::percentText;
using detail::text;
using detail::toArray;

namespace {

/// The frame every report document shares: what it is, which contract, which currency.
QJsonObject header(const char* format, const Contract& contract) {
    return QJsonObject{{QStringLiteral("format"), QLatin1String(format)},
                       {QStringLiteral("version"), kFormatVersion},
                       {QStringLiteral("reference"), QString::fromStdString(contract.reference)},
                       {QStringLiteral("currency"), detail::currencyText(contract.currency)}};
}

template <typename T> QJsonValue orNull(const std::optional<T>& value, QString (*toText)(T)) {
    return value ? QJsonValue(toText(*value)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject assessmentToJson(const Contract& contract, const Assessment& a) {
    const Currency cur = a.currency.isValid() ? a.currency : contract.currency;
    const auto amount = [cur](const Money& m) {
        return detail::amountText(m, cur);
    };

    QJsonArray lines;
    for (const AssessmentLine& l : a.lines) {
        lines.append(QJsonObject{
            {QStringLiteral("component"), text(toString(l.component))},
            {QStringLiteral("night"), orNull<Date>(l.night, dateText)},
            {QStringLiteral("quantity"), l.quantity
                                             ? QJsonValue(QString::fromStdString(l.quantity->toString()))
                                             : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("rate"), l.rate ? QJsonValue(amount(*l.rate)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("factor"), orNull<Percent>(l.factor, percentText)},
            {QStringLiteral("amount"), amount(l.amount)},
            {QStringLiteral("key"), text(messageKey(l.explanation.id))},
            {QStringLiteral("explanation"), QString::fromStdString(renderEnglish(l.explanation))}});
    }
    QJsonArray warnings;
    for (const Message& w : a.warnings) {
        warnings.append(QJsonObject{{QStringLiteral("key"), text(messageKey(w.id))},
                                    {QStringLiteral("message"), QString::fromStdString(renderEnglish(w))}});
    }

    QJsonObject o = header(kAssessmentFormat, contract);
    o.insert(QStringLiteral("currency"), detail::currencyText(cur));
    o.insert(QStringLiteral("contract"),
             QJsonObject{{QStringLiteral("groupName"), QString::fromStdString(contract.groupName)},
                         {QStringLiteral("account"), QString::fromStdString(contract.account)},
                         {QStringLiteral("hotel"), QString::fromStdString(contract.hotel)},
                         {QStringLiteral("status"), text(toString(contract.status))},
                         {QStringLiteral("arrival"), dateText(contract.arrival)},
                         {QStringLiteral("departure"), dateText(contract.departure)},
                         {QStringLiteral("nights"), contract.nightCount()}});
    o.insert(QStringLiteral("cancelled"), a.cancelled);
    o.insert(
        QStringLiteral("figures"),
        QJsonObject{{QStringLiteral("contractedRoomNights"), static_cast<qint64>(a.contractedRoomNights)},
                    {QStringLiteral("revisedRoomNights"), static_cast<qint64>(a.revisedRoomNights)},
                    {QStringLiteral("pickedUpRoomNights"), static_cast<qint64>(a.pickedUpRoomNights)},
                    {QStringLiteral("countedRoomNights"), static_cast<qint64>(a.countedRoomNights)},
                    {QStringLiteral("compRoomNights"), static_cast<qint64>(a.compRoomNights)},
                    {QStringLiteral("pickupPercent"), percentText(a.pickupPercent)}});
    o.insert(QStringLiteral("lines"), lines);
    o.insert(QStringLiteral("warnings"), warnings);
    o.insert(QStringLiteral("totals"),
             QJsonObject{{QStringLiteral("rooms"), amount(a.rooms)},
                         {QStringLiteral("foodBeverage"), amount(a.foodBeverage)},
                         {QStringLiteral("meetingRoom"), amount(a.meetingRoom)},
                         {QStringLiteral("cancellation"), amount(a.cancellation)},
                         {QStringLiteral("subtotal"), amount(a.subtotal)},
                         {QStringLiteral("tax"), amount(a.tax)},
                         {QStringLiteral("totalOwed"), amount(a.totalOwed)},
                         {QStringLiteral("depositsApplied"), amount(a.depositsApplied)},
                         {QStringLiteral("netDue"), amount(a.netDue)},
                         {QStringLiteral("depositBalance"), amount(a.depositBalance)}});
    if (a.creditsApplied.isPositive()) {
        // Only where another contract's settlement grants this one a rebooking credit.
        QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
        totals.insert(QStringLiteral("creditsApplied"), amount(a.creditsApplied));
        o.insert(QStringLiteral("totals"), totals);
    }
    return o;
}

QJsonObject pickupSweepToJson(const Contract& contract, const std::vector<PickupSweepPoint>& points) {
    const Currency cur = contract.currency;
    QJsonObject o = header(kPickupSweepFormat, contract);
    o.insert(QStringLiteral("points"), toArray(points, [cur](const PickupSweepPoint& p) {
                 return QJsonObject{{QStringLiteral("pickup"), percentText(p.pickup)},
                                    {QStringLiteral("roomDamages"), detail::amountText(p.roomDamages, cur)},
                                    {QStringLiteral("meetingRoom"), detail::amountText(p.meetingRoom, cur)},
                                    {QStringLiteral("totalOwed"), detail::amountText(p.totalOwed, cur)}};
             }));
    return o;
}

QJsonObject cancellationSweepToJson(const Contract& contract,
                                    const std::vector<CancellationSweepPoint>& points) {
    const Currency cur = contract.currency;
    QJsonObject o = header(kCancellationSweepFormat, contract);
    o.insert(QStringLiteral("arrival"), dateText(contract.arrival));
    o.insert(QStringLiteral("points"), toArray(points, [cur](const CancellationSweepPoint& p) {
                 return QJsonObject{{QStringLiteral("notice"), dateText(p.notice)},
                                    {QStringLiteral("daysBeforeArrival"), p.daysBeforeArrival},
                                    {QStringLiteral("fee"), detail::amountText(p.fee, cur)},
                                    {QStringLiteral("totalOwed"), detail::amountText(p.totalOwed, cur)}};
             }));
    return o;
}

QJsonObject spendSweepToJson(const Contract& contract, const std::vector<SpendSweepPoint>& points) {
    const Currency cur = contract.currency;
    QJsonObject o = header(kSpendSweepFormat, contract);
    o.insert(QStringLiteral("minimum"), detail::amountText(contract.foodBeverage.minimum, cur));
    o.insert(QStringLiteral("points"), toArray(points, [cur](const SpendSweepPoint& p) {
                 return QJsonObject{{QStringLiteral("spend"), detail::amountText(p.spend, cur)},
                                    {QStringLiteral("damages"), detail::amountText(p.damages, cur)},
                                    {QStringLiteral("totalOwed"), detail::amountText(p.totalOwed, cur)}};
             }));
    return o;
}

} // namespace attrition::io
