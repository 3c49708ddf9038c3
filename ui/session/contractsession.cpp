#include "session/contractsession.h"

#include "attrition/storage/sql_repository.h"
#include "models/scenarioset.h"
#include "session/contractdocument.h"
#include "session/contractfiles.h"

#include <QFileInfo>
#include <utility>

namespace attrition::ui {

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

LoadOutcome notLoaded(LoadOutcome::Kind kind, const QString& message = {}) {
    LoadOutcome outcome;
    outcome.kind = kind;
    outcome.message = message;
    return outcome;
}

LoadOutcome loadedAt(std::int64_t version, const std::string& updatedBy) {
    LoadOutcome outcome;
    outcome.kind = LoadOutcome::Kind::Loaded;
    outcome.version = version;
    outcome.updatedBy = q(updatedBy);
    return outcome;
}

} // namespace

ContractSession::ContractSession(QObject* parent)
    : QObject(parent)
    , document_(new ContractDocument(this)) {
    connect(document_, &ContractDocument::contractLoaded, this,
            [this] { storedAsPastGroup_ = document_->contract().status == ContractStatus::Actualized; });
}

ContractSession::~ContractSession() = default;

QString ContractSession::location() const {
    return repository_ != nullptr ? q(repository_->location()) : QString();
}

// --- Databases

DatabaseOutcome ContractSession::openDatabase(const storage::ConnectionSettings& settings,
                                              const storage::OpenOptions& options) {
    auto opened = storage::SqlContractRepository::open(settings, options);
    if (!opened) {
        return {DatabaseOutcome::Kind::Failed, q(opened.error().message)};
    }
    useRepository(std::move(opened).value(), settings);
    return {DatabaseOutcome::Kind::Opened, {}};
}

DatabaseOutcome ContractSession::newDatabase(const QString& path) {
    if (QFileInfo::exists(path)) {
        return {DatabaseOutcome::Kind::Exists, {}};
    }
    storage::ConnectionSettings settings;
    settings.file = QFileInfo(path).absoluteFilePath().toStdString();
    storage::OpenOptions options;
    options.createIfMissing = true;
    return openDatabase(settings, options);
}

void ContractSession::useRepository(std::unique_ptr<storage::ContractRepository> repository,
                                    const storage::ConnectionSettings& settings) {
    emit repositoryAboutToChange();
    std::unique_ptr<storage::ContractRepository> previous = std::move(repository_);
    repository_ = std::move(repository);
    connection_ = settings;
    loadedVersion_ = 0;
    dropScenarioSets();
    emit repositoryChanged();
    previous.reset();
}

// --- Contracts

LoadOutcome ContractSession::openContract(const QString& id) {
    if (repository_ == nullptr) {
        return notLoaded(LoadOutcome::Kind::NoDatabase);
    }
    const auto key = contractIdFromKey(id);
    if (!key) {
        return notLoaded(LoadOutcome::Kind::NoContract);
    }
    auto loaded = repository_->load(*key);
    if (!loaded) {
        return notLoaded(LoadOutcome::Kind::Failed, q(loaded.error().message));
    }
    loadedVersion_ = loaded->version;
    std::vector<RebookingCredit> credits = creditsOf(loaded->contract);
    document_->load(std::move(loaded->contract), id, std::move(credits));
    emit contractLoaded(id, loaded->version);
    return loadedAt(loaded->version, loaded->updatedBy);
}

std::vector<RebookingCredit> ContractSession::creditsOf(const Contract& contract) const {
    if (repository_ == nullptr) {
        return {};
    }
    // A credit that cannot be read is not applied; the database's problem shows at the next read or save.
    auto credits = repository_->rebookingCredits(contract);
    return credits ? std::move(*credits) : std::vector<RebookingCredit>{};
}

LoadOutcome ContractSession::reloadContract() {
    const QString id = document_->sourceId();
    const auto key = contractIdFromKey(id);
    if (repository_ == nullptr) {
        return notLoaded(LoadOutcome::Kind::NoDatabase);
    }
    if (!key) {
        return notLoaded(LoadOutcome::Kind::NoContract);
    }
    auto loaded = repository_->load(*key);
    if (!loaded) {
        return notLoaded(LoadOutcome::Kind::Failed, q(loaded.error().message));
    }
    loadedVersion_ = loaded->version;
    std::vector<RebookingCredit> credits = creditsOf(loaded->contract);
    document_->load(std::move(loaded->contract), id, std::move(credits));
    emit listChanged(id);
    emit contractLoaded(id, loaded->version);
    return loadedAt(loaded->version, loaded->updatedBy);
}

void ContractSession::startNew(Contract blank) {
    loadedVersion_ = storage::kNewContract;
    document_->load(std::move(blank), {});
}

SaveOutcome ContractSession::save() {
    SaveOutcome outcome;
    if (repository_ == nullptr) {
        outcome.kind = SaveOutcome::Kind::NoDatabase;
        return outcome;
    }
    const std::string user = userName().toStdString();
    const auto key = contractIdFromKey(document_->sourceId());
    auto saved = key ? repository_->save(*key, document_->contract(), loadedVersion_, user)
                     : repository_->save(document_->contract(), storage::kNewContract, user);
    if (!saved) {
        const storage::StorageError& error = saved.error();
        outcome.message = q(error.message);
        if (error.kind == storage::ErrorKind::Conflict && key) {
            outcome.kind = SaveOutcome::Kind::Conflict;
            outcome.removed = error.conflict && error.conflict->removed;
        } else {
            outcome.kind = SaveOutcome::Kind::Failed;
        }
        return outcome;
    }
    outcome.kind = saved->changed ? SaveOutcome::Kind::Saved : SaveOutcome::Kind::StoredAlready;
    outcome.version = saved->version;
    outcome.id = saved->id;
    outcome.wasNew = !key;
    loadedVersion_ = saved->version;
    if (!key) {
        document_->setSourceId(contractKey(saved->id));
        // A new contract: its scenarios are now the stored contract's.
        if (ScenarioSet* scenarios = scenarioSets_.take({})) {
            scenarioSets_.insert(contractKey(saved->id), scenarios);
            unstoredScenarios_.insert(contractKey(saved->id));
        }
    }
    document_->setSaved();
    // Its reference or account may have changed: the credits granted to it as it is stored now.
    document_->setCredits(creditsOf(document_->contract()));
    const bool pastGroup = document_->contract().status == ContractStatus::Actualized;
    // A new contract may be a past group; a stored one may have become one, or stopped being one.
    outcome.pastGroupsChanged = !key || pastGroup || storedAsPastGroup_;
    storedAsPastGroup_ = pastGroup;
    emit listChanged(key ? contractKey(saved->id) : QString());
    if (outcome.pastGroupsChanged) {
        emit pastGroupsChanged();
    }
    return outcome;
}

SaveOutcome ContractSession::saveAs(const QString& reference) {
    SaveOutcome outcome;
    if (repository_ == nullptr) {
        outcome.kind = SaveOutcome::Kind::NoDatabase;
        return outcome;
    }
    Contract copy = document_->contract();
    copy.reference = reference.toStdString();
    auto saved = repository_->save(copy, storage::kNewContract, userName().toStdString());
    if (!saved) {
        outcome.kind = SaveOutcome::Kind::Failed;
        outcome.message = q(saved.error().message);
        return outcome;
    }
    outcome.kind = SaveOutcome::Kind::Saved;
    outcome.version = saved->version;
    outcome.id = saved->id;
    outcome.wasNew = true;
    outcome.pastGroupsChanged = true;
    document_->setSaved(); // what was on screen is now the copy's
    const QString key = contractKey(saved->id);
    emit listChanged({});
    emit pastGroupsChanged();
    loadedVersion_ = saved->version;
    std::vector<RebookingCredit> credits = creditsOf(copy);
    document_->load(std::move(copy), key, std::move(credits));
    emit contractLoaded(key, saved->version);
    return outcome;
}

// --- Files

ImportOutcome ContractSession::importFiles(const QStringList& paths, storage::ExistingContracts existing) {
    if (repository_ == nullptr || paths.isEmpty()) {
        return {};
    }
    ImportOutcome imported = importContractFiles(*repository_, paths, userName(), existing);
    if (imported.errors.isEmpty()) {
        emit listChanged({});
        emit pastGroupsChanged();
    }
    return imported;
}

ContractSession::FileOutcome ContractSession::openFile(const QString& path,
                                                       storage::ExistingContracts existing) {
    FileOutcome outcome;
    if (repository_ == nullptr) {
        outcome.opened.kind = LoadOutcome::Kind::NoDatabase;
        return outcome;
    }
    outcome.imported = importFiles({path}, existing);
    if (!outcome.imported.errors.isEmpty() || !outcome.imported.first) {
        outcome.opened.kind = LoadOutcome::Kind::NoContract;
        return outcome;
    }
    outcome.opened = openContract(contractKey(*outcome.imported.first));
    return outcome;
}

ExportOutcome ContractSession::exportContracts(const QString& path, storage::ContractQuery query,
                                               const std::function<bool(int)>& progress) {
    ExportOutcome outcome;
    if (repository_ == nullptr) {
        outcome.kind = ExportOutcome::Kind::NoDatabase;
        return outcome;
    }
    const auto open = contractIdFromKey(document_->sourceId());
    std::vector<Contract> contracts;
    std::vector<std::vector<PickupSnapshot>> histories;
    query.countTotal = false;
    while (true) {
        auto page = repository_->listContracts(query);
        if (!page) {
            outcome.message = q(page.error().message);
            return outcome;
        }
        for (const storage::ContractSummary& row : page->rows) {
            auto reports = repository_->pickupSnapshots(row.id);
            if (!reports) {
                outcome.message = q(reports.error().message);
                return outcome;
            }
            std::vector<PickupSnapshot>& history = histories.emplace_back();
            for (storage::StoredPickupSnapshot& r : *reports) {
                history.push_back(std::move(r.snapshot));
            }
            if (row.id == open) {
                contracts.push_back(document_->contract()); // as it is being edited
                continue;
            }
            auto loaded = repository_->load(row.id);
            if (!loaded) {
                outcome.message = q(loaded.error().message);
                return outcome;
            }
            contracts.push_back(std::move(loaded->contract));
            if (progress && !progress(static_cast<int>(contracts.size()))) {
                outcome.kind = ExportOutcome::Kind::Cancelled;
                return outcome;
            }
        }
        if (static_cast<std::int64_t>(page->rows.size()) < query.limit) {
            break;
        }
        query.offset += query.limit;
    }
    if (contracts.empty()) {
        outcome.kind = ExportOutcome::Kind::Empty;
        return outcome;
    }
    const QString error = contracts.size() == 1
                              ? writeContractFile(path, contracts.front(), histories.front())
                              : writeContractCollection(path, contracts, histories);
    if (!error.isEmpty()) {
        outcome.message = error;
        return outcome;
    }
    outcome.kind = ExportOutcome::Kind::Exported;
    outcome.count = static_cast<int>(contracts.size());
    return outcome;
}

void ContractSession::reloadList() {
    emit listChanged({});
    emit pastGroupsChanged();
}

// --- Scenarios

ScenarioSet* ContractSession::scenarioSet(const QString& id, QString* error) {
    ScenarioSet*& set = scenarioSets_[id];
    if (set != nullptr) {
        return set;
    }
    set = new ScenarioSet(this);
    const auto key = contractIdFromKey(id);
    if (key && repository_ != nullptr) {
        auto stored = repository_->scenarios(*key);
        std::vector<Scenario> scenarios;
        if (stored) {
            for (storage::StoredScenario& s : *stored) {
                scenarios.push_back(std::move(s.scenario));
            }
        } else if (error != nullptr) {
            *error = q(stored.error().message);
        }
        set->reset(scenarios);
        storedScenarios_.insert(id, std::move(scenarios));
    }
    ScenarioSet* made = set;
    connect(made, &ScenarioSet::changed, this, [this, made] {
        const QString owner = scenarioSets_.key(made);
        if (!owner.isEmpty()) {
            unstoredScenarios_.insert(owner);
            emit scenariosChanged(owner);
        }
    });
    emit scenarioSetCreated(made);
    return made;
}

QStringList ContractSession::storeScenarios() {
    QStringList problems;
    if (repository_ == nullptr) {
        return problems;
    }
    const QSet<QString> pending = std::exchange(unstoredScenarios_, {});
    for (const QString& id : pending) {
        const auto key = contractIdFromKey(id);
        ScenarioSet* set = scenarioSets_.value(id);
        if (!key || set == nullptr) {
            continue;
        }
        const std::vector<Scenario> current = set->scenarios();
        auto stored =
            storeScenarioChanges(*repository_, *key, storedScenarios_.value(id), current, userName());
        if (!stored) {
            unstoredScenarios_.insert(id);
            problems.push_back(q(stored.error().message));
            continue;
        }
        storedScenarios_.insert(id, current);
    }
    return problems;
}

void ContractSession::forgetStoredScenarios(const QString& id) {
    storedScenarios_.remove(id);
    unstoredScenarios_.remove(id);
}

void ContractSession::dropScenarioSets() {
    emit scenarioSetsAboutToBeDropped();
    for (ScenarioSet* set : std::as_const(scenarioSets_)) {
        set->deleteLater();
    }
    scenarioSets_.clear();
    storedScenarios_.clear();
    unstoredScenarios_.clear();
}

} // namespace attrition::ui
