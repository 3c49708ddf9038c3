#pragma once

#include "attrition/domain/contract.h"
#include "attrition/storage/connection.h"
#include "attrition/storage/repository.h"
#include "session/database.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace attrition::ui {

class ContractDocument;
class ScenarioSet;

/// What opening or making a database did.
struct DatabaseOutcome {
    enum class Kind : std::uint8_t {
        Opened,
        Exists, ///< newDatabase: the file is there already; nothing was opened
        Failed, ///< message: the database's reason; the database open so far stays open
    };
    Kind kind = Kind::Failed;
    QString message;
    bool opened() const { return kind == Kind::Opened; }
};

/// What opening or reloading a stored contract did.
struct LoadOutcome {
    enum class Kind : std::uint8_t {
        Loaded,
        NoDatabase,
        NoContract, ///< the key names no stored contract (empty, or not a database id)
        Failed,     ///< message: the database's reason; the contract being edited is left as it was
    };
    Kind kind = Kind::Failed;
    QString message;
    std::int64_t version = 0;
    QString updatedBy; ///< who saved the version loaded
    bool loaded() const { return kind == Kind::Loaded; }
};

/// What saving (or saving as a new contract) did.
struct SaveOutcome {
    enum class Kind : std::uint8_t {
        Saved,
        StoredAlready, ///< stored exactly so already: no new version
        NoDatabase,
        Conflict, ///< someone else saved or removed it since it was loaded; nothing was written
        Failed,   ///< message: the database's reason; nothing was written
    };
    Kind kind = Kind::Failed;
    QString message;                ///< Conflict and Failed: the database's message (it names who saved)
    bool removed = false;           ///< Conflict: it was removed rather than saved
    std::int64_t version = 0;       ///< the version stored
    storage::ContractId id;         ///< the stored contract
    bool wasNew = false;            ///< it was stored for the first time (a new key)
    bool pastGroupsChanged = false; ///< a past group was stored, or one was stored as one before
    bool saved() const { return kind == Kind::Saved || kind == Kind::StoredAlready; }
};

/// What exporting contracts did.
struct ExportOutcome {
    enum class Kind : std::uint8_t {
        Exported,
        NoDatabase,
        Empty,     ///< the query lists no contract; nothing was written
        Cancelled, ///< the progress callback said stop; nothing was written
        Failed,    ///< message: the database's or the file's reason
    };
    Kind kind = Kind::Failed;
    QString message;
    int count = 0; ///< contracts written
};

/// The contract database open in the program and the contract being edited in it, without any widget: it
/// opens databases, opens, saves and reloads contracts against the version they were loaded at, and
/// imports and exports contract files, and keeps the what-if scenarios of the contracts opened. Each
/// operation returns what it did; nothing is shown or asked here (MainWindow asks and explains). The signals
/// say what the views must refresh.
class ContractSession : public QObject {
    Q_OBJECT

public:
    explicit ContractSession(QObject* parent = nullptr);
    ~ContractSession() override;

    storage::ContractRepository* repository() const { return repository_.get(); }
    /// Where the open database is (its file or server), as the repository names it; empty when none is open.
    QString location() const;
    /// The connection settings of the open database (a file left empty: the user's default file).
    const storage::ConnectionSettings& connection() const { return connection_; }
    ContractDocument* document() const { return document_; }
    /// The version of the contract being edited as it was loaded or last saved; 0 for a new one.
    std::int64_t loadedVersion() const { return loadedVersion_; }
    /// Another base version for the contract being edited: edits restored after a stop are saved against
    /// the version they started from; archiving stores a version of its own.
    void setLoadedVersion(std::int64_t version) { loadedVersion_ = version; }
    /// The contract being edited was loaded or last saved as a past group (actualized).
    bool storedAsPastGroup() const { return storedAsPastGroup_; }

    /// Opens a database; on success it replaces the one open (the previous one is closed). The contract
    /// being edited is then a new one of no database.
    DatabaseOutcome openDatabase(const storage::ConnectionSettings& settings,
                                 const storage::OpenOptions& options = {});
    /// Creates an SQLite database file that does not exist yet and opens it.
    DatabaseOutcome newDatabase(const QString& path);
    /// Uses a database opened already (e.g. after asking for a server password), the same way.
    void useRepository(std::unique_ptr<storage::ContractRepository> repository,
                       const storage::ConnectionSettings& settings);

    /// Loads a stored contract (its key, contractKey()) into the document.
    LoadOutcome openContract(const QString& id);
    /// Loads the stored version of the contract being edited again, dropping the changes (after a conflict:
    /// takes their version).
    LoadOutcome reloadContract();
    /// Starts a new contract, stored at the first save.
    void startNew(Contract blank);

    /// Saves the contract being edited as of the version it was loaded at.
    SaveOutcome save();
    /// Stores a copy of the contract being edited under another reference and makes the copy the contract
    /// being edited.
    SaveOutcome saveAs(const QString& reference);

    /// Imports contract files, all or none (importContractFiles), recorded under userName().
    ImportOutcome importFiles(const QStringList& paths,
                              storage::ExistingContracts existing = storage::ExistingContracts::Refuse);
    /// Imports a contract file and opens its (first) contract: `opened` is NoContract when nothing was
    /// imported (imported.errors says why) or the file holds no contract.
    struct FileOutcome {
        ImportOutcome imported;
        LoadOutcome opened;
    };
    FileOutcome openFile(const QString& path,
                         storage::ExistingContracts existing = storage::ExistingContracts::Refuse);
    /// Writes the contracts `query` lists (its limit is the page size) as one JSON contract file, the one
    /// being edited as it is now. `progress(done)` is told after each contract read; false stops.
    ExportOutcome exportContracts(const QString& path, storage::ContractQuery query,
                                  const std::function<bool(int)>& progress = {});
    /// The list is read again (someone else may have saved).
    void reloadList();

    // --- Scenarios

    /// The what-if scenarios of the contract `id` (its contractKey(); empty: the new contract, not stored
    /// yet), made the first time they are asked for, with the scenarios stored for it, and kept until
    /// another database is used. `error`: why the stored scenarios could not be read (the set is then
    /// empty); empty otherwise.
    ScenarioSet* scenarioSet(const QString& id, QString* error = nullptr);
    /// The scenario sets made so far.
    QList<ScenarioSet*> scenarioSets() const { return scenarioSets_.values(); }
    /// Stores the scenarios changed since they were last stored. A contract whose scenarios could not be
    /// stored stays pending; returns the database's reasons, one per such contract.
    QStringList storeScenarios();
    /// The stored contract `id` was removed: nothing of its scenarios is to be stored any more.
    void forgetStoredScenarios(const QString& id);

signals:
    /// Another database is about to be used: changes kept for the open one must be stored now.
    void repositoryAboutToChange();
    /// Another database is in use (the previous one is still open while this is emitted).
    void repositoryChanged();
    /// The stored contracts changed: the one of `id`, or, when `id` is empty, any of them.
    void listChanged(const QString& id);
    /// The past groups (actualized contracts the forecast learns from) may have changed.
    void pastGroupsChanged();
    /// A stored contract was loaded into the document (opened, reloaded, or saved as a new one).
    void contractLoaded(const QString& id, std::int64_t version);
    /// A scenario set was made (scenarioSet()).
    void scenarioSetCreated(ScenarioSet* set);
    /// The scenarios of the stored contract `id` changed since they were last stored.
    void scenariosChanged(const QString& id);
    /// Another database is in use: every scenario set is dropped (deleted later) right after this.
    void scenarioSetsAboutToBeDropped();

private:
    /// The rebooking credits the stored settlements grant `contract`; none when they cannot be read.
    std::vector<RebookingCredit> creditsOf(const Contract& contract) const;
    /// Drops every scenario set (another database is in use).
    void dropScenarioSets();

    ContractDocument* document_;
    std::unique_ptr<storage::ContractRepository> repository_;
    storage::ConnectionSettings connection_;
    std::int64_t loadedVersion_ = 0;
    bool storedAsPastGroup_ = false;
    QHash<QString, ScenarioSet*> scenarioSets_;             ///< by contract key
    QHash<QString, std::vector<Scenario>> storedScenarios_; ///< as last stored, per contract
    QSet<QString> unstoredScenarios_;                       ///< contracts whose scenarios changed since
};

} // namespace attrition::ui
