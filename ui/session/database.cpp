#include "session/database.h"

#include "attrition/storage/contract_changes.h"
#include "attrition/storage/sample_data.h"
#include "session/contractfiles.h"
#include "text/values.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <algorithm>
#include <map>
#include <set>

namespace attrition::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

const QString kUserKey = QStringLiteral("user/name");

} // namespace

QString contractKey(storage::ContractId id) {
    return id.value > 0 ? QString::number(id.value) : QString();
}

std::optional<storage::ContractId> contractIdFromKey(const QString& key) {
    bool ok = false;
    const qint64 value = key.toLongLong(&ok);
    return ok && value > 0 ? std::optional(storage::ContractId{value}) : std::nullopt;
}

QString userName() {
    const QString set = QSettings().value(kUserKey).toString().trimmed();
    if (!set.isEmpty()) {
        return set;
    }
    const QString os = qEnvironmentVariable("USER").trimmed();
    return os.isEmpty() ? qEnvironmentVariable("USERNAME", QStringLiteral("unknown")) : os;
}

void setUserName(const QString& name) {
    if (name.trimmed().isEmpty()) {
        QSettings().remove(kUserKey);
    } else {
        QSettings().setValue(kUserKey, name.trimmed());
    }
}

namespace {

/// The contracts of contract files and their pickup reports; errors name the file and the place.
struct ReadFiles {
    std::vector<Contract> contracts;
    std::vector<std::vector<PickupSnapshot>> histories;
};

ReadFiles readFiles(const QStringList& paths, ImportOutcome& out) {
    ReadFiles read;
    std::map<std::string, QString> firstFile; // reference -> the file it was first read from
    for (const QString& path : paths) {
        ContractFile file = readContractFile(path);
        const QString name = QFileInfo(path).fileName();
        for (const QString& error : file.errors) {
            out.errors << Text::tr("%1: %2").arg(name, error);
        }
        if (file.errors.isEmpty() && file.contracts.empty()) {
            out.errors << Text::tr("%1: the file holds no contract").arg(name);
        }
        for (std::size_t i = 0; i < file.contracts.size(); ++i) {
            Contract& c = file.contracts[i];
            const auto [first, inserted] = firstFile.emplace(c.reference, name);
            if (!inserted) {
                out.errors << Text::tr("%1: the reference \"%2\" is also given in %3")
                                  .arg(name, q(c.reference), first->second);
            }
            read.contracts.push_back(std::move(c));
            read.histories.push_back(std::move(file.histories[i]));
        }
    }
    return read;
}

void importRead(storage::ContractRepository& repository, const ReadFiles& read, const QString& user,
                storage::ExistingContracts existing, ImportOutcome& out) {
    auto receipts = repository.importContracts(read.contracts, read.histories, existing, user.toStdString());
    if (!receipts) {
        out.storedDiffers = receipts.error().kind == storage::ErrorKind::AlreadyExists &&
                            existing == storage::ExistingContracts::Refuse;
        out.errors << q(receipts.error().message);
        return;
    }
    for (std::size_t i = 0; i < receipts->size(); ++i) {
        out.reportsRecorded += (*receipts)[i].reportsRecorded;
        switch ((*receipts)[i].outcome) {
        case storage::ImportOutcome::Added:
            ++out.added;
            break;
        case storage::ImportOutcome::Replaced:
            ++out.replaced;
            break;
        case storage::ImportOutcome::Unchanged:
            out.unchanged << q(read.contracts[i].reference);
            break;
        }
    }
    if (!receipts->empty()) {
        out.first = receipts->front().id;
    }
}

} // namespace

QString fillWithSamples(storage::ContractRepository& repository, const QString& samplesFolder,
                        std::int64_t generated, QDate today) {
    const std::optional<Date> day = fromQDate(today);
    QStringList files;
    const QDir dir(samplesFolder);
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        files << info.absoluteFilePath();
    }
    ReadFiles read;
    if (!files.isEmpty()) {
        ImportOutcome bundled;
        read = readFiles(files, bundled);
        if (bundled.errors.isEmpty()) {
            if (day) {
                storage::placeBeforeToday(read.contracts, read.histories, *day);
            }
            importRead(repository, read, QStringLiteral("sample-data"), storage::ExistingContracts::Refuse,
                       bundled);
        }
        if (!bundled.errors.isEmpty()) {
            return bundled.errors.join(QLatin1Char('\n'));
        }
    }
    // The generated contracts, then the hotel's outlook of every sample hotel over its groups' nights.
    storage::SampleDataOptions options;
    options.contracts = std::max<std::int64_t>(0, generated);
    options.today = day;
    options.outlookAlsoFor = read.contracts;
    const auto saved = storage::populateSampleData(repository, options);
    if (!saved) {
        return q(saved.error().message);
    }
    return {};
}

ImportOutcome importContractFiles(storage::ContractRepository& repository, const QStringList& paths,
                                  const QString& user, storage::ExistingContracts existing) {
    ImportOutcome out;
    const ReadFiles read = readFiles(paths, out);
    if (out.errors.isEmpty()) {
        importRead(repository, read, user, existing, out);
    }
    return out;
}

storage::Result<QStringList> salesManagers(storage::ContractRepository& repository) {
    auto names = repository.salesManagers();
    if (!names) {
        return names.takeError();
    }
    QStringList out;
    for (const std::string& name : *names) {
        out << q(name);
    }
    return out;
}

storage::Result<std::optional<std::pair<Date, Date>>> arrivalRange(storage::ContractRepository& repository) {
    storage::ContractQuery query;
    query.sortBy = storage::ContractSortKey::Arrival;
    query.limit = 1;
    query.countTotal = false;
    auto earliest = repository.listContracts(query);
    if (!earliest) {
        return earliest.takeError();
    }
    query.order = storage::SortOrder::Descending;
    auto latest = repository.listContracts(query);
    if (!latest) {
        return latest.takeError();
    }
    if (earliest->rows.empty() || latest->rows.empty()) {
        return std::optional<std::pair<Date, Date>>();
    }
    return std::optional(std::pair{earliest->rows.front().arrival, latest->rows.front().arrival});
}

storage::Result<void> storeScenarioChanges(storage::ContractRepository& repository, storage::ContractId id,
                                           const std::vector<Scenario>& stored,
                                           const std::vector<Scenario>& current, const QString& user) {
    const std::string who = user.toStdString();
    // The repository keeps scenarios in the order they were first saved in. Those kept (or renamed) keep
    // their rows; new ones come after them. Where that would not give the order of `current` (a scenario
    // back by undo between two others, names traded), the scenarios from there on are stored anew.
    std::vector<const Scenario*> before;
    std::map<std::string, std::size_t> storedAt;
    for (const Scenario& s : stored) {
        if (!s.name.empty() && storedAt.emplace(s.name, before.size()).second) {
            before.push_back(&s);
        }
    }
    std::vector<const Scenario*> after;
    std::set<std::string> names;
    for (auto it = current.rbegin(); it != current.rend(); ++it) { // of two with one name, the last is kept
        if (!it->name.empty() && names.insert(it->name).second) {
            after.push_back(&*it);
        }
    }
    std::reverse(after.begin(), after.end());

    struct Step {
        const Scenario* scenario;
        const Scenario* row = nullptr; ///< the stored scenario whose row it takes, none for a new row
    };
    std::vector<Step> steps;
    std::vector<bool> kept(before.size(), false);
    std::size_t next = 0; // the first stored row that may still be taken
    bool anew = false;    // from here on every scenario takes a new row
    for (const Scenario* s : after) {
        if (!anew) {
            if (const auto at = storedAt.find(s->name); at != storedAt.end()) {
                if (at->second >= next) {
                    kept[at->second] = true;
                    next = at->second + 1;
                    steps.push_back({s, before[at->second]});
                    continue;
                }
            } else if (next < before.size() && !names.contains(before[next]->name)) {
                kept[next] = true; // renamed: the row of the scenario no longer there, in its place
                steps.push_back({s, before[next]});
                ++next;
                continue;
            }
            anew = true;
        }
        steps.push_back({s, nullptr});
    }
    for (std::size_t i = 0; i < before.size(); ++i) {
        if (kept[i]) {
            continue;
        }
        if (auto removed = repository.removeScenario(id, before[i]->name, who);
            !removed && removed.error().kind != storage::ErrorKind::NotFound) {
            return removed;
        }
    }
    for (const Step& step : steps) {
        if (step.row != nullptr && step.row->name != step.scenario->name) {
            auto renamed = repository.renameScenario(id, step.row->name, step.scenario->name, who);
            if (renamed) {
                Scenario was = *step.row;
                was.name = step.scenario->name;
                if (storage::describeFields(was) == storage::describeFields(*step.scenario)) {
                    continue;
                }
            } else if (renamed.error().kind != storage::ErrorKind::NotFound) {
                return renamed;
            }
        } else if (step.row != nullptr &&
                   storage::describeFields(*step.row) == storage::describeFields(*step.scenario)) {
            continue;
        }
        if (auto saved = repository.saveScenario(id, *step.scenario, who); !saved) {
            return saved;
        }
    }
    return {};
}

} // namespace attrition::ui
