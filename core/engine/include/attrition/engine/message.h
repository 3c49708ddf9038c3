#pragma once

#include "attrition/domain/currency.h"
#include "attrition/domain/date.h"
#include "attrition/domain/money.h"
#include "attrition/domain/percent.h"
#include "attrition/domain/quantity.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace attrition {

/// Stable identifiers of every explanation, warning and validation message the engine produces. The engine
/// never formats text for a user itself: a message is an identifier plus typed arguments, rendered in
/// English by renderEnglish() and translated by the layers above from the same identifier.
/// Identifiers are never renumbered; new ones are appended.
enum class MessageId : std::uint16_t {
#define ATTRITION_MESSAGE(id, english) id,
#include "attrition/engine/messages.def"
#undef ATTRITION_MESSAGE
};

/// One typed argument of a message: 16 bytes, so that an assessment's lines stay small.
struct MessageArg {
    enum class Kind : std::uint8_t { Integer, Quantity, Money, Percent, Date, Text };
    Kind kind = Kind::Integer;
    Currency currency; ///< for Money
    union {
        std::int64_t value = 0; ///< the integer, micro room nights, minor units, ppm, or day number
        const char* text;       ///< for Text: always a static string (a field name, a rule), never user data
    };

    static MessageArg integer(std::int64_t v) noexcept { return make(Kind::Integer, v); }
    static MessageArg quantity(Quantity q) noexcept { return make(Kind::Quantity, q.micro()); }
    static MessageArg money(Money m) noexcept {
        MessageArg a = make(Kind::Money, m.minorUnits());
        a.currency = m.currency();
        return a;
    }
    static MessageArg percent(Percent p) noexcept { return make(Kind::Percent, p.partsPerMillion()); }
    static MessageArg date(Date d) noexcept { return make(Kind::Date, d.dayNumber()); }
    static MessageArg staticText(const char* t) noexcept {
        MessageArg a;
        a.kind = Kind::Text;
        a.text = t;
        return a;
    }

    /// A text of the data a message names (a contract's reference), kept for the life of the program so that
    /// the argument stays valid however long the message is kept. Only for the few texts of that kind: each
    /// distinct text is stored once.
    static MessageArg interned(std::string_view t);

    Money asMoney() const noexcept { return {value, currency}; }
    Percent asPercent() const noexcept { return Percent::fromPartsPerMillion(value); }
    Quantity asQuantity() const noexcept { return Quantity::fromMicro(value); }
    Date asDate() const noexcept { return Date::fromDayNumber(static_cast<std::int32_t>(value)); }

private:
    static MessageArg make(Kind k, std::int64_t v) noexcept {
        MessageArg a;
        a.kind = k;
        a.value = v;
        return a;
    }
};

/// A message: an identifier and up to kMaxArgs arguments, substituted for {0}, {1}, ... in its template.
struct Message {
    static constexpr std::size_t kMaxArgs = 8;

    MessageId id{};
    std::uint8_t argCount = 0;
    std::array<MessageArg, kMaxArgs> args{};

    Message() = default;
    template <typename... Args>
    explicit Message(MessageId messageId, Args... a)
        : id(messageId)
        , argCount(sizeof...(Args))
        , args{a...} {
        static_assert(sizeof...(Args) <= kMaxArgs, "too many message arguments");
    }
};

/// The message's English template, with {0}, {1}, ... placeholders.
std::string_view englishTemplate(MessageId id) noexcept;
/// A stable textual key for the identifier ("AttritionCumulative"), for files and translations.
std::string_view messageKey(MessageId id) noexcept;
/// One argument in plain English formatting: grouped amounts (1,234.56), "80%", "42.5", ISO dates.
std::string formatArgEnglish(const MessageArg& arg);
/// The message in English.
std::string renderEnglish(const Message& message);

} // namespace attrition
