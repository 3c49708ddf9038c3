#include "session/desk.h"

#include "attrition/storage/at_risk_input.h"
#include "attrition/storage/sql_repository.h"
#include "session/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <future>
#include <set>

namespace attrition::ui {

namespace {

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

QStringList sorted(const std::set<std::string>& names) {
    QStringList list;
    list.reserve(static_cast<qsizetype>(names.size()));
    for (const std::string& n : names) {
        if (!n.empty()) {
            list << text(n);
        }
    }
    return list;
}

} // namespace

DeskData computeDesk(storage::ContractRepository& repository, const DeskQuery& query,
                     std::shared_ptr<const storage::PastHistories> past, const OpenAnother& openAnother) {
    DeskData data;
    data.query = query;
    QElapsedTimer clock;
    clock.start();
    const auto problemOf = [](const std::exception& e) {
        return QCoreApplication::translate("attrition::ui::DeskView", "Groups at risk: %1")
            .arg(QString::fromUtf8(e.what()));
    };

    forecast::AtRiskOptions options;
    query.thresholds.applyTo(options);
    options.today = query.today;
    options.from = query.from;
    options.to = query.to;
    // A window wholly before today has no group at risk; its pipeline is still shown.
    std::optional<std::pair<Date, Date>> window;
    if (query.to >= std::max(query.today, query.from)) {
        try {
            window = forecast::atRiskWindow(options);
        } catch (const forecast::ForecastError& e) {
            data.problem = problemOf(e);
        }
    }
    data.atRisk.today = query.today;
    data.atRisk.from = window ? window->first : query.from;
    data.atRisk.to = window ? window->second : query.to;

    storage::ContractFilter filter;
    filter.arrivalFrom = query.from;
    filter.arrivalTo = query.to;
    if (!query.hotel.isEmpty()) {
        filter.hotel = query.hotel.toStdString();
    }
    if (!query.salesManager.isEmpty()) {
        filter.salesManager = query.salesManager.toStdString();
    }
    if (!query.account.isEmpty()) {
        filter.account = query.account.toStdString();
    }
    std::vector<Contract> contracts;
    std::set<std::string> hotels;
    std::set<std::string> managers;
    std::set<std::string> accounts;
    const auto visit = [&](const storage::StoredContract& stored) {
        contracts.push_back(stored.contract);
        hotels.insert(stored.contract.hotel);
        managers.insert(stored.contract.salesManager);
        accounts.insert(stored.contract.account);
    };
    // The past groups of every hotel, read once and kept by the loader until the database changes: on a
    // second connection where there is one, while this one reads the contracts of the window.
    const bool pastToRead = window && (!past || past->today != query.today);
    std::future<storage::Result<storage::PastHistories>> pastRead;
    if (pastToRead && openAnother) {
        if (std::shared_ptr<storage::ContractRepository> second = openAnother()) {
            // Their reports over a third, while the second reads the contracts.
            std::shared_ptr<storage::ContractRepository> third = openAnother();
            pastRead = std::async(std::launch::async, [second, third, today = query.today] {
                return storage::readPastHistories(*second, today, nullptr, third.get());
            });
            past = nullptr;
        }
    }
    if (pastToRead && !pastRead.valid()) {
        storage::Result<storage::PastHistories> read = storage::readPastHistories(repository, query.today);
        if (!read) {
            data.problem = text(read.error().message);
            data.readMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
            return data;
        }
        past = std::make_shared<const storage::PastHistories>(std::move(*read));
        data.pastMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    }
    data.past = past;
    // Read alongside, the past groups' time is within the reading of the window's (which waits for them).
    const bool pastAlongside = pastRead.valid();
    std::optional<storage::Result<storage::GroupsAtRisk>> groups;
    if (window) {
        storage::GroupsAtRiskReading reading;
        reading.visit = visit;
        reading.past = past;
        if (pastRead.valid()) {
            reading.pastWhenRead = [&]() -> storage::Result<std::shared_ptr<const storage::PastHistories>> {
                storage::Result<storage::PastHistories> read = pastRead.get();
                if (!read) {
                    return read.takeError();
                }
                data.pastMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
                data.past = std::make_shared<const storage::PastHistories>(std::move(*read));
                return data.past;
            };
        }
        try {
            groups = storage::readGroupsAtRisk(repository, filter, options, reading);
        } catch (const std::exception& e) {
            data.problem = problemOf(e);
        }
    } else {
        storage::Result<std::int64_t> read =
            repository.forEachContract(filter, [&](const storage::StoredContract& c) {
                visit(c);
                return true;
            });
        if (!read) {
            data.problem = text(read.error().message);
            return data;
        }
    }
    data.readMs = pastAlongside ? 0 : data.pastMs;
    if (!groups) {
        data.readMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    }
    clock.restart();
    if (groups && !*groups) {
        data.problem = text(groups->error().message);
        return data;
    }
    data.hotels = sorted(hotels);
    data.salesManagers = sorted(managers);
    data.accounts = sorted(accounts);
    if (groups) {
        data.readMs += (*groups)->readMs;
        data.computeMs = (*groups)->computeMs;
        data.atRisk = std::move((*groups)->list);
        data.keys.reserve((*groups)->ids.size());
        for (const storage::ContractId id : (*groups)->ids) {
            data.keys.push_back(id.value != 0 ? contractKey(id) : QString());
        }
    }
    data.pipeline = pipeline(contracts);
    data.computeMs += static_cast<double>(clock.nsecsElapsed()) / 1e6;
    return data;
}

void DeskLoader::setDatabase(const storage::ConnectionSettings& connection,
                             storage::ContractRepository* repository) {
    DatabaseReader::setDatabase(connection, repository);
    forgetPastGroups();
}

void DeskLoader::forgetPastGroups() {
    past_.reset();
    ++pastGeneration_;
}

void DeskLoader::request(const DeskQuery& query) {
    DatabaseReader::request([this, query] {
        auto result = std::make_shared<DeskData>();
        const std::shared_ptr<const storage::PastHistories> past = past_;
        const std::uint64_t pastGeneration = pastGeneration_;
        // Where the reads have a connection of their own, the past groups have another one beside it.
        OpenAnother another;
        if (readsOverItsOwnConnection()) {
            another = [connection = connection()]() -> std::shared_ptr<storage::ContractRepository> {
                auto opened = storage::SqlContractRepository::open(connection);
                return opened ? std::shared_ptr<storage::ContractRepository>(std::move(*opened)) : nullptr;
            };
        }
        return Read{
            [result, query, past, another](storage::ContractRepository* repository, const QString& problem) {
                if (repository == nullptr) {
                    result->query = query;
                    result->problem = problem;
                    return;
                }
                *result = computeDesk(*repository, query, past, another);
            },
            [this, result, pastGeneration](bool current) {
                // Kept unless they were dropped meanwhile (a save, another database).
                if (pastGeneration == pastGeneration_ && result->past) {
                    past_ = result->past;
                }
                if (current) {
                    emit ready(result);
                }
            }};
    });
}

} // namespace attrition::ui
