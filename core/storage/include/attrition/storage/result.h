#pragma once

#include "attrition/storage/types.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace attrition::storage {

/// What kind of problem a storage operation ran into, so that a caller can react (offer to reload after a
/// conflict, ask for another file when the database is damaged) without parsing the message.
enum class ErrorKind : std::uint8_t {
    NotFound,        ///< the database file, server database, contract or scenario does not exist
    Conflict,        ///< someone else saved or removed the contract after it was loaded
    AlreadyExists,   ///< a contract with this reference exists already
    ReadOnly,        ///< the database can be read but not written
    Locked,          ///< another program holds the database and did not let go in time
    Corrupt,         ///< the file is damaged, or is not a contract database
    NewerSchema,     ///< the database was written by a newer version of the program
    Connection,      ///< the database server cannot be reached or refused the login
    InvalidData,     ///< a stored value cannot be read back as a contract
    InvalidArgument, ///< the request itself is wrong (an empty reference, say)
    Failed,          ///< anything else the database reported (disk full, input/output error)
};

std::string_view toString(ErrorKind kind) noexcept;

/// Who saved (or removed) a contract between the moment it was loaded and a save that came too late.
struct ConflictDetails {
    std::string savedBy;             ///< the last person who saved or removed it
    Timestamp savedAt;               ///< when they did
    std::int64_t currentVersion = 0; ///< the version now stored; 0 when the contract was removed
    bool removed = false;            ///< the contract was removed rather than changed
    std::vector<std::string> users;  ///< everyone who saved it since the version the save expected
};

/// A storage problem, with a complete sentence for the user that names the database and what is wrong.
struct StorageError {
    ErrorKind kind = ErrorKind::Failed;
    std::string message;
    std::optional<ConflictDetails> conflict; ///< for Conflict and AlreadyExists
};

/// A value, or the reason there is none. Storage operations never throw.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : state_(std::in_place_index<0>, std::move(value)) {}
    Result(StorageError error)
        : state_(std::in_place_index<1>, std::move(error)) {}

    bool ok() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    T& value() & { return std::get<0>(state_); }
    const T& value() const& { return std::get<0>(state_); }
    T&& value() && { return std::get<0>(std::move(state_)); }
    T* operator->() { return &std::get<0>(state_); }
    const T* operator->() const { return &std::get<0>(state_); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const StorageError& error() const { return std::get<1>(state_); }
    StorageError&& takeError() { return std::get<1>(std::move(state_)); }

private:
    std::variant<T, StorageError> state_;
};

/// Success, or the reason for failure.
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(StorageError error)
        : error_(std::move(error)) {}

    bool ok() const noexcept { return !error_.has_value(); }
    explicit operator bool() const noexcept { return ok(); }

    const StorageError& error() const { return *error_; }
    StorageError&& takeError() { return std::move(*error_); }

private:
    std::optional<StorageError> error_;
};

} // namespace attrition::storage
