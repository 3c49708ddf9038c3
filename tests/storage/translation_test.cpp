// The storage messages go through Qt's translation (context "StorageText") as whole-sentence templates whose
// arguments are filled in after translating, so that a Spanish or Italian user reads them in their language.

#include "attrition/storage/sql_repository.h"
#include "storage_test_support.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QTranslator>
#include <atomic>
#include <string>

namespace attrition::storage::test {
namespace {

/// A translation that wraps every storage text in «», so that a test sees which parts of a message were
/// translated and that the arguments were put into the translated templates.
class MarkingTranslator final : public QTranslator {
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override {
        (void)disambiguation;
        (void)n;
        if (qstrcmp(context, "StorageText") != 0) {
            return {};
        }
        asked.fetch_add(1);
        return QStringLiteral("«") + QString::fromUtf8(sourceText) + QStringLiteral("»");
    }
    bool isEmpty() const override { return false; }

    mutable std::atomic<int> asked{0};
};

/// The translator, installed for as long as this lives.
class InstalledTranslator {
public:
    InstalledTranslator() { installed_ = QCoreApplication::installTranslator(&translator_); }
    ~InstalledTranslator() { QCoreApplication::removeTranslator(&translator_); }
    InstalledTranslator(const InstalledTranslator&) = delete;
    InstalledTranslator& operator=(const InstalledTranslator&) = delete;

    bool installed() const { return installed_; }
    int asked() const { return translator_.asked.load(); }

private:
    MarkingTranslator translator_;
    bool installed_ = false;
};

Result<std::unique_ptr<SqlContractRepository>> openFile(const QString& path, bool create) {
    ConnectionSettings settings;
    settings.file = path.toStdString();
    OpenOptions options;
    options.createIfMissing = create;
    return SqlContractRepository::open(settings, options);
}

std::string locationOf(const QString& path) {
    ConnectionSettings settings;
    settings.file = path.toStdString();
    return settings.location();
}

bool endsWith(const std::string& text, const std::string& end) {
    return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

class StorageTranslationTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_NE(QCoreApplication::instance(), nullptr);
        ASSERT_TRUE(dir_.isValid());
    }
    QString file(const QString& name) const { return dir_.filePath(name); }

    QTemporaryDir dir_;
};

TEST_F(StorageTranslationTest, AMissingFileIsReportedThroughTheTranslation) {
    const QString path = file(QStringLiteral("missing.sqlite"));
    {
        InstalledTranslator translation;
        ASSERT_TRUE(translation.installed());
        auto repo = openFile(path, false);
        ASSERT_FALSE(repo.ok());
        EXPECT_EQ(repo.error().kind, ErrorKind::NotFound);
        EXPECT_EQ(repo.error().message, "««Could not open the contract database» in " + locationOf(path) +
                                            ": «the file does not exist».»");
        EXPECT_GE(translation.asked(), 3);
        EXPECT_FALSE(QFile::exists(path));
    }
    // Without the translation, the English text as ever.
    auto repo = openFile(path, false);
    ASSERT_FALSE(repo.ok());
    EXPECT_EQ(repo.error().message,
              "Could not open the contract database in " + locationOf(path) + ": the file does not exist.");
}

TEST_F(StorageTranslationTest, AFileOfAnotherKindIsReportedThroughTheTranslation) {
    const QString path = file(QStringLiteral("notes.sqlite"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("These are notes, not a database.\n");
    }
    InstalledTranslator translation;
    ASSERT_TRUE(translation.installed());
    auto repo = openFile(path, true);
    ASSERT_FALSE(repo.ok());
    EXPECT_EQ(repo.error().kind, ErrorKind::Corrupt);
    EXPECT_EQ(
        repo.error().message,
        "««Could not open the contract database» in " + locationOf(path) +
            ": «the file is not a contract database (it is not an SQLite database: it may be damaged, or "
            "a different kind of file); it was left unchanged».»");
}

TEST_F(StorageTranslationTest, AnErrorOfTheDatabaseKeepsTheDriversOwnWords) {
    // The header of an SQLite file followed by rubbish: SQLite itself finds it is no database.
    const QString path = file(QStringLiteral("damaged.sqlite"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3\0", 16));
        f.write(QByteArray(4096, '\x5A'));
    }
    InstalledTranslator translation;
    ASSERT_TRUE(translation.installed());
    auto repo = openFile(path, true);
    ASSERT_FALSE(repo.ok());
    EXPECT_EQ(repo.error().kind, ErrorKind::Corrupt) << repo.error().message;
    const std::string& message = repo.error().message;
    const std::string start = "««Could not open the contract database» in " + locationOf(path) + ": «the ";
    EXPECT_EQ(message.rfind(start, 0), 0U) << message;
    // "%1 in %2: %3. (%4)": the driver's words in brackets, untranslated.
    EXPECT_NE(message.find("». ("), std::string::npos) << message;
    EXPECT_TRUE(endsWith(message, ")»")) << message;
    EXPECT_EQ(message.find("%"), std::string::npos) << message;
}

TEST_F(StorageTranslationTest, ARefusedBatchCountsItsContractsInTheTranslation) {
    const QString path = file(QStringLiteral("batch.sqlite"));
    auto repo = openFile(path, true);
    ASSERT_TRUE(repo.ok()) << repo.error().message;
    InstalledTranslator translation;
    ASSERT_TRUE(translation.installed());
    const std::vector<Contract> twice{fullContract("TWICE-1"), fullContract("TWICE-1")};
    auto saved = (*repo)->saveNew(twice, "ana");
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(saved.error().message,
              "««Could not save 2 new contracts»: «the reference \"TWICE-1\" is given twice».»");
}

class StorageTranslationEngineTest : public EngineTest {};

TEST_P(StorageTranslationEngineTest, AConflictAndAMissingContractAreReportedThroughTheTranslation) {
    auto repo = open();
    ASSERT_NE(repo, nullptr);
    Contract contract = fullContract("TR-1");
    ASSERT_OK_AND_ASSIGN(first, repo->save(contract, kNewContract, "ana"));
    contract.groupName = "Changed by ben";
    ASSERT_OK_AND_ASSIGN(second, repo->save(contract, first.version, "ben"));

    InstalledTranslator translation;
    ASSERT_TRUE(translation.installed());
    contract.groupName = "Changed by carl";
    auto late = repo->save(contract, first.version, "carl");
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().kind, ErrorKind::Conflict);
    EXPECT_EQ(
        late.error().message,
        "««Contract \"TR-1\" was not saved»: «ben saved it at " + second.savedAt.toDisplay() +
            " after you opened it (you have version 1; version 2 is stored now). Reload the contract to "
            "see their changes, then make yours again.»»");
    ASSERT_TRUE(late.error().conflict.has_value());
    EXPECT_EQ(late.error().conflict->savedBy, "ben");

    auto missing = repo->loadByReference("NOPE-404");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(missing.error().message, "««Could not load contract \"NOPE-404\"» in " + repo->location() +
                                           ": «no contract with this reference is stored».»");
}

INSTANTIATE_TEST_SUITE_P(Engines, StorageTranslationEngineTest,
                         ::testing::Values(Engine::SQLite, Engine::PostgreSQL), engineName);

} // namespace
} // namespace attrition::storage::test
