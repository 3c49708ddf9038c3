#include "session/desk.h"

#include "attrition/storage/at_risk_input.h"
#include "attrition/storage/sql_repository.h"
#include "session/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPointer>
#include <QThread>
#include <algorithm>
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
                     std::shared_ptr<const storage::PastHistories> past) {
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
    // The past groups of every hotel, read once and kept by the loader until the database changes.
    if (window && (!past || past->today != query.today)) {
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
    std::optional<storage::Result<storage::GroupsAtRisk>> groups;
    if (window) {
        storage::GroupsAtRiskReading reading;
        reading.visit = visit;
        reading.past = past;
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
    data.readMs = data.pastMs;
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

DeskLoader::DeskLoader(QObject* parent)
    : QObject(parent) {}

DeskLoader::~DeskLoader() {
    if (running_ != nullptr) {
        running_->wait();
        delete running_;
    }
}

void DeskLoader::setDatabase(const storage::ConnectionSettings& connection,
                             storage::ContractRepository* repository) {
    connection_ = connection;
    repository_ = repository;
    ++generation_; // what is under way was read from the database before
    forgetPastGroups();
}

void DeskLoader::forgetPastGroups() {
    past_.reset();
    ++pastGeneration_;
}

void DeskLoader::request(const DeskQuery& query) {
    pending_ = query;
    ++generation_;
    if (running_ == nullptr) {
        startNext();
    }
}

void DeskLoader::wait() {
    while (running_ != nullptr) {
        running_->wait();
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    }
}

void DeskLoader::startNext() {
    if (!pending_ || repository_ == nullptr) {
        return;
    }
    const DeskQuery query = *pending_;
    pending_.reset();
    const std::uint64_t generation = generation_;
    emit started();
    // A second connection reads on another thread. SQLite files only: a server may ask for a password the
    // window does not keep, and a file that is not there (a database in memory) cannot be opened twice.
    const bool ownConnection = connection_.engine == storage::Engine::SQLite && !connection_.file.empty() &&
                               QFileInfo::exists(QString::fromStdString(connection_.file));
    if (!ownConnection) {
        auto data = std::make_shared<DeskData>(computeDesk(*repository_, query, past_));
        if (data->past) {
            past_ = data->past;
        }
        emit ready(data);
        return;
    }
    auto result = std::make_shared<DeskData>();
    const storage::ConnectionSettings connection = connection_;
    const std::shared_ptr<const storage::PastHistories> past = past_;
    const std::uint64_t pastGeneration = pastGeneration_;
    running_ = QThread::create([result, connection, query, past] {
        auto opened = storage::SqlContractRepository::open(connection);
        if (!opened) {
            result->query = query;
            result->problem = QString::fromStdString(opened.error().message);
            return;
        }
        *result = computeDesk(**opened, query, past);
    });
    QThread* thread = running_;
    connect(thread, &QThread::finished, this, [this, thread, result, generation, pastGeneration] {
        thread->deleteLater();
        running_ = nullptr;
        // Kept unless they were dropped meanwhile (a save, another database).
        if (pastGeneration == pastGeneration_ && result->past) {
            past_ = result->past;
        }
        if (generation == generation_) {
            emit ready(result);
        }
        startNext();
    });
    thread->start();
}

} // namespace attrition::ui
