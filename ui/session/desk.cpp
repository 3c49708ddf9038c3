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
#include <unordered_map>

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

DeskData computeDesk(storage::ContractRepository& repository, const DeskQuery& query) {
    DeskData data;
    data.query = query;
    QElapsedTimer clock;
    clock.start();

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
            data.problem = QCoreApplication::translate("attrition::ui::DeskView", "Groups at risk: %1")
                               .arg(QString::fromUtf8(e.what()));
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
    storage::Result<storage::AtRiskInput> input = storage::readAtRiskInput(
        repository, filter, query.today,
        [&](const Contract& c) { return window && forecast::isUpcoming(c, window->first, window->second); },
        [&](const storage::StoredContract& stored) {
            contracts.push_back(stored.contract);
            hotels.insert(stored.contract.hotel);
            managers.insert(stored.contract.salesManager);
            accounts.insert(stored.contract.account);
        });
    data.readMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    clock.restart();
    if (!input) {
        data.problem = text(input.error().message);
        return data;
    }
    data.hotels = sorted(hotels);
    data.salesManagers = sorted(managers);
    data.accounts = sorted(accounts);

    if (window) {
        std::vector<forecast::UpcomingGroup> upcoming;
        upcoming.reserve(input->upcoming.contracts.size());
        std::unordered_map<std::string, storage::ContractId> idOf;
        for (std::size_t i = 0; i < input->upcoming.contracts.size(); ++i) {
            forecast::UpcomingGroup g;
            g.contract = &input->upcoming.contracts[i];
            g.snapshots = std::move(input->upcoming.snapshots[i]);
            upcoming.push_back(std::move(g));
            idOf.emplace(input->upcoming.contracts[i].reference, input->upcoming.ids[i]);
        }
        try {
            data.atRisk = forecast::groupsAtRiskByHotel(upcoming, input->past.groups, options);
        } catch (const std::exception& e) {
            data.problem = QCoreApplication::translate("attrition::ui::DeskView", "Groups at risk: %1")
                               .arg(QString::fromUtf8(e.what()));
        }
        data.keys.reserve(data.atRisk.rows.size());
        for (const forecast::AtRiskRow& row : data.atRisk.rows) {
            const auto found = idOf.find(row.reference);
            data.keys.push_back(found != idOf.end() ? contractKey(found->second) : QString());
        }
    }
    data.pipeline = pipeline(contracts);
    data.computeMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
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
        auto data = std::make_shared<DeskData>(computeDesk(*repository_, query));
        emit ready(data);
        return;
    }
    auto result = std::make_shared<DeskData>();
    const storage::ConnectionSettings connection = connection_;
    running_ = QThread::create([result, connection, query] {
        auto opened = storage::SqlContractRepository::open(connection);
        if (!opened) {
            result->query = query;
            result->problem = QString::fromStdString(opened.error().message);
            return;
        }
        *result = computeDesk(**opened, query);
    });
    QThread* thread = running_;
    connect(thread, &QThread::finished, this, [this, thread, result, generation] {
        thread->deleteLater();
        running_ = nullptr;
        if (generation == generation_) {
            emit ready(result);
        }
        startNext();
    });
    thread->start();
}

} // namespace attrition::ui
