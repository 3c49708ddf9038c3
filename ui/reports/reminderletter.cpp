// The pickup reminder: a one-page letter to the client on where the group's room block stands.

#include "attrition/engine/engine.h"
#include "reports/contractterms.h"
#include "reports/reportbuilder.h"
#include "text/values.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>

namespace attrition::ui {

namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

using Row = ReportBuilder::Row;
using RowStyle = ReportBuilder::RowStyle;

/// How densely the letter is set, from the first tried to the last: the first that fits one page is kept.
struct Density {
    bool perNight;
    double scale;
};
constexpr std::array<Density, 6> kDensities{{
    {true, 1.0},
    {true, 0.92},
    {false, 0.92},
    {true, 0.85},
    {false, 0.85},
    {false, 0.76},
}};

/// A row per night up to this many nights; a longer stay is summarised by room type.
constexpr std::int32_t kNightRows = 10;

/// Rooms of a forecast night, in whole rooms as the engine assesses them (half up, never negative).
std::int64_t wholeRooms(double rooms) {
    return rooms > 0 ? static_cast<std::int64_t>(std::floor(rooms + 0.5)) : 0;
}

std::int64_t blockRoomNights(const Contract& c) {
    std::int64_t n = 0;
    for (const BlockEntry& e : c.block) {
        n += e.rooms;
    }
    return n;
}

std::int64_t pickedUpRoomNights(const Contract& c) {
    std::int64_t n = 0;
    for (const PickupEntry& p : c.pickup) {
        n += p.rooms;
    }
    return n;
}

/// The share `part` is of `whole`, to whole points (half up): "82%".
QString shareText(std::int64_t part, std::int64_t whole) {
    if (whole <= 0) {
        return QStringLiteral("\u2014");
    }
    // Parts per million, half up: exact for any room count.
    const std::int64_t ppm = (part * 2'000'000 + whole) / (whole * 2);
    return formatPercentRounded(Percent::fromPartsPerMillion(ppm), 0);
}

QString nightsText(Date first, Date last) {
    return first == last ? formatNight(first)
                         : QStringLiteral("%1 \u2013 %2").arg(formatNight(first), formatNight(last));
}

/// The block against the rooms reserved: a row per night, or per room type for a long stay.
void pickupTable(ReportBuilder& b, const Contract& c, bool perNight) {
    std::vector<Row> rows;
    if (perNight && c.nightCount() <= kNightRows) {
        std::map<Date, std::pair<std::int64_t, std::int64_t>> nights;
        for (const BlockEntry& e : c.block) {
            nights[e.night].first += e.rooms;
        }
        for (const PickupEntry& p : c.pickup) {
            nights[p.night].second += p.rooms;
        }
        for (const auto& [night, n] : nights) {
            rows.push_back(Row{{formatNight(night), formatCount(n.first), formatCount(n.second),
                                shareText(n.second, n.first)}});
        }
        rows.push_back(
            Row{{Texts::tr("Room nights"), formatCount(blockRoomNights(c)),
                 formatCount(pickedUpRoomNights(c)), shareText(pickedUpRoomNights(c), blockRoomNights(c))},
                RowStyle::Total});
        b.table({Texts::tr("Night"), Texts::tr("Rooms in the block"), Texts::tr("Rooms reserved"),
                 Texts::tr("Share reserved")},
                rows, {34, 22, 22, 22}, {1, 2, 3});
        return;
    }
    struct PerType {
        std::optional<Date> first;
        std::optional<Date> last;
        std::int64_t block = 0;
        std::int64_t reserved = 0;
    };
    std::map<std::string, PerType> types;
    for (const BlockEntry& e : c.block) {
        PerType& t = types[e.roomType];
        t.first = t.first ? std::min(*t.first, e.night) : e.night;
        t.last = t.last ? std::max(*t.last, e.night) : e.night;
        t.block += e.rooms;
    }
    for (const PickupEntry& p : c.pickup) {
        types[p.roomType].reserved += p.rooms;
    }
    for (const std::string& type : blockRoomTypes(c)) {
        const PerType& t = types[type];
        rows.push_back(Row{{text(type), nightsText(*t.first, *t.last), formatCount(t.block),
                            formatCount(t.reserved), shareText(t.reserved, t.block)}});
    }
    rows.push_back(
        Row{{Texts::tr("Total"), QString(), formatCount(blockRoomNights(c)),
             formatCount(pickedUpRoomNights(c)), shareText(pickedUpRoomNights(c), blockRoomNights(c))},
            RowStyle::Total});
    b.table({Texts::tr("Room type"), Texts::tr("Nights"), Texts::tr("Room nights in the block"),
             Texts::tr("Room nights reserved"), Texts::tr("Share reserved")},
            rows, {24, 30, 16, 16, 14}, {2, 3, 4});
}

/// The next review date on or after `today`, if any.
std::optional<ReviewStep> nextReview(const Contract& c, Date today) {
    std::optional<ReviewStep> next;
    for (const ReviewStep& step : c.reviewSchedule) {
        if (!(step.deadline < today) && (!next || step.deadline < next->deadline)) {
            next = step;
        }
    }
    return next;
}

QString longDate(Date d) {
    return QLocale().toString(toQDate(d), QLocale::LongFormat);
}

std::unique_ptr<Report> buildLetter(const Contract& c, const Outlook& outlook, const ReportOptions& options,
                                    Density density) {
    const QString title = Texts::tr("Pickup reminder");
    ReportBuilder b(title, contractSubject(c), options, text(c.hotel));
    b.setScale(density.scale);
    const QString hotel =
        options.letterhead.hotel.trimmed().isEmpty() ? text(c.hotel) : options.letterhead.hotel.trimmed();
    const QString group = c.groupName.empty() ? text(c.reference) : text(c.groupName);
    b.titleBlock(title, group, stayText(c));
    const std::optional<Date> today = fromQDate(options.madeOn);

    // Date and addressee, as a letter sets them.
    b.lines({QLocale().toString(options.madeOn, QLocale::LongFormat)}, Qt::AlignRight);
    QStringList to;
    if (!c.account.empty()) {
        to << text(c.account);
    }
    //: The letter's subject line: "Re: Smith & Sons reunion, reference SMI-2027".
    to << (c.reference.empty() ? Texts::tr("Re: %1").arg(group)
                               : Texts::tr("Re: %1, reference %2").arg(group, text(c.reference)));
    b.lines(to, Qt::AlignLeft, true);
    b.spacer(4);
    b.paragraph(c.account.empty() ? Texts::tr("Dear organizer,")
                                  //: The salutation, to the organization: "Dear ASCN team,".
                                  : Texts::tr("Dear %1 team,").arg(text(c.account)));
    b.paragraph(
        Texts::tr("Thank you again for choosing %1 for %2, arriving on %3 and departing on %4. As the "
                  "dates draw closer, we would like to share where your room block stands and what "
                  "lies ahead.")
            .arg(hotel, group, longDate(c.arrival), longDate(c.departure)));

    // The pickup to date.
    const std::int64_t block = blockRoomNights(c);
    const std::int64_t reserved = pickedUpRoomNights(c);
    b.heading(Texts::tr("Your reservations to date"));
    b.paragraph(
        Texts::tr("As of %1, your attendees have reserved %2 of the %3 room nights in the block (%4).")
            .arg(QLocale().toString(options.madeOn, QLocale::LongFormat), formatCount(reserved),
                 formatCount(block), shareText(reserved, block)));
    pickupTable(b, c, density.perNight);

    // The clause and what it would mean.
    b.heading(Texts::tr("Your attrition terms"));
    b.labelled(Texts::tr("Room attrition."), attritionTerms(c).join(QLatin1Char(' ')));
    std::optional<Money> now;
    try {
        now = owedAtPickupToDate(c);
    } catch (const std::exception&) {
        now.reset(); // a contract the engine refuses: no figures (the caller validates it first)
    }
    QStringList outlookText;
    if (outlook.ready && now) {
        std::int64_t expected = 0;
        for (const forecast::NightForecast& n : outlook.forecast.nights) {
            expected += wholeRooms(n.expected);
        }
        const Money atPace = outlook.risk.atExpectedPickup;
        outlookText << Texts::tr("If reservations continue at their current pace, we expect about %1 room "
                                 "nights by arrival (%2 of the block).")
                           .arg(formatCount(expected), shareText(expected, block));
        outlookText << (atPace.isPositive()
                            ? Texts::tr("At that pickup the group would owe %1 under the contract.")
                                  .arg(formatMoneyWithCode(atPace))
                            : Texts::tr("At that pickup the group would owe nothing under the contract."));
    }
    if (now) {
        outlookText << (now->isPositive()
                            ? Texts::tr(
                                  "Were the block to close at today's %1 room nights, the group would owe "
                                  "%2.")
                                  .arg(formatCount(reserved), formatMoneyWithCode(*now))
                            : Texts::tr("At today's %1 room nights the group would owe nothing.")
                                  .arg(formatCount(reserved)));
        b.labelled(Texts::tr("What this means for the group."), outlookText.join(QLatin1Char(' ')));
    }
    b.paragraph(c.foodBeverage.minimum.isZero()
                    ? Texts::tr("Amounts include tax where the contract applies it.")
                    : Texts::tr("Amounts include tax where the contract applies it and assume the food and "
                                "beverage minimum is met."),
                ReportBuilder::Tone::Muted);

    // What happens next, and what we ask.
    b.heading(Texts::tr("Next steps"));
    const std::optional<ReviewStep> review = today ? nextReview(c, *today) : std::nullopt;
    const bool cutoffAhead = c.cutoff && today && !(*c.cutoff < *today);
    QStringList asks;
    if (review) {
        b.paragraph(Texts::tr("Your next review date is %1: until then the block may be reduced by up to %2 "
                              "of the original block.")
                        .arg(longDate(review->deadline), formatPercent(review->maxReduction)));
        asks << Texts::tr(
                    "If you expect to need fewer rooms, please let us know by %1 which rooms to release: "
                    "rooms released in time lower what the group could owe.")
                    .arg(longDate(review->deadline));
    }
    if (cutoffAhead) {
        if (!review) {
            b.paragraph(Texts::tr("The cutoff date is %1: rooms of the block not reserved by then return to "
                                  "the hotel's general inventory.")
                            .arg(longDate(*c.cutoff)));
        }
        asks << Texts::tr("Please encourage your attendees to book before the cutoff date, %1, and send us "
                          "your rooming list by then.")
                    .arg(longDate(*c.cutoff));
    } else if (c.cutoff) {
        b.paragraph(Texts::tr("The cutoff date, %1, has passed: rooms not reserved by then have returned to "
                              "the hotel's general inventory, and we will accommodate further guests as "
                              "availability allows.")
                        .arg(longDate(*c.cutoff)));
        asks << Texts::tr("Please send us the names of any guests still to be added as soon as possible.");
    } else {
        asks << Texts::tr("Please send us your rooming list at your earliest convenience.");
    }
    asks << Texts::tr("Please confirm your arrival and departure dates and the number of rooms you "
                      "expect by replying to this letter.");
    b.bullets(asks);
    b.spacer(4);
    b.paragraph(Texts::tr("We look forward to welcoming your group. If there is anything we can do to help "
                          "your attendees book, or if you have any questions about these figures, please "
                          "do not hesitate to contact me."));
    b.spacer(2);
    b.paragraph(Texts::tr("Kind regards,"));
    b.spacer(10);
    QStringList signature;
    if (!c.salesManager.empty()) {
        signature << text(c.salesManager);
    }
    signature << Texts::tr("Group sales") << hotel;
    b.lines(signature, Qt::AlignLeft, true);
    return b.finish();
}

} // namespace

Money owedAtPickupToDate(const Contract& contract) {
    ScenarioOverrides o;
    o.withoutCancellation = true;
    if (!contract.foodBeverage.minimum.isZero()) {
        o.foodBeverageSpend = Money::max(contract.foodBeverage.minimum, contract.foodBeverage.actualSpend);
    }
    return assess(contract, o).totalOwed;
}

std::unique_ptr<Report> pickupReminderLetter(const Contract& contract, const Outlook& outlook,
                                             const ReportOptions& options) {
    for (std::size_t i = 0;; ++i) {
        std::unique_ptr<Report> report = buildLetter(contract, outlook, options, kDensities[i]);
        if (i + 1 == kDensities.size() || fitsOnePage(*report)) {
            return report;
        }
    }
}

} // namespace attrition::ui
