#pragma once

// Reading a database away from the window's thread: what the desk and its accounts share.

#include "attrition/storage/connection.h"
#include "attrition/storage/repository.h"

#include <QObject>
#include <QString>
#include <cstdint>
#include <functional>

class QProgressDialog;
class QThread;

namespace attrition::ui {

/// Runs one read of a database at a time on another thread, over its own connection, so that the window
/// never waits; a database it cannot open a second connection to (a PostgreSQL server asking for a password,
/// a database in memory) is read on the window's thread instead. A request made while another runs replaces
/// the one waiting; only the latest request counts as current. The readers built on it have the signals.
class DatabaseReader : public QObject {
public:
    explicit DatabaseReader(QObject* parent = nullptr);
    ~DatabaseReader() override;

    /// The database to read; `repository` is the window's open one (the fallback).
    void setDatabase(const storage::ConnectionSettings& connection, storage::ContractRepository* repository);
    bool busy() const { return running_ != nullptr; }
    /// Waits for the read under way, if any, and delivers it (tests, closing).
    void wait();

protected:
    /// What one read does. `read` runs on the reading thread (or on the window's), given the repository to
    /// read, or null and why the second connection could not be opened. `finished` then runs on the window's
    /// thread, told whether no request came since.
    struct Read {
        std::function<void(storage::ContractRepository* repository, const QString& problem)> read;
        std::function<void(bool current)> finished;
    };
    /// Asks for a read; `prepare` is called on the window's thread when it starts (after the one under way),
    /// and makes the read from what the reader holds then.
    void request(std::function<Read()> prepare);
    /// Whether reads run on another thread over a connection of their own (else on the window's thread).
    bool readsOverItsOwnConnection() const;
    /// The database read, as a further connection to it is opened.
    const storage::ConnectionSettings& connection() const { return connection_; }

private:
    void startNext();

    storage::ConnectionSettings connection_;
    storage::ContractRepository* repository_ = nullptr;
    std::function<Read()> pending_;
    QThread* running_ = nullptr;
    std::uint64_t generation_ = 0;
};

/// Runs one read of the database as a DatabaseReader does (on another thread over a second connection, or
/// else on the window's), and waits for it with the window's events going on: the window paints, and the
/// read can be cancelled from `progress`. Returns whether the read ended, false when cancelled first; a
/// cancelled read still ends on its own and what it gives is dropped, so `read` must own what it writes to
/// (by shared pointer). `repository` is the window's open one.
bool readWhileWaiting(
    const storage::ConnectionSettings& connection, storage::ContractRepository* repository,
    std::function<void(storage::ContractRepository* repository, const QString& problem)> read,
    QProgressDialog& progress);

} // namespace attrition::ui
