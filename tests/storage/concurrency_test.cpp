// Two people editing the same contract through two connections never silently overwrite each other.

#include "storage_test_support.h"

#include <latch>
#include <thread>

namespace attrition::storage::test {
namespace {

class ConcurrencyTest : public EngineTest {};

TEST_P(ConcurrencyTest, TwoConnectionsEditingOneContractNeverOverwriteEachOther) {
    auto setup = open();
    ASSERT_TRUE(setup);
    ASSERT_OK_AND_ASSIGN(created, setup->save(fullContract("SHARED-1"), kNewContract, "setup"));

    auto anaRepo = open(); // Ana's program
    auto benRepo = open(); // Ben's program, another connection to the same database
    ASSERT_OK_AND_ASSIGN(anaCopy, anaRepo->load(created.id));
    ASSERT_OK_AND_ASSIGN(benCopy, benRepo->load(created.id));
    ASSERT_EQ(anaCopy.version, 1);
    ASSERT_EQ(benCopy.version, 1);

    anaCopy.contract.pickup[0].rooms = 42;
    ASSERT_OK_AND_ASSIGN(anaSave, anaRepo->save(anaCopy.contract, anaCopy.version, "Ana Ruiz"));
    EXPECT_EQ(anaSave.version, 2);

    benCopy.contract.notes = "Ben's notes";
    const Result<SaveReceipt> benStale = benRepo->save(benCopy.contract, benCopy.version, "Ben Okafor");
    ASSERT_FALSE(benStale.ok());
    EXPECT_EQ(benStale.error().kind, ErrorKind::Conflict);
    EXPECT_NE(benStale.error().message.find("Ana Ruiz saved it at " + anaSave.savedAt.toDisplay()),
              std::string::npos)
        << benStale.error().message;

    // Ben reloads, sees Ana's change, makes his again.
    ASSERT_OK_AND_ASSIGN(reloaded, benRepo->load(created.id));
    EXPECT_EQ(reloaded.contract.pickup[0].rooms, 42);
    reloaded.contract.notes = "Ben's notes";
    ASSERT_OK_AND_ASSIGN(benSave, benRepo->save(reloaded.contract, reloaded.version, "Ben Okafor"));
    EXPECT_EQ(benSave.version, 3);

    ASSERT_OK_AND_ASSIGN(final, anaRepo->load(created.id));
    EXPECT_EQ(final.contract.pickup[0].rooms, 42);
    EXPECT_EQ(final.contract.notes, "Ben's notes");
    EXPECT_EQ(final.updatedBy, "Ben Okafor");

    // Ana's copy is stale now too.
    anaCopy.contract.notes = "Ana overwrites";
    const Result<SaveReceipt> anaStale = anaRepo->save(anaCopy.contract, anaSave.version, "Ana Ruiz");
    ASSERT_FALSE(anaStale.ok());
    EXPECT_EQ(anaStale.error().kind, ErrorKind::Conflict);
    EXPECT_EQ(anaStale.error().conflict->savedBy, "Ben Okafor");
}

struct Outcome {
    bool opened = false;
    bool saved = false;
    ErrorKind kind = ErrorKind::Failed;
    std::string message;
};

TEST_P(ConcurrencyTest, SimultaneousSavesFromTwoConnectionsLetExactlyOneWin) {
    auto setup = open();
    ASSERT_TRUE(setup);
    for (int round = 0; round < 8; ++round) {
        const std::string reference = "RACE-" + std::to_string(round);
        ASSERT_OK_AND_ASSIGN(created, setup->save(fullContract(reference), kNewContract, "setup"));
        std::latch ready(2);
        std::array<Outcome, 2> outcomes;
        const auto editor = [&](int who) {
            Result<std::unique_ptr<SqlContractRepository>> repo =
                SqlContractRepository::open(settings(), options());
            if (!repo) {
                outcomes[static_cast<std::size_t>(who)].message = repo.error().message;
                ready.count_down();
                return;
            }
            outcomes[static_cast<std::size_t>(who)].opened = true;
            Result<StoredContract> copy = (*repo)->load(created.id);
            ready.arrive_and_wait();
            if (!copy) {
                outcomes[static_cast<std::size_t>(who)].message = copy.error().message;
                return;
            }
            copy->contract.notes = "saved by editor " + std::to_string(who);
            Result<SaveReceipt> saved =
                (*repo)->save(copy->contract, copy->version, "editor " + std::to_string(who));
            Outcome& o = outcomes[static_cast<std::size_t>(who)];
            o.saved = saved.ok();
            if (!saved) {
                o.kind = saved.error().kind;
                o.message = saved.error().message;
            }
        };
        std::thread first(editor, 0);
        std::thread second(editor, 1);
        first.join();
        second.join();

        ASSERT_TRUE(outcomes[0].opened) << outcomes[0].message;
        ASSERT_TRUE(outcomes[1].opened) << outcomes[1].message;
        ASSERT_NE(outcomes[0].saved, outcomes[1].saved)
            << "round " << round << ": " << outcomes[0].message << " / " << outcomes[1].message;
        const int winner = outcomes[0].saved ? 0 : 1;
        const Outcome& loser = outcomes[static_cast<std::size_t>(1 - winner)];
        EXPECT_EQ(loser.kind, ErrorKind::Conflict) << loser.message;
        EXPECT_NE(loser.message.find("editor " + std::to_string(winner)), std::string::npos) << loser.message;

        ASSERT_OK_AND_ASSIGN(stored, setup->load(created.id));
        EXPECT_EQ(stored.version, 2);
        EXPECT_EQ(stored.contract.notes, "saved by editor " + std::to_string(winner));
    }
}

TEST_P(ConcurrencyTest, SimultaneousNewContractsWithOneReferenceLetExactlyOneWin) {
    auto setup = open(); // creates the schema before the race
    ASSERT_TRUE(setup);
    for (int round = 0; round < 5; ++round) {
        const std::string reference = "NEW-RACE-" + std::to_string(round);
        std::latch ready(2);
        std::array<Outcome, 2> outcomes;
        const auto creator = [&](int who) {
            Result<std::unique_ptr<SqlContractRepository>> repo =
                SqlContractRepository::open(settings(), options());
            Outcome& o = outcomes[static_cast<std::size_t>(who)];
            ready.arrive_and_wait();
            if (!repo) {
                o.message = repo.error().message;
                return;
            }
            o.opened = true;
            Contract c = fullContract(reference);
            c.notes = "created by " + std::to_string(who);
            Result<SaveReceipt> saved = (*repo)->save(c, kNewContract, "creator " + std::to_string(who));
            o.saved = saved.ok();
            if (!saved) {
                o.kind = saved.error().kind;
                o.message = saved.error().message;
            }
        };
        std::thread first(creator, 0);
        std::thread second(creator, 1);
        first.join();
        second.join();
        ASSERT_TRUE(outcomes[0].opened && outcomes[1].opened) << outcomes[0].message << outcomes[1].message;
        ASSERT_NE(outcomes[0].saved, outcomes[1].saved)
            << outcomes[0].message << " / " << outcomes[1].message;
        const int winner = outcomes[0].saved ? 0 : 1;
        EXPECT_EQ(outcomes[static_cast<std::size_t>(1 - winner)].kind, ErrorKind::AlreadyExists)
            << outcomes[static_cast<std::size_t>(1 - winner)].message;
        ASSERT_OK_AND_ASSIGN(stored, setup->loadByReference(reference));
        EXPECT_EQ(stored.contract.notes, "created by " + std::to_string(winner));
    }
}

TEST_P(ConcurrencyTest, ManyWritersInterleavingSavesLoseNoUpdate) {
    // Four connections each add their own pickup to one contract, retrying after every conflict, as a user
    // reloading and redoing a change would. Every change must be in the final contract.
    auto setup = open();
    ASSERT_TRUE(setup);
    Contract base = fullContract("COUNTER-1");
    base.pickup.clear();
    ASSERT_OK_AND_ASSIGN(created, setup->save(base, kNewContract, "setup"));
    constexpr int kWriters = 4;
    constexpr int kEach = 5;
    std::array<int, kWriters> conflicts{};
    std::array<std::string, kWriters> failures;
    std::vector<std::thread> threads;
    for (int w = 0; w < kWriters; ++w) {
        threads.emplace_back([&, w] {
            Result<std::unique_ptr<SqlContractRepository>> repo =
                SqlContractRepository::open(settings(), options());
            if (!repo) {
                failures[static_cast<std::size_t>(w)] = repo.error().message;
                return;
            }
            for (int i = 0; i < kEach; ++i) {
                for (;;) {
                    Result<StoredContract> copy = (*repo)->load(created.id);
                    if (!copy) {
                        failures[static_cast<std::size_t>(w)] = copy.error().message;
                        return;
                    }
                    copy->contract.pickup.push_back(PickupEntry{
                        base.arrival, "WRITER " + std::to_string(w) + " #" + std::to_string(i), i});
                    const std::string user = std::string("w") + std::to_string(w);
                    Result<SaveReceipt> saved = (*repo)->save(copy->contract, copy->version, user);
                    if (saved) {
                        break;
                    }
                    if (saved.error().kind != ErrorKind::Conflict) {
                        failures[static_cast<std::size_t>(w)] = saved.error().message;
                        return;
                    }
                    ++conflicts[static_cast<std::size_t>(w)];
                }
            }
        });
    }
    for (std::thread& t : threads) {
        t.join();
    }
    for (const std::string& failure : failures) {
        EXPECT_TRUE(failure.empty()) << failure;
    }
    ASSERT_OK_AND_ASSIGN(final, setup->load(created.id));
    EXPECT_EQ(final.contract.pickup.size(), static_cast<std::size_t>(kWriters * kEach));
    EXPECT_EQ(final.version, 1 + kWriters * kEach);
}

INSTANTIATE_TEST_SUITE_P(Engines, ConcurrencyTest, ::testing::Values(Engine::SQLite, Engine::PostgreSQL),
                         engineName);

} // namespace
} // namespace attrition::storage::test
