// attrition-cli at-risk on an SQLite database the test builds: past groups of one hotel with their pickup
// reports and a few groups still to arrive. The figures printed are the engine's, the window and the filters
// choose the groups, and bad requests are named.

#include "../engine/test_contracts.h"
#include "attrition/storage/sql_repository.h"
#include "cli_test_support.h"

#include <QJsonArray>
#include <QTemporaryDir>

namespace {

using namespace attrition;
using namespace attrition::test;
namespace st = attrition::storage;

const Date kArrival = date("2027-05-09");

/// One night, block 100 at 100.00, 80% cumulative, `booked` on the books.
Contract upcoming(std::string reference, std::string_view arrival, std::int32_t booked,
                  std::string hotel = "Harbour Hotel") {
    Contract c = ContractBuilder()
                     .reference(std::move(reference))
                     .stay(arrival, 1)
                     .block(arrival, 100, "100.00")
                     .pickup(arrival, booked)
                     .build();
    c.groupName = c.reference + " meeting";
    c.hotel = std::move(hotel);
    c.salesManager = "Bo";
    c.account = "Acme";
    return c;
}

class CliAtRisk : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new QTemporaryDir;
        ASSERT_TRUE(dir_->isValid());
        st::ConnectionSettings settings;
        settings.file = db().toStdString();
        st::OpenOptions options;
        options.createIfMissing = true;
        auto opened = st::SqlContractRepository::open(settings, options);
        ASSERT_TRUE(opened) << opened.error().message;
        auto& repository = **opened;

        // Five past groups of the hotel: 40 rooms of 100 at 60 days, 60 at 30 days, 90 at arrival.
        std::vector<Contract> contracts;
        std::vector<std::vector<PickupSnapshot>> reports;
        for (int i = 0; i < 5; ++i) {
            Contract c = ContractBuilder()
                             .reference("PAST-" + std::to_string(i))
                             .status(ContractStatus::Actualized)
                             .signedOn("2025-01-10")
                             .stay("2026-05-10", 1)
                             .block("2026-05-10", 100, "200.00")
                             .pickup("2026-05-10", 90)
                             .build();
            c.hotel = "Harbour Hotel";
            const Date a = c.arrival;
            reports.push_back({PickupSnapshot{a.addDays(-60), {PickupEntry{a, "KING", 40}}},
                               PickupSnapshot{a.addDays(-30), {PickupEntry{a, "KING", 60}}},
                               PickupSnapshot{a, {PickupEntry{a, "KING", 90}}}});
            contracts.push_back(std::move(c));
        }
        // Behind pace, still since 60 days out, a review date in 10 days.
        Contract behind = upcoming("GRP-BEHIND", "2027-05-09", 36);
        behind.reviewSchedule.push_back(ReviewStep{date("2027-04-19"), pct("20")});
        contracts.push_back(behind);
        reports.push_back({PickupSnapshot{kArrival.addDays(-60), {PickupEntry{kArrival, "KING", 36}}},
                           PickupSnapshot{kArrival.addDays(-30), {PickupEntry{kArrival, "KING", 36}}}});
        contracts.push_back(upcoming("GRP-AHEAD", "2027-05-20", 80));
        contracts.push_back(upcoming("GRP-FAR", "2027-09-01", 10));
        Contract lodge = upcoming("GRP-LODGE", "2027-05-01", 90, "Lake Lodge");
        lodge.salesManager = "Ann";
        contracts.push_back(lodge);
        Contract cancelled = upcoming("GRP-CANCELLED", "2027-05-02", 10);
        cancelled.status = ContractStatus::Cancelled;
        contracts.push_back(cancelled);
        reports.resize(contracts.size());
        auto imported =
            repository.importContracts(contracts, reports, st::ExistingContracts::Refuse, "tester");
        ASSERT_TRUE(imported) << imported.error().message;
    }
    static void TearDownTestSuite() { delete dir_; }

    static QString db() { return dir_->filePath(QStringLiteral("at-risk.sqlite")); }

    static CliRun run(QStringList args) {
        args.prepend(QStringLiteral("at-risk"));
        args << QStringLiteral("--database") << db() << QStringLiteral("--today")
             << QStringLiteral("2027-04-09");
        return cli(args);
    }

    static QStringList references(const QJsonObject& o) {
        QStringList refs;
        for (const QJsonValue& g : o.value(QStringLiteral("groups")).toArray()) {
            refs << g.toObject().value(QStringLiteral("reference")).toString();
        }
        return refs;
    }

    static inline QTemporaryDir* dir_ = nullptr;
};

TEST_F(CliAtRisk, TheJsonListsTheUpcomingGroupsByRiskWithTheEnginesFigures) {
    const CliRun r = run({QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_EQ(o.value(QStringLiteral("format")).toString(), QStringLiteral("attrition-desk/at-risk"));
    EXPECT_EQ(o.value(QStringLiteral("from")).toString(), QStringLiteral("2027-04-09"));
    EXPECT_EQ(o.value(QStringLiteral("to")).toString(), QStringLiteral("2027-07-08"));
    const QStringList refs = references(o);
    ASSERT_EQ(refs.size(), 3) << refs.join(QLatin1Char(',')).toStdString();
    EXPECT_EQ(refs.front(), QStringLiteral("GRP-BEHIND"));
    EXPECT_TRUE(refs.contains(QStringLiteral("GRP-AHEAD")));
    EXPECT_TRUE(refs.contains(QStringLiteral("GRP-LODGE")));

    const QJsonArray groups = o.value(QStringLiteral("groups")).toArray();
    // Sorted by expected damages, highest first.
    for (qsizetype i = 1; i < groups.size(); ++i) {
        EXPECT_GE(groups[i - 1].toObject().value(QStringLiteral("expectedDamages")).toString().toDouble(),
                  groups[i].toObject().value(QStringLiteral("expectedDamages")).toString().toDouble());
    }
    const QJsonObject behind = groups.first().toObject();
    EXPECT_EQ(behind.value(QStringLiteral("onTheBooks")).toInt(), 36);
    EXPECT_EQ(behind.value(QStringLiteral("blockRoomNights")).toInt(), 100);
    EXPECT_EQ(behind.value(QStringLiteral("pickupPercent")).toString(), QStringLiteral("36"));
    EXPECT_TRUE(behind.value(QStringLiteral("paceKnown")).toBool());
    EXPECT_DOUBLE_EQ(behind.value(QStringLiteral("pacePoints")).toDouble(), -24.0);
    EXPECT_EQ(behind.value(QStringLiteral("comparablePercent")).toString(), QStringLiteral("60"));
    EXPECT_EQ(behind.value(QStringLiteral("comparableGroups")).toInt(), 5);
    EXPECT_DOUBLE_EQ(behind.value(QStringLiteral("forecastRoomNights")).toDouble(), 45.0);
    EXPECT_EQ(behind.value(QStringLiteral("p10RoomNights")).toInt(), 23);
    EXPECT_EQ(behind.value(QStringLiteral("p90RoomNights")).toInt(), 67);
    EXPECT_EQ(behind.value(QStringLiteral("expectedDamages")).toString(), QStringLiteral("3500.00"));
    EXPECT_EQ(behind.value(QStringLiteral("damagesP10")).toString(), QStringLiteral("1200.00"));
    EXPECT_EQ(behind.value(QStringLiteral("damagesP90")).toString(), QStringLiteral("5500.00"));
    EXPECT_EQ(behind.value(QStringLiteral("nextDate")).toString(), QStringLiteral("2027-04-19"));
    EXPECT_EQ(behind.value(QStringLiteral("nextKind")).toString(), QStringLiteral("review-date"));
    EXPECT_EQ(behind.value(QStringLiteral("daysToNext")).toInt(), 10);
    EXPECT_EQ(
        behind.value(QStringLiteral("action")).toString(),
        QStringLiteral("Before the review date 2027-04-19, agree with the organizer what to release: up "
                       "to 20% of the block may go then"));
    QStringList flags;
    for (const QJsonValue& f : behind.value(QStringLiteral("flags")).toArray()) {
        flags << f.toObject().value(QStringLiteral("flag")).toString();
    }
    EXPECT_EQ(flags.join(QLatin1Char(',')).toStdString(),
              "pace-behind,no-pickup-movement,review-below-performance");
    EXPECT_EQ(
        behind.value(QStringLiteral("flags"))
            .toArray()
            .at(1)
            .toObject()
            .value(QStringLiteral("text"))
            .toString(),
        QStringLiteral("No pickup movement for 30 days: 36 room nights on the books since 2027-03-10, while "
                       "the booking curve expects 15% of the final pickup, about 7 room nights, to arrive "
                       "over those days"));

    // The lodge has no past groups of its own: its pace is not known, and says why.
    for (const QJsonValue& g : groups) {
        const QJsonObject row = g.toObject();
        if (row.value(QStringLiteral("reference")).toString() == QLatin1String("GRP-LODGE")) {
            EXPECT_FALSE(row.value(QStringLiteral("paceKnown")).toBool());
            EXPECT_TRUE(row.value(QStringLiteral("pacePoints")).isNull());
            EXPECT_EQ(
                row.value(QStringLiteral("pace")).toString(),
                QStringLiteral("Pace not known: only 0 comparable groups have a pickup history and a block "
                               "(at least 5 are needed)"));
        }
    }
}

TEST_F(CliAtRisk, TheWindowAndTheFiltersChooseTheGroups) {
    const auto refsOf = [](const QStringList& args) {
        QStringList all = args;
        all << QStringLiteral("--json");
        const CliRun r = run(all);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        QStringList refs = references(json(r));
        refs.sort();
        return refs.join(QLatin1Char(',')).toStdString();
    };
    EXPECT_EQ(refsOf({QStringLiteral("--days"), QStringLiteral("30")}), "GRP-BEHIND,GRP-LODGE");
    EXPECT_EQ(refsOf({QStringLiteral("--days"), QStringLiteral("180")}),
              "GRP-AHEAD,GRP-BEHIND,GRP-FAR,GRP-LODGE");
    EXPECT_EQ(refsOf({QStringLiteral("--from"), QStringLiteral("2027-05-09"), QStringLiteral("--to"),
                      QStringLiteral("2027-09-01")}),
              "GRP-AHEAD,GRP-BEHIND,GRP-FAR");
    EXPECT_EQ(refsOf({QStringLiteral("--hotel"), QStringLiteral("Lake Lodge")}), "GRP-LODGE");
    EXPECT_EQ(refsOf({QStringLiteral("--manager"), QStringLiteral("Ann")}), "GRP-LODGE");
    EXPECT_EQ(refsOf({QStringLiteral("--account"), QStringLiteral("Nobody")}), "");
}

TEST_F(CliAtRisk, TheTextIsATableWithTheFlagSentencesAndTheCsvHasTheDocumentedColumns) {
    const CliRun text = run({});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    for (const char* words :
         {"Groups arriving 2027-04-09 to 2027-07-08, standing on 2027-04-09: 3 groups, 1 with flags",
          "Reference", "Expected damages (P10-P90)", "GRP-BEHIND", "3,500.00 (1,200.00-5,500.00) USD",
          "-24.0", "not known", "review 2027-04-19 (10 days)",
          "! Pace behind: 36% of the block is on the books 30 days before arrival, where the 5 comparable "
          "groups had 60%: 24 points behind, more than the 10 points allowed"}) {
        EXPECT_TRUE(text.out.contains(QLatin1String(words))) << words << "\n" << text.out.toStdString();
    }
    // GRP-BEHIND is the first row of the table.
    const QStringList lines = text.out.split(QLatin1Char('\n'));
    qsizetype header = -1;
    for (qsizetype i = 0; i < lines.size() && header < 0; ++i) {
        header = lines[i].startsWith(QLatin1String("Reference ")) ? i : -1;
    }
    ASSERT_GE(header, 0) << text.out.toStdString();
    EXPECT_TRUE(lines[header + 1].startsWith(QLatin1String("GRP-BEHIND"))) << text.out.toStdString();

    const CliRun csv = run({QStringLiteral("--csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QStringList rows = csv.out.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(
        rows[0].trimmed(),
        QStringLiteral("reference,group,account,hotel,sales_manager,arrival,days_before_arrival,currency,"
                       "block_room_nights,on_the_books,pickup_percent,pace_points,comparable_percent,"
                       "comparable_groups,forecast_room_nights,forecast_percent,p10_room_nights,"
                       "p90_room_nights,expected_damages,damages_p10,damages_p90,probability_owed,next_date,"
                       "next_kind,days_to_next,action,flags,flag_texts"));
    EXPECT_TRUE(
        rows[1].startsWith(QLatin1String("GRP-BEHIND,GRP-BEHIND meeting,Acme,Harbour Hotel,Bo,2027-05-09,30,"
                                         "USD,100,36,36,-24.0,60,5,45.0,45,23,67,3500.00,1200.00,5500.00,")))
        << rows[1].toStdString();
    EXPECT_TRUE(rows[1].contains(QLatin1String("pace-behind;no-pickup-movement;review-below-performance")));
}

TEST_F(CliAtRisk, BadRequestsAreNamed) {
    const CliRun days = run({QStringLiteral("--days"), QStringLiteral("45")});
    EXPECT_EQ(days.exitCode, 2);
    EXPECT_TRUE(days.err.contains(QLatin1String("--days: expected 30, 90 or 180, found \"45\"")))
        << days.err.toStdString();
    const CliRun half = run({QStringLiteral("--from"), QStringLiteral("2027-05-01")});
    EXPECT_EQ(half.exitCode, 2);
    EXPECT_TRUE(half.err.contains(QLatin1String("--from and --to go together"))) << half.err.toStdString();
    const CliRun both = run({QStringLiteral("--json"), QStringLiteral("--csv")});
    EXPECT_EQ(both.exitCode, 2);
    const CliRun mixed =
        run({QStringLiteral("--days"), QStringLiteral("30"), QStringLiteral("--from"),
             QStringLiteral("2027-05-01"), QStringLiteral("--to"), QStringLiteral("2027-06-01")});
    EXPECT_EQ(mixed.exitCode, 2);
    const CliRun reversed = run({QStringLiteral("--from"), QStringLiteral("2027-06-01"),
                                 QStringLiteral("--to"), QStringLiteral("2027-05-01")});
    EXPECT_EQ(reversed.exitCode, 2);
    EXPECT_TRUE(reversed.err.contains(QLatin1String("the arrival window ends (2027-05-01) before it starts")))
        << reversed.err.toStdString();
    const CliRun badDate = run({QStringLiteral("--from"), QStringLiteral("May"), QStringLiteral("--to"),
                                QStringLiteral("2027-05-01")});
    EXPECT_EQ(badDate.exitCode, 2);
    EXPECT_TRUE(
        badDate.err.contains(QLatin1String("--from: expected a date written YYYY-MM-DD, found \"May\"")));

    const CliRun help = cli({QStringLiteral("at-risk"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QLatin1String("attrition-cli at-risk [--days 30|90|180")))
        << help.out.toStdString();
    EXPECT_TRUE(help.out.contains(QLatin1String("--database"))) << help.out.toStdString();
}

} // namespace
