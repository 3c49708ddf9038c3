#pragma once

// What the sales desk shows, without widgets: the early warning over the groups still to arrive and the
// sales pipeline of the contracts a filter passes, read from a database and computed away from the window's
// thread.

#include "attrition/engine/at_risk.h"
#include "attrition/engine/pipeline.h"
#include "attrition/storage/connection.h"
#include "attrition/storage/repository.h"
#include "session/deskthresholds.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace attrition::ui {

/// The desk's filter: arrivals from `from` to `to` (the groups at risk from today at the earliest), and
/// optionally one hotel, sales manager and account (empty: any).
struct DeskQuery {
    Date today;
    Date from;
    Date to;
    QString hotel;
    QString salesManager;
    QString account;
    DeskThresholds thresholds; ///< the early warning's thresholds (Desk Thresholds)

    friend bool operator==(const DeskQuery&, const DeskQuery&) = default;
};

/// What the desk shows for a query.
struct DeskData {
    DeskQuery query;
    forecast::AtRiskList atRisk;
    /// The key (contractKey) of each row of `atRisk.rows`, in the same order.
    std::vector<QString> keys;
    Pipeline pipeline;
    /// Hotels, sales managers and accounts of the contracts read, each once, in order.
    QStringList hotels;
    QStringList salesManagers;
    QStringList accounts;
    QString problem; ///< why nothing could be read or computed; empty when all is well
    double readMs = 0;
    double computeMs = 0;
};

/// Reads what the query asks for from `repository` (storage::readAtRiskInput) and computes the groups at
/// risk (each against the past groups of its own hotel, as `attrition-cli at-risk`) and the pipeline.
DeskData computeDesk(storage::ContractRepository& repository, const DeskQuery& query);

/// Computes the desk on another thread, over its own connection to the database, so that the window never
/// waits; a database it cannot open a second connection to (a PostgreSQL server asking for a password) is
/// read on the window's thread instead. Only the latest request's result is delivered.
class DeskLoader : public QObject {
    Q_OBJECT

public:
    explicit DeskLoader(QObject* parent = nullptr);
    ~DeskLoader() override;

    /// The database the desk reads; `repository` is the window's open one (the fallback).
    void setDatabase(const storage::ConnectionSettings& connection, storage::ContractRepository* repository);
    /// Starts computing `query`; `ready` follows. A request made while another runs replaces it.
    void request(const DeskQuery& query);
    bool busy() const { return running_ != nullptr; }
    /// Waits for the computation under way, if any (tests, closing).
    void wait();

signals:
    void started();
    void ready(std::shared_ptr<const DeskData> data);

private:
    void startNext();

    storage::ConnectionSettings connection_;
    storage::ContractRepository* repository_ = nullptr;
    std::optional<DeskQuery> pending_;
    class QThread* running_ = nullptr;
    std::uint64_t generation_ = 0;
};

} // namespace attrition::ui
