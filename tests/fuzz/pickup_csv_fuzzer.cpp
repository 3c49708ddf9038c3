// libFuzzer harness for the CSV reader and the pickup report reader: any bytes either read into a report or
// give errors, never both and never a crash; every row read is a night of the stay and a room type of the
// block, once, with counts that are not negative; what parseCsv reads, writeCsv writes back to the same
// records. The first byte chooses the contract the report is read for (several room types in USD, one in
// JPY, one in KWD), so that every branch of dates, room types and rates is reached.
#include "attrition/io/csv.h"

#include <QByteArray>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <utility>

using namespace attrition;

namespace {

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

Contract makeContract(std::uint8_t choice) {
    const char* code = choice % 3 == 0 ? "USD" : choice % 3 == 1 ? "JPY" : "KWD";
    Contract c;
    c.reference = "FUZZ-1";
    c.currency = Currency::fromCode(code).value();
    c.arrival = Date::parseIso("2027-05-09").value();
    c.departure = Date::parseIso("2027-05-12").value();
    const std::int64_t rate = choice % 3 == 0 ? 18900 : choice % 3 == 1 ? 18900 : 62750;
    for (Date night = c.arrival; night < c.departure; night = night.addDays(1)) {
        c.block.push_back({night, "KING", 20, Money(rate, c.currency)});
        if (choice % 3 == 0) {
            c.block.push_back({night, "Suite", 5, Money(rate * 2, c.currency)});
        }
    }
    return c;
}

void checkRoundTrip(const io::CsvParseResult& parsed) {
    if (parsed.error) {
        if (parsed.error->message.isEmpty() || !parsed.table.records.empty()) {
            fail("a CSV error without a message, or with records");
        }
        return;
    }
    const io::CsvTable& t = parsed.table;
    if (t.records.size() != t.lines.size()) {
        fail("records and their lines differ in number");
    }
    for (const std::vector<QString>& r : t.records) {
        if (r.size() == 1 && r.front().isEmpty()) {
            return; // a record of one empty field is a blank line once written: not read back
        }
    }
    // A file whose first record is a single field is read as comma separated whatever it was written with.
    if (t.delimiter != QLatin1Char(',') && !t.records.empty() && t.records.front().size() < 2) {
        return;
    }
    const io::CsvParseResult again = io::parseCsv(io::writeCsv(t.records, t.delimiter));
    if (again.error || again.table.records != t.records) {
        fail("records written by writeCsv did not read back the same");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    const Contract contract = makeContract(data[0]);
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    checkRoundTrip(io::parseCsv(bytes));

    const io::PickupReportResult r = io::readPickupReportCsv(bytes, contract);
    if (!r.ok()) {
        if (!r.report.rows.empty() || !r.report.warnings.empty()) {
            fail("a report with errors has rows or warnings");
        }
        for (const io::CsvError& e : r.errors) {
            if (e.message.isEmpty() || e.line < 0 || e.column < 0) {
                fail("an error without a message or place");
            }
        }
        return 0;
    }
    if (r.report.rows.empty()) {
        fail("a report read without error holds no row");
    }
    std::set<std::pair<std::int32_t, std::string>> seen;
    for (const io::PickupReportRow& row : r.report.rows) {
        if (row.night < contract.arrival || !(row.night < contract.departure)) {
            fail("a row outside the stay");
        }
        bool known = false;
        for (const BlockEntry& b : contract.block) {
            known = known || b.roomType == row.roomType;
        }
        if (!known) {
            fail("a row of a room type the block does not have");
        }
        if (!seen.emplace(row.night.daysSince(contract.arrival), row.roomType).second) {
            fail("a night and room type read twice");
        }
        if (row.pickup < 0 || row.currentBlock.value_or(0) < 0 || row.originalBlock.value_or(0) < 0 ||
            row.available.value_or(0) < 0) {
            fail("a negative count");
        }
        if (row.rate && row.rate->currency() != contract.currency) {
            fail("a rate in another currency");
        }
    }
    if (r.report.entries().size() != r.report.rows.size()) {
        fail("entries and rows differ");
    }
    return 0;
}
