#pragma once

// Helpers shared by the storage tests: contracts with every field set, an equality check that names the
// field that differs, a clock that ticks one second per call, and the fixture that runs a test against a
// fresh SQLite file or a fresh PostgreSQL schema.
//
// PostgreSQL tests run when ATTRITION_TEST_PG_HOST, ATTRITION_TEST_PG_PORT, ATTRITION_TEST_PG_USER and
// ATTRITION_TEST_PG_DB are set (tests/storage/pg-test-cluster.sh starts a server and writes them); otherwise
// they are skipped with a message that says so.

#include "attrition/domain/contract.h"
#include "attrition/domain/currency.h"
#include "attrition/domain/date.h"
#include "attrition/domain/money.h"
#include "attrition/domain/percent.h"
#include "attrition/domain/scenario.h"
#include "attrition/storage/connection.h"
#include "attrition/storage/repository.h"
#include "attrition/storage/sql_repository.h"

#include <QTemporaryDir>
#include <atomic>
#include <gtest/gtest.h>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace attrition {

inline void PrintTo(const Money& m, std::ostream* os) {
    *os << m.minorUnits() << " minor units "
        << (m.currency().isValid() ? std::string(m.currency().code()) : "(none)");
}
inline void PrintTo(const Percent& p, std::ostream* os) {
    *os << p.partsPerMillion() << " ppm";
}
inline void PrintTo(const Date& d, std::ostream* os) {
    *os << d.toIso();
}
inline void PrintTo(const Currency& c, std::ostream* os) {
    *os << (c.isValid() ? std::string(c.code()) : "(none)");
}

namespace storage {

inline void PrintTo(const Timestamp& t, std::ostream* os) {
    *os << t.toIso();
}
inline void PrintTo(ErrorKind kind, std::ostream* os) {
    *os << toString(kind);
}
inline void PrintTo(Engine engine, std::ostream* os) {
    *os << toString(engine);
}

namespace test {

// ---------------------------------------------------------------------------------------------------------
// Values

Currency currency(std::string_view code);
Date date(std::string_view iso);
Money money(std::string_view text, std::string_view currencyCode = "USD");
Percent pct(std::string_view points);

/// A contract with every field set away from its default, every list holding entries (some repeated
/// nights, room types with spaces and quotes), every optional present, Unicode text, in `currencyCode`.
Contract fullContract(const std::string& reference = "FULL-1", std::string_view currencyCode = "USD");

/// A small valid contract for list tests.
Contract smallContract(const std::string& reference, const std::string& group, const std::string& account,
                       const std::string& hotel, const std::string& salesManager, ContractStatus status,
                       std::string_view arrival, std::int32_t nights, std::int32_t roomsPerNight,
                       std::string_view currencyCode = "USD");

/// A scenario with every override set.
Scenario fullScenario(const Contract& contract, const std::string& name);

/// Checks every field of two contracts, naming each one that differs.
void expectSameContract(const Contract& expected, const Contract& actual);
void expectSameScenario(const Scenario& expected, const Scenario& actual);
void expectSamePickup(const std::vector<PickupEntry>& expected, const std::vector<PickupEntry>& actual,
                      const std::string& where);

/// Every field of a contract as canonical text, one field a line (for fixture comparisons).
std::string dumpContract(const Contract& contract);

// ---------------------------------------------------------------------------------------------------------
// Time

/// A clock for repositories: 2026-11-23T09:00:00Z, then one second later on every call. Copies share it.
class TickingClock {
public:
    TickingClock();
    Timestamp operator()() const;
    static Timestamp start();

private:
    std::shared_ptr<std::atomic<std::int64_t>> next_;
};

// ---------------------------------------------------------------------------------------------------------
// Engines

/// The PostgreSQL test server from the environment, if one is set.
struct PostgresServer {
    ConnectionSettings settings; ///< without a schema
    std::string password;
};
std::optional<PostgresServer> postgresFromEnvironment();
/// The message a PostgreSQL test gives when it is skipped.
std::string postgresSkipMessage();

/// "SQLite" / "PostgreSQL", for test names (ctest -R PostgreSQL runs the server tests).
std::string engineName(const ::testing::TestParamInfo<Engine>& info);

/// Runs SQL on the PostgreSQL test server outside any repository (creating and dropping test schemas).
bool postgresAdmin(const std::string& sql, std::string* error = nullptr);

/// A fresh, empty database for one test: a file in a temporary folder, or a schema of its own on the
/// PostgreSQL test server (dropped afterwards). Skips the test when the engine is not available.
class EngineTest : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override;
    void TearDown() override;

    Engine engine() const { return GetParam(); }
    /// The settings of this test's database.
    const ConnectionSettings& settings() const { return settings_; }
    /// Options with the shared ticking clock and createIfMissing.
    OpenOptions options() const;
    /// Opens this test's database (another connection each call); fails the test if it cannot.
    std::unique_ptr<SqlContractRepository> open();
    std::unique_ptr<SqlContractRepository> open(const OpenOptions& options);
    QString path(const QString& name) const { return dir_.filePath(name); }
    /// The table `name` as SQL given to runOutside() names it in this test's database.
    std::string table(const std::string& name) const;
    /// Runs one statement on this test's database outside the program, as another program would; fails the
    /// test if the database refuses it.
    void runOutside(const std::string& sql);

    TickingClock clock_;

private:
    ConnectionSettings settings_;
    std::string password_;
    QTemporaryDir dir_;
    std::string schema_;
};

// ---------------------------------------------------------------------------------------------------------
// Other processes

/// storage_test_helper (see storage_test_helper.cpp) running as a child process, its standard input and
/// output connected to this process. Killed when destroyed.
class HelperProcess {
public:
    HelperProcess() = default;
    HelperProcess(const HelperProcess&) = delete;
    HelperProcess& operator=(const HelperProcess&) = delete;
    ~HelperProcess();

    bool start(const std::vector<std::string>& arguments);
    /// The next line the helper printed; nothing when it ended or `timeoutMs` passed first.
    std::optional<std::string> readLine(int timeoutMs);
    /// Closes its standard input (a holding helper lets go of its lock and ends).
    void closeInput();
    void kill(int signal);
    /// Waits for it to end; its exit status, or -signal when a signal ended it.
    int wait();

private:
    int pid_ = -1;
    int input_ = -1;
    int output_ = -1;
    std::string buffer_;
};

/// Unwraps a result that must be a value, failing the test with the storage message otherwise.
#define ASSERT_OK_AND_ASSIGN(lhs, expression)                                                                \
    auto lhs##_result = (expression);                                                                        \
    ASSERT_TRUE(lhs##_result.ok()) << lhs##_result.error().message;                                          \
    auto lhs = std::move(lhs##_result).value()

#define ASSERT_STORAGE_OK(expression)                                                                        \
    do {                                                                                                     \
        const auto storage_result_ = (expression);                                                           \
        ASSERT_TRUE(storage_result_.ok()) << storage_result_.error().message;                                \
    } while (false)

} // namespace test
} // namespace storage
} // namespace attrition
