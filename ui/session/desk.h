#pragma once

// What the sales desk shows, without widgets: the early warning over the groups still to arrive and the
// sales pipeline of the contracts a filter passes, read from a database and computed away from the window's
// thread.

#include "attrition/engine/at_risk.h"
#include "attrition/engine/pipeline.h"
#include "attrition/storage/at_risk_input.h"
#include "attrition/storage/connection.h"
#include "attrition/storage/repository.h"
#include "session/databasereader.h"
#include "session/deskthresholds.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
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
    /// The past groups the groups at risk were compared with (kept for the next query of the database).
    std::shared_ptr<const storage::PastHistories> past;
    double pastMs = 0;    ///< reading the past groups (0: they were read before)
    double readMs = 0;    ///< reading, the past groups included
    double computeMs = 0; ///< the forecasts and the pipeline
};

/// Opens another connection to the database being read, for a read beside it; null when none can be.
using OpenAnother = std::function<std::shared_ptr<storage::ContractRepository>()>;

/// Reads what the query asks for from `repository` and computes the groups at risk
/// (storage::readGroupsAtRisk, each against the past groups of its own hotel, as `attrition-cli at-risk`) and
/// the pipeline. `past`: the past groups of every hotel read before (DeskData::past of an earlier query of
/// the same database); null, or of another day, reads them: over `openAnother`'s connection, when it gives
/// one, while the contracts of the query are read over `repository`.
DeskData computeDesk(storage::ContractRepository& repository, const DeskQuery& query,
                     std::shared_ptr<const storage::PastHistories> past = nullptr,
                     const OpenAnother& openAnother = {});

/// Computes the desk on another thread (DatabaseReader). Only the latest request's result is delivered. The
/// past groups are read once and kept until forgetPastGroups() or another database, so that a change of
/// filter reads only the contracts of the new query.
class DeskLoader : public DatabaseReader {
    Q_OBJECT

public:
    using DatabaseReader::DatabaseReader;

    /// The database the desk reads; `repository` is the window's open one (the fallback).
    void setDatabase(const storage::ConnectionSettings& connection, storage::ContractRepository* repository);
    /// Starts computing `query`; `ready` follows. A request made while another runs replaces it.
    void request(const DeskQuery& query);
    /// Drops the past groups kept: the next request reads them again (after a save or an import that may
    /// have changed them).
    void forgetPastGroups();
    /// Whether past groups are kept for the next request.
    bool keepsPastGroups() const { return past_ != nullptr; }

signals:
    void ready(std::shared_ptr<const DeskData> data);

private:
    std::shared_ptr<const storage::PastHistories> past_;
    std::uint64_t pastGeneration_ = 0; ///< counts the times the past groups were dropped
};

} // namespace attrition::ui
