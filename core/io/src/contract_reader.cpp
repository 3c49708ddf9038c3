#include "attrition/domain/clause_defaults.h"
#include "attrition/domain/fixed_point.h"
#include "attrition/io/contract_json.h"
#include "io_text.h"
#include "json_strict.h"
#include "json_support.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <thread>

namespace attrition::io {

namespace {

using detail::text;

constexpr qsizetype kLongestQuotedText = 60;

QString quoted(const QString& s) {
    if (s.size() > kLongestQuotedText) {
        return QLatin1Char('"') + s.left(kLongestQuotedText) + QStringLiteral("...\"");
    }
    return QLatin1Char('"') + s + QLatin1Char('"');
}

/// A JSON value as it would be written in the file, for messages ("2.5", "\"09/05/2027\"", "an object").
QString describeJson(const QJsonValue& v) {
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::fromUtf8(
            QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    case QJsonValue::String:
        return quoted(v.toString());
    case QJsonValue::Array:
        //: What was found in a contract file, in place of %1 of "expected a string, found %1".
        return ContractFileText::tr("an array");
    case QJsonValue::Object:
        //: What was found in a contract file, in place of %1 of "expected a string, found %1".
        return ContractFileText::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    //: What was found in a contract file, in place of %1 of "expected a string, found %1".
    return ContractFileText::tr("nothing");
}

bool isIdentifier(const QString& key) {
    if (key.isEmpty() || key[0].isDigit()) {
        return false;
    }
    return std::all_of(key.begin(), key.end(), [](QChar ch) {
        return (ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) ||
               (ch >= QLatin1Char('A') && ch <= QLatin1Char('Z')) ||
               (ch >= QLatin1Char('0') && ch <= QLatin1Char('9')) || ch == QLatin1Char('_');
    });
}

/// The path of member `key` of the object at `at`: "$.block", or "$['room type']" for a key that is not a
/// plain name.
QString memberPath(const QString& at, const QString& key) {
    if (isIdentifier(key)) {
        return at + QLatin1Char('.') + key;
    }
    QString escaped = key;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return at + QStringLiteral("['") + escaped + QStringLiteral("']");
}

QString memberPath(const QString& at, const char* key) {
    return memberPath(at, QLatin1String(key));
}

QString indexPath(const QString& at, qsizetype index) {
    return at + QStringLiteral("[%1]").arg(index);
}

/// The JSON path of a value being read, made into text only when a problem is reported: a root ("$",
/// "$.contracts[3]"), or a member or element of a path that outlives it (the caller's).
class JsonPath {
public:
    JsonPath(const QString& root) // NOLINT(google-explicit-constructor): a root path is its text
        : root_(root) {}

    JsonPath member(const char* key) const {
        JsonPath p(this);
        p.key_ = key;
        return p;
    }

    JsonPath member(const QString& key) const {
        JsonPath p(this);
        p.root_ = key;
        return p;
    }

    JsonPath element(qsizetype index) const {
        JsonPath p(this);
        p.index_ = index;
        return p;
    }

    /// The index of an element of an array (-1 for a member).
    qsizetype index() const { return index_; }

    QString toString() const {
        if (parent_ == nullptr) {
            return root_;
        }
        if (index_ >= 0) {
            return indexPath(parent_->toString(), index_);
        }
        return key_ != nullptr ? memberPath(parent_->toString(), key_)
                               : memberPath(parent_->toString(), root_);
    }

private:
    explicit JsonPath(const JsonPath* parent)
        : parent_(parent) {}

    const JsonPath* parent_ = nullptr;
    QString root_;              ///< the root's text, or a member's key given as text
    const char* key_ = nullptr; ///< a member's key
    qsizetype index_ = -1;      ///< an element's index
};

JsonPath memberPath(const JsonPath& at, const char* key) {
    return at.member(key);
}

JsonPath memberPath(const JsonPath& at, const QString& key) {
    return at.member(key);
}

JsonPath indexPath(const JsonPath& at, qsizetype index) {
    return at.element(index);
}

/// Edits (insertions, deletions, substitutions, adjacent swaps) turning one word into the other.
int editDistance(const QString& a, const QString& b) {
    const auto n = static_cast<std::size_t>(a.size());
    const auto m = static_cast<std::size_t>(b.size());
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1, 0));
    for (std::size_t i = 0; i <= n; ++i) {
        d[i][0] = static_cast<int>(i);
    }
    for (std::size_t j = 0; j <= m; ++j) {
        d[0][j] = static_cast<int>(j);
    }
    for (std::size_t i = 1; i <= n; ++i) {
        for (std::size_t j = 1; j <= m; ++j) {
            const auto ai = static_cast<qsizetype>(i - 1);
            const auto bj = static_cast<qsizetype>(j - 1);
            const int cost = a[ai].toLower() == b[bj].toLower() ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[ai] == b[bj - 1] && a[ai - 1] == b[bj]) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[n][m];
}

/// Every name of an enumeration, in the order of its values, as the domain writes them.
template <typename E>
QStringList enumNames(std::string_view (*name)(E) noexcept,
                      std::optional<E> (*fromString)(std::string_view) noexcept) {
    QStringList names;
    for (int i = 0; i < 64; ++i) {
        const auto value = static_cast<E>(i);
        if (fromString(name(value)) == value) {
            names << text(name(value));
        }
    }
    return names;
}

/// The shape of a decimal string: "-?digits(.digits)?".
struct DecimalShape {
    bool wellFormed = false;
    qsizetype decimals = 0;
};

DecimalShape shapeOf(const QString& s) {
    DecimalShape shape;
    qsizetype i = s.startsWith(QLatin1Char('-')) ? 1 : 0;
    const auto digitsFrom = [&](qsizetype from) {
        qsizetype k = from;
        while (k < s.size() && s[k] >= QLatin1Char('0') && s[k] <= QLatin1Char('9')) {
            ++k;
        }
        return k - from;
    };
    const qsizetype integer = digitsFrom(i);
    if (integer == 0) {
        return shape;
    }
    i += integer;
    if (i < s.size() && s[i] == QLatin1Char('.')) {
        shape.decimals = digitsFrom(i + 1);
        if (shape.decimals == 0) {
            return shape;
        }
        i += 1 + shape.decimals;
    }
    shape.wellFormed = i == s.size();
    return shape;
}

/// Reads one contract object, collecting every problem with its JSON path.
class ContractReader {
public:
    explicit ContractReader(std::vector<ReadError>& errors)
        : errors_(errors) {}

    /// The contract of the object at `at`, or nothing if any problem was found in it. In a collection the
    /// object's own "format" and "version" are optional.
    std::optional<Contract> read(const QJsonObject& o, const JsonPath& at, bool inCollection) {
        const std::size_t before = errors_.size();
        if (!formatAndVersion(o, at, kContractFormat, !inCollection)) {
            return std::nullopt;
        }
        Contract c;
        keys(o, at,
             {"format",       "version",      "reference",      "groupName",          "account",
              "hotel",        "salesManager", "status",         "lostReason",         "lostNote",
              "currency",     "signedOn",     "arrival",        "departure",          "cutoff",
              "rounding",     "block",        "reviewSchedule", "reductions",         "pickup",
              "auditCredits", "resale",       "occupancy",      "attrition",          "foodBeverage",
              "meetingRoom",  "comps",        "cancellation",   "cancellationNotice", "forceMajeure",
              "deposits",     "settlement",   "notes",          "pickupHistory",      "unconfirmedDefaults"});
        c.reference = string(o, at, "reference", true);
        c.groupName = string(o, at, "groupName", false);
        c.account = string(o, at, "account", false);
        c.hotel = string(o, at, "hotel", false);
        c.salesManager = string(o, at, "salesManager", false);
        if (const auto s = enumeration<ContractStatus>(o, at, "status", toString, contractStatusFromString)) {
            c.status = *s;
        }
        c.lostReason = enumeration<LostReason>(o, at, "lostReason", toString, lostReasonFromString);
        c.lostNote = string(o, at, "lostNote", false);
        currency_ = currency(o, at);
        if (currency_) {
            c.currency = *currency_;
        }
        c.signedOn = date(o, at, "signedOn", true).value_or(Date());
        c.arrival = date(o, at, "arrival", true).value_or(Date());
        c.departure = date(o, at, "departure", true).value_or(Date());
        c.cutoff = optionalDate(o, at, "cutoff");
        if (const auto r = enumeration<RoundingMode>(o, at, "rounding", toString, roundingModeFromString)) {
            c.rounding = *r;
        }

        list(o, at, "block", [&](const QJsonObject& e, const JsonPath& p) {
            keys(e, p, {"night", "roomType", "rooms", "rate"});
            BlockEntry b;
            b.night = date(e, p, "night", true).value_or(Date());
            b.roomType = string(e, p, "roomType", true);
            b.rooms = count(e, p, "rooms", true);
            b.rate = amount(e, p, "rate", true);
            c.block.push_back(std::move(b));
        });
        list(o, at, "reviewSchedule", [&](const QJsonObject& e, const JsonPath& p) {
            keys(e, p, {"deadline", "maxReduction"});
            ReviewStep s;
            s.deadline = date(e, p, "deadline", true).value_or(Date());
            s.maxReduction = percent(e, p, "maxReduction", true).value_or(Percent());
            c.reviewSchedule.push_back(s);
        });
        list(o, at, "reductions", [&](const QJsonObject& e, const JsonPath& p) {
            keys(e, p, {"recorded", "night", "roomType", "rooms"});
            BlockReduction r;
            r.recorded = date(e, p, "recorded", true).value_or(Date());
            r.night = date(e, p, "night", true).value_or(Date());
            r.roomType = string(e, p, "roomType", true);
            r.rooms = count(e, p, "rooms", true);
            c.reductions.push_back(std::move(r));
        });
        list(o, at, "pickup",
             [&](const QJsonObject& e, const JsonPath& p) { c.pickup.push_back(pickupEntry(e, p)); });
        list(o, at, "auditCredits", [&](const QJsonObject& e, const JsonPath& p) {
            keys(e, p, {"night", "outsideBlock", "billedNoShows", "walked"});
            AuditCredit a;
            a.night = date(e, p, "night", true).value_or(Date());
            a.outsideBlock = count(e, p, "outsideBlock", false);
            a.billedNoShows = count(e, p, "billedNoShows", false);
            a.walked = count(e, p, "walked", false);
            c.auditCredits.push_back(a);
        });
        list(o, at, "resale", [&](const QJsonObject& e, const JsonPath& p) {
            keys(e, p, {"night", "roomNights", "rate"});
            ResaleEntry r;
            r.night = date(e, p, "night", true).value_or(Date());
            r.roomNights = count(e, p, "roomNights", true);
            r.rate = amount(e, p, "rate", true);
            c.resale.push_back(r);
        });
        list(o, at, "occupancy", [&](const QJsonObject& e, const JsonPath& p) {
            keys(e, p, {"night", "occupancy"});
            NightOccupancy n;
            n.night = date(e, p, "night", true).value_or(Date());
            n.occupancy = percent(e, p, "occupancy", true).value_or(Percent());
            c.occupancy.push_back(n);
        });
        section(o, at, "attrition",
                [&](const QJsonObject& s, const JsonPath& p) { attrition(s, p, c.attrition); });
        section(o, at, "foodBeverage",
                [&](const QJsonObject& s, const JsonPath& p) { foodBeverage(s, p, c.foodBeverage); });
        section(o, at, "meetingRoom",
                [&](const QJsonObject& s, const JsonPath& p) { meetingRoom(s, p, c.meetingRoom); });
        section(o, at, "comps", [&](const QJsonObject& s, const JsonPath& p) {
            keys(s, p, {"perRoomNights", "perNight", "countTowardPickup"});
            c.comps.perRoomNights = count(s, p, "perRoomNights", false);
            c.comps.perNight = flag(s, p, "perNight", c.comps.perNight);
            c.comps.countTowardPickup = flag(s, p, "countTowardPickup", c.comps.countTowardPickup);
        });
        section(o, at, "cancellation",
                [&](const QJsonObject& s, const JsonPath& p) { cancellation(s, p, c.cancellation); });
        c.cancellationNotice = optionalDate(o, at, "cancellationNotice");
        c.forceMajeure = flag(o, at, "forceMajeure", c.forceMajeure);
        list(o, at, "deposits", [&](const QJsonObject& e, const JsonPath& p) {
            keys(e, p, {"received", "amount", "note"});
            Deposit d;
            d.received = date(e, p, "received", true).value_or(Date());
            d.amount = amount(e, p, "amount", true);
            d.note = string(e, p, "note", false);
            c.deposits.push_back(std::move(d));
        });
        section(o, at, "settlement",
                [&](const QJsonObject& s, const JsonPath& p) { settlement(s, p, c.settlement); });
        c.notes = string(o, at, "notes", false);
        c.unconfirmedDefaults = unconfirmedDefaults(o, at);
        history_ = pickupHistory(o, at);

        if (errors_.size() != before) {
            return std::nullopt;
        }
        return c;
    }

    /// Checks "format" and "version" of the object at `at`. False (with an error) when the object is not
    /// in a format this program reads, so that reading it any further would only add noise.
    bool formatAndVersion(const QJsonObject& o, const JsonPath& at, const char* expected, bool required) {
        const QJsonValue format = o.value(QStringLiteral("format"));
        if (format.isUndefined()) {
            if (required) {
                error(at, ContractFileText::tr(
                              "missing \"format\": this is not an Attrition Desk contract file"));
                return false;
            }
        } else if (format.toString() != QLatin1String(expected)) {
            error(memberPath(at, "format"), ContractFileText::tr("expected \"%1\", found %2")
                                                .arg(QLatin1String(expected), describeJson(format)));
            return false;
        }
        const QJsonValue version = o.value(QStringLiteral("version"));
        if (version.isUndefined()) {
            if (required) {
                error(memberPath(at, "version"), ContractFileText::tr("missing required field"));
            }
            return true;
        }
        const double v = version.toDouble();
        if (!version.isDouble() || v != std::floor(v) || v < 1 || v > 1e9) {
            error(memberPath(at, "version"),
                  ContractFileText::tr("expected a format version number, found %1")
                      .arg(describeJson(version)));
            return true;
        }
        if (v > kFormatVersion) {
            error(memberPath(at, "version"),
                  ContractFileText::tr("format version %1 is newer than this program supports (%2)")
                      .arg(QString::number(static_cast<qint64>(v)), QString::number(kFormatVersion)));
            return false;
        }
        return true;
    }

    void error(const QString& path, const QString& message) { errors_.push_back({path, message}); }
    void error(const JsonPath& path, const QString& message) { error(path.toString(), message); }

    /// The pickup reports of the contract last read ("pickupHistory"), in the order of the file.
    std::vector<PickupSnapshot> takeHistory() { return std::move(history_); }

    /// An error for each member of `o` not in `allowed`.
    void keys(const QJsonObject& o, const JsonPath& at, std::initializer_list<const char*> allowed) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = it.key();
            const bool known = std::any_of(allowed.begin(), allowed.end(),
                                           [&](const char* k) { return key == QLatin1String(k); });
            if (known) {
                continue;
            }
            const char* closest = nullptr;
            int best = 3;
            // One section's word used in another: F&B has an "allowance", attrition a "performanceLevel".
            static constexpr std::pair<const char*, const char*> kOtherSections[] = {
                {"allowance", "performanceLevel"}, {"performanceLevel", "allowance"}};
            for (const auto& other : kOtherSections) {
                const char* used = other.first;
                const char* meant =
                    other.second; // a plain variable: lambdas may capture it in C++20 compilers
                const bool here = std::any_of(allowed.begin(), allowed.end(),
                                              [&](const char* k) { return std::string_view(k) == meant; });
                if (here && key == QLatin1String(used)) {
                    closest = meant;
                    best = 0;
                }
            }
            for (const char* k : allowed) {
                const int distance = editDistance(key, QLatin1String(k));
                if (distance < best) {
                    best = distance;
                    closest = k;
                }
            }
            error(memberPath(at, key),
                  closest != nullptr ? ContractFileText::tr("unknown field \"%1\" (did you mean \"%2\"?)")
                                           .arg(key, QLatin1String(closest))
                                     : ContractFileText::tr("unknown field \"%1\"").arg(key));
        }
    }

private:
    /// The value of `key`, or nothing (with an error when it is required and missing).
    std::optional<QJsonValue> value(const QJsonObject& o, const JsonPath& at, const char* key,
                                    bool required) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required) {
                error(memberPath(at, key), ContractFileText::tr("missing required field"));
            }
            return std::nullopt;
        }
        return v;
    }

    /// The value of an optional field that may be null (both meaning "none").
    std::optional<QJsonValue> nullable(const QJsonObject& o, const JsonPath& at, const char* key) {
        const auto v = value(o, at, key, false);
        if (!v || v->isNull()) {
            return std::nullopt;
        }
        return v;
    }

    /// An error for a value of the wrong type: `message` is a translated "expected ..., found %1".
    void wrongType(const JsonPath& path, const QString& message, const QJsonValue& found) {
        error(path, message.arg(describeJson(found)));
    }

    std::string string(const QJsonObject& o, const JsonPath& at, const char* key, bool required) {
        const auto v = value(o, at, key, required);
        if (!v) {
            return {};
        }
        if (!v->isString()) {
            wrongType(memberPath(at, key), ContractFileText::tr("expected a string, found %1"), *v);
            return {};
        }
        return v->toString().toStdString();
    }

    bool flag(const QJsonObject& o, const JsonPath& at, const char* key, bool fallback) {
        const auto v = value(o, at, key, false);
        if (!v) {
            return fallback;
        }
        if (!v->isBool()) {
            wrongType(memberPath(at, key), ContractFileText::tr("expected true or false, found %1"), *v);
            return fallback;
        }
        return v->toBool();
    }

    std::optional<std::int32_t> wholeNumber(const QJsonValue& v, const JsonPath& path) {
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d)) {
            wrongType(path, ContractFileText::tr("expected a whole number, found %1"), v);
            return std::nullopt;
        }
        constexpr auto kLeast = std::numeric_limits<std::int32_t>::min();
        constexpr auto kMost = std::numeric_limits<std::int32_t>::max();
        if (d > kMost || d < kLeast) {
            error(path, ContractFileText::tr("%1 is out of range (%2 to %3)")
                            .arg(describeJson(v), QString::number(kLeast), QString::number(kMost)));
            return std::nullopt;
        }
        return static_cast<std::int32_t>(d);
    }

    std::int32_t count(const QJsonObject& o, const JsonPath& at, const char* key, bool required) {
        const auto v = value(o, at, key, required);
        if (!v) {
            return 0;
        }
        return wholeNumber(*v, memberPath(at, key)).value_or(0);
    }

    std::optional<Date> dateValue(const QJsonValue& v, const JsonPath& path) {
        if (!v.isString()) {
            wrongType(path, ContractFileText::tr("expected a date written YYYY-MM-DD, found %1"), v);
            return std::nullopt;
        }
        const QString s = v.toString();
        if (const auto d = Date::parseIso(s.toStdString())) {
            return d;
        }
        static const QString kDigits = QStringLiteral("0123456789");
        bool shaped = s.size() == 10 && s[4] == QLatin1Char('-') && s[7] == QLatin1Char('-');
        for (qsizetype i = 0; shaped && i < s.size(); ++i) {
            shaped = i == 4 || i == 7 || kDigits.contains(s[i]);
        }
        error(path,
              shaped ? ContractFileText::tr("%1 is not a date in the calendar").arg(quoted(s))
                     : ContractFileText::tr("expected a date written YYYY-MM-DD, found %1").arg(quoted(s)));
        return std::nullopt;
    }

    std::optional<Date> date(const QJsonObject& o, const JsonPath& at, const char* key, bool required) {
        const auto v = value(o, at, key, required);
        if (!v) {
            return std::nullopt;
        }
        return dateValue(*v, memberPath(at, key));
    }

    std::optional<Date> optionalDate(const QJsonObject& o, const JsonPath& at, const char* key) {
        const auto v = nullable(o, at, key);
        if (!v) {
            return std::nullopt;
        }
        return dateValue(*v, memberPath(at, key));
    }

    std::optional<Currency> currency(const QJsonObject& o, const JsonPath& at) {
        const auto v = value(o, at, "currency", true);
        if (!v) {
            return std::nullopt;
        }
        if (!v->isString()) {
            wrongType(memberPath(at, "currency"),
                      ContractFileText::tr("expected an ISO 4217 currency code, found %1"), *v);
            return std::nullopt;
        }
        const auto cur = Currency::fromCode(v->toString().toStdString());
        if (!cur) {
            error(
                memberPath(at, "currency"),
                ContractFileText::tr("%1 is not a known ISO 4217 currency code").arg(quoted(v->toString())));
        }
        return cur;
    }

    std::optional<Money> amountValue(const QJsonValue& v, const JsonPath& path) {
        if (v.isDouble()) {
            error(path, ContractFileText::tr("amounts are written as decimal strings (\"189.00\"), not as "
                                             "JSON numbers; found %1")
                            .arg(describeJson(v)));
            return std::nullopt;
        }
        if (!v.isString()) {
            wrongType(path, ContractFileText::tr("expected an amount written as a decimal string, found %1"),
                      v);
            return std::nullopt;
        }
        const QString s = v.toString();
        const DecimalShape shape = shapeOf(s);
        if (!shape.wellFormed) {
            error(path,
                  ContractFileText::tr("expected an amount such as \"1234.50\", found %1").arg(quoted(s)));
            return std::nullopt;
        }
        if (!currency_) {
            return std::nullopt; // the currency's own error says why the amount cannot be read
        }
        if (shape.decimals > currency_->decimals()) {
            error(path, ContractFileText::tr("%1 has more decimals than %2 allows (%3)")
                            .arg(quoted(s), text(currency_->code()), QString::number(currency_->decimals())));
            return std::nullopt;
        }
        const DecimalParse parsed = parseScaledDecimal(s.toStdString(), currency_->decimals());
        if (!parsed.value) {
            error(path, ContractFileText::tr("%1 is too large").arg(quoted(s)));
            return std::nullopt;
        }
        return Money(*parsed.value, *currency_);
    }

    Money amount(const QJsonObject& o, const JsonPath& at, const char* key, bool required) {
        const auto v = value(o, at, key, required);
        if (!v) {
            return {};
        }
        return amountValue(*v, memberPath(at, key)).value_or(Money());
    }

    std::optional<Percent> percentValue(const QJsonValue& v, const JsonPath& path) {
        if (!v.isString()) {
            wrongType(path,
                      ContractFileText::tr(
                          "expected a percentage written as a decimal string (\"8.875\"), found %1"),
                      v);
            return std::nullopt;
        }
        const QString s = v.toString();
        const DecimalShape shape = shapeOf(s);
        if (!shape.wellFormed) {
            error(path,
                  ContractFileText::tr("expected a percentage such as \"8.875\", found %1").arg(quoted(s)));
            return std::nullopt;
        }
        if (shape.decimals > Percent::kPointDecimals) {
            error(path, ContractFileText::tr("%1 has more than %2 decimals")
                            .arg(quoted(s), QString::number(Percent::kPointDecimals)));
            return std::nullopt;
        }
        const auto p = Percent::parse(s.toStdString());
        if (!p) {
            error(path, ContractFileText::tr("%1 is too large").arg(quoted(s)));
        }
        return p;
    }

    std::optional<Percent> percent(const QJsonObject& o, const JsonPath& at, const char* key, bool required) {
        const auto v = value(o, at, key, required);
        if (!v) {
            return std::nullopt;
        }
        return percentValue(*v, memberPath(at, key));
    }

    /// Sets `target` from the percentage at `key` when it is there.
    void percentInto(const QJsonObject& o, const JsonPath& at, const char* key, Percent& target) {
        if (const auto p = percent(o, at, key, false)) {
            target = *p;
        }
    }

    template <typename E>
    std::optional<E> enumeration(const QJsonObject& o, const JsonPath& at, const char* key,
                                 std::string_view (*name)(E) noexcept,
                                 std::optional<E> (*fromString)(std::string_view) noexcept) {
        const auto v = value(o, at, key, false);
        if (!v) {
            return std::nullopt;
        }
        if (v->isString()) {
            if (const auto e = fromString(v->toString().toStdString())) {
                return e;
            }
        }
        QStringList allowed;
        for (const QString& n : enumNames<E>(name, fromString)) {
            allowed << quoted(n);
        }
        error(memberPath(at, key), ContractFileText::tr("expected one of %1, found %2")
                                       .arg(allowed.join(QStringLiteral(", ")), describeJson(*v)));
        return std::nullopt;
    }

    void list(const QJsonObject& o, const JsonPath& at, const char* key,
              const std::function<void(const QJsonObject&, const JsonPath&)>& each) {
        const auto v = value(o, at, key, false);
        if (!v) {
            return;
        }
        if (!v->isArray()) {
            wrongType(memberPath(at, key), ContractFileText::tr("expected an array, found %1"), *v);
            return;
        }
        const QJsonArray items = v->toArray();
        const JsonPath listPath = memberPath(at, key);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const JsonPath p = indexPath(listPath, i);
            if (!items[i].isObject()) {
                wrongType(p, ContractFileText::tr("expected an object, found %1"), items[i]);
                continue;
            }
            each(items[i].toObject(), p);
        }
    }

    void section(const QJsonObject& o, const JsonPath& at, const char* key,
                 const std::function<void(const QJsonObject&, const JsonPath&)>& read) {
        const auto v = value(o, at, key, false);
        if (!v) {
            return;
        }
        if (!v->isObject()) {
            wrongType(memberPath(at, key), ContractFileText::tr("expected an object, found %1"), *v);
            return;
        }
        read(v->toObject(), memberPath(at, key));
    }

    void attrition(const QJsonObject& s, const JsonPath& p, AttritionClause& a) {
        keys(s, p,
             {"enabled", "performanceLevel", "method", "overBlockCredit", "thresholdRounding",
              "damagesFactor", "rateBasis", "resaleCredit", "resaleOnlyAtOccupancy", "countOutsideBlock",
              "countBilledNoShows", "countWalked", "capAmount", "capRoomsAtNightBlock", "taxable",
              "taxRate"});
        a.enabled = flag(s, p, "enabled", a.enabled);
        percentInto(s, p, "performanceLevel", a.performanceLevel);
        if (const auto m =
                enumeration<AttritionMethod>(s, p, "method", toString, attritionMethodFromString)) {
            a.method = *m;
        }
        a.overBlockCredit = flag(s, p, "overBlockCredit", a.overBlockCredit);
        if (const auto r = enumeration<ThresholdRounding>(s, p, "thresholdRounding", toString,
                                                          thresholdRoundingFromString)) {
            a.thresholdRounding = *r;
        }
        percentInto(s, p, "damagesFactor", a.damagesFactor);
        if (const auto b = enumeration<RateBasis>(s, p, "rateBasis", toString, rateBasisFromString)) {
            a.rateBasis = *b;
        }
        if (const auto r = enumeration<ResaleCreditMethod>(s, p, "resaleCredit", toString,
                                                           resaleCreditMethodFromString)) {
            a.resaleCredit = *r;
        }
        if (const auto v = nullable(s, p, "resaleOnlyAtOccupancy")) {
            a.resaleOnlyAtOccupancy = percentValue(*v, memberPath(p, "resaleOnlyAtOccupancy"));
        }
        a.countOutsideBlock = flag(s, p, "countOutsideBlock", a.countOutsideBlock);
        a.countBilledNoShows = flag(s, p, "countBilledNoShows", a.countBilledNoShows);
        a.countWalked = flag(s, p, "countWalked", a.countWalked);
        if (const auto v = nullable(s, p, "capAmount")) {
            a.capAmount = amountValue(*v, memberPath(p, "capAmount"));
        }
        a.capRoomsAtNightBlock = flag(s, p, "capRoomsAtNightBlock", a.capRoomsAtNightBlock);
        a.taxable = flag(s, p, "taxable", a.taxable);
        percentInto(s, p, "taxRate", a.taxRate);
    }

    void settlement(const QJsonObject& s, const JsonPath& p, Settlement& out) {
        keys(s, p,
             {"assessed", "invoicedOn", "invoiceNumber", "payments", "waived", "waiverReason", "creditAmount",
              "creditContract"});
        if (const auto v = nullable(s, p, "assessed")) {
            out.assessed = amountValue(*v, memberPath(p, "assessed"));
        }
        out.invoicedOn = optionalDate(s, p, "invoicedOn");
        out.invoiceNumber = string(s, p, "invoiceNumber", false);
        list(s, p, "payments", [&](const QJsonObject& e, const JsonPath& ep) {
            keys(e, ep, {"received", "amount"});
            SettlementPayment payment;
            payment.received = date(e, ep, "received", true).value_or(Date());
            payment.amount = amount(e, ep, "amount", true);
            out.payments.push_back(payment);
        });
        out.waived = amount(s, p, "waived", false);
        out.waiverReason = string(s, p, "waiverReason", false);
        out.creditAmount = amount(s, p, "creditAmount", false);
        out.creditContract = string(s, p, "creditContract", false);
    }

    void foodBeverage(const QJsonObject& s, const JsonPath& p, FoodBeverageClause& f) {
        keys(s, p,
             {"minimum", "allowance", "actualSpend", "damagesFactor", "serviceChargeRate",
              "serviceChargeOnDamages", "taxRate", "taxOnDamages", "taxOnServiceCharge"});
        f.minimum = amount(s, p, "minimum", false);
        percentInto(s, p, "allowance", f.allowance);
        f.actualSpend = amount(s, p, "actualSpend", false);
        percentInto(s, p, "damagesFactor", f.damagesFactor);
        percentInto(s, p, "serviceChargeRate", f.serviceChargeRate);
        f.serviceChargeOnDamages = flag(s, p, "serviceChargeOnDamages", f.serviceChargeOnDamages);
        percentInto(s, p, "taxRate", f.taxRate);
        f.taxOnDamages = flag(s, p, "taxOnDamages", f.taxOnDamages);
        f.taxOnServiceCharge = flag(s, p, "taxOnServiceCharge", f.taxOnServiceCharge);
    }

    void meetingRoom(const QJsonObject& s, const JsonPath& p, MeetingRoomClause& m) {
        keys(s, p, {"rental", "scale", "policy", "taxable", "taxRate"});
        m.rental = amount(s, p, "rental", false);
        list(s, p, "scale", [&](const QJsonObject& e, const JsonPath& ep) {
            keys(e, ep, {"minPickup", "charged"});
            MeetingScaleBand band;
            band.minPickup = percent(e, ep, "minPickup", true).value_or(Percent());
            band.charged = percent(e, ep, "charged", true).value_or(Percent());
            m.scale.push_back(band);
        });
        if (const auto pol =
                enumeration<MeetingRoomPolicy>(s, p, "policy", toString, meetingRoomPolicyFromString)) {
            m.policy = *pol;
        }
        m.taxable = flag(s, p, "taxable", m.taxable);
        percentInto(s, p, "taxRate", m.taxRate);
    }

    void cancellation(const QJsonObject& s, const JsonPath& p, CancellationClause& k) {
        keys(s, p,
             {"tiers", "basis", "roundToWholeUnits", "creditResale", "taxable", "taxRate",
              "waiveOnForceMajeure"});
        list(s, p, "tiers", [&](const QJsonObject& e, const JsonPath& ep) {
            keys(e, ep,
                 {"minDays", "maxDays", "percent", "roomsPercent", "foodBeveragePercent",
                  "meetingRoomPercent"});
            CancellationTier t;
            t.minDays = count(e, ep, "minDays", true);
            if (const auto v = nullable(e, ep, "maxDays")) {
                t.maxDays = wholeNumber(*v, memberPath(ep, "maxDays"));
            }
            percentInto(e, ep, "percent", t.percent);
            percentInto(e, ep, "roomsPercent", t.roomsPercent);
            percentInto(e, ep, "foodBeveragePercent", t.foodBeveragePercent);
            percentInto(e, ep, "meetingRoomPercent", t.meetingRoomPercent);
            k.tiers.push_back(t);
        });
        if (const auto b =
                enumeration<CancellationBasis>(s, p, "basis", toString, cancellationBasisFromString)) {
            k.basis = *b;
        }
        k.roundToWholeUnits = flag(s, p, "roundToWholeUnits", k.roundToWholeUnits);
        k.creditResale = flag(s, p, "creditResale", k.creditResale);
        k.taxable = flag(s, p, "taxable", k.taxable);
        percentInto(s, p, "taxRate", k.taxRate);
        k.waiveOnForceMajeure = flag(s, p, "waiveOnForceMajeure", k.waiveOnForceMajeure);
    }

    PickupEntry pickupEntry(const QJsonObject& e, const JsonPath& p) {
        keys(e, p, {"night", "roomType", "rooms"});
        PickupEntry u;
        u.night = date(e, p, "night", true).value_or(Date());
        u.roomType = string(e, p, "roomType", true);
        u.rooms = count(e, p, "rooms", true);
        return u;
    }

    /// "unconfirmedDefaults": the paths of clause values that are still the program's defaults. Absent: none
    /// (every value is the contract's own).
    std::set<std::string> unconfirmedDefaults(const QJsonObject& o, const JsonPath& at) {
        std::set<std::string> paths;
        const auto v = value(o, at, "unconfirmedDefaults", false);
        if (!v) {
            return paths;
        }
        const JsonPath listPath = memberPath(at, "unconfirmedDefaults");
        if (!v->isArray()) {
            wrongType(listPath, ContractFileText::tr("expected an array, found %1"), *v);
            return paths;
        }
        const QJsonArray items = v->toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const JsonPath p = indexPath(listPath, i);
            if (!items[i].isString()) {
                wrongType(p, ContractFileText::tr("expected a string, found %1"), items[i]);
                continue;
            }
            const std::string path = items[i].toString().toStdString();
            if (!isProgramDefaultPath(path)) {
                QStringList allowed;
                for (std::string_view known : programDefaultPaths()) {
                    allowed << quoted(text(known));
                }
                //: %1 is what the file says; %2 the list of the values allowed.
                error(p, ContractFileText::tr("%1 is not a value the program fills in by default; expected "
                                              "one of %2")
                             .arg(quoted(items[i].toString()), allowed.join(QStringLiteral(", "))));
                continue;
            }
            if (!paths.insert(path).second) {
                error(p,
                      ContractFileText::tr("%1 is listed more than once").arg(quoted(items[i].toString())));
            }
        }
        return paths;
    }

    /// "pickupHistory": the pickup reports run on earlier days, one per report date.
    std::vector<PickupSnapshot> pickupHistory(const QJsonObject& o, const JsonPath& at) {
        std::vector<PickupSnapshot> history;
        std::map<Date, qsizetype> firstAt; // report date -> the index of the report first giving it
        list(o, at, "pickupHistory", [&](const QJsonObject& r, const JsonPath& p) {
            keys(r, p, {"reportDate", "pickup"});
            PickupSnapshot s;
            if (const std::optional<Date> day = date(r, p, "reportDate", true)) {
                s.reportDate = *day;
                const auto [first, added] = firstAt.emplace(*day, p.index());
                if (!added) {
                    //: %1 is a date; %2 the place in the file of the first report of that date.
                    error(
                        memberPath(p, "reportDate"),
                        ContractFileText::tr("a second pickup report of %1 (the first is %2); a day has one "
                                             "report")
                            .arg(QString::fromStdString(day->toIso()),
                                 indexPath(memberPath(at, "pickupHistory"), first->second).toString()));
                }
            }
            list(r, p, "pickup", [&](const QJsonObject& e, const JsonPath& ep) {
                s.entries.push_back(pickupEntry(e, ep));
                if (s.entries.back().rooms < 0) {
                    error(memberPath(ep, "rooms"), ContractFileText::tr("expected a room count of 0 or more, "
                                                                        "found %1")
                                                       .arg(s.entries.back().rooms));
                }
            });
            history.push_back(std::move(s));
        });
        return history;
    }

    std::vector<ReadError>& errors_;
    std::optional<Currency> currency_;
    std::vector<PickupSnapshot> history_;
};

/// Line and column (from 1) of a byte offset; the column counts characters, not bytes.
std::pair<int, int> lineAndColumn(const QByteArray& text, qsizetype offset) {
    int line = 1;
    qsizetype lineStart = 0;
    const qsizetype end = std::min(offset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const auto column = QString::fromUtf8(text.mid(lineStart, end - lineStart)).size() + 1;
    return {line, static_cast<int>(column)};
}

bool isCollection(const QJsonObject& root) {
    const QString format = root.value(QStringLiteral("format")).toString();
    return format == QLatin1String(kCollectionFormat) ||
           (format == QLatin1String(kContractFormat) && root.contains(QStringLiteral("contracts")));
}

/// Collections of at least this many contracts are read on two cores.
constexpr qsizetype kLargeCollection = 64;

/// Texts of at least this many bytes have their contracts parsed one by one, on two cores.
constexpr qsizetype kLargeText = 1 << 20;

/// Past this nesting, a text is parsed whole, so that Qt's limit of nesting applies as it would.
constexpr std::size_t kDeepestParsedApart = 512;

/// The items of a collection's "contracts": from the parsed list, or parsed one by one from their text.
class CollectionList {
public:
    explicit CollectionList(const QJsonArray& parsed)
        : parsed_(&parsed) {}
    CollectionList(const QByteArray& text, const std::vector<std::pair<qsizetype, qsizetype>>& objects)
        : text_(&text)
        , objects_(&objects) {}

    qsizetype size() const {
        return parsed_ != nullptr ? parsed_->size() : static_cast<qsizetype>(objects_->size());
    }

    /// Item `i`, or nothing when its text does not parse on its own.
    std::optional<QJsonValue> at(qsizetype i) const {
        if (parsed_ != nullptr) {
            return parsed_->at(i);
        }
        const auto [first, last] = (*objects_)[static_cast<std::size_t>(i)];
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(
            QByteArray::fromRawData(text_->constData() + first, last - first + 1), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            return std::nullopt;
        }
        return QJsonValue(doc.object());
    }

private:
    const QJsonArray* parsed_ = nullptr;
    const QByteArray* text_ = nullptr;
    const std::vector<std::pair<qsizetype, qsizetype>>* objects_ = nullptr;
};

/// What a run of a collection's contracts gave, besides the contracts themselves.
struct CollectionPart {
    std::vector<ReadError> errors;
    bool parsed = true; ///< false when an item's text did not parse on its own
};

/// Reads the contracts [from, to) of a collection's list into their places in `out` (sized already), each
/// published to `stream` (if any) once read without a problem.
void readContractsOf(const CollectionList& items, qsizetype from, qsizetype to, ReadResult& out,
                     CollectionPart& part, ContractStream* stream) {
    for (qsizetype i = from; i < to; ++i) {
        const QString path = indexPath(QStringLiteral("$.contracts"), i);
        const std::optional<QJsonValue> item = items.at(i);
        if (!item) {
            part.parsed = false;
            return;
        }
        if (!item->isObject()) {
            part.errors.push_back(
                {path,
                 ContractFileText::tr("expected a contract object, found %1").arg(describeJson(*item))});
            continue;
        }
        const std::size_t problems = part.errors.size();
        ContractReader reader(part.errors);
        if (auto c = reader.read(item->toObject(), path, true)) {
            const auto at = static_cast<std::size_t>(i);
            out.contracts[at] = std::move(*c);
            out.histories[at] = reader.takeHistory();
            out.paths[at] = path;
            if (stream != nullptr && part.errors.size() == problems) {
                stream->publish(at);
            }
        }
    }
}

/// Reads a collection. Its contracts are those of `root` or, when given, `apart` (the root's own list is
/// then empty), handed to `stream` (if any) as they are read. False when an item of `apart` did not parse
/// on its own: the text is then to be read whole.
bool readCollection(const QJsonObject& root, const CollectionList* apart, ReadResult& result,
                    ContractStream* stream = nullptr) {
    ContractReader top(result.errors);
    const QString at = QStringLiteral("$");
    const char* format = root.value(QStringLiteral("format")).toString() == QLatin1String(kContractFormat)
                             ? kContractFormat
                             : kCollectionFormat;
    if (!top.formatAndVersion(root, at, format, true)) {
        return true;
    }
    top.keys(root, at, {"format", "version", "contracts"});
    const QJsonValue list = root.value(QStringLiteral("contracts"));
    if (list.isUndefined()) {
        top.error(QStringLiteral("$.contracts"), ContractFileText::tr("missing required field"));
        return true;
    }
    if (!list.isArray()) {
        top.error(QStringLiteral("$.contracts"),
                  ContractFileText::tr("expected an array of contracts, found %1").arg(describeJson(list)));
        return true;
    }
    const QJsonArray parsed = list.toArray();
    const CollectionList whole(parsed);
    const CollectionList& items = apart != nullptr ? *apart : whole;
    const auto count = static_cast<std::size_t>(items.size());
    result.contracts.resize(count);
    result.histories.resize(count);
    result.paths.resize(count);
    if (apart == nullptr) {
        stream = nullptr;
    }
    if (stream != nullptr) {
        stream->begin(result.contracts, result.histories);
    }
    // A large collection is read in two halves, the second on another core; each half's problems are in the
    // order of the file, and the first half's come first.
    const qsizetype half = items.size() >= kLargeCollection ? items.size() / 2 : items.size();
    CollectionPart second;
    std::thread reading;
    if (half < items.size()) {
        reading = std::thread([&items, &result, &second, half, stream] {
            readContractsOf(items, half, items.size(), result, second, stream);
        });
    }
    CollectionPart first;
    readContractsOf(items, 0, half, result, first, stream);
    if (reading.joinable()) {
        reading.join();
    }
    if (first.parsed && second.parsed) {
        for (CollectionPart* part : {&first, &second}) {
            std::move(part->errors.begin(), part->errors.end(), std::back_inserter(result.errors));
        }
    }
    if (first.parsed && second.parsed && result.errors.empty()) {
        if (stream != nullptr) {
            stream->finish();
        }
        return true;
    }
    if (stream != nullptr) {
        stream->stop(); // waits until the contracts are no longer used
    }
    result.contracts.clear();
    result.histories.clear();
    result.paths.clear();
    return first.parsed && second.parsed;
}

bool isJsonSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// The list's text holds only its objects, separated by commas: with each object parsing on its own and the
/// rest of the text (the list left empty) parsing, the whole text parses.
bool onlyObjectsInList(const QByteArray& text, const detail::CollectionItems& items) {
    if (items.listStart < 0 || items.listEnd < items.listStart || items.objects.empty() ||
        !items.onlyObjects || items.deepest > kDeepestParsedApart) {
        return false;
    }
    qsizetype at = items.listStart + 1;
    const auto skipSpace = [&] {
        while (at < items.listEnd && isJsonSpace(text[at])) {
            ++at;
        }
    };
    for (std::size_t k = 0; k < items.objects.size(); ++k) {
        skipSpace();
        if (k > 0) {
            if (text[at] != ',') {
                return false;
            }
            ++at;
            skipSpace();
        }
        if (at != items.objects[k].first || items.objects[k].second < at) {
            return false;
        }
        at = items.objects[k].second + 1;
    }
    skipSpace();
    return at == items.listEnd;
}

/// Reads a large collection with its contracts parsed one by one on two cores, which takes less time and
/// memory than parsing it whole. False when the text is not a collection read so (not well-formed, or not
/// a collection of objects): it is then read whole, as any other, for the same result and messages.
bool readCollectionApart(const QByteArray& bytes, ReadResult& result, ContractStream* stream) {
    detail::CollectionItems items;
    if (detail::strictJsonProblem(bytes, &items) || !onlyObjectsInList(bytes, items)) {
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument rest =
        QJsonDocument::fromJson(bytes.left(items.listStart + 1) + bytes.mid(items.listEnd), &parseError);
    if (parseError.error != QJsonParseError::NoError || !rest.isObject() || !isCollection(rest.object())) {
        return false;
    }
    const CollectionList apart(bytes, items.objects);
    ReadResult read;
    if (!readCollection(rest.object(), &apart, read, stream)) {
        return false;
    }
    result = std::move(read);
    return true;
}

} // namespace

namespace {

ReadResult readContractsWith(const QByteArray& json, ContractStream* stream) {
    ReadResult result;
    QByteArray bytes = json;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3); // a UTF-8 byte order mark, as some editors write
    }
    // Only white space (without copying the text, as trimmed() would).
    if (std::all_of(bytes.cbegin(), bytes.cend(), [](char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
        })) {
        result.errors.push_back({QString(), ContractFileText::tr("the file is empty")});
        return result;
    }
    if (detail::looksLikeUtf16Or32(bytes)) {
        result.errors.push_back(
            {QString(), ContractFileText::tr("the file is UTF-16 or UTF-32 text; contract files are UTF-8: "
                                             "save it as UTF-8 and read it again")});
        return result;
    }
    if (bytes.size() >= kLargeText && readCollectionApart(bytes, result, stream)) {
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(bytes, parseError.offset);
        result.errors.push_back(
            {QString(), ContractFileText::tr("malformed JSON at line %1, column %2 (byte %3): %4")
                            .arg(line)
                            .arg(column)
                            .arg(parseError.offset)
                            .arg(parseError.errorString())});
        return result;
    }
    if (const std::optional<detail::StrictJsonProblem> strict = detail::strictJsonProblem(bytes)) {
        result.errors.push_back({strict->path, strict->message});
        return result;
    }
    if (!doc.isObject()) { // Qt reads only an object or an array at the top
        result.errors.push_back(
            {QStringLiteral("$"), ContractFileText::tr("expected a contract object, found an array")});
        return result;
    }
    const QJsonObject root = doc.object();
    if (isCollection(root)) {
        readCollection(root, nullptr, result);
        return result;
    }
    ContractReader reader(result.errors);
    if (auto c = reader.read(root, QStringLiteral("$"), false)) {
        result.contracts.push_back(std::move(*c));
        result.histories.push_back(reader.takeHistory());
        result.paths.push_back(QStringLiteral("$"));
    }
    return result;
}

} // namespace

ReadResult readContracts(const QByteArray& json) {
    return readContractsWith(json, nullptr);
}

ReadResult readContract(const QByteArray& json) {
    ReadResult result = readContracts(json);
    if (result.ok() && result.contracts.size() != 1) {
        result.errors.push_back(
            {QStringLiteral("$.contracts"),
             ContractFileText::tr("expected one contract, found %1").arg(result.contracts.size())});
        result.contracts.clear();
        result.histories.clear();
        result.paths.clear();
    }
    return result;
}

ReadResult readContractFile(const QString& fileName, ContractStream* stream) {
    ReadResult result;
    const QFileInfo info(fileName);
    if (!info.exists()) {
        result.errors.push_back({QString(), ContractFileText::tr("no such file")});
        return result;
    }
    if (info.isDir()) {
        result.errors.push_back({QString(), ContractFileText::tr("is a folder, not a contract file")});
        return result;
    }
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors.push_back(
            {QString(), ContractFileText::tr("cannot be read: %1").arg(file.errorString())});
        return result;
    }
    // Read whole rather than mapped: a file another program cuts short while it is read gives a message,
    // where a mapped one would end the program.
    return readContractsWith(file.readAll(), stream);
}

QString jsonPathOf(const std::string& field, const QString& root) {
    if (field.empty()) {
        return root;
    }
    const QString f = QString::fromStdString(field);
    return f.startsWith(QLatin1Char('[')) ? root + f : root + QLatin1Char('.') + f;
}

std::vector<ReadError> validationErrors(const Contract& contract, const QString& root) {
    std::vector<ReadError> out;
    for (const ValidationIssue& issue : validate(contract)) {
        out.push_back({jsonPathOf(issue.field, root), QString::fromStdString(renderEnglish(issue.message))});
    }
    return out;
}

// --- ContractStream ---------------------------------------------------------------------------------------

ContractStream::Item ContractStream::next() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] {
        return stopped_ || (contracts_ != nullptr && taken_ < ready_.size() && ready_[taken_] != 0) ||
               (finished_ && taken_ >= ready_.size());
    });
    if (stopped_ || taken_ >= ready_.size()) {
        released_ = true;
        lock.unlock();
        changed_.notify_all();
        return {};
    }
    const std::size_t at = taken_++;
    return Item{contracts_ + at, histories_ + at};
}

bool ContractStream::complete() const {
    const std::lock_guard lock(mutex_);
    return finished_ && !stopped_ && taken_ >= ready_.size();
}

std::size_t ContractStream::count() const {
    const std::lock_guard lock(mutex_);
    return ready_.size();
}

void ContractStream::release() {
    {
        const std::lock_guard lock(mutex_);
        released_ = true;
    }
    changed_.notify_all();
}

void ContractStream::begin(const std::vector<Contract>& contracts,
                           const std::vector<std::vector<PickupSnapshot>>& histories) {
    {
        const std::lock_guard lock(mutex_);
        contracts_ = contracts.data();
        histories_ = histories.data();
        ready_.assign(contracts.size(), 0);
    }
    changed_.notify_all();
}

void ContractStream::publish(std::size_t index) {
    {
        const std::lock_guard lock(mutex_);
        ready_[index] = 1;
        if (index != taken_) {
            return; // the taker waits for another
        }
    }
    changed_.notify_all();
}

void ContractStream::finish() {
    {
        const std::lock_guard lock(mutex_);
        finished_ = true;
    }
    changed_.notify_all();
}

void ContractStream::stop() {
    std::unique_lock lock(mutex_);
    stopped_ = true;
    changed_.notify_all();
    changed_.wait(lock, [this] { return released_; });
}

void ContractStream::close() {
    {
        const std::lock_guard lock(mutex_);
        if (!finished_) {
            stopped_ = true;
        }
    }
    changed_.notify_all();
}

} // namespace attrition::io
