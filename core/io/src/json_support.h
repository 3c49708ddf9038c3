#pragma once

#include "attrition/domain/currency.h"
#include "attrition/domain/date.h"
#include "attrition/domain/money.h"
#include "attrition/domain/percent.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <string>
#include <string_view>
#include <vector>

namespace attrition::io::detail {

inline QString text(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

inline QString dateText(Date d) {
    return QString::fromStdString(d.toIso());
}

inline QString percentText(Percent p) {
    return QString::fromStdString(p.toPointsString());
}

/// The currency's ISO code, or "" for no currency.
inline QString currencyText(Currency c) {
    return c.isValid() ? text(c.code()) : QString();
}

/// An amount as a decimal string in its currency's major units ("2640.00", "24800", "62.750"). An amount
/// without a currency (the zero of a field never set) is written in `fallback`.
inline QString amountText(const Money& m, Currency fallback) {
    const Money shown = m.currency().isValid() ? m : Money(m.minorUnits(), fallback);
    return QString::fromStdString(shown.toDecimalString());
}

template <typename T, typename F> QJsonArray toArray(const std::vector<T>& items, F&& toJson) {
    QJsonArray out;
    for (const T& item : items) {
        out.append(toJson(item));
    }
    return out;
}

} // namespace attrition::io::detail
