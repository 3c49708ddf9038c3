// A write is all or nothing: when the database refuses its audit entry, after the contract's new version was
// written, nothing of the write stays. Every test runs against a fresh SQLite file and against a fresh schema
// on the PostgreSQL test server.

#include "storage_test_support.h"

namespace attrition::storage::test {
namespace {

class WriteTransactionTest : public EngineTest {
protected:
    /// Makes the database refuse every new audit entry ("refused by the test"), or accept them again.
    void refuseAuditEntries(bool refuse) {
        if (engine() == Engine::PostgreSQL) {
            const std::string schema = "\"" + settings().schema + "\"";
            std::string error;
            if (refuse) {
                ASSERT_TRUE(postgresAdmin("CREATE FUNCTION " + schema +
                                              ".refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                              "RAISE EXCEPTION 'refused by the test'; END $$",
                                          &error))
                    << error;
                ASSERT_TRUE(postgresAdmin("CREATE TRIGGER refuse_audit BEFORE INSERT ON " + schema +
                                              ".audit_log FOR EACH ROW EXECUTE FUNCTION " + schema +
                                              ".refuse_audit()",
                                          &error))
                    << error;
            } else {
                ASSERT_TRUE(postgresAdmin("DROP TRIGGER refuse_audit ON " + schema + ".audit_log", &error))
                    << error;
            }
            return;
        }
        runOutside(refuse ? "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN "
                            "SELECT RAISE(ABORT, 'refused by the test'); END"
                          : "DROP TRIGGER refuse_audit");
    }
};

template <typename T> void expectRefused(const Result<T>& result, const char* what) {
    ASSERT_FALSE(result.ok()) << what;
    EXPECT_NE(result.error().message.find("refused by the test"), std::string::npos)
        << what << ": " << result.error().message;
}

TEST_P(WriteTransactionTest, AWriteWhoseAuditEntryIsRefusedLeavesNothingWritten) {
    auto repo = open();
    const Contract contract = fullContract("TX-1");
    ASSERT_OK_AND_ASSIGN(created, repo->save(contract, kNewContract, "ana"));
    ASSERT_OK_AND_ASSIGN(stored, repo->load(created.id));

    refuseAuditEntries(true);
    Contract changed = contract;
    changed.groupName = "Another group";
    changed.pickup.clear();
    expectRefused(repo->save(created.id, changed, 1, "ben"), "save");
    expectRefused(repo->rename(created.id, 1, "TX-2", "ben"), "rename");
    expectRefused(repo->setArchived(created.id, 1, true, "ben"), "archive");
    expectRefused(repo->removeKeepingCopy(created.id, 1, "ben"), "remove");
    expectRefused(repo->recordPickupSnapshot(created.id, PickupSnapshot{date("2026-11-20"), {}}, "ben"),
                  "pickup report");
    expectRefused(repo->saveScenario(created.id, Scenario{"Worse", ScenarioOverrides{}}, "ben"), "scenario");
    expectRefused(repo->save(fullContract("TX-3"), kNewContract, "ben"), "new contract");

    // The contract as it was: its version, reference, mark, values, and nothing else stored.
    ASSERT_OK_AND_ASSIGN(after, repo->load(created.id));
    EXPECT_EQ(after.version, 1);
    EXPECT_EQ(after.updatedBy, "ana");
    EXPECT_EQ(after.updatedAt, stored.updatedAt);
    EXPECT_FALSE(after.archived);
    EXPECT_EQ(after.contract.reference, "TX-1");
    expectSameContract(contract, after.contract);
    EXPECT_EQ(repo->loadByReference("TX-2").error().kind, ErrorKind::NotFound);
    EXPECT_EQ(repo->loadByReference("TX-3").error().kind, ErrorKind::NotFound);
    ASSERT_OK_AND_ASSIGN(reports, repo->pickupSnapshots(created.id));
    EXPECT_TRUE(reports.empty());
    ASSERT_OK_AND_ASSIGN(scenarios, repo->scenarios(created.id));
    EXPECT_TRUE(scenarios.empty());
    ASSERT_OK_AND_ASSIGN(trail, repo->auditTrail(AuditQuery{}));
    ASSERT_EQ(trail.size(), 1U);
    EXPECT_EQ(trail.front().action, AuditAction::ContractCreated);

    // The same connection writes again once the database accepts the entries: the next version is 2.
    refuseAuditEntries(false);
    ASSERT_OK_AND_ASSIGN(renamed, repo->rename(created.id, 1, "TX-2", "ben"));
    EXPECT_TRUE(renamed.changed);
    EXPECT_EQ(renamed.version, 2);
    ASSERT_OK_AND_ASSIGN(archived, repo->setArchived(created.id, 2, true, "ben"));
    EXPECT_EQ(archived.version, 3);
    ASSERT_OK_AND_ASSIGN(trail2, repo->auditTrail(AuditQuery{}));
    ASSERT_EQ(trail2.size(), 3U);
    EXPECT_EQ(trail2.front().action, AuditAction::ContractArchived);
    EXPECT_EQ(trail2.front().version, 3);
    EXPECT_EQ(trail2.front().reference, "TX-2");
}

INSTANTIATE_TEST_SUITE_P(Engines, WriteTransactionTest, ::testing::Values(Engine::SQLite, Engine::PostgreSQL),
                         engineName);

} // namespace
} // namespace attrition::storage::test
