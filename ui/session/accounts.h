#pragma once

// The desk's accounts, without widgets: customer attrition by account (attrition/engine/accounts.h) over
// every stored contract of a hotel, sales manager or account, read from a database and computed away from
// the window's thread.

#include "attrition/engine/accounts.h"
#include "attrition/storage/connection.h"
#include "attrition/storage/repository.h"
#include "session/databasereader.h"

#include <QObject>
#include <QString>
#include <memory>
#include <unordered_map>
#include <vector>

namespace attrition::ui {

/// Whose accounts: every arrival date (an account's history is its past stays), optionally one hotel, sales
/// manager and account (empty: any), standing on `today`.
struct AccountsQuery {
    Date today;
    QString hotel;
    QString salesManager;
    QString account;
    AccountOptions options; ///< the thresholds of the accounts at risk (Desk Thresholds)

    friend bool operator==(const AccountsQuery&, const AccountsQuery&) = default;
};

/// What the accounts page shows for a query.
struct AccountsData {
    AccountsQuery query;
    AccountList list;
    /// The key (contractKey) of each contract read, by reference.
    std::unordered_map<std::string, QString> keys;
    /// For each account of `list.accounts`, in the same order: its contract arriving last (whatever its
    /// status; the last created among those arriving that day), its reference and its key.
    std::vector<std::string> latestReference;
    std::vector<QString> latestKey;
    QString problem; ///< why nothing could be read or computed; empty when all is well
    double readMs = 0;
    double computeMs = 0;

    /// The key of a reference read, empty when there is none.
    QString keyOf(const std::string& reference) const;
};

/// Reads every contract the query passes from `repository` (storage::forEachStored) and computes its
/// accounts with the query's options, as `attrition-cli accounts` does.
AccountsData computeAccounts(storage::ContractRepository& repository, const AccountsQuery& query);

/// Computes the accounts on another thread (DatabaseReader). Only the latest request's result is delivered.
class AccountsLoader : public DatabaseReader {
    Q_OBJECT

public:
    using DatabaseReader::DatabaseReader;

    /// Starts computing `query`; `ready` follows. A request made while another runs replaces it.
    void request(const AccountsQuery& query);

signals:
    void ready(std::shared_ptr<const AccountsData> data);
};

} // namespace attrition::ui
