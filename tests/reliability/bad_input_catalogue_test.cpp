// The catalogue of bad inputs (docs/RELIABILITY.md). Each case is a file the test writes, or a database it
// sets up, run through the built attrition-cli as a user would. Each checks that the program did not crash,
// its exit code, the line of standard error the user sees (it names the file and the place), that nothing
// was printed as if the command had worked, and -- for every command given a database -- that the database
// holds exactly what it held before.

#include "../qt_printers.h"
#include "../support/shared_database.h"
#include "attrition/storage/migrations.h"
#include "reliability_support.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringConverter>
#include <QTemporaryDir>
#include <grp.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace attrition::reliability {
namespace {

// ---------------------------------------------------------------------------------------------------------
// Inputs

/// The valid contract every JSON case edits. Each edited text occurs in it once.
const char* const kContract = R"({
  "format": "attrition-desk/contract",
  "version": 1,
  "reference": "REL-2027-001",
  "groupName": "Reliability Forum 2027",
  "account": "Reliability Society",
  "hotel": "Harbour Grand Hotel",
  "salesManager": "Dana Whitfield",
  "status": "definite",
  "currency": "USD",
  "signedOn": "2026-03-02",
  "arrival": "2027-05-09",
  "departure": "2027-05-13",
  "cutoff": "2027-04-09",
  "block": [
    {"night": "2027-05-09", "roomType": "KING", "rooms": 20, "rate": "150.00"},
    {"night": "2027-05-10", "roomType": "KING", "rooms": 100, "rate": "150.00"},
    {"night": "2027-05-10", "roomType": "DOUBLE", "rooms": 30, "rate": "140.00"},
    {"night": "2027-05-11", "roomType": "KING", "rooms": 100, "rate": "155.00"},
    {"night": "2027-05-12", "roomType": "KING", "rooms": 20, "rate": "160.00"}
  ],
  "reviewSchedule": [{"deadline": "2027-01-15", "maxReduction": "20"}],
  "reductions": [{"recorded": "2027-01-10", "night": "2027-05-11", "roomType": "KING", "rooms": 90}],
  "pickup": [{"night": "2027-05-09", "roomType": "KING", "rooms": 5}],
  "attrition": {"performanceLevel": "80", "method": "cumulative", "damagesFactor": "80"},
  "foodBeverage": {"minimum": "45000.00", "damagesFactor": "35", "taxRate": "5"},
  "meetingRoom": {
    "rental": "7500.00",
    "scale": [{"minPickup": "90", "charged": "0"}, {"minPickup": "80", "charged": "50"},
              {"minPickup": "0", "charged": "100"}]
  },
  "cancellation": {
    "tiers": [{"minDays": 91, "percent": "40"}, {"minDays": 31, "maxDays": 90, "percent": "70"},
              {"minDays": 0, "maxDays": 30, "percent": "100"}]
  },
  "deposits": [{"received": "2026-03-15", "amount": "15000.00", "note": "Deposit on signing"}],
  "notes": "The contract every case of the reliability catalogue starts from."
}
)";

const char* const kReference = "REL-2027-001";

/// Marks an input whose edit did not apply: the case fails, saying which.
const QByteArray kEditFailed = "EDIT-FAILED: ";

/// The contract with each `from` replaced by its `to`; every `from` must occur exactly once.
QByteArray contract(std::initializer_list<std::pair<const char*, const char*>> edits = {}) {
    QByteArray text(kContract);
    for (const auto& [from, to] : edits) {
        if (text.count(from) != 1) {
            return kEditFailed + from;
        }
        text.replace(from, to);
    }
    return text;
}

/// The contract as a second, different contract (for imports that should add one).
QByteArray otherContract() {
    return contract({{R"("reference": "REL-2027-001")", R"("reference": "REL-2027-002")"}});
}

/// A collection of contracts.
QByteArray collection(const std::vector<QByteArray>& contracts) {
    QByteArray text = R"({"format": "attrition-desk/contracts", "version": 1, "contracts": [)";
    for (std::size_t i = 0; i < contracts.size(); ++i) {
        text += (i == 0 ? "\n" : ",\n") + contracts[i];
    }
    return text + "]}\n";
}

const char* const kPickupHeader = "Date,Room Type,Original,Current,Pickup,Available\n";

/// A pickup report: the header, then `rows`.
QByteArray pickup(const char* rows, const char* header = kPickupHeader) {
    return QByteArray(header) + rows;
}

QByteArray utf16(const QByteArray& utf8) {
    QStringEncoder encode(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    return encode(QString::fromUtf8(utf8));
}

// ---------------------------------------------------------------------------------------------------------
// Cases

enum class Command {
    Validate,
    Assess,
    Import,
    ImportPickup,
    List,
    Export,
    Forecast,
    Backtest,
    OutlookImport
};

/// What the case's database is, before the command runs.
enum class Db {
    None,           ///< the command is given no database
    Stored,         ///< an SQLite file holding the contract
    Missing,        ///< --database names a file that does not exist
    Folder,         ///< --database names a folder
    TextFile,       ///< a text file
    EmptyFile,      ///< a file of no bytes
    OtherProgram,   ///< an SQLite file of another program
    Truncated,      ///< the database of the samples, cut to half its length
    DamagedHeader,  ///< ... its first page overwritten
    DamagedPages,   ///< ... its middle half overwritten
    NewerSchema,    ///< the contract's database, written by a newer version (schema version 99)
    Locked,         ///< the contract's database, locked by another program
    ReadOnlyFile,   ///< the contract's database, a file the user may not write
    ReadOnlyFolder, ///< the contract's database, in a folder the user may not write
};

const QByteArray kNoFile = "\x01no-file";
const QByteArray kFolderFile = "\x01folder";

struct Case {
    const char* id;
    Command command;
    QByteArray input; ///< the file the command reads (kNoFile: none at that path; kFolderFile: a folder)
    int exitCode;
    /// A line of standard error, exactly; {file}, {second}, {db} and {dir} stand for the paths,
    /// {schema} for the schema version this program writes.
    const char* message;
    Db db = Db::None;
    QByteArray second = {};             ///< import: a second contract file
    const char* location = nullptr;     ///< --database as given, instead of the case's file
    const char* mustNotShow = nullptr;  ///< text that must appear nowhere in the output (a password)
    bool part = false;                  ///< `message` is part of a line (that goes on with SQLite's words)
    bool pattern = false;               ///< `message` is a regular expression a line must match
    const char* fileName = nullptr;     ///< the input's name, instead of contract.json / pickup.csv
    const char* reference = kReference; ///< import-pickup and forecast --db
    const char* options = nullptr;      ///< forecast and backtest: further words, separated by spaces
};

std::vector<Case> catalogue() {
    using C = Command;
    std::vector<Case> cases{
        // --- JSON: syntax and encoding ---------------------------------------------------------------
        {.id = "json-empty-file",
         .command = C::Validate,
         .input = "",
         .exitCode = 1,
         .message = "{file}: the file is empty"},
        {.id = "json-not-json",
         .command = C::Validate,
         .input = "These are my notes, not a contract.\n",
         .exitCode = 1,
         .message = "{file}: malformed JSON at line 1, column 2 (byte 1): illegal value"},
        {.id = "json-truncated",
         .command = C::Validate,
         .input = QByteArray(kContract).left(700),
         .exitCode = 1,
         .message = "{file}: malformed JSON at line 19, column 55 (byte 701): unterminated string"},
        {.id = "json-truncated-last-brace",
         .command = C::Import,
         .input = QByteArray(kContract).trimmed().chopped(1),
         .exitCode = 1,
         .message = "{file}: malformed JSON at line 38, column 1 (byte 1778): unterminated object",
         .db = Db::Stored},
        {.id = "json-missing-name-separator",
         .command = C::Validate,
         .input = contract({{R"("hotel": "Harbour)", R"("hotel" "Harbour)"}}),
         .exitCode = 1,
         .message = "{file}: malformed JSON at line 7, column 12 (byte 176): missing name separator"},
        {.id = "json-trailing-comma",
         .command = C::Validate,
         .input = contract({{R"("rooms": 5}])", R"("rooms": 5},])"}}),
         .exitCode = 1,
         .message =
             "{file}: malformed JSON at line 24, column 71 (byte 1055): object is missing after a comma"},
        {.id = "json-trailing-garbage",
         .command = C::Validate,
         .input = QByteArray(kContract) + "{}\n",
         .exitCode = 1,
         .message =
             "{file}: malformed JSON at line 39, column 1 (byte 1780): garbage at the end of the document"},
        {.id = "json-top-level-array",
         .command = C::Validate,
         .input = "[" + QByteArray(kContract) + "]",
         .exitCode = 1,
         .message = "{file}: $: expected a contract object, found an array"},
        {.id = "json-deep-nesting",
         .command = C::Validate,
         .input = QByteArray(100000, '[') + QByteArray(100000, ']'),
         .exitCode = 1,
         .message = "{file}: malformed JSON at line 1, column 1026 (byte 1025): too deeply nested document"},
        {.id = "json-invalid-utf8",
         .command = C::Validate,
         .input = contract({{R"("Reliability Forum 2027")", "\"R\xE9liability Forum 2027\""}}),
         .exitCode = 1,
         .message = "{file}: malformed JSON at line 5, column 18 (byte 105): invalid UTF8 string"},
        {.id = "json-utf16",
         .command = C::Validate,
         .input = utf16(kContract),
         .exitCode = 1,
         .message = R"(^{file}: .*UTF-16.*$)",
         .pattern = true},
        {.id = "json-control-character-in-string",
         .command = C::Validate,
         .input = contract({{R"("Reliability Society")", "\"Reliability\x01Society\""}}),
         .exitCode = 1,
         .message = R"(^{file}: (malformed JSON at line 6, column \d+ .*|\$\.account: .*)$)",
         .pattern = true},
        {.id = "json-duplicate-key",
         .command = C::Validate,
         .input = contract({{R"("reference": "REL-2027-001",)",
                             R"("reference": "REL-2027-001", "reference": "REL-2027-009",)"}}),
         .exitCode = 1,
         .message = R"(^{file}: (malformed JSON at line 4, column \d+ .*|\$\.reference: .*)$)",
         .pattern = true},
        {.id = "json-missing-file",
         .command = C::Validate,
         .input = kNoFile,
         .exitCode = 1,
         .message = "{file}: no such file",
         .fileName = "absent.json"},
        {.id = "json-folder",
         .command = C::Assess,
         .input = kFolderFile,
         .exitCode = 1,
         .message = "{file}: is a folder, not a contract file",
         .fileName = "a-folder.json"},
        {.id = "json-csv-given-to-import",
         .command = C::Import,
         .input = pickup("2027-05-09,KING,20,20,10,10\n"),
         .exitCode = 1,
         .message = "{file}: is a CSV file; a pickup report is imported with import-pickup FILE.csv --db REF",
         .db = Db::Stored,
         .fileName = "pickup.csv"},

        // --- JSON: format, version, fields ---------------------------------------------------------
        {.id = "json-format-missing",
         .command = C::Validate,
         .input = contract({{R"("format": "attrition-desk/contract",)", ""}}),
         .exitCode = 1,
         .message = "{file}: $: missing \"format\": this is not an Attrition Desk contract file"},
        {.id = "json-format-other",
         .command = C::Validate,
         .input = contract({{R"("attrition-desk/contract")", R"("attrition-desk/invoice")"}}),
         .exitCode = 1,
         .message =
             "{file}: $.format: expected \"attrition-desk/contract\", found \"attrition-desk/invoice\""},
        {.id = "json-version-future",
         .command = C::Import,
         .input = contract({{R"("version": 1)", R"("version": 2)"}}),
         .exitCode = 1,
         .message = "{file}: $.version: format version 2 is newer than this program supports (1)",
         .db = Db::Stored},
        {.id = "json-version-string",
         .command = C::Validate,
         .input = contract({{R"("version": 1)", R"("version": "1")"}}),
         .exitCode = 1,
         .message = "{file}: $.version: expected a format version number, found \"1\""},
        {.id = "json-reference-missing",
         .command = C::Import,
         .input = contract({{R"("reference": "REL-2027-001",)", ""}}),
         .exitCode = 1,
         .message = "{file}: $.reference: missing required field",
         .db = Db::Stored},
        {.id = "json-reference-number",
         .command = C::Validate,
         .input = contract({{R"("reference": "REL-2027-001")", R"("reference": 42)"}}),
         .exitCode = 1,
         .message = "{file}: $.reference: expected a string, found 42"},
        {.id = "json-reference-empty",
         .command = C::Import,
         .input = contract({{R"("reference": "REL-2027-001")", R"("reference": "")"}}),
         .exitCode = 1,
         .message = "{file}: $.reference: the contract reference is empty",
         .db = Db::Stored},
        {.id = "json-unknown-field",
         .command = C::Validate,
         .input = contract({{R"("status": "definite",)", R"("status": "definite", "colour": "blue",)"}}),
         .exitCode = 1,
         .message = "{file}: $.colour: unknown field \"colour\""},
        {.id = "json-misspelt-field",
         .command = C::Import,
         .input = contract({{R"("performanceLevel")", R"("perfomanceLevel")"}}),
         .exitCode = 1,
         .message = "{file}: $.attrition.perfomanceLevel: unknown field \"perfomanceLevel\" (did you mean "
                    "\"performanceLevel\"?)",
         .db = Db::Stored},
        {.id = "json-unknown-field-in-entry",
         .command = C::Validate,
         .input = contract({{R"("rate": "140.00")", R"("rate": "140.00", "view": "sea")"}}),
         .exitCode = 1,
         .message = "{file}: $.block[2].view: unknown field \"view\""},
        {.id = "json-null-field",
         .command = C::Validate,
         .input = contract({{R"("groupName": "Reliability Forum 2027")", R"("groupName": null)"}}),
         .exitCode = 1,
         .message = "{file}: $.groupName: expected a string, found null"},
        {.id = "json-status-unknown",
         .command = C::Validate,
         .input = contract({{R"("status": "definite")", R"("status": "signed")"}}),
         .exitCode = 1,
         .message = "{file}: $.status: expected one of \"prospect\", \"tentative\", \"definite\", "
                    "\"cancelled\", \"actualized\", \"lost\", found \"signed\""},
        {.id = "json-currency-unknown",
         .command = C::Validate,
         .input = contract({{R"("currency": "USD")", R"("currency": "XYZ")"}}),
         .exitCode = 1,
         .message = "{file}: $.currency: \"XYZ\" is not a known ISO 4217 currency code"},
        {.id = "json-collection-not-a-list",
         .command = C::Import,
         .input = R"({"format": "attrition-desk/contracts", "version": 1, "contracts": {}})",
         .exitCode = 1,
         .message = "{file}: $.contracts: expected an array of contracts, found an object",
         .db = Db::Stored},

        // --- JSON: dates ----------------------------------------------------------------------------
        {.id = "json-date-impossible",
         .command = C::Validate,
         .input = contract({{R"("signedOn": "2026-03-02")", R"("signedOn": "2027-02-30")"}}),
         .exitCode = 1,
         .message = "{file}: $.signedOn: \"2027-02-30\" is not a date in the calendar"},
        {.id = "json-date-february-29",
         .command = C::Import,
         .input = contract({{R"("cutoff": "2027-04-09")", R"("cutoff": "2027-02-29")"}}),
         .exitCode = 1,
         .message = "{file}: $.cutoff: \"2027-02-29\" is not a date in the calendar",
         .db = Db::Stored},
        {.id = "json-date-month-13",
         .command = C::Validate,
         .input = contract({{R"("deadline": "2027-01-15")", R"("deadline": "2027-13-15")"}}),
         .exitCode = 1,
         .message = "{file}: $.reviewSchedule[0].deadline: \"2027-13-15\" is not a date in the calendar"},
        {.id = "json-date-slashes",
         .command = C::Validate,
         .input = contract({{R"("night": "2027-05-12")", R"("night": "12/05/2027")"}}),
         .exitCode = 1,
         .message = "{file}: $.block[4].night: expected a date written YYYY-MM-DD, found \"12/05/2027\""},
        {.id = "json-date-number",
         .command = C::Validate,
         .input = contract({{R"("signedOn": "2026-03-02")", R"("signedOn": 20260302)"}}),
         .exitCode = 1,
         .message = "{file}: $.signedOn: expected a date written YYYY-MM-DD, found 20260302"},
        {.id = "json-departure-before-arrival",
         .command = C::Validate,
         .input = contract({{R"("departure": "2027-05-13")", R"("departure": "2027-05-01")"}}),
         .exitCode = 1,
         .message = "{file}: $.departure: departure (2027-05-01) must be after arrival (2027-05-09)"},
        {.id = "json-night-outside-stay",
         .command = C::Import,
         .input = contract({{R"("night": "2027-05-12")", R"("night": "2027-05-20")"}}),
         .exitCode = 1,
         .message =
             "{file}: $.block[4].night: night 2027-05-20 is outside the stay (2027-05-09 to 2027-05-12)",
         .db = Db::Stored},
        {.id = "json-night-departure-day",
         .command = C::Validate,
         .input = contract({{R"("night": "2027-05-12")", R"("night": "2027-05-13")"}}),
         .exitCode = 1,
         .message =
             "{file}: $.block[4].night: night 2027-05-13 is outside the stay (2027-05-09 to 2027-05-12)"},
        {.id = "json-pickup-before-arrival",
         .command = C::Assess,
         .input = contract({{R"({"night": "2027-05-09", "roomType": "KING", "rooms": 5})",
                             R"({"night": "2027-05-08", "roomType": "KING", "rooms": 5})"}}),
         .exitCode = 1,
         .message =
             "{file}: $.pickup[0].night: night 2027-05-08 is outside the stay (2027-05-09 to 2027-05-12)"},
        {.id = "json-review-reduction-negative",
         .command = C::Validate,
         .input = contract({{R"("maxReduction": "20")", R"("maxReduction": "-5")"}}),
         .exitCode = 1,
         .message =
             "{file}: $.reviewSchedule[0].maxReduction: the percentage -5% must be between 0% and 100%"},

        // --- JSON: counts ---------------------------------------------------------------------------
        {.id = "json-rooms-fraction",
         .command = C::Validate,
         .input = contract({{R"("rooms": 30)", R"("rooms": 2.5)"}}),
         .exitCode = 1,
         .message = "{file}: $.block[2].rooms: expected a whole number, found 2.5"},
        {.id = "json-rooms-string",
         .command = C::Validate,
         .input = contract({{R"("rooms": 30)", R"("rooms": "30")"}}),
         .exitCode = 1,
         .message = "{file}: $.block[2].rooms: expected a whole number, found \"30\""},
        {.id = "json-rooms-negative",
         .command = C::Import,
         .input = contract({{R"("rooms": 30)", R"("rooms": -30)"}}),
         .exitCode = 1,
         .message = "{file}: $.block[2].rooms: rooms must not be negative (-30)",
         .db = Db::Stored},
        {.id = "json-rooms-over-limit",
         .command = C::Validate,
         .input = contract({{R"("rooms": 30)", R"("rooms": 100001)"}}),
         .exitCode = 1,
         .message = "{file}: $.block[2].rooms: 100001 rooms is more than the largest block allowed (100000)"},
        {.id = "json-rooms-out-of-range",
         .command = C::Validate,
         .input = contract({{R"("rooms": 30)", R"("rooms": 3000000000)"}}),
         .exitCode = 1,
         .message = "{file}: $.block[2].rooms: 3000000000 is out of range (-2147483648 to 2147483647)"},
        {.id = "json-rooms-infinite",
         .command = C::Validate,
         .input = contract({{R"("rooms": 30)", R"("rooms": 1e400)"}}),
         .exitCode = 1,
         .message = "{file}: malformed JSON at line 18, column 65 (byte 628): illegal number"},
        {.id = "json-pickup-negative",
         .command = C::Validate,
         .input = contract({{R"("rooms": 5})", R"("rooms": -5})"}}),
         .exitCode = 1,
         .message = "{file}: $.pickup[0].rooms: rooms must not be negative (-5)"},
        {.id = "json-block-duplicate-night",
         .command = C::Import,
         .input = contract({{R"("roomType": "DOUBLE")", R"("roomType": "KING")"}}),
         .exitCode = 1,
         .message = "{file}: $.block[2]: night 2027-05-10 and this room type appear more than once",
         .db = Db::Stored},
        {.id = "json-room-type-empty",
         .command = C::Validate,
         .input = contract({{R"("roomType": "DOUBLE")", R"("roomType": "")"}}),
         .exitCode = 1,
         .message = "{file}: $.block[2].roomType: the room type is empty"},
        {.id = "json-reduction-raises-block",
         .command = C::Validate,
         .input = contract({{R"("roomType": "KING", "rooms": 90})", R"("roomType": "KING", "rooms": 120})"}}),
         .exitCode = 1,
         .message = "{file}: $.reductions[0].rooms: a reduction cannot raise the block (120 rooms where 100 "
                    "were contracted)"},
        {.id = "json-reduction-unblocked-night",
         .command = C::Validate,
         .input = contract({{R"("night": "2027-05-11", "roomType": "KING", "rooms": 90)",
                             R"("night": "2027-05-11", "roomType": "DOUBLE", "rooms": 10)"}}),
         .exitCode = 1,
         .message = "{file}: $.reductions[0]: no block entry for night 2027-05-11 and this room type"},

        // --- JSON: amounts --------------------------------------------------------------------------
        {.id = "json-rate-number",
         .command = C::Validate,
         .input = contract({{R"("rate": "140.00")", R"("rate": 140)"}}),
         .exitCode = 1,
         .message = "{file}: $.block[2].rate: amounts are written as decimal strings (\"189.00\"), not as "
                    "JSON numbers; found 140"},
        {.id = "json-rate-too-many-decimals",
         .command = C::Import,
         .input = contract({{R"("rate": "140.00")", R"("rate": "140.005")"}}),
         .exitCode = 1,
         .message = "{file}: $.block[2].rate: \"140.005\" has more decimals than USD allows (2)",
         .db = Db::Stored},
        {.id = "json-rate-grouping",
         .command = C::Validate,
         .input = contract({{R"("rate": "140.00")", R"("rate": "1,140.00")"}}),
         .exitCode = 1,
         .message = "{file}: $.block[2].rate: expected an amount such as \"1234.50\", found \"1,140.00\""},
        {.id = "json-rate-exponent",
         .command = C::Validate,
         .input = contract({{R"("rate": "140.00")", R"("rate": "1.4e2")"}}),
         .exitCode = 1,
         .message = "{file}: $.block[2].rate: expected an amount such as \"1234.50\", found \"1.4e2\""},
        {.id = "json-amount-overflows-int64",
         .command = C::Validate,
         .input = contract({{R"("amount": "15000.00")", R"("amount": "92233720368547758.08")"}}),
         .exitCode = 1,
         .message = "{file}: $.deposits[0].amount: \"92233720368547758.08\" is too large"},
        {.id = "json-amount-thirty-digits",
         .command = C::Import,
         .input =
             contract({{R"("minimum": "45000.00")", R"("minimum": "999999999999999999999999999999.00")"}}),
         .exitCode = 1,
         .message = "{file}: $.foodBeverage.minimum: \"999999999999999999999999999999.00\" is too large",
         .db = Db::Stored},
        {.id = "json-amounts-overflow-when-multiplied",
         .command = C::Assess,
         .input = contract({{R"("rate": "160.00")", R"("rate": "90000000000000000.00")"}}),
         .exitCode = 1,
         .message = "{file}: $.block[4].rate: the amounts are too large to be computed exactly (at most "
                    "1,000,000,000,000,000.00)",
         .part = true},
        {.id = "json-amount-negative",
         .command = C::Validate,
         .input = contract({{R"("amount": "15000.00")", R"("amount": "-15000.00")"}}),
         .exitCode = 1,
         .message = "{file}: $.deposits[0].amount: the amount must not be negative (-15,000.00)"},
        {.id = "json-amount-decimals-for-yen",
         .command = C::Validate,
         .input = contract({{R"("currency": "USD")", R"("currency": "JPY")"}}),
         .exitCode = 1,
         .message = "{file}: $.block[0].rate: \"150.00\" has more decimals than JPY allows (0)"},

        // --- JSON: percentages ----------------------------------------------------------------------
        {.id = "json-percent-over-100",
         .command = C::Import,
         .input = contract({{R"("performanceLevel": "80")", R"("performanceLevel": "120")"}}),
         .exitCode = 1,
         .message = "{file}: $.attrition.performanceLevel: the percentage 120% must be between 0% and 100%",
         .db = Db::Stored},
        {.id = "json-percent-negative",
         .command = C::Validate,
         .input = contract({{R"("damagesFactor": "80")", R"("damagesFactor": "-5")"}}),
         .exitCode = 1,
         .message = "{file}: $.attrition.damagesFactor: the percentage -5% must be between 0% and 100%"},
        {.id = "json-percent-five-decimals",
         .command = C::Validate,
         .input = contract({{R"("taxRate": "5")", R"("taxRate": "8.87512")"}}),
         .exitCode = 1,
         .message = "{file}: $.foodBeverage.taxRate: \"8.87512\" has more than 4 decimals"},
        {.id = "json-percent-number",
         .command = C::Validate,
         .input = contract({{R"("performanceLevel": "80")", R"("performanceLevel": 80)"}}),
         .exitCode = 1,
         .message = "{file}: $.attrition.performanceLevel: expected a percentage written as a decimal string "
                    "(\"8.875\"), found 80"},
        {.id = "json-review-reduction-over-100",
         .command = C::Validate,
         .input = contract({{R"("maxReduction": "20")", R"("maxReduction": "150")"}}),
         .exitCode = 1,
         .message =
             "{file}: $.reviewSchedule[0].maxReduction: the percentage 150% must be between 0% and 100%"},

        // --- JSON: cancellation tiers and meeting room scale ----------------------------------------
        {.id = "json-tiers-overlap",
         .command = C::Import,
         .input = contract({{R"("minDays": 31, "maxDays": 90)", R"("minDays": 31, "maxDays": 95)"}}),
         .exitCode = 1,
         .message = "{file}: $.cancellation.tiers[0]: the tier from 91 days overlaps the tier covering 31 to "
                    "95 days",
         .db = Db::Stored},
        {.id = "json-tiers-gap",
         .command = C::Validate,
         .input = contract({{R"("minDays": 31, "maxDays": 90)", R"("minDays": 31, "maxDays": 80)"}}),
         .exitCode = 1,
         .message = "{file}: $.cancellation.tiers: no tier covers notice 81 to 90 days before arrival"},
        {.id = "json-tiers-not-from-zero",
         .command = C::Validate,
         .input = contract({{R"(,
              {"minDays": 0, "maxDays": 30, "percent": "100"})",
                             ""}}),
         .exitCode = 1,
         .message = "{file}: $.cancellation.tiers: no tier covers notice 0 to 30 days before arrival"},
        {.id = "json-tier-max-before-min",
         .command = C::Validate,
         .input = contract({{R"("minDays": 0, "maxDays": 30)", R"("minDays": 30, "maxDays": 0)"}}),
         .exitCode = 1,
         .message = "{file}: $.cancellation.tiers[2].maxDays: the tier starts at 30 days but ends at 0 days"},
        {.id = "json-tier-negative-days",
         .command = C::Validate,
         .input = contract({{R"("minDays": 0, "maxDays": 30)", R"("minDays": -1, "maxDays": 30)"}}),
         .exitCode = 1,
         .message = "{file}: $.cancellation.tiers[2].minDays: days before arrival must not be negative (-1)"},
        {.id = "json-tier-percent-over-100",
         .command = C::Validate,
         .input = contract({{R"("percent": "100")", R"("percent": "250")"}}),
         .exitCode = 1,
         .message =
             "{file}: $.cancellation.tiers[2].percent: the percentage 250% must be between 0% and 100%"},
        {.id = "json-scale-charged-over-100",
         .command = C::Validate,
         .input = contract({{R"("charged": "50")", R"("charged": "150")"}}),
         .exitCode = 1,
         .message =
             "{file}: $.meetingRoom.scale[1].charged: the percentage 150% must be between 0% and 100%"},
        {.id = "json-scale-duplicate-band",
         .command = C::Import,
         .input = contract({{R"("reference": "REL-2027-001")", R"("reference": "REL-2027-002")"},
                            {R"("minPickup": "80")", R"("minPickup": "90")"}}),
         .exitCode = 1,
         .message = R"(^{file}: \$\.meetingRoom\.scale(\[1\](\.minPickup)?)?: .*$)",
         .db = Db::Stored,
         .pattern = true},
        {.id = "json-scale-min-pickup-negative",
         .command = C::Validate,
         .input = contract({{R"("minPickup": "0")", R"("minPickup": "-10")"}}),
         .exitCode = 1,
         .message =
             "{file}: $.meetingRoom.scale[2].minPickup: the percentage -10% must be between 0% and 100%"},

        // --- JSON: several contracts, several files -------------------------------------------------
        {.id = "json-collection-problem-in-second",
         .command = C::Import,
         .input = collection(
             {otherContract(), contract({{R"("reference": "REL-2027-001")", R"("reference": "REL-2027-003")"},
                                         {R"("rooms": 30)", R"("rooms": -30)"}})}),
         .exitCode = 1,
         .message = "{file}: $.contracts[1].block[2].rooms: rooms must not be negative (-30)",
         .db = Db::Stored},
        {.id = "json-collection-duplicate-reference",
         .command = C::Import,
         .input = collection({otherContract(), otherContract()}),
         .exitCode = 1,
         .message =
             "{file}: $.contracts[1]: the reference \"REL-2027-002\" is also given in {file}: $.contracts[0]",
         .db = Db::Stored},
        {.id = "json-duplicate-reference-across-files",
         .command = C::Import,
         .input = otherContract(),
         .exitCode = 1,
         .message = "{second}: $: the reference \"REL-2027-002\" is also given in {file}: $",
         .db = Db::Stored,
         .second = otherContract()},
        {.id = "json-changed-without-replace",
         .command = C::Import,
         .input = contract({{R"("Reliability Forum 2027")", R"("Reliability Forum 2027, moved")"}}),
         .exitCode = 1,
         .message = "{db}: Contract \"REL-2027-001\" was not saved: a contract with this reference is "
                    "already stored "
                    "(last saved by tester at ",
         .db = Db::Stored,
         .part = true},

        // --- CSV hotel outlooks ----------------------------------------------------------------------
        {.id = "outlook-negative-capacity",
         .command = C::OutlookImport,
         .input = "date,capacity,demand,net-adr\n2027-05-09,250,180,180.00\n2027-05-10,-3,100,150.00\n",
         .exitCode = 1,
         .message =
             "{file}: line 3, column 2 (capacity): expected a whole number of rooms from 0 to 1000000, "
             "found \"-3\"",
         .db = Db::Stored,
         .fileName = "outlook.csv"},
        {.id = "outlook-missing-column",
         .command = C::OutlookImport,
         .input = "date,capacity,demand\n2027-05-09,250,180\n",
         .exitCode = 1,
         .message =
             "{file}: line 1: the column \"net-adr\" is missing: date, capacity, demand and net-adr are "
             "needed",
         .db = Db::Stored,
         .fileName = "outlook.csv"},
        {.id = "outlook-night-twice",
         .command = C::OutlookImport,
         .input = "date,capacity,demand,net-adr\n2027-05-09,250,180,180.00\n2027-05-09,250,100,150.00\n",
         .exitCode = 1,
         .message = "{file}: line 3, column 1 (date): the night 2027-05-09 is given twice (first on line 2)",
         .db = Db::Stored,
         .fileName = "outlook.csv"},
        {.id = "outlook-amount-too-many-decimals",
         .command = C::OutlookImport,
         .input = "date,capacity,demand,net-adr\n2027-05-09,250,180,180.005\n",
         .exitCode = 1,
         .message =
             "{file}: line 2, column 4 (net-adr): expected an amount in USD of at least zero with at most "
             "2 decimals, found \"180.005\"",
         .db = Db::Stored,
         .fileName = "outlook.csv"},
        {.id = "outlook-no-nights",
         .command = C::OutlookImport,
         .input = "date,capacity,demand,net-adr\n",
         .exitCode = 1,
         .message = "{file}: holds no nights: nothing was imported",
         .db = Db::Stored,
         .fileName = "outlook.csv"},

        // --- CSV pickup reports ---------------------------------------------------------------------
        {.id = "csv-empty-file",
         .command = C::ImportPickup,
         .input = "",
         .exitCode = 1,
         .message = "{file}: the file is empty",
         .db = Db::Stored},
        {.id = "csv-header-only",
         .command = C::ImportPickup,
         .input = pickup(""),
         .exitCode = 1,
         .message = "{file}: the file has a header row but no pickup rows",
         .db = Db::Stored},
        {.id = "csv-missing-pickup-column",
         .command = C::ImportPickup,
         .input = pickup("2027-05-09,KING,20,20\n", "Date,Room Type,Original,Current\n"),
         .exitCode = 1,
         .message = "{file}: line 1: no column for the pickup (headed \"Pickup\", \"Picked Up\" or \"Room "
                    "Pickup\"); the columns are \"Date\", \"Room Type\", \"Original\", \"Current\"",
         .db = Db::Stored},
        {.id = "csv-missing-room-type-column",
         .command = C::ImportPickup,
         .input = pickup("2027-05-09,20,20,10\n", "Date,Original,Current,Pickup\n"),
         .exitCode = 1,
         .message = "{file}: line 1: no column for the room type (headed \"Room Type\", \"Room Type Code\" "
                    "or \"Type\"); the columns are \"Date\", \"Original\", \"Current\", \"Pickup\"",
         .db = Db::Stored},
        {.id = "csv-wrong-delimiter",
         .command = C::ImportPickup,
         .input =
             pickup("2027-05-09|KING|20|20|10|10\n", "Date|Room Type|Original|Current|Pickup|Available\n"),
         .exitCode = 1,
         .message = "{file}: line 1: no column for the night (headed \"Date\", \"Night\" or \"Stay Date\"); "
                    "the columns are \"Date|Room Type|Original|Current|Pickup|A...\"",
         .db = Db::Stored},
        {.id = "csv-duplicate-column",
         .command = C::ImportPickup,
         .input = pickup("2027-05-09,KING,10,10\n", "Date,Room Type,Pickup,Picked Up\n"),
         .exitCode = 1,
         .message = "{file}: line 1, column 4 (Picked Up): a second column for the pickup (column 3, "
                    "\"Pickup\", is the first)",
         .db = Db::Stored},
        {.id = "csv-unterminated-quote",
         .command = C::ImportPickup,
         .input = pickup("2027-05-09,KING,20,20,10,10\n2027-05-10,\"KING,100,100,96,4\n"),
         .exitCode = 1,
         .message = "{file}: line 3, column 2: the quote that opens this field is never closed",
         .db = Db::Stored},
        {.id = "csv-quoted-newline",
         .command = C::ImportPickup,
         .input = pickup("2027-05-09,KING,20,20,10,10\n2027-05-10,\"KI\nNG\",100,100,96,4\n2027-05-11,KING,"
                         "90,90,80,10\n"),
         .exitCode = 1,
         .message = "{file}: line 3, column 2 (Room Type): \"KI\\nNG\" is not a room type of the block "
                    "(KING, DOUBLE)",
         .db = Db::Stored},
        {.id = "csv-stray-quote",
         .command = C::ImportPickup,
         .input = pickup("2027-05-09,KI\"NG,20,20,10,10\n"),
         .exitCode = 1,
         .message = "{file}: line 2, column 2 (Room Type): \"KI\"NG\" is not a room type of the block (KING, "
                    "DOUBLE)",
         .db = Db::Stored},
        {.id = "csv-short-row",
         .command = C::ImportPickup,
         .input = pickup("2027-05-09,KING,20,20,10,10\n2027-05-10,KING\n"),
         .exitCode = 1,
         .message = "{file}: line 3, column 5 (Pickup): expected a whole number of rooms, found nothing",
         .db = Db::Stored},
        {.id = "csv-duplicate-night",
         .command = C::ImportPickup,
         .input = pickup(
             "2027-05-10,KING,100,100,96,4\n2027-05-10,DOUBLE,30,30,28,2\n2027-05-10,KING,100,100,90,10\n"),
         .exitCode = 1,
         .message = "{file}: line 4: 2027-05-10 KING is listed twice (first on line 2)",
         .db = Db::Stored},
        {.id = "csv-duplicate-night-other-case",
         .command = C::ImportPickup,
         .input = pickup("2027-05-10,KING,100,100,96,4\n2027-05-10,king,100,100,96,4\n"),
         .exitCode = 1,
         .message = "{file}: line 3: 2027-05-10 KING is listed twice (first on line 2)",
         .db = Db::Stored},
        {.id = "csv-night-outside-stay",
         .command = C::ImportPickup,
         .input = pickup("2027-05-09,KING,20,20,10,10\n2027-05-20,KING,20,20,10,10\n"),
         .exitCode = 1,
         .message = "{file}: line 3: the night 2027-05-20 is outside the stay (2027-05-09 to 2027-05-13)",
         .db = Db::Stored},
        {.id = "csv-night-departure-day",
         .command = C::ImportPickup,
         .input = pickup("2027-05-12,KING,20,20,10,10\n2027-05-13,KING,20,20,10,10\n"),
         .exitCode = 1,
         .message = "{file}: line 3: the night 2027-05-13 is the departure day, not a night of the stay "
                    "(2027-05-09 to 2027-05-13)",
         .db = Db::Stored},
        {.id = "csv-no-night-of-the-stay",
         .command = C::ImportPickup,
         .input = pickup("2026-05-09,KING,20,20,10,10\n2026-05-10,KING,100,100,96,4\n"),
         .exitCode = 1,
         .message =
             "{file}: none of the rows is for a night of the stay of REL-2027-001 (2027-05-09 to "
             "2027-05-13): the report's nights are 2026-05-09 to 2026-05-10; is it another group's report?",
         .db = Db::Stored},
        {.id = "csv-unknown-room-type",
         .command = C::ImportPickup,
         .input = pickup("2027-05-09,KING,20,20,10,10\n2027-05-10,SUITE,5,5,5,0\n"),
         .exitCode = 1,
         .message =
             "{file}: line 3, column 2 (Room Type): \"SUITE\" is not a room type of the block (KING, DOUBLE)",
         .db = Db::Stored},
        {.id = "csv-empty-room-type",
         .command = C::ImportPickup,
         .input = pickup("2027-05-09,,20,20,10,10\n"),
         .exitCode = 1,
         .message = "{file}: line 2, column 2 (Room Type): expected a room type of the block (KING, DOUBLE), "
                    "found nothing",
         .db = Db::Stored},
        {.id = "csv-ambiguous-slash-dates",
         .command = C::ImportPickup,
         .input = pickup("01/02/2027,KING,20,20,10,10\n"),
         .exitCode = 1,
         .message = "{file}: the dates with slashes could be day first or month first (\"01/02/2027\" on "
                    "line 2 could be 2027-02-01 or 2027-01-02), and the stay (2027-05-09 to 2027-05-13) fits "
                    "neither; write dates year-month-day, as in 2027-05-12",
         .db = Db::Stored},
        {.id = "csv-mixed-date-order",
         .command = C::ImportPickup,
         .input = pickup(
             "2027-05-09,KING,20,20,10,10\n13/05/2027,KING,20,20,10,10\n05/14/2027,KING,20,20,10,10\n"),
         .exitCode = 1,
         .message =
             "{file}: line 4, column 1 (Date): \"05/14/2027\" is written month first, but \"13/05/2027\" on "
             "line 3 is written day first; write dates year-month-day, as in 2027-05-12",
         .db = Db::Stored},
        {.id = "csv-two-digit-year",
         .command = C::ImportPickup,
         .input = pickup("09.05.27,KING,20,20,10,10\n"),
         .exitCode = 1,
         .message = "{file}: line 2, column 1 (Date): the year of \"09.05.27\" has two digits; write it with "
                    "four, as in 2027-05-12",
         .db = Db::Stored},
        {.id = "csv-impossible-date",
         .command = C::ImportPickup,
         .input = pickup("2027-05-09,KING,20,20,10,10\n2027-02-30,KING,20,20,10,10\n"),
         .exitCode = 1,
         .message = "{file}: line 3, column 1 (Date): \"2027-02-30\" is not a date in the calendar",
         .db = Db::Stored},
        {.id = "csv-date-not-a-date",
         .command = C::ImportPickup,
         .input = pickup("next Tuesday,KING,20,20,10,10\n"),
         .exitCode = 1,
         .message =
             "{file}: line 2, column 1 (Date): expected a date such as 2027-05-12, found \"next Tuesday\"",
         .db = Db::Stored},
        {.id = "csv-count-not-a-number",
         .command = C::ImportPickup,
         .input = pickup("2027-05-09,KING,20,20,ten,10\n"),
         .exitCode = 1,
         .message = "{file}: line 2, column 5 (Pickup): expected a whole number of rooms, found \"ten\"",
         .db = Db::Stored},
        {.id = "csv-count-negative",
         .command = C::ImportPickup,
         .input = pickup("2027-05-09,KING,20,20,-3,23\n"),
         .exitCode = 1,
         .message = "{file}: line 2, column 5 (Pickup): a number of rooms cannot be negative, found \"-3\"",
         .db = Db::Stored},
        {.id = "csv-count-implausible",
         .command = C::ImportPickup,
         .input = pickup("2027-05-09,KING,20,20,5000000,10\n"),
         .exitCode = 1,
         .message = "{file}: line 2, column 5 (Pickup): \"5000000\" is not a plausible number of rooms (at "
                    "most 1,000,000)",
         .db = Db::Stored},
        {.id = "csv-count-enormous",
         .command = C::ImportPickup,
         .input = pickup("2027-05-09,KING,20,20,99999999999999999999999,10\n"),
         .exitCode = 1,
         .message = "{file}: line 2, column 5 (Pickup): \"99999999999999999999999\" is not a plausible "
                    "number of rooms (at most 1,000,000)",
         .db = Db::Stored},
        {.id = "csv-count-fraction",
         .command = C::ImportPickup,
         .input = pickup("2027-05-09,KING,20,20,10.5,10\n"),
         .exitCode = 1,
         .message = "{file}: line 2, column 5 (Pickup): expected a whole number of rooms, found \"10.5\"",
         .db = Db::Stored},
        {.id = "csv-count-missing",
         .command = C::ImportPickup,
         .input = pickup("2027-05-09,KING,20,20,,10\n"),
         .exitCode = 1,
         .message = "{file}: line 2, column 5 (Pickup): expected a whole number of rooms, found nothing",
         .db = Db::Stored},
        {.id = "csv-rate-too-many-decimals",
         .command = C::ImportPickup,
         .input = pickup("2027-05-09,KING,10,150.0055\n", "Date,Room Type,Pickup,Rate\n"),
         .exitCode = 1,
         .message =
             "{file}: line 2, column 4 (Rate): USD amounts have at most 2 decimals, found \"150.0055\"",
         .db = Db::Stored},
        {.id = "csv-rate-other-currency",
         .command = C::ImportPickup,
         .input = pickup("2027-05-09,KING,10,EUR 150.00\n", "Date,Room Type,Pickup,Rate\n"),
         .exitCode = 1,
         .message = "{file}: line 2, column 4 (Rate): the rate \"EUR 150.00\" is not in the contract's "
                    "currency (USD)",
         .db = Db::Stored},
        {.id = "csv-utf8-bom",
         .command = C::ImportPickup,
         .input = "\xEF\xBB\xBF" + pickup("2027-05-09,KING,20,20,10,10\n2027-05-10,SUITE,5,5,5,0\n"),
         .exitCode = 1,
         .message =
             "{file}: line 3, column 2 (Room Type): \"SUITE\" is not a room type of the block (KING, DOUBLE)",
         .db = Db::Stored},
        {.id = "csv-latin1",
         .command = C::ImportPickup,
         .input = pickup("2027-05-09,KING,20,20,10,10\n2027-05-10,SUITE D\xC9LUXE,5,5,5,0\n"),
         .exitCode = 1,
         .message = "{file}: line 3, column 2 (Room Type): \"SUITE DÉLUXE\" is not a room type of the block "
                    "(KING, DOUBLE)",
         .db = Db::Stored},
        {.id = "csv-windows-1252",
         .command = C::ImportPickup,
         .input = pickup("2027-05-09,KING,20,20,10,10\n2027-05-10,\x93SEA VIEW\x94 \x80,5,5,5,0\n"),
         .exitCode = 1,
         .message = "{file}: line 3, column 2 (Room Type): \"“SEA VIEW” €\" is not a room type of the block "
                    "(KING, DOUBLE)",
         .db = Db::Stored},
        {.id = "csv-utf16",
         .command = C::ImportPickup,
         .input = utf16(pickup("2027-05-09,KING,20,20,10,10\n2027-05-10,SUITE D\xC3\x89LUXE,5,5,5,0\n")),
         .exitCode = 1,
         .message = "{file}: line 3, column 2 (Room Type): \"SUITE DÉLUXE\" is not a room type of the block "
                    "(KING, DOUBLE)",
         .db = Db::Stored},
        {.id = "csv-binary",
         .command = C::ImportPickup,
         .input = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20),
         .exitCode = 1,
         .message = "{file}: line 1: no column for the night (headed \"Date\", \"Night\" or \"Stay Date\"); "
                    "the columns are \"‰PNG\"",
         .db = Db::Stored},
        {.id = "csv-unknown-contract",
         .command = C::ImportPickup,
         .input = pickup("2027-05-09,KING,20,20,10,10\n"),
         .exitCode = 1,
         .message =
             "{db}: Could not load contract \"NOPE-404\" in {db}: no contract with this reference is stored.",
         .db = Db::Stored,
         .reference = "NOPE-404"},
        {.id = "csv-missing-file",
         .command = C::ImportPickup,
         .input = kNoFile,
         .exitCode = 1,
         .message = "{file}: cannot be read: No such file or directory",
         .db = Db::Stored},

        // --- Databases ------------------------------------------------------------------------------
        {.id = "db-missing-file",
         .command = C::List,
         .input = {},
         .exitCode = 1,
         .message = "attrition-cli: Could not open the contract database in {db}: the file does not exist.",
         .db = Db::Missing},
        {.id = "db-missing-file-pickup",
         .command = C::ImportPickup,
         .input = pickup("2027-05-09,KING,20,20,10,10\n"),
         .exitCode = 1,
         .message = "attrition-cli: Could not open the contract database in {db}: the file does not exist.",
         .db = Db::Missing},
        {.id = "db-folder",
         .command = C::Import,
         .input = otherContract(),
         .exitCode = 1,
         .message = "attrition-cli: Could not open the contract database in {db}: it is a folder, not a "
                    "database file.",
         .db = Db::Folder},
        {.id = "db-text-file",
         .command = C::List,
         .input = {},
         .exitCode = 1,
         .message = "attrition-cli: Could not open the contract database in {db}: the file is not a contract "
                    "database (it is not an SQLite database: it may be damaged, or a different kind of "
                    "file); it was left unchanged.",
         .db = Db::TextFile},
        {.id = "db-empty-file",
         .command = C::Export,
         .input = {},
         .exitCode = 1,
         .message = "attrition-cli: Could not open the contract database in {db}: the file is empty; it "
                    "holds no contracts.",
         .db = Db::EmptyFile},
        {.id = "db-other-program",
         .command = C::Import,
         .input = otherContract(),
         .exitCode = 1,
         .message = "attrition-cli: Could not open the contract database in {db}: the file is an SQLite "
                    "database of another program (it holds no contract tables); it was left unchanged.",
         .db = Db::OtherProgram},
        {.id = "db-truncated",
         .command = C::Export,
         .input = {},
         .exitCode = 1,
         .message = "attrition-cli: Could not open the contract database in {db}: the database file is "
                    "damaged; restore it from a backup. (database disk image is malformed)",
         .db = Db::Truncated,
         .part = true},
        {.id = "db-damaged-header",
         .command = C::List,
         .input = {},
         .exitCode = 1,
         .message = "attrition-cli: Could not open the contract database in {db}: the file is not a database "
                    "(it may be damaged or of another kind). (file is not a database)",
         .db = Db::DamagedHeader,
         .part = true},
        {.id = "db-damaged-pages",
         .command = C::Export,
         .input = {},
         .exitCode = 1,
         .message = "attrition-cli: Could not open the contract database in {db}: the database file is "
                    "damaged; restore it from a backup. (database disk image is malformed)",
         .db = Db::DamagedPages,
         .part = true},
        {.id = "db-newer-schema",
         .command = C::Import,
         .input = otherContract(),
         .exitCode = 1,
         .message =
             "attrition-cli: Could not open the contract database in {db}: it was written by a newer "
             "version of Attrition Desk (schema version 99; this version reads up to {schema}). Install the "
             "newer version to open it; the database was left unchanged.",
         .db = Db::NewerSchema},
        {.id = "db-newer-schema-pickup",
         .command = C::ImportPickup,
         .input = pickup("2027-05-09,KING,20,20,10,10\n"),
         .exitCode = 1,
         .message =
             "attrition-cli: Could not open the contract database in {db}: it was written by a newer "
             "version of Attrition Desk (schema version 99; this version reads up to {schema}). Install the "
             "newer version to open it; the database was left unchanged.",
         .db = Db::NewerSchema},
        {.id = "db-locked",
         .command = C::Import,
         .input = otherContract(),
         .exitCode = 1,
         .message = "attrition-cli: Could not open the contract database in {db}: another program is using "
                    "the database and did not let go of it within 5 s; close the other program or try again "
                    "in a moment. (database is locked)",
         .db = Db::Locked},
        {.id = "db-read-only-file",
         .command = C::Import,
         .input = otherContract(),
         .exitCode = 1,
         .message = "attrition-cli: Could not open the contract database in {db}: the file is read-only; "
                    "make it writable, or open a copy of it.",
         .db = Db::ReadOnlyFile},
        {.id = "db-read-only-folder",
         .command = C::Import,
         .input = otherContract(),
         .exitCode = 1,
         .message = "attrition-cli: Could not open the contract database in {db}: its folder {dir}/read-only "
                    "is read-only, and the database needs to keep a journal beside the file.",
         .db = Db::ReadOnlyFolder},
        {.id = "db-location-with-password",
         .command = C::List,
         .input = {},
         .exitCode = 1,
         .message = "attrition-cli: \"postgresql://ana:***@127.0.0.1:1/sales\" is not a database location: "
                    "it holds a password; never write one on a command line or in a setting, let the server "
                    "ask for it or keep it in ~/.pgpass",
         .location = "postgresql://ana:s3cret-pw@127.0.0.1:1/sales",
         .mustNotShow = "s3cret-pw"},
        {.id = "db-location-unknown-setting",
         .command = C::List,
         .input = {},
         .exitCode = 1,
         .message = "attrition-cli: \"postgresql://ana@127.0.0.1:1/sales?sslmode=disable\" is not a database "
                    "location: unknown setting \"sslmode\" (only schema=NAME may follow the database)",
         .location = "postgresql://ana@127.0.0.1:1/sales?sslmode=disable"},
        {.id = "db-location-no-database",
         .command = C::List,
         .input = {},
         .exitCode = 1,
         .message = "attrition-cli: \"postgresql://ana@127.0.0.1:1/\" is not a database location: name the "
                    "database after the server, as in postgresql://ana@db.example/sales",
         .location = "postgresql://ana@127.0.0.1:1/"},
        {.id = "db-location-other-scheme",
         .command = C::List,
         .input = {},
         .exitCode = 1,
         .message = "attrition-cli: \"mysql://ana@db.example/sales\" is not a database location: give an "
                    "SQLite file or a postgresql:// address",
         .location = "mysql://ana@db.example/sales"},
        {.id = "db-server-unreachable",
         .command = C::Import,
         .input = otherContract(),
         .exitCode = 1,
         .message =
             "attrition-cli: Could not connect to the contract database in "
             "postgresql://ana@127.0.0.1:1/sales: the connection to the server failed; check the server "
             "address and that it is running. (connection to server at \"127.0.0.1\", port 1 failed: "
             "Connection refused Is the server running on that host and accepting TCP/IP connections?)",
         .location = "postgresql://ana@127.0.0.1:1/sales",
         .part = true},
        // --- Forecasts ---------------------------------------------------------------------------------
        {.id = "forecast-draws-zero",
         .command = C::Forecast,
         .input = kNoFile,
         .exitCode = 2,
         .message = "attrition-cli: --draws: expected a whole number from 1 to 1000000, found \"0\"",
         .db = Db::Stored,
         .options = "--draws 0"},
        {.id = "forecast-today-not-a-date",
         .command = C::Forecast,
         .input = kNoFile,
         .exitCode = 2,
         .message = "attrition-cli: --today: expected a date written YYYY-MM-DD, found \"2027-02-30\"",
         .db = Db::Stored,
         .options = "--today 2027-02-30"},
        {.id = "forecast-seed-negative",
         .command = C::Forecast,
         .input = kNoFile,
         .exitCode = 2,
         .message =
             "attrition-cli: --seed: expected a whole number from 0 to 18446744073709551615, found \"-1\"",
         .db = Db::Stored,
         .options = "--seed -1"},
        {.id = "forecast-arrived-group",
         .command = C::Forecast,
         .input = kNoFile,
         .exitCode = 1,
         .message = "{db}, contract \"REL-2027-001\": the group arrived on 2027-05-09; a forecast looks at "
                    "groups still to arrive (--today is 2027-06-01)",
         .db = Db::Stored,
         .options = "--today 2027-06-01"},
        {.id = "forecast-unknown-contract",
         .command = C::Forecast,
         .input = kNoFile,
         .exitCode = 1,
         .message =
             "{db}: Could not load contract \"NOPE-404\" in {db}: no contract with this reference is stored.",
         .db = Db::Stored,
         .reference = "NOPE-404"},
        {.id = "backtest-horizon-out-of-range",
         .command = C::Backtest,
         .input = kNoFile,
         .exitCode = 2,
         .message =
             "attrition-cli: --horizons: expected days before arrival from 0 to 365 separated by commas, "
             "found \"30,400\"",
         .db = Db::Stored,
         .options = "--horizons 30,400"},
    };
    return cases;
}

void PrintTo(const Case& c, std::ostream* os) {
    *os << c.id;
}

std::string caseName(const ::testing::TestParamInfo<Case>& info) {
    std::string name = info.param.id;
    for (char& c : name) {
        if (c == '-') {
            c = '_';
        }
    }
    return name;
}

// ---------------------------------------------------------------------------------------------------------
// Databases

/// Every row of every table of an SQLite file, as text: two dumps are equal when the files hold the
/// same.
QString dumpSqlite(const QString& file) {
    static int counter = 0;
    const QString name = QStringLiteral("dump-%1").arg(++counter);
    QString dump;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (!db.open()) {
            dump = QStringLiteral("cannot open: ") + db.lastError().text();
        } else {
            QSqlQuery tables(db);
            tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
            QStringList names;
            while (tables.next()) {
                names << tables.value(0).toString();
            }
            for (const QString& table : names) {
                dump += QStringLiteral("== ") + table + QLatin1Char('\n');
                QSqlQuery rows(db);
                if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table))) {
                    rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
                }
                while (rows.next()) {
                    QStringList values;
                    for (int i = 0; i < rows.record().count(); ++i) {
                        values << rows.value(i).toString();
                    }
                    dump += values.join(QLatin1Char('|')) + QLatin1Char('\n');
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return dump;
}

bool execSqlite(const QString& file, const QStringList& statements) {
    static int counter = 0;
    const QString name = QStringLiteral("exec-%1").arg(++counter);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        ok = db.open();
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(sql)) {
                ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool overwrite(const QString& path, qint64 from, qint64 length, char fill) {
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.seek(from) &&
           f.write(QByteArray(static_cast<qsizetype>(length), fill)) == length;
}

/// Drops to the user nobody in the child, for the read-only cases when the tests run as root (who may
/// write any file). Exits with 125 when it cannot.
void becomeNobody() {
    if (::geteuid() == 0 && (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)) {
        ::_exit(125);
    }
}

/// The sample files, by name.
QStringList sampleFiles() {
    QStringList samples;
    const QDir dir(QStringLiteral(ATTRITION_SAMPLES_DIR));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        samples << dir.filePath(name);
    }
    return samples;
}

/// Imports `files` into a new database at `path` with the built attrition-cli.
bool importWithCli(const QStringList& files, const QString& path) {
    QTemporaryDir home;
    if (!home.isValid()) {
        ADD_FAILURE() << "no temporary folder";
        return false;
    }
    const CliRun run = cli(QStringList{QStringLiteral("import")} + files +
                               QStringList{QStringLiteral("--database"), path, QStringLiteral("--user"),
                                           QStringLiteral("tester")},
                           isolatedEnvironment(home.path()));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return run.exitCode == 0 && !run.crashed;
}

class BadInput : public ::testing::TestWithParam<Case> {
public:
    /// The two databases the cases start from, imported by attrition-cli once per build of this program and
    /// of attrition-cli (each test is a process of its own).
    static void SetUpTestSuite() {
        templates_ = std::make_unique<QTemporaryDir>();
        ASSERT_TRUE(templates_->isValid());
        const QStringList inputs{QStringLiteral(ATTRITION_CLI), QStringLiteral(ATTRITION_SAMPLES_DIR)};
        // The contract's database.
        ASSERT_TRUE(testsupport::copySharedDatabase(
            QStringLiteral("catalogue-stored"),
            [](const QString& built) {
                QTemporaryDir input;
                const QString file = input.filePath(QStringLiteral("contract.json"));
                return input.isValid() && writeFile(file, kContract) && importWithCli({file}, built);
            },
            stored_(), inputs));
        // The samples' database, large enough to damage in the middle.
        ASSERT_TRUE(testsupport::copySharedDatabase(
            QStringLiteral("catalogue-samples"),
            [](const QString& built) { return importWithCli(sampleFiles(), built); }, samples_(), inputs));
    }
    static void TearDownTestSuite() { templates_.reset(); }

protected:
    static QString stored_() { return templates_->filePath(QStringLiteral("stored.sqlite")); }
    static QString samples_() { return templates_->filePath(QStringLiteral("samples.sqlite")); }

    static inline std::unique_ptr<QTemporaryDir> templates_;
};

TEST_P(BadInput, IsRefusedWithAMessageNamingThePlaceAndWritesNothing) {
    const Case& c = GetParam();
    ASSERT_FALSE(c.input.startsWith(kEditFailed)) << "the case's edit did not apply: " << c.input.constData();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString home = dir.filePath(QStringLiteral("home"));
    ASSERT_TRUE(QDir().mkpath(home));
    QProcessEnvironment env = isolatedEnvironment(home);

    // The input file(s).
    const bool csv = c.command == Command::ImportPickup;
    const QString file = dir.filePath(
        c.fileName != nullptr ? QString::fromUtf8(c.fileName)
                              : (csv ? QStringLiteral("pickup.csv") : QStringLiteral("contract.json")));
    if (c.input == kFolderFile) {
        ASSERT_TRUE(QDir().mkpath(file));
    } else if (c.input != kNoFile && (c.command != Command::List && c.command != Command::Export)) {
        ASSERT_TRUE(writeFile(file, c.input));
    }
    const QString second = dir.filePath(QStringLiteral("second.json"));
    if (!c.second.isEmpty()) {
        ASSERT_TRUE(writeFile(second, c.second));
    }

    // The database.
    QString db = dir.filePath(QStringLiteral("contracts.sqlite"));
    std::unique_ptr<QProcess> holder;
    bool unprivileged = false;
    switch (c.db) {
    case Db::None:
    case Db::Missing:
        break;
    case Db::Folder:
        db = dir.filePath(QStringLiteral("a-folder"));
        ASSERT_TRUE(QDir().mkpath(db));
        break;
    case Db::TextFile:
        ASSERT_TRUE(writeFile(db, "These are my notes, not a database.\n"));
        break;
    case Db::EmptyFile:
        ASSERT_TRUE(writeFile(db, {}));
        break;
    case Db::OtherProgram:
        ASSERT_TRUE(execSqlite(db, {QStringLiteral("CREATE TABLE recipes (name TEXT)"),
                                    QStringLiteral("INSERT INTO recipes VALUES ('bread')")}));
        break;
    case Db::Stored:
    case Db::NewerSchema:
    case Db::Locked:
    case Db::ReadOnlyFile:
        ASSERT_TRUE(QFile::copy(stored_(), db));
        break;
    case Db::ReadOnlyFolder:
        db = dir.filePath(QStringLiteral("read-only/contracts.sqlite"));
        ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("read-only"))));
        ASSERT_TRUE(QFile::copy(stored_(), db));
        break;
    case Db::Truncated:
    case Db::DamagedHeader:
    case Db::DamagedPages:
        ASSERT_TRUE(QFile::copy(samples_(), db));
        QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
        break;
    }
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    const qint64 size = QFileInfo(db).size();
    switch (c.db) {
    case Db::Truncated: {
        QFile f(db);
        ASSERT_TRUE(f.resize(size / 2));
        break;
    }
    case Db::DamagedHeader:
        ASSERT_TRUE(overwrite(db, 16, 4000, '\x5A'));
        break;
    case Db::DamagedPages:
        ASSERT_GT(size, 32 * 4096);
        ASSERT_TRUE(overwrite(db, size / 4, size / 2, '\xAB'));
        break;
    case Db::NewerSchema:
        ASSERT_TRUE(
            execSqlite(db, {QStringLiteral("INSERT INTO schema_version (version, name, applied_at) "
                                           "VALUES (99, 'from_the_future', '2030-01-01T00:00:00.000Z')"),
                            QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}));
        break;
    default:
        break;
    }

    // What the database holds before: every row, or else its bytes.
    const bool sqlite = c.db == Db::Stored || c.db == Db::NewerSchema || c.db == Db::Locked ||
                        c.db == Db::ReadOnlyFile || c.db == Db::ReadOnlyFolder || c.db == Db::OtherProgram;
    const QString dumpBefore = sqlite ? dumpSqlite(db) : QString();
    const QByteArray bytesBefore = filesHash(db);
    const QStringList dbArgs{QStringLiteral("--database"),
                             c.location != nullptr ? QString::fromUtf8(c.location) : db};
    CliRun exportBefore;
    if (c.db == Db::Stored) {
        exportBefore = cli(QStringList{QStringLiteral("export")} + dbArgs, env);
        ASSERT_EQ(exportBefore.exitCode, 0) << exportBefore.err.toStdString();
    }

    if (c.db == Db::ReadOnlyFile || c.db == Db::ReadOnlyFolder) {
        ASSERT_EQ(::chmod(dir.path().toLocal8Bit().constData(), 0777), 0);
        ASSERT_EQ(::chmod(home.toLocal8Bit().constData(), 0777), 0);
        ASSERT_EQ(::chmod(file.toLocal8Bit().constData(), 0644), 0);
        if (c.db == Db::ReadOnlyFile) {
            ASSERT_EQ(::chmod(db.toLocal8Bit().constData(), 0444), 0);
        } else {
            ASSERT_EQ(::chmod(db.toLocal8Bit().constData(), 0666), 0);
            ASSERT_EQ(::chmod(QFileInfo(db).absolutePath().toLocal8Bit().constData(), 0555), 0);
        }
        unprivileged = ::geteuid() == 0;
    }
    if (c.db == Db::Locked) {
        holder = std::make_unique<QProcess>();
        holder->start(QStringLiteral(ATTRITION_STORAGE_TEST_HELPER),
                      {QStringLiteral("hold"), db, QStringLiteral("exclusive")});
        ASSERT_TRUE(holder->waitForReadyRead(20000));
        ASSERT_EQ(holder->readLine().trimmed(), QByteArray("holding"));
    }

    // The command.
    QStringList args;
    switch (c.command) {
    case Command::Validate:
        args << QStringLiteral("validate") << file;
        break;
    case Command::Assess:
        args << QStringLiteral("assess") << file;
        break;
    case Command::Import:
        args << QStringLiteral("import") << file;
        if (!c.second.isEmpty()) {
            args << second;
        }
        args << dbArgs << QStringLiteral("--user") << QStringLiteral("tester");
        break;
    case Command::ImportPickup:
        args << QStringLiteral("import-pickup") << file << QStringLiteral("--db")
             << QString::fromUtf8(c.reference) << QStringLiteral("--report-date")
             << QStringLiteral("2027-04-01") << dbArgs << QStringLiteral("--user")
             << QStringLiteral("tester");
        break;
    case Command::List:
        args << QStringLiteral("list") << dbArgs;
        break;
    case Command::Export:
        args << QStringLiteral("export") << dbArgs;
        break;
    case Command::Forecast:
        args << QStringLiteral("forecast") << QStringLiteral("--db") << QString::fromUtf8(c.reference)
             << dbArgs;
        break;
    case Command::Backtest:
        args << QStringLiteral("backtest") << dbArgs;
        break;
    case Command::OutlookImport:
        args << QStringLiteral("outlook") << QStringLiteral("import") << file << QStringLiteral("--hotel")
             << QStringLiteral("Harbour Grand Hotel") << dbArgs << QStringLiteral("--user")
             << QStringLiteral("tester");
        break;
    }
    if (c.options != nullptr) {
        args << QString::fromUtf8(c.options).split(QLatin1Char(' '));
    }
    const CliRun r =
        cli(args, env, unprivileged ? std::function<void()>(becomeNobody) : std::function<void()>());

    if (holder) {
        holder->closeWriteChannel();
        EXPECT_TRUE(holder->waitForFinished(20000));
        EXPECT_EQ(holder->exitCode(), 0);
    }
    if (c.db == Db::ReadOnlyFile || c.db == Db::ReadOnlyFolder) {
        ::chmod(QFileInfo(db).absolutePath().toLocal8Bit().constData(), 0755);
        ::chmod(db.toLocal8Bit().constData(), 0644);
        if (unprivileged && r.exitCode == 125) {
            GTEST_SKIP() << "running as root, and unable to run the program as the user nobody here";
        }
    }

    // What the user sees.
    const auto expand = [&](QString text) {
        return text.replace(QStringLiteral("{file}"), file)
            .replace(QStringLiteral("{second}"), second)
            .replace(QStringLiteral("{db}"), db)
            .replace(QStringLiteral("{dir}"), dir.path())
            .replace(QStringLiteral("{schema}"),
                     QString::number(storage::latestSchemaVersion(storage::Engine::SQLite)));
    };
    const QString expected = c.pattern
                                 ? QString::fromUtf8(c.message)
                                       .replace(QStringLiteral("{file}"), QRegularExpression::escape(file))
                                       .replace(QStringLiteral("{db}"), QRegularExpression::escape(db))
                                 : expand(QString::fromUtf8(c.message));
    const QString shown =
        QStringLiteral("\n--- standard error of attrition-cli %1:\n%2--- standard output:\n%3")
            .arg(args.join(QLatin1Char(' ')), r.err, r.out);
    EXPECT_FALSE(r.crashed) << shown.toStdString();
    EXPECT_EQ(r.exitCode, c.exitCode) << shown.toStdString();
    const QStringList lines = r.errLines();
    const QRegularExpression regex(c.pattern ? expected : QString());
    const bool found = std::any_of(lines.begin(), lines.end(), [&](const QString& line) {
        return c.pattern ? regex.match(line).hasMatch() : c.part ? line.contains(expected) : line == expected;
    });
    EXPECT_TRUE(found) << "expected the line\n  " << expected.toStdString() << shown.toStdString();
    if (c.exitCode != 0) {
        EXPECT_EQ(r.out, QString()) << "a refused command printed output" << shown.toStdString();
    }
    if (c.mustNotShow != nullptr) {
        EXPECT_FALSE(r.err.contains(QString::fromUtf8(c.mustNotShow))) << shown.toStdString();
        EXPECT_FALSE(r.out.contains(QString::fromUtf8(c.mustNotShow))) << shown.toStdString();
    }

    // Nothing written: the database holds what it held, no database appeared where there was none.
    if (sqlite) {
        EXPECT_EQ(dumpSqlite(db), dumpBefore) << "the database changed";
    } else if (c.db == Db::Folder) {
        EXPECT_EQ(QDir(db).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    } else {
        EXPECT_EQ(filesHash(db), bytesBefore) << "the database file changed, or appeared";
    }
    if (c.db == Db::Stored) {
        const CliRun exportAfter = cli(QStringList{QStringLiteral("export")} + dbArgs, env);
        EXPECT_EQ(exportAfter.exitCode, 0) << exportAfter.err.toStdString();
        EXPECT_EQ(exportAfter.out, exportBefore.out) << "the stored contracts changed";
    }
    QDirIterator created(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (created.hasNext()) {
        const QString path = created.next();
        EXPECT_FALSE(path.endsWith(QStringLiteral(".sqlite")))
            << "a database was created: " << path.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Catalogue, BadInput, ::testing::ValuesIn(catalogue()), caseName);

// ---------------------------------------------------------------------------------------------------------
// The catalogue and its documentation

QString reliabilityDoc() {
    return QString::fromUtf8(readFile(QStringLiteral(ATTRITION_RELIABILITY_DOC)));
}

TEST(BadInputCatalogue, HasAtLeastSeventyCasesWithDistinctIds) {
    const std::vector<Case> cases = catalogue();
    EXPECT_GE(cases.size(), 70U);
    QSet<QString> ids;
    for (const Case& c : cases) {
        EXPECT_TRUE(QRegularExpression(QStringLiteral("^(json|csv|outlook|db|forecast|backtest)-[a-z0-9-]+$"))
                        .match(c.id)
                        .hasMatch())
            << c.id;
        EXPECT_FALSE(ids.contains(QString::fromUtf8(c.id))) << "twice: " << c.id;
        ids.insert(QString::fromUtf8(c.id));
    }
}

TEST(BadInputCatalogue, EveryCaseIsListedInTheDocumentation) {
    const QString doc = reliabilityDoc();
    ASSERT_FALSE(doc.isEmpty()) << ATTRITION_RELIABILITY_DOC;
    for (const Case& c : catalogue()) {
        EXPECT_TRUE(doc.contains(QStringLiteral("| `%1` |").arg(QString::fromUtf8(c.id))))
            << c.id << " is not in the catalogue table of docs/RELIABILITY.md";
    }
}

TEST(BadInputCatalogue, TheDocumentationListsNoCaseTheTestLacks) {
    QSet<QString> ids;
    for (const Case& c : catalogue()) {
        ids.insert(QString::fromUtf8(c.id));
    }
    const QRegularExpression row(
        QStringLiteral("^\\| `((?:json|csv|outlook|db|forecast|backtest)-[a-z0-9-]+)` \\|"),
        QRegularExpression::MultilineOption);
    int rows = 0;
    for (const QRegularExpressionMatch& m : row.globalMatch(reliabilityDoc())) {
        ++rows;
        EXPECT_TRUE(ids.contains(m.captured(1)))
            << m.captured(1).toStdString() << " is documented but no case of the test";
    }
    EXPECT_EQ(rows, static_cast<int>(ids.size()));
}

} // namespace
} // namespace attrition::reliability
