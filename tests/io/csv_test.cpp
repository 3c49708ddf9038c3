#include "attrition/io/csv.h"
#include "io_test_support.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace attrition;
using namespace attrition::io;

namespace {

using Records = std::vector<std::vector<QString>>;

/// The table of a file that must read without error.
CsvTable table(const QByteArray& bytes) {
    const CsvParseResult r = parseCsv(bytes);
    EXPECT_FALSE(r.error) << r.error->toString().toStdString();
    return r.table;
}

Records records(const QByteArray& bytes) {
    return table(bytes).records;
}

/// The error of a file that must not read, as "line, column: message"; the table must then be empty.
std::string errorOf(const QByteArray& bytes) {
    const CsvParseResult r = parseCsv(bytes);
    EXPECT_TRUE(r.table.records.empty());
    EXPECT_TRUE(r.table.lines.empty());
    return r.error ? r.error->toString().toStdString() : std::string("(no error)");
}

QString q(const char* utf8) {
    return QString::fromUtf8(utf8);
}

} // namespace

TEST(CsvParse, ReadsCommaSeparatedRecordsWithTheirLines) {
    const CsvTable t = table("Date,Room Type,Pickup\n2027-05-09,KING,12\n2027-05-10,KING,95\n");
    EXPECT_EQ(t.delimiter, QLatin1Char(','));
    EXPECT_EQ(t.records, (Records{{q("Date"), q("Room Type"), q("Pickup")},
                                  {q("2027-05-09"), q("KING"), q("12")},
                                  {q("2027-05-10"), q("KING"), q("95")}}));
    EXPECT_EQ(t.lines, (std::vector<int>{1, 2, 3}));
}

TEST(CsvParse, ReadsQuotedFieldsWithDelimitersAndDoubledQuotes) {
    EXPECT_EQ(records("name,note\r\n\"Smith, J.\",\"He said \"\"hi\"\"\"\r\n\"\",plain\r\n"),
              (Records{{q("name"), q("note")}, {q("Smith, J."), q("He said \"hi\"")}, {q(""), q("plain")}}));
}

TEST(CsvParse, AQuotedLineBreakKeepsTheRecordOnTheLineItStartsOn) {
    const CsvTable t = table("h1,h2\n\"line one\nline two\",x\nnext,\"a\r\nb\r\nc\"\r\nlast,row\n");
    EXPECT_EQ(t.records, (Records{{q("h1"), q("h2")},
                                  {q("line one\nline two"), q("x")},
                                  {q("next"), q("a\r\nb\r\nc")},
                                  {q("last"), q("row")}}));
    EXPECT_EQ(t.lines, (std::vector<int>{1, 2, 4, 7}));
}

TEST(CsvParse, AcceptsCrlfLfAndCrLineEndsAndAFinalLineWithoutOne) {
    EXPECT_EQ(records("a,b\r\nc,d\ne,f\rg,h"),
              (Records{{q("a"), q("b")}, {q("c"), q("d")}, {q("e"), q("f")}, {q("g"), q("h")}}));
    EXPECT_EQ(table("a,b\r\nc,d\ne,f\rg,h").lines, (std::vector<int>{1, 2, 3, 4}));
}

TEST(CsvParse, SkipsBlankLinesButCountsThem) {
    const CsvTable t = table("\n\r\na,b\r\n\r\n\nc,d\n\n");
    EXPECT_EQ(t.records, (Records{{q("a"), q("b")}, {q("c"), q("d")}}));
    EXPECT_EQ(t.lines, (std::vector<int>{3, 6}));
}

TEST(CsvParse, KeepsEmptyFieldsAndTrailingDelimiters) {
    EXPECT_EQ(records("a,,c,\n,\n"), (Records{{q("a"), q(""), q("c"), q("")}, {q(""), q("")}}));
    EXPECT_EQ(records("a,b,"), (Records{{q("a"), q("b"), q("")}}));
}

TEST(CsvParse, KeepsSpacesAndAQuoteInsideAnUnquotedField) {
    EXPECT_EQ(records(" a , 12\" pizza ,b\"c\"\n"), (Records{{q(" a "), q(" 12\" pizza "), q("b\"c\"")}}));
}

TEST(CsvParse, IgnoresSpacesAfterAClosingQuote) {
    EXPECT_EQ(records("\"a\"  ,\"b\"\t\n"), (Records{{q("a"), q("b")}}));
}

TEST(CsvParse, AnEmptyFileHasNoRecords) {
    EXPECT_TRUE(records("").empty());
    EXPECT_TRUE(records("\n\r\n\n").empty());
    EXPECT_TRUE(records("\xEF\xBB\xBF").empty());
}

TEST(CsvParse, SkipsAUtf8ByteOrderMark) {
    EXPECT_EQ(records("\xEF\xBB\xBF\"Date\",Pickup\n"), (Records{{q("Date"), q("Pickup")}}));
}

TEST(CsvParse, ReadsUtf8) {
    EXPECT_EQ(records("Caf\xC3\xA9,Gen\xC3\xA8ve,\xE2\x82\xAC\n"),
              (Records{{q("Caf\xC3\xA9"), q("Gen\xC3\xA8ve"), q("\xE2\x82\xAC")}}));
}

TEST(CsvParse, ReadsAFileThatIsNotUtf8AsWindows1252) {
    // 0xE9 and 0xE8 are Latin-1 letters; 0x80 is the euro sign and 0x93/0x94 curly quotes in Windows-1252.
    EXPECT_EQ(records("Caf\xE9,Gen\xE8ve,\x80 189,\x93quoted\x94\n"),
              (Records{{q("Caf\xC3\xA9"), q("Gen\xC3\xA8ve"), q("\xE2\x82\xAC 189"),
                        q("\xE2\x80\x9Cquoted\xE2\x80\x9D")}}));
    // A UTF-8 sequence cut short at the end is not UTF-8 either.
    EXPECT_EQ(records("a,\xC3"), (Records{{q("a"), q("\xC3\x83")}}));
}

TEST(CsvParse, ReadsUtf16WithAByteOrderMark) {
    const QString text = q("Date\tNight\xC3\xA9\r\n2027-05-09\t1\r\n");
    QByteArray little("\xFF\xFE", 2);
    QByteArray big("\xFE\xFF", 2);
    for (const QChar c : text) {
        little.append(static_cast<char>(c.unicode() & 0xFF)).append(static_cast<char>(c.unicode() >> 8));
        big.append(static_cast<char>(c.unicode() >> 8)).append(static_cast<char>(c.unicode() & 0xFF));
    }
    const Records expected{{q("Date"), q("Night\xC3\xA9")}, {q("2027-05-09"), q("1")}};
    EXPECT_EQ(records(little), expected);
    EXPECT_EQ(records(big), expected);
}

TEST(CsvParse, DetectsASemicolonDelimiter) {
    const CsvTable t = table("Date;Pickup;Rate\n2027-05-09;12;\"189,00\"\n2027-05-10;95;1.189,00\n");
    EXPECT_EQ(t.delimiter, QLatin1Char(';'));
    EXPECT_EQ(t.records, (Records{{q("Date"), q("Pickup"), q("Rate")},
                                  {q("2027-05-09"), q("12"), q("189,00")},
                                  {q("2027-05-10"), q("95"), q("1.189,00")}}));
}

TEST(CsvParse, DetectsATabDelimiter) {
    const CsvTable t = table("Date\tRoom Type\tRate\n2027-05-09\tKING\t1,189.00\n");
    EXPECT_EQ(t.delimiter, QLatin1Char('\t'));
    EXPECT_EQ(t.records,
              (Records{{q("Date"), q("Room Type"), q("Rate")}, {q("2027-05-09"), q("KING"), q("1,189.00")}}));
}

TEST(CsvParse, DetectsTheDelimiterFromTheFirstRecordOutsideQuotes) {
    // Three commas inside quotes, two semicolons outside.
    EXPECT_EQ(table("\"a,b,c,d\";e;f\n1;2;3\n").delimiter, QLatin1Char(';'));
    // The first record may span lines; blank lines before it are skipped.
    EXPECT_EQ(table("\n\n\"x\n,,,\";y;z\n").delimiter, QLatin1Char(';'));
    // Doubled quotes stay inside the quoted field.
    EXPECT_EQ(table("\"say \"\"hi\"\", ok, yes\";b;c\n").delimiter, QLatin1Char(';'));
    // A quote inside an unquoted field does not open a quoted field.
    EXPECT_EQ(table("12\" pizza,a;b;c\n").delimiter, QLatin1Char(';'));
    // Only the first record counts.
    EXPECT_EQ(table("a;b\nc,d,e,f\n").delimiter, QLatin1Char(';'));
}

TEST(CsvParse, PrefersCommaThenSemicolonOnATie) {
    EXPECT_EQ(table("a,b;c\n").delimiter, QLatin1Char(','));
    EXPECT_EQ(records("a,b;c\n"), (Records{{q("a"), q("b;c")}}));
    EXPECT_EQ(table("a;b\tc\n").delimiter, QLatin1Char(';'));
    EXPECT_EQ(table("a,b\tc;d\n").delimiter, QLatin1Char(','));
    EXPECT_EQ(table("single\n").delimiter, QLatin1Char(','));
    EXPECT_EQ(table("").delimiter, QLatin1Char(','));
}

TEST(CsvParse, AnUnterminatedQuoteIsAnErrorOnTheLineItOpens) {
    EXPECT_EQ(errorOf("a,b\n1,\"open\n2,3\n"),
              "line 2, column 2: the quote that opens this field is never closed");
    EXPECT_EQ(errorOf("\""), "line 1, column 1: the quote that opens this field is never closed");
    EXPECT_EQ(errorOf("a,\"b\nc\",\"d\n"),
              "line 2, column 3: the quote that opens this field is never closed");
}

TEST(CsvParse, TextAfterAClosingQuoteIsAnError) {
    EXPECT_EQ(errorOf("a,b\n\"x\"y,2\n"),
              "line 2, column 1: a quoted field must end at its closing quote, found \"y\" after it");
    EXPECT_EQ(
        errorOf("a,\"multi\nline\" tail end;x\n"),
        "line 2, column 2: a quoted field must end at its closing quote, found \"tail end;x\" after it");
    const CsvParseResult r = parseCsv("h\n\"a\"bcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ\n");
    ASSERT_TRUE(r.error);
    EXPECT_EQ(r.error->message, "a quoted field must end at its closing quote, found "
                                "\"bcdefghijklmnopqrstuvwxyz0123456789ABCDE...\" after it");
}

TEST(CsvParse, ErrorTextNamesTheLineColumnAndHeader) {
    EXPECT_EQ((CsvError{4, 3, q("Pickup"), q("expected a whole number of rooms, found \"abc\"")}.toString()),
              "line 4, column 3 (Pickup): expected a whole number of rooms, found \"abc\"");
    EXPECT_EQ((CsvError{4, 3, {}, q("bad")}.toString()), "line 4, column 3: bad");
    EXPECT_EQ((CsvError{9, 0, {}, q("listed twice")}.toString()), "line 9: listed twice");
    EXPECT_EQ((CsvError{0, 0, {}, q("the file is empty")}.toString()), "the file is empty");
}

TEST(CsvParse, SurvivesHostileBytes) {
    QByteArray noise;
    for (int round = 0; round < 64; ++round) {
        for (int b = 0; b < 256; ++b) {
            noise.append(static_cast<char>((b * 37 + round * 11) & 0xFF));
        }
    }
    const CsvParseResult r = parseCsv(noise);
    EXPECT_TRUE(r.error || !r.table.records.empty());
    EXPECT_EQ(r.table.records.size(), r.table.lines.size());
    EXPECT_EQ(parseCsv(QByteArray(100000, '"')).table.records.size(), 1U); // 49,999 escaped quotes, closed
    EXPECT_TRUE(parseCsv(QByteArray(100001, '"')).error);
    EXPECT_EQ(parseCsv(QByteArray(100000, ',')).table.records.front().size(), 100001U);
    EXPECT_EQ(parseCsv(QByteArray(100000, '\0')).table.records.front().front().size(), 100000);
}

TEST(CsvWrite, QuotesOnlyWhatNeedsQuotes) {
    EXPECT_EQ(
        writeCsv({{q("plain"), q("a,b"), q("say \"hi\""), q("two\nlines"), q(" lead"), q("trail "), q(""),
                   q("caf\xC3\xA9"), q("a'b.c-d")}}),
        QByteArray(
            "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" lead\",\"trail \",,caf\xC3\xA9,a'b.c-d\r\n"));
    EXPECT_EQ(writeCsv({{q("a b"), q("cr\r"), q("\ttab")}}, QLatin1Char(';')),
              QByteArray("a b;\"cr\r\";\"\ttab\"\r\n"));
}

TEST(CsvWrite, QuotesEveryDelimiterParseCsvCouldDetect) {
    // Unquoted, "a;b;c" would make a reader take the semicolon for the delimiter of a comma separated file.
    EXPECT_EQ(writeCsv({{q("a;b;c"), q("d\te")}, {q("1"), q("2")}}),
              QByteArray("\"a;b;c\",\"d\te\"\r\n1,2\r\n"));
    EXPECT_EQ(writeCsv({{q("a,b"), q("c")}}, QLatin1Char(';')), QByteArray("\"a,b\";c\r\n"));
    EXPECT_EQ(writeCsv({{q("a,b"), q("c")}}, QLatin1Char('\t')), QByteArray("\"a,b\"\tc\r\n"));
    const std::vector<std::vector<QString>> header{{q("Rate;EUR"), q("Note,1\t2")}, {q("x;y"), q("z")}};
    for (const QChar delimiter : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        EXPECT_EQ(records(writeCsv(header, delimiter)), header);
    }
}

TEST(CsvWrite, WritesEmptyRecordsSoThatTheyAreNotSkipped) {
    EXPECT_EQ(writeCsv({{q("")}, {q(""), q("")}}), QByteArray("\"\"\r\n,\r\n"));
    EXPECT_EQ(records(writeCsv({{q("")}, {q(""), q("")}})), (Records{{q("")}, {q(""), q("")}}));
    EXPECT_EQ(writeCsv({}), QByteArray());
}

TEST(CsvWrite, RoundTripsThroughParseCsv) {
    const Records original{{q("Reference"), q("Note"), q("Amount")},
                           {q("GRP-\"27\""), q("Line one\r\nLine two\nthree"), q("1,189.00")},
                           {q(" spaced "), q("semi;colon\ttab"), q("")},
                           {q("\xC3\xA9t\xC3\xA9 \xF0\x9F\x8F\xA8"), q("\"\""), q("-0.38")},
                           {q("last"), q(""), q(",")}};
    for (const QChar delimiter : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        SCOPED_TRACE(std::string(1, static_cast<char>(delimiter.unicode())));
        const CsvTable t = table(writeCsv(original, delimiter));
        EXPECT_EQ(t.delimiter, delimiter);
        EXPECT_EQ(t.records, original);
        EXPECT_EQ(t.lines, (std::vector<int>{1, 2, 5, 6, 7}));
    }
}
