#include "attrition/io/csv.h"
#include "io_test_support.h"

#include <QStringList>
#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace attrition;
using namespace attrition::io;
using namespace attrition::io::test;

namespace {

/// nights 2027-05-09 and 2027-05-10; KING 20 then 100 rooms at 189.00, SUITE 5 rooms on 2027-05-10
/// at 450.00 (in the currency's units: 18900 JPY, 62.750 KWD for the KING rate).
Contract contract(std::string_view code = "USD") {
    const Currency cur = currency(code);
    const Money king = code == "JPY"   ? money("18900", code)
                       : code == "KWD" ? money("62.750", code)
                                       : money("189.00", code);
    const Money suite = code == "JPY"   ? money("45000", code)
                        : code == "KWD" ? money("150.000", code)
                                        : money("450.00", code);
    Contract c;
    c.reference = "R-1";
    c.currency = cur;
    c.signedOn = date("2026-01-10");
    c.arrival = date("2027-05-09");
    c.departure = date("2027-05-11");
    c.block = {{date("2027-05-09"), "KING", 20, king},
               {date("2027-05-10"), "KING", 100, king},
               {date("2027-05-10"), "SUITE", 5, suite}};
    return c;
}

/// KING, 10 rooms at 189.00 on every night from arrival to departure.
Contract stay(std::string_view arrival, std::string_view departure) {
    Contract c;
    c.reference = "R-2";
    c.currency = currency("USD");
    c.arrival = date(arrival);
    c.departure = date(departure);
    for (Date night = c.arrival; night < c.departure; night = night.addDays(1)) {
        c.block.push_back({night, "KING", 10, money("189.00")});
    }
    return c;
}

std::string joined(const std::vector<CsvError>& errors) {
    QStringList out;
    for (const CsvError& e : errors) {
        out << e.toString();
    }
    return out.join(QLatin1Char('\n')).toStdString();
}

/// The report of a file that must read without error.
PickupReport report(const QByteArray& csv, const Contract& c = contract()) {
    const PickupReportResult r = readPickupReportCsv(csv, c);
    EXPECT_TRUE(r.ok()) << joined(r.errors);
    return r.report;
}

/// Every error of a file that must not read, one a line; such a file gives no rows and no warnings.
std::string problems(const QByteArray& csv, const Contract& c = contract()) {
    const PickupReportResult r = readPickupReportCsv(csv, c);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.report.rows.empty()) << "a file with errors must give no rows";
    EXPECT_TRUE(r.report.warnings.empty());
    return joined(r.errors);
}

QByteArray oneRow(const char* night, const char* type = "KING", const char* pickup = "1") {
    return QByteArray("Date,Room Type,Pickup\n\"") + night + "\",\"" + type + "\",\"" + pickup + "\"\n";
}

std::optional<Date> nightOf(const char* written, const Contract& c = contract()) {
    const PickupReportResult r = readPickupReportCsv(oneRow(written), c);
    EXPECT_TRUE(r.ok()) << written << ": " << joined(r.errors);
    return r.ok() ? std::optional<Date>(r.report.rows.at(0).night) : std::nullopt;
}

std::int32_t pickupOf(const char* written) {
    const PickupReportResult r = readPickupReportCsv(oneRow("2027-05-10", "KING", written), contract());
    EXPECT_TRUE(r.ok()) << written << ": " << joined(r.errors);
    return r.ok() ? r.report.rows.at(0).pickup : -1;
}

QByteArray rateRow(const char* rate) {
    return QByteArray("Date,Room Type,Pickup,Rate\n2027-05-10,KING,1,\"") + rate + "\"\n";
}

std::optional<Money> rateOf(const char* written, std::string_view code = "USD") {
    const PickupReportResult r = readPickupReportCsv(rateRow(written), contract(code));
    EXPECT_TRUE(r.ok()) << written << ": " << joined(r.errors);
    return r.ok() ? r.report.rows.at(0).rate : std::nullopt;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// Reading

TEST(PickupCsv, ReadsEveryColumnOfAPropertyReport) {
    const PickupReport r = report("Date,Room Type,Original,Current,Pickup,Available,Rate,Notes\r\n"
                                  "2027-05-09,KING,20,20,15,5,189.00,early\r\n"
                                  "2027-05-10,KING,100,100,90,10,\"189.00\",\r\n"
                                  "2027-05-10,Suite,5,,4,,,\"late, maybe\"\r\n");
    ASSERT_EQ(r.rows.size(), 3U);
    const PickupReportRow& first = r.rows[0];
    EXPECT_EQ(first.line, 2);
    EXPECT_EQ(first.night, date("2027-05-09"));
    EXPECT_EQ(first.roomType, "KING");
    EXPECT_EQ(first.originalBlock, 20);
    EXPECT_EQ(first.currentBlock, 20);
    EXPECT_EQ(first.pickup, 15);
    EXPECT_EQ(first.available, 5);
    EXPECT_EQ(first.rate, money("189.00"));
    const PickupReportRow& suite = r.rows[2];
    EXPECT_EQ(suite.line, 4);
    EXPECT_EQ(suite.night, date("2027-05-10"));
    EXPECT_EQ(suite.roomType, "SUITE") << "spelled as in the block";
    EXPECT_EQ(suite.originalBlock, 5);
    EXPECT_FALSE(suite.currentBlock);
    EXPECT_EQ(suite.pickup, 4);
    EXPECT_FALSE(suite.available);
    EXPECT_FALSE(suite.rate);
    EXPECT_TRUE(r.warnings.empty());

    const std::vector<PickupEntry> entries = r.entries();
    ASSERT_EQ(entries.size(), 3U);
    EXPECT_EQ(entries[1].night, date("2027-05-10"));
    EXPECT_EQ(entries[1].roomType, "KING");
    EXPECT_EQ(entries[1].rooms, 90);
    EXPECT_EQ(entries[2].roomType, "SUITE");
    EXPECT_EQ(entries[2].rooms, 4);
}

TEST(PickupCsv, FindsColumnsByHeaderIgnoringCaseSpacesUnderscoresAndHyphens) {
    const PickupReport r =
        report("Hotel;ROOM_TYPE-code;STAY date;Picked Up;final block;Contracted;AVAILABLE;rate\n"
               "Lakeshore;king;2027-05-10;90;100;100;10;189,00\n");
    ASSERT_EQ(r.rows.size(), 1U);
    EXPECT_EQ(r.rows[0].roomType, "KING");
    EXPECT_EQ(r.rows[0].night, date("2027-05-10"));
    EXPECT_EQ(r.rows[0].pickup, 90);
    EXPECT_EQ(r.rows[0].currentBlock, 100);
    EXPECT_EQ(r.rows[0].originalBlock, 100);
    EXPECT_EQ(r.rows[0].available, 10);
    EXPECT_EQ(r.rows[0].rate, money("189.00"));

    const PickupReport other = report("Night\tType\tRoom Pickup\tCurrent Block\tOriginal Block\n"
                                      "2027-05-09\tKING\t15\t20\t20\n");
    ASSERT_EQ(other.rows.size(), 1U);
    EXPECT_EQ(other.rows[0].pickup, 15);
    EXPECT_EQ(other.rows[0].currentBlock, 20);
    EXPECT_EQ(other.rows[0].originalBlock, 20);

    EXPECT_EQ(report("Date,Room Type Code,Pickup\n2027-05-09,KING,1\n").rows.size(), 1U);
    EXPECT_EQ(report("date,room type,pickup\n2027-05-09,KING,1\n").rows.size(), 1U);
}

TEST(PickupCsv, ReadsASemicolonFileWithEuropeanNumbers) {
    const PickupReport r = report("Date;Room Type;Current;Pickup;Rate\n"
                                  "10.05.2027;KING;100,0;90,0;1.189,00\n"
                                  "09.05.2027;KING;20;15;\"189,00\"\n");
    ASSERT_EQ(r.rows.size(), 2U);
    EXPECT_EQ(r.rows[0].night, date("2027-05-10"));
    EXPECT_EQ(r.rows[0].currentBlock, 100);
    EXPECT_EQ(r.rows[0].pickup, 90);
    EXPECT_EQ(r.rows[0].rate, money("1189.00"));
    EXPECT_EQ(r.rows[1].rate, money("189.00"));
    EXPECT_EQ(r.warnings,
              (std::vector<QString>{QStringLiteral(
                  "line 2: the rate 1189.00 for 2027-05-10 KING differs from the contracted rate 189.00")}));
}

TEST(PickupCsv, MatchesRoomTypesOfAWindows1252File) {
    Contract c = contract();
    c.block.push_back({date("2027-05-10"), "Sup\xC3\xA9rieure", 4, money("250.00")});
    const PickupReport r = report("Date;Room Type;Pickup\n2027-05-10;SUP\xC9RIEURE;3\n", c);
    ASSERT_EQ(r.rows.size(), 1U);
    EXPECT_EQ(r.rows[0].roomType, "Sup\xC3\xA9rieure");
}

TEST(PickupCsv, ABlockOfOneRoomTypeMayLeaveTheRoomTypeOut) {
    const PickupReport r = report("Date,Original,Current,Pickup,Available\n"
                                  "2027-05-09,10,10,7,3\n"
                                  "5/10/2027,10,10,\"9\",1\n",
                                  stay("2027-05-09", "2027-05-11"));
    ASSERT_EQ(r.rows.size(), 2U);
    EXPECT_EQ(r.rows[1].roomType, "KING");
    EXPECT_EQ(r.rows[1].night, date("2027-05-10"));
    EXPECT_EQ(r.rows[1].pickup, 9);
    // With two room types in the block, the column is needed.
    EXPECT_EQ(
        problems("Date,Pickup\n2027-05-09,7\n"),
        "line 1: no column for the room type (headed \"Room Type\", \"Room Type Code\" or \"Type\"); the "
        "columns are \"Date\", \"Pickup\"");
}

TEST(PickupCsv, SkipsBlankAndTotalsRows) {
    const PickupReportResult r = readPickupReportCsv("\n\nDate,Room Type,Pickup,Notes\n"
                                                     ",,,\n"
                                                     "2027-05-09,KING,15,\n"
                                                     "\n"
                                                     "2027-05-10,KING,90,\n"
                                                     "Total,,105,\n"
                                                     ",Grand total,105,\n"
                                                     "  ,  ,  ,\n",
                                                     contract());
    ASSERT_TRUE(r.ok()) << joined(r.errors);
    ASSERT_EQ(r.report.rows.size(), 2U);
    EXPECT_EQ(r.report.rows[0].line, 5);
    EXPECT_EQ(r.report.rows[1].line, 7);
    EXPECT_EQ(r.report.warnings, (std::vector<QString>{QStringLiteral("line 8: skipped a totals row"),
                                                       QStringLiteral("line 9: skipped a totals row")}));
}

// ---------------------------------------------------------------------------------------------------------
// Dates

TEST(PickupCsv, ReadsEveryDateFormat) {
    for (const char* written :
         {"2027-05-10",       "2027/05/10",           "2027/5/10",        "2027.05.10",
          "20270510",         "10.05.2027",           "10.5.2027",        "10-May-2027",
          "10-may-2027",      "10 MAY 2027",          "10 May, 2027",     "2027-May-10",
          "May 10, 2027",     "May 10 2027",          "may 10, 2027",     "10 Jan 2027",
          "Mon 10-May-2027",  "Monday, May 10, 2027", "2027-05-10 00:00", "2027-05-10 00:00:00",
          "10.05.2027 14:00", " 2027-05-10 "}) {
        const bool january = std::string_view(written) == "10 Jan 2027";
        EXPECT_EQ(nightOf(written, january ? stay("2027-01-10", "2027-01-11") : contract()),
                  date(january ? "2027-01-10" : "2027-05-10"))
            << written;
    }
    for (const auto& [written, iso] :
         std::vector<std::pair<const char*, const char*>>{{"9 September 2027", "2027-09-09"},
                                                          {"9-Sep-2027", "2027-09-09"},
                                                          {"9 Sept 2027", "2027-09-09"},
                                                          {"Feb 28, 2027", "2027-02-28"},
                                                          {"31-DECEMBER-2027", "2027-12-31"}}) {
        EXPECT_EQ(nightOf(written, stay(iso, "2028-01-02")), date(iso)) << written;
    }
}

TEST(PickupCsv, RefusesWhatIsNotADate) {
    EXPECT_EQ(problems(oneRow("abc")),
              "line 2, column 1 (Date): expected a date such as 2027-05-12, found \"abc\"");
    EXPECT_EQ(problems(oneRow("")),
              "line 2, column 1 (Date): expected a date such as 2027-05-12, found nothing");
    EXPECT_EQ(problems(oneRow("2027-02-30")),
              "line 2, column 1 (Date): \"2027-02-30\" is not a date in the calendar");
    EXPECT_EQ(problems(oneRow("31-Apr-2027")),
              "line 2, column 1 (Date): \"31-Apr-2027\" is not a date in the calendar");
    EXPECT_EQ(problems(oneRow("13/13/2027")),
              "line 2, column 1 (Date): \"13/13/2027\" is not a date in the calendar");
    for (const char* malformed :
         {"2027-05", "10/05/2027/1", "2027-05/10", "10 Mai 2027", "Mayo 10, 2027", "2027-05-10T00:00",
          "10 05 2027", "/10/05/2027", "123-05-2027", "10-May-02027"}) {
        EXPECT_EQ(problems(oneRow(malformed)),
                  "line 2, column 1 (Date): expected a date such as 2027-05-12, found \"" +
                      std::string(malformed) + "\"");
    }
}

TEST(PickupCsv, RefusesTwoDigitYears) {
    for (const char* written : {"10/05/27", "10.05.27", "10-May-27", "May 10, 27", "27-05-10"}) {
        EXPECT_EQ(problems(oneRow(written)), "line 2, column 1 (Date): the year of \"" +
                                                 std::string(written) +
                                                 "\" has two digits; write it with four, as in 2027-05-12");
    }
}

TEST(PickupCsv, ReadsSlashesDayFirstWhenAFirstPartIsAbove12) {
    const Contract c = stay("2027-05-12", "2027-05-15");
    const PickupReport r = report("Date,Room Type,Pickup\n12/05/2027,KING,1\n13/05/2027,KING,2\n", c);
    ASSERT_EQ(r.rows.size(), 2U);
    EXPECT_EQ(r.rows[0].night, date("2027-05-12"));
    EXPECT_EQ(r.rows[1].night, date("2027-05-13"));
    // Hyphens too.
    const PickupReport hyphens = report("Date,Room Type,Pickup\n12-05-2027,KING,1\n13-5-2027,KING,2\n", c);
    EXPECT_EQ(hyphens.rows.at(0).night, date("2027-05-12"));
    EXPECT_EQ(hyphens.rows.at(1).night, date("2027-05-13"));
}

TEST(PickupCsv, ReadsSlashesMonthFirstWhenASecondPartIsAbove12) {
    const Contract c = stay("2027-05-12", "2027-05-15");
    const PickupReport r = report("Date,Room Type,Pickup\n05/12/2027,KING,1\n5/14/2027,KING,2\n", c);
    ASSERT_EQ(r.rows.size(), 2U);
    EXPECT_EQ(r.rows[0].night, date("2027-05-12"));
    EXPECT_EQ(r.rows[1].night, date("2027-05-14"));
}

TEST(PickupCsv, RefusesSlashesWrittenBothWays) {
    const Contract c = stay("2027-05-12", "2027-05-15");
    EXPECT_EQ(
        problems("Date,Room Type,Pickup\n13/05/2027,KING,1\n05/14/2027,KING,2\n", c),
        "line 3, column 1 (Date): \"05/14/2027\" is written month first, but \"13/05/2027\" on line 2 is "
        "written day first; write dates year-month-day, as in 2027-05-12");
    EXPECT_EQ(problems("Date,Room Type,Pickup\n05/14/2027,KING,1\n05/12/2027,KING,1\n13/05/2027,KING,2\n", c),
              "line 4, column 1 (Date): \"13/05/2027\" is written day first, but \"05/14/2027\" on line 2 is "
              "written month first; write dates year-month-day, as in 2027-05-12");
}

TEST(PickupCsv, ADateWithSlashesMustExistAsTheFileReadsThem) {
    const Contract c = stay("2027-05-12", "2027-05-15");
    EXPECT_EQ(
        problems("Date,Room Type,Pickup\n13/05/2027,KING,1\n31/04/2027,KING,2\n", c),
        "line 3, column 1 (Date): \"31/04/2027\" is not a date in the calendar (read day first, as the other "
        "dates are)");
}

TEST(PickupCsv, ADateWithSlashesAndAZeroIsNoDate) {
    EXPECT_EQ(
        problems("Date,Room Type,Pickup\n00/05/2027,KING,1\n"),
        "line 2, column 1 (Date): \"00/05/2027\" is not a date in the calendar (read day first, as the other "
        "dates are)");
}

TEST(PickupCsv, ReadsAmbiguousSlashesAsTheStayShows) {
    // R-1's nights are 2027-05-09 and 2027-05-10: 09/05 and 10/05 are nights only day first...
    const PickupReport dayFirst = report("Date,Room Type,Pickup\n09/05/2027,KING,1\n10/05/2027,KING,2\n");
    ASSERT_EQ(dayFirst.rows.size(), 2U);
    EXPECT_EQ(dayFirst.rows[0].night, date("2027-05-09"));
    EXPECT_EQ(dayFirst.rows[1].night, date("2027-05-10"));
    // ... 05/09 and 05/10 only month first.
    const PickupReport monthFirst = report("Date,Room Type,Pickup\n05/09/2027,KING,1\n5/10/2027,KING,2\n");
    ASSERT_EQ(monthFirst.rows.size(), 2U);
    EXPECT_EQ(monthFirst.rows[0].night, date("2027-05-09"));
    EXPECT_EQ(monthFirst.rows[1].night, date("2027-05-10"));
    // Other dates of the file do not take part.
    const PickupReport mixed = report("Date,Room Type,Pickup\n2027-05-09,KING,1\n10/05/2027,KING,2\n");
    EXPECT_EQ(mixed.rows.at(1).night, date("2027-05-10"));
    // Day and month the same: either reading gives the same night.
    const PickupReport same = report("Date,Room Type,Pickup\n05/05/2027,KING,1\n06/06/2027,KING,2\n",
                                     stay("2027-05-01", "2027-07-01"));
    EXPECT_EQ(same.rows.at(0).night, date("2027-05-05"));
    EXPECT_EQ(same.rows.at(1).night, date("2027-06-06"));
}

TEST(PickupCsv, RefusesAmbiguousSlashesTheStayCannotDecide) {
    EXPECT_EQ(problems("Date,Room Type,Pickup\n05/06/2027,KING,1\n", stay("2027-05-01", "2027-07-01")),
              "the dates with slashes could be day first or month first (\"05/06/2027\" on line 2 could be "
              "2027-06-05 or 2027-05-06), and the stay (2027-05-01 to 2027-07-01) fits both; write dates "
              "year-month-day, as in 2027-05-12");
    EXPECT_EQ(problems("Date,Room Type,Pickup\n09/05/2027,KING,1\n01/02/2027,KING,1\n"),
              "the dates with slashes could be day first or month first (\"09/05/2027\" on line 2 could be "
              "2027-05-09 or 2027-09-05), and the stay (2027-05-09 to 2027-05-11) fits neither; write dates "
              "year-month-day, as in 2027-05-12");
}

// ---------------------------------------------------------------------------------------------------------
// Room counts and rates

TEST(PickupCsv, ReadsWholeNumbersOfRooms) {
    EXPECT_EQ(pickupOf("12"), 12);
    EXPECT_EQ(pickupOf("12.0"), 12);
    EXPECT_EQ(pickupOf("12,0"), 12);
    EXPECT_EQ(pickupOf("12.00"), 12);
    EXPECT_EQ(pickupOf(" 7 "), 7);
    EXPECT_EQ(pickupOf("+4"), 4);
    EXPECT_EQ(pickupOf("0"), 0);
    EXPECT_EQ(pickupOf("-0"), 0);
    EXPECT_EQ(pickupOf("007"), 7);
    EXPECT_EQ(pickupOf("1,200"), 1200);
    EXPECT_EQ(pickupOf("1.200"), 1200);
    EXPECT_EQ(pickupOf("1 200"), 1200);
    EXPECT_EQ(pickupOf("1,000,000"), 1000000);
}

TEST(PickupCsv, RefusesRoomCountsThatAreNotWholeNumbers) {
    const auto pickup = [](const char* written) {
        return problems(oneRow("2027-05-10", "KING", written));
    };
    EXPECT_EQ(pickup("abc"), "line 2, column 3 (Pickup): expected a whole number of rooms, found \"abc\"");
    EXPECT_EQ(pickup("12.5"), "line 2, column 3 (Pickup): expected a whole number of rooms, found \"12.5\"");
    EXPECT_EQ(pickup("12,5"), "line 2, column 3 (Pickup): expected a whole number of rooms, found \"12,5\"");
    EXPECT_EQ(pickup("1,2,3"),
              "line 2, column 3 (Pickup): expected a whole number of rooms, found \"1,2,3\"");
    EXPECT_EQ(pickup("1e3"), "line 2, column 3 (Pickup): expected a whole number of rooms, found \"1e3\"");
    EXPECT_EQ(pickup(""), "line 2, column 3 (Pickup): expected a whole number of rooms, found nothing");
    EXPECT_EQ(pickup("-3"), "line 2, column 3 (Pickup): a number of rooms cannot be negative, found \"-3\"");
    EXPECT_EQ(
        pickup("1000001"),
        "line 2, column 3 (Pickup): \"1000001\" is not a plausible number of rooms (at most 1,000,000)");
    EXPECT_EQ(pickup("99999999999999999999999"),
              "line 2, column 3 (Pickup): \"99999999999999999999999\" is not a "
              "plausible number of rooms (at most 1,000,000)");
    EXPECT_EQ(problems("Date,Room Type,Pickup,Current,Available,Original\n2027-05-10,KING,1,x,-1,2.5\n"),
              "line 2, column 4 (Current): expected a whole number of rooms, found \"x\"\n"
              "line 2, column 5 (Available): a number of rooms cannot be negative, found \"-1\"\n"
              "line 2, column 6 (Original): expected a whole number of rooms, found \"2.5\"");
}

TEST(PickupCsv, ReadsRatesWithEitherDecimalSeparator) {
    EXPECT_EQ(rateOf("189.00"), money("189.00"));
    EXPECT_EQ(rateOf("189,00"), money("189.00"));
    EXPECT_EQ(rateOf("189"), money("189.00"));
    EXPECT_EQ(rateOf("189.5"), money("189.50"));
    EXPECT_EQ(rateOf("1,189.00"), money("1189.00"));
    EXPECT_EQ(rateOf("1.189,00"), money("1189.00"));
    EXPECT_EQ(rateOf("1 189,00"), money("1189.00"));
    EXPECT_EQ(rateOf("1'189.00"), money("1189.00"));
    EXPECT_EQ(rateOf("1,189"), money("1189.00"));
    EXPECT_EQ(rateOf("1,234,567.89"), money("1234567.89"));
    EXPECT_EQ(rateOf("189.000000"), money("189.00"));
    EXPECT_EQ(rateOf("0"), money("0.00"));
}

TEST(PickupCsv, ReadsRatesWithTheContractsCurrency) {
    EXPECT_EQ(rateOf("$189.00"), money("189.00"));
    EXPECT_EQ(rateOf("$ 189.00"), money("189.00"));
    EXPECT_EQ(rateOf("189.00 $"), money("189.00"));
    EXPECT_EQ(rateOf("US$189"), money("189.00"));
    EXPECT_EQ(rateOf("USD 189.00"), money("189.00"));
    EXPECT_EQ(rateOf("189.00 usd"), money("189.00"));
    EXPECT_EQ(rateOf("USD1,189.00"), money("1189.00"));
    EXPECT_EQ(rateOf("\xE2\x82\xAC 189,00", "EUR"), money("189.00", "EUR"));
    EXPECT_EQ(rateOf("189,00 EUR", "EUR"), money("189.00", "EUR"));
}

TEST(PickupCsv, RefusesRatesThatAreNotAmountsInTheContractsCurrency) {
    const auto rate = [](const char* written) {
        return problems(rateRow(written));
    };
    EXPECT_EQ(rate("abc"), "line 2, column 4 (Rate): expected an amount in USD, found \"abc\"");
    EXPECT_EQ(rate("189.00 per night"),
              "line 2, column 4 (Rate): expected an amount in USD, found \"189.00 per night\"");
    EXPECT_EQ(rate("1.189.00"), "line 2, column 4 (Rate): expected an amount in USD, found \"1.189.00\"");
    EXPECT_EQ(rate("12,34.00"), "line 2, column 4 (Rate): expected an amount in USD, found \"12,34.00\"");
    EXPECT_EQ(rate("EUR 189.00"),
              "line 2, column 4 (Rate): the rate \"EUR 189.00\" is not in the contract's currency (USD)");
    EXPECT_EQ(rate("189.00 gbp"),
              "line 2, column 4 (Rate): the rate \"189.00 gbp\" is not in the contract's currency (USD)");
    EXPECT_EQ(rate("\xE2\x82\xAC"
                   "189"),
              "line 2, column 4 (Rate): the rate \"\xE2\x82\xAC"
              "189\" is not in the contract's currency (USD)");
    EXPECT_EQ(rate("-189.00"), "line 2, column 4 (Rate): a rate cannot be negative, found \"-189.00\"");
    EXPECT_EQ(rate("-$189.00"), "line 2, column 4 (Rate): a rate cannot be negative, found \"-$189.00\"");
    EXPECT_EQ(rate("1,189.005"),
              "line 2, column 4 (Rate): USD amounts have at most 2 decimals, found \"1,189.005\"");
    EXPECT_EQ(rate("189.1234"),
              "line 2, column 4 (Rate): USD amounts have at most 2 decimals, found \"189.1234\"");
    EXPECT_EQ(rate("99999999999999999.00"),
              "line 2, column 4 (Rate): the rate \"99999999999999999.00\" is too large");
}

TEST(PickupCsv, ReadsRatesInYenWithoutDecimals) {
    EXPECT_EQ(rateOf("18900", "JPY"), money("18900", "JPY"));
    EXPECT_EQ(rateOf("18,900", "JPY"), money("18900", "JPY"));
    EXPECT_EQ(rateOf("18.900", "JPY"), money("18900", "JPY"));
    EXPECT_EQ(rateOf("\xC2\xA5"
                     "18,900",
                     "JPY"),
              money("18900", "JPY"));
    EXPECT_EQ(rateOf("JPY 18900", "JPY"), money("18900", "JPY"));
    EXPECT_EQ(rateOf("18900.00", "JPY"), money("18900", "JPY")) << "zero decimals carry no value";
    EXPECT_EQ(problems(rateRow("18900.5"), contract("JPY")),
              "line 2, column 4 (Rate): JPY amounts have no decimals, found \"18900.5\"");
    EXPECT_EQ(problems(rateRow("$189"), contract("JPY")),
              "line 2, column 4 (Rate): the rate \"$189\" is not in the contract's currency (JPY)");
}

TEST(PickupCsv, ReadsRatesInDinarsWithThreeDecimals) {
    EXPECT_EQ(rateOf("62.750", "KWD"), money("62.750", "KWD"));
    EXPECT_EQ(rateOf("62,750", "KWD"), money("62.750", "KWD"))
        << "three digits after one separator are decimals";
    EXPECT_EQ(rateOf("62.75", "KWD"), money("62.750", "KWD"));
    EXPECT_EQ(rateOf("1,062.750", "KWD"), money("1062.750", "KWD"));
    EXPECT_EQ(rateOf("1.062,750", "KWD"), money("1062.750", "KWD"));
    EXPECT_EQ(rateOf("KWD 62.750", "KWD"), money("62.750", "KWD"));
    EXPECT_EQ(problems(rateRow("62.7505"), contract("KWD")),
              "line 2, column 4 (Rate): KWD amounts have at most 3 decimals, found \"62.7505\"");
}

// ---------------------------------------------------------------------------------------------------------
// Rows against the contract

TEST(PickupCsv, MatchesRoomTypesIgnoringCase) {
    const PickupReport r = report("Date,Room Type,Pickup\n2027-05-10,king,1\n2027-05-10, Suite ,2\n");
    EXPECT_EQ(r.rows.at(0).roomType, "KING");
    EXPECT_EQ(r.rows.at(1).roomType, "SUITE");
    EXPECT_EQ(problems(oneRow("2027-05-10", "QUEEN")),
              "line 2, column 2 (Room Type): \"QUEEN\" is not a room type of the block (KING, SUITE)");
    EXPECT_EQ(problems(oneRow("2027-05-10", "")),
              "line 2, column 2 (Room Type): expected a room type of the block (KING, SUITE), found nothing");
    Contract empty = contract();
    empty.block.clear();
    EXPECT_EQ(problems(oneRow("2027-05-10", "KING"), empty),
              "line 2, column 2 (Room Type): \"KING\" is not a room type of the block, which has none");
}

TEST(PickupCsv, RefusesNightsOutsideTheStay) {
    EXPECT_EQ(problems("Date,Room Type,Pickup\n2027-05-09,KING,1\n2027-05-14,KING,1\n2027-05-08,KING,1\n"
                       "2027-05-11,KING,1\n"),
              "line 3: the night 2027-05-14 is outside the stay (2027-05-09 to 2027-05-11)\n"
              "line 4: the night 2027-05-08 is outside the stay (2027-05-09 to 2027-05-11)\n"
              "line 5: the night 2027-05-11 is the departure day, not a night of the stay (2027-05-09 to "
              "2027-05-11)");
}

TEST(PickupCsv, RefusesAReportWithNoNightOfTheStay) {
    EXPECT_EQ(problems("Date,Room Type,Pickup\n2027-06-03,KING,1\n2027-06-01,KING,1\n2027-06-02,KING,1\n"),
              "none of the rows is for a night of the stay of R-1 (2027-05-09 to 2027-05-11): the report's "
              "nights are "
              "2027-06-01 to 2027-06-03; is it another group's report?");
    EXPECT_EQ(problems(oneRow("2026-05-09")), "none of the rows is for a night of the stay of R-1 "
                                              "(2027-05-09 to 2027-05-11): the report's nights are "
                                              "2026-05-09; is it another group's report?");
}

TEST(PickupCsv, RefusesANightAndRoomTypeListedTwice) {
    EXPECT_EQ(problems("Date,Room Type,Pickup\n2027-05-10,KING,1\n10-May-2027,king,2\n2027-05-09,KING,3\n"
                       "2027-05-10,KING,4\n2027-05-10,SUITE,1\n"),
              "line 3: 2027-05-10 KING is listed twice (first on line 2)\n"
              "line 5: 2027-05-10 KING is listed again (first on line 2)");
}

TEST(PickupCsv, ReportsEveryProblemInLineOrder) {
    EXPECT_EQ(problems("Date,Room Type,Pickup,Rate\n"
                       "2027-05-09,KING,abc,189.00\n"
                       "2027-05-32,QUEEN,-1,EUR 5\n"
                       "2027-05-14,KING,1,\n"
                       "\"2027-05-09\",KING,2,\n"),
              "line 2, column 3 (Pickup): expected a whole number of rooms, found \"abc\"\n"
              "line 3, column 1 (Date): \"2027-05-32\" is not a date in the calendar\n"
              "line 3, column 2 (Room Type): \"QUEEN\" is not a room type of the block (KING, SUITE)\n"
              "line 3, column 3 (Pickup): a number of rooms cannot be negative, found \"-1\"\n"
              "line 3, column 4 (Rate): the rate \"EUR 5\" is not in the contract's currency (USD)\n"
              "line 4: the night 2027-05-14 is outside the stay (2027-05-09 to 2027-05-11)\n"
              "line 5: 2027-05-09 KING is listed twice (first on line 2)");
}

TEST(PickupCsv, NamesTheMissingColumnsAndTheColumnsFound) {
    EXPECT_EQ(
        problems("Night,Rooms,Rate\n2027-05-09,1,189.00\n"),
        "line 1: no column for the room type (headed \"Room Type\", \"Room Type Code\" or \"Type\"); the "
        "columns are \"Night\", \"Rooms\", \"Rate\"\n"
        "line 1: no column for the pickup (headed \"Pickup\", \"Picked Up\" or \"Room Pickup\"); the columns "
        "are \"Night\", \"Rooms\", \"Rate\"");
    EXPECT_EQ(
        problems("2027-05-09,KING,1\n"),
        "line 1: no column for the night (headed \"Date\", \"Night\" or \"Stay Date\"); the columns are "
        "\"2027-05-09\", \"KING\", \"1\"\n"
        "line 1: no column for the room type (headed \"Room Type\", \"Room Type Code\" or \"Type\"); the "
        "columns are \"2027-05-09\", \"KING\", \"1\"\n"
        "line 1: no column for the pickup (headed \"Pickup\", \"Picked Up\" or \"Room Pickup\"); the columns "
        "are \"2027-05-09\", \"KING\", \"1\"");
}

TEST(PickupCsv, RefusesTwoColumnsForOneField) {
    EXPECT_EQ(problems("Date,Room Type,Pickup,Night\n2027-05-09,KING,1,2027-05-09\n"),
              "line 1, column 4 (Night): a second column for the night (column 1, \"Date\", is the first)");
}

TEST(PickupCsv, RefusesAFileWithoutRows) {
    EXPECT_EQ(problems(""), "the file is empty");
    EXPECT_EQ(problems("\r\n\r\n"), "the file is empty");
    EXPECT_EQ(problems("\xEF\xBB\xBF,,\n"), "the file is empty");
    EXPECT_EQ(problems("Date,Room Type,Pickup\n"), "the file has a header row but no pickup rows");
    EXPECT_EQ(problems("Date,Room Type,Pickup\n,,\n\n"), "the file has a header row but no pickup rows");
    EXPECT_EQ(problems("Date,Room Type,Pickup\nTotal,,0\n"), "the file has a header row but no pickup rows");
}

TEST(PickupCsv, PassesOnCsvSyntaxErrors) {
    EXPECT_EQ(problems("Date,Room Type,Pickup\n2027-05-09,\"KING,1\n"),
              "line 2, column 2: the quote that opens this field is never closed");
}

// ---------------------------------------------------------------------------------------------------------
// Warnings

TEST(PickupCsv, WarnsOfFiguresThatDisagreeWithTheContract) {
    const PickupReportResult r = readPickupReportCsv("Date,Room Type,Original,Current,Pickup,Available,Rate\n"
                                                     "2027-05-09,KING,20,20,15,5,189.00\n"
                                                     "2027-05-10,KING,100,95,90,10,179.00\n"
                                                     "2027-05-10,SUITE,5,5,6,0,450.00\n"
                                                     "2027-05-09,SUITE,,1,1,0,450.00\n"
                                                     "2027-05-09,king,,,3,,\n",
                                                     contract());
    // The last row repeats 2027-05-09 KING: first make the file valid without it.
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(joined(r.errors), "line 6: 2027-05-09 KING is listed twice (first on line 2)");

    const PickupReport ok = report("Date,Room Type,Original,Current,Pickup,Available,Rate\n"
                                   "2027-05-09,KING,20,20,15,5,189.00\n"
                                   "2027-05-10,KING,100,95,90,10,179.00\n"
                                   "2027-05-10,SUITE,5,5,6,0,450.00\n"
                                   "2027-05-09,SUITE,,1,1,3,450.00\n");
    EXPECT_EQ(ok.rows.size(), 4U);
    EXPECT_EQ(
        ok.warnings,
        (std::vector<QString>{
            QStringLiteral(
                "line 3: the current block for 2027-05-10 KING is 95 rooms; the contract blocks 100"),
            QStringLiteral("line 3: 10 rooms available for 2027-05-10 KING, but the current block of 95 less "
                           "the pickup of 90 leaves 5"),
            QStringLiteral(
                "line 3: the rate 179.00 for 2027-05-10 KING differs from the contracted rate 189.00"),
            QStringLiteral("line 5: the current block for 2027-05-09 SUITE is 1 room; the contract blocks 0"),
            QStringLiteral(
                "line 5: 3 rooms available for 2027-05-09 SUITE, but the current block of 1 less the "
                "pickup of 1 leaves 0")}));
}

// ---------------------------------------------------------------------------------------------------------
// Robustness

TEST(PickupCsv, ReadsAHundredThousandRowsAndReportsEveryError) {
    Contract c;
    c.reference = "BIG";
    c.currency = currency("USD");
    c.arrival = date("2027-01-01");
    c.departure = c.arrival.addDays(500);
    QByteArray csv = "Date,Room Type,Original,Current,Pickup,Available,Rate\n";
    for (int n = 0; n < 500; ++n) {
        const QByteArray night = QByteArray::fromStdString(c.arrival.addDays(n).toIso());
        for (int t = 0; t < 200; ++t) {
            const std::string type = "T" + std::to_string(t);
            c.block.push_back({c.arrival.addDays(n), type, 50, money("129.00")});
            csv += night + ',' + QByteArray::fromStdString(type) + ",50,50,40,10,129.00\n";
        }
    }
    // Its speed is measured by BM_ReadPickupReport in bench/io_bench.cpp.
    const PickupReportResult r = readPickupReportCsv(csv, c);
    ASSERT_TRUE(r.ok()) << joined(r.errors);
    EXPECT_EQ(r.report.rows.size(), 100000U);
    EXPECT_EQ(r.report.rows.back().line, 100001);
    EXPECT_TRUE(r.report.warnings.empty());

    // As many errors, every one reported.
    csv.replace(",50,50,40,", ",50,x,40,");
    const PickupReportResult bad = readPickupReportCsv(csv, c);
    EXPECT_EQ(bad.errors.size(), 100000U);
    EXPECT_EQ(bad.errors.back().toString(),
              "line 100001, column 4 (Current): expected a whole number of rooms, found \"x\"");
}

TEST(PickupCsv, SurvivesHostileInput) {
    QByteArray noise;
    std::uint32_t state = 12345;
    for (int i = 0; i < 200000; ++i) {
        state = state * 1103515245U + 12345U;
        const char alphabet[] = "0123456789,;\t\"\r\n.-/ KINGkingTotal$\xE2\x82\xAC\xFF";
        noise.append(alphabet[(state >> 16) % (sizeof(alphabet) - 1)]);
    }
    for (const QByteArray& text : {noise, "Date,Room Type,Pickup\n" + noise,
                                   QByteArray("Date,Room Type,Pickup\n") + QByteArray(50000, ',') + "\n",
                                   QByteArray("Date,Room Type,Pickup\n\"%1\",\"%2 %3\",1\n")}) {
        const PickupReportResult r = readPickupReportCsv(text, contract());
        EXPECT_TRUE(r.ok() || r.report.rows.empty());
    }
    EXPECT_EQ(problems("Date,Room Type,Pickup\n%1 %2,%1,%2\n"),
              "line 2, column 1 (Date): expected a date such as 2027-05-12, found \"%1 %2\"\n"
              "line 2, column 2 (Room Type): \"%1\" is not a room type of the block (KING, SUITE)\n"
              "line 2, column 3 (Pickup): expected a whole number of rooms, found \"%2\"");
}
