// attrition-cli forecast, advise and backtest on an SQLite database of generated past groups with their
// pickup reports: the figures printed are the forecast engine's own, and bad requests are named.

#include "../engine/synthetic_groups.h"
#include "attrition/engine/forecast.h"
#include "attrition/engine/quote.h"
#include "attrition/io/contract_json.h"
#include "attrition/storage/sql_repository.h"
#include "cli_test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>

namespace {

using namespace attrition;
namespace st = attrition::storage;

constexpr int kPastGroups = 24;

class CliForecast : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new QTemporaryDir;
        ASSERT_TRUE(dir_->isValid());
        groups_ = new std::vector<synthetic::PastGroup>(synthetic::pastGroups(kPastGroups, 11, 2, 2));
        std::sort(groups_->begin(), groups_->end(),
                  [](const auto& a, const auto& b) { return a.contract.arrival < b.contract.arrival; });
        for (synthetic::PastGroup& g : *groups_) {
            g.contract.hotel = "Harbour Hotel";
            g.contract.groupName = g.contract.reference;
            // Every fourth weekly report is enough history and keeps the database small.
            std::vector<PickupSnapshot> kept;
            for (std::size_t i = 0; i < g.snapshots.size(); i += 4) {
                kept.push_back(g.snapshots[i]);
            }
            kept.push_back(g.snapshots.back());
            g.snapshots = std::move(kept);
        }
        target_ = new Contract(upcoming());

        st::ConnectionSettings settings;
        settings.file = db().toStdString();
        st::OpenOptions options;
        options.createIfMissing = true;
        auto opened = st::SqlContractRepository::open(settings, options);
        ASSERT_TRUE(opened) << opened.error().message;
        auto& repository = **opened;
        std::vector<Contract> contracts;
        for (const synthetic::PastGroup& g : *groups_) {
            contracts.push_back(g.contract);
        }
        contracts.push_back(*target_);
        auto saved = repository.saveNew(contracts, "tester");
        ASSERT_TRUE(saved) << saved.error().message;
        for (std::size_t i = 0; i < groups_->size(); ++i) {
            for (const PickupSnapshot& s : (*groups_)[i].snapshots) {
                auto recorded = repository.recordPickupSnapshot((*saved)[i].id, s, "tester");
                ASSERT_TRUE(recorded) << recorded.error().message;
            }
        }
    }
    static void TearDownTestSuite() {
        delete target_;
        delete groups_;
        delete dir_;
    }

    /// An upcoming group of the same hotel: 2 nights x 2 types, 60% picked up so far, a review date ahead.
    static Contract upcoming() {
        Contract c = synthetic::pastGroups(1, 99, 2, 2).front().contract;
        const Currency usd = *Currency::fromCode("USD");
        c.reference = "GRP-NEXT";
        c.groupName = "Coastal Pharma Summit";
        c.account = "Lakeside Events";
        c.hotel = "Harbour Hotel";
        c.status = ContractStatus::Definite;
        c.signedOn = *Date::fromYmd(2026, 9, 1);
        c.arrival = *Date::fromYmd(2027, 3, 10);
        c.departure = c.arrival.addDays(2);
        c.block.clear();
        c.pickup.clear();
        for (int n = 0; n < 2; ++n) {
            for (const char* type : {"KING", "QUEEN"}) {
                c.block.push_back(BlockEntry{c.arrival.addDays(n), type, 50, Money::fromMajor(189, usd)});
                c.pickup.push_back(PickupEntry{c.arrival.addDays(n), type, 30});
            }
        }
        c.attrition.enabled = true;
        c.attrition.performanceLevel = Percent::fromPoints(80);
        c.reviewSchedule.push_back(ReviewStep{*Date::fromYmd(2027, 2, 1), Percent::fromPoints(20)});
        return c;
    }

    static QString db() { return dir_->filePath(QStringLiteral("forecast.sqlite")); }

    static CliRun run(QStringList args) {
        args << QStringLiteral("--database") << db();
        return cli(args);
    }

    /// What the engine forecasts from the same history, standing on `today`.
    static forecast::Forecast expected(const forecast::ForecastOptions& options) {
        std::vector<forecast::GroupHistory> history;
        for (const synthetic::PastGroup& g : *groups_) {
            history.push_back(forecast::GroupHistory{&g.contract, g.snapshots});
        }
        return forecast::forecastPickup(*target_, forecast::History(history), options);
    }

    static inline QTemporaryDir* dir_ = nullptr;
    static inline std::vector<synthetic::PastGroup>* groups_ = nullptr;
    static inline Contract* target_ = nullptr;
};

forecast::ForecastOptions optionsOn(const char* today, std::uint64_t seed, std::int32_t draws) {
    forecast::ForecastOptions o;
    o.today = *Date::parseIso(today);
    o.seed = seed;
    o.draws = draws;
    return o;
}

TEST_F(CliForecast, TheForecastPrintedIsTheEnginesFromTheStoredHistory) {
    const CliRun r = run({QStringLiteral("forecast"), QStringLiteral("--db"), QStringLiteral("GRP-NEXT"),
                          QStringLiteral("--today"), QStringLiteral("2027-01-09"), QStringLiteral("--seed"),
                          QStringLiteral("7"), QStringLiteral("--draws"), QStringLiteral("2000"),
                          QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    const forecast::ForecastOptions options = optionsOn("2027-01-09", 7, 2000);
    const forecast::Forecast f = expected(options);
    const forecast::DamagesRisk risk = forecast::damagesRisk(*target_, f, options);

    EXPECT_EQ(o.value(QStringLiteral("format")).toString(), QStringLiteral("attrition-desk/forecast"));
    EXPECT_EQ(o.value(QStringLiteral("daysBeforeArrival")).toInt(), 60);
    EXPECT_EQ(o.value(QStringLiteral("curveGroups")).toInt(), kPastGroups);
    EXPECT_FALSE(o.value(QStringLiteral("defaultCurve")).toBool());
    EXPECT_EQ(o.value(QStringLiteral("onTheBooks")).toInt(), 120);
    EXPECT_EQ(o.value(QStringLiteral("blockRoomNights")).toInt(), 200);
    EXPECT_EQ(o.value(QStringLiteral("method")).toString(), QLatin1String(forecast::methodName(f.method)));
    EXPECT_NEAR(o.value(QStringLiteral("expected")).toDouble(), f.expected, 1e-9);
    EXPECT_EQ(o.value(QStringLiteral("p10")).toInteger(), f.p10);
    EXPECT_EQ(o.value(QStringLiteral("p50")).toInteger(), f.p50);
    EXPECT_EQ(o.value(QStringLiteral("p90")).toInteger(), f.p90);
    EXPECT_LE(f.p10, f.p50);
    EXPECT_LE(f.p50, f.p90);
    EXPECT_EQ(o.value(QStringLiteral("nights")).toArray().size(), 4);

    const QJsonObject damages = o.value(QStringLiteral("damages")).toObject();
    EXPECT_EQ(damages.value(QStringLiteral("expected")).toString().toStdString(),
              risk.expected.toDecimalString());
    EXPECT_EQ(damages.value(QStringLiteral("p90")).toString().toStdString(), risk.p90.toDecimalString());
    EXPECT_EQ(damages.value(QStringLiteral("draws")).toInt(), 2000);
    EXPECT_NEAR(damages.value(QStringLiteral("probabilityOwed")).toDouble(), risk.probabilityOwed, 1e-12);
    EXPECT_FALSE(o.value(QStringLiteral("explanation")).toArray().isEmpty());
}

TEST_F(CliForecast, TheSameSeedGivesTheSameTextAndTheTextNamesEveryFigure) {
    const QStringList args{QStringLiteral("forecast"),   QStringLiteral("--db"),
                           QStringLiteral("GRP-NEXT"),   QStringLiteral("--today"),
                           QStringLiteral("2027-01-09"), QStringLiteral("--draws"),
                           QStringLiteral("500")};
    const CliRun first = run(args);
    const CliRun second = run(args);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(first.out, second.out);
    for (const char* words :
         {"Forecast for GRP-NEXT (Coastal Pharma Summit)", "60 days before arrival",
          "booking curve from 24 groups", "On the books", "Expected at arrival", "Expected damages",
          "Chance of owing anything", "How the figures were obtained"}) {
        EXPECT_TRUE(first.out.contains(QLatin1String(words))) << words << "\n" << first.out.toStdString();
    }
}

TEST_F(CliForecast, TheAdviceReleasesWithinTheReviewScheduleAndAddsUp) {
    const CliRun r = run({QStringLiteral("advise"), QStringLiteral("--db"), QStringLiteral("GRP-NEXT"),
                          QStringLiteral("--today"), QStringLiteral("2027-01-09"), QStringLiteral("--draws"),
                          QStringLiteral("1000"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_EQ(o.value(QStringLiteral("reviewDate")).toString(), QStringLiteral("2027-02-01"));
    const forecast::ForecastOptions options = optionsOn("2027-01-09", 1, 1000);
    const forecast::Advice advice = forecast::adviseRelease(*target_, expected(options), options);
    EXPECT_EQ(o.value(QStringLiteral("releaseRoomNights")).toInteger(), advice.releaseRoomNights);
    qint64 released = 0;
    for (const QJsonValue& v : o.value(QStringLiteral("nights")).toArray()) {
        const QJsonObject n = v.toObject();
        const int block = n.value(QStringLiteral("block")).toInt();
        const int keep = n.value(QStringLiteral("keep")).toInt();
        const int release = n.value(QStringLiteral("release")).toInt();
        EXPECT_EQ(keep + release, block);
        // 20% of the block of 50 may go at this review date: never keep fewer than 40.
        EXPECT_GE(keep, 40);
        released += release;
    }
    EXPECT_EQ(released, o.value(QStringLiteral("releaseRoomNights")).toInteger());
    EXPECT_EQ(
        o.value(QStringLiteral("hold")).toObject().value(QStringLiteral("expected")).toString().toStdString(),
        advice.hold.expected.toDecimalString());
}

TEST_F(CliForecast, TheBacktestCoversThePastGroupsAtEachHorizon) {
    const CliRun r = run({QStringLiteral("backtest"), QStringLiteral("--today"), QStringLiteral("2027-01-09"),
                          QStringLiteral("--horizons"), QStringLiteral("60,30"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_EQ(o.value(QStringLiteral("groups")).toInt(), kPastGroups);
    const QJsonArray horizons = o.value(QStringLiteral("horizons")).toArray();
    ASSERT_EQ(horizons.size(), 2);
    EXPECT_EQ(horizons[0].toObject().value(QStringLiteral("daysBeforeArrival")).toInt(), 60);
    EXPECT_EQ(horizons[1].toObject().value(QStringLiteral("daysBeforeArrival")).toInt(), 30);
    std::vector<forecast::GroupHistory> history;
    for (const synthetic::PastGroup& g : *groups_) {
        history.push_back(forecast::GroupHistory{&g.contract, g.snapshots});
    }
    const std::vector<std::int32_t> at{60, 30};
    const auto direct = forecast::backtest(forecast::History(history), at);
    EXPECT_NEAR(horizons[0].toObject().value(QStringLiteral("wapeMultiplicative")).toDouble(),
                direct[0].wapeMultiplicative, 1e-9);
    EXPECT_NEAR(horizons[1].toObject().value(QStringLiteral("calibration")).toDouble(), direct[1].calibration,
                1e-9);
    EXPECT_NEAR(horizons[1].toObject().value(QStringLiteral("wapeRegression")).toDouble(),
                direct[1].wapeRegression, 1e-9);

    const CliRun text =
        run({QStringLiteral("backtest"), QStringLiteral("--today"), QStringLiteral("2027-01-09")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Backtest over 24 past groups"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("P10-P90 coverage"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Regression"))) << text.out.toStdString();
}

TEST_F(CliForecast, TheRegressionMethodCanBeAskedFor) {
    const CliRun r = run({QStringLiteral("forecast"), QStringLiteral("--db"), QStringLiteral("GRP-NEXT"),
                          QStringLiteral("--today"), QStringLiteral("2027-01-09"), QStringLiteral("--method"),
                          QStringLiteral("regression"), QStringLiteral("--draws"), QStringLiteral("100"),
                          QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(json(r).value(QStringLiteral("method")).toString(), QStringLiteral("regression"));
}

TEST_F(CliForecast, BadRequestsAreNamed) {
    const CliRun draws = run({QStringLiteral("forecast"), QStringLiteral("--db"), QStringLiteral("GRP-NEXT"),
                              QStringLiteral("--draws"), QStringLiteral("0")});
    EXPECT_EQ(draws.exitCode, 2);
    EXPECT_TRUE(
        draws.err.contains(QStringLiteral("--draws: expected a whole number from 1 to 1000000, found \"0\"")))
        << draws.err.toStdString();

    const CliRun method = run({QStringLiteral("forecast"), QStringLiteral("--db"), QStringLiteral("GRP-NEXT"),
                               QStringLiteral("--method"), QStringLiteral("guess")});
    EXPECT_EQ(method.exitCode, 2);
    EXPECT_TRUE(method.err.contains(QStringLiteral("--method"))) << method.err.toStdString();

    const CliRun arrived =
        run({QStringLiteral("forecast"), QStringLiteral("--db"), QStringLiteral("GRP-NEXT"),
             QStringLiteral("--today"), QStringLiteral("2027-03-10")});
    EXPECT_EQ(arrived.exitCode, 1);
    EXPECT_TRUE(arrived.err.contains(
        QStringLiteral("contract \"GRP-NEXT\": the group arrived on 2027-03-10; a forecast looks at groups "
                       "still to arrive (--today is 2027-03-10)")))
        << arrived.err.toStdString();
    EXPECT_TRUE(arrived.out.isEmpty());

    const CliRun missing =
        run({QStringLiteral("advise"), QStringLiteral("--db"), QStringLiteral("GRP-NONE")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("GRP-NONE"))) << missing.err.toStdString();

    const CliRun noReference = run({QStringLiteral("forecast")});
    EXPECT_EQ(noReference.exitCode, 2);
    EXPECT_TRUE(noReference.err.contains(QStringLiteral("forecast takes --db REFERENCE")))
        << noReference.err.toStdString();

    const CliRun horizons =
        run({QStringLiteral("backtest"), QStringLiteral("--horizons"), QStringLiteral("30,400")});
    EXPECT_EQ(horizons.exitCode, 2);
    EXPECT_TRUE(horizons.err.contains(QStringLiteral("--horizons"))) << horizons.err.toStdString();
}

TEST_F(CliForecast, WithoutComparableGroupsTheDefaultCurveIsUsedAndSaidSo) {
    const CliRun r = run({QStringLiteral("forecast"), QStringLiteral("--db"), QStringLiteral("GRP-NEXT"),
                          QStringLiteral("--today"), QStringLiteral("2027-01-09"),
                          QStringLiteral("--compare"), QStringLiteral("account"), QStringLiteral("--draws"),
                          QStringLiteral("200"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = json(r);
    EXPECT_TRUE(o.value(QStringLiteral("defaultCurve")).toBool());
    EXPECT_EQ(o.value(QStringLiteral("curveGroups")).toInt(), 0);
}

/// A proposal for the hotel of the past groups (prospect, 2 nights x 2 types), written to a file, and the
/// hotel's outlook for its nights.
struct Proposal {
    Contract contract;
    QString file;
    QString outlook;
};

Proposal proposal(const QString& folder, const char* outlookCsv) {
    Proposal p;
    p.contract = synthetic::pastGroups(1, 77, 2, 2).front().contract;
    Contract& c = p.contract;
    const Currency usd = *Currency::fromCode("USD");
    c.reference = "QUOTE-1";
    c.hotel = "Harbour Hotel";
    c.account = "Account 3";
    c.status = ContractStatus::Prospect;
    c.signedOn = *Date::fromYmd(2026, 12, 1);
    c.arrival = *Date::fromYmd(2027, 4, 5);
    c.departure = c.arrival.addDays(2);
    c.block.clear();
    c.pickup.clear();
    c.reviewSchedule.clear();
    c.reductions.clear();
    for (int n = 0; n < 2; ++n) {
        for (const char* type : {"KING", "QUEEN"}) {
            c.block.push_back(BlockEntry{c.arrival.addDays(n), type, 60, Money::fromMajor(199, usd)});
        }
    }
    c.foodBeverage.minimum = Money::fromMajor(8000, usd);
    c.foodBeverage.actualSpend = Money::zero(usd);
    p.file = folder + QStringLiteral("/proposal.json");
    p.outlook = folder + QStringLiteral("/outlook.csv");
    QFile f(p.file);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(io::writeContract(c));
    f.close();
    QFile o(p.outlook);
    EXPECT_TRUE(o.open(QIODevice::WriteOnly));
    o.write(outlookCsv);
    return p;
}

constexpr const char* kOutlook = "date,capacity,demand,net-adr,ancillary\n"
                                 "2027-04-05,200,150,210.00,12.00\n"
                                 "2027-04-06,200,60,150.00,\n";

TEST_F(CliForecast, TheQuoteIsTheEnginesFromThePastGroupsAndTheOutlook) {
    const QTemporaryDir folder;
    const Proposal p = proposal(folder.path(), kOutlook);
    const CliRun r =
        run({QStringLiteral("quote"), p.file, QStringLiteral("--outlook"), p.outlook,
             QStringLiteral("--today"), QStringLiteral("2027-01-09"), QStringLiteral("--variable-cost"),
             QStringLiteral("35.00"), QStringLiteral("--commission"), QStringLiteral("10"),
             QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = json(r);

    // The same quote from the engine: the hotel's past groups, none of the proposal's account has 3 of its
    // own, so all of them.
    std::vector<forecast::GroupHistory> history;
    for (const synthetic::PastGroup& g : *groups_) {
        history.push_back(forecast::GroupHistory{&g.contract, g.snapshots});
    }
    const quote::WashDistribution wash = quote::washDistribution(history, p.contract.account);
    const Currency usd = *Currency::fromCode("USD");
    const std::vector<quote::HotelNight> nights{{p.contract.arrival, 200, Quantity::whole(150),
                                                 Money::fromMajor(210, usd), Money::fromMajor(12, usd)},
                                                {p.contract.arrival.addDays(1), 200, Quantity::whole(60),
                                                 Money::fromMajor(150, usd), Money::zero(usd)}};
    quote::QuoteOptions options;
    options.seed = 5;
    options.margins.roomVariableCost = Money::fromMajor(35, usd);
    options.margins.groupCommission = Percent::fromPoints(10);
    const quote::Quote q = quote::quoteGroup(p.contract, nights, wash, options);

    EXPECT_EQ(o.value(QStringLiteral("format")).toString(), QStringLiteral("attrition-desk/quote"));
    const QJsonObject w = o.value(QStringLiteral("wash")).toObject();
    EXPECT_EQ(w.value(QStringLiteral("source")).toString(),
              QLatin1String(quote::washSourceName(wash.source)));
    EXPECT_EQ(w.value(QStringLiteral("groups")).toInt(), static_cast<int>(wash.washes.size()));
    EXPECT_EQ(o.value(QStringLiteral("net")).toString(), QString::fromStdString(q.net.toDecimalString()));
    EXPECT_EQ(o.value(QStringLiteral("netP10")).toString(),
              QString::fromStdString(q.netP10.toDecimalString()));
    EXPECT_EQ(o.value(QStringLiteral("netP90")).toString(),
              QString::fromStdString(q.netP90.toDecimalString()));
    const QJsonArray clauses = o.value(QStringLiteral("clauses")).toArray();
    ASSERT_EQ(clauses.size(), static_cast<qsizetype>(q.clauses.size()));
    for (qsizetype i = 0; i < clauses.size(); ++i) {
        EXPECT_EQ(
            clauses[i].toObject().value(QStringLiteral("expectedDamages")).toString(),
            QString::fromStdString(q.clauses[static_cast<std::size_t>(i)].expectedDamages.toDecimalString()));
    }
    const QJsonArray shown = o.value(QStringLiteral("nights")).toArray();
    ASSERT_EQ(shown.size(), 2);
    EXPECT_EQ(shown[0].toObject().value(QStringLiteral("breakEvenRate")).toString(),
              QString::fromStdString(q.nights[0].breakEvenRate->toDecimalString()));

    // The text names every night and the sentence behind the net value.
    const CliRun text = run({QStringLiteral("quote"), p.file, QStringLiteral("--outlook"), p.outlook,
                             QStringLiteral("--today"), QStringLiteral("2027-01-09"),
                             QStringLiteral("--seed"), QStringLiteral("5")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Quote for QUOTE-1"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("2027-04-06"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Net value of the group"))) << text.out.toStdString();
}

TEST_F(CliForecast, AQuoteRefusesWhatItCannotWeighAndSaysWhere) {
    const QTemporaryDir folder;
    const Proposal gap = proposal(folder.path(), "date,capacity,demand,net-adr\n2027-04-05,200,150,210.00\n");
    const CliRun missing = run({QStringLiteral("quote"), gap.file, QStringLiteral("--outlook"), gap.outlook});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral(
        "QUOTE-1: cannot be quoted: The night of 2027-04-06 has no hotel outlook (capacity, transient demand "
        "and net ADR)")))
        << missing.err.toStdString();

    const Proposal small = proposal(folder.path(), "date,capacity,demand,net-adr\n2027-04-05,100,150,210.00\n"
                                                   "2027-04-06,200,-1,150.00\n");
    const CliRun bad = run({QStringLiteral("quote"), small.file, QStringLiteral("--outlook"), small.outlook});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("line 3, column 3 (demand): expected a number of rooms")))
        << bad.err.toStdString();

    const Proposal crowded =
        proposal(folder.path(), "date,capacity,demand,net-adr\n2027-04-05,100,150,210.00\n"
                                "2027-04-06,200,10,150.00\n");
    const CliRun full =
        run({QStringLiteral("quote"), crowded.file, QStringLiteral("--outlook"), crowded.outlook});
    EXPECT_EQ(full.exitCode, 1);
    EXPECT_TRUE(full.err.contains(QStringLiteral(
        "The block of 120 rooms on the night of 2027-04-05 is above the hotel's capacity of 100 rooms")))
        << full.err.toStdString();

    const CliRun definite = run({QStringLiteral("quote"), QStringLiteral("--db"), QStringLiteral("GRP-NEXT"),
                                 QStringLiteral("--outlook"), gap.outlook});
    EXPECT_EQ(definite.exitCode, 1);
    EXPECT_TRUE(definite.err.contains(
        QStringLiteral("GRP-NEXT: a quote is for a proposed group (prospect or tentative); this contract is "
                       "definite")))
        << definite.err.toStdString();

    // Without --outlook the outlook stored for the hotel, here none.
    const CliRun noOutlook = run({QStringLiteral("quote"), gap.file});
    EXPECT_EQ(noOutlook.exitCode, 1);
    EXPECT_TRUE(noOutlook.err.contains(QStringLiteral(
        "QUOTE-1: cannot be quoted: The night of 2027-04-05 has no hotel outlook (capacity, transient demand "
        "and net ADR)")))
        << noOutlook.err.toStdString();
    EXPECT_TRUE(noOutlook.err.contains(
        QStringLiteral("attrition-cli outlook import OUTLOOK.csv --hotel \"Harbour Hotel\"")))
        << noOutlook.err.toStdString();

    const CliRun commission = run({QStringLiteral("quote"), gap.file, QStringLiteral("--outlook"),
                                   gap.outlook, QStringLiteral("--commission"), QStringLiteral("120")});
    EXPECT_EQ(commission.exitCode, 2);
    EXPECT_TRUE(commission.err.contains(QStringLiteral("--commission: expected a percentage from 0 to 100")))
        << commission.err.toStdString();
}

// --- The hotel's outlook in the database
// ---------------------------------------------------------------------

/// A copy of the suite's database, so that an outlook stored by one test is not seen by another.
class CliOutlook : public CliForecast {
protected:
    void SetUp() override {
        ASSERT_TRUE(folder_.isValid());
        copy_ = folder_.filePath(QStringLiteral("copy.sqlite"));
        ASSERT_TRUE(QFile::copy(db(), copy_));
    }

    CliRun on(QStringList args) const {
        args << QStringLiteral("--database") << copy_;
        return cli(args);
    }

    QString write(const char* name, const QByteArray& bytes) const {
        const QString path = folder_.filePath(QLatin1String(name));
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    /// The hotel's stored outlook as outlook export writes it.
    QString exported(const char* hotel = "Harbour Hotel") const {
        const CliRun r = on({QStringLiteral("outlook"), QStringLiteral("export"), QStringLiteral("--hotel"),
                             QLatin1String(hotel)});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.out;
    }

    QTemporaryDir folder_;
    QString copy_;
};

constexpr const char* kStoredOutlook = "date,capacity,demand,net-adr,ancillary\r\n"
                                       "2027-04-04,200,80.25,190.00,0.00\r\n"
                                       "2027-04-05,200,150,210.00,12.00\r\n"
                                       "2027-04-06,200,60,150.00,0.00\r\n";

TEST_F(CliOutlook, AnImportedOutlookIsExportedAsTheSameCsv) {
    const QString file =
        write("outlook.csv", "Date;Net-ADR;Capacity;Demand;Ancillary\n2027-04-06;150;200;60;\n"
                             "2027-04-04;190.00;200;80.250;\n2027-04-05;210;200;150;12\n");
    const CliRun imported = on({QStringLiteral("outlook"), QStringLiteral("import"), file,
                                QStringLiteral("--hotel"), QStringLiteral("Harbour Hotel")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(imported.out, file +
                                QStringLiteral(": the outlook of \"Harbour Hotel\" for 3 nights from "
                                               "2027-04-04 to 2027-04-06 was saved in ") +
                                copy_ + QLatin1Char('\n'));
    // In order of the nights, in the currency of the hotel's contracts (USD), ancillary zero when not given.
    const QString all = exported();
    EXPECT_EQ(all, QLatin1String(kStoredOutlook));

    // What export writes imports back to the same.
    const QString back = write("back.csv", all.toUtf8());
    const CliRun again = on({QStringLiteral("outlook"), QStringLiteral("import"), back,
                             QStringLiteral("--hotel"), QStringLiteral("Harbour Hotel")});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(exported(), all);

    // A range of nights, to a file.
    const QString part = folder_.filePath(QStringLiteral("part.csv"));
    const CliRun range =
        on({QStringLiteral("outlook"), QStringLiteral("export"), QStringLiteral("--hotel"),
            QStringLiteral("Harbour Hotel"), QStringLiteral("--from"), QStringLiteral("2027-04-05"),
            QStringLiteral("--to"), QStringLiteral("2027-04-05"), QStringLiteral("--out"), part});
    ASSERT_EQ(range.exitCode, 0) << range.err.toStdString();
    QFile f(part);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(),
              QByteArray("date,capacity,demand,net-adr,ancillary\r\n2027-04-05,200,150,210.00,12.00\r\n"));

    // Another hotel has none: the message names the hotels that have one.
    const CliRun other = on({QStringLiteral("outlook"), QStringLiteral("export"), QStringLiteral("--hotel"),
                             QStringLiteral("harbour hotel")});
    EXPECT_EQ(other.exitCode, 1);
    EXPECT_TRUE(other.err.contains(
        QStringLiteral("\"harbour hotel\" has no outlook; the hotels with one: \"Harbour Hotel\"")))
        << other.err.toStdString();
    // The currency can be given; a hotel without contracts needs it.
    const CliRun euro = on({QStringLiteral("outlook"), QStringLiteral("import"), file,
                            QStringLiteral("--hotel"), QStringLiteral("Hotel Rai Amsterdam")});
    EXPECT_EQ(euro.exitCode, 2);
    EXPECT_TRUE(euro.err.contains(QStringLiteral("give it with --currency CODE"))) << euro.err.toStdString();
    const CliRun given =
        on({QStringLiteral("outlook"), QStringLiteral("import"), file, QStringLiteral("--hotel"),
            QStringLiteral("Hotel Rai Amsterdam"), QStringLiteral("--currency"), QStringLiteral("EUR")});
    EXPECT_EQ(given.exitCode, 0) << given.err.toStdString();
    EXPECT_EQ(exported("Hotel Rai Amsterdam"), QLatin1String(kStoredOutlook));
}

TEST_F(CliOutlook, ABadOutlookFileLeavesTheDatabaseAsItWas) {
    const QString good = write("good.csv", kStoredOutlook);
    ASSERT_EQ(on({QStringLiteral("outlook"), QStringLiteral("import"), good, QStringLiteral("--hotel"),
                  QStringLiteral("Harbour Hotel")})
                  .exitCode,
              0);
    // Its first night is good and changes a stored one; the second is not.
    const QString bad = write("bad.csv", "date,capacity,demand,net-adr\n2027-04-05,180,10,99.00\n"
                                         "2027-04-06,-3,10,99.00\n2027-04-07,180,10,99.00\n");
    const CliRun r = on({QStringLiteral("outlook"), QStringLiteral("import"), bad, QStringLiteral("--hotel"),
                         QStringLiteral("Harbour Hotel")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(
        r.err.contains(bad + QStringLiteral(": line 3, column 2 (capacity): expected a whole number of "
                                            "rooms from 0 to 1000000, found \"-3\"")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("nothing was imported"))) << r.err.toStdString();
    EXPECT_EQ(exported(), QLatin1String(kStoredOutlook));

    const CliRun noHotel = on({QStringLiteral("outlook"), QStringLiteral("import"), good});
    EXPECT_EQ(noHotel.exitCode, 2);
    EXPECT_TRUE(noHotel.err.contains(QStringLiteral("outlook import needs the hotel: --hotel NAME")))
        << noHotel.err.toStdString();
    const CliRun unknown = on({QStringLiteral("outlook"), QStringLiteral("show"), QStringLiteral("--hotel"),
                               QStringLiteral("Harbour Hotel")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("outlook: unknown action \"show\" (import or export)")))
        << unknown.err.toStdString();
}

TEST_F(CliOutlook, AQuoteWithoutOutlookFileUsesTheOutlookStoredForTheHotel) {
    const QStringList options{QStringLiteral("--today"),         QStringLiteral("2027-01-09"),
                              QStringLiteral("--variable-cost"), QStringLiteral("35.00"),
                              QStringLiteral("--commission"),    QStringLiteral("10"),
                              QStringLiteral("--seed"),          QStringLiteral("5"),
                              QStringLiteral("--json")};
    const Proposal p = proposal(folder_.path(), kOutlook);
    const CliRun fromFile =
        on(QStringList{QStringLiteral("quote"), p.file, QStringLiteral("--outlook"), p.outlook} + options);
    ASSERT_EQ(fromFile.exitCode, 0) << fromFile.err.toStdString();

    // Only the first night stored: the second is named, with what to do about it.
    const QString first =
        write("first.csv", "date,capacity,demand,net-adr,ancillary\n2027-04-05,200,150,210.00,12.00\n");
    ASSERT_EQ(on({QStringLiteral("outlook"), QStringLiteral("import"), first, QStringLiteral("--hotel"),
                  QStringLiteral("Harbour Hotel")})
                  .exitCode,
              0);
    ASSERT_EQ(on({QStringLiteral("import"), p.file}).exitCode, 0);
    const CliRun missing =
        on(QStringList{QStringLiteral("quote"), QStringLiteral("--db"), QStringLiteral("QUOTE-1")} + options);
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral(
        "QUOTE-1: cannot be quoted: The night of 2027-04-06 has no hotel outlook (capacity, transient demand "
        "and net ADR)")))
        << missing.err.toStdString();
    EXPECT_FALSE(missing.err.contains(QStringLiteral("2027-04-05 has no hotel outlook")))
        << missing.err.toStdString();
    EXPECT_TRUE(missing.err.contains(
        QStringLiteral("QUOTE-1: the outlook of \"Harbour Hotel\" is taken from ") + copy_ +
        QStringLiteral("; import its nights with attrition-cli outlook import "
                       "OUTLOOK.csv --hotel \"Harbour Hotel\", or give --outlook "
                       "OUTLOOK.csv")))
        << missing.err.toStdString();
    // --outlook still decides.
    const CliRun overridden =
        on(QStringList{QStringLiteral("quote"), QStringLiteral("--db"), QStringLiteral("QUOTE-1"),
                       QStringLiteral("--outlook"), p.outlook} +
           options);
    ASSERT_EQ(overridden.exitCode, 0) << overridden.err.toStdString();
    EXPECT_EQ(overridden.out, fromFile.out);

    // Every night stored (and one before the stay, which is left out): the same quote as from the file,
    // for the stored contract and for the contract file alike.
    const QString all = write("all.csv", kStoredOutlook);
    ASSERT_EQ(on({QStringLiteral("outlook"), QStringLiteral("import"), all, QStringLiteral("--hotel"),
                  QStringLiteral("Harbour Hotel")})
                  .exitCode,
              0);
    const CliRun stored =
        on(QStringList{QStringLiteral("quote"), QStringLiteral("--db"), QStringLiteral("QUOTE-1")} + options);
    ASSERT_EQ(stored.exitCode, 0) << stored.err.toStdString();
    EXPECT_EQ(stored.out, fromFile.out);
    const CliRun file = on(QStringList{QStringLiteral("quote"), p.file} + options);
    ASSERT_EQ(file.exitCode, 0) << file.err.toStdString();
    EXPECT_EQ(file.out, fromFile.out);
}

} // namespace

namespace {

QString pdfText(const QString& pdf) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    EXPECT_TRUE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput())
        .replace(QRegularExpression(QStringLiteral("[\\s\\x{00A0}]+")), QStringLiteral(" "));
}

// The report of a stored group still to arrive ends with its forecast, standing on the day it is made.
TEST_F(CliForecast, TheReportOfAnUpcomingStoredGroupEndsWithItsForecast) {
    const QString pdf = dir_->filePath(QStringLiteral("next.pdf"));
    const CliRun r = run({QStringLiteral("report"), QStringLiteral("--db"), QStringLiteral("GRP-NEXT"),
                          QStringLiteral("--made-on"), QStringLiteral("2027-01-09"),
                          QStringLiteral("--locale"), QStringLiteral("en_US"), QStringLiteral("--pdf"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = pdfText(pdf);
    const forecast::ForecastOptions options = optionsOn("2027-01-09", 1, 10'000);
    const forecast::Forecast f = expected(options);
    const forecast::DamagesRisk risk = forecast::damagesRisk(*target_, f, options);
    EXPECT_TRUE(text.contains(QStringLiteral("Forecast to arrival"))) << text.toStdString();
    EXPECT_TRUE(
        text.contains(QStringLiteral("As of 1/9/2027, 60 days before arrival, 120 of 200 room nights are "
                                     "on the books")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Expected damages at arrival")));
    const QString amount = QLocale(QLocale::English, QLocale::UnitedStates)
                               .toString(static_cast<double>(risk.expected.minorUnits()) / 100.0, 'f', 2);
    EXPECT_TRUE(text.contains(amount + QStringLiteral(" USD"))) << amount.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Release at the review date 2/1/2027")));

    // After arrival there is no forecast page.
    const CliRun after =
        run({QStringLiteral("report"), QStringLiteral("--db"), QStringLiteral("GRP-NEXT"),
             QStringLiteral("--made-on"), QStringLiteral("2027-04-01"), QStringLiteral("--locale"),
             QStringLiteral("en_US"), QStringLiteral("--pdf"), pdf});
    ASSERT_EQ(after.exitCode, 0) << after.err.toStdString();
    EXPECT_FALSE(pdfText(pdf).contains(QStringLiteral("Forecast to arrival")));
}

} // namespace
