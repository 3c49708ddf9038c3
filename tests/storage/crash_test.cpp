// A program killed in the middle of saving leaves a sound database that holds every save that returned.

#include "attrition/storage/sample_data.h"
#include "storage_test_support.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <csignal>
#include <map>
#include <sstream>

namespace attrition::storage::test {
namespace {

constexpr std::uint64_t kSeed = 77;

/// PRAGMA integrity_check read around the repository: "ok" for a sound file.
std::string integrityCheck(const QString& file) {
    std::string result;
    const QString name = QStringLiteral("crash-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (!db.open()) {
            return "cannot open";
        }
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA integrity_check"));
        while (q.next()) {
            result += q.value(0).toString().toStdString();
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

TEST(CrashTest, AProcessKilledWhileSavingLeavesEverySavedContract) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("crash.sqlite"));
    std::map<std::string, int> saved; // reference -> the last version whose save returned
    std::int64_t nextIndex = 0;

    // Many kills, each after a different number of saves, so that they land in different places of a save.
    for (int round = 0; round < 12; ++round) {
        SCOPED_TRACE("round " + std::to_string(round));
        HelperProcess saver;
        ASSERT_TRUE(
            saver.start({"save-loop", file.toStdString(), std::to_string(kSeed), std::to_string(nextIndex)}));
        // Let it save a while, then kill it in the middle of whatever it is doing.
        const int before = static_cast<int>(saved.size());
        while (static_cast<int>(saved.size()) < before + 40 + 11 * round) {
            const std::optional<std::string> line = saver.readLine(60000);
            ASSERT_TRUE(line.has_value()) << "the saving process stopped";
            std::istringstream words(*line);
            std::string word;
            std::string reference;
            int version = 0;
            words >> word >> reference >> version;
            ASSERT_EQ(word, "saved") << *line;
            saved[reference] = std::max(saved[reference], version);
        }
        saver.kill(SIGKILL);
        EXPECT_EQ(saver.wait(), -SIGKILL);
        // Whatever it printed before dying was saved too.
        while (const std::optional<std::string> line = saver.readLine(0)) {
            std::istringstream words(*line);
            std::string word;
            std::string reference;
            int version = 0;
            words >> word >> reference >> version;
            if (word == "saved") {
                saved[reference] = std::max(saved[reference], version);
            }
        }

        EXPECT_EQ(integrityCheck(file), "ok");

        ConnectionSettings settings;
        settings.file = file.toStdString();
        auto repo = SqlContractRepository::open(settings, OpenOptions{});
        ASSERT_TRUE(repo.ok()) << repo.error().message;
        ASSERT_OK_AND_ASSIGN(problems, (*repo)->checkIntegrity());
        EXPECT_TRUE(problems.empty());
        for (const auto& [reference, version] : saved) {
            ASSERT_OK_AND_ASSIGN(loaded, (*repo)->loadByReference(reference));
            EXPECT_GE(loaded.version, version) << reference;
            const std::int64_t index = std::stoll(reference.substr(4)) - 1;
            Contract expected = sampleContract(kSeed, index);
            if (loaded.version == 2) {
                expected.notes = "revised";
            }
            expectSameContract(expected, loaded.contract);
        }
        // The next round goes on after the last contract stored (which may be one whose save did not return).
        ASSERT_OK_AND_ASSIGN(page, (*repo)->listContracts(ContractQuery{
                                       {}, ContractSortKey::Reference, SortOrder::Descending, 0, 1, true}));
        ASSERT_FALSE(page.rows.empty());
        nextIndex = std::stoll(page.rows.front().reference.substr(4));
        EXPECT_GE(page.total, static_cast<std::int64_t>(saved.size()));
    }
}

} // namespace
} // namespace attrition::storage::test
