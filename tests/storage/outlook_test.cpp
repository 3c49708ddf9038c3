// The hotel's outlook per night, kept per hotel and night: every test runs against a fresh SQLite file and
// against a fresh schema on the PostgreSQL test server.

#include "storage_test_support.h"

namespace attrition::storage::test {
namespace {

class OutlookTest : public EngineTest {};

HotelNight night(std::string_view iso, std::int32_t capacity, std::int64_t demandMicro, std::string_view adr,
                 std::string_view ancillary = "0", std::string_view code = "USD") {
    return HotelNight{date(iso), capacity, Quantity::fromMicro(demandMicro), money(adr, code),
                      money(ancillary, code)};
}

std::vector<HotelNight> march() {
    return {night("2027-03-01", 250, 180'000'000, "180.00", "20.00"),
            night("2027-03-02", 250, 97'500'000, "150.00"),
            night("2027-03-03", 240, 123'456'789, "155.55", "12.34")};
}

TEST_P(OutlookTest, NightsComeBackExactlyAsSavedInOrderOfTheNights) {
    auto repo = open();
    std::vector<HotelNight> nights = march();
    std::swap(nights[0], nights[2]); // saved in any order
    ASSERT_STORAGE_OK(repo->saveHotelOutlook("Harbour Hotel Dublin", nights, "ana"));
    ASSERT_OK_AND_ASSIGN(read,
                         repo->hotelOutlook("Harbour Hotel Dublin", date("2027-01-01"), date("2027-12-31")));
    EXPECT_EQ(read, march());
    // Exactly the hotel's name: another spelling has no outlook.
    ASSERT_OK_AND_ASSIGN(other,
                         repo->hotelOutlook("harbour hotel dublin", date("2027-01-01"), date("2027-12-31")));
    EXPECT_TRUE(other.empty());
    ASSERT_OK_AND_ASSIGN(hotels, repo->outlookHotels());
    EXPECT_EQ(hotels, std::vector<std::string>{"Harbour Hotel Dublin"});
}

TEST_P(OutlookTest, ARangeHoldsTheNightsFromTheFirstToTheLastBothIncluded) {
    auto repo = open();
    ASSERT_STORAGE_OK(repo->saveHotelOutlook("Kyoto Garden Hotel", march(), "ana"));
    ASSERT_OK_AND_ASSIGN(middle,
                         repo->hotelOutlook("Kyoto Garden Hotel", date("2027-03-02"), date("2027-03-03")));
    ASSERT_EQ(middle.size(), 2U);
    EXPECT_EQ(middle[0], march()[1]);
    EXPECT_EQ(middle[1], march()[2]);
    ASSERT_OK_AND_ASSIGN(one,
                         repo->hotelOutlook("Kyoto Garden Hotel", date("2027-03-01"), date("2027-03-01")));
    ASSERT_EQ(one.size(), 1U);
    EXPECT_EQ(one[0], march()[0]);
    ASSERT_OK_AND_ASSIGN(before,
                         repo->hotelOutlook("Kyoto Garden Hotel", date("2027-02-01"), date("2027-02-28")));
    EXPECT_TRUE(before.empty());
    ASSERT_OK_AND_ASSIGN(backwards,
                         repo->hotelOutlook("Kyoto Garden Hotel", date("2027-03-03"), date("2027-03-01")));
    EXPECT_TRUE(backwards.empty());
}

TEST_P(OutlookTest, ASavedNightReplacesTheStoredOneAndLeavesTheOthers) {
    auto repo = open();
    ASSERT_STORAGE_OK(repo->saveHotelOutlook("Seaport Hotel Seattle", march(), "ana"));
    const HotelNight revised = night("2027-03-02", 230, 210'000'000, "165.00", "5.00");
    const HotelNight added = night("2027-03-04", 250, 50'000'000, "140.00");
    ASSERT_STORAGE_OK(repo->saveHotelOutlook("Seaport Hotel Seattle", {revised, added}, "ben"));
    ASSERT_OK_AND_ASSIGN(read,
                         repo->hotelOutlook("Seaport Hotel Seattle", date("2027-03-01"), date("2027-03-31")));
    EXPECT_EQ(read, (std::vector<HotelNight>{march()[0], revised, march()[2], added}));
}

TEST_P(OutlookTest, AZeroAncillaryWithoutCurrencyIsZeroInTheOutlooksCurrency) {
    auto repo = open();
    HotelNight n = night("2027-03-01", 100, 40'000'000, "99.00", "0", "EUR");
    n.transientAncillary = Money{};
    ASSERT_STORAGE_OK(repo->saveHotelOutlook("Hotel Rai Amsterdam", {n}, "ana"));
    ASSERT_OK_AND_ASSIGN(read,
                         repo->hotelOutlook("Hotel Rai Amsterdam", date("2027-03-01"), date("2027-03-01")));
    ASSERT_EQ(read.size(), 1U);
    EXPECT_EQ(read[0].transientAncillary, Money::zero(currency("EUR")));
}

TEST_P(OutlookTest, TwoHotelsAreKeptApart) {
    auto repo = open();
    ASSERT_STORAGE_OK(repo->saveHotelOutlook("Royal Mile Hotel Edinburgh", march(), "ana"));
    const std::vector<HotelNight> yen{night("2027-03-02", 400, 300'000'000, "21000", "1500", "JPY")};
    ASSERT_STORAGE_OK(repo->saveHotelOutlook("Osaka Castle Convention Hotel", yen, "ben"));
    ASSERT_OK_AND_ASSIGN(
        edinburgh, repo->hotelOutlook("Royal Mile Hotel Edinburgh", date("2027-03-01"), date("2027-03-31")));
    EXPECT_EQ(edinburgh, march());
    ASSERT_OK_AND_ASSIGN(
        osaka, repo->hotelOutlook("Osaka Castle Convention Hotel", date("2027-03-01"), date("2027-03-31")));
    EXPECT_EQ(osaka, yen);
    ASSERT_OK_AND_ASSIGN(hotels, repo->outlookHotels());
    EXPECT_EQ(hotels,
              (std::vector<std::string>{"Osaka Castle Convention Hotel", "Royal Mile Hotel Edinburgh"}));
}

TEST_P(OutlookTest, OneAuditEntryNamesTheHotelTheNightsAndHowManyWereReplaced) {
    auto repo = open();
    ASSERT_STORAGE_OK(repo->saveHotelOutlook("Grand Hotel Opera Wien", march(), "ana"));
    const std::vector<HotelNight> again{night("2027-03-03", 240, 1'000'000, "150.00"),
                                        night("2027-03-05", 240, 2'000'000, "150.00")};
    ASSERT_STORAGE_OK(repo->saveHotelOutlook("Grand Hotel Opera Wien", again, "ben"));
    ASSERT_OK_AND_ASSIGN(trail, repo->auditTrail(AuditQuery{}));
    ASSERT_EQ(trail.size(), 2U);
    EXPECT_EQ(trail[0].action, AuditAction::OutlookSaved);
    EXPECT_EQ(trail[0].user, "ben");
    EXPECT_EQ(trail[0].subject, "Grand Hotel Opera Wien");
    EXPECT_EQ(trail[0].contract.value, 0);
    EXPECT_EQ(trail[0].reference, "");
    EXPECT_EQ(trail[0].changes, (std::vector<FieldChange>{{"first", "", "2027-03-03"},
                                                          {"last", "", "2027-03-05"},
                                                          {"nights", "", "2"},
                                                          {"replaced", "", "1"}}));
    EXPECT_EQ(trail[1].user, "ana");
    EXPECT_EQ(trail[1].changes, (std::vector<FieldChange>{{"first", "", "2027-03-01"},
                                                          {"last", "", "2027-03-03"},
                                                          {"nights", "", "3"},
                                                          {"replaced", "", "0"}}));
    EXPECT_EQ(toString(AuditAction::OutlookSaved), "outlook-saved");
    EXPECT_EQ(auditActionFromString("outlook-saved"), AuditAction::OutlookSaved);
}

/// A refused save names the night and what is wrong, and leaves the stored outlook and the trail as they
/// were.
void expectRefused(SqlContractRepository& repo, const std::vector<HotelNight>& nights,
                   const std::vector<std::string>& mentions) {
    const Result<void> saved = repo.saveHotelOutlook("Magnolia Hotel Dallas", nights, "ben");
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, ErrorKind::InvalidArgument);
    EXPECT_NE(saved.error().message.find("Magnolia Hotel Dallas"), std::string::npos)
        << saved.error().message;
    for (const std::string& m : mentions) {
        EXPECT_NE(saved.error().message.find(m), std::string::npos)
            << saved.error().message << " lacks " << m;
    }
    Result<std::vector<HotelNight>> read =
        repo.hotelOutlook("Magnolia Hotel Dallas", date("2027-01-01"), date("2027-12-31"));
    ASSERT_TRUE(read.ok()) << read.error().message;
    EXPECT_EQ(*read, march());
    Result<std::vector<AuditEntry>> trail = repo.auditTrail(AuditQuery{});
    ASSERT_TRUE(trail.ok());
    EXPECT_EQ(trail->size(), 1U);
}

TEST_P(OutlookTest, BadNightsAreRefusedNamingTheNightAndNothingIsSaved) {
    auto repo = open();
    ASSERT_STORAGE_OK(repo->saveHotelOutlook("Magnolia Hotel Dallas", march(), "ana"));
    // Each with a good night first, which must not be written either.
    const HotelNight good = night("2027-03-02", 10, 1'000'000, "1.00");
    expectRefused(*repo, {good, night("2027-03-04", -1, 0, "150.00")}, {"2027-03-04", "capacity", "-1"});
    expectRefused(*repo, {good, night("2027-03-05", 10, -500'000, "150.00")},
                  {"2027-03-05", "demand", "-0.5"});
    expectRefused(*repo, {good, night("2027-03-06", 10, 0, "150.00", "0", "EUR")},
                  {"2027-03-06", "150.00 EUR", "USD"});
    expectRefused(*repo, {good, night("2027-03-07", 10, 0, "150.00", "3.00", "EUR")}, {"2027-03-07", "EUR"});
    expectRefused(*repo, {good, night("2027-03-08", 10, 0, "-1.00")}, {"2027-03-08", "negative"});
    expectRefused(*repo, {good, night("2027-03-02", 11, 0, "2.00")}, {"2027-03-02", "twice"});
    HotelNight noCurrency = night("2027-03-09", 10, 0, "0");
    noCurrency.transientNetAdr = Money{};
    expectRefused(*repo, {good, noCurrency}, {"2027-03-09", "currency"});
    // A zero ancillary in another currency mixes currencies too.
    HotelNight zeroElsewhere = night("2027-03-10", 10, 0, "5.00");
    zeroElsewhere.transientAncillary = Money::zero(currency("EUR"));
    expectRefused(*repo, {good, zeroElsewhere}, {"2027-03-10", "EUR"});

    EXPECT_EQ(repo->saveHotelOutlook("", march(), "ana").error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(repo->saveHotelOutlook("Magnolia Hotel Dallas", march(), "").error().kind,
              ErrorKind::InvalidArgument);
    // No nights: nothing written, no audit entry.
    ASSERT_STORAGE_OK(repo->saveHotelOutlook("Magnolia Hotel Dallas", {}, "ana"));
    ASSERT_OK_AND_ASSIGN(trail, repo->auditTrail(AuditQuery{}));
    EXPECT_EQ(trail.size(), 1U);
}

TEST_P(OutlookTest, NightsInAnotherCurrencyThanTheHotelsStoredOutlookAreRefused) {
    auto repo = open();
    ASSERT_STORAGE_OK(repo->saveHotelOutlook("Magnolia Hotel Dallas", march(), "ana"));
    // Nights in euros beside the stored nights in dollars: refused, naming both currencies and a night kept.
    expectRefused(*repo, {night("2027-03-04", 250, 50'000'000, "140.00", "0", "EUR")},
                  {"EUR", "USD", "2027-03-01", "one currency"});
    // Replacing some of the nights in dollars by nights in euros leaves others in dollars: refused too.
    expectRefused(*repo,
                  {night("2027-03-01", 250, 50'000'000, "140.00", "0", "EUR"),
                   night("2027-03-02", 250, 50'000'000, "140.00", "0", "EUR")},
                  {"EUR", "USD", "2027-03-03"});
    // Another hotel's outlook may be in another currency.
    ASSERT_STORAGE_OK(repo->saveHotelOutlook(
        "Hotel Rai Amsterdam", {night("2027-03-01", 100, 40'000'000, "99.00", "0", "EUR")}, "ana"));
    // Every stored night given again in euros: the hotel's outlook changes currency whole.
    std::vector<HotelNight> euros = march();
    for (HotelNight& n : euros) {
        n.transientNetAdr = Money(n.transientNetAdr.minorUnits(), currency("EUR"));
        n.transientAncillary = Money(n.transientAncillary.minorUnits(), currency("EUR"));
    }
    ASSERT_STORAGE_OK(repo->saveHotelOutlook("Magnolia Hotel Dallas", euros, "ben"));
    ASSERT_OK_AND_ASSIGN(read,
                         repo->hotelOutlook("Magnolia Hotel Dallas", date("2027-01-01"), date("2027-12-31")));
    EXPECT_EQ(read, euros);
}

TEST_P(OutlookTest, AnotherConnectionSeesTheSavedOutlook) {
    auto writer = open();
    ASSERT_STORAGE_OK(writer->saveHotelOutlook("Hotel am Messeplatz Frankfurt", march(), "ana"));
    auto reader = open();
    ASSERT_OK_AND_ASSIGN(
        read, reader->hotelOutlook("Hotel am Messeplatz Frankfurt", date("2027-03-01"), date("2027-03-03")));
    EXPECT_EQ(read, march());
}

INSTANTIATE_TEST_SUITE_P(Engines, OutlookTest, ::testing::Values(Engine::SQLite, Engine::PostgreSQL),
                         engineName);

} // namespace
} // namespace attrition::storage::test
