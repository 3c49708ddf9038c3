#pragma once

// Internal: one row of a query result as the decoding code sees it, whichever way it was read (through
// Qt Sql, or natively from SQLite for bulk reads). Every read returns false when the stored value cannot be
// what the column should hold.

#include "attrition/domain/currency.h"
#include "attrition/domain/date.h"
#include "attrition/domain/money.h"
#include "attrition/domain/percent.h"
#include "attrition/storage/types.h"

#include <cstdint>
#include <optional>
#include <string>

namespace attrition::storage::detail {

class RowReader {
public:
    virtual ~RowReader() = default;

    virtual bool isNull(int column) const = 0;
    /// An integer (NULL is not one).
    virtual bool int64(int column, std::int64_t& out) const = 0;
    /// Text; NULL reads as empty text.
    virtual bool text(int column, std::string& out) const = 0;
    /// A date, stored as ISO text or as a DATE.
    virtual bool date(int column, Date& out) const = 0;
    /// A flag, stored as 0/1 or as a BOOLEAN.
    virtual bool flag(int column, bool& out) const = 0;
    /// An ISO 4217 code; empty text is no currency.
    virtual bool currency(int column, Currency& out) const = 0;
    /// An instant, stored as ISO 8601 text or as a TIMESTAMPTZ.
    virtual bool timestamp(int column, Timestamp& out) const = 0;

    bool int32(int column, std::int32_t& out) const;
    bool percent(int column, Percent& out) const;
    bool percent(int column, std::optional<Percent>& out) const;
    bool date(int column, std::optional<Date>& out) const;
    /// Minor units in `minorColumn`, the currency code in the next column.
    bool money(int minorColumn, Money& out) const;
    /// Minor units only, keeping the currency already in `out`.
    bool minorUnits(int column, Money& out) const;
    /// The currency only, keeping the minor units already in `out`.
    bool moneyCurrency(int column, Money& out) const;
};

/// "2027-05-09" read without allocating; nothing if it is not a valid ISO date.
template <typename Char> std::optional<Date> parseIsoDate(const Char* s, std::size_t length) {
    if (length != 10 || s[4] != '-' || s[7] != '-') {
        return std::nullopt;
    }
    int fields[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int f = 0; f < 3; ++f) {
        for (int k = 0; k < lengths[f]; ++k) {
            const auto c = static_cast<char32_t>(s[starts[f] + k]);
            if (c < U'0' || c > U'9') {
                return std::nullopt;
            }
            fields[f] = fields[f] * 10 + static_cast<int>(c - U'0');
        }
    }
    return Date::fromYmd(fields[0], fields[1], fields[2]);
}

} // namespace attrition::storage::detail
