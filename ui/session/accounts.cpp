#include "session/accounts.h"

#include "attrition/storage/past_groups.h"
#include "session/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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

void AccountsLoader::request(const AccountsQuery& query) {
    DatabaseReader::request([this, query] {
        auto result = std::make_shared<AccountsData>();
        return Read{[result, query](storage::ContractRepository* repository, const QString& problem) {
                        if (repository == nullptr) {
                            result->query = query;
                            result->problem = problem;
                            return;
                        }
                        *result = computeAccounts(*repository, query);
                    },
                    [this, result](bool current) {
                        if (current) {
                            emit ready(result);
                        }
                    }};
    });
}

} // namespace attrition::ui
