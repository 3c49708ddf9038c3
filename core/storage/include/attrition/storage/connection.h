#pragma once

#include "attrition/storage/result.h"
#include "attrition/storage/types.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

class QSettings;

namespace attrition::storage {

enum class Engine : std::uint8_t {
    SQLite,     ///< a database file on this computer (the default)
    PostgreSQL, ///< a server shared by a team
};

std::string_view toString(Engine engine) noexcept;
std::optional<Engine> engineFromString(std::string_view text) noexcept;

/// Where the contracts are kept. It holds no password: a password is given when connecting (OpenOptions)
/// and is never written anywhere.
struct ConnectionSettings {
    Engine engine = Engine::SQLite;

    // SQLite
    std::string file; ///< the database file; empty: the default file under the user's data location

    // PostgreSQL
    std::string host = "localhost";
    int port = 5432;
    std::string database;
    std::string user;
    std::string schema;  ///< empty: the server's search path (usually "public")
    std::string options; ///< further libpq connection options ("sslmode=require;connect_timeout=10")

    /// "/home/ana/.local/share/Attrition Desk/contracts.sqlite" or "postgresql://ana@db.example:5432/sales".
    std::string location() const;

    friend bool operator==(const ConnectionSettings&, const ConnectionSettings&) = default;
};

/// Where contracts are kept, as a person types it: an SQLite file path, or
/// "postgresql://user@host:port/database" with an optional "?schema=name" (the port and user may be left
/// out). A location holding a password is refused: give it when connecting, or let libpq find it
/// (PGPASSWORD, ~/.pgpass). Errors are InvalidArgument with a message naming what is wrong.
Result<ConnectionSettings> connectionFromLocation(std::string_view location);

/// The default database file: "contracts.sqlite" in the user's application data location.
std::string defaultDatabaseFile();

/// Writes the settings under the group "storage" (never a password: the settings hold none).
void writeConnectionSettings(QSettings& settings, const ConnectionSettings& connection);
/// Reads what writeConnectionSettings() wrote; the defaults for whatever is missing.
ConnectionSettings readConnectionSettings(const QSettings& settings);

/// How to open a database, for this session only.
struct OpenOptions {
    /// PostgreSQL: the password for this connection; it is kept in memory only. Empty: libpq looks for one
    /// itself (the PGPASSWORD variable, ~/.pgpass).
    std::string password;
    /// SQLite: create the database file (and its folder) if it does not exist, or set up a file that holds
    /// no table at all. A file that holds anything else is never written over.
    /// PostgreSQL: create the schema if it does not exist. An empty database or schema is always set up.
    bool createIfMissing = false;
    /// How long to wait for another program holding the database before giving up with ErrorKind::Locked.
    std::chrono::milliseconds busyTimeout{5000};
    /// A folder of numbered migration files to use instead of the ones built into the program
    /// ("NNN_name.sql").
    std::string migrationsDirectory;
    /// The clock stamping saves and the audit trail; empty: the system clock.
    std::function<Timestamp()> clock;
    /// SQLite: read every contract (forEachContract) through SQLite's own interface when that is safe
    /// (several times faster than through Qt Sql); false: always through Qt Sql.
    bool nativeBulkReads = true;
    /// SQLite: store imported contracts (importContracts) through SQLite's own interface on the same
    /// connection and transaction when that is safe (several times faster than through Qt Sql, with the
    /// same rows stored); false: always through Qt Sql.
    bool nativeBulkWrites = true;
};

} // namespace attrition::storage
