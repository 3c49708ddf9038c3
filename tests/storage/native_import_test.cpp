// Importing contracts into SQLite natively (through SQLite's own interface on the connection Qt Sql holds)
// and through Qt Sql: both store the same rows, and a failure anywhere in an import leaves nothing of it.

#include "storage_test_support.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <set>
#include <string>
#include <vector>

namespace attrition::storage::test {
namespace {

/// A plain QSQLITE connection to a file, beside the repository's own.
class RawFile {
public:
    explicit RawFile(const QString& file)
        : name_(QStringLiteral("native-import-raw-%1").arg(++counter_)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name_);
        db.setDatabaseName(file);
        db.open();
    }
    ~RawFile() {
        {
            QSqlDatabase db = QSqlDatabase::database(name_, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name_);
    }
    RawFile(const RawFile&) = delete;
    RawFile& operator=(const RawFile&) = delete;

    /// Runs a statement; its error, empty when it worked.
    std::string exec(const QString& sql) {
        QSqlQuery q(QSqlDatabase::database(name_, false));
        if (!q.exec(sql)) {
            return q.lastError().text().toStdString();
        }
        return {};
    }

    /// The first column of every row, as text.
    std::vector<std::string> column(const QString& sql) {
        std::vector<std::string> values;
        QSqlQuery q(QSqlDatabase::database(name_, false));
        if (!q.exec(sql)) {
            values.push_back("error: " + q.lastError().text().toStdString());
            return values;
        }
        while (q.next()) {
            values.push_back(q.value(0).toString().toStdString());
        }
        return values;
    }

    std::int64_t count(const QString& table) {
        const std::vector<std::string> n = column(QStringLiteral("SELECT count(*) FROM ") + table);
        return n.size() == 1 ? std::stoll(n.front()) : -1;
    }

    /// Every row of every table but schema_version, each value as an SQL literal (so that 1 and '1' differ),
    /// table by table, rows in order.
    std::vector<std::string> dump() {
        std::vector<std::string> lines;
        for (const std::string& table :
             column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> "
                                   "'schema_version' ORDER BY name"))) {
            QStringList quoted;
            for (const std::string& name :
                 column(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid")
                            .arg(QString::fromStdString(table)))) {
                quoted << QStringLiteral("quote(\"%1\")").arg(QString::fromStdString(name));
            }
            lines.push_back("table " + table);
            const QString row = quoted.join(QStringLiteral(" || ',' || "));
            for (std::string& line : column(QStringLiteral("SELECT %1 AS r FROM \"%2\" ORDER BY r")
                                                .arg(row, QString::fromStdString(table)))) {
                lines.push_back(std::move(line));
            }
        }
        return lines;
    }

private:
    static inline int counter_ = 0;
    QString name_;
};

OpenOptions importOptions(bool native) {
    OpenOptions options;
    options.createIfMissing = true;
    options.clock = TickingClock();
    options.nativeBulkWrites = native;
    return options;
}

std::unique_ptr<SqlContractRepository> openFile(const QString& file, bool native) {
    ConnectionSettings settings;
    settings.file = file.toStdString();
    auto repo = SqlContractRepository::open(settings, importOptions(native));
    EXPECT_TRUE(repo.ok()) << (repo.ok() ? std::string() : repo.error().message);
    return repo.ok() ? std::move(*repo) : nullptr;
}

/// A batch of `count` contracts: small ones under a few accounts, every tenth with every field set.
std::vector<Contract> batch(int count, const std::string& prefix) {
    std::vector<Contract> contracts;
    for (int i = 0; i < count; ++i) {
        const std::string reference = prefix + "-" + std::to_string(1000 + i);
        if (i % 10 == 3) {
            contracts.push_back(fullContract(reference, i % 20 == 3 ? "JPY" : "EUR"));
        } else {
            contracts.push_back(smallContract(reference, "Group " + std::to_string(i),
                                              "Acct " + std::to_string(i % 7), "Hôtel Zürich", "ana",
                                              ContractStatus::Definite, "2027-05-01", 1 + i % 3, 10 + i % 5));
        }
    }
    return contracts;
}

TEST(NativeImportTest, NativelyAndThroughQtSqlTheSameRowsAreStored) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString nativeFile = dir.filePath(QStringLiteral("native.sqlite"));
    const QString qtFile = dir.filePath(QStringLiteral("qt.sqlite"));

    std::vector<Contract> first = batch(60, "IMP");
    first.push_back(fullContract("KEEP-1"));
    std::vector<Contract> second = first;
    second[3].groupName = "Renamed group";
    second[4].block.front().rooms += 5;
    second[13].deposits.clear();
    second[5].account = "A new account";
    second.push_back(fullContract("NEW-1", "JPY"));

    for (const bool native : {true, false}) {
        auto repo = openFile(native ? nativeFile : qtFile, native);
        ASSERT_TRUE(repo);
        ASSERT_OK_AND_ASSIGN(added, repo->importContracts(first, ExistingContracts::Refuse, "ana"));
        ASSERT_EQ(added.size(), first.size());
        // Again: nothing changes; then the changed file, replacing what differs as new versions.
        ASSERT_OK_AND_ASSIGN(same, repo->importContracts(first, ExistingContracts::Refuse, "ben"));
        EXPECT_EQ(same[7].outcome, ImportOutcome::Unchanged);
        ASSERT_OK_AND_ASSIGN(replaced, repo->importContracts(second, ExistingContracts::Replace, "ben"));
        EXPECT_EQ(replaced[3].outcome, ImportOutcome::Replaced);
        EXPECT_EQ(replaced[3].version, 2);
        EXPECT_EQ(replaced[6].outcome, ImportOutcome::Unchanged);
        EXPECT_EQ(replaced.back().outcome, ImportOutcome::Added);
        ASSERT_OK_AND_ASSIGN(loaded, repo->loadByReference(second[4].reference));
        expectSameContract(second[4], loaded.contract);
        EXPECT_EQ(loaded.version, 2);
    }

    RawFile nativeRows(nativeFile);
    RawFile qtRows(qtFile);
    const std::vector<std::string> expected = qtRows.dump();
    const std::vector<std::string> actual = nativeRows.dump();
    ASSERT_GT(expected.size(), 400U);
    EXPECT_EQ(actual, expected);
    // The comparison saw the lists, the accounts and the audit trail of the replacements.
    EXPECT_GT(qtRows.count(QStringLiteral("block_entries")), 60);
    std::set<std::string> accounts;
    for (const std::vector<Contract>* list : {&first, &second}) {
        for (const Contract& c : *list) {
            if (!c.account.empty()) {
                accounts.insert(c.account);
            }
        }
    }
    EXPECT_EQ(qtRows.count(QStringLiteral("accounts")), static_cast<std::int64_t>(accounts.size()));
    EXPECT_GT(qtRows.count(QStringLiteral("audit_changes")), 3);
}

class ImportRollbackTest : public ::testing::TestWithParam<bool> {};

TEST_P(ImportRollbackTest, AFailureAtAContractInTheMiddleLeavesNothingOfTheImport) {
    const bool native = GetParam();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("contracts.sqlite"));
    const Contract kept = fullContract("KEEP-1");
    {
        auto repo = openFile(file, native);
        ASSERT_TRUE(repo);
        ASSERT_STORAGE_OK(repo->save(kept, kNewContract, "ana"));
    }
    std::vector<Contract> contracts = batch(1000, "BATCH");
    Contract changed = kept;
    changed.groupName = "Changed before the failure";
    contracts.insert(contracts.begin() + 10, changed);

    // The database refuses the block of contract 600 of the import, after its contract row was written.
    const std::string failing = contracts[600].reference;
    ASSERT_FALSE(contracts[600].block.empty());
    RawFile raw(file);
    ASSERT_EQ(raw.exec(QStringLiteral("CREATE TRIGGER refuse_one BEFORE INSERT ON block_entries WHEN "
                                      "NEW.contract_id = (SELECT id FROM contracts WHERE reference = '%1') "
                                      "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                           .arg(QString::fromStdString(failing))),
              "");
    const std::int64_t blockRows = raw.count(QStringLiteral("block_entries"));
    ASSERT_GT(blockRows, 0);

    auto repo = openFile(file, native);
    ASSERT_TRUE(repo);
    const Result<std::vector<ImportReceipt>> refused =
        repo->importContracts(contracts, ExistingContracts::Replace, "ben");
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("refused by the test"), std::string::npos)
        << refused.error().message;
    EXPECT_NE(refused.error().message.find("None of the 1001 contracts was imported."), std::string::npos)
        << refused.error().message;

    // Nothing of it: not the 600 contracts before, not the replacement, not their lists, accounts or trail.
    ASSERT_OK_AND_ASSIGN(page, repo->listContracts(ContractQuery{}));
    EXPECT_EQ(page.total, 1);
    ASSERT_OK_AND_ASSIGN(stored, repo->loadByReference("KEEP-1"));
    EXPECT_EQ(stored.version, 1);
    expectSameContract(kept, stored.contract);
    ASSERT_OK_AND_ASSIGN(trail, repo->auditTrail(AuditQuery{}));
    ASSERT_EQ(trail.size(), 1U);
    EXPECT_EQ(trail.front().action, AuditAction::ContractCreated);
    ASSERT_OK_AND_ASSIGN(accounts, repo->accounts());
    ASSERT_EQ(accounts.size(), 1U);
    EXPECT_EQ(accounts.front().name, kept.account);
    EXPECT_EQ(raw.count(QStringLiteral("contracts")), 1);
    EXPECT_EQ(raw.count(QStringLiteral("block_entries")), blockRows);
    EXPECT_EQ(raw.count(QStringLiteral("audit_changes")), 0);

    // The connection is fine afterwards: without the refusal the same import goes through whole.
    ASSERT_EQ(raw.exec(QStringLiteral("DROP TRIGGER refuse_one")), "");
    ASSERT_OK_AND_ASSIGN(imported, repo->importContracts(contracts, ExistingContracts::Replace, "ben"));
    ASSERT_EQ(imported.size(), contracts.size());
    EXPECT_EQ(imported[10].outcome, ImportOutcome::Replaced);
    EXPECT_EQ(imported[10].version, 2);
    ASSERT_OK_AND_ASSIGN(all, repo->listContracts(ContractQuery{}));
    EXPECT_EQ(all.total, 1001);
    ASSERT_OK_AND_ASSIGN(loaded, repo->loadByReference(failing));
    expectSameContract(contracts[600], loaded.contract);
}

INSTANTIATE_TEST_SUITE_P(Paths, ImportRollbackTest, ::testing::Values(true, false),
                         [](const ::testing::TestParamInfo<bool>& param) {
                             return std::string(param.param ? "Native" : "QtSql");
                         });

} // namespace
} // namespace attrition::storage::test
