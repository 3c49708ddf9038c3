// The messages of core/io go through Qt's translation: a translator installed in the application changes
// them, with their arguments still filled in.

#include "attrition/io/contract_json.h"
#include "attrition/io/csv.h"
#include "io_test_support.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTranslator>
#include <gtest/gtest.h>
#include <memory>
#include <string>

using namespace attrition;
using namespace attrition::io;
using namespace attrition::io::test;

namespace {

/// Marks every text of core/io's contexts: "«context|source»", so that a test sees which context it came
/// from and that the arguments were put into the translated text.
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        const QLatin1String c(context);
        if (c != QLatin1String("ContractFileText") && c != QLatin1String("CsvFileText") &&
            c != QLatin1String("PickupReportText")) {
            return {};
        }
        return QStringLiteral("\u00AB") + c + QLatin1Char('|') + QString::fromUtf8(sourceText) +
               QStringLiteral("\u00BB");
    }
};

/// Installs a MarkingTranslator for the life of the object, with the application it needs.
class Marked {
public:
    Marked() {
        if (QCoreApplication::instance() == nullptr) {
            app_ = std::make_unique<QCoreApplication>(argc_, argv_);
        }
        installed_ = QCoreApplication::installTranslator(&translator_);
    }
    ~Marked() {
        QCoreApplication::removeTranslator(&translator_);
        app_.reset();
    }
    Marked(const Marked&) = delete;
    Marked& operator=(const Marked&) = delete;

    bool installed() const { return installed_; }

private:
    static inline int argc_ = 1;
    static inline char name_[] = "io_tests";
    static inline char* argv_[] = {name_, nullptr};
    std::unique_ptr<QCoreApplication> app_;
    MarkingTranslator translator_;
    bool installed_ = false;
};

std::string errorsOfFile(const QByteArray& json) {
    QStringList out;
    for (const ReadError& e : readContracts(json).errors) {
        out << e.toString();
    }
    return out.join(QLatin1Char('\n')).toStdString();
}

Contract pickupContract() {
    Contract c;
    c.reference = "R-1";
    c.currency = currency("USD");
    c.signedOn = date("2026-01-10");
    c.arrival = date("2027-05-09");
    c.departure = date("2027-05-11");
    c.block = {{date("2027-05-09"), "KING", 20, money("189.00")},
               {date("2027-05-10"), "KING", 100, money("189.00")}};
    return c;
}

std::string pickupErrors(const QByteArray& csv) {
    QStringList out;
    for (const CsvError& e : readPickupReportCsv(csv, pickupContract()).errors) {
        out << e.toString();
    }
    return out.join(QLatin1Char('\n')).toStdString();
}

TEST(IoTranslation, ContractFileMessagesGoThroughTheTranslator) {
    const QByteArray bad = minimal(R"(, "block": [{"night": "2027-05-09", "roomType": "KING", "rooms": 2.5,
        "rate": "189.00"}], "forceMajeur": true)");
    const std::string english = errorsOfFile(bad);
    {
        const Marked marked;
        ASSERT_TRUE(marked.installed());
        EXPECT_EQ(errorsOfFile(bad),
                  "$.forceMajeur: \u00ABContractFileText|unknown field \"forceMajeur\" (did you mean "
                  "\"forceMajeure\"?)\u00BB\n"
                  "$.block[0].rooms: \u00ABContractFileText|expected a whole number, found 2.5\u00BB");
        // A value of the wrong kind is named in the user's language too.
        EXPECT_EQ(errorsOfFile(minimal(R"(, "notes": {})")),
                  "$.notes: \u00ABContractFileText|expected a string, found \u00ABContractFileText|an "
                  "object\u00BB\u00BB");
        // The strict JSON checks and the file-level messages.
        EXPECT_EQ(errorsOfFile(minimal(R"(, "notes": "a", "notes": "b")")),
                  "$.notes: \u00ABContractFileText|the field is given twice in one object (again at line 2, "
                  "column 101); give it once\u00BB");
        EXPECT_EQ(errorsOfFile("  \n"), "\u00ABContractFileText|the file is empty\u00BB");
        EXPECT_EQ(
            readContractFile(QStringLiteral("/no/such/contract.json")).errors.at(0).toString().toStdString(),
            "\u00ABContractFileText|no such file\u00BB");
    }
    // Without the translator, the English text again.
    EXPECT_EQ(errorsOfFile(bad), english);
    EXPECT_EQ(english, "$.forceMajeur: unknown field \"forceMajeur\" (did you mean \"forceMajeure\"?)\n"
                       "$.block[0].rooms: expected a whole number, found 2.5");
}

TEST(IoTranslation, PickupReportMessagesGoThroughTheTranslator) {
    const QByteArray bad = "Date,Room Type,Pickup\n"
                           "2027-05-09,KING,-3\n"
                           "2027-05-10,QUEEN,4\n"
                           "2027-05-10,KING,\"7\"x\n";
    const QByteArray missingColumn = "Date,Room Type,Rooms\n2027-05-09,KING,3\n";
    {
        const Marked marked;
        ASSERT_TRUE(marked.installed());
        // The location ("line 2, column 3 (Pickup)") is a text of the CSV parser; the problem one of the
        // report.
        EXPECT_EQ(pickupErrors(bad.left(bad.indexOf("2027-05-10,KING"))),
                  "\u00ABCsvFileText|line 2, column 3 (Pickup): \u00ABPickupReportText|a number of rooms "
                  "cannot be negative, found \"-3\"\u00BB\u00BB\n"
                  "\u00ABCsvFileText|line 3, column 2 (Room Type): \u00ABPickupReportText|\"QUEEN\" is not a "
                  "room type of the block (KING)\u00BB\u00BB");
        EXPECT_EQ(pickupErrors(bad),
                  "\u00ABCsvFileText|line 4, column 3: \u00ABCsvFileText|a quoted field must end at its "
                  "closing quote, found \"x\" after it\u00BB\u00BB");
        // A table's texts (the field, the headers accepted) are translated where they are used.
        EXPECT_EQ(pickupErrors(missingColumn),
                  "\u00ABCsvFileText|line 1: \u00ABPickupReportText|no column for \u00ABPickupReportText|the "
                  "pickup\u00BB (headed \u00ABPickupReportText|\"Pickup\", \"Picked Up\" or \"Room "
                  "Pickup\"\u00BB); the columns are \"Date\", \"Room Type\", \"Rooms\"\u00BB\u00BB");
        // Warnings too.
        const PickupReportResult warned = readPickupReportCsv(
            "Date,Room Type,Pickup,Current\n2027-05-09,KING,3,21\nTotal,,3,21\n", pickupContract());
        ASSERT_TRUE(warned.ok());
        EXPECT_EQ(QStringList(warned.report.warnings.begin(), warned.report.warnings.end())
                      .join(QLatin1Char('\n'))
                      .toStdString(),
                  "\u00ABPickupReportText|line 3: skipped a totals row\u00BB\n"
                  "\u00ABPickupReportText|line 2: the current block for 2027-05-09 KING is "
                  "\u00ABPickupReportText|21 rooms\u00BB; the contract blocks 20\u00BB");
    }
    EXPECT_EQ(pickupErrors(missingColumn),
              "line 1: no column for the pickup (headed \"Pickup\", \"Picked Up\" or \"Room Pickup\"); the "
              "columns are \"Date\", \"Room Type\", \"Rooms\"");
}

} // namespace
