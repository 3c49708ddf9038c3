#include "attrition/io/hotel_outlook.h"

#include "attrition/domain/fixed_point.h"
#include "io_text.h"

#include <QHash>
#include <array>

namespace attrition::io {
namespace {

enum Column : std::size_t { DateColumn, Capacity, Demand, NetAdr, Ancillary, kColumns };

constexpr std::array<const char*, kColumns> kNames = {"date", "capacity", "demand", "net-adr", "ancillary"};

QString quoted(const QString& t) {
    return QLatin1Char('"') + t + QLatin1Char('"');
}

} // namespace

HotelOutlookResult readHotelOutlook(const QByteArray& bytes, Currency currency) {
    HotelOutlookResult result;
    CsvParseResult parsed = parseCsv(bytes);
    if (parsed.error) {
        result.errors.push_back(*parsed.error);
        return result;
    }
    const CsvTable& table = parsed.table;
    if (table.records.empty()) {
        result.errors.push_back(
            {0,
             0,
             {},
             HotelOutlookText::tr("the outlook is empty: expected a header row naming the columns")});
        return result;
    }
    const std::vector<QString>& header = table.records.front();
    const int headerLine = table.lines.front();
    std::array<int, kColumns> at{}; ///< 1-based column of each figure; 0: not given
    for (std::size_t c = 0; c < header.size(); ++c) {
        const QString written = header[c].trimmed();
        const int col = static_cast<int>(c) + 1;
        std::size_t k = 0;
        while (k < kColumns && written.compare(QLatin1String(kNames[k]), Qt::CaseInsensitive) != 0) {
            ++k;
        }
        if (k == kColumns) {
            result.errors.push_back(
                {headerLine, col, written,
                 HotelOutlookText::tr("unknown column %1: expected date, capacity, demand, "
                                      "net-adr or ancillary")
                     .arg(quoted(written))});
        } else if (at[k] != 0) {
            result.errors.push_back({headerLine, col, written,
                                     HotelOutlookText::tr("the column %1 is given twice (first as column %2)")
                                         .arg(quoted(written))
                                         .arg(at[k])});
        } else {
            at[k] = col;
        }
    }
    for (std::size_t k = 0; k < Ancillary; ++k) {
        if (at[k] == 0) {
            result.errors.push_back(
                {headerLine,
                 0,
                 {},
                 HotelOutlookText::tr("the column %1 is missing: date, capacity, demand and "
                                      "net-adr are needed")
                     .arg(quoted(QLatin1String(kNames[k])))});
        }
    }
    if (!result.errors.empty()) {
        return result;
    }

    const QString code = QString::fromLatin1(currency.code().data(), 3);
    QHash<std::int32_t, int> firstLine; ///< day number -> line
    for (std::size_t r = 1; r < table.records.size(); ++r) {
        const std::vector<QString>& record = table.records[r];
        const int line = table.lines[r];
        if (record.size() != header.size()) {
            result.errors.push_back({line,
                                     0,
                                     {},
                                     HotelOutlookText::tr("expected %1 fields as in the header, found %2")
                                         .arg(header.size())
                                         .arg(record.size())});
            continue;
        }
        const auto field = [&](Column k) {
            return record[static_cast<std::size_t>(at[k] - 1)].trimmed();
        };
        const auto fail = [&](Column k, const QString& message) {
            result.errors.push_back(
                {line, at[k], header[static_cast<std::size_t>(at[k] - 1)].trimmed(), message});
        };
        HotelNight night;
        bool good = true;
        const auto day = Date::parseIso(field(DateColumn).toStdString());
        if (!day) {
            fail(DateColumn, HotelOutlookText::tr("expected a date such as 2027-03-01, found %1")
                                 .arg(quoted(field(DateColumn))));
            good = false;
        } else if (firstLine.contains(day->dayNumber())) {
            fail(DateColumn, HotelOutlookText::tr("the night %1 is given twice (first on line %2)")
                                 .arg(field(DateColumn))
                                 .arg(firstLine.value(day->dayNumber())));
            good = false;
        } else {
            firstLine.insert(day->dayNumber(), line);
            night.night = *day;
        }
        bool ok = false;
        const qlonglong capacity = field(Capacity).toLongLong(&ok);
        if (!ok || capacity < 0 || capacity > 1'000'000) {
            fail(Capacity,
                 HotelOutlookText::tr("expected a whole number of rooms from 0 to 1000000, found %1")
                     .arg(quoted(field(Capacity))));
            good = false;
        }
        night.capacity = static_cast<std::int32_t>(capacity);
        const DecimalParse demand = parseScaledDecimal(field(Demand).toStdString(), 6);
        if (!demand.value || *demand.value < 0 || *demand.value > 1'000'000 * Quantity::kScale) {
            fail(Demand, HotelOutlookText::tr("expected a number of rooms from 0 to 1000000 with at most six "
                                              "decimals, found %1")
                             .arg(quoted(field(Demand))));
            good = false;
        } else {
            night.transientDemand = Quantity::fromMicro(*demand.value);
        }
        const auto amount = [&](Column k, Money& into) {
            const QString text = at[k] == 0 ? QString() : field(k);
            if (text.isEmpty() && k == Ancillary) {
                into = Money::zero(currency);
                return;
            }
            const auto m = Money::parse(text.toStdString(), currency);
            if (!m || m->isNegative()) {
                fail(k, HotelOutlookText::tr("expected an amount in %1 of at least zero with at most %2 "
                                             "decimals, found %3")
                            .arg(code)
                            .arg(currency.decimals())
                            .arg(quoted(text)));
                good = false;
                return;
            }
            into = *m;
        };
        amount(NetAdr, night.transientNetAdr);
        amount(Ancillary, night.transientAncillary);
        if (good) {
            result.nights.push_back(night);
        }
    }
    if (!result.errors.empty()) {
        result.nights.clear();
    }
    return result;
}

QByteArray writeHotelOutlook(const std::vector<HotelNight>& nights) {
    std::vector<std::vector<QString>> records;
    records.reserve(nights.size() + 1);
    records.push_back({});
    for (const char* name : kNames) {
        records.back().push_back(QLatin1String(name));
    }
    for (const HotelNight& n : nights) {
        records.push_back({QString::fromStdString(n.night.toIso()), QString::number(n.capacity),
                           QString::fromStdString(n.transientDemand.toString()),
                           QString::fromStdString(n.transientNetAdr.toDecimalString()),
                           QString::fromStdString(n.transientAncillary.toDecimalString())});
    }
    return writeCsv(records);
}

} // namespace attrition::io
