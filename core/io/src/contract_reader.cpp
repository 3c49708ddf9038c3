#include "attrition/domain/fixed_point.h"
#include "attrition/io/contract_json.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>
#include <functional>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace attrition::io {

namespace {

QString quoted(const QString& text) {
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString describeJson(const QJsonValue& v) {
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    case QJsonValue::String:
        return quoted(v.toString());
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

/// Reads one contract object, collecting every problem with its JSON path.
class ContractReader {
public:
    ContractReader(std::vector<ReadError>& errors, QString root)
        : errors_(errors)
        , root_(std::move(root)) {}

    std::optional<Contract> read(const QJsonObject& o, bool inCollection) {
        const std::size_t before = errors_.size();
        Contract c;
        const QString at = root_;
        keys(o, at, {"format",         "version",      "reference",
                     "groupName",      "account",      "hotel",
                     "salesManager",   "status",       "currency",
                     "signedOn",       "arrival",      "departure",
                     "cutoff",         "rounding",     "block",
                     "reviewSchedule", "reductions",   "pickup",
                     "auditCredits",   "resale",       "occupancy",
                     "attrition",      "foodBeverage", "meetingRoom",
                     "comps",          "cancellation", "cancellationNotice",
                     "forceMajeure",   "deposits",     "notes"});
        if (!inCollection || o.contains(QStringLiteral("format"))) {
            if (!formatAndVersion(o, at, kContractFormat, !inCollection)) {
                return std::nullopt;
            }
        }
        c.reference = text(o, at, "reference", true);
        c.groupName = text(o, at, "groupName", false);
        c.account = text(o, at, "account", false);
        c.hotel = text(o, at, "hotel", false);
        c.salesManager = text(o, at, "salesManager", false);
        if (const auto s = enumeration<ContractStatus>(
                o, at, "status", contractStatusFromString,
                {"prospect", "tentative", "definite", "cancelled", "actualized"})) {
            c.status = *s;
        }
        currency_ = currency(o, at);
        if (currency_) {
            c.currency = *currency_;
        }
        c.signedOn = date(o, at, "signedOn", true).value_or(Date());
        c.arrival = date(o, at, "arrival", true).value_or(Date());
        c.departure = date(o, at, "departure", true).value_or(Date());
        c.cutoff = date(o, at, "cutoff", false);
        if (const auto r = enumeration<RoundingMode>(
                o, at, "rounding", roundingModeFromString,
                {"half-up", "half-even", "half-down", "up", "down", "ceiling", "floor"})) {
            c.rounding = *r;
        }

        list(o, at, "block", [&](const QJsonObject& e, const QString& p) {
            keys(e, p, {"night", "roomType", "rooms", "rate"});
            c.block.push_back({date(e, p, "night", true).value_or(Date()), text(e, p, "roomType", true),
                               count(e, p, "rooms", true), amount(e, p, "rate", true)});
        });
        list(o, at, "reviewSchedule", [&](const QJsonObject& e, const QString& p) {
            keys(e, p, {"deadline", "maxReduction"});
            c.reviewSchedule.push_back(
                {date(e, p, "deadline", true).value_or(Date()), percent(e, p, "maxReduction", true)});
        });
        list(o, at, "reductions", [&](const QJsonObject& e, const QString& p) {
            keys(e, p, {"recorded", "night", "roomType", "rooms"});
            c.reductions.push_back({date(e, p, "recorded", true).value_or(Date()),
                                    date(e, p, "night", true).value_or(Date()), text(e, p, "roomType", true),
                                    count(e, p, "rooms", true)});
        });
        list(o, at, "pickup", [&](const QJsonObject& e, const QString& p) {
            keys(e, p, {"night", "roomType", "rooms"});
            c.pickup.push_back({date(e, p, "night", true).value_or(Date()), text(e, p, "roomType", true),
                                count(e, p, "rooms", true)});
        });
        list(o, at, "auditCredits", [&](const QJsonObject& e, const QString& p) {
            keys(e, p, {"night", "outsideBlock", "billedNoShows", "walked"});
            c.auditCredits.push_back({date(e, p, "night", true).value_or(Date()),
                                      count(e, p, "outsideBlock", false), count(e, p, "billedNoShows", false),
                                      count(e, p, "walked", false)});
        });
        list(o, at, "resale", [&](const QJsonObject& e, const QString& p) {
            keys(e, p, {"night", "roomNights", "rate"});
            c.resale.push_back({date(e, p, "night", true).value_or(Date()), count(e, p, "roomNights", true),
                                amount(e, p, "rate", true)});
        });
        list(o, at, "occupancy", [&](const QJsonObject& e, const QString& p) {
            keys(e, p, {"night", "occupancy"});
            c.occupancy.push_back(
                {date(e, p, "night", true).value_or(Date()), percent(e, p, "occupancy", true)});
        });
        section(o, at, "attrition",
                [&](const QJsonObject& s, const QString& p) { attrition(s, p, c.attrition); });
        section(o, at, "foodBeverage",
                [&](const QJsonObject& s, const QString& p) { foodBeverage(s, p, c.foodBeverage); });
        section(o, at, "meetingRoom",
                [&](const QJsonObject& s, const QString& p) { meetingRoom(s, p, c.meetingRoom); });
        section(o, at, "comps", [&](const QJsonObject& s, const QString& p) {
            keys(s, p, {"perRoomNights", "perNight", "countTowardPickup"});
            c.comps.perRoomNights = count(s, p, "perRoomNights", false);
            c.comps.perNight = flag(s, p, "perNight", false);
            c.comps.countTowardPickup = flag(s, p, "countTowardPickup", false);
        });
        section(o, at, "cancellation",
                [&](const QJsonObject& s, const QString& p) { cancellation(s, p, c.cancellation); });
        c.cancellationNotice = date(o, at, "cancellationNotice", false);
        c.forceMajeure = flag(o, at, "forceMajeure", false);
        list(o, at, "deposits", [&](const QJsonObject& e, const QString& p) {
            keys(e, p, {"received", "amount", "note"});
            c.deposits.push_back({date(e, p, "received", true).value_or(Date()), amount(e, p, "amount", true),
                                  text(e, p, "note", false)});
        });
        c.notes = text(o, at, "notes", false);

        if (errors_.size() != before) {
            return std::nullopt;
        }
        return c;
    }

    /// Checks "format" and "version"; false (with an error) if the file cannot be read any further.
    bool formatAndVersion(const QJsonObject& o, const QString& at, const char* expected, bool required) {
        const QJsonValue format = o.value(QStringLiteral("format"));
        if (format.isUndefined()) {
            if (required) {
                error(at, QStringLiteral("missing \"format\": this is not an Attrition Desk contract file"));
                return false;
            }
        } else if (format.toString() != QLatin1String(expected)) {
            error(at + QStringLiteral(".format"), QStringLiteral("expected \"%1\", found %2")
                                                      .arg(QLatin1String(expected), describeJson(format)));
            return false;
        }
        const QJsonValue version = o.value(QStringLiteral("version"));
        if (version.isUndefined()) {
            if (required) {
                error(at, QStringLiteral("missing \"version\""));
                return false;
            }
            return true;
        }
        if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) ||
            version.toDouble() < 1) {
            error(at + QStringLiteral(".version"),
                  QStringLiteral("expected a format version number, found %1").arg(describeJson(version)));
            return false;
        }
        if (version.toDouble() > kFormatVersion) {
            error(at + QStringLiteral(".version"),
                  QStringLiteral("format version %1 is newer than this program supports (%2)")
                      .arg(version.toInteger())
                      .arg(kFormatVersion));
            return false;
        }
        return true;
    }

    void error(const QString& path, const QString& message) { errors_.push_back({path, message}); }

private:
    static QString member(const QString& at, const char* key) {
        return at + QLatin1Char('.') + QLatin1String(key);
    }

    void keys(const QJsonObject& o, const QString& at, std::initializer_list<const char*> allowed) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool known = false;
            for (const char* k : allowed) {
                known = known || it.key() == QLatin1String(k);
            }
            if (!known) {
                error(at + QLatin1Char('.') + it.key(), QStringLiteral("unknown field \"%1\"").arg(it.key()));
            }
        }
    }

    /// The value of `key`, or nothing (with an error when required and missing, or when null).
    std::optional<QJsonValue> value(const QJsonObject& o, const QString& at, const char* key, bool required) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required) {
                error(member(at, key), QStringLiteral("missing required field"));
            }
            return std::nullopt;
        }
        return v;
    }

    void wrongType(const QString& path, const char* expected, const QJsonValue& found) {
        error(path,
              QStringLiteral("expected %1, found %2").arg(QLatin1String(expected), describeJson(found)));
    }

    std::string text(const QJsonObject& o, const QString& at, const char* key, bool required) {
        const auto v = value(o, at, key, required);
        if (!v) {
            return {};
        }
        if (!v->isString()) {
            wrongType(member(at, key), "a string", *v);
            return {};
        }
        return v->toString().toStdString();
    }

    bool flag(const QJsonObject& o, const QString& at, const char* key, bool fallback) {
        const auto v = value(o, at, key, false);
        if (!v) {
            return fallback;
        }
        if (!v->isBool()) {
            wrongType(member(at, key), "true or false", *v);
            return fallback;
        }
        return v->toBool();
    }

    std::int32_t count(const QJsonObject& o, const QString& at, const char* key, bool required) {
        const auto v = value(o, at, key, required);
        if (!v) {
            return 0;
        }
        const double d = v->toDouble();
        if (!v->isDouble() || d != std::floor(d)) {
            wrongType(member(at, key), "a whole number", *v);
            return 0;
        }
        if (d > std::numeric_limits<std::int32_t>::max() || d < std::numeric_limits<std::int32_t>::min()) {
            error(member(at, key), QStringLiteral("%1 is out of range").arg(describeJson(*v)));
            return 0;
        }
        return static_cast<std::int32_t>(d);
    }

    std::optional<Date> date(const QJsonObject& o, const QString& at, const char* key, bool required) {
        const auto v = value(o, at, key, required);
        if (!v) {
            return std::nullopt;
        }
        if (!v->isString()) {
            wrongType(member(at, key), "a date written YYYY-MM-DD", *v);
            return std::nullopt;
        }
        const std::string s = v->toString().toStdString();
        if (const auto d = Date::parseIso(s)) {
            return d;
        }
        const bool shaped = s.size() == 10 && s[4] == '-' && s[7] == '-';
        error(
            member(at, key),
            shaped
                ? QStringLiteral("%1 is not a date in the calendar").arg(quoted(v->toString()))
                : QStringLiteral("expected a date written YYYY-MM-DD, found %1").arg(quoted(v->toString())));
        return std::nullopt;
    }

    std::optional<Currency> currency(const QJsonObject& o, const QString& at) {
        const auto v = value(o, at, "currency", true);
        if (!v) {
            return std::nullopt;
        }
        if (!v->isString()) {
            wrongType(member(at, "currency"), "an ISO 4217 currency code", *v);
            return std::nullopt;
        }
        const auto cur = Currency::fromCode(v->toString().toStdString());
        if (!cur) {
            error(member(at, "currency"),
                  QStringLiteral("%1 is not a known ISO 4217 currency code").arg(quoted(v->toString())));
        }
        return cur;
    }

    Money amount(const QJsonObject& o, const QString& at, const char* key, bool required) {
        const auto v = value(o, at, key, required);
        if (!v) {
            return {};
        }
        if (v->isDouble()) {
            error(member(at, key),
                  QStringLiteral("amounts are written as decimal strings (\"189.00\"), not as JSON "
                                 "numbers; found %1")
                      .arg(describeJson(*v)));
            return {};
        }
        if (!v->isString()) {
            wrongType(member(at, key), "an amount written as a decimal string", *v);
            return {};
        }
        if (!currency_) {
            return {}; // the currency's own error says why amounts cannot be read
        }
        const DecimalParse parsed = parseScaledDecimal(v->toString().toStdString(), currency_->decimals());
        if (!parsed.value) {
            QString why;
            switch (parsed.error) {
            case DecimalError::TooManyDecimals:
                why = QStringLiteral("%1 has more decimals than %2 allows (%3)")
                          .arg(quoted(v->toString()), QString::fromLatin1(currency_->code().data(), 3))
                          .arg(currency_->decimals());
                break;
            case DecimalError::OutOfRange:
                why = QStringLiteral("%1 is too large").arg(quoted(v->toString()));
                break;
            case DecimalError::Empty:
            case DecimalError::Malformed:
                why = QStringLiteral("expected an amount such as \"1234.50\", found %1")
                          .arg(quoted(v->toString()));
                break;
            }
            error(member(at, key), why);
            return {};
        }
        return {*parsed.value, *currency_};
    }

    Percent percent(const QJsonObject& o, const QString& at, const char* key, bool required) {
        const auto v = value(o, at, key, required);
        if (!v) {
            return {};
        }
        if (!v->isString()) {
            wrongType(member(at, key), "a percentage written as a decimal string (\"8.875\")", *v);
            return {};
        }
        const auto p = Percent::parse(v->toString().toStdString());
        if (!p) {
            error(member(at, key),
                  QStringLiteral("expected a percentage with at most 4 decimals such as \"8.875\", found %1")
                      .arg(quoted(v->toString())));
            return {};
        }
        return *p;
    }

    std::optional<Percent> optionalPercent(const QJsonObject& o, const QString& at, const char* key) {
        if (!o.contains(QLatin1String(key)) || o.value(QLatin1String(key)).isNull()) {
            return std::nullopt;
        }
        return percent(o, at, key, true);
    }

    template <typename E>
    std::optional<E> enumeration(const QJsonObject& o, const QString& at, const char* key,
                                 std::optional<E> (*fromString)(std::string_view) noexcept,
                                 std::initializer_list<const char*> names) {
        const auto v = value(o, at, key, false);
        if (!v) {
            return std::nullopt;
        }
        QStringList allowed;
        for (const char* n : names) {
            allowed << quoted(QLatin1String(n));
        }
        if (v->isString()) {
            if (const auto e = fromString(v->toString().toStdString())) {
                return e;
            }
        }
        error(member(at, key), QStringLiteral("expected one of %1, found %2")
                                   .arg(allowed.join(QStringLiteral(", ")), describeJson(*v)));
        return std::nullopt;
    }

    void list(const QJsonObject& o, const QString& at, const char* key,
              const std::function<void(const QJsonObject&, const QString&)>& each) {
        const auto v = value(o, at, key, false);
        if (!v) {
            return;
        }
        if (!v->isArray()) {
            wrongType(member(at, key), "an array", *v);
            return;
        }
        const QJsonArray items = v->toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString p = member(at, key) + QStringLiteral("[%1]").arg(i);
            if (!items[i].isObject()) {
                wrongType(p, "an object", items[i]);
                continue;
            }
            each(items[i].toObject(), p);
        }
    }

    void section(const QJsonObject& o, const QString& at, const char* key,
                 const std::function<void(const QJsonObject&, const QString&)>& read) {
        const auto v = value(o, at, key, false);
        if (!v) {
            return;
        }
        if (!v->isObject()) {
            wrongType(member(at, key), "an object", *v);
            return;
        }
        read(v->toObject(), member(at, key));
    }

    void attrition(const QJsonObject& s, const QString& p, AttritionClause& a) {
        keys(s, p,
             {"enabled", "performanceLevel", "method", "overBlockCredit", "thresholdRounding",
              "damagesFactor", "rateBasis", "resaleCredit", "resaleOnlyAtOccupancy", "countOutsideBlock",
              "countBilledNoShows", "countWalked", "capAmount", "capRoomsAtNightBlock", "taxable",
              "taxRate"});
        a.enabled = flag(s, p, "enabled", a.enabled);
        if (s.contains(QStringLiteral("performanceLevel"))) {
            a.performanceLevel = percent(s, p, "performanceLevel", true);
        }
        if (const auto m = enumeration<AttritionMethod>(s, p, "method", attritionMethodFromString,
                                                        {"cumulative", "night-by-night"})) {
            a.method = *m;
        }
        a.overBlockCredit = flag(s, p, "overBlockCredit", a.overBlockCredit);
        if (const auto r = enumeration<ThresholdRounding>(
                s, p, "thresholdRounding", thresholdRoundingFromString, {"exact", "up", "down"})) {
            a.thresholdRounding = *r;
        }
        if (s.contains(QStringLiteral("damagesFactor"))) {
            a.damagesFactor = percent(s, p, "damagesFactor", true);
        }
        if (const auto b =
                enumeration<RateBasis>(s, p, "rateBasis", rateBasisFromString, {"per-night", "average"})) {
            a.rateBasis = *b;
        }
        if (const auto r = enumeration<ResaleCreditMethod>(s, p, "resaleCredit", resaleCreditMethodFromString,
                                                           {"none", "by-count", "by-revenue"})) {
            a.resaleCredit = *r;
        }
        a.resaleOnlyAtOccupancy = optionalPercent(s, p, "resaleOnlyAtOccupancy");
        a.countOutsideBlock = flag(s, p, "countOutsideBlock", a.countOutsideBlock);
        a.countBilledNoShows = flag(s, p, "countBilledNoShows", a.countBilledNoShows);
        a.countWalked = flag(s, p, "countWalked", a.countWalked);
        if (s.contains(QStringLiteral("capAmount")) && !s.value(QStringLiteral("capAmount")).isNull()) {
            a.capAmount = amount(s, p, "capAmount", true);
        }
        a.capRoomsAtNightBlock = flag(s, p, "capRoomsAtNightBlock", a.capRoomsAtNightBlock);
        a.taxable = flag(s, p, "taxable", a.taxable);
        a.taxRate = percent(s, p, "taxRate", false);
    }

    void foodBeverage(const QJsonObject& s, const QString& p, FoodBeverageClause& f) {
        keys(s, p,
             {"minimum", "allowance", "actualSpend", "damagesFactor", "serviceChargeRate",
              "serviceChargeOnDamages", "taxRate", "taxOnDamages", "taxOnServiceCharge"});
        f.minimum = amount(s, p, "minimum", false);
        f.allowance = percent(s, p, "allowance", false);
        f.actualSpend = amount(s, p, "actualSpend", false);
        if (s.contains(QStringLiteral("damagesFactor"))) {
            f.damagesFactor = percent(s, p, "damagesFactor", true);
        }
        f.serviceChargeRate = percent(s, p, "serviceChargeRate", false);
        f.serviceChargeOnDamages = flag(s, p, "serviceChargeOnDamages", false);
        f.taxRate = percent(s, p, "taxRate", false);
        f.taxOnDamages = flag(s, p, "taxOnDamages", false);
        f.taxOnServiceCharge = flag(s, p, "taxOnServiceCharge", false);
    }

    void meetingRoom(const QJsonObject& s, const QString& p, MeetingRoomClause& m) {
        keys(s, p, {"rental", "scale", "policy", "taxable", "taxRate"});
        m.rental = amount(s, p, "rental", false);
        list(s, p, "scale", [&](const QJsonObject& e, const QString& ep) {
            keys(e, ep, {"minPickup", "charged"});
            m.scale.push_back({percent(e, ep, "minPickup", true), percent(e, ep, "charged", true)});
        });
        if (const auto pol = enumeration<MeetingRoomPolicy>(
                s, p, "policy", meetingRoomPolicyFromString,
                {"with-attrition", "greater-of-the-two", "instead-of-attrition"})) {
            m.policy = *pol;
        }
        m.taxable = flag(s, p, "taxable", false);
        m.taxRate = percent(s, p, "taxRate", false);
    }

    void cancellation(const QJsonObject& s, const QString& p, CancellationClause& k) {
        keys(s, p,
             {"tiers", "basis", "roundToWholeUnits", "creditResale", "taxable", "taxRate",
              "waiveOnForceMajeure"});
        list(s, p, "tiers", [&](const QJsonObject& e, const QString& ep) {
            keys(e, ep,
                 {"minDays", "maxDays", "percent", "roomsPercent", "foodBeveragePercent",
                  "meetingRoomPercent"});
            CancellationTier t;
            t.minDays = count(e, ep, "minDays", true);
            if (e.contains(QStringLiteral("maxDays")) && !e.value(QStringLiteral("maxDays")).isNull()) {
                t.maxDays = count(e, ep, "maxDays", true);
            }
            t.percent = percent(e, ep, "percent", false);
            t.roomsPercent = percent(e, ep, "roomsPercent", false);
            t.foodBeveragePercent = percent(e, ep, "foodBeveragePercent", false);
            t.meetingRoomPercent = percent(e, ep, "meetingRoomPercent", false);
            k.tiers.push_back(t);
        });
        if (const auto b =
                enumeration<CancellationBasis>(s, p, "basis", cancellationBasisFromString,
                                               {"room-revenue", "total-revenue", "per-component"})) {
            k.basis = *b;
        }
        k.roundToWholeUnits = flag(s, p, "roundToWholeUnits", false);
        k.creditResale = flag(s, p, "creditResale", false);
        k.taxable = flag(s, p, "taxable", false);
        k.taxRate = percent(s, p, "taxRate", false);
        k.waiveOnForceMajeure = flag(s, p, "waiveOnForceMajeure", k.waiveOnForceMajeure);
    }

    std::vector<ReadError>& errors_;
    QString root_;
    std::optional<Currency> currency_;
};

/// Line and column (from 1) of a byte offset.
std::pair<int, int> lineAndColumn(const QByteArray& text, qsizetype offset) {
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

} // namespace

ReadResult readContracts(const QByteArray& json) {
    ReadResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        result.errors.push_back({QString(), QStringLiteral("malformed JSON at line %1, column %2: %3")
                                                .arg(line)
                                                .arg(column)
                                                .arg(parseError.errorString())});
        return result;
    }
    if (!doc.isObject()) {
        result.errors.push_back({QStringLiteral("$"), QStringLiteral("expected a contract object")});
        return result;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() == QLatin1String(kCollectionFormat)) {
        ContractReader top(result.errors, QStringLiteral("$"));
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (it.key() != QLatin1String("format") && it.key() != QLatin1String("version") &&
                it.key() != QLatin1String("contracts")) {
                top.error(QStringLiteral("$.") + it.key(),
                          QStringLiteral("unknown field \"%1\"").arg(it.key()));
            }
        }
        if (!top.formatAndVersion(root, QStringLiteral("$"), kCollectionFormat, true)) {
            return result;
        }
        const QJsonValue list = root.value(QStringLiteral("contracts"));
        if (!list.isArray()) {
            top.error(QStringLiteral("$.contracts"), QStringLiteral("expected an array of contracts"));
            return result;
        }
        const QJsonArray items = list.toArray();
        std::vector<Contract> contracts;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString at = QStringLiteral("$.contracts[%1]").arg(i);
            if (!items[i].isObject()) {
                top.error(at, QStringLiteral("expected a contract object"));
                continue;
            }
            ContractReader reader(result.errors, at);
            if (auto c = reader.read(items[i].toObject(), true)) {
                contracts.push_back(std::move(*c));
            }
        }
        if (result.errors.empty()) {
            result.contracts = std::move(contracts);
        }
        return result;
    }
    ContractReader reader(result.errors, QStringLiteral("$"));
    if (auto c = reader.read(root, false)) {
        result.contracts.push_back(std::move(*c));
    }
    return result;
}

ReadResult readContractFile(const QString& fileName) {
    QFile file(fileName);
    if (!QFileInfo::exists(fileName)) {
        return {{}, {{QString(), QStringLiteral("%1: no such file").arg(fileName)}}};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return {{},
                {{QString(), QStringLiteral("%1: cannot be read: %2").arg(fileName, file.errorString())}}};
    }
    return readContracts(file.readAll());
}

QString jsonPathOf(const std::string& field) {
    return QStringLiteral("$.") + QString::fromStdString(field);
}

} // namespace attrition::io
