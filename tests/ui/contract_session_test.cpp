// ContractSession on its own, without a window: the database and contract flows return what they did.

#include "attrition/storage/connection.h"
#include "attrition/storage/sql_repository.h"
#include "democontracts.h"
#include "models/scenarioset.h"
#include "session/contractdocument.h"
#include "session/contractsession.h"
#include "session/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace attrition;
using namespace attrition::ui;
namespace st = attrition::storage;

namespace {

class ContractSessionTest : public ::testing::Test {
protected:
    ContractSessionTest() {
        QSettings().clear();
        setUserName(QStringLiteral("Ana Lima"));
        path = QDir(dir.path()).absoluteFilePath(QStringLiteral("contracts.sqlite"));
    }
    ~ContractSessionTest() override { QSettings().clear(); }

    /// A session on a new database of `path`, with one contract saved (version 1).
    void openWithOneContract() {
        const DatabaseOutcome opened = session.newDatabase(path);
        ASSERT_EQ(opened.kind, DatabaseOutcome::Kind::Opened) << opened.message.toStdString();
        session.startNew(demo::associationMeeting());
        const SaveOutcome saved = session.save();
        ASSERT_EQ(saved.kind, SaveOutcome::Kind::Saved) << saved.message.toStdString();
        id = contractKey(saved.id);
    }

    /// Adds a scenario at `share` pickup to `set`, as one undoable step.
    static void addScenario(ScenarioSet* set, std::string_view share) {
        set->edit(QStringLiteral("Add Scenario"), {}, [&](std::vector<Scenario>& all) {
            Scenario s;
            s.name = "Pickup " + std::string(share) + "%";
            s.overrides.uniformPickup = demo::pct(share);
            all.push_back(s);
        });
    }

    QTemporaryDir dir;
    QString path;
    ContractSession session;
    QString id;
};

TEST_F(ContractSessionTest, ANewDatabaseIsOpenedAndAnExistingFileIsNotMadeAgain) {
    QSignalSpy changed(&session, &ContractSession::repositoryChanged);
    EXPECT_EQ(session.newDatabase(path).kind, DatabaseOutcome::Kind::Opened);
    EXPECT_NE(session.repository(), nullptr);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(session.connection().file, path.toStdString());
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_EQ(session.newDatabase(path).kind, DatabaseOutcome::Kind::Exists);
    EXPECT_EQ(changed.count(), 1);
}

TEST_F(ContractSessionTest, SavingANewContractThenAnEditStoresVersionsOneAndTwo) {
    const DatabaseOutcome opened = session.newDatabase(path);
    ASSERT_TRUE(opened.opened());
    QSignalSpy list(&session, &ContractSession::listChanged);
    QSignalSpy pastGroups(&session, &ContractSession::pastGroupsChanged);
    session.startNew(demo::associationMeeting());
    EXPECT_EQ(session.loadedVersion(), 0);

    const SaveOutcome first = session.save();
    ASSERT_EQ(first.kind, SaveOutcome::Kind::Saved) << first.message.toStdString();
    EXPECT_EQ(first.version, 1);
    EXPECT_TRUE(first.wasNew);
    EXPECT_TRUE(first.pastGroupsChanged);
    EXPECT_EQ(session.loadedVersion(), 1);
    EXPECT_EQ(session.document()->sourceId(), contractKey(first.id));
    EXPECT_FALSE(session.document()->isModified());
    ASSERT_EQ(list.count(), 1);
    EXPECT_EQ(list.at(0).at(0).toString(), QString()); // a new row: the whole list
    EXPECT_EQ(pastGroups.count(), 1);

    session.document()->edit(QStringLiteral("Edit"), {}, [](Contract& c) { c.notes = "Second thoughts"; });
    const SaveOutcome second = session.save();
    ASSERT_EQ(second.kind, SaveOutcome::Kind::Saved) << second.message.toStdString();
    EXPECT_EQ(second.version, 2);
    EXPECT_EQ(second.id, first.id);
    EXPECT_FALSE(second.wasNew);
    EXPECT_FALSE(second.pastGroupsChanged); // not a past group, nor one before
    ASSERT_EQ(list.count(), 2);
    EXPECT_EQ(list.at(1).at(0).toString(), contractKey(first.id)); // only its row
    EXPECT_EQ(pastGroups.count(), 1);
    auto stored = session.repository()->load(first.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->version, 2);
    EXPECT_EQ(stored->contract.notes, "Second thoughts");
    EXPECT_EQ(stored->updatedBy, "Ana Lima");

    // Saved again unchanged: nothing new is written.
    const SaveOutcome again = session.save();
    EXPECT_EQ(again.kind, SaveOutcome::Kind::StoredAlready);
    EXPECT_EQ(session.repository()->load(first.id)->version, 2);
}

TEST_F(ContractSessionTest, AStaleSaveIsAConflictNamingWhoSavedAndWritesNothingUntilReloaded) {
    openWithOneContract();
    ASSERT_FALSE(id.isEmpty());
    {
        // A colleague's program on the same database file saves the contract first.
        ContractSession theirs;
        ASSERT_TRUE(theirs.openDatabase(session.connection()).opened());
        const LoadOutcome loaded = theirs.openContract(id);
        ASSERT_TRUE(loaded.loaded()) << loaded.message.toStdString();
        EXPECT_EQ(loaded.version, 1);
        EXPECT_EQ(loaded.updatedBy, QStringLiteral("Ana Lima"));
        theirs.document()->edit(QStringLiteral("Edit"), {}, [](Contract& c) { c.notes = "Ben's note"; });
        setUserName(QStringLiteral("Ben Okafor"));
        ASSERT_EQ(theirs.save().kind, SaveOutcome::Kind::Saved);
        setUserName(QStringLiteral("Ana Lima"));
    }
    session.document()->edit(QStringLiteral("Edit"), {}, [](Contract& c) { c.groupName = "Mine"; });
    const SaveOutcome conflict = session.save();
    ASSERT_EQ(conflict.kind, SaveOutcome::Kind::Conflict);
    EXPECT_FALSE(conflict.removed);
    EXPECT_TRUE(conflict.message.contains(QStringLiteral("Ben Okafor"))) << conflict.message.toStdString();
    EXPECT_TRUE(session.document()->isModified()); // the edits are kept
    EXPECT_EQ(session.loadedVersion(), 1);
    auto stored = session.repository()->load(*contractIdFromKey(id));
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->version, 2); // theirs, not mine
    EXPECT_EQ(stored->contract.notes, "Ben's note");
    EXPECT_NE(stored->contract.groupName, "Mine");

    // Taking their version drops mine; a save from there is stored.
    const LoadOutcome reloaded = session.reloadContract();
    ASSERT_TRUE(reloaded.loaded()) << reloaded.message.toStdString();
    EXPECT_EQ(reloaded.version, 2);
    EXPECT_EQ(reloaded.updatedBy, QStringLiteral("Ben Okafor"));
    EXPECT_FALSE(session.document()->isModified());
    EXPECT_EQ(session.document()->contract().notes, "Ben's note");
    EXPECT_EQ(session.loadedVersion(), 2);
    session.document()->edit(QStringLiteral("Edit"), {}, [](Contract& c) { c.groupName = "Mine again"; });
    const SaveOutcome saved = session.save();
    ASSERT_EQ(saved.kind, SaveOutcome::Kind::Saved) << saved.message.toStdString();
    EXPECT_EQ(saved.version, 3);
}

TEST_F(ContractSessionTest, SaveAsStoresACopyUnderANewIdAndEditsIt) {
    openWithOneContract();
    const std::string reference = session.document()->contract().reference;
    session.document()->edit(QStringLiteral("Edit"), {}, [](Contract& c) { c.notes = "For the copy"; });
    QSignalSpy loaded(&session, &ContractSession::contractLoaded);
    const SaveOutcome copy = session.saveAs(QStringLiteral("GRP-COPY-1"));
    ASSERT_EQ(copy.kind, SaveOutcome::Kind::Saved) << copy.message.toStdString();
    EXPECT_TRUE(copy.wasNew);
    EXPECT_EQ(copy.version, 1);
    EXPECT_NE(contractKey(copy.id), id);
    EXPECT_EQ(session.document()->sourceId(), contractKey(copy.id));
    EXPECT_EQ(session.document()->contract().reference, "GRP-COPY-1");
    EXPECT_FALSE(session.document()->isModified());
    EXPECT_EQ(loaded.count(), 1);
    auto original = session.repository()->load(*contractIdFromKey(id));
    ASSERT_TRUE(original);
    EXPECT_EQ(original->contract.reference, reference);
    EXPECT_NE(original->contract.notes, "For the copy"); // the original is left as it was stored
    auto stored = session.repository()->load(copy.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->contract.notes, "For the copy");

    // The same reference again is refused by the database, and nothing changes.
    const SaveOutcome twice = session.saveAs(QStringLiteral("GRP-COPY-1"));
    EXPECT_EQ(twice.kind, SaveOutcome::Kind::Failed);
    EXPECT_FALSE(twice.message.isEmpty());
    EXPECT_EQ(session.document()->sourceId(), contractKey(copy.id));
}

TEST_F(ContractSessionTest, ABadFileImportsNothingAndNamesTheFile) {
    openWithOneContract();
    const QString good = QDir(dir.path()).absoluteFilePath(QStringLiteral("good"));
    ASSERT_TRUE(QDir().mkpath(good));
    QStringList paths = demo::writePortfolio(good);
    ASSERT_FALSE(paths.isEmpty());
    const QString bad = QDir(dir.path()).absoluteFilePath(QStringLiteral("broken-contract.json"));
    {
        QFile file(bad);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(R"({"reference": "GRP-BROKEN", "block": [)");
    }
    paths << bad;
    QSignalSpy list(&session, &ContractSession::listChanged);
    const ImportOutcome imported = session.importFiles(paths);
    ASSERT_FALSE(imported.errors.isEmpty());
    EXPECT_TRUE(imported.errors.join(QLatin1Char('\n')).contains(QStringLiteral("broken-contract.json")))
        << imported.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(imported.added, 0);
    EXPECT_FALSE(imported.first);
    EXPECT_EQ(list.count(), 0);
    st::ContractQuery query;
    auto listed = session.repository()->listContracts(query);
    ASSERT_TRUE(listed);
    EXPECT_EQ(listed->total, 1); // only the one saved before

    // The same file opened: nothing imported, nothing opened.
    const ContractSession::FileOutcome opened = session.openFile(bad);
    EXPECT_FALSE(opened.imported.errors.isEmpty());
    EXPECT_FALSE(opened.opened.loaded());
    EXPECT_EQ(session.document()->sourceId(), id);
}

TEST_F(ContractSessionTest, OpeningAMissingContractFailsAndKeepsTheOneOpen) {
    openWithOneContract();
    session.document()->edit(QStringLiteral("Edit"), {}, [](Contract& c) { c.notes = "Unsaved"; });
    const LoadOutcome missing = session.openContract(QStringLiteral("9999"));
    EXPECT_EQ(missing.kind, LoadOutcome::Kind::Failed);
    EXPECT_FALSE(missing.message.isEmpty());
    EXPECT_EQ(session.openContract(QStringLiteral("not a key")).kind, LoadOutcome::Kind::NoContract);
    EXPECT_EQ(session.document()->sourceId(), id);
    EXPECT_EQ(session.document()->contract().notes, "Unsaved");
    EXPECT_EQ(session.loadedVersion(), 1);

    ContractSession closed;
    EXPECT_EQ(closed.openContract(id).kind, LoadOutcome::Kind::NoDatabase);
    EXPECT_EQ(closed.save().kind, SaveOutcome::Kind::NoDatabase);
}

TEST_F(ContractSessionTest, AContractsScenarioSetIsMadeOnceAndItsChangesAreStored) {
    openWithOneContract();
    QSignalSpy made(&session, &ContractSession::scenarioSetCreated);
    QSignalSpy changed(&session, &ContractSession::scenariosChanged);
    QString error;
    ScenarioSet* set = session.scenarioSet(id, &error);
    ASSERT_NE(set, nullptr);
    EXPECT_TRUE(error.isEmpty());
    EXPECT_TRUE(set->scenarios().empty());
    EXPECT_EQ(made.count(), 1);
    EXPECT_EQ(session.scenarioSet(id), set); // kept: asked again, the same set
    EXPECT_EQ(made.count(), 1);
    ScenarioSet* unsaved = session.scenarioSet({});
    EXPECT_NE(unsaved, set);
    EXPECT_EQ(made.count(), 2);
    EXPECT_EQ(session.scenarioSets().size(), 2);

    addScenario(set, "80");
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toString(), id);
    addScenario(unsaved, "70"); // a contract not stored yet has nothing to store
    EXPECT_EQ(changed.count(), 1);

    EXPECT_TRUE(session.storeScenarios().isEmpty());
    auto stored = session.repository()->scenarios(*contractIdFromKey(id));
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->size(), 1U);
    EXPECT_EQ(stored->front().scenario.name, "Pickup 80%");
    EXPECT_TRUE(session.storeScenarios().isEmpty()); // nothing pending any more
}

TEST_F(ContractSessionTest, ANewContractsScenariosBecomeTheSavedContractsScenarios) {
    ASSERT_TRUE(session.newDatabase(path).opened());
    session.startNew(demo::associationMeeting());
    ScenarioSet* fresh = session.scenarioSet({});
    addScenario(fresh, "90");
    const SaveOutcome saved = session.save();
    ASSERT_EQ(saved.kind, SaveOutcome::Kind::Saved) << saved.message.toStdString();
    const QString key = contractKey(saved.id);
    EXPECT_EQ(session.scenarioSet(key), fresh);
    EXPECT_NE(session.scenarioSet({}), fresh); // the next new contract starts without scenarios
    EXPECT_TRUE(session.storeScenarios().isEmpty());
    auto stored = session.repository()->scenarios(saved.id);
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->size(), 1U);
    EXPECT_EQ(stored->front().scenario.name, "Pickup 90%");
}

TEST_F(ContractSessionTest, ScenarioSetsAreDroppedWhenAnotherDatabaseIsUsedAndReadAgainAfter) {
    openWithOneContract();
    QPointer<ScenarioSet> set = session.scenarioSet(id);
    addScenario(set, "75");
    EXPECT_TRUE(session.storeScenarios().isEmpty());
    addScenario(set, "60"); // changed again, not stored
    QSignalSpy dropped(&session, &ContractSession::scenarioSetsAboutToBeDropped);
    QSignalSpy changed(&session, &ContractSession::repositoryChanged);

    const QString other = QDir(dir.path()).absoluteFilePath(QStringLiteral("other.sqlite"));
    ASSERT_TRUE(session.newDatabase(other).opened());
    EXPECT_EQ(dropped.count(), 1);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(session.scenarioSets().isEmpty());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(set.isNull());
    EXPECT_TRUE(session.storeScenarios().isEmpty()); // the change not stored is dropped with its set

    st::ConnectionSettings first;
    first.file = path.toStdString();
    ASSERT_TRUE(session.openDatabase(first).opened());
    EXPECT_EQ(dropped.count(), 2);
    ScenarioSet* again = session.scenarioSet(id);
    ASSERT_NE(again, nullptr);
    ASSERT_EQ(again->scenarios().size(), 1U); // as stored: the first scenario only
    EXPECT_EQ(again->scenarios().front().name, "Pickup 75%");
}

TEST_F(ContractSessionTest, ARemovedContractsScenarioSetIsKeptButNothingOfItIsStored) {
    openWithOneContract();
    ScenarioSet* set = session.scenarioSet(id);
    addScenario(set, "85");
    auto removed = session.repository()->removeKeepingCopy(*contractIdFromKey(id), 1, "Ana Lima");
    ASSERT_TRUE(removed) << removed.error().message;
    session.forgetStoredScenarios(id);
    EXPECT_TRUE(session.storeScenarios().isEmpty());
    EXPECT_EQ(session.scenarioSet(id), set);
}

} // namespace
