// Reading a property system's group pickup report (CSV) for one contract.

#include "attrition/domain/fixed_point.h"
#include "attrition/io/csv.h"
#include "io_text.h"
#include "json_support.h"

#include <QHash>
#include <QStringList>
#include <algorithm>
#include <array>
#include <exception>
#include <limits>
#include <string>

namespace attrition::io {

namespace {

using detail::dateText;
using detail::text;

constexpr std::int32_t kMostRooms = 1'000'000;
constexpr qsizetype kLongestQuotedText = 40;

/// Text found in the file, quoted and on one line, for messages.
QString quoted(QStringView s) {
    QString out;
    for (const QChar c : s.left(kLongestQuotedText)) {
        if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\r')) {
            out += QStringLiteral("\\r");
        } else if (c == QLatin1Char('\t')) {
            out += QStringLiteral("\\t");
        } else {
            out += c;
        }
    }
    if (s.size() > kLongestQuotedText) {
        out += QStringLiteral("...");
    }
    return QLatin1Char('"') + out + QLatin1Char('"');
}

/// A number for a message. Messages are built with one multi-argument arg() call, so that text from the
/// file ("%1" in a cell, say) is never taken for a placeholder.
QString num(std::int64_t n) {
    return QString::number(n);
}

/// A number of rooms, for a warning. Two texts rather than "%n room(s)", which with no translator installed
/// would read "room(s)".
QString rooms(std::int64_t n) {
    if (n == 1) {
        //: One room, in place of %3 of "the current block for %2 is %3" or %2 of "%2 available for %3".
        return PickupReportText::tr("1 room");
    }
    //: A number of rooms other than one, in place of %3 of "the current block for %2 is %3" or %2 of "%2
    //: available for %3".
    return PickupReportText::tr("%1 rooms").arg(num(n));
}

bool isDigits(QStringView s) {
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
}

/// The value of at most 9 decimal digits.
int digitsValue(QStringView s) {
    int value = 0;
    for (const QChar c : s.left(9)) {
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// ---------------------------------------------------------------------------------------------------------
// Columns

enum class Field : std::uint8_t { Night, RoomType, Pickup, Original, Current, Available, Rate };
constexpr std::size_t kFieldCount = 7;

struct FieldSpec {
    const char* what;                   ///< "the night", for messages (translated at use)
    std::array<const char*, 3> headers; ///< accepted headers, normalized (lower case, no separators)
    const char* written;                ///< the accepted headers as one would write them (translated at use)
    bool required;
};

// The `what` of each field fills %1 of "no column for %1 (headed %2)" and "a second column for %1"; the
// `written` headers fill %2 of the first, and are the headers the program accepts, in English whatever the
// language (only "or" is to be translated).
constexpr std::array<FieldSpec, kFieldCount> kFields{{
    {QT_TRANSLATE_NOOP("PickupReportText", "the night"),
     {"date", "night", "staydate"},
     QT_TRANSLATE_NOOP("PickupReportText", "\"Date\", \"Night\" or \"Stay Date\""),
     true},
    {QT_TRANSLATE_NOOP("PickupReportText", "the room type"),
     {"roomtype", "roomtypecode", "type"},
     QT_TRANSLATE_NOOP("PickupReportText", "\"Room Type\", \"Room Type Code\" or \"Type\""),
     true},
    {QT_TRANSLATE_NOOP("PickupReportText", "the pickup"),
     {"pickup", "pickedup", "roompickup"},
     QT_TRANSLATE_NOOP("PickupReportText", "\"Pickup\", \"Picked Up\" or \"Room Pickup\""),
     true},
    {QT_TRANSLATE_NOOP("PickupReportText", "the original block"),
     {"original", "originalblock", "contracted"},
     "",
     false},
    {QT_TRANSLATE_NOOP("PickupReportText", "the current block"),
     {"current", "currentblock", "finalblock"},
     "",
     false},
    {QT_TRANSLATE_NOOP("PickupReportText", "the rooms available"),
     {"available", nullptr, nullptr},
     "",
     false},
    {QT_TRANSLATE_NOOP("PickupReportText", "the rate"), {"rate", nullptr, nullptr}, "", false},
}};

/// A text of kFields in the user's language.
QString fieldText(const char* source) {
    return QCoreApplication::translate("PickupReportText", source);
}

/// A header without case, spaces, underscores or hyphens.
QString normalizedHeader(QStringView header) {
    QString out;
    for (const QChar c : header) {
        if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-')) {
            continue;
        }
        out += c.toCaseFolded();
    }
    return out;
}

std::optional<Field> fieldOf(QStringView header) {
    const QString key = normalizedHeader(header);
    for (std::size_t f = 0; f < kFieldCount; ++f) {
        for (const char* name : kFields[f].headers) {
            if (name != nullptr && key == QLatin1String(name)) {
                return static_cast<Field>(f);
            }
        }
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------------------
// Numbers

/// A number as written with either decimal separator and optional grouping, in plain digits.
struct Number {
    bool negative = false;
    std::string integer;  ///< digits, no grouping, no leading zeros ("0" for none)
    std::string fraction; ///< digits after the decimal separator

    bool isWhole() const { return fraction.find_first_not_of('0') == std::string::npos; }
    bool isZero() const { return integer == "0" && isWhole(); }
};

bool isGroupingOnly(QChar c) {
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) || c == QLatin1Char('\'');
}

/// Reads "1,189.00", "1.189,00", "1 189,00", "189", "12,0". When both '.' and ',' occur, the last is the
/// decimal separator; one that occurs more than once groups thousands; a lone one followed by exactly three
/// digits groups thousands ("1,189"), unless `loneThreeDigitsIsDecimal` (amounts with three decimals).
std::optional<Number> readNumber(QStringView t, bool loneThreeDigitsIsDecimal) {
    Number n;
    if (!t.isEmpty() && (t.front() == QLatin1Char('-') || t.front() == QChar(0x2212))) {
        n.negative = true;
        t = t.sliced(1);
    } else if (!t.isEmpty() && t.front() == QLatin1Char('+')) {
        t = t.sliced(1);
    }
    if (t.isEmpty() ||
        (!t.front().isDigit() && t.front() != QLatin1Char('.') && t.front() != QLatin1Char(','))) {
        return std::nullopt;
    }
    int dots = 0;
    int commas = 0;
    qsizetype lastDot = -1;
    qsizetype lastComma = -1;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c == QLatin1Char('.')) {
            ++dots;
            lastDot = i;
        } else if (c == QLatin1Char(',')) {
            ++commas;
            lastComma = i;
        } else if (!(c >= QLatin1Char('0') && c <= QLatin1Char('9')) && !isGroupingOnly(c)) {
            return std::nullopt;
        }
    }
    qsizetype point = -1;
    if (dots > 0 && commas > 0) {
        point = std::max(lastDot, lastComma);
        if ((point == lastDot ? dots : commas) != 1) {
            return std::nullopt;
        }
    } else if (dots + commas == 1) {
        point = dots == 1 ? lastDot : lastComma;
        const bool grouping = t.size() - point - 1 == 3 && point > 0 && !loneThreeDigitsIsDecimal;
        if (grouping) {
            point = -1;
        }
    }
    const QStringView integerPart = point < 0 ? t : t.first(point);
    const QStringView fractionPart = point < 0 ? QStringView() : t.sliced(point + 1);
    if (!fractionPart.isEmpty() && !isDigits(fractionPart)) {
        return std::nullopt;
    }
    // Groups of three digits after the first, all separated by one and the same character.
    QChar separator;
    qsizetype groupLength = 0;
    bool grouped = false;
    for (const QChar c : integerPart) {
        if (c.isDigit()) {
            ++groupLength;
            if (!(n.integer.empty() && c == QLatin1Char('0'))) {
                n.integer += static_cast<char>(c.unicode());
            }
            continue;
        }
        if (grouped ? (c != separator || groupLength != 3) : (groupLength == 0 || groupLength > 3)) {
            return std::nullopt;
        }
        grouped = true;
        separator = c;
        groupLength = 0;
    }
    if (grouped && groupLength != 3) {
        return std::nullopt;
    }
    if (integerPart.isEmpty() && fractionPart.isEmpty()) {
        return std::nullopt;
    }
    if (n.integer.empty()) {
        n.integer.push_back('0'); // not `= "0"`: GCC 12 warns wrongly (-Wrestrict) on that assignment
    }
    for (const QChar c : fractionPart) {
        n.fraction += static_cast<char>(c.unicode());
    }
    return n;
}

struct Count {
    std::optional<std::int32_t> value;
    QString problem;
};

Count readCount(QStringView raw) {
    const QStringView t = raw.trimmed();
    if (t.isEmpty()) {
        return {std::nullopt, PickupReportText::tr("expected a whole number of rooms, found nothing")};
    }
    const std::optional<Number> n = readNumber(t, false);
    if (!n || !n->isWhole()) {
        return {std::nullopt,
                PickupReportText::tr("expected a whole number of rooms, found %1").arg(quoted(t))};
    }
    if (n->negative && !n->isZero()) {
        return {std::nullopt,
                PickupReportText::tr("a number of rooms cannot be negative, found %1").arg(quoted(t))};
    }
    std::int32_t value = 0;
    if (n->integer.size() <= 7) {
        for (const char c : n->integer) {
            value = value * 10 + (c - '0');
        }
    }
    if (n->integer.size() > 7 || value > kMostRooms) {
        return {
            std::nullopt,
            PickupReportText::tr("%1 is not a plausible number of rooms (at most 1,000,000)").arg(quoted(t))};
    }
    return {value, {}};
}

// ---------------------------------------------------------------------------------------------------------
// Rates

struct CurrencySign {
    const char16_t* sign;
    const char* code;
};

/// Signs that may stand for a currency; a sign shared by several currencies is listed once for each.
constexpr std::array<CurrencySign, 26> kCurrencySigns{{
    {u"$", "USD"},      {u"$", "CAD"},      {u"$", "AUD"},      {u"$", "NZD"},      {u"$", "SGD"},
    {u"$", "HKD"},      {u"$", "MXN"},      {u"US$", "USD"},    {u"C$", "CAD"},     {u"CA$", "CAD"},
    {u"A$", "AUD"},     {u"AU$", "AUD"},    {u"NZ$", "NZD"},    {u"S$", "SGD"},     {u"HK$", "HKD"},
    {u"R$", "BRL"},     {u"\u20AC", "EUR"}, {u"\u00A3", "GBP"}, {u"\u00A5", "JPY"}, {u"\u00A5", "CNY"},
    {u"\uFFE5", "JPY"}, {u"\u20B9", "INR"}, {u"\u20A9", "KRW"}, {u"\u20AA", "ILS"}, {u"\u0E3F", "THB"},
    {u"\u20BA", "TRY"},
}};

bool isCurrencyMark(QChar c) {
    return c.isLetter() || c.category() == QChar::Symbol_Currency;
}

enum class Mark : std::uint8_t { Contract, Other, Unknown };

/// What a currency code or sign written next to an amount says about its currency.
Mark markOf(QStringView mark, const QString& code) {
    if (mark.compare(code, Qt::CaseInsensitive) == 0) {
        return Mark::Contract;
    }
    bool known = false;
    for (const CurrencySign& s : kCurrencySigns) {
        if (mark == QStringView(s.sign)) {
            known = true;
            if (code == QLatin1String(s.code)) {
                return Mark::Contract;
            }
        }
    }
    if (known) {
        return Mark::Other;
    }
    if (mark.size() == 3 && std::all_of(mark.begin(), mark.end(), [](QChar c) { return c.isLetter(); }) &&
        Currency::fromCode(mark.toString().toUpper().toStdString())) {
        return Mark::Other;
    }
    return Mark::Unknown;
}

struct Rate {
    std::optional<Money> value;
    QString problem;
};

/// A rate in the contract's currency: "189.00", "1.189,00", "$189", "USD 189.00", "189,00 USD".
Rate readRate(QStringView t, Currency currency, const QString& code) {
    const auto malformed = [&] {
        return Rate{std::nullopt,
                    PickupReportText::tr("expected an amount in %1, found %2").arg(code, quoted(t))};
    };
    bool negative = false; // a sign before the currency: "-$189.00"
    QStringView rest = t;
    if (rest.size() > 1 &&
        (rest.front() == QLatin1Char('-') || rest.front() == QChar(0x2212) ||
         rest.front() == QLatin1Char('+')) &&
        isCurrencyMark(rest[1])) {
        negative = rest.front() != QLatin1Char('+');
        rest = rest.sliced(1);
    }
    qsizetype begin = 0;
    while (begin < rest.size() && isCurrencyMark(rest[begin])) {
        ++begin;
    }
    qsizetype end = rest.size();
    while (end > begin && isCurrencyMark(rest[end - 1])) {
        --end;
    }
    for (const QStringView mark : {rest.first(begin), rest.sliced(end)}) {
        if (mark.isEmpty()) {
            continue;
        }
        switch (markOf(mark, code)) {
        case Mark::Contract:
            break;
        case Mark::Other:
            return {std::nullopt, PickupReportText::tr("the rate %1 is not in the contract's currency (%2)")
                                      .arg(quoted(t), code)};
        case Mark::Unknown:
            return malformed();
        }
    }
    const QStringView number = rest.sliced(begin, end - begin).trimmed();
    if (negative && !number.isEmpty() && !number.front().isDigit() && number.front() != QLatin1Char('.') &&
        number.front() != QLatin1Char(',')) {
        return malformed(); // two signs
    }
    const std::optional<Number> n = readNumber(number, currency.decimals() == 3);
    if (!n) {
        return malformed();
    }
    if ((negative || n->negative) && !n->isZero()) {
        return {std::nullopt, PickupReportText::tr("a rate cannot be negative, found %1").arg(quoted(t))};
    }
    std::string plain = n->integer;
    if (!n->fraction.empty()) {
        plain += '.';
        plain += n->fraction;
    }
    const DecimalParse parsed = parseScaledDecimal(plain, currency.decimals());
    if (parsed.value) {
        return {Money(*parsed.value, currency), {}};
    }
    if (parsed.error == DecimalError::TooManyDecimals) {
        return {std::nullopt,
                currency.decimals() == 0
                    ? PickupReportText::tr("%1 amounts have no decimals, found %2").arg(code, quoted(t))
                    : PickupReportText::tr("%1 amounts have at most %2 decimals, found %3")
                          .arg(code, num(currency.decimals()), quoted(t))};
    }
    if (parsed.error == DecimalError::OutOfRange) {
        return {std::nullopt, PickupReportText::tr("the rate %1 is too large").arg(quoted(t))};
    }
    return malformed();
}

// ---------------------------------------------------------------------------------------------------------
// Dates

/// A date as read from one cell: a date, or a day and month with slashes whose order the file decides.
struct DateCell {
    enum class Kind : std::uint8_t { Date, Slashes, Bad };
    Kind kind = Kind::Bad;
    Date date;
    int first = 0; ///< with slashes: the parts as written
    int second = 0;
    int year = 0;
    QString problem; ///< Bad
};

constexpr std::array<std::array<const char*, 3>, 12> kMonths{{
    {"jan", "january", nullptr},
    {"feb", "february", nullptr},
    {"mar", "march", nullptr},
    {"apr", "april", nullptr},
    {"may", nullptr, nullptr},
    {"jun", "june", nullptr},
    {"jul", "july", nullptr},
    {"aug", "august", nullptr},
    {"sep", "sept", "september"},
    {"oct", "october", nullptr},
    {"nov", "november", nullptr},
    {"dec", "december", nullptr},
}};

constexpr std::array<const char*, 17> kWeekdays{"mon",       "monday", "tue",      "tues",  "tuesday",  "wed",
                                                "wednesday", "thu",    "thur",     "thurs", "thursday", "fri",
                                                "friday",    "sat",    "saturday", "sun",   "sunday"};

int monthOf(QStringView word) {
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
        for (const char* name : kMonths[m]) {
            if (name != nullptr && word.compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
                return static_cast<int>(m) + 1;
            }
        }
    }
    return 0;
}

bool isWeekday(QStringView word) {
    while (!word.isEmpty() && (word.back() == QLatin1Char(',') || word.back() == QLatin1Char('.'))) {
        word.chop(1);
    }
    return std::any_of(kWeekdays.begin(), kWeekdays.end(), [&](const char* name) {
        return word.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
    });
}

/// "14:00", "0:00:00": the time of a date and time, which a night ignores.
bool isTime(QStringView word) {
    int parts = 0;
    while (true) {
        const qsizetype colon = word.indexOf(QLatin1Char(':'));
        const QStringView part = colon < 0 ? word : word.first(colon);
        if (!isDigits(part) || part.size() > 2) {
            return false;
        }
        ++parts;
        if (colon < 0) {
            return parts == 2 || parts == 3;
        }
        word = word.sliced(colon + 1);
    }
}

DateCell badDate(QString problem) {
    DateCell d;
    d.problem = std::move(problem);
    return d;
}

DateCell dateOf(int year, int month, int day, QStringView written) {
    if (const std::optional<Date> d = Date::fromYmd(year, month, day)) {
        DateCell cell;
        cell.kind = DateCell::Kind::Date;
        cell.date = *d;
        return cell;
    }
    return badDate(PickupReportText::tr("%1 is not a date in the calendar").arg(quoted(written)));
}

/// Reads 2027-05-12, 2027/05/12, 20270512, 12.05.2027, 12-May-2027, 12 May 2027, May 12, 2027 (with or
/// without a weekday before it or a time after it) and dates with slashes or hyphens, day or month first.
DateCell readDate(QStringView raw) {
    const QStringView t = raw.trimmed();
    const auto malformed = [&] {
        return badDate(PickupReportText::tr("expected a date such as 2027-05-12, found %1").arg(quoted(t)));
    };
    if (t.isEmpty()) {
        return badDate(PickupReportText::tr("expected a date such as 2027-05-12, found nothing"));
    }
    QStringView span = t;
    if (const qsizetype space = span.lastIndexOf(QLatin1Char(' '));
        space >= 0 && isTime(span.sliced(space + 1))) {
        span = span.first(space).trimmed();
    }
    if (const qsizetype space = span.indexOf(QLatin1Char(' ')); space >= 0 && isWeekday(span.first(space))) {
        span = span.sliced(space + 1).trimmed();
    }

    // Tokens: runs of letters or digits; what lies between them must be separators.
    std::array<QStringView, 3> tokens;
    std::array<QChar, 3> separators; // the first character between two tokens, other than a space
    std::size_t count = 0;
    qsizetype i = 0;
    while (i < span.size()) {
        qsizetype start = i;
        while (i < span.size() && !span[i].isLetterOrNumber()) {
            const QChar c = span[i];
            if (c != QLatin1Char('-') && c != QLatin1Char('/') && c != QLatin1Char('.') &&
                c != QLatin1Char(',') && c != QLatin1Char(' ')) {
                return malformed();
            }
            ++i;
        }
        if (count > 0) {
            const QStringView between = span.sliced(start, i - start).trimmed();
            separators[count - 1] = between.isEmpty() ? QLatin1Char(' ') : between.front();
        } else if (i > 0) {
            return malformed(); // separators before the date
        }
        start = i;
        while (i < span.size() && span[i].isLetterOrNumber()) {
            ++i;
        }
        if (i > start) {
            if (count == tokens.size()) {
                return malformed();
            }
            tokens[count++] = span.sliced(start, i - start);
        }
    }
    if (count == 1 && tokens[0].size() == 8 && isDigits(tokens[0])) {
        const QStringView d = tokens[0];
        return dateOf(digitsValue(d.first(4)), digitsValue(d.sliced(4, 2)), digitsValue(d.sliced(6)), t);
    }
    if (count != 3) {
        return malformed();
    }
    const auto twoDigitYear = [&] {
        return badDate(
            PickupReportText::tr("the year of %1 has two digits; write it with four, as in 2027-05-12")
                .arg(quoted(t)));
    };
    int monthAt = -1;
    for (std::size_t k = 0; k < 3; ++k) {
        if (isDigits(tokens[k])) {
            continue;
        }
        if (monthAt >= 0 || monthOf(tokens[k]) == 0) {
            return malformed();
        }
        monthAt = static_cast<int>(k);
    }
    const auto len = [&](std::size_t k) {
        return tokens[k].size();
    };
    const auto value = [&](std::size_t k) {
        return digitsValue(tokens[k]);
    };
    if (monthAt >= 0) {
        const int month = monthOf(tokens[static_cast<std::size_t>(monthAt)]);
        std::size_t dayAt = 0;
        std::size_t yearAt = 2;
        if (monthAt == 0) {
            dayAt = 1;
        } else if (monthAt == 1 && len(0) == 4) {
            dayAt = 2;
            yearAt = 0;
        } else if (monthAt != 1) {
            return malformed();
        }
        if (len(dayAt) > 2) {
            return malformed();
        }
        if (len(yearAt) == 2) {
            return twoDigitYear();
        }
        if (len(yearAt) != 4) {
            return malformed();
        }
        return dateOf(value(yearAt), month, value(dayAt), t);
    }
    if (separators[0] != separators[1] ||
        (separators[0] != QLatin1Char('-') && separators[0] != QLatin1Char('/') &&
         separators[0] != QLatin1Char('.'))) {
        return malformed();
    }
    if (len(0) == 4 && len(1) <= 2 && len(2) <= 2) {
        return dateOf(value(0), value(1), value(2), t);
    }
    if (len(0) <= 2 && len(1) <= 2 && len(2) <= 2) {
        return twoDigitYear();
    }
    if (len(0) > 2 || len(1) > 2 || len(2) != 4) {
        return malformed();
    }
    if (separators[0] == QLatin1Char('.')) {
        return dateOf(value(2), value(1), value(0), t);
    }
    if (value(0) > 12 && value(1) > 12) {
        return badDate(PickupReportText::tr("%1 is not a date in the calendar").arg(quoted(t)));
    }
    DateCell cell;
    cell.kind = DateCell::Kind::Slashes;
    cell.first = value(0);
    cell.second = value(1);
    cell.year = value(2);
    return cell;
}

std::optional<Date> slashDate(const DateCell& d, bool dayFirst) {
    return dayFirst ? Date::fromYmd(d.year, d.second, d.first) : Date::fromYmd(d.year, d.first, d.second);
}

// ---------------------------------------------------------------------------------------------------------

/// One data row while it is read.
struct Row {
    int line = 0;
    QString nightText;
    DateCell dateCell;
    std::optional<Date> night;
    int typeIndex = -1;
    PickupReportRow out;
};

class PickupReader {
public:
    explicit PickupReader(const Contract& contract)
        : c_(contract)
        , code_(detail::currencyText(contract.currency)) {
        for (const BlockEntry& b : c_.block) {
            const QString type = QString::fromStdString(b.roomType);
            const QString key = type.toCaseFolded();
            if (!foldedTypes_.contains(key)) {
                foldedTypes_.insert(key, static_cast<int>(types_.size()));
                spelledTypes_.insert(type, static_cast<int>(types_.size()));
                types_.push_back(b.roomType);
            }
            blockOf_.emplace_back(key_(b.night, foldedTypes_.value(key)), &b);
        }
        // The first entry of a night and room type is the one that counts.
        std::stable_sort(blockOf_.begin(), blockOf_.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
    }

    PickupReportResult read(const QByteArray& bytes) {
        PickupReportResult result;
        readInto(bytes, result);
        std::stable_sort(errors_.begin(), errors_.end(), [](const CsvError& a, const CsvError& b) {
            const auto column = [](const CsvError& e) {
                return e.column == 0 ? std::numeric_limits<int>::max() : e.column;
            };
            return a.line != b.line ? a.line < b.line : column(a) < column(b);
        });
        result.errors = std::move(errors_);
        if (!result.errors.empty()) {
            result.report = {};
        }
        return result;
    }

private:
    void readInto(const QByteArray& bytes, PickupReportResult& result) {
        CsvParseResult parsed = parseCsv(bytes);
        if (parsed.error) {
            errors_.push_back(*parsed.error);
            return;
        }
        const CsvTable& table = parsed.table;
        std::size_t r = 0;
        while (r < table.records.size() && isBlank(table.records[r])) {
            ++r;
        }
        if (r == table.records.size()) {
            errors_.push_back({0, 0, {}, PickupReportText::tr("the file is empty")});
            return;
        }
        if (!readHeader(table.records[r], table.lines[r])) {
            return;
        }
        rows_.reserve(table.records.size() - r);
        for (++r; r < table.records.size(); ++r) {
            const std::vector<QString>& record = table.records[r];
            if (isBlank(record)) {
                continue;
            }
            if (isTotals(record)) {
                warnings_.push_back(
                    PickupReportText::tr("line %1: skipped a totals row").arg(table.lines[r]));
                continue;
            }
            readRow(record, table.lines[r]);
        }
        if (rows_.empty()) {
            if (errors_.empty()) {
                errors_.push_back(
                    {0, 0, {}, PickupReportText::tr("the file has a header row but no pickup rows")});
            }
            return;
        }
        resolveSlashDates();
        checkNights();
        checkDuplicates();
        if (errors_.empty()) {
            result.report.rows.reserve(rows_.size());
            for (Row& row : rows_) {
                if (!row.night || row.typeIndex < 0) {
                    continue; // not reached: such a row has an error
                }
                row.out.night = *row.night;
                row.out.roomType = types_[static_cast<std::size_t>(row.typeIndex)];
                warn(row);
                result.report.rows.push_back(std::move(row.out));
            }
            result.report.warnings = std::move(warnings_);
        }
    }

    static std::uint64_t key_(Date night, int type) {
        return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(night.dayNumber())) << 32) |
               static_cast<std::uint32_t>(type);
    }

    /// A row of totals, which reports often end with: "Total" (or "Grand Total") in the night's cell, or
    /// in another cell when the night's is empty.
    bool isTotals(const std::vector<QString>& record) const {
        const auto saysTotal = [](const QString& field) {
            const QString t = field.trimmed();
            return t.startsWith(QLatin1String("total"), Qt::CaseInsensitive) ||
                   t.startsWith(QLatin1String("grand total"), Qt::CaseInsensitive);
        };
        const QString night = cell(record, Field::Night);
        if (saysTotal(night)) {
            return true;
        }
        return night.trimmed().isEmpty() && std::any_of(record.begin(), record.end(), saysTotal);
    }

    static bool isBlank(const std::vector<QString>& record) {
        return std::all_of(record.begin(), record.end(),
                           [](const QString& f) { return f.trimmed().isEmpty(); });
    }

    /// The stay, for a message (called only where one is reported).
    QString stay() const { return nights(c_.arrival, c_.departure); }

    /// A span of dates, for a message.
    static QString nights(Date from, Date to) {
        //: A span of dates: "2027-05-09 to 2027-05-12".
        return PickupReportText::tr("%1 to %2").arg(dateText(from), dateText(to));
    }

    QString typeList() const {
        QStringList names;
        for (const std::string& t : types_) {
            names << QString::fromStdString(t);
        }
        return names.join(QStringLiteral(", "));
    }

    void error(int line, std::optional<Field> field, QString message) {
        int column = 0;
        QString name;
        if (field) {
            const int at = columns_[static_cast<std::size_t>(*field)];
            column = at + 1;
            name = headers_[static_cast<std::size_t>(at)];
        }
        errors_.push_back({line, column, std::move(name), std::move(message)});
    }

    bool readHeader(const std::vector<QString>& record, int line) {
        columns_.fill(-1);
        for (std::size_t i = 0; i < record.size(); ++i) {
            headers_.push_back(record[i].trimmed());
        }
        for (std::size_t i = 0; i < record.size(); ++i) {
            const std::optional<Field> f = fieldOf(headers_[i]);
            if (!f) {
                continue;
            }
            int& at = columns_[static_cast<std::size_t>(*f)];
            if (at >= 0) {
                errors_.push_back(
                    {line, static_cast<int>(i) + 1, headers_[i],
                     PickupReportText::tr("a second column for %1 (column %2, %3, is the first)")
                         .arg(fieldText(kFields[static_cast<std::size_t>(*f)].what), num(at + 1),
                              quoted(headers_[static_cast<std::size_t>(at)]))});
                continue;
            }
            at = static_cast<int>(i);
        }
        QStringList found;
        for (const QString& h : headers_) {
            if (!h.isEmpty()) {
                found << quoted(h);
            }
        }
        for (std::size_t f = 0; f < kFieldCount; ++f) {
            // A report of a block with a single room type may leave the room type out.
            if (static_cast<Field>(f) == Field::RoomType && types_.size() == 1) {
                continue;
            }
            if (kFields[f].required && columns_[f] < 0) {
                const QString what = fieldText(kFields[f].what);
                const QString written = fieldText(kFields[f].written);
                errors_.push_back(
                    {line,
                     0,
                     {},
                     found.isEmpty()
                         ? PickupReportText::tr("no column for %1 (headed %2); the columns are all unnamed")
                               .arg(what, written)
                         : PickupReportText::tr("no column for %1 (headed %2); the columns are %3")
                               .arg(what, written, found.join(QStringLiteral(", ")))});
            }
        }
        return errors_.empty();
    }

    QString cell(const std::vector<QString>& record, Field f) const {
        const int at = columns_[static_cast<std::size_t>(f)];
        return at >= 0 && static_cast<std::size_t>(at) < record.size() ? record[static_cast<std::size_t>(at)]
                                                                       : QString();
    }

    std::optional<std::int32_t> count(const std::vector<QString>& record, int line, Field f, bool required) {
        if (columns_[static_cast<std::size_t>(f)] < 0) {
            return std::nullopt;
        }
        const QString raw = cell(record, f);
        if (!required && raw.trimmed().isEmpty()) {
            return std::nullopt;
        }
        Count n = readCount(raw);
        if (!n.value) {
            error(line, f, std::move(n.problem));
        }
        return n.value;
    }

    void readRow(const std::vector<QString>& record, int line) {
        Row row;
        row.line = line;
        row.out.line = line;
        row.nightText = cell(record, Field::Night).trimmed();
        row.dateCell = readDate(row.nightText);
        if (row.dateCell.kind == DateCell::Kind::Bad) {
            error(line, Field::Night, row.dateCell.problem);
        } else if (row.dateCell.kind == DateCell::Kind::Date) {
            row.night = row.dateCell.date;
        }

        const QString type = cell(record, Field::RoomType).trimmed();
        if (columns_[static_cast<std::size_t>(Field::RoomType)] < 0) {
            row.typeIndex = 0; // no room type column: the block's only room type
        } else if (type.isEmpty()) {
            error(line, Field::RoomType,
                  types_.empty()
                      ? PickupReportText::tr("expected a room type, found nothing (the block has none)")
                      : PickupReportText::tr("expected a room type of the block (%1), found nothing")
                            .arg(typeList()));
        } else if (const int index = typeIndexOf(type); index >= 0) {
            row.typeIndex = index;
        } else {
            error(line, Field::RoomType,
                  types_.empty() ? PickupReportText::tr("%1 is not a room type of the block, which has none")
                                       .arg(quoted(type))
                                 : PickupReportText::tr("%1 is not a room type of the block (%2)")
                                       .arg(quoted(type), typeList()));
        }

        row.out.pickup = count(record, line, Field::Pickup, true).value_or(0);
        row.out.originalBlock = count(record, line, Field::Original, false);
        row.out.currentBlock = count(record, line, Field::Current, false);
        row.out.available = count(record, line, Field::Available, false);
        if (columns_[static_cast<std::size_t>(Field::Rate)] >= 0) {
            const QString raw = cell(record, Field::Rate).trimmed();
            if (!raw.isEmpty()) {
                Rate rate = readRate(raw, c_.currency, code_);
                if (rate.value) {
                    row.out.rate = rate.value;
                } else {
                    error(line, Field::Rate, std::move(rate.problem));
                }
            }
        }
        rows_.push_back(std::move(row));
    }

    /// Dates with slashes (or hyphens) are read day first or month first for the whole file: as a part
    /// above 12 shows, else as the stay shows.
    void resolveSlashDates() {
        const Row* dayFirstSign = nullptr;
        const Row* monthFirstSign = nullptr;
        const Row* example = nullptr; // a date that reads differently either way
        bool any = false;
        for (const Row& row : rows_) {
            if (row.dateCell.kind != DateCell::Kind::Slashes) {
                continue;
            }
            any = true;
            if (row.dateCell.first > 12 && dayFirstSign == nullptr) {
                dayFirstSign = &row;
            }
            if (row.dateCell.second > 12 && monthFirstSign == nullptr) {
                monthFirstSign = &row;
            }
            if (example == nullptr && row.dateCell.first != row.dateCell.second &&
                slashDate(row.dateCell, true) && slashDate(row.dateCell, false)) {
                example = &row;
            }
        }
        if (!any) {
            return;
        }
        bool dayFirst = true;
        if (dayFirstSign != nullptr && monthFirstSign != nullptr) {
            const bool monthLater = monthFirstSign->line > dayFirstSign->line;
            const Row& later = monthLater ? *monthFirstSign : *dayFirstSign;
            const Row& earlier = monthLater ? *dayFirstSign : *monthFirstSign;
            error(later.line, Field::Night,
                  (monthLater
                       ? PickupReportText::tr("%1 is written month first, but %2 on line %3 is written "
                                              "day first; write dates year-month-day, as in 2027-05-12")
                       : PickupReportText::tr("%1 is written day first, but %2 on line %3 is written "
                                              "month first; write dates year-month-day, as in 2027-05-12"))
                      .arg(quoted(later.nightText), quoted(earlier.nightText), num(earlier.line)));
            return;
        }
        if (dayFirstSign != nullptr || monthFirstSign != nullptr) {
            dayFirst = dayFirstSign != nullptr;
        } else if (example != nullptr) {
            const bool fitsDayFirst = slashDatesFit(true);
            const bool fitsMonthFirst = slashDatesFit(false);
            if (fitsDayFirst == fitsMonthFirst) {
                const DateCell& d = example->dateCell;
                errors_.push_back(
                    {0,
                     0,
                     {},
                     (fitsDayFirst ? PickupReportText::tr(
                                         "the dates with slashes could be day first or month first (%1 "
                                         "on line %2 could be %3 or %4), and the stay (%5) fits both; "
                                         "write dates year-month-day, as in 2027-05-12")
                                   : PickupReportText::tr(
                                         "the dates with slashes could be day first or month first (%1 "
                                         "on line %2 could be %3 or %4), and the stay (%5) fits "
                                         "neither; write dates year-month-day, as in 2027-05-12"))
                         .arg(quoted(example->nightText), num(example->line), dateText(*slashDate(d, true)),
                              dateText(*slashDate(d, false)), stay())});
                return;
            }
            dayFirst = fitsDayFirst;
        }
        for (Row& row : rows_) {
            if (row.dateCell.kind != DateCell::Kind::Slashes) {
                continue;
            }
            row.night = slashDate(row.dateCell, dayFirst);
            if (!row.night) {
                error(row.line, Field::Night,
                      (dayFirst
                           ? PickupReportText::tr("%1 is not a date in the calendar (read day first, as the "
                                                  "other dates are)")
                           : PickupReportText::tr("%1 is not a date in the calendar (read month first, as "
                                                  "the other dates are)"))
                          .arg(quoted(row.nightText)));
            }
        }
    }

    bool inStay(Date night) const { return night >= c_.arrival && night < c_.departure; }

    bool slashDatesFit(bool dayFirst) const {
        return std::all_of(rows_.begin(), rows_.end(), [&](const Row& row) {
            if (row.dateCell.kind != DateCell::Kind::Slashes) {
                return true;
            }
            const std::optional<Date> d = slashDate(row.dateCell, dayFirst);
            return d && inStay(*d);
        });
    }

    void checkNights() {
        const Row* first = nullptr;
        Date earliest;
        Date latest;
        bool anyInStay = false;
        for (const Row& row : rows_) {
            if (!row.night) {
                continue;
            }
            if (first == nullptr) {
                first = &row;
                earliest = latest = *row.night;
            }
            earliest = std::min(earliest, *row.night);
            latest = std::max(latest, *row.night);
            anyInStay = anyInStay || inStay(*row.night);
        }
        if (first == nullptr) {
            return;
        }
        if (!anyInStay) {
            errors_.push_back(
                {0,
                 0,
                 {},
                 PickupReportText::tr("none of the rows is for a night of the stay of %1 (%2): the report's "
                                      "nights are %3; is it another group's report?")
                     .arg(QString::fromStdString(c_.reference), stay(),
                          earliest == latest ? dateText(earliest) : nights(earliest, latest))});
            return;
        }
        for (Row& row : rows_) {
            if (!row.night || inStay(*row.night)) {
                continue;
            }
            error(
                row.line, std::nullopt,
                *row.night == c_.departure
                    ? PickupReportText::tr("the night %1 is the departure day, not a night of the stay (%2)")
                          .arg(dateText(*row.night), stay())
                    : PickupReportText::tr("the night %1 is outside the stay (%2)")
                          .arg(dateText(*row.night), stay()));
        }
    }

    void checkDuplicates() {
        std::vector<std::pair<std::uint64_t, const Row*>> keys; // in the order of the file
        keys.reserve(rows_.size());
        for (const Row& row : rows_) {
            if (row.night && row.typeIndex >= 0) {
                keys.emplace_back(key_(*row.night, row.typeIndex), &row);
            }
        }
        std::stable_sort(keys.begin(), keys.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (std::size_t i = 1; i < keys.size(); ++i) {
            if (keys[i].first != keys[i - 1].first) {
                continue;
            }
            std::size_t first = i - 1;
            while (first > 0 && keys[first - 1].first == keys[i].first) {
                --first;
            }
            const Row& row = *keys[i].second;
            //: %1 is a night, %2 a room type, %3 a line of the file.
            const QString twice = PickupReportText::tr("%1 %2 is listed twice (first on line %3)");
            //: %1 is a night, %2 a room type, %3 a line of the file.
            const QString again = PickupReportText::tr("%1 %2 is listed again (first on line %3)");
            error(row.line, std::nullopt,
                  (i - first == 1 ? twice : again)
                      .arg(dateText(*row.night), text(types_[static_cast<std::size_t>(row.typeIndex)]),
                           num(keys[first].second->line)));
        }
    }

    /// The block's room type written `type` (ignoring case), or -1.
    int typeIndexOf(const QString& type) const {
        if (const auto it = spelledTypes_.constFind(type); it != spelledTypes_.cend()) {
            return *it;
        }
        return foldedTypes_.value(type.toCaseFolded(), -1);
    }

    /// The contract's block entry for a night and room type, if any.
    const BlockEntry* blockEntry(Date night, int type) const {
        const std::uint64_t key = key_(night, type);
        const auto it = std::lower_bound(blockOf_.begin(), blockOf_.end(), key,
                                         [](const auto& entry, std::uint64_t k) { return entry.first < k; });
        return it != blockOf_.end() && it->first == key ? it->second : nullptr;
    }

    void warn(const Row& row) {
        const PickupReportRow& r = row.out;
        const auto what = [&] {
            return QStringLiteral("%1 %2").arg(dateText(r.night), text(r.roomType));
        };
        const BlockEntry* block = blockEntry(r.night, row.typeIndex);
        const std::int32_t blocked = block != nullptr ? block->rooms : 0;
        if (r.currentBlock && *r.currentBlock != blocked) {
            warnings_.push_back(
                PickupReportText::tr("line %1: the current block for %2 is %3; the contract blocks %4")
                    .arg(num(r.line), what(), rooms(*r.currentBlock), num(blocked)));
        }
        if (r.available && r.currentBlock) {
            const std::int32_t left = std::max(0, *r.currentBlock - r.pickup);
            if (*r.available != left) {
                warnings_.push_back(
                    PickupReportText::tr("line %1: %2 available for %3, but the current block of %4 less the "
                                         "pickup of %5 leaves %6")
                        .arg(num(r.line), rooms(*r.available), what(), num(*r.currentBlock), num(r.pickup),
                             num(left)));
            }
        }
        if (r.rate && block != nullptr && *r.rate != block->rate) {
            warnings_.push_back(
                PickupReportText::tr("line %1: the rate %2 for %3 differs from the contracted rate %4")
                    .arg(num(r.line), detail::amountText(*r.rate, c_.currency), what(),
                         detail::amountText(block->rate, c_.currency)));
        }
    }

    const Contract& c_;
    QString code_;                     ///< the contract's currency code
    std::vector<std::string> types_;   ///< the block's room types, as spelled there
    QHash<QString, int> spelledTypes_; ///< room type as spelled in the block -> index in types_
    QHash<QString, int> foldedTypes_;  ///< case-folded room type -> index in types_
    /// (night, room type) -> block entry, sorted by key (the first entry of a key first)
    std::vector<std::pair<std::uint64_t, const BlockEntry*>> blockOf_;
    std::array<int, kFieldCount> columns_{}; ///< 0-based column of each field, or -1
    std::vector<QString> headers_;
    std::vector<Row> rows_;
    std::vector<CsvError> errors_;
    std::vector<QString> warnings_;
};

} // namespace

std::vector<PickupEntry> PickupReport::entries() const {
    std::vector<PickupEntry> out;
    out.reserve(rows.size());
    for (const PickupReportRow& r : rows) {
        out.push_back({r.night, r.roomType, r.pickup});
    }
    return out;
}

PickupReportResult readPickupReportCsv(const QByteArray& bytes, const Contract& contract) {
    try {
        return PickupReader(contract).read(bytes);
    } catch (const std::exception& e) {
        PickupReportResult result;
        result.errors.push_back(
            {0,
             0,
             {},
             PickupReportText::tr("the file could not be read: %1").arg(QString::fromUtf8(e.what()))});
        return result;
    }
}

} // namespace attrition::io
