#include "attrition/io/scenario_grid.h"

#include "io_text.h"

#include <QHash>
#include <algorithm>

namespace attrition::io {
namespace {

enum class Kind { Name, Pickup, NightPickup, Spend, Notice };

struct Column {
    Kind kind = Kind::Name;
    std::size_t pickupIndex = 0; ///< NightPickup: the entry of the contract's pickup list it sets
};

QString quoted(const QString& t) {
    return QLatin1Char('"') + t + QLatin1Char('"');
}

CsvError problem(int line, int column, const QString& name, const QString& message) {
    return CsvError{line, column, name, message};
}

} // namespace

ScenarioGridResult readScenarioGrid(const QByteArray& bytes, const Contract& contract) {
    ScenarioGridResult result;
    CsvParseResult parsed = parseCsv(bytes);
    if (parsed.error) {
        result.errors.push_back(*parsed.error);
        return result;
    }
    const CsvTable& table = parsed.table;
    if (table.records.empty()) {
        result.errors.push_back(problem(0, 0, {},
                                        ScenarioGridText::tr("the grid is empty: expected a header row "
                                                             "naming the columns")));
        return result;
    }

    // Per-night pickup starts from the contract's pickup; a night and room type the contract does not
    // list yet is added after it.
    std::vector<PickupEntry> basePickup = contract.pickup;
    const std::vector<QString>& header = table.records.front();
    const int headerLine = table.lines.front();
    std::vector<Column> columns(header.size());
    QHash<QString, int> seen;
    for (std::size_t c = 0; c < header.size(); ++c) {
        const QString written = header[c].trimmed();
        const QString key = written.toLower();
        const int col = static_cast<int>(c) + 1;
        if (seen.contains(key)) {
            result.errors.push_back(
                problem(headerLine, col, written,
                        ScenarioGridText::tr("the column %1 is given twice (first as column %2)")
                            .arg(quoted(written), QString::number(seen.value(key)))));
            continue;
        }
        seen.insert(key, col);
        if (key == QLatin1String("name")) {
            columns[c].kind = Kind::Name;
        } else if (key == QLatin1String("pickup")) {
            columns[c].kind = Kind::Pickup;
        } else if (key == QLatin1String("fb-spend")) {
            columns[c].kind = Kind::Spend;
        } else if (key == QLatin1String("notice")) {
            columns[c].kind = Kind::Notice;
        } else if (key.startsWith(QLatin1String("pickup:"))) {
            const QStringList parts = written.split(QLatin1Char(':'));
            const auto night = parts.size() == 3 ? Date::parseIso(parts[1].toStdString()) : std::nullopt;
            if (!night) {
                result.errors.push_back(problem(
                    headerLine, col, written,
                    ScenarioGridText::tr("expected a column named pickup:YYYY-MM-DD:ROOM-TYPE, found %1")
                        .arg(quoted(written))));
                continue;
            }
            const std::string type = parts[2].toStdString();
            const bool inBlock =
                std::any_of(contract.block.begin(), contract.block.end(),
                            [&](const BlockEntry& b) { return b.night == *night && b.roomType == type; });
            if (!inBlock) {
                result.errors.push_back(
                    problem(headerLine, col, written,
                            ScenarioGridText::tr("the contract's block holds no %1 rooms on %2")
                                .arg(parts[2], parts[1])));
                continue;
            }
            auto it = std::find_if(basePickup.begin(), basePickup.end(), [&](const PickupEntry& p) {
                return p.night == *night && p.roomType == type;
            });
            if (it == basePickup.end()) {
                basePickup.push_back(PickupEntry{*night, type, 0});
                it = basePickup.end() - 1;
            }
            columns[c].kind = Kind::NightPickup;
            columns[c].pickupIndex = static_cast<std::size_t>(it - basePickup.begin());
        } else {
            result.errors.push_back(problem(
                headerLine, col, written,
                ScenarioGridText::tr("unknown column %1: expected name, pickup, pickup:YYYY-MM-DD:ROOM-TYPE, "
                                     "fb-spend or notice")
                    .arg(quoted(written))));
        }
    }
    if (!result.errors.empty()) {
        return result;
    }

    const Currency currency = contract.currency;
    const QString code = QString::fromLatin1(currency.code().data(), 3);
    result.scenarios.reserve(table.records.size() - 1);
    for (std::size_t r = 1; r < table.records.size(); ++r) {
        const std::vector<QString>& record = table.records[r];
        const int line = table.lines[r];
        if (record.size() != header.size()) {
            result.errors.push_back(
                problem(line, 0, {},
                        ScenarioGridText::tr("expected %1 fields as in the header, found %2")
                            .arg(header.size())
                            .arg(record.size())));
            continue;
        }
        GridScenario row;
        row.line = line;
        ScenarioOverrides& o = row.scenario.overrides;
        std::vector<PickupEntry> pickup;
        int uniformColumn = 0;
        int nightColumn = 0;
        for (std::size_t c = 0; c < record.size(); ++c) {
            const QString text = record[c].trimmed();
            const int col = static_cast<int>(c) + 1;
            const QString& name = header[c];
            if (columns[c].kind == Kind::Name) {
                row.scenario.name = record[c].toStdString();
                continue;
            }
            if (text.isEmpty()) {
                continue;
            }
            const std::string value = text.toStdString();
            switch (columns[c].kind) {
            case Kind::Name:
                break;
            case Kind::Pickup: {
                const auto p = Percent::parse(value);
                if (!p || p->partsPerMillion() < 0 || *p > Percent::fromPoints(1000)) {
                    result.errors.push_back(
                        problem(line, col, name,
                                ScenarioGridText::tr(
                                    "expected a percentage from 0 to 1000 such as 75 or 82.25, found %1")
                                    .arg(quoted(text))));
                    break;
                }
                o.uniformPickup = p;
                uniformColumn = col;
                break;
            }
            case Kind::NightPickup: {
                bool ok = false;
                const qlonglong rooms = text.toLongLong(&ok);
                if (!ok || rooms < 0 || rooms > 1'000'000) {
                    result.errors.push_back(problem(
                        line, col, name,
                        ScenarioGridText::tr("expected a whole number of rooms from 0 to 1000000, found %1")
                            .arg(quoted(text))));
                    break;
                }
                if (pickup.empty()) {
                    pickup = basePickup;
                }
                pickup[columns[c].pickupIndex].rooms = static_cast<std::int32_t>(rooms);
                nightColumn = col;
                break;
            }
            case Kind::Spend: {
                const auto m = Money::parse(value, currency);
                if (!m || m->isNegative()) {
                    result.errors.push_back(problem(
                        line, col, name,
                        ScenarioGridText::tr("expected an amount in %1 of at least zero with at most %2 "
                                             "decimals, found %3")
                            .arg(code)
                            .arg(currency.decimals())
                            .arg(quoted(text))));
                    break;
                }
                o.foodBeverageSpend = m;
                break;
            }
            case Kind::Notice: {
                const auto d = Date::parseIso(value);
                if (!d) {
                    result.errors.push_back(
                        problem(line, col, name,
                                ScenarioGridText::tr("expected a date such as 2027-03-01, found %1")
                                    .arg(quoted(text))));
                    break;
                }
                o.cancellationNotice = d;
                break;
            }
            }
        }
        if (uniformColumn != 0 && nightColumn != 0) {
            result.errors.push_back(
                problem(line, nightColumn, header[static_cast<std::size_t>(nightColumn - 1)],
                        ScenarioGridText::tr("a row gives either pickup or pickup per night, "
                                             "not both (pickup is column %1)")
                            .arg(uniformColumn)));
        }
        if (!pickup.empty()) {
            o.pickup = std::move(pickup);
        }
        if (result.errors.empty()) {
            result.scenarios.push_back(std::move(row));
        }
    }
    if (!result.errors.empty()) {
        result.scenarios.clear();
    }
    return result;
}

} // namespace attrition::io
