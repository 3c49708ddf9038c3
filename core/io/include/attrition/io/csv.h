#pragma once

// CSV files (RFC 4180): reading a property system's group pickup report, and writing contracts and
// assessments for spreadsheets.

#include "attrition/domain/contract.h"
#include "attrition/engine/assessment.h"

#include <QByteArray>
#include <QChar>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace attrition::io {

/// One problem found in a CSV file: where it is and what is wrong. `line` is the 1-based line of the file
/// where the record starts (an unclosed quote: the line it opens on; text after a closing quote: the line
/// of that quote; 0: the file as a whole); `column` the 1-based field of the record (0: the record as a
/// whole), `columnName` its header as written in the file, when known.
struct CsvError {
    int line = 0;
    int column = 0;
    QString columnName;
    QString message;

    /// "line 4, column 3 (Pickup): expected a whole number of rooms, found \"abc\"". The caller puts the
    /// file name in front.
    QString toString() const;

    friend bool operator==(const CsvError&, const CsvError&) = default;
};

/// The records of a CSV file, each with the line it starts on.
struct CsvTable {
    std::vector<std::vector<QString>> records;
    std::vector<int> lines; ///< 1-based line where each record starts (a quoted field may span lines)
    QChar delimiter = QLatin1Char(',');
};

struct CsvParseResult {
    CsvTable table;
    std::optional<CsvError> error; ///< set when the file cannot be read as CSV; the table is then empty
};

/// Reads CSV as RFC 4180 describes it, and as spreadsheets write it: fields separated by the delimiter
/// found in the first record (the most frequent of comma, semicolon and tab outside quotes; on a tie the
/// first of those three; comma when there is none), quoted fields with doubled quotes, delimiters and
/// line breaks inside quotes (kept as written), CRLF, LF or CR line ends, a final line with or without its
/// line end. Text is UTF-8 (a byte order mark is skipped), or UTF-16 when it starts with its byte order
/// mark; a file that is not valid UTF-8 is read as Windows-1252 (Latin-1 and the Windows additions such
/// as the euro sign), the encoding older Windows exports use. Blank lines are skipped. A quote inside an
/// unquoted field is kept as text; spaces after a closing quote are ignored. An unterminated quote or
/// other text after a closing quote is an error naming its line and column, and the table is then empty.
CsvParseResult parseCsv(const QByteArray& bytes);

/// Writes records as RFC 4180 CSV in UTF-8 (no byte order mark), lines ending in CRLF; a field is quoted
/// when it holds a comma, semicolon or tab (any delimiter parseCsv could detect, so that the file reads
/// back the same), a quote, a line break, or leading or trailing spaces. A record of one
/// empty field is written `""`, so that parseCsv does not skip it as a blank line. `delimiter` is a comma,
/// semicolon or tab; with a semicolon or tab, the first record needs two fields or more for parseCsv to
/// find the delimiter again.
QByteArray writeCsv(const std::vector<std::vector<QString>>& records, QChar delimiter = QLatin1Char(','));

// ---------------------------------------------------------------------------------------------------------
// A group pickup report, as property systems export it: one row per night and room type.

/// One row of a pickup report.
struct PickupReportRow {
    int line = 0; ///< where it is in the file
    Date night;
    std::string roomType; ///< spelled as in the contract's block
    std::optional<std::int32_t> originalBlock;
    std::optional<std::int32_t> currentBlock;
    std::int32_t pickup = 0;
    std::optional<std::int32_t> available;
    std::optional<Money> rate; ///< in the contract's currency
};

struct PickupReport {
    std::vector<PickupReportRow> rows; ///< in the order of the file
    /// Things worth knowing that do not stop the import, each naming its line: a current block that
    /// differs from the contract's block, an "available" figure that is not current block - pickup, a rate
    /// that differs from the contracted one.
    std::vector<QString> warnings;

    /// The rows as pickup entries (night, room type, rooms), in the order of the file.
    std::vector<PickupEntry> entries() const;
};

struct PickupReportResult {
    PickupReport report;
    std::vector<CsvError> errors; ///< every problem found; when there is any, `report` is empty

    bool ok() const noexcept { return errors.empty(); }
};

/// Reads a pickup report for `contract`. The first non-blank record is the header; columns are found by
/// their header, ignoring case, spaces, underscores and hyphens: the night ("Date", "Night", "Stay Date"),
/// the room type ("Room Type", "Room Type Code", "Type"), the pickup ("Pickup", "Picked Up",
/// "Room Pickup") are required (the room type may be left out when the contract's block has a single room
/// type); "Original" ("Original Block", "Contracted"), "Current" ("Current Block",
/// "Final Block"), "Available" and "Rate" are read when present (an empty cell: not given); other columns
/// are ignored. Rows whose cells are all empty are skipped, and so are totals rows ("Total" or
/// "Grand Total" in the night's cell, or in another cell when the night's is empty), with a warning.
///
/// Dates may be written 2027-05-12, 2027/05/12, 20270512, 12.05.2027 (day first), 12-May-2027,
/// 12 May 2027, May 12, 2027 (English month names or their abbreviations, any case), with a weekday before
/// them or a time after them, or with slashes or hyphens day first or month first (12/05/2027,
/// 05-12-2027). Which of the last two is decided for the whole file: from a first part above 12 (day
/// first) or a second part above 12 (month first), both being an error; else as the contract's stay
/// shows, the reading under which every such date is a night of the stay; a file that fits both readings
/// or neither is refused, asking for year-month-day. Two-digit years are refused.
///
/// Room counts are whole numbers from 0 to 1,000,000 ("12", "12.0", "12,0", "1,200"). Rates may use
/// either decimal separator, with grouping ("189.00", "189,00", "1,189.00", "1.189,00", "1 189,00") and
/// the contract's ISO code or a sign of its currency before or after them ("USD 189.00", "$189"), never
/// another currency's; they are read exactly in the contract's currency, and more decimals than it has
/// (other than trailing zeros) is an error. When '.' and ',' both occur the last is the decimal separator;
/// one that occurs more than once groups thousands; a lone one followed by exactly three digits groups
/// thousands ("1,189", "18.000") unless the currency has three decimals ("62,750" KWD is 62.750).
///
/// Each row must name a night of the stay and a room type of the contract's block (matched ignoring
/// case, returned as the block spells it), once. Every problem is reported with its line and column,
/// ordered by line: a missing required column (naming the columns found), an empty file, a header with
/// no rows, a report none of whose nights is a night of the stay (one error for the file rather than one
/// per row), and each bad cell, night outside the stay or repeated night and room type.
PickupReportResult readPickupReportCsv(const QByteArray& bytes, const Contract& contract);

// ---------------------------------------------------------------------------------------------------------
// Spreadsheet export. Amounts are plain decimals in the currency's major units ("2640.00"), dates ISO,
// so that any spreadsheet reads them the same way.

/// One contract of a contract list export, with its assessment when it could be assessed.
struct ContractCsvRow {
    const Contract* contract = nullptr;
    const Assessment* assessment = nullptr; ///< null: not assessed (the figures are left empty)
};

/// Reference, group, account, hotel, sales manager, status, currency, arrival, departure, nights, block
/// room nights, picked up room nights, pickup %, rooms, F&B, meeting room, cancellation, tax, total owed,
/// deposits applied, net due: a header row, then a row per contract (a row without a contract is left
/// out). Block and picked up room nights are the contract's own; the pickup % is the assessment's
/// (counted room nights over the revised block) in points with two decimals, truncated ("84.50"), and
/// empty for a cancelled group.
QByteArray contractsCsv(const std::vector<ContractCsvRow>& rows);

/// An assessment's lines: reference, component ("rooms", "food-beverage", ...), night, quantity, rate,
/// factor (percentage points, header "Factor %"), amount, currency, explanation (English); then the
/// totals, one row each, with the component "total" and the total's name as the explanation: "Subtotal",
/// "Tax", "Total owed", "Deposits applied", "Net due", and "Deposit balance" when deposits are left over.
QByteArray assessmentCsv(const Contract& contract, const Assessment& assessment);

} // namespace attrition::io
