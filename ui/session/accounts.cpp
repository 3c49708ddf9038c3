#include "session/accounts.h"

#include "attrition/storage/past_groups.h"
#include "attrition/storage/sql_repository.h"
#include "session/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <exception>
#include <tuple>

namespace attrition::ui {

QString AccountsData::keyOf(const std::string& reference) const {
    const auto found = keys.find(reference);
    return found != keys.end() ? found->second : QString();
}

AccountsData computeAccounts(storage::ContractRepository& repository, const AccountsQuery& query) {
    AccountsData data;
    data.query = query;
    QElapsedTimer clock;
    clock.start();

    storage::ContractFilter filter;
    if (!query.hotel.isEmpty()) {
        filter.hotel = query.hotel.toStdString();
    }
    if (!query.salesManager.isEmpty()) {
        filter.salesManager = query.salesManager.toStdString();
    }
    if (!query.account.isEmpty()) {
        filter.account = query.account.toStdString();
    }
    struct Latest {
        Date arrival;
        std::int64_t id = 0;
        std::string reference;
        QString key;
    };
    std::vector<Contract> contracts;
    std::unordered_map<std::string, Latest> latest;
    const storage::Result<void> read =
        storage::forEachStored(repository, filter, [&](const storage::StoredContract& stored) {
            const QString key = contractKey(stored.id);
            data.keys.emplace(stored.contract.reference, key);
            Latest& last = latest[stored.contract.account];
            const Date arrival = stored.contract.arrival;
            if (last.key.isEmpty() || std::tie(arrival, stored.id.value) > std::tie(last.arrival, last.id)) {
                last = Latest{arrival, stored.id.value, stored.contract.reference, key};
            }
            contracts.push_back(stored.contract);
        });
    data.readMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    clock.restart();
    if (!read) {
        data.problem = QString::fromStdString(read.error().message);
        return data;
    }
    try {
        data.list = accounts(contracts, query.today, query.options);
    } catch (const std::exception& e) {
        data.problem = QCoreApplication::translate("attrition::ui::AccountsPanel",
                                                   "The accounts cannot be worked out: %1")
                           .arg(QString::fromUtf8(e.what()));
    }
    data.latestReference.reserve(data.list.accounts.size());
    data.latestKey.reserve(data.list.accounts.size());
    for (const Account& a : data.list.accounts) {
        const auto found = latest.find(a.name);
        data.latestReference.push_back(found != latest.end() ? found->second.reference : std::string());
        data.latestKey.push_back(found != latest.end() ? found->second.key : QString());
    }
    data.computeMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    return data;
}

AccountsLoader::AccountsLoader(QObject* parent)
    : QObject(parent) {}

AccountsLoader::~AccountsLoader() {
    if (running_ != nullptr) {
        running_->wait();
        delete running_;
    }
}

void AccountsLoader::setDatabase(const storage::ConnectionSettings& connection,
                                 storage::ContractRepository* repository) {
    connection_ = connection;
    repository_ = repository;
    ++generation_; // what is under way was read from the database before
}

void AccountsLoader::request(const AccountsQuery& query) {
    pending_ = query;
    ++generation_;
    if (running_ == nullptr) {
        startNext();
    }
}

void AccountsLoader::wait() {
    while (running_ != nullptr) {
        running_->wait();
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    }
}

void AccountsLoader::startNext() {
    if (!pending_ || repository_ == nullptr) {
        return;
    }
    const AccountsQuery query = *pending_;
    pending_.reset();
    const std::uint64_t generation = generation_;
    // As the desk: a second connection to an SQLite file reads on another thread; anything else is read on
    // the window's thread.
    const bool ownConnection = connection_.engine == storage::Engine::SQLite && !connection_.file.empty() &&
                               QFileInfo::exists(QString::fromStdString(connection_.file));
    if (!ownConnection) {
        emit ready(std::make_shared<AccountsData>(computeAccounts(*repository_, query)));
        return;
    }
    auto result = std::make_shared<AccountsData>();
    const storage::ConnectionSettings connection = connection_;
    running_ = QThread::create([result, connection, query] {
        auto opened = storage::SqlContractRepository::open(connection);
        if (!opened) {
            result->query = query;
            result->problem = QString::fromStdString(opened.error().message);
            return;
        }
        *result = computeAccounts(**opened, query);
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
