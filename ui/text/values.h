#pragma once

#include "attrition/domain/currency.h"
#include "attrition/domain/date.h"
#include "attrition/domain/money.h"
#include "attrition/domain/percent.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <cstdint>
#include <optional>
#include <variant>

namespace attrition::ui {

/// What a field or cell holds. Amounts and percentages are integers: minor units of the contract's
/// currency, parts per million.
enum class ValueKind : std::uint8_t { Text, Count, Money, Percent, Date };

/// A field or cell value: empty, an integer (a count, minor units or ppm, by kind), a date, or text.
using Value = std::variant<std::monostate, std::int64_t, Date, QString>;

/// What a user typed, read exactly: the value, or why it could not be read.
struct Parsed {
    Value value;
    QString error; ///< empty when the text was read
    bool ok() const noexcept { return error.isEmpty(); }
};

QDate toQDate(Date date);
std::optional<Date> fromQDate(QDate date);

/// The date format users type and read: the locale's short format with a four-digit year.
QString dateFormat(const QLocale& locale);
QString formatDate(Date date, const QLocale& locale = QLocale());
/// "Sun 9/5/2027": a night of the stay, with its weekday.
QString formatNight(Date night, const QLocale& locale = QLocale());

/// Grouped, with exactly the currency's decimals: "18,680.00", "1.234,5" is never produced.
QString formatMoney(const Money& amount, const QLocale& locale = QLocale());
/// "18,680.00 USD".
QString formatMoneyWithCode(const Money& amount, const QLocale& locale = QLocale());
/// Percentage points without the sign, trailing zeros dropped: "8.875", "80".
QString formatPercentPoints(Percent percent, const QLocale& locale = QLocale());
/// "8.875%".
QString formatPercent(Percent percent, const QLocale& locale = QLocale());
/// A share for a glance, rounded half-up to at most `decimals` decimals: "90.8%" for 90.7575%.
QString formatPercentRounded(Percent percent, int decimals = 1, const QLocale& locale = QLocale());
QString formatCount(std::int64_t count, const QLocale& locale = QLocale());
/// The currency's ISO 4217 code ("USD"); empty for none.
QString currencyCode(Currency currency);

/// Reads an amount typed in the locale's notation (its decimal and group separators; the currency code may
/// be written before or after), exactly: more decimals than the currency has is an error, never rounded.
Parsed parseMoney(const QString& text, Currency currency, const QLocale& locale = QLocale());
/// Reads percentage points ("8.875", "80 %"), at most four decimals.
Parsed parsePercent(const QString& text, const QLocale& locale = QLocale());
/// Reads a whole count ("1,200").
Parsed parseCount(const QString& text, const QLocale& locale = QLocale());
/// Reads a number of rooms that may be fractional ("180", "42.5"), at most six decimals: millionths of a
/// room.
Parsed parseRooms(const QString& text, const QLocale& locale = QLocale());
/// Rooms with the decimals they have, trailing zeros dropped: "42.5", "1,180".
QString formatRooms(std::int64_t micro, const QLocale& locale = QLocale());
/// Reads a date in the locale's short format or ISO 8601. A two-digit year ("6/10/27") is read as this
/// century's only when `shortYear` is allowed; while the user is still typing it is not, so that "6/10/20"
/// on the way to "6/10/2027" is not taken for a date.
Parsed parseDate(const QString& text, const QLocale& locale = QLocale(), bool shortYear = true);

/// Reads text of the given kind; empty text is an empty value (the caller decides whether that is allowed).
Parsed parseValue(ValueKind kind, const QString& text, Currency currency, const QLocale& locale = QLocale());
/// Writes a value of the given kind for display; an empty value is an empty string.
QString formatValue(ValueKind kind, const Value& value, Currency currency, const QLocale& locale = QLocale());

/// The value's integer, or `fallback` when it holds none.
std::int64_t integerOr(const Value& value, std::int64_t fallback = 0);

} // namespace attrition::ui
