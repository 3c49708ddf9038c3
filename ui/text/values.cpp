#include "text/values.h"

#include "attrition/domain/fixed_point.h"

#include <QCoreApplication>
#include <algorithm>
#include <string>

namespace attrition::ui {

namespace {

struct Values {
    Q_DECLARE_TR_FUNCTIONS(Values)
};

const QDate kEpoch(1970, 1, 1);

bool isSpaceLike(QChar c) {
    return c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009) || c == QLatin1Char(' ');
}

/// The text with the locale's digits made ASCII and every kind of space made a plain space.
QString normalized(const QString& text, const QLocale& locale) {
    QString out;
    out.reserve(text.size());
    const QString zero = locale.zeroDigit();
    const QChar zeroChar = zero.size() == 1 ? zero.at(0) : QLatin1Char('0');
    for (QChar c : text) {
        if (zeroChar != QLatin1Char('0') && c.unicode() >= zeroChar.unicode() &&
            c.unicode() <= zeroChar.unicode() + 9) {
            out += QChar(static_cast<char16_t>(u'0' + (c.unicode() - zeroChar.unicode())));
        } else if (isSpaceLike(c)) {
            out += QLatin1Char(' ');
        } else {
            out += c;
        }
    }
    return out.trimmed();
}

bool allDigits(const QString& s) {
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return true;
}

/// Why a localized decimal could not be read, beyond what parseScaledDecimal reports.
enum class LocalError : std::uint8_t { None, Grouping, Malformed };

/// Turns "1,234.50" (in the locale's notation) into "1234.50"; reports a misplaced group separator.
std::string plainDecimal(const QString& typed, const QLocale& locale, LocalError& error) {
    error = LocalError::None;
    QString text = typed;
    bool negative = false;
    const QString minus = locale.negativeSign();
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212))) {
        negative = true;
        text.remove(0, 1);
    } else if (!minus.isEmpty() && text.startsWith(minus)) {
        negative = true;
        text.remove(0, minus.size());
    }
    text = text.trimmed();

    const QString point = locale.decimalPoint();
    QString group = locale.groupSeparator();
    if (group.size() == 1 && isSpaceLike(group.at(0))) {
        group = QStringLiteral(" ");
    }
    const qsizetype pointAt = text.indexOf(point);
    const QString whole = pointAt < 0 ? text : text.left(pointAt);
    const QString fraction = pointAt < 0 ? QString() : text.mid(pointAt + point.size());
    if (pointAt >= 0 && (fraction.isEmpty() || !allDigits(fraction))) {
        error = fraction.contains(group) ? LocalError::Grouping : LocalError::Malformed;
        return {};
    }
    QString digits;
    if (!group.isEmpty() && whole.contains(group)) {
        const QStringList groups = whole.split(group);
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const QString& g = groups.at(i);
            const bool sizeOk = i == 0 ? (g.size() >= 1 && g.size() <= 3) : g.size() == 3;
            if (!sizeOk || !allDigits(g)) {
                error = LocalError::Grouping;
                return {};
            }
            digits += g;
        }
    } else {
        digits = whole;
    }
    if (digits.isEmpty() || !allDigits(digits)) {
        error = LocalError::Malformed;
        return {};
    }
    std::string out = negative ? "-" : "";
    out += digits.toStdString();
    if (pointAt >= 0) {
        out += '.';
        out += fraction.toStdString();
    }
    return out;
}

/// The text without a leading or trailing currency code or symbol.
QString withoutCurrency(QString text, Currency currency, const QLocale& locale) {
    const QString code = currencyCode(currency);
    const QString symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    for (const QString& mark : {code, symbol}) {
        if (mark.isEmpty()) {
            continue;
        }
        if (text.startsWith(mark, Qt::CaseInsensitive)) {
            text = text.mid(mark.size()).trimmed();
        } else if (text.endsWith(mark, Qt::CaseInsensitive)) {
            text.chop(mark.size());
            text = text.trimmed();
        }
    }
    return text;
}

QString exampleAmount(Currency currency, const QLocale& locale) {
    return formatMoney(Money(123450 * currency.minorPerMajor() / 100, currency), locale);
}

QString quoted(const QString& text) {
    return QStringLiteral("\u201c%1\u201d").arg(text);
}

} // namespace

QDate toQDate(Date date) {
    return kEpoch.addDays(date.dayNumber());
}

std::optional<Date> fromQDate(QDate date) {
    if (!date.isValid()) {
        return std::nullopt;
    }
    return Date::fromYmd(date.year(), date.month(), date.day());
}

QString dateFormat(const QLocale& locale) {
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy"))) {
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    }
    return format;
}

QString formatDate(Date date, const QLocale& locale) {
    return locale.toString(toQDate(date), dateFormat(locale));
}

QString formatNight(Date night, const QLocale& locale) {
    const QDate d = toQDate(night);
    return locale.dayName(d.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') +
           locale.toString(d, dateFormat(locale));
}

QString formatMoney(const Money& amount, const QLocale& locale) {
    const int decimals = amount.currency().decimals();
    const std::int64_t minor = amount.minorUnits();
    const auto magnitude =
        minor < 0 ? static_cast<std::uint64_t>(-(minor + 1)) + 1U : static_cast<std::uint64_t>(minor);
    const auto perMajor = static_cast<std::uint64_t>(pow10(decimals));
    QString text = locale.toString(static_cast<qulonglong>(magnitude / perMajor));
    if (decimals > 0) {
        text += locale.decimalPoint();
        text += QStringLiteral("%1").arg(static_cast<qulonglong>(magnitude % perMajor), decimals, 10,
                                         QLatin1Char('0'));
    }
    return minor < 0 ? locale.negativeSign() + text : text;
}

QString formatMoneyWithCode(const Money& amount, const QLocale& locale) {
    if (!amount.currency().isValid()) {
        return formatMoney(amount, locale);
    }
    return formatMoney(amount, locale) + QChar(0x00A0) + currencyCode(amount.currency());
}

QString formatPercentPoints(Percent percent, const QLocale& locale) {
    QString text =
        QString::fromStdString(formatScaledDecimal(percent.partsPerMillion(), Percent::kPointDecimals, true));
    text.replace(QLatin1Char('.'), locale.decimalPoint());
    if (text.startsWith(QLatin1Char('-'))) {
        text = locale.negativeSign() + text.mid(1);
    }
    return text;
}

QString formatPercent(Percent percent, const QLocale& locale) {
    return formatPercentPoints(percent, locale) + locale.percent();
}

QString formatPercentRounded(Percent percent, int decimals, const QLocale& locale) {
    const int drop = Percent::kPointDecimals - std::clamp(decimals, 0, Percent::kPointDecimals);
    const auto rounded = static_cast<std::int64_t>(
        divideRounded(percent.partsPerMillion(), pow10(drop), RoundingMode::HalfUp) * pow10(drop));
    return formatPercent(Percent::fromPartsPerMillion(rounded), locale);
}

QString currencyCode(Currency currency) {
    return currency.isValid() ? QString::fromLatin1(currency.code().data(), 3) : QString();
}

QString formatCount(std::int64_t count, const QLocale& locale) {
    return locale.toString(static_cast<qlonglong>(count));
}

Parsed parseMoney(const QString& text, Currency currency, const QLocale& locale) {
    const QString typed = withoutCurrency(normalized(text, locale), currency, locale);
    if (typed.isEmpty()) {
        return {{}, Values::tr("Enter an amount")};
    }
    LocalError local = LocalError::None;
    const std::string plain = plainDecimal(typed, locale, local);
    if (local == LocalError::Grouping) {
        return {{},
                Values::tr("%1 is not an amount: write it like %2")
                    .arg(quoted(text.trimmed()), exampleAmount(currency, locale))};
    }
    const DecimalParse parsed = parseScaledDecimal(plain, currency.decimals());
    if (local == LocalError::None && parsed.value) {
        return {*parsed.value, {}};
    }
    const QString code = currencyCode(currency);
    if (local == LocalError::None && parsed.error == DecimalError::TooManyDecimals) {
        if (currency.decimals() == 0) {
            return {{}, Values::tr("%1 amounts have no decimals").arg(code)};
        }
        return {{},
                Values::tr("%1 amounts have at most %n decimal(s)", nullptr, currency.decimals()).arg(code)};
    }
    if (local == LocalError::None && parsed.error == DecimalError::OutOfRange) {
        return {{}, Values::tr("%1 is too large").arg(quoted(text.trimmed()))};
    }
    return {{},
            Values::tr("%1 is not an amount: write it like %2")
                .arg(quoted(text.trimmed()), exampleAmount(currency, locale))};
}

Parsed parsePercent(const QString& text, const QLocale& locale) {
    QString typed = normalized(text, locale);
    for (const QString& sign : {locale.percent(), QStringLiteral("%")}) {
        if (typed.endsWith(sign)) {
            typed.chop(sign.size());
            typed = typed.trimmed();
        }
    }
    if (typed.isEmpty()) {
        return {{}, Values::tr("Enter a percentage")};
    }
    LocalError local = LocalError::None;
    const std::string plain = plainDecimal(typed, locale, local);
    const DecimalParse parsed =
        local == LocalError::None ? parseScaledDecimal(plain, Percent::kPointDecimals) : DecimalParse{};
    if (parsed.value) {
        return {*parsed.value, {}};
    }
    if (local == LocalError::None && parsed.error == DecimalError::TooManyDecimals) {
        return {{}, Values::tr("A percentage has at most %n decimal(s)", nullptr, Percent::kPointDecimals)};
    }
    return {
        {},
        Values::tr("%1 is not a percentage: write it like %2")
            .arg(quoted(text.trimmed()), formatPercentPoints(Percent::fromPartsPerMillion(88'750), locale))};
}

Parsed parseCount(const QString& text, const QLocale& locale) {
    const QString typed = normalized(text, locale);
    if (typed.isEmpty()) {
        return {{}, Values::tr("Enter a number")};
    }
    LocalError local = LocalError::None;
    const std::string plain = plainDecimal(typed, locale, local);
    const DecimalParse parsed = local == LocalError::None ? parseScaledDecimal(plain, 0) : DecimalParse{};
    if (parsed.value && *parsed.value >= INT32_MIN && *parsed.value <= INT32_MAX) {
        return {*parsed.value, {}};
    }
    if (parsed.value || parsed.error == DecimalError::OutOfRange) {
        return {{}, Values::tr("%1 is too large").arg(quoted(text.trimmed()))};
    }
    return {{}, Values::tr("%1 is not a whole number").arg(quoted(text.trimmed()))};
}

Parsed parseRooms(const QString& text, const QLocale& locale) {
    const QString typed = normalized(text, locale);
    if (typed.isEmpty()) {
        return {{}, Values::tr("Enter a number of rooms")};
    }
    LocalError local = LocalError::None;
    const std::string plain = plainDecimal(typed, locale, local);
    const DecimalParse parsed = local == LocalError::None ? parseScaledDecimal(plain, 6) : DecimalParse{};
    if (parsed.value) {
        return {*parsed.value, {}};
    }
    if (local == LocalError::None && parsed.error == DecimalError::TooManyDecimals) {
        return {{}, Values::tr("Rooms have at most six decimals")};
    }
    if (local == LocalError::None && parsed.error == DecimalError::OutOfRange) {
        return {{}, Values::tr("%1 is too large").arg(quoted(text.trimmed()))};
    }
    return {{},
            Values::tr("%1 is not a number of rooms: write it like %2")
                .arg(quoted(text.trimmed()), formatRooms(42'500'000, locale))};
}

QString formatRooms(std::int64_t micro, const QLocale& locale) {
    const std::int64_t whole = micro / 1'000'000;
    std::int64_t fraction = micro % 1'000'000;
    QString text = locale.toString(static_cast<qlonglong>(whole < 0 ? -whole : whole));
    if (fraction != 0) {
        fraction = fraction < 0 ? -fraction : fraction;
        QString digits = QStringLiteral("%1").arg(fraction, 6, 10, QLatin1Char('0'));
        while (digits.endsWith(QLatin1Char('0'))) {
            digits.chop(1);
        }
        text += locale.decimalPoint() + digits;
    }
    return micro < 0 ? locale.negativeSign() + text : text;
}

Parsed parseDate(const QString& text, const QLocale& locale, bool shortYear) {
    const QString typed = normalized(text, locale);
    if (typed.isEmpty()) {
        return {{}, Values::tr("Enter a date")};
    }
    const QString shortFormat = locale.dateFormat(QLocale::ShortFormat);
    const QString formats[] = {dateFormat(locale), shortFormat, QStringLiteral("yyyy-MM-dd"),
                               locale.dateFormat(QLocale::LongFormat)};
    for (const QString& format : formats) {
        QDate d = locale.toDate(typed, format);
        if (!d.isValid()) {
            continue;
        }
        if (!format.contains(QLatin1String("yyyy")) && format.contains(QLatin1String("yy"))) {
            if (!shortYear) {
                continue;
            }
            d = d.addYears(100); // two-digit years are this century's, not 19xx
        } else if (!shortYear &&
                   !typed.contains(QStringLiteral("%1").arg(d.year(), 4, 10, QLatin1Char('0')))) {
            continue; // "6/10/202": the year is not typed in full yet
        }
        if (const std::optional<Date> date = fromQDate(d)) {
            return {*date, {}};
        }
    }
    const Date example = *Date::fromYmd(2027, 6, 10);
    return {{},
            Values::tr("%1 is not a valid date: write it like %2")
                .arg(quoted(text.trimmed()), formatDate(example, locale))};
}

Parsed parseValue(ValueKind kind, const QString& text, Currency currency, const QLocale& locale) {
    if (text.trimmed().isEmpty()) {
        return {};
    }
    switch (kind) {
    case ValueKind::Text:
        return {text.trimmed(), {}};
    case ValueKind::Count:
        return parseCount(text, locale);
    case ValueKind::Money:
        return parseMoney(text, currency, locale);
    case ValueKind::Percent:
        return parsePercent(text, locale);
    case ValueKind::Date:
        return parseDate(text, locale);
    }
    return {};
}

QString formatValue(ValueKind kind, const Value& value, Currency currency, const QLocale& locale) {
    if (const auto* text = std::get_if<QString>(&value)) {
        return *text;
    }
    if (const auto* date = std::get_if<Date>(&value)) {
        return formatDate(*date, locale);
    }
    const auto* number = std::get_if<std::int64_t>(&value);
    if (number == nullptr) {
        return {};
    }
    switch (kind) {
    case ValueKind::Money:
        return formatMoney(Money(*number, currency), locale);
    case ValueKind::Percent:
        return formatPercent(Percent::fromPartsPerMillion(*number), locale);
    case ValueKind::Count:
    case ValueKind::Text:
    case ValueKind::Date:
        break;
    }
    return formatCount(*number, locale);
}

std::int64_t integerOr(const Value& value, std::int64_t fallback) {
    const auto* number = std::get_if<std::int64_t>(&value);
    return number != nullptr ? *number : fallback;
}

} // namespace attrition::ui
