#include "storage_test_support.h"

#include "attrition/domain/field_catalogue.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace attrition::storage::test {

// ---------------------------------------------------------------------------------------------------------
// The test program's environment

namespace {

class StorageEnvironment : public ::testing::Environment {
public:
    void SetUp() override {
        static int argc = 1;
        static char name[] = "storage_tests";
        static char* argv[] = {name, nullptr};
        if (QCoreApplication::instance() == nullptr) {
            app_ = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication::setOrganizationName(QStringLiteral("AttritionDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("storage-tests"));
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        if (!postgresFromEnvironment()) {
            std::fprintf(stderr, "\n%s\n\n", postgresSkipMessage().c_str());
        }
    }
    void TearDown() override {
        if (QSqlDatabase::contains(QStringLiteral("attrition-test-admin"))) {
            QSqlDatabase::database(QStringLiteral("attrition-test-admin"), false).close();
            QSqlDatabase::removeDatabase(QStringLiteral("attrition-test-admin"));
        }
        app_.reset(); // before the exit handlers take down what Qt needs to end it
    }

private:
    std::unique_ptr<QCoreApplication> app_;
};

[[maybe_unused]] const ::testing::Environment* const kEnvironment =
    ::testing::AddGlobalTestEnvironment(new StorageEnvironment);

} // namespace

// ---------------------------------------------------------------------------------------------------------
// Values

Currency currency(std::string_view code) {
    const std::optional<Currency> c = Currency::fromCode(code);
    if (!c) {
        throw std::invalid_argument("unknown currency in a test");
    }
    return *c;
}

Date date(std::string_view iso) {
    const std::optional<Date> d = Date::parseIso(iso);
    if (!d) {
        throw std::invalid_argument("bad date in a test");
    }
    return *d;
}

Money money(std::string_view text, std::string_view currencyCode) {
    const std::optional<Money> m = Money::parse(text, currency(currencyCode));
    if (!m) {
        throw std::invalid_argument("bad amount in a test");
    }
    return *m;
}

Percent pct(std::string_view points) {
    const std::optional<Percent> p = Percent::parse(points);
    if (!p) {
        throw std::invalid_argument("bad percentage in a test");
    }
    return *p;
}

Contract fullContract(const std::string& reference, std::string_view currencyCode) {
    const Currency cur = currency(currencyCode);
    const auto minor = [&](std::int64_t units) {
        return Money(units, cur);
    };
    Contract c;
    c.reference = reference;
    c.groupName = "Société d'Études — Jahrestagung 2027 \"Größe\" 東京";
    c.account = "Association des Médecins 100% _fair_ \\ trade";
    c.hotel = "Hôtel du Lac, Genève";
    c.salesManager = "Zoë O'Connor";
    c.status = ContractStatus::Definite;
    c.lostReason = LostReason::Dates;
    c.lostNote = "Needed 'June' — the board's \"first\" choice";
    c.currency = cur;
    c.signedOn = date("2026-01-15");
    c.arrival = date("2027-05-09");
    c.departure = date("2027-05-13");
    c.cutoff = date("2027-04-09");
    c.rounding = RoundingMode::HalfEven;

    const std::vector<std::string> types{"KING", "DOUBLE QUEEN 'accessible'"};
    for (std::int32_t n = 0; n < 4; ++n) {
        for (std::size_t t = 0; t < types.size(); ++t) {
            const std::int32_t rooms = (n == 0 || n == 3 ? 20 : 100) / (t == 0 ? 1 : 4);
            c.block.push_back(BlockEntry{c.arrival.addDays(n), types[t], rooms,
                                         minor(18900 + 2500 * static_cast<std::int64_t>(t) + n)});
            c.pickup.push_back(PickupEntry{c.arrival.addDays(n), types[t], rooms * 3 / 4 + n});
        }
    }
    c.reviewSchedule = {ReviewStep{date("2026-11-10"), pct("20")},
                        ReviewStep{date("2027-02-08"), pct("12.5")}};
    c.reductions = {BlockReduction{date("2026-11-01"), c.arrival.addDays(1), "KING", 90},
                    BlockReduction{date("2026-11-01"), c.arrival.addDays(2), "KING", 85}};
    c.auditCredits = {AuditCredit{c.arrival, 3, 1, 0}, AuditCredit{c.arrival.addDays(2), 0, 2, 4}};
    c.resale = {ResaleEntry{c.arrival.addDays(1), 12, minor(18000)},
                ResaleEntry{c.arrival.addDays(1), 5, minor(25000)},
                ResaleEntry{c.arrival.addDays(3), 2, minor(17500)}};
    for (std::int32_t n = 0; n < 4; ++n) {
        c.occupancy.push_back(
            NightOccupancy{c.arrival.addDays(n), Percent::fromPartsPerMillion(905'000 + 20'000 * n)});
    }

    AttritionClause& a = c.attrition;
    a.enabled = false;
    a.performanceLevel = pct("85");
    a.method = AttritionMethod::NightByNight;
    a.overBlockCredit = true;
    a.thresholdRounding = ThresholdRounding::Up;
    a.damagesFactor = pct("72.5");
    a.rateBasis = RateBasis::Average;
    a.resaleCredit = ResaleCreditMethod::ByRevenue;
    a.resaleOnlyAtOccupancy = pct("95.5");
    a.countOutsideBlock = false;
    a.countBilledNoShows = false;
    a.countWalked = false;
    a.capAmount = minor(1234567);
    a.capRoomsAtNightBlock = true;
    a.taxable = true;
    a.taxRate = pct("8.875");

    FoodBeverageClause& f = c.foodBeverage;
    f.minimum = minor(4000000);
    f.allowance = pct("10");
    f.actualSpend = minor(3050000);
    f.damagesFactor = pct("35");
    f.serviceChargeRate = pct("22");
    f.serviceChargeOnDamages = true;
    f.taxRate = pct("8.875");
    f.taxOnDamages = true;
    f.taxOnServiceCharge = true;

    MeetingRoomClause& m = c.meetingRoom;
    m.rental = minor(500000);
    m.scale = {MeetingScaleBand{pct("90"), pct("0")}, MeetingScaleBand{pct("80"), pct("50")},
               MeetingScaleBand{pct("70"), pct("75")}, MeetingScaleBand{pct("0"), pct("100")}};
    m.policy = MeetingRoomPolicy::GreaterOfTheTwo;
    m.taxable = true;
    m.taxRate = pct("6.25");

    c.comps = CompPolicy{40, true, true};

    CancellationClause& k = c.cancellation;
    k.tiers = {CancellationTier{181, std::nullopt, pct("10"), pct("10"), pct("5"), pct("0")},
               CancellationTier{91, 180, pct("50"), pct("50"), pct("25"), pct("10")},
               CancellationTier{31, 90, pct("75"), pct("75"), pct("50"), pct("50")},
               CancellationTier{0, 30, pct("100"), pct("100"), pct("100"), pct("100")}};
    k.basis = CancellationBasis::PerComponent;
    k.roundToWholeUnits = true;
    k.creditResale = true;
    k.taxable = true;
    k.taxRate = pct("5");
    k.waiveOnForceMajeure = false;
    c.cancellationNotice = date("2027-03-01");
    c.forceMajeure = true;
    c.deposits = {Deposit{date("2026-02-01"), minor(1000000), "Signing deposit\nwire 4711"},
                  Deposit{date("2026-09-01"), minor(250050), ""}};
    c.settlement.assessed = minor(1875025);
    c.settlement.invoicedOn = date("2027-03-10");
    c.settlement.invoiceNumber = "INV-2027/0042 'A'";
    c.settlement.payments = {SettlementPayment{date("2027-04-01"), minor(500000)},
                             SettlementPayment{date("2027-04-01"), minor(125025)}};
    c.settlement.waived = minor(250000);
    c.settlement.waiverReason = "Goodwill;\n\"rebooking\" promised";
    c.settlement.creditAmount = minor(100000);
    c.settlement.creditContract = "GRP-2028-0007";
    c.notes = "Line one\n\tLine two with a tab; 'quotes', \"double quotes\", 🏨 and a backslash \\.";
    return c;
}

Contract smallContract(const std::string& reference, const std::string& group, const std::string& account,
                       const std::string& hotel, const std::string& salesManager, ContractStatus status,
                       std::string_view arrival, std::int32_t nights, std::int32_t roomsPerNight,
                       std::string_view currencyCode) {
    const Currency cur = currency(currencyCode);
    Contract c;
    c.reference = reference;
    c.groupName = group;
    c.account = account;
    c.hotel = hotel;
    c.salesManager = salesManager;
    c.status = status;
    c.currency = cur;
    c.arrival = date(arrival);
    c.departure = c.arrival.addDays(nights);
    c.signedOn = c.arrival.addDays(-200);
    for (std::int32_t n = 0; n < nights; ++n) {
        c.block.push_back(BlockEntry{c.arrival.addDays(n), "KING", roomsPerNight, Money(15000, cur)});
    }
    c.foodBeverage.minimum = Money::zero(cur);
    c.foodBeverage.actualSpend = Money::zero(cur);
    c.meetingRoom.rental = Money::zero(cur);
    return c;
}

Scenario fullScenario(const Contract& contract, const std::string& name) {
    Scenario s;
    s.name = name;
    s.overrides.uniformPickup = pct("72.25");
    s.overrides.pickup =
        std::vector<PickupEntry>{{contract.arrival, "KING", 17}, {contract.arrival.addDays(1), "KING", 0}};
    s.overrides.foodBeverageSpend = Money(1234500, contract.currency);
    s.overrides.resale = std::vector<ResaleEntry>{{contract.arrival, 3, Money(17000, contract.currency)}};
    s.overrides.cancellationNotice = contract.arrival.addDays(-45);
    s.overrides.withoutCancellation = true;
    return s;
}

// ---------------------------------------------------------------------------------------------------------
// Comparisons

#define SAME(field) EXPECT_EQ(expected.field, actual.field) << #field

void expectSamePickup(const std::vector<PickupEntry>& expected, const std::vector<PickupEntry>& actual,
                      const std::string& where) {
    ASSERT_EQ(expected.size(), actual.size()) << where;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(expected[i].night, actual[i].night) << where << "[" << i << "].night";
        EXPECT_EQ(expected[i].roomType, actual[i].roomType) << where << "[" << i << "].roomType";
        EXPECT_EQ(expected[i].rooms, actual[i].rooms) << where << "[" << i << "].rooms";
    }
}

namespace {

void expectSameResale(const std::vector<ResaleEntry>& expected, const std::vector<ResaleEntry>& actual,
                      const std::string& where) {
    ASSERT_EQ(expected.size(), actual.size()) << where;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(expected[i].night, actual[i].night) << where << "[" << i << "].night";
        EXPECT_EQ(expected[i].roomNights, actual[i].roomNights) << where << "[" << i << "].roomNights";
        EXPECT_EQ(expected[i].rate, actual[i].rate) << where << "[" << i << "].rate";
    }
}

} // namespace

void expectSameContract(const Contract& expected, const Contract& actual) {
    std::string differing;
    for (const ContractField& field : contractFields()) {
        if (!field.same(expected, actual)) {
            differing += (differing.empty() ? "" : ", ") + std::string(field.path);
        }
    }
    EXPECT_TRUE(expected == actual) << "differing fields: "
                                    << (differing.empty() ? std::string("(no catalogued field)") : differing);
}

void expectSameScenario(const Scenario& expected, const Scenario& actual) {
    SAME(name);
    SAME(overrides.uniformPickup);
    ASSERT_EQ(expected.overrides.pickup.has_value(), actual.overrides.pickup.has_value())
        << "overrides.pickup";
    if (expected.overrides.pickup) {
        expectSamePickup(*expected.overrides.pickup, *actual.overrides.pickup, "overrides.pickup");
    }
    SAME(overrides.foodBeverageSpend);
    ASSERT_EQ(expected.overrides.resale.has_value(), actual.overrides.resale.has_value())
        << "overrides.resale";
    if (expected.overrides.resale) {
        expectSameResale(*expected.overrides.resale, *actual.overrides.resale, "overrides.resale");
    }
    SAME(overrides.cancellationNotice);
    SAME(overrides.withoutCancellation);
}

#undef SAME

namespace {

std::string text(const Money& m) {
    return std::to_string(m.minorUnits()) + " " +
           (m.currency().isValid() ? std::string(m.currency().code()) : "-");
}
std::string text(Percent p) {
    return std::to_string(p.partsPerMillion()) + "ppm";
}
std::string text(Date d) {
    return d.toIso();
}
std::string text(bool b) {
    return b ? "true" : "false";
}
std::string text(std::int32_t n) {
    return std::to_string(n);
}
template <typename E> std::string text(E e) requires std::is_enum_v<E> {
    return std::string(toString(e));
}
template <typename T> std::string text(const std::optional<T>& v) {
    return v ? text(*v) : std::string("none");
}
std::string quote(const std::string& s) {
    std::string out = "\"";
    for (const char ch : s) {
        if (ch == '\n') {
            out += "\\n";
        } else if (ch == '\t') {
            out += "\\t";
        } else if (ch == '"' || ch == '\\') {
            out += '\\';
            out += ch;
        } else {
            out += ch;
        }
    }
    return out + "\"";
}

} // namespace

std::string dumpContract(const Contract& c) {
    std::ostringstream o;
    o << "reference " << quote(c.reference) << "\n"
      << "groupName " << quote(c.groupName) << "\n"
      << "account " << quote(c.account) << "\n"
      << "hotel " << quote(c.hotel) << "\n"
      << "salesManager " << quote(c.salesManager) << "\n"
      << "status " << text(c.status) << "\n"
      << "currency " << (c.currency.isValid() ? std::string(c.currency.code()) : "-") << "\n"
      << "signedOn " << text(c.signedOn) << " arrival " << text(c.arrival) << " departure "
      << text(c.departure) << " cutoff " << text(c.cutoff) << "\n"
      << "rounding " << text(c.rounding) << "\n";
    if (c.lostReason || !c.lostNote.empty()) { // since schema version 5
        o << "lost " << text(c.lostReason) << " " << quote(c.lostNote) << "\n";
    }
    for (const BlockEntry& e : c.block) {
        o << "block " << text(e.night) << " " << quote(e.roomType) << " " << e.rooms << " " << text(e.rate)
          << "\n";
    }
    for (const ReviewStep& s : c.reviewSchedule) {
        o << "review " << text(s.deadline) << " " << text(s.maxReduction) << "\n";
    }
    for (const BlockReduction& r : c.reductions) {
        o << "reduction " << text(r.recorded) << " " << text(r.night) << " " << quote(r.roomType) << " "
          << r.rooms << "\n";
    }
    for (const PickupEntry& e : c.pickup) {
        o << "pickup " << text(e.night) << " " << quote(e.roomType) << " " << e.rooms << "\n";
    }
    for (const AuditCredit& e : c.auditCredits) {
        o << "auditCredit " << text(e.night) << " " << e.outsideBlock << " " << e.billedNoShows << " "
          << e.walked << "\n";
    }
    for (const ResaleEntry& e : c.resale) {
        o << "resale " << text(e.night) << " " << e.roomNights << " " << text(e.rate) << "\n";
    }
    for (const NightOccupancy& e : c.occupancy) {
        o << "occupancy " << text(e.night) << " " << text(e.occupancy) << "\n";
    }
    const AttritionClause& a = c.attrition;
    o << "attrition " << text(a.enabled) << " " << text(a.performanceLevel) << " " << text(a.method) << " "
      << text(a.overBlockCredit) << " " << text(a.thresholdRounding) << " " << text(a.damagesFactor) << " "
      << text(a.rateBasis) << " " << text(a.resaleCredit) << " " << text(a.resaleOnlyAtOccupancy) << " "
      << text(a.countOutsideBlock) << " " << text(a.countBilledNoShows) << " " << text(a.countWalked) << " "
      << text(a.capAmount) << " " << text(a.capRoomsAtNightBlock) << " " << text(a.taxable) << " "
      << text(a.taxRate) << "\n";
    const FoodBeverageClause& f = c.foodBeverage;
    o << "foodBeverage " << text(f.minimum) << " " << text(f.allowance) << " " << text(f.actualSpend) << " "
      << text(f.damagesFactor) << " " << text(f.serviceChargeRate) << " " << text(f.serviceChargeOnDamages)
      << " " << text(f.taxRate) << " " << text(f.taxOnDamages) << " " << text(f.taxOnServiceCharge) << "\n";
    const MeetingRoomClause& m = c.meetingRoom;
    o << "meetingRoom " << text(m.rental) << " " << text(m.policy) << " " << text(m.taxable) << " "
      << text(m.taxRate) << "\n";
    for (const MeetingScaleBand& b : m.scale) {
        o << "meetingScale " << text(b.minPickup) << " " << text(b.charged) << "\n";
    }
    o << "comps " << c.comps.perRoomNights << " " << text(c.comps.perNight) << " "
      << text(c.comps.countTowardPickup) << "\n";
    const CancellationClause& k = c.cancellation;
    o << "cancellation " << text(k.basis) << " " << text(k.roundToWholeUnits) << " " << text(k.creditResale)
      << " " << text(k.taxable) << " " << text(k.taxRate) << " " << text(k.waiveOnForceMajeure) << " notice "
      << text(c.cancellationNotice) << " forceMajeure " << text(c.forceMajeure) << "\n";
    for (const CancellationTier& t : k.tiers) {
        o << "tier " << t.minDays << " " << text(t.maxDays) << " " << text(t.percent) << " "
          << text(t.roomsPercent) << " " << text(t.foodBeveragePercent) << " " << text(t.meetingRoomPercent)
          << "\n";
    }
    for (const Deposit& d : c.deposits) {
        o << "deposit " << text(d.received) << " " << text(d.amount) << " " << quote(d.note) << "\n";
    }
    // Only when recorded: the dumps of databases from before schema version 6 read as they always did.
    if (!c.settlement.isEmpty()) {
        const Settlement& st = c.settlement;
        o << "settlement " << text(st.assessed) << " invoiced " << text(st.invoicedOn) << " "
          << quote(st.invoiceNumber) << " waived " << text(st.waived) << " " << quote(st.waiverReason)
          << " credit " << text(st.creditAmount) << " " << quote(st.creditContract) << "\n";
        for (const SettlementPayment& p : st.payments) {
            o << "settlementPayment " << text(p.received) << " " << text(p.amount) << "\n";
        }
    }
    o << "notes " << quote(c.notes) << "\n";
    if (!c.unconfirmedDefaults.empty()) {
        o << "unconfirmedDefaults";
        for (const std::string& path : c.unconfirmedDefaults) {
            o << " " << path;
        }
        o << "\n";
    }
    return o.str();
}

// ---------------------------------------------------------------------------------------------------------
// Time

TickingClock::TickingClock()
    : next_(std::make_shared<std::atomic<std::int64_t>>(start().msSinceEpoch)) {}

Timestamp TickingClock::operator()() const {
    return Timestamp{next_->fetch_add(1000)};
}

Timestamp TickingClock::start() {
    return *Timestamp::parseIso("2026-11-23T09:00:00.000Z");
}

// ---------------------------------------------------------------------------------------------------------
// Engines

std::optional<PostgresServer> postgresFromEnvironment() {
    const char* host = std::getenv("ATTRITION_TEST_PG_HOST");
    const char* port = std::getenv("ATTRITION_TEST_PG_PORT");
    const char* user = std::getenv("ATTRITION_TEST_PG_USER");
    const char* db = std::getenv("ATTRITION_TEST_PG_DB");
    if (host == nullptr || port == nullptr || user == nullptr || db == nullptr || *host == '\0' ||
        *db == '\0') {
        return std::nullopt;
    }
    PostgresServer server;
    server.settings.engine = Engine::PostgreSQL;
    server.settings.host = host;
    server.settings.port = std::atoi(port);
    server.settings.user = user;
    server.settings.database = db;
    if (const char* password = std::getenv("ATTRITION_TEST_PG_PASSWORD")) {
        server.password = password;
    }
    return server;
}

std::string postgresSkipMessage() {
    return "************************************************************************************\n"
           "*** PostgreSQL tests did NOT run: set ATTRITION_TEST_PG_HOST, ATTRITION_TEST_PG_PORT,\n"
           "*** ATTRITION_TEST_PG_USER and ATTRITION_TEST_PG_DB (tests/storage/pg-test-cluster.sh\n"
           "*** start DIR starts a throw-away server; tests/storage/run-pg-tests.sh does it all).\n"
           "************************************************************************************";
}

std::string engineName(const ::testing::TestParamInfo<Engine>& info) {
    return info.param == Engine::PostgreSQL ? "PostgreSQL" : "SQLite";
}

bool postgresAdmin(const std::string& sql, std::string* error) {
    const std::optional<PostgresServer> server = postgresFromEnvironment();
    if (!server) {
        return false;
    }
    const QString name = QStringLiteral("attrition-test-admin");
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isOpen()) {
        db.setHostName(QString::fromStdString(server->settings.host));
        db.setPort(server->settings.port);
        db.setUserName(QString::fromStdString(server->settings.user));
        db.setDatabaseName(QString::fromStdString(server->settings.database));
        db.setPassword(QString::fromStdString(server->password));
        if (!db.open()) {
            if (error != nullptr) {
                *error = db.lastError().text().toStdString();
            }
            return false;
        }
        QSqlQuery quiet(db);
        quiet.exec(QStringLiteral("SET client_min_messages = warning"));
    }
    QSqlQuery q(db);
    if (!q.exec(QString::fromStdString(sql))) {
        if (error != nullptr) {
            *error = q.lastError().text().toStdString();
        }
        return false;
    }
    return true;
}

void EngineTest::SetUp() {
    if (engine() == Engine::PostgreSQL) {
        const std::optional<PostgresServer> server = postgresFromEnvironment();
        if (!server) {
            GTEST_SKIP() << postgresSkipMessage();
        }
        static std::atomic<int> counter{0};
        schema_ = "attrition_test_" + std::to_string(::getpid()) + "_" + std::to_string(++counter);
        settings_ = server->settings;
        settings_.schema = schema_;
        password_ = server->password;
        std::string error;
        postgresAdmin("DROP SCHEMA IF EXISTS \"" + schema_ + "\" CASCADE", &error);
        return;
    }
    ASSERT_TRUE(dir_.isValid());
    settings_.engine = Engine::SQLite;
    settings_.file = dir_.filePath(QStringLiteral("contracts.sqlite")).toStdString();
}

void EngineTest::TearDown() {
    if (!schema_.empty()) {
        std::string error;
        EXPECT_TRUE(postgresAdmin("DROP SCHEMA IF EXISTS \"" + schema_ + "\" CASCADE", &error)) << error;
    }
}

std::string EngineTest::table(const std::string& name) const {
    return engine() == Engine::PostgreSQL ? "\"" + schema_ + "\"." + name : name;
}

void EngineTest::runOutside(const std::string& sql) {
    if (engine() == Engine::PostgreSQL) {
        std::string error;
        ASSERT_TRUE(postgresAdmin(sql, &error)) << error;
        return;
    }
    const QString name = QStringLiteral("attrition-test-outside");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QString::fromStdString(settings_.file));
        ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(QString::fromStdString(sql))) << sql << ": " << q.lastError().text().toStdString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

OpenOptions EngineTest::options() const {
    OpenOptions o;
    o.createIfMissing = true;
    o.clock = clock_;
    o.password = password_;
    return o;
}

std::unique_ptr<SqlContractRepository> EngineTest::open() {
    return open(options());
}

std::unique_ptr<SqlContractRepository> EngineTest::open(const OpenOptions& o) {
    Result<std::unique_ptr<SqlContractRepository>> repository = SqlContractRepository::open(settings_, o);
    EXPECT_TRUE(repository.ok()) << repository.error().message;
    if (!repository) {
        return nullptr;
    }
    return std::move(repository).value();
}

// ---------------------------------------------------------------------------------------------------------
// Other processes

HelperProcess::~HelperProcess() {
    if (pid_ > 0) {
        kill(SIGKILL);
        wait();
    }
    closeInput();
    if (output_ >= 0) {
        ::close(output_);
    }
}

bool HelperProcess::start(const std::vector<std::string>& arguments) {
    int in[2];
    int out[2];
    if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0) {
        return false;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    std::vector<std::string> args{ATTRITION_STORAGE_TEST_HELPER};
    args.insert(args.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (std::string& a : args) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    const int spawned = ::posix_spawn(&pid_, args[0].c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(in[0]);
    ::close(out[1]);
    input_ = in[1];
    output_ = out[0];
    if (spawned != 0) {
        pid_ = -1;
        return false;
    }
    return true;
}

std::optional<std::string> HelperProcess::readLine(int timeoutMs) {
    for (;;) {
        const std::size_t newline = buffer_.find('\n');
        if (newline != std::string::npos) {
            std::string line = buffer_.substr(0, newline);
            buffer_.erase(0, newline + 1);
            return line;
        }
        pollfd p{output_, POLLIN, 0};
        const int ready = ::poll(&p, 1, timeoutMs);
        if (ready <= 0) {
            return std::nullopt;
        }
        char chunk[4096];
        const ssize_t n = ::read(output_, chunk, sizeof chunk);
        if (n <= 0) {
            return std::nullopt;
        }
        buffer_.append(chunk, static_cast<std::size_t>(n));
    }
}

void HelperProcess::closeInput() {
    if (input_ >= 0) {
        ::close(input_);
        input_ = -1;
    }
}

void HelperProcess::kill(int signal) {
    if (pid_ > 0) {
        ::kill(pid_, signal);
    }
}

int HelperProcess::wait() {
    if (pid_ <= 0) {
        return -1;
    }
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    pid_ = -1;
    if (WIFSIGNALED(status)) {
        return -WTERMSIG(status);
    }
    return WEXITSTATUS(status);
}

} // namespace attrition::storage::test
