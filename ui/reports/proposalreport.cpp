// The group proposal: one page the hotel sends the client before the contract is signed.

#include "attrition/domain/clause_defaults.h"
#include "attrition/domain/field_catalogue.h"
#include "attrition/engine/engine.h"
#include "reports/contractterms.h"
#include "reports/reportbuilder.h"
#include "text/messagetext.h"
#include "text/values.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QTextBlock>
#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace attrition::ui {

namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

using Row = ReportBuilder::Row;
using RowStyle = ReportBuilder::RowStyle;

/// How the block is shown: a row per night with a column per room type, a row per run of nights of a room
/// type at the same rooms and rate, or a row per room type.
enum class BlockShape : std::uint8_t { PerNight, Runs, PerType };

/// How densely a proposal is set, from the first tried to the last: the first that fits one page is kept.
struct Density {
    BlockShape shape;
    double scale;
};
constexpr std::array<Density, 10> kDensities{{
    {BlockShape::PerNight, 1.0},
    {BlockShape::PerNight, 0.92},
    {BlockShape::PerNight, 0.85},
    {BlockShape::Runs, 0.92},
    {BlockShape::Runs, 0.85},
    {BlockShape::PerNight, 0.78},
    {BlockShape::Runs, 0.78},
    {BlockShape::PerType, 0.85},
    {BlockShape::PerType, 0.78},
    {BlockShape::PerType, 0.72},
}};

/// The per-night grid has a column per room type: at most this many.
constexpr std::size_t kGridTypes = 4;
/// and a row per night: at most this many.
constexpr std::int32_t kGridNights = 10;

std::size_t roomTypesCount(const Contract& c) {
    std::set<std::string> types;
    for (const BlockEntry& e : c.block) {
        types.insert(e.roomType);
    }
    return types.size();
}

/// The shares of the block the illustration shows.
constexpr std::array<int, 4> kIllustrated{100, 90, 80, 70};

/// The block as `shape` asks, unless it has too many room types or nights for a grid.
BlockShape shapeFor(const Contract& c, BlockShape shape) {
    if (shape == BlockShape::PerNight && (roomTypesCount(c) > kGridTypes || c.nightCount() > kGridNights)) {
        return BlockShape::Runs;
    }
    return shape;
}

/// The contract as proposed: its terms and block, nothing of what happened under it since.
Contract asProposed(const Contract& c) {
    Contract p = c;
    p.pickup.clear();
    p.auditCredits.clear();
    p.resale.clear();
    p.occupancy.clear();
    p.reductions.clear();
    p.deposits.clear();
    p.cancellationNotice.reset();
    p.forceMajeure = false;
    p.foodBeverage.actualSpend = Money::zero(c.currency);
    return p;
}

QString nightsText(Date first, Date last) {
    return first == last ? formatNight(first)
                         : QStringLiteral("%1 \u2013 %2").arg(formatNight(first), formatNight(last));
}

QString rangeText(const QString& low, const QString& high) {
    return low == high ? low : QStringLiteral("%1\u2013%2").arg(low, high);
}

Money roomRevenue(const Contract& c) {
    Money total = Money::zero(c.currency);
    for (const BlockEntry& e : c.block) {
        total += e.rate * e.rooms;
    }
    return total;
}

std::int64_t roomNights(const Contract& c) {
    std::int64_t n = 0;
    for (const BlockEntry& e : c.block) {
        n += e.rooms;
    }
    return n;
}

struct Run {
    std::string type;
    Date first;
    Date last;
    std::int32_t rooms = 0;
    Money rate;
};

/// A row per room type and run of consecutive nights at the same rooms and rate.
void blockRuns(ReportBuilder& b, const Contract& c, const std::vector<std::string>& types) {
    std::vector<Run> runs;
    for (const std::string& t : types) {
        std::vector<const BlockEntry*> entries;
        for (const BlockEntry& e : c.block) {
            if (e.roomType == t) {
                entries.push_back(&e);
            }
        }
        std::sort(entries.begin(), entries.end(),
                  [](const BlockEntry* x, const BlockEntry* y) { return x->night < y->night; });
        for (const BlockEntry* e : entries) {
            if (!runs.empty() && runs.back().type == t && runs.back().last.addDays(1) == e->night &&
                runs.back().rooms == e->rooms && runs.back().rate == e->rate) {
                runs.back().last = e->night;
            } else {
                runs.push_back(Run{t, e->night, e->night, e->rooms, e->rate});
            }
        }
    }
    std::vector<Row> rows;
    for (const Run& r : runs) {
        const std::int64_t nights = r.last.daysSince(r.first) + 1;
        rows.push_back(
            Row{{text(r.type), nightsText(r.first, r.last), formatCount(r.rooms), formatMoney(r.rate),
                 formatCount(nights * r.rooms), formatMoney(r.rate * (nights * r.rooms))}});
    }
    rows.push_back(Row{{Texts::tr("Total"), QString(), QString(), QString(), formatCount(roomNights(c)),
                        formatMoney(roomRevenue(c))},
                       RowStyle::Total});
    b.table({Texts::tr("Room type"), Texts::tr("Nights"), Texts::tr("Rooms a night"),
             Texts::tr("Group rate, %1").arg(currencyCode(c.currency)), Texts::tr("Room nights"),
             Texts::tr("Revenue, %1").arg(currencyCode(c.currency))},
            rows, {18, 32, 11, 13, 11, 15}, {2, 3, 4, 5});
}

/// A row per room type: its nights, the least and most rooms a night, its rates.
void blockPerType(ReportBuilder& b, const Contract& c, const std::vector<std::string>& types) {
    std::vector<Row> rows;
    for (const std::string& t : types) {
        std::optional<Date> first;
        std::optional<Date> last;
        std::int32_t least = 0;
        std::int32_t most = 0;
        std::optional<Money> low;
        std::optional<Money> high;
        std::int64_t nights = 0;
        Money revenue = Money::zero(c.currency);
        for (const BlockEntry& e : c.block) {
            if (e.roomType != t) {
                continue;
            }
            first = first ? std::min(*first, e.night) : e.night;
            last = last ? std::max(*last, e.night) : e.night;
            least = low ? std::min(least, e.rooms) : e.rooms;
            most = low ? std::max(most, e.rooms) : e.rooms;
            low = low ? Money::min(*low, e.rate) : e.rate;
            high = high ? Money::max(*high, e.rate) : e.rate;
            nights += e.rooms;
            revenue += e.rate * e.rooms;
        }
        rows.push_back(Row{
            {text(t), nightsText(*first, *last), rangeText(formatCount(least), formatCount(most)),
             rangeText(formatMoney(*low), formatMoney(*high)), formatCount(nights), formatMoney(revenue)}});
    }
    rows.push_back(Row{{Texts::tr("Total"), QString(), QString(), QString(), formatCount(roomNights(c)),
                        formatMoney(roomRevenue(c))},
                       RowStyle::Total});
    b.table({Texts::tr("Room type"), Texts::tr("Nights"), Texts::tr("Rooms a night"),
             Texts::tr("Group rates, %1").arg(currencyCode(c.currency)), Texts::tr("Room nights"),
             Texts::tr("Revenue, %1").arg(currencyCode(c.currency))},
            rows, {18, 30, 12, 16, 10, 14}, {2, 3, 4, 5});
}

void blockSection(ReportBuilder& b, const Contract& c, BlockShape shape) {
    b.heading(Texts::tr("Rooms and rates"));
    const std::vector<std::string> types = blockRoomTypes(c);
    if (types.empty()) {
        b.paragraph(Texts::tr("The proposal blocks no rooms."), ReportBuilder::Tone::Muted);
        return;
    }
    switch (shape) {
    case BlockShape::PerNight:
        blockPerNightTable(b, c, types, true);
        break;
    case BlockShape::Runs:
        blockRuns(b, c, types);
        break;
    case BlockShape::PerType:
        blockPerType(b, c, types);
        break;
    }
    // What the group commits to, before tax and service charge, across the page.
    const Money rooms = roomRevenue(c);
    Money total = rooms;
    QStringList headers{
        Texts::tr("Room revenue, %n room night(s)", nullptr, static_cast<int>(roomNights(c)))};
    Row amounts{{formatMoney(rooms)}};
    if (!c.foodBeverage.minimum.isZero()) {
        headers << Texts::tr("F&B minimum, before tax and service charge");
        amounts.cells << formatMoney(c.foodBeverage.minimum);
        total += c.foodBeverage.minimum;
    }
    if (!c.meetingRoom.rental.isZero()) {
        headers << Texts::tr("Meeting room rental");
        amounts.cells << formatMoney(c.meetingRoom.rental);
        total += c.meetingRoom.rental;
    }
    headers << Texts::tr("Total anticipated revenue");
    amounts.cells << formatMoneyWithCode(total);
    amounts.style = RowStyle::Total;
    std::vector<double> widths(static_cast<std::size_t>(headers.size()),
                               100.0 / static_cast<double>(headers.size()));
    std::vector<int> right;
    for (int i = 0; i < headers.size(); ++i) {
        right.push_back(i);
    }
    b.table(headers, {amounts}, widths, right);
}

QString joined(const QStringList& sentences) {
    return sentences.join(QLatin1Char(' '));
}

void termsSection(ReportBuilder& b, const Contract& c) {
    b.heading(Texts::tr("Proposed terms"));
    if (const QStringList review = reviewTerms(c); !review.isEmpty()) {
        b.labelled(Texts::tr("Review dates."), joined(review));
    }
    if (c.cutoff) {
        b.labelled(Texts::tr("Cutoff."),
                   Texts::tr("Rooms of the block not reserved by %1 return to the hotel's general inventory.")
                       .arg(formatDate(*c.cutoff)));
    }
    b.labelled(Texts::tr("Room attrition."), joined(attritionTerms(c)));
    b.labelled(Texts::tr("Food & beverage."), joined(foodBeverageTerms(c)));
    QStringList meeting = meetingRoomTerms(c);
    if (!c.meetingRoom.rental.isZero() && !c.meetingRoom.scale.empty()) {
        std::vector<MeetingScaleBand> bands = c.meetingRoom.scale;
        std::sort(bands.begin(), bands.end(), [](const MeetingScaleBand& x, const MeetingScaleBand& y) {
            return x.minPickup > y.minPickup;
        });
        QStringList scale;
        for (const MeetingScaleBand& band : bands) {
            //: A band of the meeting room scale: "at least 90% pickup: 0% of the rental".
            scale << Texts::tr("at least %1 pickup: %2 of the rental")
                         .arg(formatPercent(band.minPickup), formatPercent(band.charged));
        }
        meeting << Texts::tr("Scale: %1.").arg(scale.join(QStringLiteral("; ")));
    }
    b.labelled(Texts::tr("Meeting room."), joined(meeting));
    if (const QStringList comps = compTerms(c); !comps.isEmpty()) {
        b.labelled(Texts::tr("Comp rooms."), joined(comps));
    }
    b.labelled(Texts::tr("Cancellation."), joined(cancellationTerms(c)));
    if (c.cancellation.tiers.empty()) {
        return;
    }
    // The schedule across the page: a column per tier, from the earliest notice to the latest.
    std::vector<CancellationTier> tiers = c.cancellation.tiers;
    std::sort(tiers.begin(), tiers.end(),
              [](const CancellationTier& x, const CancellationTier& y) { return x.minDays > y.minDays; });
    const bool perComponent = c.cancellation.basis == CancellationBasis::PerComponent;
    const bool unconfirmed = isUnconfirmedDefault(c, field::CancellationTiers::path);
    const auto share = [&](Percent p) {
        return unconfirmed ? Texts::tr("%1 (program default, not confirmed)").arg(formatPercent(p))
                           : formatPercent(p);
    };
    QStringList headers{Texts::tr("Notice before arrival")};
    std::vector<Row> rows(perComponent ? 3 : 1);
    if (perComponent) {
        rows[0].cells << Texts::tr("Rooms");
        rows[1].cells << Texts::tr("F&B minimum");
        rows[2].cells << Texts::tr("Meeting room");
    } else {
        rows[0].cells << Texts::tr("Fee, share of the basis");
    }
    for (const CancellationTier& t : tiers) {
        headers << daysText(t);
        if (perComponent) {
            rows[0].cells << share(t.roomsPercent);
            rows[1].cells << share(t.foodBeveragePercent);
            rows[2].cells << share(t.meetingRoomPercent);
        } else {
            rows[0].cells << share(t.percent);
        }
    }
    const double first = 24;
    std::vector<double> widths{first};
    std::vector<int> right;
    for (std::size_t i = 0; i < tiers.size(); ++i) {
        widths.push_back((100.0 - first) / static_cast<double>(tiers.size()));
        right.push_back(static_cast<int>(i) + 1);
    }
    b.table(headers, rows, widths, right);
}

/// What room attrition would cost at 100%, 90%, 80% and 70% pickup, as the engine assesses it.
void illustrationSection(ReportBuilder& b, const Contract& c) {
    const bool scaled = !c.meetingRoom.rental.isZero() && !c.meetingRoom.scale.empty();
    if (!c.attrition.enabled && !scaled) {
        return;
    }
    b.heading(Texts::tr("If the group picks up less than the block"));
    const Contract proposed = asProposed(c);
    std::vector<Assessment> assessed;
    try {
        for (const int share : kIllustrated) {
            ScenarioOverrides o;
            o.uniformPickup = Percent::fromPoints(share);
            o.withoutCancellation = true;
            assessed.push_back(assess(proposed, o));
        }
    } catch (const ContractInvalid& invalid) {
        b.paragraph(
            Texts::tr("What attrition would cost cannot be computed until the proposal's problems are "
                      "corrected:"),
            ReportBuilder::Tone::Error);
        QStringList problems;
        for (const ValidationIssue& issue : invalid.issues()) {
            problems << issueText(issue, &c);
        }
        b.bullets(problems, ReportBuilder::Tone::Error);
        return;
    } catch (const std::exception& e) {
        b.paragraph(QString::fromUtf8(e.what()), ReportBuilder::Tone::Error);
        return;
    }
    b.paragraph(
        Texts::tr("If the group picks up this share of the block on every night, it would owe under the "
                  "proposed terms (before tax, without credit for rooms the hotel resells):"));
    QStringList headers{Texts::tr("Pickup of the block")};
    Row nights{{Texts::tr("Room nights picked up")}};
    Row rooms{{Texts::tr("Attrition damages, %1").arg(currencyCode(c.currency))}};
    Row meeting{{Texts::tr("Meeting room rental charged, %1").arg(currencyCode(c.currency))}};
    for (std::size_t i = 0; i < kIllustrated.size(); ++i) {
        const Assessment& a = assessed[i];
        headers << formatPercent(Percent::fromPoints(kIllustrated[i]));
        nights.cells << formatCount(a.pickedUpRoomNights);
        rooms.cells << formatMoney(a.rooms);
        meeting.cells << formatMoney(a.meetingRoom);
    }
    std::vector<Row> rows{nights};
    if (c.attrition.enabled) {
        rows.push_back(rooms);
    }
    if (scaled) {
        rows.push_back(meeting);
    }
    if (c.attrition.enabled && scaled) {
        Row both{{Texts::tr("Rooms and meeting room, %1").arg(currencyCode(c.currency))}};
        for (const Assessment& a : assessed) {
            both.cells << formatMoney(a.rooms + a.meetingRoom);
        }
        rows.push_back(both);
    }
    rows.back().style = RowStyle::Total;
    const double first = 36;
    std::vector<double> widths{first};
    std::vector<int> right;
    for (std::size_t i = 0; i < kIllustrated.size(); ++i) {
        widths.push_back((100.0 - first) / static_cast<double>(kIllustrated.size()));
        right.push_back(static_cast<int>(i) + 1);
    }
    b.table(headers, rows, widths, right);
}

std::vector<std::pair<QString, QString>> proposalFacts(const Contract& c, const ReportOptions& options) {
    const QLocale locale;
    const auto orDash = [](const std::string& s) {
        return s.empty() ? QStringLiteral("\u2014") : text(s);
    };
    return {
        {catalogueLabel(field::GroupName::path), orDash(c.groupName)},
        {catalogueLabel(field::Account::path), orDash(c.account)},
        {Texts::tr("Stay"), stayText(c)},
        {catalogueLabel(field::Reference::path), orDash(c.reference)},
        {Texts::tr("Your contact"), orDash(c.salesManager)},
        {catalogueLabel(field::Currency::path), currencyCode(c.currency)},
        {Texts::tr("Proposal date"), locale.toString(options.madeOn, QLocale::LongFormat)},
        {Texts::tr("Valid until"), locale.toString(options.proposalValidUntil(), QLocale::LongFormat)},
    };
}

std::unique_ptr<Report> buildProposal(const Contract& contract, const ReportOptions& options,
                                      Density density) {
    const QString title = Texts::tr("Group proposal");
    ReportBuilder b(title, contractSubject(contract), options, text(contract.hotel));
    b.setScale(density.scale);
    const QString hotel = options.letterhead.hotel.trimmed().isEmpty() ? text(contract.hotel)
                                                                       : options.letterhead.hotel.trimmed();
    b.titleBlock(title, contract.groupName.empty() ? text(contract.reference) : text(contract.groupName),
                 hotel);
    b.facts(proposalFacts(contract, options));
    b.spacer(2);
    unconfirmedNotice(b, contract);
    blockSection(b, contract, density.shape);
    termsSection(b, contract);
    illustrationSection(b, contract);

    b.heading(Texts::tr("Acceptance"));
    const QString until = QLocale().toString(options.proposalValidUntil(), QLocale::LongFormat);
    b.paragraph(
        Texts::tr("This proposal is valid until %1. To accept it, sign below and return a copy by that "
                  "date; the group contract with these terms follows for signature.")
            .arg(until),
        ReportBuilder::Tone::Normal, true);
    const QString group = !contract.account.empty()     ? text(contract.account)
                          : !contract.groupName.empty() ? text(contract.groupName)
                                                        : QString();
    b.signatures(
        {group.isEmpty() ? Texts::tr("Accepted for the group") : Texts::tr("Accepted for %1").arg(group),
         hotel.isEmpty() ? Texts::tr("For the hotel") : Texts::tr("For %1").arg(hotel)},
        {Texts::tr("Name and title"), Texts::tr("Signature and date")});
    return b.finish();
}

} // namespace

bool fitsOnePage(Report& report) {
    QTextDocument* doc = report.document();
    bool fits = true;
    for (const QPageSize::PageSizeId size : {QPageSize::A4, QPageSize::Letter}) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(ReportPageSetup{size, QPageLayout::Portrait}.pageLayout());
        writer.setResolution(600);
        const QSizeF body = reportBodySize(doc, &writer);
        doc->documentLayout()->setPaintDevice(&writer);
        doc->setPageSize(body);
        const int pages = doc->pageCount();
        const qreal used = doc->documentLayout()->blockBoundingRect(doc->lastBlock()).bottom();
        doc->documentLayout()->setPaintDevice(nullptr); // the writer goes
        doc->setPageSize(QSizeF());
        if (pages != 1 || used > body.height() * 0.98) {
            fits = false;
            break;
        }
    }
    return fits;
}

std::unique_ptr<Report> proposalReport(const Contract& contract, const ReportOptions& options) {
    std::vector<std::pair<BlockShape, double>> tried;
    for (std::size_t i = 0;; ++i) {
        const Density density{shapeFor(contract, kDensities[i].shape), kDensities[i].scale};
        const bool last = i + 1 == kDensities.size();
        if (!last &&
            std::find(tried.begin(), tried.end(), std::pair{density.shape, density.scale}) != tried.end()) {
            continue; // a long stay's grid is its runs: tried already
        }
        tried.emplace_back(density.shape, density.scale);
        std::unique_ptr<Report> report = buildProposal(contract, options, density);
        if (last || fitsOnePage(*report)) {
            return report;
        }
    }
}

} // namespace attrition::ui
